// The document's tables as an XLSX workbook (exceljs): a cover sheet with the title, then one sheet per
// table named "表N 短标题" — the 表N line, the title merged across the table, the 编制部门 and 单位 line, the
// header rows merged from the header's spans, the numbering row, codes in their 类/款/项 columns, total
// rows' labels merged across the code and name columns, amounts as numbers formatted '#,##0.00', blank
// cells empty. Header rows frozen and repeated on every printed page; A4, landscape where wide, fit to width.
// `yusuan check` reads the workbook back (src/ingest/xlsx) to the same tables.
import ExcelJS from 'exceljs';
import type { PublishedDocument } from './document-model.ts';
import { bodyCells, headerGrid, isWide, leafCount } from './table-cells.ts';
import type { TableModel } from '../tables/table-model.ts';

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};
const FONT = 'SimSun';

/** A sheet name Excel accepts: "表6 一般公共预算基本支出情况表", without []:*?/\ and at most 31 characters. */
export function sheetName(t: TableModel, taken: Set<string>): string {
  const base = `表${t.number} ${t.title.replace(/[[\]:*?/\\]/g, '')}`.slice(0, 31);
  let name = base;
  for (let i = 2; taken.has(name); i++) name = `${base.slice(0, 31 - String(i).length - 1)}~${i}`;
  taken.add(name);
  return name;
}

/** The decimals of the table's amounts, from its values ("1845.57" → 2). */
function numberFormat(t: TableModel): string {
  const sample = t.rows.flatMap((r) => r.values).find((v) => v !== '');
  const decimals = sample?.split('.')[1]?.length ?? 2;
  return decimals === 0 ? '#,##0' : `#,##0.${'0'.repeat(decimals)}`;
}

function writeTable(ws: ExcelJS.Worksheet, t: TableModel): void {
  const width = leafCount(t);
  const fmt = numberFormat(t);
  let r = 1;
  ws.getCell(r, 1).value = `表${t.number}`;
  ws.getCell(r, 1).font = { name: FONT, size: 10 };
  r++;
  const title = ws.getCell(r, 1);
  title.value = t.title;
  title.font = { name: FONT, size: 16, bold: true };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  if (width > 1) ws.mergeCells(r, 1, r, width);
  ws.getRow(r).height = 28;
  r++;
  ws.getCell(r, 1).value = `编制部门：${t.preparer}`;
  if (width > 2) ws.mergeCells(r, 1, r, width - 1);
  const unit = ws.getCell(r, width);
  unit.value = `单位：${t.unit}`;
  unit.alignment = { horizontal: 'right' };
  r++;
  const headTop = r;
  for (const c of headerGrid(t)) {
    const cell = ws.getCell(headTop + c.row, c.col + 1);
    cell.value = c.label;
    if (c.rowspan > 1 || c.colspan > 1) ws.mergeCells(headTop + c.row, c.col + 1, headTop + c.row + c.rowspan - 1, c.col + c.colspan);
  }
  r += t.header.length;
  if (t.numbering) {
    t.numbering.forEach((n, i) => (ws.getCell(r, i + 1).value = n));
    r++;
  }
  const headBottom = r - 1;
  for (let row = headTop; row <= headBottom; row++) {
    for (let col = 1; col <= width; col++) {
      const cell = ws.getCell(row, col);
      cell.border = THIN;
      cell.font = { name: FONT, size: 10, bold: row < headTop + t.header.length };
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    }
  }
  if (t.rows.length === 0) {
    const cell = ws.getCell(r, 1);
    cell.value = t.note ?? '';
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    if (width > 1) ws.mergeCells(r, 1, r, width);
    ws.getRow(r).height = 40;
    for (let col = 1; col <= width; col++) ws.getCell(r, col).border = THIN;
    r++;
  }
  for (const row of t.rows) {
    let col = 1;
    for (const c of bodyCells(t, row)) {
      const cell = ws.getCell(r, col);
      if (c.kind === 'amount') {
        if (c.value !== '') cell.value = Number(c.value);
        cell.numFmt = fmt;
        cell.alignment = { horizontal: 'right', vertical: 'middle' };
        col++;
        continue;
      }
      if (c.text !== '') cell.value = c.text;
      cell.alignment = { horizontal: c.colspan > 1 ? 'center' : 'left', vertical: 'middle', indent: c.indent, wrapText: true };
      if (c.colspan > 1) ws.mergeCells(r, col, r, col + c.colspan - 1);
      col += c.colspan;
    }
    for (let k = 1; k <= width; k++) {
      const cell = ws.getCell(r, k);
      cell.border = THIN;
      cell.font = { name: FONT, size: 10, bold: row.level === 0 };
    }
    r++;
  }
  // column widths: codes narrow, names wide, amounts to fit "99,999,999.99"
  const paired = t.rows.some((row) => row.pair);
  for (let k = 0; k < width; k++) {
    const label = paired ? (k % 2 === 0 ? 'name' : 'amount') : t.labelColumns[k];
    ws.getColumn(k + 1).width = label === undefined || label === 'amount' ? 14 : ['类', '款', '项'].includes(label) ? 6 : label === '项目名称' ? 30 : 32;
  }
  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: headBottom, topLeftCell: `A${headBottom + 1}`, activeCell: `A${headBottom + 1}` }];
  ws.pageSetup = {
    paperSize: 9, // A4
    orientation: isWide(t) ? 'landscape' : 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    printTitlesRow: `${headTop}:${headBottom}`,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
}

/** The workbook of the document's tables (the template's tables, in order). */
export function documentWorkbook(doc: PublishedDocument): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'yusuan';
  wb.title = doc.title;
  const cover = wb.addWorksheet('封面');
  cover.getCell(1, 1).value = doc.draft ? `${doc.title}（草稿）` : doc.title;
  cover.getCell(1, 1).font = { name: FONT, size: 20, bold: true };
  cover.getColumn(1).width = 80;
  const taken = new Set<string>(['封面']);
  for (const part of doc.parts) {
    for (const block of part.blocks) {
      if (block.kind !== 'table') continue;
      const ws = wb.addWorksheet(sheetName(block.table, taken));
      if (doc.draft) ws.headerFooter = { oddHeader: '&C&"SimSun,Bold"&20草稿', oddFooter: '&C第 &P 页' };
      else ws.headerFooter = { oddFooter: '&C第 &P 页' };
      writeTable(ws, block.table);
    }
  }
  return wb;
}

export async function documentToXlsx(doc: PublishedDocument): Promise<Buffer> {
  return Buffer.from(await documentWorkbook(doc).xlsx.writeBuffer());
}
