// Golden tables of the two 2025 Shanghai PDFs (上海市普陀区人民政府办公室, 部门预算 and 单位预算), read from the
// positions on the page. Every expected value below was written by reading the PDF itself (pages rendered
// with `pdftoppm -png -r 80` and `pdftotext -layout`), not from the reader's output: many rows have blank
// cells to the left of printed ones (项目支出 only, 公用经费 only, a two-sided line whose income side is blank),
// which a reader counting non-empty cells gets wrong. Values are the table model's: the table's unit, two
// decimals, no grouping, "" for a blank cell.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CheckDocument } from '../../src/check/document.ts';
import { checkDocument } from '../../src/check/check.ts';
import { documentFromPdfText, type PdfCheckTable } from '../../src/ingest/pdf/pdf-document.ts';
import { parsedCorpus, skipWithoutCorpus } from '../support/corpus.ts';
import { byCode, byName, byPair, table } from '../support/table-rows.ts';

const DEPT = '2025_shanghai_putuo_district_govt_office_dept_budget.pdf';
const UNIT = '2025_shanghai_putuo_district_govt_office_unit_budget.pdf';

const docs = new Map<string, Promise<CheckDocument>>();
const read = (name: string) => {
  if (!docs.has(name)) docs.set(name, parsedCorpus(name).then(documentFromPdfText));
  return docs.get(name)!;
};

test('2025 部门预算: nine tables found once, template shanghai-9, pages and units as printed', { skip: skipWithoutCorpus }, async () => {
  const doc = await read(DEPT);
  assert.equal(doc.meta.template, 'shanghai-9');
  assert.equal(doc.meta.body, '上海市普陀区人民政府办公室');
  assert.deepEqual(
    doc.tables.map((t) => [t.number, t.key, t.unit, t.page]),
    [
      [1, 'income_expenditure_summary', '元', 8],
      [2, 'income_summary', '元', 9],
      [3, 'expenditure_summary', '元', 11],
      [4, 'fiscal_summary', '元', 13],
      [5, 'general_budget_expenditure', '元', 14],
      [6, 'gov_fund_expenditure', '元', 16],
      [7, 'state_capital_expenditure', '元', 17],
      [8, 'general_budget_basic_expenditure', '元', 18],
      [9, 'three_public_expenses', '万元', 20],
    ],
  );
  assert.ok(doc.tables.every((t) => !t.notes?.length), 'every amount placed from its position');
});

test('2025 部门预算 表1 财务收支预算总表 (p. 8): the blank income cell beside 三、卫生健康支出', { skip: skipWithoutCorpus }, async () => {
  const t1 = table(await read(DEPT), 1);
  assert.deepEqual(byPair(t1, '一般公共服务支出').values, ['91016775.35', '82096797.42']);
  assert.deepEqual(byPair(t1, '社会保障和就业支出').values, ['91016775.35', '4213779.28']);
  assert.deepEqual(byPair(t1, '卫生健康支出').values, ['', '1097073.43']);
  assert.deepEqual(byPair(t1, '住房保障支出').values, ['', '3609125.22']);
  assert.deepEqual(byName(t1, '收入总计').values, ['91016775.35', '91016775.35']);
});

test('2025 部门预算 表3 支出预算总表 (p. 11): 项目支出 with 基本支出 blank, and the reverse', { skip: skipWithoutCorpus }, async () => {
  const t3 = table(await read(DEPT), 3);
  assert.deepEqual(byCode(t3, '2010301').values, ['12029501.84', '11919501.84', '110000.00']);
  assert.deepEqual(byCode(t3, '2010302').values, ['46140000.00', '', '46140000.00']);
  assert.deepEqual(byCode(t3, '2010399').values, ['20120000.00', '', '20120000.00']);
  assert.deepEqual(byCode(t3, '208').values, ['4213779.28', '4213779.28', '']);
  assert.deepEqual(byCode(t3, '2210203').values, ['1867680.00', '1867680.00', '']);
  assert.deepEqual(byName(t3, '合计').values, ['91016775.35', '24606775.35', '66410000.00']);
});

test('2025 部门预算 表4 财政拨款收支预算总表 (p. 13): blank income lines, blank fund columns', { skip: skipWithoutCorpus }, async () => {
  const t4 = table(await read(DEPT), 4);
  assert.deepEqual(byPair(t4, '一般公共服务支出').values, ['91016775.35', '82096797.42', '82096797.42', '', '']);
  assert.deepEqual(byPair(t4, '社会保障和就业支出').values, ['', '4213779.28', '4213779.28', '', '']);
  assert.deepEqual(byPair(t4, '住房保障支出').values, ['', '3609125.22', '3609125.22', '', '']);
  assert.deepEqual(byName(t4, '收入总计').values, ['91016775.35', '91016775.35', '91016775.35', '', '']);
});

