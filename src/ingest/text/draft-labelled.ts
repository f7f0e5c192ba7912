// Rows of tables whose rows are labels: the 三公 table (its lines are the template's, blank rows printed) and
// the carry-over detail (a total, a row per budget unit, then its basic spending and projects).
import type { ThreePublicSpec } from '../../templates/template.ts';
import type { Group } from './placement-solver.ts';
import { assembleRows, labelledRows, type RawRow } from './row-reader.ts';
import type { DraftRow } from './table-draft.ts';
import type { BodyLine } from './table-block.ts';
import { cellText } from './text-lines.ts';

const draftRow = (r: RawRow, width: number, level: number, key?: string): DraftRow => ({
  code: '',
  name: r.text,
  level,
  preset: new Array<string>(width).fill(''),
  amounts: r.amounts,
  slots: Array.from({ length: width }, (_, c) => c),
  ...(key ? { key } : {}),
  line: r.line,
});

/** Sets of items: for each set, the other sets that partition it exactly (largest first), if any. */
export function partitions(sets: readonly (readonly string[])[]): { whole: number; parts: number[] }[] {
  const out: { whole: number; parts: number[] }[] = [];
  sets.forEach((whole, i) => {
    if (whole.length < 2) return;
    const inside = sets
      .map((s, j) => ({ s, j }))
      .filter(({ s, j }) => j !== i && s.length > 0 && s.length < whole.length && s.every((x) => whole.includes(x)))
      .sort((a, b) => b.s.length - a.s.length);
    const parts: number[] = [];
    const covered = new Set<string>();
    for (const { s, j } of inside) {
      if (s.some((x) => covered.has(x))) continue;
      parts.push(j);
      s.forEach((x) => covered.add(x));
    }
    if (covered.size === whole.length) out.push({ whole: i, parts: parts.sort((a, b) => a - b) });
  });
  return out;
}

/** 三公 by fund: a row per template line (matched by label); a line's total = Σ the lines that partition it. */
export function threePublicRows(body: readonly BodyLine[], width: number, spec: ThreePublicSpec): { rows: DraftRow[]; groups: Group[] } {
  const raw = labelledRows(body, spec.lines.map((l) => l.label));
  const lineOf = raw.map((r) => spec.lines.find((l) => cellText(l.label) === r.text));
  const rows = raw.map((r, i) => draftRow(r, width, lineOf[i]?.level ?? 1));
  const groups = partitions(lineOf.map((l) => l?.items ?? [])).map(({ whole, parts }) => ({ parent: whole, children: parts }));
  return { rows, groups };
}

/** Budget units are named like bodies (the preparer, or a name ending as bodies' names do). */
const UNIT_NAME = /(局|厅|委员会|委|办公室|中心|院|学校|小学|中学|幼儿园|所|站|队|馆|团|部|处|署|司|府|公司)$/;

/** Carry-over detail: the total, unit rows, and the unit's rows (基本支出, projects). */
export function carryoverRows(body: readonly BodyLine[], width: number, totalLabel: string | undefined, preparer: string): { rows: DraftRow[]; groups: Group[] } {
  const raw = assembleRows(body, { codes: false, continueAfterBreak: false });
  const totalAt = raw.findIndex((r) => r.text === (totalLabel ?? '合计'));
  const isUnit = (r: RawRow) => r.text === preparer || (UNIT_NAME.test(r.text) && r.text.length > 4);
  const rows = raw.map((r, i) => (i === totalAt ? draftRow(r, width, 0, 'T') : draftRow(r, width, isUnit(r) ? 1 : 2)));
  const units = rows.map((r, i) => (r.level === 1 ? i : -1)).filter((i) => i >= 0);
  const groups: Group[] = [];
  const items = (from: number) => {
    const out: number[] = [];
    for (let j = from + 1; j < rows.length && rows[j]!.level === 2; j++) out.push(j);
    return out;
  };
  if (totalAt >= 0) {
    const children = units.length ? units : rows.map((r, i) => (r.level === 2 ? i : -1)).filter((i) => i >= 0);
    if (children.length) groups.push({ parent: totalAt, children });
  }
  for (const u of units) if (items(u).length) groups.push({ parent: u, children: items(u) });
  return { rows, groups };
}
