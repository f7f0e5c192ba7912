// The reference sample (2025, 昌吉州人社局) under Shanghai's 9-table template: the same data, other tables.
// Expected figures come from the sample's documented amounts (data/samples/README.md and the reference
// document's printed tables), not from the views:
//   一般公共预算 1,733.5698 万元 = 人员经费 1,086.2398 + 公用经费 173.03 + 项目支出 474.30;
//   单位资金结转 112.00 万元 (机关运行补助经费 64.00 + 援疆工作经费 48.00, under 2080102);
//   总计 1,845.5698 万元; 208 = 1,691.958, 210 11 = 61.1169, 221 = 92.4949 万元;
//   三公 公务接待费 0.40 + 公务用车运行费 8.80 万元; 机关运行经费 173.03 万元.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { namesForYear } from '../../src/catalog/index.ts';
import type { Disclosure } from '../../src/model/disclosure.ts';
import type { LineItem } from '../../src/model/line-item.ts';
import { buildTables } from '../../src/tables/build.ts';
import type { TableModel, TableRow } from '../../src/tables/table-model.ts';
import { chineseNumeral } from '../../src/tables/views/paired-summary.ts';
import { getTemplate } from '../../src/templates/registry.ts';
import { loadSample } from '../support/reference.ts';

const shanghai = getTemplate('shanghai-9');
const build = (d: Disclosure) => buildTables(d, { names: namesForYear(2025), template: shanghai });
const base = loadSample();
const tables = build(base);
const table = (n: number, ts: TableModel[] = tables): TableModel => ts.find((t) => t.number === n)!;
const row = (t: TableModel, codeOrName: string): TableRow => {
  const found = t.rows.find((r) => r.code === codeOrName || r.name === codeOrName);
  assert.ok(found, `表${t.number} has a row ${codeOrName}`);
  return found;
};
const last = (t: TableModel): TableRow => t.rows[t.rows.length - 1]!;
const variant = (change: (d: Disclosure) => void): Disclosure => {
  const d = structuredClone(base);
  change(d);
  return d;
};

const TOTAL = '18455698.00'; // 1,845.5698 万元
const FISCAL = '17335698.00'; // 1,733.5698 万元, all 一般公共预算
const BASIC = '12592698.00'; // 1,259.2698 万元
const PERSONNEL = '10862398.00';
const PUBLIC = '1730300.00';
const PROJECT_GENERAL = '4743000.00';
const CARRYOVER = '1120000.00';
const PROJECT_ALL = '5863000.00'; // 474.30 + 112.00 万元

test('nine tables, numbered and titled as the 2025 Shanghai documents print them', () => {
  assert.deepEqual(
    tables.map((t) => `${t.number} ${t.key} ${t.title}`),
    [
      '1 income_expenditure_summary 2025年部门财务收支预算总表',
      '2 income_summary 2025年部门收入预算总表',
      '3 expenditure_summary 2025年部门支出预算总表',
      '4 fiscal_summary 2025年部门财政拨款收支预算总表',
      '5 general_budget_expenditure 2025年部门一般公共预算支出功能分类预算表',
      '6 gov_fund_expenditure 2025年部门政府性基金预算支出功能分类预算表',
      '7 state_capital_expenditure 2025年部门国有资本经营预算支出功能分类预算表',
      '8 general_budget_basic_expenditure 2025年部门一般公共预算基本支出部门预算经济分类预算表',
      '9 three_public_expenses 2025年部门“三公”经费和机关运行经费预算表',
    ],
  );
  // The year comes from the disclosure, not the template.
  const d2026 = variant((d) => {
    d.meta.year = 2026;
  });
  assert.equal(table(1, buildTables(d2026, { names: namesForYear(2026), template: shanghai })).title, '2026年部门财务收支预算总表');
  for (const t of tables) assert.equal(t.preparer, '昌吉回族自治州人力资源和社会保障局');
});

