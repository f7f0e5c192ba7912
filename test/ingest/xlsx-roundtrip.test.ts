// The reference sample's tables written as a finance office's workbook (test/support/xlsx-fixtures.ts: merged
// titles and headers, 类/款/项 columns, numeric cells '#,##0.00') read back cell for cell — one table per
// sheet and all tables on one sheet — and checked without errors; the Shanghai layout of the same data too.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import ExcelJS from 'exceljs';
import { namesForYear } from '../../src/catalog/index.ts';
import { checkDocument } from '../../src/check/check.ts';
import { documentFromWorkbook, loadWorkbook } from '../../src/ingest/xlsx/index.ts';
import { buildTables } from '../../src/tables/build.ts';
import { tableToJson, type TableModel } from '../../src/tables/table-model.ts';
import { getTemplate } from '../../src/templates/registry.ts';
import { loadSample, tablesOf } from '../support/reference.ts';
import { tablesWorkbook, writeTable } from '../support/xlsx-fixtures.ts';

const sample = loadSample();
const cover = [`${sample.meta.body.name}2025年部门预算`];

async function readBack(tables: readonly TableModel[], layout: 'sheet-per-table' | 'one-sheet', name: string) {
  const bytes = await tablesWorkbook(tables, { cover, layout });
  return documentFromWorkbook(await loadWorkbook(bytes, name), name);
}

function assertSameTables(got: readonly TableModel[], want: readonly TableModel[]) {
  assert.deepEqual(
    got.map((t) => `${t.number} ${t.key} ${t.title}`),
    want.map((t) => `${t.number} ${t.key} ${t.title}`),
  );
  for (const t of want) {
    const g = got.find((x) => x.number === t.number)!;
    assert.deepEqual(tableToJson(g), tableToJson(t), `表${t.number} ${t.title}`);
    assert.deepEqual(g.rows, t.rows, `表${t.number} rows with their levels`);
    assert.deepEqual(g.header, t.header, `表${t.number} header`);
    assert.deepEqual(g.numbering, t.numbering, `表${t.number} numbering`);
  }
}

for (const layout of ['sheet-per-table', 'one-sheet'] as const) {
  test(`xinjiang-11, ${layout}: the sample's 11 tables read back cell for cell; the checks find no error`, async () => {
    const tables = tablesOf(sample);
    const doc = await readBack(tables, layout, `sample-${layout}.xlsx`);
    assert.equal(doc.meta.template, 'xinjiang-11');
    assert.equal(doc.meta.year, 2025);
    assert.equal(doc.meta.body, sample.meta.body.name);
    assertSameTables(doc.tables, tables);
    assert.deepEqual(doc.tables.flatMap((t) => t.notes ?? []), []);
    const report = checkDocument(doc);
    assert.equal(report.summary.errors, 0, JSON.stringify(report.findings.filter((f) => f.severity === 'error').slice(0, 3)));
  });
}

test('shanghai-9, one sheet: the same data in the Shanghai layout (元, 三公 in 万元, 合计 last) reads back', async () => {
  const tables = buildTables({ ...sample, meta: { ...sample.meta, template: 'shanghai-9' } }, { names: namesForYear(2025), template: getTemplate('shanghai-9') });
  const doc = await readBack(tables, 'one-sheet', 'shanghai.xlsx');
  assert.equal(doc.meta.template, 'shanghai-9');
  assertSameTables(doc.tables, tables);
  assert.equal(checkDocument(doc).summary.errors, 0);
});

