// Placing every table's amounts: tables whose arithmetic (with what the tables placed before fix) leaves one
// placement are placed first and their cells become facts for the rest, until none is decided; the rest take
// the preferred of their placements, with a note on the table saying what stayed undecided.
import type { CheckTable } from '../../check/document.ts';
import { resolveSources, type FundSource } from '../../model/fund-source.ts';
import { parseFen, type Fen, MoneyError } from '../../model/money.ts';
import { halfUnit, shown } from '../../rules/tolerance.ts';
import type { TableModel, TableRow } from '../../tables/table-model.ts';
import { rowLabel } from '../../rules/figures.ts';
import { identityCost, rowCandidates } from './candidates.ts';
import { excess, FactStore, roleAtoms, sourceAtoms, type Determined } from './fact-store.ts';
import { TextReadError } from './ingest-error.ts';
import { solvePlacement, type Candidate, type SolveResult } from './placement-solver.ts';
import type { DraftRow, TableDraft } from './table-draft.ts';
import { lowerBound } from './three-public-bounds.ts';
import { incomeLabels } from '../../templates/template.ts';
import { cellText } from './text-lines.ts';

/** Sources the two-sided summary tables print a blank income line for: no spending comes from them. */
export function zeroSources(drafts: readonly TableDraft[]): Set<FundSource> {
  const zero = new Set<FundSource>();
  for (const d of drafts) {
    if (d.spec?.view !== 'paired_summary') continue;
    const lines = [...d.spec.incomeLines, d.spec.incomeTotal];
    let from = 0;
    for (const row of d.rows) {
      const at = lines.findIndex((l, i) => i >= from && incomeLabels(l).some((label) => cellText(label) === row.name));
      if (at < 0) continue;
      from = at + 1;
      if (row.preset[0] === '' && lines[at]!.sources.length) for (const s of resolveSources(lines[at]!.sources)) zero.add(s);
    }
  }
  return zero;
}

interface Solved {
  draft: TableDraft;
  candidates: Candidate[][];
  result: SolveResult;
  decided: boolean;
}

/** Columns (single, and pairs with disjoint atoms) whose sums the fact store may fix. */
function querySets(atoms: readonly (number[] | undefined)[]): { cols: number[]; atoms: number[] }[] {
  const out: { cols: number[]; atoms: number[] }[] = [];
  atoms.forEach((a, c) => a && out.push({ cols: [c], atoms: a }));
  atoms.forEach((a, c) =>
    atoms.forEach((b, d) => {
      if (a && b && d > c && !a.some((x) => b.includes(x))) out.push({ cols: [c, d], atoms: [...a, ...b] });
    }),
  );
  return out;
}

function amountsOf(d: TableDraft, row: DraftRow, path: string): Fen[] {
  return row.amounts.map((a) => {
    try {
      return parseFen(a, d.unit) ?? 0;
    } catch (err) {
      if (err instanceof MoneyError) throw new TextReadError(path, `表${d.frame.number}：${err.message}`, row.line);
      throw err;
    }
  });
}

function solve(d: TableDraft, store: FactStore, placed: readonly TableModel[], path: string): Solved {
  const atoms = d.factRoles.map((r) => roleAtoms(r));
  const queries = querySets(atoms);
  const h = halfUnit(d.unit, d.decimals);
  const candidates = d.rows.map((row, i) => {
    const least = (d.atLeast ?? []).filter((a) => a.row === i).map((a) => ({ col: a.col, bound: lowerBound(a.items, placed) }));
    const key = d.facts && row.key && !row.aggregate ? row.key : undefined;
    const fixed = queries.map((q) => ({ q, at: store.query(key, q.atoms) })).filter((x): x is { q: (typeof queries)[number]; at: Determined } => x.at !== undefined);
    const cands = rowCandidates(amountsOf(d, row, path), row.slots, d.frame.columns.length, d.preference, (vector, cols) => {
      let cost = identityCost(vector, cols, d.identities, d.unit, d.decimals);
      for (const { col, bound } of least) if (bound !== undefined && bound - vector[col]! > h) cost += bound - vector[col]! - h;
      for (const { q, at } of fixed) {
        const sum = q.cols.reduce((s, c) => s + vector[c]!, 0);
        cost += excess(at, sum, q.cols.filter((c) => cols.has(c)).length * h);
      }
      return cost;
    });
    if (!cands) {
      throw new TextReadError(path, `表${d.frame.number}「${d.frame.title}」：一行印有 ${row.amounts.length} 个金额，而可放的列只有 ${row.slots.length} 列（或放法过多）(more amounts than columns)`, row.line);
    }
    return cands;
  });
  const result = solvePlacement({
    width: d.frame.columns.length,
    rows: candidates,
    groups: d.groups,
    bound: (n) => (n <= 1 ? 0 : n * h),
  });
  const decided = result.cost === 0 && !result.more && !result.stopped && result.alternatives.every((a) => a.length === 1);
  return { draft: d, candidates, result, decided };
}

