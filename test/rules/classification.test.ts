// Family 5 — classification: each rule passes on the reference document and fails on a broken copy, among
// them the real non-conforming rows of PROVENANCE.md (普陀区社会福利院 2024: 302 02 咨询费, 302 10 车辆运行费,
// 302 11 事业单位离退休人员福利费, 303 离退休人员经费).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CheckDocument, CheckTable } from '../../src/check/document.ts';
import { ruleById } from '../../src/rules/registry.ts';
import type { TableRow } from '../../src/tables/table-model.ts';
import { errorsOf, referenceDocument, runOne, withCell } from '../support/check.ts';

const doc = referenceDocument();
const rule = (id: string) => ruleById(id)!;
const edit = (d: CheckDocument, change: (copy: CheckDocument) => void): CheckDocument => {
  const copy = structuredClone(d);
  change(copy);
  return copy;
};
const table = (d: CheckDocument, key: string): CheckTable => d.tables.find((t) => t.key === key)!;
const row = (t: CheckTable, code: string): TableRow => t.rows.find((r) => r.code === code)!;
/** The basic-spending table with a row renamed and recoded as the welfare home printed it. */
const printed = (code: string, asCode: string, asName: string) =>
  edit(doc, (d) => Object.assign(row(table(d, 'general_budget_basic_expenditure'), code), { code: asCode, name: asName }));

test('CLS-CODE-EXISTS: every code of the reference is in the catalog', () => {
  assert.deepEqual(runOne(rule('CLS-CODE-EXISTS'), doc), { result: { id: 'CLS-CODE-EXISTS', status: 'pass' }, findings: [] });
});

test('CLS-CODE-EXISTS: "302 10 车辆运行费" is not in the catalog — a warning, never an error', () => {
  const { result, findings } = runOne(rule('CLS-CODE-EXISTS'), printed('30239', '30210', '车辆运行费'));
  assert.equal(result.status, 'fail');
  assert.equal(findings.length, 1);
  assert.equal(findings[0]!.severity, 'warning');
  assert.deepEqual(findings[0]!.location, { table: 6, key: 'general_budget_basic_expenditure', row: '302 10 车辆运行费' });
  assert.match(findings[0]!.message.zh, /科目 302 10 车辆运行费 不在参考目录中，请核对/);
});

test('CLS-CODE-NAME: codes and names agree in the reference', () => {
  assert.deepEqual(runOne(rule('CLS-CODE-NAME'), doc).findings, []);
});

test('CLS-CODE-NAME: "302 02 咨询费" against the verified 印刷费 is an error; "303 离退休人员经费" too', () => {
  const consult = runOne(rule('CLS-CODE-NAME'), printed('30202', '30202', '咨询费'));
  assert.deepEqual(consult.findings.map((f) => [f.severity, f.location.row, f.expected, f.actual]), [['error', '302 02 咨询费', '印刷费', '咨询费']]);
  const welfare = runOne(rule('CLS-CODE-NAME'), printed('30228', '30211', '事业单位离退休人员福利费'));
  assert.deepEqual(welfare.findings.map((f) => [f.severity, f.expected]), [['error', '差旅费']]);
  const retired = runOne(rule('CLS-CODE-NAME'), printed('303', '303', '离退休人员经费'));
  assert.deepEqual(retired.findings.map((f) => [f.severity, f.expected]), [['error', '对个人和家庭的补助']]);
});

test('CLS-CODE-NAME: a mismatch against a compiled (high-confidence) name is only a warning; a truncated name is fine', () => {
  const renamed = edit(doc, (d) => (row(table(d, 'expenditure_summary'), '20801').name = '人力资源管理事务'));
  const { findings } = runOne(rule('CLS-CODE-NAME'), renamed);
  assert.deepEqual(findings.map((f) => [f.severity, f.location.table, f.expected]), [['warning', 3, '人力资源和社会保障管理事务']]);
  const truncated = edit(doc, (d) => (row(table(d, 'expenditure_summary'), '2080505').name = '机关事业单位基本养老保险缴'));
  assert.equal(runOne(rule('CLS-CODE-NAME'), truncated).result.status, 'pass');
});

test('CLS-CODE-FORMAT: codes of 3/5/7 digits pass; a 4-digit code is an error', () => {
  assert.equal(runOne(rule('CLS-CODE-FORMAT'), doc).result.status, 'pass');
  const odd = edit(doc, (d) => (row(table(d, 'expenditure_summary'), '20807').code = '2087'));
  const [error] = errorsOf(runOne(rule('CLS-CODE-FORMAT'), odd).findings);
  assert.deepEqual([error!.location.table, error!.actual], [3, '2087']);
});

test('CLS-HIERARCHY: every 项 under its 款 under its 类 (project rows under their 款 too)', () => {
  assert.equal(runOne(rule('CLS-HIERARCHY'), doc).result.status, 'pass');
});

test('CLS-HIERARCHY: a 项 whose 款 row is missing is an error', () => {
  const missing = edit(doc, (d) => {
    const t = table(d, 'expenditure_summary');
    t.rows = t.rows.filter((r) => r.code !== '20807');
  });
  const { findings } = runOne(rule('CLS-HIERARCHY'), missing);
  assert.deepEqual(findings.map((f) => [f.severity, f.location.row, f.expected]), [['error', '208 07 99 其他就业补助支出', '20807']]);
  assert.match(findings[0]!.message.zh, /款 208 07 未列出/);
});

