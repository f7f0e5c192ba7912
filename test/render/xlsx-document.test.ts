// The generated workbook of the reference sample read back by yusuan's own XLSX reader: the same 11
// tables cell for cell (rows, levels, header, numbering) and no error finding; the sheets' print setup.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import ExcelJS from 'exceljs';
import { checkDocument } from '../../src/check/check.ts';
import { documentFromWorkbook, loadWorkbook } from '../../src/ingest/xlsx/index.ts';
import { assembleDocument } from '../../src/render/assemble.ts';
import { documentToXlsx } from '../../src/render/xlsx-document.ts';
import { tableToJson } from '../../src/tables/table-model.ts';
import { loadSample, tablesOf } from '../support/reference.ts';

const sample = loadSample();
const bytes = await documentToXlsx(assembleDocument(sample));

test('the sample workbook reads back as the same 11 tables and checks without errors', async () => {
  const doc = documentFromWorkbook(await loadWorkbook(bytes, 'sample.xlsx'), 'sample.xlsx');
  const want = tablesOf(sample);
  assert.equal(doc.meta.template, 'xinjiang-11');
  assert.equal(doc.meta.year, 2025);
  assert.equal(doc.meta.stage, 'budget');
  assert.equal(doc.meta.body, sample.meta.body.name);
  assert.deepEqual(doc.tables.map((t) => `${t.number} ${t.title}`), want.map((t) => `${t.number} ${t.title}`));
  for (const t of want) {
    const got = doc.tables.find((x) => x.number === t.number)!;
    assert.deepEqual(tableToJson(got), tableToJson(t), `表${t.number}`);
    assert.deepEqual(got.rows, t.rows, `表${t.number} rows with their levels`);
    assert.deepEqual(got.header, t.header, `表${t.number} header`);
    assert.deepEqual(got.numbering, t.numbering, `表${t.number} numbering`);
  }
  assert.deepEqual(doc.tables.flatMap((t) => t.notes ?? []), []);
  const report = checkDocument(doc);
  assert.equal(report.summary.errors, 0, JSON.stringify(report.findings.filter((f) => f.severity === 'error').slice(0, 3)));
});

test('one sheet per table, merged headers, amounts as numbers in #,##0.00, frozen headers, A4 fit to width', async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const names = wb.worksheets.map((w) => w.name);
  assert.equal(names[0], '封面');
  assert.equal(names.length, 12);
  assert.ok(names.every((n) => n.length <= 31));
  assert.equal(names[6], '表6 一般公共预算基本支出情况表');
  const ws = wb.getWorksheet('表6 一般公共预算基本支出情况表')!;
  assert.equal(ws.getCell('A3').value, '编制部门：昌吉回族自治州人力资源和社会保障局');
  assert.equal(ws.getCell('F3').value, '单位：万元');
  const merges = (ws.model as unknown as { merges: string[] }).merges;
  assert.ok(merges.includes('A4:C4'), merges.join(' ')); // 科目
  assert.ok(merges.includes('A5:B5'), merges.join(' ')); // 经济分类科目编码
  assert.ok(merges.includes('C5:C6'), merges.join(' ')); // 经济分类科目名称
  const total = ws.getRow(8);
  assert.equal(total.getCell(1).value, '总计');
  assert.equal(total.getCell(4).value, 1259.27);
  assert.equal(total.getCell(4).numFmt, '#,##0.00');
  assert.equal(ws.views[0]?.state, 'frozen');
  assert.equal((ws.views[0] as { ySplit?: number }).ySplit, 7);
  assert.equal(ws.pageSetup.paperSize, 9);
  assert.equal(ws.pageSetup.fitToWidth, 1);
  assert.equal(ws.pageSetup.orientation, 'portrait');
  assert.equal(ws.pageSetup.printTitlesRow, '4:7');
  assert.equal(wb.getWorksheet(names[7]!)!.pageSetup.orientation, 'landscape'); // 表7, 16 columns
});

test('other templates: the Shanghai layout reads back with no error; Jiangsu whole-code columns read back as codes', async () => {
  for (const template of ['shanghai-9', 'jiangsu-12']) {
    const d = { ...sample, meta: { ...sample.meta, template } };
    const doc = documentFromWorkbook(await loadWorkbook(await documentToXlsx(assembleDocument(d)), `${template}.xlsx`), `${template}.xlsx`);
    assert.equal(doc.meta.template, template);
    const want = tablesOf(d);
    assert.deepEqual(doc.tables.map((t) => tableToJson(t)), want.map((t) => tableToJson(t)), template);
    if (template === 'shanghai-9') assert.equal(checkDocument(doc).summary.errors, 0);
    else assert.deepEqual(doc.tables.find((t) => t.number === 10)!.rows.slice(0, 3).map((r) => r.code), ['', '302', '30201']);
  }
});