const describe = (d: TableDraft, cols: readonly number[]) => cols.map((c) => d.frame.columns[c]).join('+') || '（空）';

/** Notes for a placement the arithmetic did not decide, or did not satisfy. */
function notesOf(s: Solved): string[] {
  const { draft: d, candidates, result } = s;
  const notes: string[] = [];
  const chosen = result.chosen;
  if (chosen.some((k) => k < 0)) return [`表${d.frame.number}：未能在搜索上限内找到放法，各行按偏好顺序放置 (no placement found within the search limit: rows placed by preference)`];
  if (result.stopped) notes.push(`表${d.frame.number}：放置搜索达到上限，结果可能不是最优 (the placement search stopped at its limit)`);
  if (result.cost > 0) {
    notes.push(
      `表${d.frame.number}：没有一种放法能满足全部勾稽关系，按超出尾差的差额合计最小（${shown(result.cost, d.unit)}${d.unit}）的放法放置，差异见校验结果 ` +
        `(no placement satisfies every identity; placed where the differences beyond rounding add up least, ${shown(result.cost, d.unit)} ${d.unit}: the checks report them)`,
    );
  }
  const open = d.rows.map((_, i) => i).filter((i) => result.alternatives[i]!.length > 1);
  if (open.length === 0) return notes;
  // rows with the same alternatives are described together, by the columns that differ between them
  const byAlternatives = new Map<string, { rows: number[]; alts: number[][] }>();
  for (const i of open) {
    const alts = result.alternatives[i]!.map((k) => candidates[i]![k]!.cols);
    const key = `${alts.map((c) => c.join(',')).join('|')}→${candidates[i]![chosen[i]!]!.cols.join(',')}`;
    byAlternatives.set(key, { rows: [...(byAlternatives.get(key)?.rows ?? []), i], alts });
  }
  const count = `${result.count}${result.more ? ' 种以上' : ' 种'}`;
  const parts = [...byAlternatives.values()].map(({ rows, alts }) => {
    const names = rows.slice(0, 3).map((i) => rowLabel(rowOf(d.rows[i]!, d, candidates[i]![chosen[i]!]!)) || `第 ${i + 1} 行`);
    const more = rows.length > 3 ? ` 等 ${rows.length} 行` : '';
    const common = alts[0]!.filter((c) => alts.every((a) => a.includes(c)));
    const varying = (cols: readonly number[]) => describe(d, cols.filter((c) => !common.includes(c)));
    const taken = candidates[rows[0]!]![chosen[rows[0]!]!]!.cols;
    return `${names.join('、')}${more}：${common.length ? `除${describe(d, common)}外，` : ''}金额可在 ${alts.map(varying).join(' / ')} 列，取 ${varying(taken)}`;
  });
  const equally = result.cost > 0 ? ['差额同样最小', 'break the identities equally least'] : ['同样符合全部勾稽关系', 'satisfy every identity'];
  notes.push(
    `表${d.frame.number}：印刷金额的位置有 ${count}放法${equally[0]}，算术无法确定；按偏好顺序选择（${d.preferenceWhy}）。${parts.join('；')} ` +
      `(placement undecided: ${result.count}${result.more ? '+' : ''} placements ${equally[1]}; chosen by the preference order)`,
  );
  return notes;
}

