// Golden tables of 2023_shanghai_putuo_wanli_subdistrict_dept_budget.pdf (上海市普陀区人民政府万里街道办事处,
// 2023 部门预算), read from the positions on the page. Every expected value was written by reading the PDF
// (`pdftotext -layout`), not from the reader's output. This document prints whole 元 without decimals and
// "0" in some cells: the table model holds them with the template's two decimals ("2976800.00", "0.00");
// blank cells stay "".
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CheckDocument } from '../../src/check/document.ts';
import { checkDocument } from '../../src/check/check.ts';
import { documentFromPdfText } from '../../src/ingest/pdf/pdf-document.ts';
import { parsedCorpus, skipWithoutCorpus } from '../support/corpus.ts';
import { byCode, byName, byPair, table } from '../support/table-rows.ts';

const WANLI = '2023_shanghai_putuo_wanli_subdistrict_dept_budget.pdf';
let doc: Promise<CheckDocument> | undefined;
const read = () => (doc ??= parsedCorpus(WANLI).then(documentFromPdfText));

test('2023 万里街道: nine tables found once with their pages, template shanghai-9', { skip: skipWithoutCorpus }, async () => {
  const d = await read();
  assert.equal(d.meta.template, 'shanghai-9');
  assert.equal(d.meta.year, 2023);
  assert.deepEqual(
    d.tables.map((t) => [t.number, t.page, t.unit]),
    [
      [1, 10, '元'],
      [2, 11, '元'],
      [3, 15, '元'],
      [4, 19, '元'],
      [5, 20, '元'],
      [6, 24, '元'],
      [7, 25, '元'],
      [8, 26, '元'],
      [9, 28, '万元'],
    ],
  );
  assert.ok(d.tables.every((t) => !t.notes?.length), 'every amount placed from its position');
});

test('2023 万里街道 表1 (p. 10): blank income cells beside 三、科学技术支出 and 八、住房保障支出', { skip: skipWithoutCorpus }, async () => {
  const t1 = table(await read(), 1);
  assert.deepEqual(byPair(t1, '一般公共服务支出').values, ['164978640.00', '2976800.00']);
  assert.deepEqual(byPair(t1, '公共安全支出').values, ['164978640.00', '1252300.00']);
  assert.deepEqual(byPair(t1, '科学技术支出').values, ['', '100000.00']);
  assert.deepEqual(byPair(t1, '城乡社区支出').values, ['', '121319878.00']);
  assert.deepEqual(byPair(t1, '住房保障支出').values, ['', '8960694.00']);
  assert.deepEqual(byName(t1, '收入总计').values, ['164978640.00', '164978640.00']);
});

test('2023 万里街道 表3 支出预算总表 (p. 15): printed 0 in 基本支出', { skip: skipWithoutCorpus }, async () => {
  const t3 = table(await read(), 3);
  assert.deepEqual(byCode(t3, '201').values, ['2976800.00', '0.00', '2976800.00']);
  assert.deepEqual(byCode(t3, '2010506').values, ['26300.00', '0.00', '26300.00']);
  assert.deepEqual(byCode(t3, '20133').values, ['1002000.00', '0.00', '1002000.00']);
  assert.deepEqual(byCode(t3, '2040607').values, ['150000.00', '0.00', '150000.00']);
});

test('2023 万里街道 表8 (p. 26 on): 公用经费 rows with 人员经费 blank, over a page break', { skip: skipWithoutCorpus }, async () => {
  const t8 = table(await read(), 8);
  assert.deepEqual(byCode(t8, '30101').values, ['5668416.00', '5668416.00', '']);
  assert.deepEqual(byCode(t8, '30205').values, ['142500.00', '', '142500.00']);
  assert.deepEqual(byCode(t8, '30206').values, ['710000.00', '', '710000.00']);
  assert.deepEqual(byCode(t8, '30231').values, ['215600.00', '', '215600.00']);
  assert.deepEqual(byCode(t8, '30302').values, ['177480.00', '177480.00', '']);
  assert.deepEqual(byName(t8, '合计').values, ['99406297.00', '84024865.00', '15381432.00']);
});

test('2023 万里街道 表9 三公 (p. 28, 万元)', { skip: skipWithoutCorpus }, async () => {
  const t9 = table(await read(), 9);
  assert.equal(t9.rows.length, 1);
  assert.deepEqual(t9.rows[0]!.values, ['22.91', '0.00', '1.35', '21.56', '0.00', '21.56', '786.09']);
});

// The document's own slips. On page 6: "政府性基金拨款支出预算0万元，比2022年预算增加1421.25万元"
// (the sentence before says the same increase of 一般公共预算拨款), so the prior year would be −1,421.25 万元,
// and 财政拨款 (15,076.61) ≠ 一般公共预算 (15,076.61) + 政府性基金 (−1,421.25) + 国有资本经营 (0). On page 35, the goal
// table of 公共服务设施运行经费: 年度资金申请总额 10,903,043.00 but 其中：当年财政拨款 11,419,043.00
// (test/rules/performance-ingested.test.ts).
test('yusuan check on 2023 万里街道: only the document’s own slips on page 6 (政府性基金 0 万元, "增加1421.25万元") and page 35', { skip: skipWithoutCorpus }, async () => {
  const report = checkDocument(await read(), { lang: 'zh' });
  const errors = report.findings.filter((f) => f.severity === 'error');
  assert.deepEqual(
    errors.map((f) => [f.rule, f.location.page]),
    [
      ['TXT-ZERO-BASE', 6],
      ['TXT-PRIOR-CONSISTENCY', 6],
      ['PERF-FUNDS', 35],
    ],
  );
  assert.match(errors[0]!.message, /-1,421\.25/);
  assert.match(errors[1]!.message, /15,076\.61/);
});
