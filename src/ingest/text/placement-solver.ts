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
  /** The least total cost, in fen (Infinity when the search found no placement within its limit). */
  cost: Fen;
  /** The preferred placement with that cost: a candidate index per row (-1 when none was found). */
  chosen: number[];
  /** Per row, every candidate some placement with that cost gives it (the chosen one first). */
  alternatives: number[][];
  /** How many placements tie at that cost (the product over independent parts of the table). */
  count: number;
  /** More placements tie than were kept. */
  more: boolean;
  /** The search ended early (node limit): the result may not be the best. */
  stopped: boolean;
}

/** One part of the table: rows tied together by groups, solved on its own. */
interface PartResult {
  cost: Fen;
  solutions: number[][];
  more: boolean;
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

function solvePart(input: SolveInput): PartResult {
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

/** Rows tied together by groups (connected parts), each a list of row indexes in printed order. */
function parts(n: number, groups: readonly Group[]): number[][] {
  const root = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => (root[i] === i ? i : (root[i] = find(root[i]!)));
  for (const g of groups) for (const c of g.children) root[find(c)] = find(g.parent);
  const byRoot = new Map<number, number[]>();
  for (let i = 0; i < n; i++) byRoot.set(find(i), [...(byRoot.get(find(i)) ?? []), i]);
  return [...byRoot.values()];
}

/**
 * Places every row: each independent part of the table (rows tied by groups) is searched on its own, so
 * rows that nothing ties are not multiplied together; the result gives, per row, the candidates that tie.
 */
export function solvePlacement(input: SolveInput): SolveResult {
  const n = input.rows.length;
  const chosen = new Array<number>(n).fill(-1);
  const alternatives: number[][] = input.rows.map(() => []);
  let cost = 0;
  let count = 1;
  let more = false;
  let stopped = false;
  for (const rows of parts(n, input.groups)) {
    const index = new Map(rows.map((r, i) => [r, i] as const));
    const part = solvePart({
      ...input,
      rows: rows.map((r) => input.rows[r]!),
      groups: input.groups.filter((g) => index.has(g.parent)).map((g) => ({ ...g, parent: index.get(g.parent)!, children: g.children.map((c) => index.get(c)!) })),
    });
    cost += part.cost;
    count *= Math.max(1, part.solutions.length);
    more ||= part.more;
    stopped ||= part.stopped;
    rows.forEach((r, i) => {
      chosen[r] = part.solutions[0]?.[i] ?? -1;
      alternatives[r] = [...new Set(part.solutions.map((sol) => sol[i]!))];
    });
  }
  return { cost, chosen, alternatives, count, more, stopped };
}
