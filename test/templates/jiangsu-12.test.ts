// The reference sample (2025, 昌吉州人社局) under Jiangsu's 12-table template (2017 format), with a
// 单位预留机动经费 line added. Expected figures come from the sample's documented amounts
// (data/samples/README.md), not from the views:
//   一般公共预算 1,733.5698 万元 = 人员经费 1,086.2398 + 公用经费 173.03 + 项目支出 474.30;
//   单位资金结转 112.00 万元 (under 2080102); 总计 1,845.5698; basic 1,259.2698; project 586.30;
//   208 = 1,691.958, 221 = 92.4949 万元; 三公 公务接待费 0.40 + 公务用车运行费 8.80 万元.
// The reserve added here: 5.00 万元 of 一般公共预算 under 2080101 行政运行.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { namesForYear } from '../../src/catalog/index.ts';
import { checkDocument } from '../../src/check/check.ts';
import { documentFromDisclosure } from '../../src/check/from-disclosure.ts';
import type { Disclosure } from '../../src/model/disclosure.ts';
import { buildTables } from '../../src/tables/build.ts';
import type { TableModel, TableRow } from '../../src/tables/table-model.ts';
import { getTemplate } from '../../src/templates/registry.ts';
import { loadSample, SAMPLE_PATH } from '../support/reference.ts';

const jiangsu = getTemplate('jiangsu-12');
const sample = (reserve: boolean): Disclosure => {
  const d = loadSample();
  d.meta.template = 'jiangsu-12';
  if (reserve) d.lineItems.push({ func: '2080101', econ: '30299', source: 'general', kind: 'reserve', amount: 50_000_00 });
  return d;
};
const build = (d: Disclosure) => buildTables(d, { names: namesForYear(2025), template: jiangsu });
const tables = build(sample(true));
const table = (n: number, ts: TableModel[] = tables): TableModel => ts.find((t) => t.number === n)!;
const row = (t: TableModel, codeOrName: string): TableRow => {
  const found = t.rows.find((r) => r.code === codeOrName || r.name === codeOrName);
  assert.ok(found, `表${t.number} has a row ${codeOrName}`);
  return found;
};

test('jiangsu-12: twelve tables in the printed order and titles of the 2017 documents', () => {
  assert.deepEqual(
    tables.map((t) => `${t.number} ${t.key} ${t.title}`),
    [
      '1 income_expenditure_summary 收支预算总表',
      '2 income_summary 收入预算总表',
      '3 expenditure_summary 支出预算总表',
      '4 fiscal_summary 财政拨款收支预算总表',
      '5 fiscal_expenditure 财政拨款支出预算表',
      '6 fiscal_basic_expenditure 财政拨款基本支出预算表',
      '7 gov_fund_expenditure 财政拨款政府性基金支出预算表',
      '8 general_budget_expenditure 一般公共预算支出预算表',
      '9 general_budget_basic_expenditure 一般公共预算基本支出预算表',
      '10 operating_costs 一般公共预算机关运行经费支出预算表',
      '11 three_public_expenses “三公”经费、会议费、培训费支出预算表（一般公共预算）',
      '12 procurement 2025年政府采购预算表',
    ],
  );
  assert.ok(tables.every((t) => t.unit === '万元'), 'every table in 万元');
  assert.ok(tables.every((t) => t.numbering === undefined), 'no numbering row');
});

test('jiangsu-12: headers as wide as the columns; 表三 and 表十一 as Jiangsu heads them', () => {
  const cells = (t: TableModel) => t.header.map((r) => r.map((c) => `${c.label}:${c.colspan}x${c.rowspan}`));
  for (const t of tables) {
    assert.equal(t.header[0]!.reduce((n, c) => n + c.colspan, 0), t.labelColumns.length + t.columns.length, `表${t.number} header width`);
  }
  // 表三 prints its one row of totals under 合计 | 基本支出 | 项目支出 | 单位预留机动经费 | 结转下年资金
  assert.deepEqual(table(3).columns, ['合计', '基本支出', '项目支出', '单位预留机动经费', '结转下年资金']);
  assert.deepEqual(table(3).labelColumns, []);
  assert.deepEqual(cells(table(11)), [
    ['合计:1x3', '“三公”经费:6x1', '会议费:1x3', '培训费:1x3'],
    ['小计:1x2', '因公出国（境）费:1x2', '公务用车购置及运行维护费:3x1', '公务接待费:1x2'],
    ['小计:1x1', '公务用车购置费:1x1', '公务用车运行维护费:1x1'],
  ]);
});

