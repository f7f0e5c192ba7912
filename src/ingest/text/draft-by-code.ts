// Rows of tables by classification code: 类/款/项 rows under a grand total (收入总表, 支出总表, 一般公共预算
// 支出表, 基本支出表 by economic code, the fund tables) and the project table (项目名称 after the 项).
import type { Group } from './placement-solver.ts';
import { assembleRows, TOTAL_LINE, type RawRow } from './row-reader.ts';
import type { DraftRow } from './table-draft.ts';
import type { BodyLine } from './table-block.ts';

const levelOf = (code: string) => (code.length <= 3 ? 1 : code.length <= 5 ? 2 : 3);

const draftRow = (r: RawRow, width: number, fields: Partial<DraftRow>): DraftRow => ({
  code: r.code,
  name: r.text,
  level: levelOf(r.code),
  preset: new Array<string>(width).fill(''),
  amounts: r.amounts,
  slots: Array.from({ length: width }, (_, c) => c),
  line: r.line,
  ...fields,
});

/** Parent = Σ rows whose code extends it by one level; the total = Σ 类 rows. */
export function codeGroups(rows: readonly DraftRow[]): Group[] {
  const groups: Group[] = [];
  rows.forEach((row, i) => {
    const children = rows
      .map((r, j) => (j !== i && (row.level === 0 ? r.code.length === 3 : row.code !== '' && r.code.length === row.code.length + 2 && r.code.startsWith(row.code)) ? j : -1))
      .filter((j) => j >= 0);
    if (children.length) groups.push({ parent: i, children });
  });
  return groups;
}

/**
 * A table printed in blocks with a total each and no grand total (决算 一般公共预算财政拨款基本支出决算表:
 * 301, 303 then 人员经费合计; 302, 310 then 公用经费合计): each block's total (codeless, level 1) = Σ the 类 of its
 * block. Undefined for a table with its grand total or fewer than two such lines.
 */
function blockTotals(raw: readonly RawRow[], width: number, totalLabel: string | undefined): { rows: DraftRow[]; groups: Group[] } | undefined {
  const totals = raw.map((r, i) => (r.code === '' && TOTAL_LINE.test(r.text) ? i : -1)).filter((i) => i >= 0);
  if (totals.length < 2 || raw.some((r) => r.code === '' && r.text === totalLabel)) return undefined;
  const rows = raw.map((r) => draftRow(r, width, r.code === '' ? { level: 1 } : {}));
  const groups = codeGroups(rows);
  let from = 0;
  for (const at of totals) {
    const children = rows.map((r, j) => (j >= from && j < at && r.code.length === 3 ? j : -1)).filter((j) => j >= 0);
    if (children.length) groups.push({ parent: at, children });
    from = at + 1;
  }
  return { rows, groups };
}

/**
 * Rows by function or economic code. The total is the codeless row named `totalLabel`, else a codeless row
 * printed first or last (the templates print the total above or below the rows).
 */
export function byCodeRows(body: readonly BodyLine[], width: number, axis: 'function' | 'economic', totalLabel?: string): { rows: DraftRow[]; groups: Group[] } {
  const raw = assembleRows(body, { codes: true, continueAfterBreak: true });
  const blocks = blockTotals(raw, width, totalLabel);
  if (blocks) return blocks;
  let totalAt = raw.findIndex((r) => r.code === '' && r.text === totalLabel);
  if (totalAt < 0) totalAt = [0, raw.length - 1].find((i) => raw[i]?.code === '') ?? -1;
  const rows = raw.map((r, i) => {
    if (i === totalAt) return draftRow(r, width, { level: 0, key: 'T' });
    if (r.code === '') return draftRow(r, width, { level: 1 });
    return draftRow(r, width, axis === 'function' ? { key: r.code } : {});
  });
  return { rows, groups: codeGroups(rows) };
}

/**
 * Rows of a project table: the total, a row per budget unit (codeless), 类 and 款 rows, and project rows whose
 * text is the 项's name followed by the project's name, split by the 项 names the document and the catalog give.
 */
export function projectRows(
  body: readonly BodyLine[],
  width: number,
  totalLabel: string | undefined,
  functionName: (code: string) => string | undefined,
): { rows: DraftRow[]; groups: Group[]; notes: string[] } {
  const raw = assembleRows(body, { codes: true, continueAfterBreak: false });
  const notes: string[] = [];
  const rows = raw.map((r) => {
    if (r.code === '') return r.text === (totalLabel ?? '合计') ? draftRow(r, width, { level: 0, key: 'T', project: '' }) : draftRow(r, width, { level: 1, project: '' });
    if (r.code.length < 7) return draftRow(r, width, { key: r.code, project: '' });
    const name = functionName(r.code);
    if (name !== undefined && r.text.startsWith(name) && r.text.length > name.length) {
      return draftRow(r, width, { name, project: r.text.slice(name.length), key: r.code, aggregate: true });
    }
    notes.push(`第 ${r.line} 行 ${r.code}：无法从“${r.text}”分出科目名称与项目名称 (cannot split the function name from the project name)`);
    return draftRow(r, width, { name: r.text, project: r.text, key: r.code, aggregate: true });
  });
  // budget units segment the rows: the total = Σ units, a unit = Σ its 类, 类 = Σ 款, 款 = Σ its projects
  const unitOf: number[] = [];
  rows.forEach((r, i) => unitOf.push(r.level === 1 && r.code === '' ? i : (unitOf[i - 1] ?? -1)));
  const sameUnit = (i: number, j: number) => unitOf[i] === unitOf[j];
  const groups: Group[] = [];
  const units = rows.map((r, i) => (r.level === 1 && r.code === '' ? i : -1)).filter((i) => i >= 0);
  const total = rows.findIndex((r) => r.level === 0);
  if (total >= 0) {
    const children = units.length ? units : rows.map((r, i) => (r.code.length === 3 ? i : -1)).filter((i) => i >= 0);
    if (children.length) groups.push({ parent: total, children });
  }
  for (const u of units) {
    const children = rows.map((r, j) => (r.code.length === 3 && unitOf[j] === u ? j : -1)).filter((j) => j >= 0);
    if (children.length) groups.push({ parent: u, children });
  }
  rows.forEach((row, i) => {
    if (row.code.length !== 3 && row.code.length !== 5) return;
    const len = row.code.length === 3 ? 5 : 7;
    const children = rows
      .map((r, j) => (r.code.length === len && r.code.startsWith(row.code) && sameUnit(i, j) && (len === 5 || r.project) ? j : -1))
      .filter((j) => j >= 0);
    if (children.length) groups.push({ parent: i, children });
  });
  return { rows, groups, notes };
}
