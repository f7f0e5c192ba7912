// Reading a disclosure published as an XLSX workbook into the document the checks read: its tables found on
// every sheet (one per sheet or several, cut at their titles) and recognised by title as the text reader does,
// the workbook's other sheets (cover, 说明) read as its narrative. A workbook has no pages: pages stay unknown.
import { readFile, stat } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { CheckDocument, CheckTable } from '../../check/document.ts';
import { listTemplates } from '../../templates/registry.ts';
import { IngestError } from '../ingest-error.ts';
import { sentencesOf } from '../narrative-text.ts';
import { sectionsPart } from '../sections/sections.ts';
import { checkMeta, documentMeta } from '../text/document-meta.ts';
import { chooseTemplate, specForTitle } from '../text/recognise.ts';
import { readTable } from './read-table.ts';
import { rowParagraph, sheetGrid } from './sheet-grid.ts';
import { sheetTables, type SheetTable } from './sheet-tables.ts';

/** Largest workbook read (bytes); larger files end with 'too_large'. */
export const MAX_XLSX_BYTES = 50 * 1024 * 1024;

const fail = (file: string, problem: ConstructorParameters<typeof IngestError>[1], zh: string, en: string): never => {
  throw new IngestError(file, problem, zh, en);
};

/** Loads the workbook's bytes; what is not an XLSX workbook (or is empty, or corrupt) is an IngestError naming the file. */
export async function loadWorkbook(bytes: Uint8Array, file: string): Promise<ExcelJS.Workbook> {
  if (bytes.length === 0) fail(file, 'empty', '文件为空', 'the file is empty');
  const head = Buffer.from(bytes.subarray(0, 8));
  if (head.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) {
    fail(file, 'not_xlsx', '这是旧版 Excel（.xls）文件，请另存为 .xlsx', 'an old Excel .xls file: save it as .xlsx');
  }
  if (!head.subarray(0, 2).equals(Buffer.from('PK'))) fail(file, 'not_xlsx', '不是 XLSX 工作簿', 'not an XLSX workbook');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch (err) {
    fail(file, 'corrupt', `工作簿已损坏，无法读取（${err instanceof Error ? err.message : String(err)}）`, 'the workbook is corrupt');
  }
  return workbook;
}

/** The document a workbook publishes. */
export function documentFromWorkbook(workbook: ExcelJS.Workbook, path: string): CheckDocument {
  const templates = listTemplates();
  const isTitle = (t: string) => t.length <= 40 && templates.some((tpl) => specForTitle(tpl, t) !== undefined);
  const found: SheetTable[] = [];
  const textLines: string[] = [];
  const aboveTables: string[] = []; // a cover line above a sheet's tables says what the document is

  for (const sheet of workbook.worksheets) {
    const grid = sheetGrid(sheet);
    const { tables, before } = sheetTables(grid, isTitle);
    for (const t of tables.filter((x) => x.rest.length > 0)) {
      // the same title again right after (a long table printed on, on this sheet or the next): one table,
      // its repeated header skipped when read
      const last = found.at(-1);
      if (last && last.title === t.title) last.rest.push(...t.rest);
      else found.push(t);
    }
    // a sheet without tables is narrative (cover, 说明); text above a sheet's tables is not
    if (tables.length === 0) for (const row of grid.rows) textLines.push(rowParagraph(row));
    else for (const row of before) aboveTables.push(rowParagraph(row));
  }
  if (found.length === 0) fail(path, 'no_tables', '工作簿中没有可识别的公开表（没有表名和“编制部门/单位”行）', 'no disclosure tables found in the workbook');

  const narrativeText = textLines.filter(Boolean).join('\n');
  const said = [...aboveTables, ...textLines].filter(Boolean).join('\n');
  const meta = documentMeta([{ number: 0, heading: '', lines: said.split('\n').map((text, i) => ({ text, line: i + 1 })) }], found);
  const choice = chooseTemplate(
    found.map((t) => t.title),
    templates,
    meta.stage,
    meta.body,
  );
  const tables: CheckTable[] = found.map((st, i) =>
    readTable(st, choice.matches[i], {
      number: st.marker ?? choice.matches[i]?.spec.number ?? i + 1,
      body: meta.body,
      unit: choice.template?.unit ?? '万元',
      decimals: choice.template?.decimals ?? 2,
    }),
  );
  // a narrative is there when some sheet says something in sentences (a cover alone is none)
  const narrative = /[。；]/.test(narrativeText) ? sentencesOf(narrativeText) : [];
  return {
    meta: checkMeta(meta, path, choice.template?.id, narrativeText),
    ...(choice.template ? { template: choice.template } : {}),
    tables,
    ...(narrative.length ? { narrative } : {}),
    ...sectionsPart(narrative),
  };
}

/** Reads an XLSX workbook of disclosure tables; a file that cannot be read is an IngestError naming it. */
export async function readXlsxDocument(path: string, options: { maxBytes?: number } = {}): Promise<CheckDocument> {
  let bytes: Buffer;
  try {
    const size = (await stat(path)).size;
    if (size > (options.maxBytes ?? MAX_XLSX_BYTES)) fail(path, 'too_large', `文件过大（${size} 字节）`, `the file is too large (${size} bytes)`);
    bytes = await readFile(path);
  } catch (err) {
    if (err instanceof IngestError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    return fail(path, 'unreadable', code === 'ENOENT' ? '文件不存在' : `无法读取（${code ?? String(err)}）`, code === 'ENOENT' ? 'file not found' : 'cannot read the file');
  }
  return documentFromWorkbook(await loadWorkbook(bytes, path), path);
}