test('jiangsu-12: 表三 is one row of totals; the reserve in 单位预留机动经费, 合计 = 基本 + 项目 + 预留, 结转下年资金 blank', () => {
  const t3 = table(3);
  assert.equal(t3.rows.length, 1, 'no rows by code');
  assert.equal(t3.axis, undefined);
  const total = t3.rows[0]!;
  assert.deepEqual([total.code, total.name, total.level], ['', '', 0]);
  // 1,845.5698 + 5.00 = 1,850.5698 → 1,850.57; basic 1,259.27; project 474.30 + 112.00 = 586.30; reserve 5.00.
  assert.deepEqual(total.values, ['1850.57', '1259.27', '586.30', '5.00', '']);
  // Without the reserve the column is blank and the totals are the sample's.
  assert.deepEqual(build(sample(false)).find((t) => t.number === 3)!.rows[0]!.values, ['1845.57', '1259.27', '586.30', '', '']);
  // The reserve is 一般公共预算 money: in 表五 and 表八, not in the basic-spending tables.
  assert.equal(table(5).rows[0]!.values[0], '1738.57');
  assert.equal(table(8).rows[0]!.values[0], '1738.57');
  assert.equal(row(table(5), '2080101').values[0], '934.37');
  assert.equal(table(6).rows[0]!.values[0], '1259.27');
  assert.equal(table(9).rows[0]!.values[0], '1259.27');
});

test('jiangsu-12: 表二 lists income by source — 收入总计, each group’s 小计 and its parts — each row with what it holds', () => {
  const t2 = table(2);
  assert.deepEqual(t2.columns, ['金额']);
  assert.deepEqual(
    t2.rows.map((r) => [r.name, r.level, r.values[0], r.role ?? '']),
    [
      ['收入总计', 0, '1850.57', 'all'],
      ['一般公共预算资金 小计', 1, '1738.57', 'general_budget'],
      // the disclosure does not split 专项收入 out: all of it is 公共财政拨款, and says nothing the 小计 does not
      ['公共财政拨款(补助)资金', 2, '1738.57', ''],
      ['专项收入', 2, '', ''],
      ['政府性基金 小计', 1, '', 'gov_fund_budget'],
      ['财政转专户管理资金 小计', 1, '', 'special_account'],
      ['专户管理教育收费', 2, '', ''],
      ['其他非税收入', 2, '', ''],
      ['其他资金 小计', 1, '', 'unit_funds'],
      ['事业收入', 2, '', 'unit_business'],
      ['经营收入', 2, '', 'unit_operating'],
      ['其他收入', 2, '', 'unit_other+unit_subordinate+unit_superior'],
      ['债务资金(银行贷款)', 2, '', ''],
      ['上年结转和结余资金 小计', 1, '112.00', 'carryover'],
      ['其中：动用上年结转和结余资金', 2, '112.00', ''],
    ],
  );
});

test('jiangsu-12: 表一 lists the twenty 2017 类 beside 一、财政拨款 … 三、其他资金; 收入合计 includes the carry-over', () => {
  const t1 = table(1);
  assert.deepEqual(t1.rows.slice(0, 5).map((r) => r.name), ['一、财政拨款', '1.一般公共预算', '2.政府性基金预算', '二、财政专户管理资金', '三、其他资金']);
  assert.equal(t1.rows.length, 21, 'twenty 类 and the totals line');
  assert.deepEqual(row(t1, '一、财政拨款').values[0], '1738.57');
  const totals = t1.rows.at(-1)!;
  assert.deepEqual([totals.name, totals.pair?.name, ...totals.values], ['收入合计', '支出合计', '1850.57', '1850.57']);
  assert.equal(t1.rows.find((r) => r.pair?.name === '八、社会保障和就业支出')!.values[1], '1696.96'); // 1,691.96 + 5.00
  // 表四 fiscal only.
  assert.deepEqual(table(4).rows.at(-1)!.values, ['1738.57', '1738.57']);
});

test('jiangsu-12: empty 政府性基金 table with the note; 三公 of the general budget in one row', () => {
  assert.deepEqual(table(7).rows, []);
  assert.equal(table(7).note, '注：我单位无2025年政府性基金支出安排。');
  // 三公 9.20 = 公务用车运行维护费 8.80 + 公务接待费 0.40; the sample states no 会议费 or 培训费, so 合计 = 三公.
  assert.deepEqual(table(11).rows.map((r) => r.values), [['9.20', '9.20', '', '8.80', '', '8.80', '0.40', '', '']]);
});

test('jiangsu-12: 表十二 政府采购 from the statement: 合计, then the 品目大类 with amounts (no 二、工程B when nothing is bought)', () => {
  // The sample's procurement: goods 115,000.00 元 and services 1,108,000.00 元, no works.
  assert.deepEqual(
    table(12).rows.map((r) => [r.name, ...r.values]),
    [['合计', '122.30'], ['一、货物A', '11.50'], ['三、服务C', '110.80']],
  );
  const none = sample(false);
  none.procurement = { ...none.procurement, goods: 0, services: 0 };
  assert.deepEqual(table(12, build(none)).rows, []);
});

test('jiangsu-12: yusuan check on the sample (with and without the reserve) finds no errors or warnings', () => {
  for (const reserve of [false, true]) {
    const report = checkDocument(documentFromDisclosure(sample(reserve), { path: SAMPLE_PATH }));
    assert.deepEqual(
      report.findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule} ${f.message}`),
      [],
      reserve ? 'with the reserve' : 'the sample',
    );
  }
});
