// Golden tables of three 2017 Jiangsu provincial department budgets (template jiangsu-12): 省政协办公厅 and
// 省委办公厅 (tables in a file of their own, narrative in another) and 省人民检察院 (one file). Every expected value
// was written by reading the pages with `pdftotext -layout` and the rendered pages, not from the reader's output.
// 表二 is a list of income by source and 表三 one row of totals in all of them (docs/templates.md).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CheckDocument } from '../../src/check/document.ts';
import { checkDocument } from '../../src/check/check.ts';
import { documentFromPdfText } from '../../src/ingest/pdf/pdf-document.ts';
import { parsedCorpus, skipWithoutCorpus } from '../support/corpus.ts';
import { byCode, byName, byPair, table } from '../support/table-rows.ts';

const docs = new Map<string, Promise<CheckDocument>>();
const read = (name: string) => {
  let d = docs.get(name);
  if (!d) docs.set(name, (d = parsedCorpus(name).then(documentFromPdfText)));
  return d;
};
const CPPCC = '2017_jiangsu_prov_cppcc_office_budget_tables.pdf';
const PARTY = '2017_jiangsu_prov_party_cttee_general_office_budget_tables.pdf';
const PROCURATORATE = '2017_jiangsu_prov_procuratorate_budget.pdf';

const KEYS = [
  'income_expenditure_summary', 'income_summary', 'expenditure_summary', 'fiscal_summary', 'fiscal_expenditure',
  'fiscal_basic_expenditure', 'gov_fund_expenditure', 'general_budget_expenditure', 'general_budget_basic_expenditure',
  'operating_costs', 'three_public_expenses', 'procurement',
];
const inventory = (d: CheckDocument) => d.tables.map((t) => [t.number, t.key, t.page, t.unit]);
const list = (d: CheckDocument) => table(d, 2).rows.map((r) => [r.name, r.values[0]]);
/** 表二 as printed: 收入总计, the groups' 小计 and their lines; blank lines are "". */
const incomeList = (total: string, general: string, special: string, other: string, otherIncome: string) => [
  ['收入总计', total],
  ['一般公共预算资金 小计', general],
  ['公共财政拨款(补助)资金', general],
  ['专项收入', ''],
  ['政府性基金 小计', ''],
  ['财政转专户管理资金 小计', special],
  ['专户管理教育收费', ''],
  ['其他非税收入', special],
  ['其他资金 小计', other],
  ['事业收入', ''],
  ['经营收入', ''],
  ['其他收入', otherIncome],
  ['债务资金(银行贷款)', ''],
  ['上年结转和结余资金 小计', ''],
  ['其中：动用上年结转和结余资金', ''],
];

test('2017 江苏政协 (tables file): twelve tables, one a page (表一 … 表十二 on pp. 1–12, 政府采购 going on to p. 13), all in 万元', { skip: skipWithoutCorpus }, async () => {
  const d = await read(CPPCC);
  assert.equal(d.meta.template, 'jiangsu-12');
  assert.equal(d.meta.body, '江苏省政协办公厅');
  assert.deepEqual(inventory(d), KEYS.map((key, i) => [i + 1, key, i + 1, '万元']));
});

test('2017 江苏政协 表一 (p. 1): blanks to the left of 八、社会保障和就业支出 1,509.72; 三、其他资金 80.00 beside a blank 类', { skip: skipWithoutCorpus }, async () => {
  const t1 = table(await read(CPPCC), 1);
  assert.deepEqual(byPair(t1, '一、一般公共服务支出').values, ['9066.79', '6543.55']);
  assert.deepEqual(byPair(t1, '五、教育支出').values, ['80.00', '']);
  assert.deepEqual(byPair(t1, '八、社会保障和就业支出').values, ['', '1509.72']);
  assert.deepEqual(byPair(t1, '十八、住房保障支出').values, ['', '1093.52']);
  assert.deepEqual(byPair(t1, '三、国防支出').use, { name: '三、单位预留机动经费', value: '106.84' });
  assert.deepEqual(byName(t1, '收入合计').values, ['9146.79', '9146.79']);
});

test('2017 江苏政协 表二 (p. 2) a list of income, 表三 (p. 3) one row: 9,146.79 = 5,916.27 + 3,123.68 + 106.84, 结转下年资金 blank', { skip: skipWithoutCorpus }, async () => {
  const d = await read(CPPCC);
  assert.deepEqual(list(d), incomeList('9146.79', '9066.79', '', '80.00', '80.00'));
  assert.deepEqual(table(d, 2).notes ?? [], []);
  assert.deepEqual(table(d, 3).columns, ['合计', '基本支出', '项目支出', '单位预留机动经费', '结转下年资金']);
  assert.deepEqual(table(d, 3).rows.map((r) => r.values), [['9146.79', '5916.27', '3123.68', '106.84', '']]);
});

test('2017 江苏政协 表九 (p. 9) and 表十 (p. 10) by economic code', { skip: skipWithoutCorpus }, async () => {
  const d = await read(CPPCC);
  const t9 = table(d, 9);
  assert.deepEqual(byName(t9, '合计').values, ['5836.27']);
  assert.deepEqual(byCode(t9, '30103').values, ['59.53']);
  assert.deepEqual(byCode(t9, '30309').values, ['0.50']);
  assert.deepEqual(byCode(t9, '30311').values, ['341.75']);
  const t10 = table(d, 10);
  assert.deepEqual(byName(t10, '合计').values, ['3348.98']);
  assert.deepEqual(byCode(t10, '30215').values, ['1094.62']);
  assert.deepEqual(byCode(t10, '310').values, ['95.00']);
});