/** A row as the table model holds it, its amounts in the candidate's columns. */
function rowOf(row: DraftRow, d: TableDraft, cand: Candidate): TableRow {
  const values = [...row.preset];
  cand.cols.forEach((c, i) => (values[c] = row.amounts[i]!));
  return {
    code: row.code,
    name: row.name,
    ...(row.project !== undefined ? { project: row.project } : {}),
    ...(row.pair ? { pair: row.pair } : {}),
    ...(row.use ? { use: row.use } : {}),
    ...(row.role ? { role: row.role } : {}),
    level: row.level,
    values: values.slice(0, d.frame.columns.length),
  };
}

/**
 * A table's certain cells as facts: the cells every tied placement gives the same value (all of them when the
 * placement is unique), rows at their keys, project rows summed per code. `added` keeps a table's facts from
 * being recorded twice; returns whether any fact was new.
 */
function addFacts(store: FactStore, s: Solved, added: Set<string>): boolean {
  const d = s.draft;
  const { chosen, alternatives } = s.result;
  if (!d.facts || chosen.some((k) => k < 0) || s.result.more || s.result.stopped) return false;
  const h = halfUnit(d.unit, d.decimals);
  const first = d.rows.map((row, i) => rowOf(row, d, s.candidates[i]![chosen[i]!]!));
  const certain = (i: number, c: number) => alternatives[i]!.every((k) => rowOf(d.rows[i]!, d, s.candidates[i]![k]!).values[c] === first[i]!.values[c]);
  const byKey = new Map<string, { values: Fen[]; filled: number[]; certain: boolean[] }>();
  d.rows.forEach((draft, i) => {
    if (!draft.key) return;
    const values = first[i]!.values.map((v) => parseFen(v, d.unit) ?? 0);
    const filled = first[i]!.values.map((v) => (v === '' ? 0 : 1));
    const sure = values.map((_, c) => certain(i, c));
    const at = byKey.get(draft.key);
    if (draft.aggregate && at) {
      values.forEach((v, c) => {
        at.values[c]! += v;
        at.filled[c]! += filled[c]!;
        at.certain[c] &&= sure[c]!;
      });
    } else byKey.set(draft.key, { values, filled, certain: sure });
  });
  const atoms = d.factRoles.map((r) => roleAtoms(r));
  let fresh = false;
  for (const [key, { values, filled, certain: sure }] of byKey) {
    atoms.forEach((a, c) => {
      const id = `${d.frame.number}|${key}|${c}`;
      if (!a || !sure[c] || added.has(id)) return;
      added.add(id);
      store.add(key, a, values[c]!, filled[c]! * h);
      fresh = true;
    });
  }
  return fresh;
}

/**
 * Places every draft's amounts; returns the tables in the drafts' order, with notes where placement was not
 * decided. Tables the arithmetic decides are placed first and all their cells become facts; when none is
 * left, the cells that every remaining placement agrees on (all cells of a unique placement that breaks some
 * identity — the checks report that) become facts too, and the rest are tried again; what stays undecided
 * takes the preferred placement, noted.
 */
export function placeTables(drafts: readonly TableDraft[], path: string): CheckTable[] {
  const store = new FactStore(sourceAtoms(zeroSources(drafts)));
  const placed = new Map<TableDraft, CheckTable>();
  const added = new Set<string>();
  const commit = (s: Solved) => {
    const rows = s.draft.rows.map((row, i) => rowOf(row, s.draft, s.candidates[i]![Math.max(0, s.result.chosen[i]!)]!));
    const notes = [...s.draft.notes, ...(s.decided ? [] : notesOf(s))];
    placed.set(s.draft, { ...s.draft.frame, rows, ...(notes.length ? { notes } : {}) });
    if (s.decided) addFacts(store, s, added);
  };
  let pending = [...drafts];
  while (pending.length) {
    const solved = pending.map((d) => solve(d, store, [...placed.values()], path));
    const decided = solved.filter((s) => s.decided);
    if (decided.length === 0) {
      const fresh = solved.map((s) => addFacts(store, s, added)).some(Boolean);
      if (fresh) continue;
      solved.forEach(commit);
      break;
    }
    decided.forEach(commit);
    pending = pending.filter((d) => !placed.has(d));
  }
  return drafts.map((d) => placed.get(d)!);
}
