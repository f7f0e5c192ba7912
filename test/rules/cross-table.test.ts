// Family 2 — identities across tables: each rule passes on the reference document and fails on a broken copy,
// with the finding located in the table the rule checks. Expected figures are read off the seed's tables.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CheckDocument } from '../../src/check/document.ts';
import { FEN_PER_UNIT, formatAmount, parseFen } from '../../src/model/money.ts';
import { documentFromDisclosure } from '../../src/check/from-disclosure.ts';
import { crossTableRules } from '../../src/rules/cross-table.ts';
import { ruleById } from '../../src/rules/registry.ts';
import { runRules } from '../../src/rules/run.ts';
import type { Finding } from '../../src/rules/types.ts';
import type { TableKey } from '../../src/tables/table-model.ts';
import { documentFromPdfText } from '../../src/ingest/pdf/pdf-document.ts';
import { errorsOf, referenceDocument, runOne, withCell, withSentence } from '../support/check.ts';
import { parsedCorpus, skipWithoutCorpus } from '../support/corpus.ts';
import { loadSample } from '../support/reference.ts';

const doc = referenceDocument();
const rule = (id: string) => ruleById(id)!;

/** A copy with a cell of a two-sided table's row changed, the row found by its spending-side code. */
function withPairCell(d: CheckDocument, key: TableKey, pairCode: string, column: number, value: string): CheckDocument {
  const copy = structuredClone(d);
  const row = copy.tables.find((t) => t.key === key)!.rows.find((r) => r.pair?.code === pairCode)!;
  row.values[column] = value;
  return copy;
}

/** A copy where a row of a table carries another code (to print an item the reference lacks). */
function withCode(d: CheckDocument, key: TableKey, code: string, newCode: string): CheckDocument {
  const copy = structuredClone(d);
  copy.tables.find((t) => t.key === key)!.rows.find((r) => r.code === code)!.code = newCode;
  return copy;
}

/** The one error of a run, with what a test asserts of it. */
function theError(findings: readonly Finding[]) {
  const errors = errorsOf(findings);
  assert.equal(errors.length, 1, `one error expected, got ${errors.map((e) => e.message.zh).join(' / ')}`);
  const e = errors[0]!;
  return { location: e.location, figures: [e.expected, e.actual, e.difference], message: e.message };
}

/** The same data under Shanghai's template: tables in 元, 类 by ordinal, no project or carry-over table. */
function shanghaiDocument(): CheckDocument {
  const d = loadSample();
  d.meta.template = 'shanghai-9';
  return documentFromDisclosure(d, { path: 'shanghai-variant' });
}

test('every cross-table rule passes on the reference document, without a finding', () => {
  const { findings, results } = runRules(doc, crossTableRules);
  assert.deepEqual(findings, []);
  assert.deepEqual(results.filter((r) => r.status !== 'pass'), []);
  assert.ok(crossTableRules.length >= 18);
  assert.ok(crossTableRules.every((r) => r.id.startsWith('X-') && r.family === 'cross-table'));
});

test('under Shanghai’s template the rules find no error; tables it lacks make rules not applicable', () => {
  const { findings, results } = runRules(shanghaiDocument(), crossTableRules);
  assert.deepEqual(errorsOf(findings), []);
  const status = Object.fromEntries(results.map((r) => [r.id, r.status]));
  assert.equal(status['X-SUMMARY-CLASS'], 'pass');
  assert.equal(status['X-OPERATING-COSTS'], 'pass');
  assert.equal(status['X-GENERAL-PROJECT'], 'not_applicable');
  assert.equal(status['X-CARRYOVER-SUMMARY'], 'not_applicable');
  // Shanghai's 收入总表 has one 财政拨款收入 column: the fund tables cannot be checked against it.
  assert.equal(status['X-INCOME-GENERAL'], 'not_applicable');
});

test('X-SUMMARY-INCOME-TOTAL: 收入总计 1,845.57 = 表2 总计; a changed 收入总计 is an error in table 1', () => {
  const { location, figures } = theError(runOne(rule('X-SUMMARY-INCOME-TOTAL'), withCell(doc, 'income_expenditure_summary', '收入总计', 0, '1846.57')).findings);
  assert.deepEqual(location, { table: 1, key: 'income_expenditure_summary', row: '收入总计', column: '收入预算数' });
  assert.deepEqual(figures, ['1,845.57', '1,846.57', '1.00']);
});

