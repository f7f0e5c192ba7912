// Importing an official edition from a CSV or XLSX file the user supplies.
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import ExcelJS from 'exceljs';
import { Catalog } from './catalog.ts';
import type { CatalogKind } from './classification.ts';
import { parseCsv, CsvSyntaxError } from './csv.ts';
import { CatalogImportError } from './import-error.ts';
import { entriesFromTable, type TableRow } from './sheet.ts';

function fail(file: string, text: string, row?: number): never {
  throw new CatalogImportError([row === undefined ? { file, text } : { file, row, text }]);
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** UTF-8 (with or without BOM); files that are not valid UTF-8 are read as GB18030 (Excel's 中文 CSV). */
export function decodeCsvBytes(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

async function readBytes(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') fail(path, '文件不存在 (file not found)');
    return fail(path, `无法读取文件 (cannot read file: ${reason(error)})`);
  }
}

async function readCsvRows(path: string): Promise<TableRow[]> {
  const text = decodeCsvBytes(await readBytes(path));
  try {
    return parseCsv(text).map((cells, index) => ({ row: index + 1, cells }));
  } catch (error) {
    if (error instanceof CsvSyntaxError) fail(path, error.message, error.line);
    throw error;
  }
}

async function readXlsxRows(path: string): Promise<TableRow[]> {
  const bytes = await readBytes(path);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch (error) {
    if (error instanceof CatalogImportError) throw error;
    fail(path, `无法读取 XLSX 文件 (cannot read XLSX: ${reason(error)})`);
  }
  const sheet = workbook.worksheets[0];
  if (sheet === undefined) fail(path, '工作簿没有工作表 (workbook has no worksheet)');
  const rows: TableRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: string[] = [];
    for (let column = 1; column <= row.cellCount; column += 1) cells.push(row.getCell(column).text ?? '');
    rows.push({ row: number, cells });
  });
  return rows;
}

/**
 * Loads an official edition from a .csv or .xlsx file (first worksheet). Columns: code, name
 * (or 科目编码/编码, 科目名称/名称), optional level and parent. Entries get confidence 'official'.
 * Throws CatalogImportError whose message names the file, row and field of every problem.
 */
export async function importCatalogFile(path: string, kind: CatalogKind, edition: string): Promise<Catalog> {
  const extension = extname(path).toLowerCase();
  let rows: TableRow[];
  if (extension === '.csv') rows = await readCsvRows(path);
  else if (extension === '.xlsx') rows = await readXlsxRows(path);
  else fail(path, `不支持的文件类型 "${extension}"，请使用 .csv 或 .xlsx (unsupported file type)`);
  const entries = entriesFromTable(rows, { file: path, kind, confidence: 'official' });
  return new Catalog(kind, edition, entries.map(({ entry }) => entry));
}
