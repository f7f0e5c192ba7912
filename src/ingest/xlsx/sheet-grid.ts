// A worksheet as a grid of cells with its merges resolved: every cell a merge covers knows its master (the
// top-left cell, which holds the text), so a header label spanning columns or rows is found from each of them.
import type { Worksheet } from 'exceljs';
import { cleanLine } from '../text/text-lines.ts';
import { valueNumber, valueText, type SheetCell } from './cell-value.ts';

export interface GridCell extends SheetCell {
  /** "row:col" of the merge's master (the cell itself when not merged). */
  master: string;
  /** The cell is covered by a merge and is not its master (its text is the master's). */
  covered: boolean;
  /** The text with its line breaks, when it has several lines (a paragraph of the narrative). */
  lines?: string[];
}

export interface GridRow {
  /** 1-based row number in the sheet. */
  row: number;
  /** Cells by 1-based column; columns without content are absent. */
  cells: Map<number, GridCell>;
}

export interface SheetGrid {
  name: string;
  rows: GridRow[];
}

/** The distinct texts of a row, left to right, each merge once. */
export function rowTexts(row: GridRow): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const [, cell] of [...row.cells].sort((a, b) => a[0] - b[0])) {
    if (cell.text === '' || seen.has(cell.master)) continue;
    seen.add(cell.master);
    out.push(cell.text);
  }
  return out;
}

/** The text of a row's own cells (not those a merge covers), a multi-line cell with its line breaks. */
export function rowParagraph(row: GridRow): string {
  return [...row.cells]
    .sort((a, b) => a[0] - b[0])
    .filter(([, c]) => !c.covered && c.text !== '')
    .map(([, c]) => (c.lines ?? [c.text]).join('\n'))
    .join(' ');
}

/** Reads a worksheet's non-empty rows; cells with neither text nor number are left out, as are rows left empty. */
export function sheetGrid(sheet: Worksheet): SheetGrid {
  const masters = new Map<string, string>(); // "r:c" → master "r:c"
  for (const range of (sheet.model as { merges?: string[] }).merges ?? []) {
    const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(range);
    if (!m) continue;
    const [c1, r1, c2, r2] = [colNumber(m[1]!), Number(m[2]), colNumber(m[3]!), Number(m[4])];
    for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) masters.set(`${r}:${c}`, `${r1}:${c1}`);
  }
  const byRow = new Map<number, GridRow>();
  const at = (r: number) => byRow.get(r) ?? byRow.set(r, { row: r, cells: new Map() }).get(r)!;
  sheet.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const key = `${r}:${c}`;
      if ((masters.get(key) ?? key) !== key) return; // covered cells are filled from their master below
      const number = valueNumber(cell.value);
      const lines = valueText(cell.value).split(/\r?\n/).map(cleanLine).filter(Boolean);
      const text = lines.join(' ');
      if (text === '' && number === undefined) return;
      at(r).cells.set(c, {
        text,
        ...(number !== undefined ? { number, ...(cell.numFmt ? { numFmt: cell.numFmt } : {}) } : {}),
        master: key,
        covered: false,
        ...(lines.length > 1 ? { lines } : {}),
      });
    });
  });
  // every cell a merge covers carries its master's content (whether or not the file stores the cell)
  for (const [key, master] of masters) {
    if (key === master) continue;
    const [mr, mc] = master.split(':').map(Number) as [number, number];
    const source = byRow.get(mr)?.cells.get(mc);
    if (!source) continue;
    const [r, c] = key.split(':').map(Number) as [number, number];
    at(r).cells.set(c, { ...source, covered: true });
  }
  const rows = [...byRow.values()].filter((r) => r.cells.size > 0).sort((a, b) => a.row - b.row);
  return { name: sheet.name, rows };
}

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