test('X-SUMMARY-EXPENDITURE-TOTAL: a figure printed twice allows no rounding — 0.01 is an error', () => {
  const { location, figures } = theError(runOne(rule('X-SUMMARY-EXPENDITURE-TOTAL'), withCell(doc, 'income_expenditure_summary', '收入总计', 1, '1845.58')).findings);
  assert.deepEqual(location, { table: 1, key: 'income_expenditure_summary', row: '收入总计 | 支出总计', column: '支出预算数' });
  assert.deepEqual(figures, ['1,845.57', '1,845.58', '0.01']);
});

test('X-SUMMARY-CLASS: 表1 208 社会保障和就业支出 must be 表3’s 1,691.96', () => {
  const broken = withPairCell(doc, 'income_expenditure_summary', '208', 1, '1692.96');
  const { location, figures, message } = theError(runOne(rule('X-SUMMARY-CLASS'), broken).findings);
  assert.deepEqual(location, { table: 1, key: 'income_expenditure_summary', row: '208 社会保障和就业支出', column: '支出预算数' });
  assert.deepEqual(figures, ['1,691.96', '1,692.96', '1.00']);
  assert.match(message.zh, /表3《部门支出总体情况表》208 社会保障和就业支出“合计”/);
});

test('X-SUMMARY-CLASS: a 类 printed by ordinal and name (Shanghai) is matched by name', () => {
  const sh = shanghaiDocument();
  const t1 = sh.tables.find((t) => t.key === 'income_expenditure_summary')!;
  t1.rows.find((r) => r.pair?.name === '二、卫生健康支出')!.values[1] = '621169.00';
  const { location, figures } = theError(runOne(rule('X-SUMMARY-CLASS'), sh).findings);
  assert.deepEqual(location, { table: 1, key: 'income_expenditure_summary', row: '二、卫生健康支出', column: '支出预算数' });
  assert.deepEqual(figures, ['611,169.00', '621,169.00', '10,000.00']);
});

test('X-INCOME-SOURCES: 其中：一般财力 = 表2 总计“一般公共预算”; 二、上年结转结余 = the two carry-over columns', () => {
  const a = theError(runOne(rule('X-INCOME-SOURCES'), withCell(doc, 'income_expenditure_summary', '其中：一般财力', 0, '1732.57')).findings);
  assert.deepEqual(a.location, { table: 1, key: 'income_expenditure_summary', row: '其中：一般财力', column: '收入预算数' });
  assert.deepEqual(a.figures, ['1,733.57', '1,732.57', '-1.00']);
  const b = theError(runOne(rule('X-INCOME-SOURCES'), withCell(doc, 'income_expenditure_summary', '二、上年结转结余', 0, '111.00')).findings);
  assert.equal(b.location.row, '二、上年结转结余');
  assert.deepEqual(b.figures, ['112.00', '111.00', '-1.00']);
  assert.match(b.message.zh, /“财政拨款结转＋非财政拨款结转结余”/);
});

test('X-INCOME-EXPENDITURE-ROWS: income by code balances spending by code (表2 总计 = 表3 合计)', () => {
  const { location, figures } = theError(runOne(rule('X-INCOME-EXPENDITURE-ROWS'), withCell(doc, 'income_summary', '2080102', 0, '360.30')).findings);
  assert.deepEqual(location, { table: 2, key: 'income_summary', row: '208 01 02 一般行政管理事务', column: '总计' });
  assert.deepEqual(figures, ['359.30', '360.30', '1.00']);
});

test('X-FISCAL-INCOME: 表4 一般公共预算 1,733.57 = 表1 1.一般公共预算拨款', () => {
  const { location, figures } = theError(runOne(rule('X-FISCAL-INCOME'), withCell(doc, 'fiscal_summary', '一般公共预算', 0, '1733.58')).findings);
  assert.deepEqual(location, { table: 4, key: 'fiscal_summary', row: '一般公共预算', column: '财政拨款收入合计' });
  assert.deepEqual(figures, ['1,733.57', '1,733.58', '0.01']);
});

test('X-BALANCE-FISCAL: 表4 收入总计 = 表1’s three appropriation lines', () => {
  const { location, figures, message } = theError(runOne(rule('X-BALANCE-FISCAL'), withCell(doc, 'fiscal_summary', '收入总计', 0, '1700.00')).findings);
  assert.deepEqual(location, { table: 4, key: 'fiscal_summary', row: '收入总计', column: '财政拨款收入合计' });
  assert.deepEqual(figures, ['1,733.57', '1,700.00', '-33.57']);
  assert.match(message.zh, /1\.一般公共预算拨款 \+ 2\.政府性基金预算拨款 \+ 3\.国有资本经营预算拨款/);
});