test('CLS-HIERARCHY: a 项 printed inside another 款 is an error', () => {
  const misplaced = edit(doc, (d) => {
    const t = table(d, 'expenditure_summary');
    const moved = t.rows.splice(t.rows.findIndex((r) => r.code === '2080799'), 1)[0]!;
    t.rows.splice(t.rows.findIndex((r) => r.code === '2080101') + 1, 0, moved);
  });
  const found = runOne(rule('CLS-HIERARCHY'), misplaced).findings.map((f) => f.location.row);
  assert.deepEqual(found, ['208 07 99 其他就业补助支出']);
});

test('CLS-ORDER: rows in code order; 2080506 before 2080505 is a warning', () => {
  assert.equal(runOne(rule('CLS-ORDER'), doc).result.status, 'pass');
  const swapped = edit(doc, (d) => {
    const t = table(d, 'expenditure_summary');
    const i = t.rows.findIndex((r) => r.code === '2080505');
    [t.rows[i], t.rows[i + 1]] = [t.rows[i + 1]!, t.rows[i]!];
  });
  const { findings } = runOne(rule('CLS-ORDER'), swapped);
  assert.deepEqual(findings.map((f) => [f.severity, f.location.row]), [['warning', '208 05 05 机关事业单位基本养老保险缴费支出']]);
});

test('CLS-PERSONNEL-ECON: personnel costs only in 301/303; 0.50 of them in 302 02 is an error at that cell', () => {
  assert.equal(runOne(rule('CLS-PERSONNEL-ECON'), doc).result.status, 'pass');
  const { findings } = runOne(rule('CLS-PERSONNEL-ECON'), withCell(doc, 'general_budget_basic_expenditure', '30202', 1, '0.50'));
  assert.deepEqual(findings.map((f) => [f.severity, f.location.row, f.location.column, f.expected, f.actual]), [['error', '302 02 印刷费', '人员经费', '0.00', '0.50']]);
});

test('CLS-PUBLIC-ECON: public costs in 302 (and 310 办公设备购置); 1.00 of them in 303 02 退休费 is an error', () => {
  assert.equal(runOne(rule('CLS-PUBLIC-ECON'), doc).result.status, 'pass');
  const { findings } = runOne(rule('CLS-PUBLIC-ECON'), withCell(doc, 'general_budget_basic_expenditure', '30302', 2, '1.00'));
  assert.deepEqual(findings.map((f) => [f.severity, f.location.row, f.location.column, f.actual]), [['error', '303 02 退休费', '公用经费', '1.00']]);
  const equipment = edit(doc, (d) => table(d, 'general_budget_basic_expenditure').rows.push({ code: '31002', name: '办公设备购置', values: ['1.00', '', '1.00'], level: 2 }));
  assert.equal(runOne(rule('CLS-PUBLIC-ECON'), equipment).result.status, 'pass');
  const strict = edit(equipment, (d) => (d.template = { ...d.template!, basicEconClasses: { personnel: ['301', '303'], public: ['302'] } }));
  assert.deepEqual(runOne(rule('CLS-PUBLIC-ECON'), strict).findings.map((f) => f.location.row), ['310 02 办公设备购置']);
});

test('CLS-BASIC-FUNCTION: basic spending under 行政运行, pensions, health and housing only; under 一般行政管理事务 it is a warning', () => {
  assert.equal(runOne(rule('CLS-BASIC-FUNCTION'), doc).result.status, 'pass');
  const { findings } = runOne(rule('CLS-BASIC-FUNCTION'), withCell(doc, 'expenditure_summary', '2080102', 1, '10.00'));
  assert.deepEqual(findings.map((f) => [f.severity, f.location.row, f.location.column, f.actual]), [['warning', '208 01 02 一般行政管理事务', '基本支出', '10.00']]);
});

test('CLS-PROJECT-ECON-CLASS: the project table’s economic columns are the 类 301–399 with their names', () => {
  assert.equal(runOne(rule('CLS-PROJECT-ECON-CLASS'), doc).result.status, 'pass');
  const byItem = edit(doc, (d) => (table(d, 'general_budget_project_expenditure').roles[2] = 'general_budget.project.econ:30201'));
  const { findings } = runOne(rule('CLS-PROJECT-ECON-CLASS'), byItem);
  assert.deepEqual(findings.map((f) => [f.severity, f.location.column, f.actual]), [['error', '商品和服务支出', '30201']]);
  const misnamed = edit(doc, (d) => (table(d, 'general_budget_project_expenditure').columns[2] = '资本性支出'));
  assert.deepEqual(runOne(rule('CLS-PROJECT-ECON-CLASS'), misnamed).findings.map((f) => [f.severity, f.expected]), [['warning', '商品和服务支出']]);
  const none = edit(doc, (d) => (d.tables = d.tables.filter((t) => t.key !== 'general_budget_project_expenditure')));
  assert.equal(runOne(rule('CLS-PROJECT-ECON-CLASS'), none).result.status, 'not_applicable');
});
