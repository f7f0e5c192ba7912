// Family 1 — sums inside a table: each rule passes on the reference document and fails on a broken copy.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkDocument } from '../../src/check/check.ts';
import { documentFromDisclosure } from '../../src/check/from-disclosure.ts';
import { ruleById } from '../../src/rules/registry.ts';
import { loadSample, SAMPLE_PATH } from '../support/reference.ts';
import { documentFromPdfText } from '../../src/ingest/pdf/pdf-document.ts';
import { parsedCorpus, skipWithoutCorpus } from '../support/corpus.ts';
import { errorsOf, referenceDocument, runOne, shanghaiDocument, withCell } from '../support/check.ts';

const doc = referenceDocument();
const rule = (id: string) => ruleById(id)!;

test('SUM-CLASS: 208 prints 1,691.96 over 款 adding to 1,691.95 — a rounding trace (info), not an error', () => {
  const { result, findings } = runOne(rule('SUM-CLASS'), doc);
  assert.equal(result.status, 'pass');
  assert.deepEqual(errorsOf(findings), []);
  const trace = findings.find((f) => f.location.table === 2 && f.location.row === '208 社会保障和就业支出' && f.location.column === '总计');
  assert.ok(trace, 'the 208 rounding trace is reported');
  assert.equal(trace.severity, 'info');
  assert.deepEqual([trace.actual, trace.expected, trace.difference], ['1,691.96', '1,691.95', '0.01']);
});

test('SUM-CLASS: the basic column of 208 (1,105.66 over 929.37 + 176.28) is the 1,259.27/1,259.26 trace, info', () => {
  const { findings } = runOne(rule('SUM-CLASS'), doc);
  const trace = findings.find((f) => f.location.table === 3 && f.location.column === '基本支出');
  assert.deepEqual([trace?.severity, trace?.actual, trace?.expected], ['info', '1,105.66', '1,105.65']);
});

test('SUM-CLASS: a 类 that its 款 do not add up to is an error naming table, row and column', () => {
  const broken = withCell(doc, 'expenditure_summary', '210', 0, '62.12');
  const { result, findings } = runOne(rule('SUM-CLASS'), broken);
  assert.equal(result.status, 'fail');
  const [error] = errorsOf(findings);
  assert.deepEqual(error!.location, { table: 3, key: 'expenditure_summary', row: '210 卫生健康支出', column: '合计' });
  assert.deepEqual([error!.actual, error!.expected, error!.difference], ['62.12', '61.12', '1.00']);
});

test('SUM-CLASS: 0.02 beyond what rounding explains is an error, however small', () => {
  // 221 has one 款 (92.49): a single addend explains no difference at all.
  const { findings } = runOne(rule('SUM-CLASS'), withCell(doc, 'expenditure_summary', '221', 0, '92.51'));
  assert.equal(errorsOf(findings).length, 1);
});

test('SUM-SUBCLASS: 款 = Σ项 holds; a changed 项 breaks it', () => {
  assert.equal(runOne(rule('SUM-SUBCLASS'), doc).result.status, 'pass');
  const { findings } = runOne(rule('SUM-SUBCLASS'), withCell(doc, 'general_budget_expenditure', '2080505', 0, '114.72'));
  assert.equal(errorsOf(findings)[0]!.location.row, '208 05 行政事业单位养老支出');
});

test('SUM-ECON-CLASS: 经济分类 类 = Σ款 in table 6', () => {
  assert.equal(runOne(rule('SUM-ECON-CLASS'), doc).result.status, 'pass');
  const { findings } = runOne(rule('SUM-ECON-CLASS'), withCell(doc, 'general_budget_basic_expenditure', '30201', 2, '14.37'));
  assert.deepEqual(errorsOf(findings).map((f) => `${f.location.row} ${f.location.column}`), ['302 商品和服务支出 公用经费']);
});

test('SUM-GRAND-TOTAL: 总计 = Σ类 exactly in every coded table; a changed total is an error', () => {
  const { result, findings } = runOne(rule('SUM-GRAND-TOTAL'), doc);
  assert.equal(result.status, 'pass');
  assert.deepEqual(findings, []);
  const broken = runOne(rule('SUM-GRAND-TOTAL'), withCell(doc, 'income_summary', '', 0, '1846.57'));
  assert.equal(errorsOf(broken.findings)[0]!.location.row, '总计');
});

/** The errors of one rule on a copy with the given cells changed: "table row column". */
const errorsAfter = (id: string, changes: [Parameters<typeof withCell>[1], string, number, string][]) => {
  let broken = doc;
  for (const [key, row, col, value] of changes) broken = withCell(broken, key, row, col, value);
  const { result, findings } = runOne(rule(id), broken);
  assert.equal(result.status, 'fail', `${id} fails`);
  return errorsOf(findings).map((f) => `${f.location.table} ${f.location.row} ${f.location.column}`);
};
const passes = (id: string) => {
  const { result, findings } = runOne(rule(id), doc);
  assert.equal(result.status, 'pass', id);
  assert.deepEqual(errorsOf(findings), []);
};

