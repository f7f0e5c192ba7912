// Golden tables of 2017_jiangsu_prov_high_court_budget.pdf (江苏省高级人民法院, 2017 部门预算, template
// jiangsu-12, narrative and tables in one file). Every expected value was written by reading the pages with
// `pdftotext -layout` and the rendered pages, not from the reader's output.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CheckDocument } from '../../src/check/document.ts';
import { checkDocument } from '../../src/check/check.ts';
import { documentFromPdfText } from '../../src/ingest/pdf/pdf-document.ts';
import { parsedCorpus, skipWithoutCorpus } from '../support/corpus.ts';
import { byCode, byName, byPair, table } from '../support/table-rows.ts';

const COURT = '2017_jiangsu_prov_high_court_budget.pdf';
let doc: Promise<CheckDocument> | undefined;
const read = () => (doc ??= parsedCorpus(COURT).then(documentFromPdfText));

test('2017 江苏高院: twelve tables on pp. 11–17, each once, all in 万元; the narrative in 万元', { skip: skipWithoutCorpus }, async () => {
  const d = await read();
  assert.equal(d.meta.template, 'jiangsu-12');
  assert.equal(d.meta.body, '江苏省高级人民法院');
  assert.equal(d.meta.year, 2017);
  assert.equal(d.meta.stage, 'budget');
  assert.equal(d.meta.unit, '万元');
  assert.deepEqual(
    d.tables.map((t) => [t.number, t.key, t.page, t.unit]),
    [
      [1, 'income_expenditure_summary', 11],
      [2, 'income_summary', 12],
      [3, 'expenditure_summary', 13],
      [4, 'fiscal_summary', 13],
      [5, 'fiscal_expenditure', 13],
      [6, 'fiscal_basic_expenditure', 14],
      [7, 'gov_fund_expenditure', 15],
      [8, 'general_budget_expenditure', 15],
      [9, 'general_budget_basic_expenditure', 15],
      [10, 'operating_costs', 16],
      [11, 'three_public_expenses', 17],
      [12, 'procurement', 17],
    ].map((r) => [...r, '万元']),
  );
  // 表十一's title runs to 45 characters with its year and quotes ("十一、2017 年…“三公”经费、会议费、培训费支出预算表")
  assert.equal(table(d, 11).title, '十一、2017年江苏省高级人民法院部门一般公共预算“三公”经费、会议费、培训费支出预算表');
});

test('2017 江苏高院 表一 (p. 11): 类 by name (no codes printed); blanks to the left of 四、公共安全支出; 收入合计 drawn as two touching runs', { skip: skipWithoutCorpus }, async () => {
  const t1 = table(await read(), 1);
  assert.ok(!t1.notes?.length, 'every amount placed from its position');
  assert.deepEqual(byPair(t1, '一、一般公共服务支出').values, ['28849.38', '']);
  assert.deepEqual(byPair(t1, '一、一般公共服务支出').use, { name: '一、基本支出', value: '17123.19' });
  assert.deepEqual(byPair(t1, '二、外交支出').use, { name: '二、项目支出', value: '11543.27' });
  assert.deepEqual(byPair(t1, '三、国防支出').use, { name: '三、单位预留机动经费', value: '182.92' });
  // 二、财政专户管理资金 (blank) | 四、公共安全支出 23,513.11
  const security = byPair(t1, '四、公共安全支出');
  assert.equal(security.name, '二、财政专户管理资金');
  assert.equal(security.pair?.code, '');
  assert.deepEqual(security.values, ['', '23513.11']);
  assert.deepEqual(byPair(t1, '八、社会保障和就业支出').values, ['', '2347.13']);
  assert.deepEqual(byPair(t1, '十八、住房保障支出').values, ['', '2989.14']);
  // "九、医疗卫生与计划生育支" / "出" over two lines: one 类
  assert.deepEqual(byPair(t1, '九、医疗卫生与计划生育支出').values, ['', '']);
  assert.deepEqual(byName(t1, '当年收入小计').values, ['28849.38', '28849.38']);
  // "支出合计 28,849.38" is drawn as "28" and ",849.38", touching: one amount
  assert.deepEqual(byName(t1, '收入合计').values, ['28849.38', '28849.38']);
});