test('tables 1–8 print in 元 from the exact fen; the 三公 table prints in 万元', () => {
  assert.deepEqual(
    tables.map((t) => t.unit),
    ['元', '元', '元', '元', '元', '元', '元', '元', '万元'],
  );
  const t3 = table(3);
  assert.deepEqual(last(t3).values, [TOTAL, BASIC, PROJECT_ALL]);
  // Figures the Xinjiang tables round to 万元 show their exact fen here.
  assert.deepEqual(row(t3, '208').values[0], '16919580.00'); // printed 1,691.96 万元
  assert.deepEqual(row(t3, '21011').values[0], '611169.00'); // printed 61.12 万元
  assert.deepEqual(row(t3, '2210201').values, ['924949.00', '924949.00', '']); // printed 92.49 万元
  assert.deepEqual(last(table(8)).values, [BASIC, PERSONNEL, PUBLIC]);
  assert.deepEqual(table(9).rows.map((r) => r.values), [['9.20', '', '0.40', '8.80', '', '8.80', '173.03']]);
});

test('zero cells are blank; the 合计 row prints under the rows', () => {
  for (const n of [2, 3, 5, 8]) {
    const t = table(n);
    assert.deepEqual([last(t).code, last(t).name, last(t).level], ['', '合计', 0], `表${n} ends with 合计`);
    assert.equal(t.rows[0]!.code, n === 8 ? '301' : '208', `表${n} starts with its first 类`);
    assert.equal(t.rows.filter((r) => r.name === '合计').length, 1);
  }
  assert.deepEqual(row(table(3), '2080101').values, ['9293740.00', '9293740.00', '']);
  assert.deepEqual(row(table(2), '2080101').values, ['9293740.00', '9293740.00', '', '', '']);
  assert.deepEqual(row(table(8), '302').values, [PUBLIC, '', PUBLIC]);
  assert.ok(tables.every((t) => t.rows.every((r) => r.values.every((v) => v !== '0.00'))), 'no 0.00 anywhere');
});

test('headers span as the workbook merges them, without a numbering row', () => {
  const cells = (t: TableModel) => t.header.map((r) => r.map((c) => `${c.label}:${c.colspan}x${c.rowspan}`));
  // 部门收入总表: A6:D6 项目, E6:I6 收入预算, A7:C7 功能分类科目编码, D7:D8 名称, E7:E8 … I7:I8.
  assert.deepEqual(cells(table(2)), [
    ['项目:4x1', '收入预算:5x1'],
    ['功能分类科目编码:3x1', '功能分类科目名称:1x2', '合计:1x2', '财政拨款收入:1x2', '事业收入:1x2', '事业单位经营收入:1x2', '其他收入:1x2'],
    ['类:1x1', '款:1x1', '项:1x1'],
  ]);
  // 部门一般公共预算拨款基本支出明细表: A6:C6 项目, A7:B7 编码, C7:C8 名称, D6:F6 一般公共预算基本支出.
  assert.deepEqual(cells(table(8)), [
    ['项目:3x1', '一般公共预算基本支出:3x1'],
    ['部门预算经济分类科目编码:2x1', '经济分类科目名称:1x2', '合计:1x2', '人员经费:1x2', '公用经费:1x2'],
    ['类:1x1', '款:1x1'],
  ]);
  // 部门收支总表: A6:B6 本年收入, C6:D6 本年支出.
  assert.deepEqual(cells(table(1)), [['本年收入:2x1', '本年支出:2x1'], ['项目:1x1', '预算数:1x1', '项目:1x1', '预算数:1x1']]);
  for (const t of tables) {
    assert.equal(t.numbering, undefined, `表${t.number} has no numbering row`);
    assert.equal(t.header[0]!.reduce((n, c) => n + c.colspan, 0), t.labelColumns.length + t.columns.length, `表${t.number} header width`);
  }
});