test('SUM-PROJECT-ROWS: a project changed in both its columns breaks its 款, 类, unit and total rows', () => {
  passes('SUM-PROJECT-ROWS');
  const errors = errorsAfter('SUM-PROJECT-ROWS', [
    ['general_budget_project_expenditure', '2080102', 0, '178.00'],
    ['general_budget_project_expenditure', '2080102', 2, '178.00'],
  ]);
  assert.ok(errors.includes('7 208 01 人力资源和社会保障管理事务 项目支出合计'), errors.join('; '));
});

test('SUM-UNIT-ROWS: a carried-over project that its unit row does not add up to', () => {
  passes('SUM-UNIT-ROWS');
  assert.deepEqual(errorsAfter('SUM-UNIT-ROWS', [['carryover_detail', '机关运行补助经费', 0, '65.00']]), ['11 昌吉回族自治州人力资源和社会保障局 合计']);
});

test('SUM-BASIC-PROJECT: 合计 = 基本支出 + 项目支出 in every row', () => {
  passes('SUM-BASIC-PROJECT');
  assert.deepEqual(errorsAfter('SUM-BASIC-PROJECT', [['expenditure_summary', '2080101', 1, '930.37']]), ['3 208 01 01 行政运行 合计']);
});

test('SUM-PERSONNEL-PUBLIC: 合计 = 人员经费 + 公用经费 in the basic table', () => {
  passes('SUM-PERSONNEL-PUBLIC');
  assert.deepEqual(errorsAfter('SUM-PERSONNEL-PUBLIC', [['general_budget_basic_expenditure', '30101', 1, '288.55']]), ['6 301 01 基本工资 合计']);
});

test('SUM-FUND-COLUMNS: 财政拨款小计 = its fund columns; 总计 = 小计 + the other sources', () => {
  passes('SUM-FUND-COLUMNS');
  assert.deepEqual(errorsAfter('SUM-FUND-COLUMNS', [['income_summary', '2080101', 2, '930.37']]), ['2 208 01 01 行政运行 财政拨款(补助)小计']);
  assert.deepEqual(errorsAfter('SUM-FUND-COLUMNS', [['income_summary', '2080102', 11, '113.00']]), ['2 208 01 02 一般行政管理事务 总计']);
});

test('SUM-ECON-COLUMNS: a project total that its economic columns do not add up to', () => {
  passes('SUM-ECON-COLUMNS');
  assert.deepEqual(errorsAfter('SUM-ECON-COLUMNS', [['general_budget_project_expenditure', '2080102', 2, '178.00']]), ['7 208 01 02 一般行政管理事务 项目支出合计']);
});

test('SUM-THREE-PUBLIC-FUNDS and SUM-THREE-PUBLIC-ITEMS: 三公 by fund and by item', () => {
  passes('SUM-THREE-PUBLIC-FUNDS');
  passes('SUM-THREE-PUBLIC-ITEMS');
  assert.deepEqual(errorsAfter('SUM-THREE-PUBLIC-FUNDS', [['three_public_expenses', '公务接待费', 1, '0.50']]), ['10 公务接待费 合计']);
  assert.deepEqual(errorsAfter('SUM-THREE-PUBLIC-ITEMS', [['three_public_expenses', '公务用车运行费', 0, '9.80']]), ['10 公务用车购置及运行费（小计） 合计']);
});

test('SUM-INCOME-LINES and SUM-SUBITEMS-WITHIN: income lines against their parts', () => {
  passes('SUM-INCOME-LINES');
  passes('SUM-SUBITEMS-WITHIN');
  const change: [Parameters<typeof withCell>[1], string, number, string][] = [['income_expenditure_summary', '其中：一般财力', 0, '1734.57']];
  assert.deepEqual(errorsAfter('SUM-INCOME-LINES', change), ['1 1.一般公共预算拨款 | 202 外交支出 收入预算数']);
  assert.deepEqual(errorsAfter('SUM-SUBITEMS-WITHIN', change), ['1 其中：一般财力 | 203 国防支出 收入预算数']);
});

test('SUM-INCOME-TOTAL, SUM-EXPENDITURE-SIDE and SUM-BALANCE: the totals line of the summary', () => {
  for (const id of ['SUM-INCOME-TOTAL', 'SUM-EXPENDITURE-SIDE', 'SUM-BALANCE']) passes(id);
  assert.deepEqual(errorsAfter('SUM-INCOME-TOTAL', [['income_expenditure_summary', '二、上年结转结余', 0, '113.00']]), ['1 收入总计 | 支出总计 收入预算数']);
  assert.deepEqual(errorsAfter('SUM-EXPENDITURE-SIDE', [['income_expenditure_summary', '其中：一般公共预算拨款', 1, '93.49']]), ['1 收入总计 | 支出总计 支出预算数']);
  assert.deepEqual(errorsAfter('SUM-BALANCE', [['income_expenditure_summary', '收入总计', 1, '1846.57']]), ['1 收入总计 | 支出总计 支出预算数']);
});

