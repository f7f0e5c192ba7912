// Golden tables of 2024_shanghai_putuo_finance_bureau_final_accounts.pdf (上海市普陀区财政局 2024 部门决算,
// national 9-table 决算 template, 万元), read from the positions on the page. Every expected value was written
// by reading the rendered pages (pdftoppm), not from the reader's output; blank cells stay "".
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CheckDocument } from '../../src/check/document.ts';
import { checkDocument } from '../../src/check/check.ts';
import { documentFromPdfText } from '../../src/ingest/pdf/pdf-document.ts';
import { sideBySideSplit } from '../../src/ingest/pdf/side-by-side.ts';
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

// 表3 prints three more columns than the template holds (上缴上级支出, 经营支出, 对附属单位补助支出, all blank
// here): the amounts are placed by the arithmetic, with a note saying so
test('2024 决算 表3 支出决算表 (pp. 10–11): 基本 and 项目 beside blanks, the blank extra columns noted', { skip: skipWithoutCorpus }, async () => {
  const t3 = table(await read(), 3);
  assert.deepEqual(byName(t3, '类款项合计').values, ['2940.05', '2336.91', '603.14']);
  assert.deepEqual(byCode(t3, '2010601').values, ['1511.89', '1503.52', '8.37']);
  assert.deepEqual(byCode(t3, '2010607').values, ['135.25', '', '135.25']);
  assert.deepEqual(byCode(t3, '208').values, ['326.72', '326.72', '']);
  assert.deepEqual(byCode(t3, '2210203').values, ['258.50', '258.50', '']);
  assert.ok(t3.notes?.some((n) => /按勾稽关系放置/.test(n)));
});

test('2024 决算 表5 (p. 15): 项目支出 beside a blank 基本支出', { skip: skipWithoutCorpus }, async () => {
  const t5 = table(await read(), 5);
  assert.deepEqual(byCode(t5, '2010601').values, ['1511.89', '1503.52', '8.37']);
  assert.deepEqual(byCode(t5, '2010602').values, ['10.00', '', '10.00']);
  assert.deepEqual(byCode(t5, '2010608').values, ['449.52', '', '449.52']);
  assert.deepEqual(byCode(t5, '2210203').values, ['258.50', '258.50', '']);
});

test('2024 决算 表1/表4: the lines under the 类 are subtotal lines (level 0); 年初财政拨款结转和结余 has its parts by fund', { skip: skipWithoutCorpus }, async () => {
  const d = await read();
  const t1 = table(d, 1);
  assert.deepEqual(
    t1.rows.filter((r) => r.level === 0).map((r) => [r.name, r.pair?.name, ...r.values]),
    [
      ['本年收入合计', '本年支出合计', '2946.25', '2940.05'],
      ['使用非财政拨款结余（含专用结余）', '结余分配', '', ''],
      ['年初结转和结余', '年末结转和结余', '49.14', '55.34'],
      ['总计', '总计', '2995.39', '2995.39'],
    ],
  );
  // p. 12: 合计 | 一般公共预算 | 政府性基金 | 国有资本经营 on the spending side, blank funds to the right
  const t4 = table(d, 4);
  assert.deepEqual(byPair(t4, '一般公共服务支出').values, ['2940.05', '2106.66', '2106.66', '', '']);
  assert.deepEqual(byPair(t4, '住房保障支出').values, ['', '445.69', '445.69', '', '']);
  assert.deepEqual(byName(t4, '年初财政拨款结转和结余').values, ['21.63', '21.63', '21.63', '', '']);
  const parts = t4.rows.filter((r) => r.level === 2);
  assert.deepEqual(parts.map((r) => [r.name, r.values[0]]), [
    ['一、一般公共预算财政拨款', '21.63'],
    ['二、政府性基金预算财政拨款', ''],
    ['三、国有资本经营预算财政拨款', ''],
  ]);
  assert.deepEqual(byName(t4, '总计').values, ['2961.68', '2961.68', '2961.68', '', '']);
});

test('2024 决算 表6 (pp. 16–17): 人员经费 left and 公用经费 right of one page read block after block, each with its 合计', { skip: skipWithoutCorpus }, async () => {
  const t6 = table(await read(), 6);
  const codes = t6.rows.map((r) => r.code || r.name);
  // the left block (301, 303) over both pages, then 人员经费合计, then the right block (302, 310)
  assert.deepEqual(codes.slice(0, 2), ['301', '30101']);
  assert.equal(codes.indexOf('人员经费合计'), codes.indexOf('30399') + 1);
  assert.equal(codes.indexOf('302'), codes.indexOf('人员经费合计') + 1);
  assert.equal(codes.at(-1), '公用经费合计');
  assert.deepEqual(byCode(t6, '301').values, ['2082.85']);
  assert.deepEqual(byCode(t6, '30102').values, ['1238.58']);
  assert.deepEqual(byCode(t6, '30103').values, ['']);
  assert.deepEqual(byCode(t6, '30309').values, ['0.31']);
  assert.deepEqual(byCode(t6, '30399').values, ['']);
  assert.deepEqual(byName(t6, '人员经费合计').values, ['2152.26']);
  assert.deepEqual(byCode(t6, '302').values, ['171.07']);
  assert.deepEqual(byCode(t6, '30201').values, ['21.21']);
  assert.deepEqual(byCode(t6, '30203').values, ['']);
  assert.deepEqual(byCode(t6, '30228').values, ['24.42']);
  assert.deepEqual(byCode(t6, '30239').values, ['48.49']);
  assert.deepEqual(byCode(t6, '31002').values, ['13.58']);
  assert.deepEqual(byName(t6, '公用经费合计').values, ['184.65']);
  assert.equal(byCode(t6, '30201').name, '办公费');
});

