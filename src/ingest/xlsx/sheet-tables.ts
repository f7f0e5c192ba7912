// The tables of a worksheet: one or several, cut at their title rows; each read into its title, 编制部门 and
// unit, header rows (merges resolved into each column's path of labels, top to bottom) and body rows.
import type { MoneyUnit } from '../../model/money.ts';
import { preparerAndUnit } from '../text/table-block.ts';
import { rowTexts, type GridCell, type GridRow, type SheetGrid } from './sheet-grid.ts';

export interface SheetTable {
  sheet: string;
  /** Row of the title in the sheet. */
  row: number;
  title: string;
  /** "表 N" printed above or before the title. */
  marker?: number;
  preparer: string;
  unit?: MoneyUnit;
  /** Rows between the 编制部门/unit line and the body (the header), and the body. */
  rest: GridRow[];
}

/** Labels compared as printed: compatibility forms folded (full-width brackets), spaces and line breaks gone. */
export const norm = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').replace(/[“”"'‘’]/g, '');

const CONTINUED = /^[(（]?续(上)?表[)）]?$/;
const MARKER = /^附?表\s*(\d{1,2})[.、:：\s]*(.*)$/;

/**
 * Cuts a sheet into tables. A title row prints one text (usually merged across the table) that `isTitle`
 * recognises, or that a 编制部门/单位 line follows. Rows before the first title are not a table's.
 */
export function sheetTables(grid: SheetGrid, isTitle: (text: string) => boolean): { tables: SheetTable[]; before: GridRow[] } {
  const tables: SheetTable[] = [];
  const before: GridRow[] = [];
  const rows = grid.rows;
  let marker: number | undefined;
  for (let i = 0; i < rows.length; i++) {
    const texts = rowTexts(rows[i]!);
    const only = texts.length === 1 ? texts[0]! : undefined;
    const m = only !== undefined ? MARKER.exec(only) : undefined;
    if (m && m[2] === '') {
      marker = Number(m[1]);
      continue;
    }
    const title = m ? m[2]! : only;
    const next = rows[i + 1];
    const metaFollows = next !== undefined && preparerAndUnit(rowTexts(next).join(' ')) !== undefined;
    if (title !== undefined && !/[。；]$/.test(title) && !CONTINUED.test(title) && (isTitle(title) || metaFollows) && preparerAndUnit(title) === undefined) {
      tables.push({ sheet: grid.name, row: rows[i]!.row, title, ...(m ? { marker: Number(m[1]) } : marker !== undefined ? { marker } : {}), preparer: '', rest: [] });
      marker = undefined;
      continue;
    }
    const table = tables.at(-1);
    if (!table) {
      before.push(rows[i]!);
      continue;
    }
    // the preparer and the unit: one line or two, right under the title
    const found = table.rest.length === 0 ? preparerAndUnit(texts.join(' ')) : undefined;
    if (found && (table.preparer === '' || table.unit === undefined)) {
      table.preparer ||= found.preparer ?? '';
      table.unit ??= found.unit;
      continue;
    }
    table.rest.push(rows[i]!);
  }
  return { tables, before };
}

/** The numbering row under a header ("※ ※ 1 2 3"). */
export const isNumbering = (row: GridRow) => {
  const texts = [...row.cells.values()].filter((c) => !c.covered).map((c) => c.text);
  return texts[0] === '※' && texts.every((t) => /^(※|\d+)$/.test(t));
};

/** A column's labels down the header rows, each merge once, empty cells skipped. */
export function columnPath(header: readonly GridRow[], col: number): string[] {
  const out: string[] = [];
  let last = '';
  for (const row of header) {
    const cell = row.cells.get(col);
    if (!cell || cell.text === '' || cell.master === last) continue;
    last = cell.master;
    out.push(cell.text);
  }
  return out;
}

/** The cell a row has at a column, if it is the master of its merge (covered cells repeat their master). */
export const ownCell = (row: GridRow, col: number): GridCell | undefined => {
  const cell = row.cells.get(col);
  return cell && !cell.covered ? cell : undefined;
};