test('2017 江苏省委办公厅 (tables file): the preparer wrapped over two lines (p. 2) does not join 表二’s title', { skip: skipWithoutCorpus }, async () => {
  const d = await read(PARTY);
  assert.deepEqual(inventory(d), KEYS.map((key, i) => [i + 1, key, i + 1, '万元']));
  assert.equal(table(d, 2).title, '收入预算总表');
  assert.deepEqual(list(d), incomeList('20849.45', '20702.25', '147.20', '', ''));
  assert.deepEqual(table(d, 3).rows.map((r) => r.values), [['20849.45', '9964.07', '10688.66', '196.72', '']]);
  const t1 = table(d, 1);
  // 二、财政专户管理资金 147.20 | 四、公共安全支出 (blank)
  assert.deepEqual(byPair(t1, '四、公共安全支出').values, ['147.20', '']);
  assert.deepEqual(byPair(t1, '八、社会保障和就业支出').values, ['', '2000.39']);
  const t5 = table(d, 5);
  assert.deepEqual(byCode(t5, '2013101').values, ['6106.99']);
  assert.deepEqual(byCode(t5, '2013102').values, ['10738.18']);
  assert.deepEqual(byCode(t5, '2210202').values, ['1235.41']);
});

test('2017 江苏检察院: tables 1–12 on pp. 10–16, several to a page, titles numbered 一、… 十二、', { skip: skipWithoutCorpus }, async () => {
  const d = await read(PROCURATORATE);
  assert.deepEqual(
    d.tables.map((t) => [t.number, t.key, t.page]),
    [[1, KEYS[0], 10], [2, KEYS[1], 11], [3, KEYS[2], 11], [4, KEYS[3], 11], [5, KEYS[4], 12], [6, KEYS[5], 12], [7, KEYS[6], 13], [8, KEYS[7], 14], [9, KEYS[8], 14], [10, KEYS[9], 15], [11, KEYS[10], 16], [12, KEYS[11], 16]],
  );
  assert.deepEqual(list(d), incomeList('17996.68', '17981.68', '', '15.00', '15.00'));
  assert.deepEqual(table(d, 3).rows.map((r) => r.values), [['17996.68', '12323.48', '5533.00', '140.20', '']]);
  const t1 = table(d, 1);
  // 一、财政拨款 17,981.68 | 一、一般公共服务支出 (blank) | 一、基本支出 12,323.48; the page number 10 under the table is no row
  assert.deepEqual(byPair(t1, '一、一般公共服务支出').values, ['17981.68', '']);
  assert.deepEqual(byPair(t1, '一、一般公共服务支出').use, { name: '一、基本支出', value: '12323.48' });
  assert.deepEqual(t1.rows.at(-1)!.values, ['17996.68', '17996.68']);
  assert.equal(t1.rows.at(-1)!.name, '收入合计');
  // 表十 机关运行经费 runs from p. 15 to p. 16 (30218 专用材料费 65.00 at the top of p. 16)
  const t10 = table(d, 10);
  assert.deepEqual(byName(t10, '合计').values, ['6032.55']);
  assert.deepEqual(byCode(t10, '30211').values, ['1070.00']);
  assert.deepEqual(byCode(t10, '30218').values, ['65.00']);
  assert.deepEqual(byCode(t10, '310').values, ['142.00']);
});

// The corpus is believed clean but for the documents' own slips; each one the checks find is named here.
const errors = async (name: string) =>
  checkDocument(await read(name)).findings.filter((f) => f.severity === 'error').map((f) => [f.rule, f.location.page, f.expected, f.actual]);

test('yusuan check on 2017 江苏政协 and 省委办公厅 tables: no errors', { skip: skipWithoutCorpus }, async () => {
  assert.deepEqual(await errors(CPPCC), []);
  // 省委办公厅 prints 表七 empty with no word why (p. 7: 合计 and nothing else); its narrative is the other file
  assert.deepEqual(await errors(PARTY), [['DOC-EMPTY-NOTE', 7, undefined, undefined]]);
});

test('yusuan check on 2017 江苏检察院: only the document’s own slips, on p. 22', { skip: skipWithoutCorpus }, async () => {
  assert.deepEqual(await errors(PROCURATORATE), [
    // "公务用车购置及运行费支出317.8万元，占“三公”经费的54.43 %": 317.80 / 584.35 = 54.39%
    ['TXT-SHARE', 22, '54.39', '54.43'],
    // "公务接待费支出156.55万元，占“三公”经费的26.72 %": 156.55 / 584.35 = 26.79%
    ['TXT-SHARE', 22, '26.79', '26.72'],
    // "机关运行经费预算支出6032.55万元，比2016年增加3401.59万元，增长129.97 %": 3,401.59 / 2,630.96 = 129.29%
    ['TXT-CHANGE', 22, '129.29', '129.97'],
  ]);
});