test('the 三公 table is one row in 万元: a column per figure and 机关运行经费 beside them', () => {
  const t9 = table(9);
  assert.deepEqual(t9.labelColumns, []);
  assert.deepEqual(t9.header.map((r) => r.map((c) => `${c.label}:${c.colspan}x${c.rowspan}`)), [
    ['“三公”经费预算数:6x1', '机关运行经费预算数:1x3'],
    ['合计:1x2', '因公出国(境)费:1x2', '公务接待费:1x2', '公务用车购置及运行费:3x1'],
    ['小计:1x1', '购置费:1x1', '运行费:1x1'],
  ]);
  // The statement's figures are summed over every fiscal fund.
  const d = variant((d) => {
    d.threePublic.abroad.gov_fund = 1_000_000; // 1.00 万元
    d.threePublic.vehiclePurchase.state_capital = 123_456; // 1,234.56 元 = 0.123456 万元 → 0.12
  });
  assert.deepEqual(table(9, build(d)).rows[0]!.values, ['10.32', '1.00', '0.40', '8.92', '0.12', '8.80', '173.03']);
});

test('财务收支预算总表: the form’s income lines; only the 类 with spending, numbered 一、二、三', () => {
  const t1 = table(1);
  assert.deepEqual(
    t1.rows.map((r) => [r.name, r.pair?.name, ...r.values]),
    [
      ['一、财政拨款收入', '一、社会保障和就业支出', FISCAL, '16919580.00'],
      ['1. 一般公共预算', '二、卫生健康支出', FISCAL, '611169.00'],
      ['2. 政府性基金预算', '三、住房保障支出', '', '924949.00'],
      ['3. 国有资本经营预算', '', '', ''],
      ['二、事业收入', '', '', ''],
      ['三、事业单位经营收入', '', '', ''],
      ['四、其他收入', '', '', ''],
      ['收入总计', '支出总计', TOTAL, TOTAL],
    ],
  );
  // No codes are printed on the right.
  assert.ok(t1.rows.every((r) => r.pair?.code === ''));
  const t4 = table(4);
  assert.deepEqual(
    t4.rows.map((r) => [r.name, r.pair?.name, ...r.values]),
    [
      ['一、一般公共预算', '一、社会保障和就业支出', FISCAL, '15799580.00', '15799580.00', '', ''],
      ['二、政府性基金预算', '二、卫生健康支出', '', '611169.00', '611169.00', '', ''],
      ['三、国有资本经营预算', '三、住房保障支出', '', '924949.00', '924949.00', '', ''],
      ['收入总计', '支出总计', FISCAL, FISCAL, FISCAL, '', ''],
    ],
  );
});

test('cross-table identities hold', () => {
  const [t1, t2, t3, t4, t5, , , t8, t9] = tables as [TableModel, TableModel, TableModel, TableModel, TableModel, TableModel, TableModel, TableModel, TableModel];
  const total1 = last(t1);
  // 收入总计 = 支出总计 = 收入总表 合计 = 支出总表 合计.
  assert.equal(total1.values[0], TOTAL);
  assert.equal(total1.values[1], TOTAL);
  assert.equal(last(t2).values[0], TOTAL);
  assert.equal(last(t3).values[0], TOTAL);
  // 财政拨款收入 (表1, 表2's column) = 财政拨款收支总表 收入总计 = 支出总计.
  assert.equal(row(t1, '一、财政拨款收入').values[0], FISCAL);
  assert.equal(last(t2).values[1], FISCAL);
  assert.deepEqual(last(t4).values.slice(0, 2), [FISCAL, FISCAL]);
  // 一般公共预算 table = 财政拨款收支总表's 一般公共预算 column; its 基本支出 = the economic table's total.
  assert.equal(last(t5).values[0], last(t4).values[2]);
  assert.equal(last(t5).values[1], last(t8).values[0]);
  assert.equal(last(t5).values[2], PROJECT_GENERAL);
  // Each 类 on the right of 表1 is the 类 row of 表3, in order.
  const classRows = t3.rows.filter((r) => r.level === 1);
  assert.deepEqual(
    t1.rows.filter((r) => r.pair?.name).slice(0, -1).map((r) => [r.pair!.name.replace(/^.+、/, ''), r.values[1]]),
    classRows.map((r) => [r.name, r.values[0]]),
  );
  // In this sample 机关运行经费 is the 公用经费 of 一般公共预算 basic spending (173.03 万元 = 1,730,300.00 元).
  assert.equal(t9.rows[0]!.values[6], '173.03');
  assert.equal(last(t8).values[2], PUBLIC);
});

