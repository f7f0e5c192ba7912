// The cells of a table as every document writer lays them out: the body rows in the header's leaf order
// (label columns, then amounts; a two-sided table interleaves 项目 | 预算数 | 功能分类 | 预算数), codes split
// into their 类/款/项 columns, total rows labelled across the code and name columns. One place, so the
// HTML, XLSX, PDF and DOCX writers print the same grid.
import type { TableModel, TableRow } from '../tables/table-model.ts';
import { grouped } from './table-text.ts';

export interface LabelCell {
  kind: 'label';
  text: string;
  /** Columns the cell covers (a total row's label across the code and name columns). */
  colspan: number;
  /** 0 totals, 1 类, 2 款, 3 项: the name column's indentation. */
  indent: number;
  /** What the cell holds: the row's name (a total's label, a two-sided row's left label), a code or part of one, the project, the right-hand 类. */
  role: 'name' | 'code' | 'project' | 'pair';
}

export interface AmountCell {
  kind: 'amount';
  /** Decimal string in the table's unit, no grouping ("1845.57"); "" when blank. */
  value: string;
  /** As printed: thousands separators ("1,845.57"); "" when blank. */
  text: string;
}

export type BodyCell = LabelCell | AmountCell;

const CODE_PART: Record<string, [number, number]> = { 类: [0, 3], 款: [3, 5], 项: [5, 7] };

/** Number of leaf columns (label columns and amount columns). */
export function leafCount(t: TableModel): number {
  return t.labelColumns.length + t.columns.length;
}

/** A table printed landscape: more than eight columns, or more than five amount columns. */
export function isWide(t: TableModel): boolean {
  return leafCount(t) > 8 || t.columns.length > 5;
}

const isPaired = (t: TableModel) => t.rows.some((r) => r.pair !== undefined);

/** Which slot each leaf column is: a label column or an amount column, by index. */
function slots(t: TableModel): { kind: 'label' | 'value'; index: number }[] {
  const n = leafCount(t);
  const labels = t.labelColumns.length;
  if (!isPaired(t)) return Array.from({ length: n }, (_, i) => (i < labels ? { kind: 'label', index: i } : { kind: 'value', index: i - labels }));
  return Array.from({ length: n }, (_, i) =>
    i === 0 ? { kind: 'label', index: 0 } : i === 1 ? { kind: 'value', index: 0 } : i === 2 ? { kind: 'label', index: 1 } : { kind: 'value', index: i - 2 },
  );
}

/** A label column holding whole codes ("科目编码", "功能科目代码"). */
const isWholeCode = (label: string) => /(编码|代码)$/.test(label);
/** The 项目名称 column of a project table (a list of income lines calls its name column 项目名称 too). */
const isProjectColumn = (t: TableModel, label: string) => label === '项目名称' && t.rows.some((r) => r.project !== undefined);

function labelText(t: TableModel, row: TableRow, k: number): string {
  if (row.pair) return k === 0 ? row.name : `${row.pair.code} ${row.pair.name}`.trim();
  const label = t.labelColumns[k]!;
  const part = CODE_PART[label];
  if (part) return row.code.slice(...part);
  if (isWholeCode(label)) return row.code;
  if (isProjectColumn(t, label)) return row.project ?? '';
  return row.name;
}

/** The printed cells of one body row, left to right; colspans add up to the leaf count. */
export function bodyCells(t: TableModel, row: TableRow): BodyCell[] {
  const codeColumns = t.labelColumns.filter((l) => l in CODE_PART || isWholeCode(l)).length;
  const totalRow = !row.pair && row.code === '' && row.level === 0 && codeColumns > 0;
  const cells: BodyCell[] = [];
  slots(t).forEach((slot, i) => {
    if (slot.kind === 'value') {
      const value = row.values[slot.index] ?? '';
      cells.push({ kind: 'amount', value, text: grouped(value) });
      return;
    }
    if (totalRow && i <= codeColumns) {
      if (i === 0) cells.push({ kind: 'label', text: row.name, colspan: codeColumns + 1, indent: 0, role: 'name' });
      return;
    }
    const label = t.labelColumns[slot.index] ?? '';
    const role: LabelCell['role'] = row.pair
      ? slot.index === 0 ? 'name' : 'pair'
      : label in CODE_PART || isWholeCode(label) ? 'code' : isProjectColumn(t, label) ? 'project' : 'name';
    cells.push({ kind: 'label', text: labelText(t, row, slot.index), colspan: 1, indent: role === 'name' && !row.pair ? Math.max(0, row.level - 1) : 0, role });
  });
  return cells;
}

/** A header row's cells with the leaf column each starts at (0-based), spans resolved against the rows above. */
export function headerGrid(t: TableModel): { label: string; row: number; col: number; colspan: number; rowspan: number }[] {
  const taken = new Set<string>();
  const out: { label: string; row: number; col: number; colspan: number; rowspan: number }[] = [];
  t.header.forEach((cells, r) => {
    let c = 0;
    for (const cell of cells) {
      while (taken.has(`${r}:${c}`)) c++;
      out.push({ label: cell.label, row: r, col: c, colspan: cell.colspan, rowspan: cell.rowspan });
      for (let dr = 0; dr < cell.rowspan; dr++) for (let dc = 0; dc < cell.colspan; dc++) taken.add(`${r + dr}:${c + dc}`);
      c += cell.colspan;
    }
  });
  return out;
}