test('a body with subordinate units: codes repeat under each unit of the project table, and each unit adds up on its own', () => {
  const d = loadSample();
  d.overview.subordinateUnits = [{ name: '昌吉州劳动人事争议仲裁院' }];
  for (const item of d.lineItems.filter((i) => i.project === 'zhongcai' || i.project === 'yuanjiang')) item.unit = '昌吉州劳动人事争议仲裁院';
  const report = checkDocument(documentFromDisclosure(d, { path: SAMPLE_PATH }));
  const t7 = report.tables.find((t) => (t as { number: number }).number === 7) as unknown as { rows: { code: string; name: string }[] };
  assert.equal(t7.rows.filter((r) => r.code === '208').length, 2, '208 under each unit');
  assert.deepEqual(report.findings.filter((f) => f.severity !== 'info'), []);
});

test('SUM-INCOME-TOTAL where the income lines leave out a source of the total (Shanghai: no 上年结转 line): lines ≤ total', () => {
  // 收入总计 18,455,698.00 includes the 1,120,000.00 carried over, which no income line of the template shows.
  const shanghai = shanghaiDocument();
  assert.deepEqual(runOne(rule('SUM-INCOME-TOTAL'), shanghai), { result: { id: 'SUM-INCOME-TOTAL', status: 'pass' }, findings: [] });
  // Lines above the total are an error, and the finding says that only ≤ could be checked, and why.
  const { findings } = runOne(rule('SUM-INCOME-TOTAL'), withCell(shanghai, 'income_expenditure_summary', '二、事业收入', 0, '1120000.01'));
  const [e] = errorsOf(findings);
  assert.equal(errorsOf(findings).length, 1);
  assert.deepEqual([e!.location.row, e!.expected, e!.actual, e!.difference], ['收入总计 | 支出总计', '18,455,698.00', '18,455,698.01', '0.01']);
  assert.match(e!.message.zh, /未列出收入总计所含的上年结转结余，只核对不超过/);
});

test('SUM-USE-SIDE: Jiangsu 2017 人大 表1 支出用途 7,666.68 + 5,853.96 + 128.43 = 支出合计 13,649.07; a changed use breaks it', { skip: skipWithoutCorpus }, async () => {
  const d = documentFromPdfText(await parsedCorpus('2017_jiangsu_prov_npc_standing_cttee_office_budget.pdf'));
  assert.equal(runOne(rule('SUM-USE-SIDE'), d).result.status, 'pass');
  const broken = structuredClone(d);
  const row = broken.tables[0]!.rows.find((r) => r.use?.name === '二、项目支出')!;
  row.use = { ...row.use!, value: '5853.00' };
  const errors = errorsOf(runOne(rule('SUM-USE-SIDE'), broken).findings);
  assert.equal(errors.length, 1);
  assert.match(errors[0]!.message.zh, /13,648\.11/);
});

test('SUM-INCOME-LIST: Jiangsu 2017 政协 表2 (p. 2) 收入总计 9,146.79 = 9,066.79 + 80.00; 其他资金 小计 80.00 = 其他收入 80.00; a changed part breaks its 小计', { skip: skipWithoutCorpus }, async () => {
  const d = documentFromPdfText(await parsedCorpus('2017_jiangsu_prov_cppcc_office_budget_tables.pdf'));
  assert.deepEqual(runOne(rule('SUM-INCOME-LIST'), d), { result: { id: 'SUM-INCOME-LIST', status: 'pass' }, findings: [] });
  const errors = errorsOf(runOne(rule('SUM-INCOME-LIST'), withCell(d, 'income_summary', '其他收入', 0, '79.00')).findings);
  assert.deepEqual(
    errors.map((e) => [e.location.page, e.location.row, e.expected, e.actual]),
    [[2, '其他资金 小计', '79.00', '80.00']],
  );
  // a 其中 line is not a part of its 小计, only at most it
  const within = errorsOf(runOne(rule('SUM-SUBITEMS-WITHIN'), withCell(d, 'income_summary', '其中：动用上年结转和结余资金', 0, '5.00')).findings);
  assert.deepEqual(within.map((e) => [e.location.row, e.actual]), [['其中：动用上年结转和结余资金', '5.00']]);
  assert.equal(errorsOf(runOne(rule('SUM-INCOME-LIST'), withCell(d, 'income_summary', '其中：动用上年结转和结余资金', 0, '5.00')).findings).length, 0);
  assert.equal(runOne(rule('SUM-INCOME-LIST'), referenceDocument()).result.status, 'not_applicable');
});
