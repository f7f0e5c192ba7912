// The reference sample (2025, 昌吉州人社局) read as a 决算 under the national 9-table final-accounts
// template. Expected figures come from the sample's documented amounts (data/samples/README.md), not from
// the views: 一般公共预算 1,733.5698 万元 = basic 1,259.2698 + project 474.30; 单位资金结转 112.00 万元 spent
// on 2080102 (a project); 总计 1,845.5698; 208 = 1,691.958 (of which carry-over 112.00); 221 = 92.4949;
// 三公 公务接待费 0.40 + 公务用车运行费 8.80 万元.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { namesForYear } from '../../src/catalog/index.ts';
import { checkDocument } from '../../src/check/check.ts';
import { documentFromDisclosure } from '../../src/check/from-disclosure.ts';
import type { Disclosure } from '../../src/model/disclosure.ts';
import { buildTables } from '../../src/tables/build.ts';
import type { TableModel } from '../../src/tables/table-model.ts';
import { getTemplate } from '../../src/templates/registry.ts';
import { loadSample, SAMPLE_PATH } from '../support/reference.ts';

const national = getTemplate('national-final-9');
const sample = (): Disclosure => {
  const d = loadSample();
  d.meta.template = 'national-final-9';
  d.meta.stage = 'final';
  return d;
};
const build = (d: Disclosure) => buildTables(d, { names: namesForYear(2025), template: national });
const tables = build(sample());
const table = (n: number, ts: TableModel[] = tables): TableModel => ts.find((t) => t.number === n)!;

test('national-final-9: a final-accounts template, nine tables in the national order and titles', () => {
  assert.equal(national.stage, 'final');
  assert.deepEqual(
    tables.map((t) => `${t.number} ${t.key} ${t.title}`),
    [
      '1 income_expenditure_summary 收入支出决算总表',
      '2 income_summary 收入决算表',
      '3 expenditure_summary 支出决算表',
      '4 fiscal_summary 财政拨款收入支出决算总表',
      '5 general_budget_expenditure 一般公共预算财政拨款支出决算表',
      '6 general_budget_basic_expenditure 一般公共预算财政拨款基本支出决算表',
      '7 three_public_expenses 财政拨款“三公”经费支出决算表',
      '8 gov_fund_expenditure 政府性基金预算财政拨款收入支出决算表',
      '9 state_capital_expenditure 国有资本经营预算财政拨款收入支出决算表',
    ],
  );
  assert.ok(tables.every((t) => t.unit === '万元'));
  // A budget cannot be printed under it: the stage is checked.
  assert.throws(() => build(loadSample()), /template is for stage "final"/);
});

test('national-final-9: headers as wide as the columns; 收入决算表 and 支出决算表 by 类/款/项', () => {
  const cells = (t: TableModel) => t.header.map((r) => r.map((c) => `${c.label}:${c.colspan}x${c.rowspan}`));
  for (const t of tables) {
    assert.equal(t.header[0]!.reduce((n, c) => n + c.colspan, 0), t.labelColumns.length + t.columns.length, `表${t.number} header width`);
  }
  assert.deepEqual(cells(table(3)), [
    ['项目:4x1', '本年支出合计:1x3', '基本支出:1x3', '项目支出:1x3'],
    ['支出功能分类科目编码:3x1', '科目名称:1x2'],
    ['类:1x1', '款:1x1', '项:1x1'],
  ]);
  assert.deepEqual(table(2).columns, ['本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入']);
});

test('national-final-9: this year’s income and this year’s spending — the carry-over spent is spending, not income', () => {
  // 支出决算表: 本年支出 1,845.57 = basic 1,259.27 + project 586.30 (474.30 + the 112.00 carried over).
  assert.deepEqual(table(3).rows[0]!.values, ['1845.57', '1259.27', '586.30']);
  // 收入决算表: this year's income only, 1,733.57, all 财政拨款; 208 without the 112.00 carried over.
  assert.deepEqual(table(2).rows[0]!.values, ['1733.57', '1733.57', '', '', '', '', '']);
  assert.deepEqual(table(2).rows.find((r) => r.code === '208')!.values.slice(0, 2), ['1579.96', '1579.96']);
  // 收入支出决算总表: the 26 类 of the national form; 总计 of income includes the opening carry-over.
  const t1 = table(1);
  assert.equal(t1.rows.length, 27);
  assert.deepEqual(t1.rows[0]!.values[0], '1733.57');
  assert.deepEqual(t1.rows.find((r) => r.pair?.name === '八、社会保障和就业支出')!.values, ['', '1691.96']);
  assert.deepEqual([t1.rows.at(-1)!.name, t1.rows.at(-1)!.pair?.name, ...t1.rows.at(-1)!.values], ['总计', '本年支出合计', '1845.57', '1845.57']);
  // 一般公共预算财政拨款支出决算表: 合计 last, 1,733.57 = 1,259.27 + 474.30.
  assert.deepEqual(table(5).rows.at(-1)!.values, ['1733.57', '1259.27', '474.30']);
  assert.deepEqual(table(6).rows.at(-1)!.values, ['1259.27']);
  assert.deepEqual(table(7).rows.map((r) => r.values), [['9.20', '', '8.80', '', '8.80', '0.40']]);
  assert.deepEqual([table(8).rows, table(9).rows], [[], []]);
  assert.equal(table(8).note, '注：昌吉回族自治州人力资源和社会保障局无政府性基金预算财政拨款支出，故本表无数据。');
});

test('national-final-9: income and spending need not balance; the budget-balance rule does not apply to a 决算', () => {
  // Stated income: 一般公共预算 as spent (1,733.5698), an opening carry-over of 120.00 of which 112.00 is
  // spent (8.00 left for 年末结转和结余, which the form prints and the views cannot): 总计 1,853.57 against
  // 本年支出合计 1,845.57.
  const d = sample();
  d.income = { general: 1_733_5698_00, carryover_unit: 120_0000_00 };
  const t1 = table(1, build(d));
  assert.deepEqual(t1.rows.at(-1)!.values, ['1853.57', '1845.57']);
  const report = checkDocument(documentFromDisclosure(d, { path: SAMPLE_PATH }));
  assert.deepEqual(report.rules.find((r) => r.id === 'SUM-BALANCE')?.status, 'not_applicable');
  assert.deepEqual(report.findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule} ${f.message}`), []);
  // Income of a source the year did not spend (其他收入 6.20 万元, as 普陀区财政局 2024 has): 收入决算表 is
  // computed from the spending line items (the model has no income by function), so it cannot show it, and
  // X-INCOME-SOURCES reports the difference between 表1 and 表2 — a limit of the view, not of the rule.
  d.income = { ...d.income, unit_other: 6_2000_00 };
  const more = checkDocument(documentFromDisclosure(d, { path: SAMPLE_PATH }));
  assert.deepEqual(
    more.findings.filter((f) => f.severity !== 'info').map((f) => [f.rule, f.location.row, f.expected, f.actual]),
    [['X-INCOME-SOURCES', '八、其他收入', '0.00', '6.20']],
  );
});

test('national-final-9: yusuan check on the sample read as a 决算 finds no errors or warnings', () => {
  const report = checkDocument(documentFromDisclosure(sample(), { path: SAMPLE_PATH }));
  assert.deepEqual(report.findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule} ${f.message}`), []);
  assert.equal(report.document.stage, 'final');
});
