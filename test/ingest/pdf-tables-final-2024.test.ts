// Golden tables of 2024_shanghai_putuo_finance_bureau_final_accounts.pdf (上海市普陀区财政局 2024 部门决算,
// national 9-table 决算 template, 万元), read from the positions on the page. Every expected value was written
// by reading the rendered pages (pdftoppm), not from the reader's output; blank cells stay "".
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CheckDocument } from '../../src/check/document.ts';
import { checkDocument } from '../../src/check/check.ts';
import { documentFromPdfText } from '../../src/ingest/pdf/pdf-document.ts';
import { parsedCorpus, skipWithoutCorpus } from '../support/corpus.ts';
import { byCode, byName, byPair, table } from '../support/table-rows.ts';

const FINAL = '2024_shanghai_putuo_finance_bureau_final_accounts.pdf';
let doc: Promise<CheckDocument> | undefined;
const read = () => (doc ??= parsedCorpus(FINAL).then(documentFromPdfText));

test('2024 普陀区财政局 决算: nine tables found once with their pages, template national-final-9', { skip: skipWithoutCorpus }, async () => {
  const d = await read();
  assert.equal(d.meta.template, 'national-final-9');
  assert.equal(d.meta.year, 2024);
  assert.equal(d.meta.stage, 'final');
  assert.equal(d.meta.body, '上海市普陀区财政局');
  assert.deepEqual(
    d.tables.map((t) => [t.number, t.key, t.page, t.unit]),
    [
      [1, 'income_expenditure_summary', 6, '万元'],
      [2, 'income_summary', 8, '万元'],
      [3, 'expenditure_summary', 10, '万元'],
      [4, 'fiscal_summary', 12, '万元'],
      [5, 'general_budget_expenditure', 15, '万元'],
      [6, 'general_budget_basic_expenditure', 16, '万元'],
      [7, 'three_public_expenses', 18, '万元'],
      [8, 'gov_fund_expenditure', 19, '万元'],
      [9, 'state_capital_expenditure', 20, '万元'],
    ],
  );
});

test('2024 决算 表1 (pp. 6–7): blank income beside 九、卫生健康支出; 本年收入合计 and 年初结转和结余 beside the spending side', { skip: skipWithoutCorpus }, async () => {
  const t1 = table(await read(), 1);
  assert.deepEqual(byPair(t1, '一般公共服务支出').values, ['2940.05', '2106.66']);
  assert.deepEqual(byPair(t1, '社会保障和就业支出').values, ['6.20', '326.71']);
  assert.deepEqual(byPair(t1, '卫生健康支出').values, ['', '60.99']);
  assert.deepEqual(byPair(t1, '住房保障支出').values, ['', '445.69']);
  // one printed line holding both sides' labels and amounts, no 类 code between them
  assert.deepEqual(byName(t1, '本年收入合计').values, ['2946.25', '2940.05']);
  assert.deepEqual(byName(t1, '年初结转和结余').values, ['49.14', '55.34']);
  assert.deepEqual(byName(t1, '总计').values, ['2995.39', '2995.39']);
});

test('2024 决算 表2 收入决算表 (p. 8): 其他收入 with four blank columns to its left', { skip: skipWithoutCorpus }, async () => {
  const t2 = table(await read(), 2);
  assert.deepEqual(byCode(t2, '2010601').values, ['1511.90', '1511.89', '', '', '', '', '0.01']);
  assert.deepEqual(byCode(t2, '2010602').values, ['16.19', '10.00', '', '', '', '', '6.19']);
  assert.deepEqual(byCode(t2, '2080505').values, ['160.75', '160.75', '', '', '', '', '']);
  assert.deepEqual(byCode(t2, '208').values, ['326.72', '326.72', '', '', '', '', '']);
});

test('2024 决算 表5 (p. 15): 项目支出 beside a blank 基本支出', { skip: skipWithoutCorpus }, async () => {
  const t5 = table(await read(), 5);
  assert.deepEqual(byCode(t5, '2010601').values, ['1511.89', '1503.52', '8.37']);
  assert.deepEqual(byCode(t5, '2010602').values, ['10.00', '', '10.00']);
  assert.deepEqual(byCode(t5, '2010608').values, ['449.52', '', '449.52']);
  assert.deepEqual(byCode(t5, '2210203').values, ['258.50', '258.50', '']);
});

// A disagreement in the document itself: 表1 (p. 6) prints 八、社会保障和就业支出 326.71 万元 while 表3 支出决算表
// (p. 10) and 表5 (p. 15) print 208 社会保障和就业支出 326.72 (表1's 类 add up to its 本年支出合计 2,940.05 with 326.71).
test('yusuan check on the 2024 决算: 表1 p. 6 社会保障和就业支出 326.71 against 表3 p. 10 208 326.72', { skip: skipWithoutCorpus }, async () => {
  const report = checkDocument(await read(), { lang: 'zh' });
  const slip = report.findings.filter((f) => f.severity === 'error' && f.rule === 'X-SUMMARY-CLASS' && /326\.71/.test(f.message));
  assert.equal(slip.length, 1);
  assert.equal(slip[0]!.location.page, 6);
  assert.match(slip[0]!.message, /326\.72/);
});