test('the form has no 上年结转 line: carry-over shows in the totals and 合计 columns only', () => {
  const t1 = table(1);
  const lines = ['一、财政拨款收入', '二、事业收入', '三、事业单位经营收入', '四、其他收入'].map((name) => row(t1, name).values[0] || '0');
  const cents = (v: string) => BigInt(v.replace('.', ''));
  const sumOfLines = lines.reduce((n, v) => n + cents(v), 0n);
  assert.equal(sumOfLines, cents(FISCAL));
  assert.equal(cents(last(t1).values[0]!) - sumOfLines, cents(CARRYOVER));
  // 2080102 holds the carried-over projects: in 合计 and 项目支出, in no income column.
  assert.deepEqual(row(table(2), '2080102').values, ['3593000.00', '2473000.00', '', '', '']);
  assert.deepEqual(row(table(3), '2080102').values, ['3593000.00', '', '3593000.00']);
  assert.deepEqual(row(table(5), '2080102').values, ['2473000.00', '', '2473000.00']);
});

test('empty fund tables print the form’s note; spending from the fund fills them and the two-sided tables', () => {
  assert.deepEqual(table(6).rows, []);
  assert.equal(table(6).note, '注:本部门2025年无政府性基金预算财政拨款安排的预算，故本表为空表。');
  assert.equal(table(7).note, '注:本部门2025年无国有资本经营预算财政拨款安排的预算，故本表为空表。');
  const item = { func: '2296002', econ: '302', source: 'gov_fund', kind: 'project', project: 'yuanjiang', amount: 1_234_500_00 } as LineItem;
  const ts = build(variant((d) => d.lineItems.push(item)));
  const t6 = table(6, ts);
  assert.equal(t6.note, undefined);
  assert.deepEqual(
    t6.rows.map((r) => [r.code, ...r.values]),
    [
      ['229', '1234500.00', '', '1234500.00'],
      ['22960', '1234500.00', '', '1234500.00'],
      ['2296002', '1234500.00', '', '1234500.00'],
      ['', '1234500.00', '', '1234500.00'],
    ],
  );
  assert.deepEqual([t6.rows[0]!.name, t6.rows[1]!.name, last(t6).name], ['其他支出', '彩票公益金安排的支出', '合计']);
  const t1 = table(1, ts);
  assert.deepEqual(row(t1, '2. 政府性基金预算').values, ['1234500.00', '924949.00']);
  assert.equal(row(t1, '2. 政府性基金预算').pair?.name, '三、住房保障支出');
  assert.deepEqual([row(t1, '3. 国有资本经营预算').pair?.name, row(t1, '3. 国有资本经营预算').values[1]], ['四、其他支出', '1234500.00']);
  assert.deepEqual(last(t1).values, ['19690198.00', '19690198.00']);
  const t4 = table(4, ts);
  assert.deepEqual(row(t4, '二、政府性基金预算').values[0], '1234500.00');
  assert.deepEqual(t4.rows.find((r) => r.pair?.name === '四、其他支出')?.values, ['', '1234500.00', '', '1234500.00', '']);
  assert.deepEqual(last(t4).values, ['18570198.00', '18570198.00', FISCAL, '1234500.00', '']);
});

test('Chinese ordinals number the 类 the way the documents do', () => {
  assert.deepEqual([1, 4, 10, 11, 20, 29, 99].map(chineseNumeral), ['一', '四', '十', '十一', '二十', '二十九', '九十九']);
  assert.throws(() => chineseNumeral(0), RangeError);
});
