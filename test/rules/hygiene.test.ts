// Family 8 — text hygiene: each rule passes on the reference document (or, for its one real slip, on a corrected
// copy) and fails on a broken copy.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CheckDocument } from '../../src/check/document.ts';
import { ruleById } from '../../src/rules/registry.ts';
import { errorsOf, referenceDocument, runOne, withCell, withSentence } from '../support/check.ts';

const doc = referenceDocument();
const rule = (id: string) => ruleById(id)!;
const edit = (d: CheckDocument, change: (copy: CheckDocument) => void): CheckDocument => {
  const copy = structuredClone(d);
  change(copy);
  return copy;
};
const TOTAL = '收支总预算1,845.57万元。';
const VEHICLES = '2025年部门预算未安排购置车辆经费，安排购置50万元以上大型设备0台，单位价值100万元以上大型设备0台。';

const passes = (id: string, d = doc) => {
  const { result, findings } = runOne(rule(id), d);
  assert.equal(result.status, 'pass', `${id}: ${findings.map((f) => f.message.zh).join(' / ')}`);
};

test('HYG-PLACEHOLDER: none in the reference; "XX万元" in a sentence and "某某" in a project name are errors', () => {
  passes('HYG-PLACEHOLDER');
  const { findings } = runOne(rule('HYG-PLACEHOLDER'), withSentence(doc, TOTAL, '收支总预算XX万元。'));
  assert.deepEqual(findings.map((f) => [f.severity, f.location.text, f.actual]), [['error', '收支总预算XX万元。', 'XX']]);
  const project = edit(doc, (d) => (d.tables[6]!.rows[4]!.project = '某某项目'));
  const [error] = errorsOf(runOne(rule('HYG-PLACEHOLDER'), project).findings);
  assert.deepEqual([error!.location.table, error!.location.text], [7, '某某项目']);
});

test('HYG-PLACEHOLDER: "主要原因是……" and an empty 【】 are placeholders', () => {
  const dots = withSentence(doc, '主要原因是2025年无上级一般公共预算安排的转移支付资金', '主要原因是……');
  assert.deepEqual(runOne(rule('HYG-PLACEHOLDER'), dots).findings.map((f) => f.actual), ['……']);
  const brackets = withSentence(doc, '新就业办发【2024】2号', '新就业办发【】2号');
  assert.equal(errorsOf(runOne(rule('HYG-PLACEHOLDER'), brackets).findings).length, 1);
});

test('HYG-TEMPLATE-WORDS: none in the reference; "增加（减少）" left in is an error at its sentence', () => {
  passes('HYG-TEMPLATE-WORDS');
  const broken = withSentence(doc, '比上年预算增加229.83万元，增长15.28%', '比上年预算增加（减少）229.83万元，增长（下降）15.28%');
  const { findings } = runOne(rule('HYG-TEMPLATE-WORDS'), broken);
  assert.equal(findings.length, 1);
  assert.equal(findings[0]!.severity, 'error');
  assert.equal(findings[0]!.actual, '增加（减少） 增长（下降）');
  assert.match(findings[0]!.location.text!, /^昌吉回族自治州人力资源和社会保障局部门收入预算1,845.57万元/);
});

test('HYG-DOUBLE-PUNCT: none in the reference; "。。" and "，。" are warnings', () => {
  passes('HYG-DOUBLE-PUNCT');
  const { findings } = runOne(rule('HYG-DOUBLE-PUNCT'), withSentence(doc, TOTAL, '收支总预算1,845.57万元，。。'));
  assert.deepEqual(findings.map((f) => [f.severity, f.actual]), [['warning', '，。。']]);
});

test('HYG-UNIT-SLIP: the reference’s real "103.4 万万元" is a warning (not an error); corrected, the rule passes', () => {
  const { result, findings } = runOne(rule('HYG-UNIT-SLIP'), doc);
  assert.equal(result.status, 'fail');
  assert.deepEqual(findings.map((f) => [f.severity, f.actual]), [['warning', '万万元']]);
  assert.match(findings[0]!.location.text!, /物业管理服务103\.4万万元/);
  passes('HYG-UNIT-SLIP', withSentence(doc, '103.4万万元', '103.4万元'));
  assert.equal(runOne(rule('HYG-UNIT-SLIP'), withSentence(doc, TOTAL, '收支总预算1,845.57元元。')).findings.length, 2);
});

