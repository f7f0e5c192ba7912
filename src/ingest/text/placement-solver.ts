// Placing the printed amounts of a table's rows jointly: each row's candidates (which columns its amounts
// fill, left to right) carry their own cost (how far they break the row's identities and what other tables
// fix); groups tie a parent row to its children (parent = Σ children, within rounding). A branch-and-bound
// search finds the placements with the least total cost — 0 when the table's arithmetic holds — and all the
// placements that tie with it, so an undecided placement is seen rather than guessed.
import type { Fen } from '../../model/money.ts';

export interface Candidate {
  /** The columns the row's amounts fill, in printed order. */
  cols: number[];
  /** Every column's amount (0 where blank). */
  vector: Fen[];
  /** How far the row alone breaks its constraints, in fen (0 when it breaks none). */
  cost: Fen;
}

/** Row `parent` = Σ rows `children`, in `columns` (all when absent). */
export interface Group {
  parent: number;
  children: number[];
  columns?: number[];
}

export interface SolveInput {
  width: number;
  /** Each row's candidates, most preferred first (a row without amounts has one, all blank). */
  rows: Candidate[][];
  groups: Group[];
  /** What rounding explains between a parent and the sum of its n non-blank children. */
  bound(children: number): Fen;
  /** Stops the search after this many nodes (the result then says it is incomplete). */
  nodeLimit?: number;
  /** Keeps at most this many tied placements. */
  keep?: number;
}

export interface SolveResult {
  /** The least total cost, in fen. */
  cost: Fen;
  /** The placements with that cost (candidate index per row), the first the preferred one. */
  solutions: number[][];
  /** More placements tie than were kept. */
  more: boolean;
  /** The search ended early (node limit): the result may not be the best. */
  stopped: boolean;
}

interface Membership {
  group: number;
  sign: 1 | -1;
}

/** Rows parents first, each followed by its children's subtrees, in printed order. */
function searchOrder(n: number, groups: readonly Group[]): number[] {
  const childOf = new Set(groups.flatMap((g) => g.children));
  const order: number[] = [];
  const seen = new Set<number>();
  const visit = (i: number) => {
    if (seen.has(i)) return;
    seen.add(i);
    order.push(i);
    for (const g of groups) if (g.parent === i) g.children.forEach(visit);
  };
  for (let i = 0; i < n; i++) if (!childOf.has(i)) visit(i);
  for (let i = 0; i < n; i++) visit(i);
  return order;
}

export function solvePlacement(input: SolveInput): SolveResult {
  const { width, rows, groups } = input;
  const n = rows.length;
  const nodeLimit = input.nodeLimit ?? 200_000;
  const keep = input.keep ?? 64;
  const cols = groups.map((g) => g.columns ?? Array.from({ length: width }, (_, c) => c));
  const member: Membership[][] = rows.map(() => []);
  groups.forEach((g, gi) => {
    member[g.parent]!.push({ group: gi, sign: 1 });
    for (const c of g.children) member[c]!.push({ group: gi, sign: -1 });
  });
  // per row and sign: the least and greatest contribution of its candidates to each column
  const range = rows.map((cands) => {
    const lo = new Array<Fen>(width).fill(Infinity);
    const hi = new Array<Fen>(width).fill(-Infinity);
    for (const cand of cands) {
      cand.vector.forEach((v, c) => {
        lo[c] = Math.min(lo[c]!, v);
        hi[c] = Math.max(hi[c]!, v);
      });
    }
    return { lo, hi };
  });
  const minCost = rows.map((cands) => Math.min(...cands.map((c) => c.cost)));
  const sum = groups.map(() => new Array<Fen>(width).fill(0));
  const lo = groups.map(() => new Array<Fen>(width).fill(0));
  const hi = groups.map(() => new Array<Fen>(width).fill(0));
  const open = groups.map((g) => g.children.length + 1);
  const filled = groups.map(() => new Array<number>(width).fill(0));
  groups.forEach((g, gi) => {
    for (const [row, sign] of [[g.parent, 1] as const, ...g.children.map((c) => [c, -1] as const)]) {
      for (let c = 0; c < width; c++) {
        const a = sign * range[row]!.lo[c]!;
        const b = sign * range[row]!.hi[c]!;
        lo[gi]![c]! += Math.min(a, b);
        hi[gi]![c]! += Math.max(a, b);
      }
    }
  });
  const groupCost = (gi: number): Fen => {
    let cost = 0;
    const done = open[gi] === 0;
    for (const c of cols[gi]!) {
      const from = sum[gi]![c]! + lo[gi]![c]!;
      const to = sum[gi]![c]! + hi[gi]![c]!;
      const distance = from > 0 ? from : to < 0 ? -to : 0;
      const bound = input.bound(done ? filled[gi]![c]! : groups[gi]!.children.length);
      if (distance > bound) cost += distance - bound;
    }
    return cost;
  };
  const gCost = groups.map((_, gi) => groupCost(gi));
  let groupTotal = gCost.reduce((a, b) => a + b, 0);
  let rowTotal = minCost.reduce((a, b) => a + b, 0); // assigned rows' costs + unassigned rows' least costs

  const apply = (i: number, cand: Candidate, dir: 1 | -1) => {
    rowTotal += dir * (cand.cost - minCost[i]!);
    for (const { group: gi, sign } of member[i]!) {
      for (let c = 0; c < width; c++) {
        const v = sign * cand.vector[c]!;
        const a = sign * range[i]!.lo[c]!;
        const b = sign * range[i]!.hi[c]!;
        sum[gi]![c]! += dir * v;
        lo[gi]![c]! -= dir * Math.min(a, b);
        hi[gi]![c]! -= dir * Math.max(a, b);
        if (sign < 0 && cand.vector[c] !== 0) filled[gi]![c]! += dir;
      }
      open[gi]! -= dir;
      groupTotal -= gCost[gi]!;
      gCost[gi] = groupCost(gi);
      groupTotal += gCost[gi]!;
    }
  };

  const order = searchOrder(n, groups);
  const choice = new Array<number>(n).fill(-1);
  let best = Infinity;
  let solutions: number[][] = [];
  let more = false;
  let nodes = 0;
  const search = (pos: number): void => {
    if (++nodes > nodeLimit) return;
    const lower = rowTotal + groupTotal;
    if (lower > best) return;
    if (pos === n) {
      if (lower < best) {
        best = lower;
        solutions = [];
        more = false;
      }
      if (solutions.length < keep) solutions.push([...choice]);
      else more = true;
      return;
    }
    const i = order[pos]!;
    const scored = rows[i]!.map((cand, k) => {
      apply(i, cand, 1);
      const score = rowTotal + groupTotal;
      apply(i, cand, -1);
      return { k, score };
    });
    scored.sort((a, b) => a.score - b.score || a.k - b.k);
    for (const { k, score } of scored) {
      if (score > best) break;
      choice[i] = k;
      apply(i, rows[i]![k]!, 1);
      search(pos + 1);
      apply(i, rows[i]![k]!, -1);
      choice[i] = -1;
      if (nodes > nodeLimit) return;
    }
  };
  search(0);
  // the preferred of the tied placements: rows in search order, each taking its most preferred candidate
  solutions.sort((a, b) => {
    for (const i of order) if (a[i] !== b[i]) return a[i]! - b[i]!;
    return 0;
  });
  return { cost: best, solutions, more, stopped: nodes > nodeLimit };
}
