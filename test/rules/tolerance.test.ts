// What rounding explains between printed figures, and how figures are shown in findings.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { repeatedFigureBound, shown, sumBound } from '../../src/rules/tolerance.ts';

test('repeatedFigureBound: one figure printed twice at the same precision must match; across units, half the coarser digit', () => {
  assert.equal(repeatedFigureBound({ unit: '万元' }, { unit: '万元' }), 0);
  assert.equal(repeatedFigureBound({ unit: '元' }, { unit: '元' }), 0);
  // 0.005 万元 = 50 元 = 5,000 fen, whichever side is the coarser.
  assert.equal(repeatedFigureBound({ unit: '万元' }, { unit: '元' }), 5_000);
  assert.equal(repeatedFigureBound({ unit: '元' }, { unit: '万元' }), 5_000);
  // "139.8万元" is read as 139.80 (two decimals); a narrative printing one more decimal than a 万元 table.
  assert.equal(repeatedFigureBound({ unit: '万元', decimals: 3 }, { unit: '万元' }), 5_000);
});

test('sumBound: n printed addends explain n half-units; one addend nothing', () => {
  assert.deepEqual([0, 1, 2, 3].map((n) => sumBound(n, '万元')), [0, 0, 10_000, 15_000]);
});

test('shown: two decimals, more when the amount has them, so that no difference reads 0.00', () => {
  assert.equal(shown(1_845_570_000, '万元'), '1,845.57');
  assert.equal(shown(1_259_269_800, '万元'), '1,259.2698');
  assert.equal(shown(20_000, '万元'), '0.02');
  assert.equal(shown(-200_00, '万元'), '-0.02');
  assert.equal(shown(200, '万元'), '0.0002');
  assert.equal(shown(5_000, '万元', 3), '0.005');
  assert.equal(shown(1_730_298_00, '元'), '1,730,298.00');
});