test('X-FISCAL-CLASS: 表4 财政拨款支出合计 by 类 = 表2 财政拨款(补助)小计', () => {
  const { location, figures } = theError(runOne(rule('X-FISCAL-CLASS'), withPairCell(doc, 'fiscal_summary', '210', 1, '62.12')).findings);
  assert.deepEqual(location, { table: 4, key: 'fiscal_summary', row: '210 卫生健康支出', column: '财政拨款支出合计' });
  assert.deepEqual(figures, ['61.12', '62.12', '1.00']);
});

test('X-FISCAL-GENERAL: 表4 一般公共预算 by 类 = 表5 合计; the total too', () => {
  const a = theError(runOne(rule('X-FISCAL-GENERAL'), withPairCell(doc, 'fiscal_summary', '221', 2, '92.48')).findings);
  assert.deepEqual(a.location, { table: 4, key: 'fiscal_summary', row: '221 住房保障支出', column: '一般公共预算' });
  assert.deepEqual(a.figures, ['92.49', '92.48', '-0.01']);
  const b = theError(runOne(rule('X-FISCAL-GENERAL'), withCell(doc, 'fiscal_summary', '收入总计', 2, '1734.57')).findings);
  assert.deepEqual([b.location.row, b.figures[0]], ['收入总计 | 支出总计', '1,733.57']);
});

test('X-FISCAL-GOV-FUND: 表8 is empty, so 表4’s 政府性基金预算 column must be blank', () => {
  const { location, figures, message } = theError(runOne(rule('X-FISCAL-GOV-FUND'), withPairCell(doc, 'fiscal_summary', '208', 3, '5.00')).findings);
  assert.deepEqual(location, { table: 4, key: 'fiscal_summary', row: '208 社会保障和就业支出', column: '政府性基金预算' });
  assert.deepEqual(figures, ['0.00', '5.00', '5.00']);
  assert.match(message.zh, /表8《政府性基金预算支出情况表》/);
});

test('X-FISCAL-STATE-CAPITAL: 表9 is empty, so 表4’s 国有资本经营预算 column must be blank', () => {
  const { location, figures } = theError(runOne(rule('X-FISCAL-STATE-CAPITAL'), withCell(doc, 'fiscal_summary', '收入总计', 4, '1.00')).findings);
  assert.deepEqual(location, { table: 4, key: 'fiscal_summary', row: '收入总计 | 支出总计', column: '国有资本经营预算' });
  assert.deepEqual(figures, ['0.00', '1.00', '1.00']);
});

test('X-INCOME-GENERAL: 表5 合计 by code = 表2 一般公共预算 + 上级转移支付', () => {
  const { location, figures } = theError(runOne(rule('X-INCOME-GENERAL'), withCell(doc, 'general_budget_expenditure', '2101102', 0, '12.00')).findings);
  assert.deepEqual(location, { table: 5, key: 'general_budget_expenditure', row: '210 11 02 事业单位医疗', column: '合计' });
  assert.deepEqual(figures, ['11.00', '12.00', '1.00']);
});

test('X-INCOME-GENERAL: two printed addends (10.99 + 0.02) against 11.00 differ by rounding only — info', () => {
  const split = withCell(withCell(doc, 'income_summary', '2101102', 2, '10.99'), 'income_summary', '2101102', 3, '0.02');
  const { result, findings } = runOne(rule('X-INCOME-GENERAL'), split);
  assert.equal(result.status, 'pass');
  const [info] = findings;
  assert.deepEqual([findings.length, info?.severity, info?.expected, info?.actual], [1, 'info', '11.01', '11.00']);
});

test('X-INCOME-GOV-FUND: 政府性基金 income in 表2 with an empty 表8 is an error at 表2’s row', () => {
  const { location, figures } = theError(runOne(rule('X-INCOME-GOV-FUND'), withCell(doc, 'income_summary', '20805', 4, '3.00')).findings);
  assert.deepEqual(location, { table: 2, key: 'income_summary', row: '208 05 行政事业单位养老支出' });
  assert.deepEqual(figures, ['0.00', '3.00', '3.00']);
});

