// The reference document checked as a whole: no errors, its rounding traces as info, every rule accounted for.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkDocument } from '../../src/check/check.ts';
import { RULES } from '../../src/rules/registry.ts';
import { referenceDocument } from '../support/check.ts';

for (const narrative of [true, false]) {
  test(`reference sample ${narrative ? 'with' : 'without'} its published narrative: 0 errors, every rule has an outcome`, () => {
    const report = checkDocument(referenceDocument({ narrative }));
    assert.equal(report.summary.errors, 0, report.findings.filter((f) => f.severity === 'error').map((f) => `${f.rule} ${f.message}`).join('\n'));
    assert.equal(report.rules.length, RULES.length);
    const s = report.summary;
    assert.equal(s.rules_run + s.rules_not_applicable + s.rules_unchecked, RULES.length);
    assert.deepEqual(report.rules.filter((r) => r.reason?.includes('内部错误')), [], 'no rule crashed');
    // The document's own rounding traces: 208 prints 1,691.96 over 款 adding to 1,691.95, and so on.
    assert.ok(report.findings.some((f) => f.severity === 'info' && f.rule === 'SUM-CLASS' && f.location.row === '208 社会保障和就业支出'));
    const traces = report.findings.filter((f) => f.severity === 'info' && f.location.table !== undefined);
    assert.ok(traces.every((f) => f.difference === '0.01' || f.difference === '-0.01'), 'table traces are of one cent');
  });
}

test('at least 80 rules in the catalogue, in every family of the issue', () => {
  assert.ok(RULES.length >= 80, `${RULES.length} rules`);
  const families = new Set(RULES.map((r) => r.family));
  for (const f of ['table-sums', 'cross-table', 'narrative', 'completeness', 'classification', 'performance', 'statements', 'hygiene']) assert.ok(families.has(f as never), f);
});
