// Family 1 — sums inside a table: each rule passes on the reference document and fails on a broken copy.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ruleById } from '../../src/rules/registry.ts';
import { errorsOf, referenceDocument, runOne, withCell } from '../support/check.ts';

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