test('X-INCOME-STATE-CAPITAL: 国有资本经营 income in 表2 with an empty 表9 is an error', () => {
  const { location, figures } = theError(runOne(rule('X-INCOME-STATE-CAPITAL'), withCell(doc, 'income_summary', '221', 7, '2.00')).findings);
  assert.deepEqual(location, { table: 2, key: 'income_summary', row: '221 住房保障支出' });
  assert.deepEqual(figures, ['0.00', '2.00', '2.00']);
});

test('X-EXPENDITURE-GENERAL: the general budget part of a code cannot exceed all its spending', () => {
  const { location, figures } = theError(runOne(rule('X-EXPENDITURE-GENERAL'), withCell(doc, 'general_budget_expenditure', '2080102', 2, '360.30')).findings);
  assert.deepEqual(location, { table: 5, key: 'general_budget_expenditure', row: '208 01 02 一般行政管理事务', column: '项目支出' });
  assert.deepEqual(figures, ['359.30', '360.30', '1.00']);
  // Less than the whole is what a department with other income prints: no finding.
  assert.deepEqual(runOne(rule('X-EXPENDITURE-GENERAL'), withCell(doc, 'general_budget_expenditure', '2080102', 2, '200.00')).findings, []);
});

test('X-GENERAL-BASIC-ECON: 表6 总计 1,259.27 = 表5 基本支出', () => {
  const { location, figures } = theError(runOne(rule('X-GENERAL-BASIC-ECON'), withCell(doc, 'general_budget_basic_expenditure', '', 0, '1260.27')).findings);
  assert.deepEqual(location, { table: 6, key: 'general_budget_basic_expenditure', row: '总计', column: '合计' });
  assert.deepEqual(figures, ['1,259.27', '1,260.27', '1.00']);
});

test('X-GENERAL-PROJECT: the projects of 2080102 (177 + 32 + 15 + 23.30) = 表5’s 247.30', () => {
  const { location, figures } = theError(runOne(rule('X-GENERAL-PROJECT'), withCell(doc, 'general_budget_project_expenditure', '2080102', 0, '178.00')).findings);
  assert.deepEqual(location, { table: 7, key: 'general_budget_project_expenditure', row: '208 01 02 一般行政管理事务', column: '项目支出合计' });
  assert.deepEqual(figures, ['247.30', '248.30', '1.00']);
});

test('X-THREE-PUBLIC-RECEPTION: 三公 公务接待费 0.40 ≥ 30217; more 三公 than basic is allowed (project money)', () => {
  const { location, figures } = theError(runOne(rule('X-THREE-PUBLIC-RECEPTION'), withCell(doc, 'three_public_expenses', '公务接待费', 1, '')).findings);
  assert.deepEqual(location, { table: 10, key: 'three_public_expenses', row: '公务接待费', column: '一般公共预算' });
  assert.deepEqual(figures, ['0.40', '0.00', '-0.40']);
  assert.deepEqual(runOne(rule('X-THREE-PUBLIC-RECEPTION'), withCell(doc, 'three_public_expenses', '公务接待费', 1, '0.90')).findings, []);
});

test('X-THREE-PUBLIC-VEHICLE: 三公 公务用车运行费 ≥ 30231 公务用车运行维护费 8.80', () => {
  const { location, figures } = theError(runOne(rule('X-THREE-PUBLIC-VEHICLE'), withCell(doc, 'three_public_expenses', '公务用车运行费', 1, '8.00')).findings);
  assert.deepEqual(location, { table: 10, key: 'three_public_expenses', row: '公务用车运行费', column: '一般公共预算' });
  assert.deepEqual(figures, ['8.80', '8.00', '-0.80']);
});

test('X-THREE-PUBLIC-ABROAD: basic 30212 printed while 三公 因公出国 is blank is an error', () => {
  assert.equal(runOne(rule('X-THREE-PUBLIC-ABROAD'), doc).result.status, 'pass');
  const { location, figures } = theError(runOne(rule('X-THREE-PUBLIC-ABROAD'), withCode(doc, 'general_budget_basic_expenditure', '30239', '30212')).findings);
  assert.deepEqual(location, { table: 10, key: 'three_public_expenses', row: '因公出国（境）费', column: '一般公共预算' });
  assert.deepEqual(figures, ['5.00', '0.00', '-5.00']);
});

test('X-THREE-PUBLIC-PURCHASE: basic 31013 printed while 三公 购置费 is blank is an error', () => {
  assert.equal(runOne(rule('X-THREE-PUBLIC-PURCHASE'), doc).result.status, 'pass');
  const { location, figures } = theError(runOne(rule('X-THREE-PUBLIC-PURCHASE'), withCode(doc, 'general_budget_basic_expenditure', '30299', '31013')).findings);
  assert.deepEqual(location, { table: 10, key: 'three_public_expenses', row: '其中：公务用车购置费', column: '一般公共预算' });
  assert.deepEqual(figures, ['18.87', '0.00', '-18.87']);
});