test('2025 部门预算 表8 基本支出经济分类 (p. 18): 公用经费 rows with 人员经费 blank', { skip: skipWithoutCorpus }, async () => {
  const t8 = table(await read(DEPT), 8);
  assert.deepEqual(byCode(t8, '30101').values, ['2540192.00', '2540192.00', '']);
  assert.deepEqual(byCode(t8, '302').values, ['1932777.54', '', '1932777.54']);
  assert.deepEqual(byCode(t8, '30201').values, ['259400.00', '', '259400.00']);
  assert.deepEqual(byCode(t8, '30299').values, ['204820.00', '', '204820.00']);
  assert.deepEqual(byCode(t8, '30302').values, ['1188720.00', '1188720.00', '']);
  assert.deepEqual(byCode(t8, '31002').values, ['200000.00', '', '200000.00']);
  assert.deepEqual(byName(t8, '合计').values, ['24606775.35', '22473997.81', '2132777.54']);
});

test('2025 部门预算 表9 三公 (p. 20, 万元): 机关运行经费 after three blank 公务用车 cells', { skip: skipWithoutCorpus }, async () => {
  const t9 = table(await read(DEPT), 9);
  assert.equal(t9.rows.length, 1);
  assert.deepEqual(t9.rows[0]!.values, ['867.50', '839.00', '28.50', '', '', '', '213.28']);
});

test('2025 部门预算: each placed value has its page and box', { skip: skipWithoutCorpus }, async () => {
  const t9 = table(await read(DEPT), 9) as PdfCheckTable;
  const src = t9.sources?.[0]?.[6];
  assert.equal(src?.page, 20);
  assert.ok(src && src.bbox.x > 600 && src.bbox.width > 0, 'the 机关运行经费 cell is at the right of the page');
  assert.equal(t9.sources?.[0]?.[3], undefined, 'a blank cell has no source');
});

test('2025 单位预算: template shanghai-9-unit, nine tables', { skip: skipWithoutCorpus }, async () => {
  const doc = await read(UNIT);
  assert.equal(doc.meta.template, 'shanghai-9-unit');
  assert.equal(doc.meta.scope, 'unit');
  assert.deepEqual(
    doc.tables.map((t) => t.number),
    [1, 2, 3, 4, 5, 6, 7, 8, 9],
  );
  assert.equal(table(doc, 1).page, 8);
  assert.equal(table(doc, 9).unit, '万元');
  assert.ok(doc.tables.every((t) => !t.notes?.length), 'every amount placed from its position');
});

test('2025 单位预算 表1 (p. 8): 合计 / 人员经费 / 公用经费 / 项目支出, blanks on both sides', { skip: skipWithoutCorpus }, async () => {
  const t1 = table(await read(UNIT), 1);
  assert.deepEqual(t1.columns.length, 5);
  assert.deepEqual(byPair(t1, '一般公共服务支出').values, ['91016775.35', '82096797.42', '13819399.88', '1867397.54', '66410000.00']);
  assert.deepEqual(byPair(t1, '社会保障和就业支出').values, ['91016775.35', '4213779.28', '3948399.28', '265380.00', '']);
  assert.deepEqual(byPair(t1, '卫生健康支出').values, ['', '1097073.43', '1097073.43', '', '']);
  assert.deepEqual(byName(t1, '收入总计').values, ['91016775.35', '91016775.35', '22473997.81', '2132777.54', '66410000.00']);
});

test('2025 单位预算 表2 收入预算总表 (p. 9): a name over two lines; the blank income columns', { skip: skipWithoutCorpus }, async () => {
  const t2 = table(await read(UNIT), 2);
  const row = byCode(t2, '2010399');
  assert.equal(row.name, '其他政府办公厅（室）及相关机构事务支出');
  assert.deepEqual(row.values, ['20120000.00', '20120000.00', '', '', '']);
  assert.deepEqual(byCode(t2, '2080506').values, ['881579.76', '881579.76', '', '', '']);
  assert.deepEqual(byName(t2, '合计').values, ['91016775.35', '91016775.35', '', '', '']);
});

test('2025 单位预算 表8 (p. 17 on): 公用经费 rows; 表9 三公', { skip: skipWithoutCorpus }, async () => {
  const doc = await read(UNIT);
  const t8 = table(doc, 8);
  assert.deepEqual(byCode(t8, '30201').values, ['259400.00', '', '259400.00']);
  assert.deepEqual(byCode(t8, '30102').values, ['9572367.00', '9572367.00', '']);
  assert.deepEqual(byName(t8, '合计').values, ['24606775.35', '22473997.81', '2132777.54']);
  assert.deepEqual(table(doc, 9).rows[0]!.values, ['867.50', '839.00', '28.50', '', '', '', '213.28']);
});

test('yusuan check on both 2025 PDFs: no errors (the documents agree with themselves)', { skip: skipWithoutCorpus }, async () => {
  for (const name of [DEPT, UNIT]) {
    const report = checkDocument(await read(name), { lang: 'zh' });
    assert.equal(report.summary.errors, 0, `${name}: ${JSON.stringify(report.findings.filter((f) => f.severity === 'error'))}`);
  }
});