test('2024 决算 表7 (p. 18): 预算数 | 决算数 under each item; 0.95 budgeted in 合计 and 公务接待费, nothing spent', { skip: skipWithoutCorpus }, async () => {
  const t7 = table(await read(), 7);
  assert.deepEqual(t7.rows.map((r) => r.values), [['', '', '', '', '', '']]);
  assert.deepEqual(t7.budget, [['0.95', '', '', '', '', '0.95']]);
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

// p. 5 ends the 部门概况 with prose over a grid (the units in the 决算); p. 4 numbers the functions (一)…(十二),
// items wrapped over lines with commas inside.
test('2024 决算 narrative: the prose above p. 5’s grid of units is read (二、部门决算单位构成); numbered functions are items, not headings', { skip: skipWithoutCorpus }, async () => {
  const d = await read();
  const units = d.narrative!.filter((s) => s.section.at(-1) === '二、部门决算单位构成');
  assert.deepEqual(
    units.map((s) => s.page),
    [5, 5],
  );
  assert.equal(units[0]!.text, '从预算单位构成看，上海市普陀区财政局部门决算包括：上海市普陀区财政局本级决算、下属行政事业单位决算。');
  // the grid of units under it is read with it (the sections read the units from it)
  assert.match(units[1]!.text, /^纳入上海市普陀区财政局2024年度部门决算编制范围的单位包括：序号单位名称备注1上海市普陀区财政局（本级）/);
  const last = d.narrative!.find((s) => s.text.startsWith('（十二）'));
  assert.deepEqual([last?.page, last?.text, last?.section], [5, '（十二）完成区委、区政府交办的其他任务。', ['第一部分上海市普陀区财政局概况', '一、主要职能']]);
  assert.ok(d.narrative!.some((s) => s.text.startsWith('（三）逐步建立全面规范透明、标准科学、约束有力的预算制度，健全包括一般公共预算')));
  assert.equal(checkDocument(d).findings.find((f) => f.rule === 'DOC-SECTION-OFFICES')?.severity, undefined);
});

test('yusuan check on the 2024 决算: the one slip (表1 p. 6 326.71 for 326.72) and no other error', { skip: skipWithoutCorpus }, async () => {
  const report = checkDocument(await read());
  assert.deepEqual(
    report.findings.filter((f) => f.severity === 'error').map((f) => [f.rule, f.location.page, f.expected, f.actual]),
    [['X-SUMMARY-CLASS', 6, '326.72', '326.71']],
  );
  // the blocks' totals and this year's subtotals are checked, not skipped
  const status = new Map(report.rules.map((r) => [r.id, r.status]));
  for (const id of ['SUM-GRAND-TOTAL', 'SUM-EXPENDITURE-SIDE', 'SUM-INCOME-TOTAL', 'SUM-INCOME-LINES', 'X-GENERAL-BASIC-ECON']) assert.equal(status.get(id), 'pass', id);
});

/** The document with one printed cell changed: the rule that reads it must fail. */
async function withCell(n: number, name: string, col: number, value: string): Promise<CheckDocument> {
  const d = await read();
  return {
    ...d,
    tables: d.tables.map((t) => (t.number !== n ? t : { ...t, rows: t.rows.map((r) => (r.name !== name ? r : { ...r, values: r.values.map((v, i) => (i === col ? value : v)) })) })),
  };
}
const failing = (doc: CheckDocument) => checkDocument(doc).findings.filter((f) => f.severity === 'error').map((f) => `${f.rule}|${f.location.row ?? ''}`);

test('2024 决算: a block total, a subtotal line or a part of one changed is an error of the rule that sums it', { skip: skipWithoutCorpus }, async () => {
  assert.ok(failing(await withCell(6, '人员经费合计', 0, '2152.36')).includes('SUM-GRAND-TOTAL|人员经费合计'));
  assert.ok(failing(await withCell(1, '年初结转和结余', 0, '49.24')).some((f) => f.startsWith('SUM-INCOME-TOTAL|')));
  assert.ok(failing(await withCell(1, '本年收入合计', 1, '2940.15')).some((f) => f.startsWith('SUM-EXPENDITURE-SIDE|')));
  assert.ok(failing(await withCell(4, '年初财政拨款结转和结余', 0, '21.73')).some((f) => f.startsWith('SUM-INCOME-LINES|年初财政拨款结转和结余')));
});

test('side by side: 决算 p. 16 splits at its middle rule, p. 17 (no header) goes on with it; the two-sided 表1 (p. 6) does not split', { skip: skipWithoutCorpus }, async () => {
  const pdf = await parsedCorpus(FINAL);
  const page = (n: number) => pdf.pages.find((p) => p.number === n)!;
  const p16 = sideBySideSplit(page(16));
  assert.ok(p16);
  // between the left block's 决算数 (301 工资福利支出 2,082.85) and the right block's codes (302 商品和服务支出 171.07)
  const at = (text: string) => page(16).lines.flatMap((l) => l.items).find((i) => i.text.trim() === text)!;
  assert.ok(at('2,082.85').x + at('2,082.85').width < p16.x);
  assert.ok(at('302').x > p16.x && at('171.07').x > p16.x);
  assert.equal(sideBySideSplit(page(17), p16), p16);
  assert.equal(sideBySideSplit(page(17)), undefined);
  assert.equal(sideBySideSplit(page(6)), undefined);
  assert.equal(sideBySideSplit(page(12)), undefined);
});