test('2017 江苏高院 表三 and 表四 (p. 13): one row of totals with 结转下年资金 blank; 支出用途 beside blank income lines', { skip: skipWithoutCorpus }, async () => {
  const d = await read();
  const t3 = table(d, 3);
  assert.equal(t3.rows.length, 1);
  assert.deepEqual(t3.rows[0]!.values, ['28849.38', '17123.19', '11543.27', '182.92', '']);
  const t4 = table(d, 4);
  assert.deepEqual(byName(t4, '一、一般公共预算').values, ['28849.38', '']);
  assert.deepEqual(byName(t4, '一、一般公共预算').use, { name: '一、基本支出', value: '17123.19' });
  assert.deepEqual(byName(t4, '二、政府性基金预算').use, { name: '二、项目支出', value: '11543.27' });
  // 三、单位预留机动经费 182.92 on a line with nothing on the income side
  const reserve = t4.rows.find((r) => r.use?.name === '三、单位预留机动经费');
  assert.deepEqual([reserve?.name, reserve?.use?.value], ['', '182.92']);
  assert.deepEqual(byName(t4, '收入合计').values, ['28849.38', '28849.38']);
});

test('2017 江苏高院 表五, 表六, 表十, 表十一 (pp. 13–17): by code, and the 三公 row with 公务用车购置费 blank', { skip: skipWithoutCorpus }, async () => {
  const d = await read();
  const t5 = table(d, 5);
  assert.deepEqual(byName(t5, '合计').values, ['28849.38']);
  assert.deepEqual(byCode(t5, '2040502').values, ['6432.89']);
  assert.deepEqual(byCode(t5, '2080504').values, ['2347.13']);
  assert.deepEqual(byCode(t5, '2210202').values, ['1959.99']);
  const t6 = table(d, 6);
  assert.deepEqual(byName(t6, '合计').values, ['17123.19']);
  assert.deepEqual(byCode(t6, '301').values, ['7687.65']);
  assert.deepEqual(byCode(t6, '30309').values, ['1.90']);
  assert.deepEqual(byCode(t6, '30312').values, ['1959.99']);
  assert.equal(table(d, 7).rows.filter((r) => r.values.some((v) => v !== '')).length, 0);
  const t10 = table(d, 10);
  assert.deepEqual(byName(t10, '合计').values, ['9193.40']);
  assert.deepEqual(byCode(t10, '30299').values, ['4153.04']);
  assert.deepEqual(byCode(t10, '31002').values, ['143.40']);
  // 合计 2,599.37 | 小计 670.12 | 出国 180.00 | 车 小计 304.40 | 购置 (blank) | 运行 304.40 | 接待 185.72 | 会议 228.00 | 培训 1,701.25
  assert.deepEqual(table(d, 11).rows[0]!.values, ['2599.37', '670.12', '180.00', '304.40', '', '304.40', '185.72', '228.00', '1701.25']);
  assert.deepEqual(byName(table(d, 12), '合计').values, ['3742.40']);
});

test('yusuan check on 2017 江苏高院: only the document’s own slip, on p. 22; the empty 表七 explained as "0 万元" (p. 24)', { skip: skipWithoutCorpus }, async () => {
  const report = checkDocument(await read());
  const errors = report.findings.filter((f) => f.severity === 'error').map((f) => [f.rule, f.location.page, f.expected, f.actual]);
  assert.deepEqual(errors, [
    // "提租补贴（项）支出1959.99万元，与上年相比增加865.57万元，增长79.05%": 865.57 / (1,959.99 − 865.57) = 79.09%
    ['TXT-CHANGE', 22, '79.09', '79.05'],
  ]);
  const status = (id: string) => report.rules.find((r) => r.id === id)?.status;
  assert.equal(status('DOC-EMPTY-NOTE'), 'pass');
  // "1．公共安全（类）支出 23513.11 万元" against 表一's 四、公共安全支出, found by its name (the 2017 catalog's)
  assert.equal(status('TXT-CLASS'), 'pass');
  assert.equal(status('DOC-TABLE-TITLE'), 'pass');
});

test('2017 江苏高院: TXT-CLASS reads 表一’s 类 by name — a changed 四、公共安全支出 fails at that sentence', { skip: skipWithoutCorpus }, async () => {
  const d = structuredClone(await read());
  const line = table(d, 1).rows.find((r) => r.pair?.name === '四、公共安全支出')!;
  line.values[1] = '23513.21';
  const found = checkDocument(d).findings.filter((f) => f.rule === 'TXT-CLASS');
  assert.deepEqual(found.map((f) => [f.severity, f.location.page, f.expected, f.actual]), [['error', 19, '23,513.21', '23,513.11']]);
});
