// Workbooks of disclosure tables written the way a finance office lays them out: the title merged across
// the table, the 编制部门 / 单位 line, the header rows with their merges (from the table's header spans), the
// numbering row where the template prints one, codes in 类/款/项 columns (类 a number, 款/项 text with their
// leading zeros), total rows' labels merged across the code and name columns, amounts as numeric cells
// formatted '#,##0.00', blank cells left empty, an empty table's note merged across under its header.
import ExcelJS from 'exceljs';
import { leafSlots } from '../../src/ingest/xlsx/index.ts';
import type { TableModel, TableRow } from '../../src/tables/table-model.ts';

const CODE_PART: Record<string, [number, number]> = { 类: [0, 3], 款: [3, 5], 项: [5, 7] };

/** The text of label column k of a row. */
function labelText(t: TableModel, row: TableRow, k: number): string | number {
  const label = t.labelColumns[k]!;
  if (row.pair) return k === 0 ? row.name : `${row.pair.code} ${row.pair.name}`.trim();
  const part = CODE_PART[label];
  if (part) {
    const text = row.code.slice(...part);
    return label === '类' && text ? Number(text) : text;
  }
  if (label === '项目名称') return row.project ?? '';
  return row.name;
}

/** Writes one table at `top` (1-based row); returns the next free row. */
export function writeTable(ws: ExcelJS.Worksheet, t: TableModel, top: number): number {
  const width = t.labelColumns.length + t.columns.length;
  let r = top;
  ws.getCell(r, 1).value = t.title;
  if (width > 1) ws.mergeCells(r, 1, r, width);
  r++;
  ws.getCell(r, 1).value = `编制部门：${t.preparer}`;
  if (width > 2) ws.mergeCells(r, 1, r, width - 1);
  ws.getCell(r, width).value = `单位：${t.unit}`;
  r++;
  // header rows: each cell at the first free column of its row, spanning its colspan and rowspan
  const taken = new Set<string>();
  t.header.forEach((cells, i) => {
    let c = 1;
    for (const cell of cells) {
      while (taken.has(`${r + i}:${c}`)) c++;
      ws.getCell(r + i, c).value = cell.label;
      for (let dr = 0; dr < cell.rowspan; dr++) for (let dc = 0; dc < cell.colspan; dc++) taken.add(`${r + i + dr}:${c + dc}`);
      if (cell.rowspan > 1 || cell.colspan > 1) ws.mergeCells(r + i, c, r + i + cell.rowspan - 1, c + cell.colspan - 1);
      c += cell.colspan;
    }
  });
  r += t.header.length;
  if (t.numbering) {
    t.numbering.forEach((n, i) => (ws.getCell(r, i + 1).value = n));
    r++;
  }
  if (t.rows.length === 0 && t.note !== undefined) {
    ws.getCell(r, 1).value = t.note;
    if (width > 1) ws.mergeCells(r, 1, r, width);
    return r + 1;
  }
  const slots = leafSlots(width, t.labelColumns.length, t.rows.some((row) => row.pair));
  const codeColumns = t.labelColumns.filter((l) => l in CODE_PART).length;
  for (const row of t.rows) {
    slots.forEach((slot, i) => {
      const cell = ws.getCell(r, i + 1);
      if (slot.kind === 'label') {
        const text = labelText(t, row, slot.index);
        if (text !== '') cell.value = text;
      } else if (row.values[slot.index] !== '') {
        cell.value = Number(row.values[slot.index]);
        cell.numFmt = '#,##0.00';
      }
    });
    // a total row: its label merged across the code columns and the name column
    if (!row.pair && row.code === '' && row.level === 0 && codeColumns > 0) {
      ws.getCell(r, 1).value = row.name;
      for (let c = 2; c <= codeColumns + 1; c++) ws.getCell(r, c).value = null;
      ws.mergeCells(r, 1, r, codeColumns + 1);
    }
    r++;
  }
  return r;
}

/** A workbook with a cover sheet and the tables: one per sheet, or all on one sheet two rows apart. */
export async function tablesWorkbook(tables: readonly TableModel[], options: { cover?: string[]; layout: 'sheet-per-table' | 'one-sheet' }): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  if (options.cover?.length) {
    const cover = wb.addWorksheet('封面');
    options.cover.forEach((line, i) => (cover.getCell(i + 1, 1).value = line));
  }
  if (options.layout === 'one-sheet') {
    const ws = wb.addWorksheet('预算公开表');
    let r = 1;
    for (const t of tables) r = writeTable(ws, t, r) + 2;
  } else {
    for (const t of tables) writeTable(wb.addWorksheet(`表${t.number}`), t, 1);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
