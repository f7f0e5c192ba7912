// A row's candidate placements: every way its printed amounts can fill the columns open to them, left to
// right (blank cells left no trace, so amounts are never placed by counting), each with what it breaks.
import type { Fen } from '../../model/money.ts';
import type { Identity } from '../../tables/column-identities.ts';
import { sumBound } from '../../rules/tolerance.ts';
import type { Candidate } from './placement-solver.ts';
import type { MoneyUnit } from '../../model/money.ts';

/** Past this many ways to place one row, the table is too wide to read without positions. */
export const MAX_CANDIDATES = 20_000;

function binomial(n: number, k: number): number {
  let r = 1;
  for (let i = 1; i <= k; i++) r = (r * (n - k + i)) / i;
  return Math.round(r);
}

/** Increasing choices of k of the slots. */
function* choices(slots: readonly number[], k: number, from = 0, picked: number[] = []): Generator<number[]> {
  if (picked.length === k) {
    yield [...picked];
    return;
  }
  for (let i = from; i <= slots.length - (k - picked.length); i++) {
    picked.push(slots[i]!);
    yield* choices(slots, k, i + 1, picked);
    picked.pop();
  }
}

/** How far a row's cells break the identities (beyond what rounding explains), in fen. */
export function identityCost(vector: readonly Fen[], cols: ReadonlySet<number>, identities: readonly Identity[], unit: MoneyUnit, decimals: number): Fen {
  let cost = 0;
  for (const { total, parts } of identities) {
    const diff = Math.abs(vector[total]! - parts.reduce((s, p) => s + vector[p]!, 0));
    const bound = sumBound(parts.filter((p) => cols.has(p)).length, unit, decimals);
    if (diff > bound) cost += diff - bound;
  }
  return cost;
}

/**
 * The candidates of a row, most preferred first (by the columns' preference ranks, compared in order).
 * `cost` prices a candidate; returns undefined when the row has more amounts than open columns or too many ways.
 */
export function rowCandidates(amounts: readonly Fen[], slots: readonly number[], width: number, rank: readonly number[], cost: (vector: Fen[], cols: ReadonlySet<number>) => Fen): Candidate[] | undefined {
  if (amounts.length > slots.length || binomial(slots.length, amounts.length) > MAX_CANDIDATES) return undefined;
  const out: (Candidate & { key: number[] })[] = [];
  for (const cols of choices(slots, amounts.length)) {
    const vector = new Array<Fen>(width).fill(0);
    cols.forEach((c, i) => (vector[c] = amounts[i]!));
    out.push({ cols, vector, cost: cost(vector, new Set(cols)), key: cols.map((c) => rank[c]!).sort((a, b) => a - b) });
  }
  out.sort((a, b) => {
    for (let i = 0; i < a.key.length; i++) if (a.key[i] !== b.key[i]) return a.key[i]! - b.key[i]!;
    return 0;
  });
  return out.map(({ cols, vector, cost }) => ({ cols, vector, cost }));
}
