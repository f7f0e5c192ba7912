// What the tables placed so far say about the money, for placing the others: each printed cell is a sum of
// "atoms" (fund source × spending kind) at a row key (a function code, or "T" for a table's grand total), and a
// blank cell says its atoms are zero there (amounts are never negative). Queries ask whether the facts fix
// the sum of some atoms (by exact elimination over integers) and to what, within the rounding the facts allow.
import { FUND_GROUPS, FUND_SOURCES, SPENDING_KINDS, type FundSource } from '../../model/fund-source.ts';
import type { Fen } from '../../model/money.ts';

const KINDS = SPENDING_KINDS;
const ATOMS = FUND_SOURCES.length * KINDS.length;
const atom = (source: number, kind: number) => source * KINDS.length + kind;

/** The atoms of a role ("general_budget.basic", "carryover_nonfiscal.project"); undefined for other roles. */
export function roleAtoms(role: string): number[] | undefined {
  const [fund, ...rest] = role.split('.');
  if (rest.some((r) => r.startsWith('econ:'))) return undefined;
  const sources = new Set<FundSource>();
  for (const name of (fund ?? '').split('+')) {
    if (name in FUND_GROUPS) for (const s of FUND_GROUPS[name as keyof typeof FUND_GROUPS]) sources.add(s);
    else if ((FUND_SOURCES as readonly string[]).includes(name)) sources.add(name as FundSource);
    else return undefined;
  }
  let kinds: readonly string[] = KINDS;
  if (rest[0] !== undefined) kinds = rest[0] === 'basic' ? ['personnel', 'public'] : rest[0].split('+');
  if (!kinds.every((k) => (KINDS as readonly string[]).includes(k))) return undefined;
  const out: number[] = [];
  FUND_SOURCES.forEach((s, si) => {
    if (sources.has(s)) for (const k of kinds) out.push(atom(si, KINDS.indexOf(k as never)));
  });
  return out;
}

/** The atoms of some sources (every kind). */
export function sourceAtoms(sources: Iterable<FundSource>): number[] {
  const out: number[] = [];
  for (const s of sources) for (let k = 0; k < KINDS.length; k++) out.push(atom(FUND_SOURCES.indexOf(s), k));
  return out;
}

/** Σ coef·atom ≈ value ± tol (all scaled alike). */
interface Equation {
  coef: bigint[];
  value: bigint;
  tol: bigint;
}

interface Basis {
  rows: { eq: Equation; pivot: number }[];
}

/** A fixed sum: value/scale, within tol/scale. */
export interface Determined {
  value: bigint;
  scale: bigint;
  tol: bigint;
}

const abs = (x: bigint) => (x < 0n ? -x : x);
const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? abs(a) : gcd(b, a % b));

/** a·e − c·b: eliminates b's pivot from e (a = b[pivot], c = e[pivot]). */
function eliminate(e: Equation, b: Equation, pivot: number): Equation {
  const a = b.coef[pivot]!;
  const c = e.coef[pivot]!;
  const coef = e.coef.map((x, i) => a * x - c * b.coef[i]!);
  return { coef, value: a * e.value - c * b.value, tol: abs(a) * e.tol + abs(c) * b.tol };
}

function reduce(e: Equation, basis: Basis): Equation {
  let cur = e;
  for (const { eq, pivot } of basis.rows) if (cur.coef[pivot] !== 0n) cur = eliminate(cur, eq, pivot);
  return cur;
}

/** Divides by the coefficients' common factor where it divides the value too (tolerance rounded up). */
function simplify(e: Equation): Equation {
  let g = e.coef.reduce((x, y) => gcd(x, y), 0n);
  g = gcd(g, e.value);
  if (g <= 1n) return e;
  return { coef: e.coef.map((x) => x / g), value: e.value / g, tol: (e.tol + g - 1n) / g };
}

export class FactStore {
  private readonly keys = new Map<string, { zero: Set<number>; facts: { atoms: number[]; value: Fen; tol: Fen }[]; basis?: Basis }>();
  private readonly globalZero: Set<number>;

  /** `zero`: atoms known to be zero everywhere (sources the summary tables print no income for). */
  constructor(zero: Iterable<number>) {
    this.globalZero = new Set(zero);
  }

  private at(key: string) {
    let k = this.keys.get(key);
    if (!k) this.keys.set(key, (k = { zero: new Set(), facts: [] }));
    return k;
  }

  private live(key: string | undefined, atoms: readonly number[]): number[] {
    const zero = key === undefined ? undefined : this.keys.get(key)?.zero;
    return atoms.filter((a) => !this.globalZero.has(a) && !zero?.has(a));
  }

  /** Records a printed cell: its atoms sum to `value` within `tol`; a blank cell (0, tolerance 0) zeroes them. */
  add(key: string, atoms: readonly number[], value: Fen, tol: Fen): void {
    const k = this.at(key);
    if (value === 0 && tol === 0) for (const a of atoms) k.zero.add(a);
    else k.facts.push({ atoms: [...atoms], value, tol });
    delete k.basis;
  }

  private basis(key: string): Basis {
    const k = this.at(key);
    if (k.basis) return k.basis;
    const basis: Basis = { rows: [] };
    for (const f of k.facts) {
      const coef = new Array<bigint>(ATOMS).fill(0n);
      for (const a of this.live(key, f.atoms)) coef[a] = 1n;
      const reduced = simplify(reduce({ coef, value: BigInt(f.value), tol: BigInt(f.tol) }, basis));
      const pivot = reduced.coef.findIndex((x) => x !== 0n);
      if (pivot >= 0) basis.rows.push({ eq: reduced, pivot });
    }
    return (k.basis = basis);
  }

  /** Whether the atoms are zero everywhere (their sources have no income). */
  zeroEverywhere(atoms: readonly number[]): boolean {
    return this.live(undefined, atoms).length === 0;
  }

  /** What the facts at `key` fix the atoms' sum to, or undefined when they do not. */
  query(key: string | undefined, atoms: readonly number[]): Determined | undefined {
    const live = this.live(key, atoms);
    if (live.length === 0) return { value: 0n, scale: 1n, tol: 0n };
    if (key === undefined || !this.keys.has(key)) return undefined;
    const coef = new Array<bigint>(ATOMS).fill(0n);
    for (const a of live) coef[a] = 1n;
    // invariant: cur·x = scale·(q·x) − S, with S ≈ value ± tol
    let cur = { coef, value: 0n, tol: 0n };
    let scale = 1n;
    for (const { eq, pivot } of this.basis(key).rows) {
      const c = cur.coef[pivot]!;
      if (c === 0n) continue;
      const a = eq.coef[pivot]!;
      cur = { coef: cur.coef.map((x, i) => a * x - c * eq.coef[i]!), value: a * cur.value + c * eq.value, tol: abs(a) * cur.tol + abs(c) * eq.tol };
      scale *= a;
    }
    if (cur.coef.some((x) => x !== 0n)) return undefined;
    return scale < 0n ? { value: -cur.value, scale: -scale, tol: cur.tol } : { value: cur.value, scale, tol: cur.tol };
  }
}

/** How far a sum of printed cells (each within `ownTol`) lies outside what the facts fix it to, in fen (0 if within). */
export function excess(d: Determined, sum: Fen, ownTol: Fen): Fen {
  const diff = abs(BigInt(sum) * d.scale - d.value);
  const allowed = d.tol + BigInt(ownTol) * d.scale;
  if (diff <= allowed) return 0;
  return Number((diff - allowed + d.scale - 1n) / d.scale);
}