test('codes printed only where they change (款 under a blank 类), one code column, amounts as text, placeholders noted', async () => {
  const t = tablesOf(sample).find((x) => x.key === 'expenditure_summary')!;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('表3');
  ws.addRow([`${t.title}`]);
  ws.addRow([`编制部门：${t.preparer}`, '', '', '', '单位：万元']);
  ws.addRow(['科目编码', '科目名称', '合计', '基本支出', '项目支出']);
  ws.addRow(['', '总计', '1,845.57', 'XX', '586.30']);
  ws.addRow(['208', '社会保障和就业支出', 1691.96, 1105.66, '586.3']);
  ws.addRow(['20801', '人力资源和社会保障管理事务', 1.005, '', '—']);
  ws.addRow([]);
  ws.addRow(['2080101', '行政运行', 0.1 + 0.2, null, null]);
  const doc = documentFromWorkbook(await loadWorkbook(Buffer.from(await wb.xlsx.writeBuffer()), 'codes.xlsx'), 'codes.xlsx');
  const got = doc.tables[0]!;
  assert.equal(got.key, 'expenditure_summary');
  assert.deepEqual(
    got.rows.map((r) => [r.code, r.name, ...r.values]),
    [
      ['', '总计', '1845.57', '', '586.30'],
      ['208', '社会保障和就业支出', '1691.96', '1105.66', '586.30'],
      ['20801', '人力资源和社会保障管理事务', '1.01', '', ''],
      ['2080101', '行政运行', '0.30', '', ''],
    ],
  );
  assert.match(got.notes!.join('\n'), /“XX”/);

  // 类 printed once, 款 and 项 alone under it (a merged-free layout of 类/款/项 columns)
  const wb2 = new ExcelJS.Workbook();
  const ws2 = wb2.addWorksheet('表3');
  ws2.addRow([t.title]);
  ws2.addRow(['单位：万元']);
  ws2.addRow(['类', '款', '项', '功能分类科目名称', '合计', '基本支出', '项目支出']);
  ws2.addRow([208, '', '', '社会保障和就业支出', 10, 10, null]);
  ws2.addRow(['', '01', '', '人力资源和社会保障管理事务', 10, 10, null]);
  ws2.addRow(['', '', '01', '行政运行', 10, 10, null]);
  const doc2 = documentFromWorkbook(await loadWorkbook(Buffer.from(await wb2.xlsx.writeBuffer()), 'parts.xlsx'), 'parts.xlsx');
  assert.deepEqual(doc2.tables[0]!.rows.map((r) => r.code), ['208', '20801', '2080101']);
});

test('writeTable lays the title, header merges and numbering out as the table model prints them', async () => {
  const t = tablesOf(sample).find((x) => x.key === 'income_summary')!;
  const wb = new ExcelJS.Workbook();
  const next = writeTable(wb.addWorksheet('表2'), t, 1);
  const ws = wb.getWorksheet('表2')!;
  assert.equal(next, 2 + t.header.length + 1 + t.rows.length + 1);
  assert.ok(ws.getCell('B1').isMerged, 'title merged across');
  assert.equal(ws.getCell(3, 1).value, '功能分类科目编码');
  assert.equal(ws.getCell(4, 2).value, '款');
});

test('a table printed on: its header again (after "续表" or its title, on the same sheet or the next) is skipped, one table', async () => {
  const t = tablesOf(sample).find((x) => x.key === 'general_budget_basic_expenditure')!;
  const half = Math.ceil(t.rows.length / 2);
  const read = async (wb: ExcelJS.Workbook, name: string) => documentFromWorkbook(await loadWorkbook(Buffer.from(await wb.xlsx.writeBuffer()), name), name);
  // same sheet: the second part's title row replaced by "续表"
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('表6');
  const end = writeTable(ws, { ...t, rows: t.rows.slice(0, half) }, 1);
  writeTable(ws, { ...t, rows: t.rows.slice(half) }, end);
  ws.getCell(end, 1).value = '续表';
  // next sheet: the title repeated
  const wb2 = new ExcelJS.Workbook();
  writeTable(wb2.addWorksheet('表6'), { ...t, rows: t.rows.slice(0, half) }, 1);
  writeTable(wb2.addWorksheet('表6（续）'), { ...t, rows: t.rows.slice(half) }, 1);
  for (const doc of [await read(wb, 'same-sheet.xlsx'), await read(wb2, 'next-sheet.xlsx')]) {
    assert.equal(doc.tables.length, 1);
    assert.deepEqual(doc.tables[0]!.rows, t.rows);
  }
});