test('HYG-YEAR: the reference speaks of 2025 and 2024 (and older years only in cited documents); passes', () => {
  passes('HYG-YEAR');
  // Comparisons with last year's budget are fine however they are worded.
  passes('HYG-YEAR', withSentence(doc, '比上年预算增加229.83万元', '比2024年预算增加229.83万元'));
});

test('HYG-YEAR: "2024年部门预算" in a 2025 document, assets "截至2023年底" and a note of another year are warnings', () => {
  const budget = runOne(rule('HYG-YEAR'), withSentence(doc, VEHICLES, VEHICLES.replace('2025年部门预算', '2024年部门预算')));
  assert.deepEqual(budget.findings.map((f) => [f.severity, f.expected, f.actual]), [['warning', '2025', '2024年部门预算']]);
  const assets = runOne(rule('HYG-YEAR'), withSentence(doc, '截至2024年底', '截至2023年底'));
  assert.deepEqual(assets.findings.map((f) => f.actual), ['截至2023年']);
  const note = edit(doc, (d) => (d.tables[7]!.note = d.tables[7]!.note!.replace('2025年', '2024年')));
  assert.deepEqual(runOne(rule('HYG-YEAR'), note).findings.map((f) => [f.location.table, f.actual]), [[8, '2024年']]);
});

test('HYG-SCOPE-WORDING: a 部门预算 says 部门; "2025年单位预算" in it is a warning; a 单位预算 saying 部门预算 is too', () => {
  passes('HYG-SCOPE-WORDING');
  const unitWording = withSentence(doc, VEHICLES, VEHICLES.replace('2025年部门预算', '2025年单位预算'));
  const { findings } = runOne(rule('HYG-SCOPE-WORDING'), unitWording);
  assert.deepEqual(findings.map((f) => [f.severity, f.expected, f.actual, f.location.text]), [['warning', '部门', '2025年单位预算', VEHICLES.replace('2025年部门预算', '2025年单位预算')]]);
  // As a 单位预算, the reference's "2025年部门预算未安排…" is the wrong scope; "纳入部门预算管理" (the policy term) is not.
  const asUnit = edit(doc, (d) => (d.meta.scope = 'unit'));
  assert.deepEqual(
    runOne(rule('HYG-SCOPE-WORDING'), asUnit).findings.map((f) => [f.actual, f.location.text!.slice(0, 16)]),
    [
      ['2025年部门预算', '第三部分2025年部门预算情况说'],
      ['2025年部门预算', '2025年部门预算未安排购置车辆'],
      ['本部门预算', '2025年，本部门预算绩效管理整'],
    ],
  );
  assert.equal(runOne(rule('HYG-SCOPE-WORDING'), referenceDocument({ narrative: false })).result.status, 'unchecked');
});

test('HYG-NUMBER-FORMAT: separators and decimals right in the reference; "18,45.57" and a cell "929.4" are warnings', () => {
  passes('HYG-NUMBER-FORMAT');
  const text = runOne(rule('HYG-NUMBER-FORMAT'), withSentence(doc, TOTAL, '收支总预算18,45.57万元。'));
  assert.deepEqual(text.findings.map((f) => [f.severity, f.actual]), [['warning', '18,45.57']]);
  const cell = runOne(rule('HYG-NUMBER-FORMAT'), withCell(doc, 'expenditure_summary', '2080101', 0, '929.4'));
  assert.deepEqual(cell.findings.map((f) => [f.severity, f.location.table, f.location.row, f.location.column, f.actual]), [['warning', 3, '208 01 01 行政运行', '合计', '929.4']]);
});

test('HYG-FULLWIDTH-DIGITS: half-width in the reference; "１,８45.57" in text and "９29.37" in a cell are warnings', () => {
  passes('HYG-FULLWIDTH-DIGITS');
  const text = runOne(rule('HYG-FULLWIDTH-DIGITS'), withSentence(doc, TOTAL, '收支总预算１,８45.57万元。'));
  assert.deepEqual(text.findings.map((f) => [f.severity, f.actual, f.expected]), [['warning', '１,８', '1,8']]);
  const cell = runOne(rule('HYG-FULLWIDTH-DIGITS'), withCell(doc, 'expenditure_summary', '2080101', 0, '９29.37'));
  assert.deepEqual(cell.findings.map((f) => [f.location.row, f.expected]), [['208 01 01 行政运行', '929.37']]);
});