test('X-CARRYOVER-SUMMARY: 表11 非财政拨款小计 = 表1 2.非财政拨款结转结余 (112.00)', () => {
  const { location, figures } = theError(runOne(rule('X-CARRYOVER-SUMMARY'), withCell(doc, 'carryover_detail', '总计', 5, '113.00')).findings);
  assert.deepEqual(location, { table: 11, key: 'carryover_detail', row: '总计', column: '非财政拨款小计' });
  assert.deepEqual(figures, ['112.00', '113.00', '1.00']);
});

test('X-CARRYOVER-INCOME: 表11 合计 = 表2 总计 财政拨款结转 + 非财政拨款结转结余', () => {
  const { location, figures } = theError(runOne(rule('X-CARRYOVER-INCOME'), withCell(doc, 'carryover_detail', '总计', 0, '111.00')).findings);
  assert.deepEqual(location, { table: 11, key: 'carryover_detail', row: '总计', column: '合计' });
  assert.deepEqual(figures, ['112.00', '111.00', '-1.00']);
});

test('X-CARRYOVER-KINDS: carried-over projects = 586.30 − 474.30 = 112.00 when there is no other income', () => {
  const { location, figures } = theError(runOne(rule('X-CARRYOVER-KINDS'), withCell(doc, 'carryover_detail', '总计', 8, '113.00')).findings);
  assert.deepEqual(location, { table: 11, key: 'carryover_detail', row: '总计' });
  assert.deepEqual(figures, ['112.00', '113.00', '1.00']);
  const basic = theError(runOne(rule('X-CARRYOVER-KINDS'), withCell(doc, 'carryover_detail', '总计', 2, '1.00')).findings);
  assert.deepEqual(basic.figures, ['0.00', '1.00', '1.00']);
});

test('X-CARRYOVER-KINDS: with other income of the year, carry-over is at most what remains', () => {
  const withIncome = withCell(doc, 'income_summary', '', 9, '10.00');
  assert.deepEqual(runOne(rule('X-CARRYOVER-KINDS'), withCell(withIncome, 'carryover_detail', '总计', 8, '100.00')).findings, []);
  const { figures } = theError(runOne(rule('X-CARRYOVER-KINDS'), withCell(withIncome, 'carryover_detail', '总计', 8, '113.00')).findings);
  assert.deepEqual(figures, ['112.00', '113.00', '1.00']);
});

test('X-OPERATING-COSTS: a 行政单位’s 机关运行经费 173.03 = 公用经费; a different stated figure is an error', () => {
  const copy = structuredClone(doc);
  copy.disclosure!.operatingCosts = 174_030_000; // 174.03 万元 in fen
  const { location, figures } = theError(runOne(rule('X-OPERATING-COSTS'), copy).findings);
  assert.deepEqual(location, { table: 6, key: 'general_budget_basic_expenditure', row: '总计', column: '公用经费' });
  assert.deepEqual(figures, ['173.03', '174.03', '1.00']);
});

test('X-OPERATING-COSTS: unknown body kind → unchecked; 事业单位 → not applicable; mixed → at most', () => {
  const kind = (k: CheckDocument['meta']['bodyKind']) => {
    const copy = structuredClone(doc);
    if (k === undefined) delete copy.meta.bodyKind;
    else copy.meta.bodyKind = k;
    return copy;
  };
  assert.equal(runOne(rule('X-OPERATING-COSTS'), kind(undefined)).result.status, 'unchecked');
  assert.equal(runOne(rule('X-OPERATING-COSTS'), kind('institution')).result.status, 'not_applicable');
  const mixed = kind('mixed');
  mixed.disclosure!.operatingCosts = 150_000_000;
  assert.equal(runOne(rule('X-OPERATING-COSTS'), mixed).result.status, 'pass');
  mixed.disclosure!.operatingCosts = 174_030_000;
  assert.equal(errorsOf(runOne(rule('X-OPERATING-COSTS'), mixed).findings).length, 1);
});

test('X-OPERATING-COSTS: without the data, the narrative’s stated figure is checked and the finding points at it', () => {
  const published = structuredClone(doc);
  delete published.disclosure;
  assert.equal(runOne(rule('X-OPERATING-COSTS'), published).result.status, 'pass');
  const broken = withSentence(published, '财政拨款预算173.03万元', '财政拨款预算175.03万元');
  const { location, figures } = theError(runOne(rule('X-OPERATING-COSTS'), broken).findings);
  assert.match(location.text ?? '', /机关运行经费财政拨款预算175\.03万元/);
  assert.deepEqual(figures, ['173.03', '175.03', '2.00']);
});

test('X-OPERATING-COSTS: Shanghai prints 机关运行经费 in its 三公 table — the finding stands there', () => {
  const sh = shanghaiDocument();
  const t9 = sh.tables.find((t) => t.key === 'three_public_expenses')!;
  t9.rows[0]!.values[6] = '174.03';
  const { location, figures } = theError(runOne(rule('X-OPERATING-COSTS'), sh).findings);
  assert.deepEqual(location, { table: 9, key: 'three_public_expenses', column: '机关运行经费' });
  assert.deepEqual(figures, ['173.03', '174.03', '1.00']);
});

test('mutants: every printed amount of tables 1 and 4 and of table 11’s total row, changed by ±1.00, is an error there', () => {
  // These cells have no (or few) sums inside their own table: the cross-table rules are what catch them.
  // Table 1's 单位资金 line under 上年结转结余 is the one exception: no other table splits non-fiscal carry-over.
  let mutants = 0;
  const missed: string[] = [];
  for (const key of ['income_expenditure_summary', 'fiscal_summary', 'carryover_detail'] as const) {
    const table = doc.tables.find((t) => t.key === key)!;
    table.rows.forEach((row, r) => {
      if (key === 'carryover_detail' && row.level !== 0) return;
      row.values.forEach((value, c) => {
        if (value === '' || (key === 'income_expenditure_summary' && row.name === '单位资金' && c === 0)) return;
        for (const delta of [1, -1]) {
          const copy = structuredClone(doc);
          const cell = copy.tables.find((t) => t.key === key)!.rows[r]!;
          cell.values[c] = formatAmount(parseFen(value, table.unit)! + delta * Number(FEN_PER_UNIT[table.unit]), table.unit, { decimals: 2, grouping: false });
          mutants++;
          const { findings } = runRules(copy, crossTableRules);
          if (!errorsOf(findings).some((f) => f.location.table === table.number)) missed.push(`表${table.number} ${row.name} ${table.columns[c]} ${delta}`);
        }
      });
    });
  }
  assert.deepEqual(missed, []);
  assert.ok(mutants >= 40, `${mutants} mutants`);
});

test('Jiangsu 2017 政协: 表2 a list of income, 表3 one row of totals — compared by their totals, not code by code', { skip: skipWithoutCorpus }, async () => {
  const d = documentFromPdfText(await parsedCorpus('2017_jiangsu_prov_cppcc_office_budget_tables.pdf'));
  const status = (id: string, doc = d) => runOne(ruleById(id)!, doc).result.status;
  // 表1 收入合计 9,146.79 = 表2 收入总计; 一、财政拨款 9,066.79 = 表2 一般公共预算资金 + 政府性基金 (+ no 国有资本经营预算 line)
  assert.equal(status('X-SUMMARY-INCOME-TOTAL'), 'pass');
  assert.equal(status('X-INCOME-SOURCES'), 'pass');
  // 表2 收入总计 9,146.79 = 表3 合计; 表8 合计 9,066.79 = 表2 一般公共预算资金 小计 and ≤ 表3 合计
  assert.equal(status('X-INCOME-EXPENDITURE-ROWS'), 'pass');
  assert.equal(status('X-INCOME-GENERAL'), 'pass');
  assert.equal(status('X-EXPENDITURE-GENERAL'), 'pass');
  // 表3 prints no 类: nothing to compare 表1's 类 with
  assert.equal(status('X-SUMMARY-CLASS'), 'unchecked');
  // a changed 一般公共预算资金 小计 (p. 2) disagrees with 表8's total and 表1's 1.一般公共预算
  const broken = withCell(d, 'income_summary', '一般公共预算资金 小计', 0, '9066.00');
  const errors = errorsOf(runOne(ruleById('X-INCOME-GENERAL')!, broken).findings);
  assert.deepEqual(errors.map((e) => [e.location.table, e.expected, e.actual]), [[8, '9,066.00', '9,066.79']]);
  assert.match(errors[0]!.message.zh, /一般公共预算资金 小计/);
  assert.equal(status('X-INCOME-SOURCES', broken), 'fail');
});
