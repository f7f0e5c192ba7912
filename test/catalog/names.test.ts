import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchName, normaliseName } from '../../src/catalog/names.ts';
import { levelOfCode, normaliseCode, parentCodeOf } from '../../src/catalog/classification.ts';

test('names unify full- and half-width brackets and drop whitespace', () => {
  assert.equal(normaliseName('维修(护)费'), normaliseName('维修（护）费'));
  assert.equal(normaliseName('行政\n运行 '), '行政运行');
  assert.equal(matchName('维修（护）费', '维修(护)费'), 'exact');
});

test('a truncated printed name matches by prefix; a longer or different one does not', () => {
  assert.equal(matchName('机关事业单位基本养老保险缴费支出', '机关事业单位基本养老保险缴'), 'prefix');
  assert.equal(matchName('其他交通费用', '其他交通费用支出'), undefined);
  assert.equal(matchName('差旅费', '事业单位离退休人员福利费'), undefined);
  assert.equal(matchName('差旅费', '  '), undefined);
});

test('codes: spaces and full-width digits normalise; level and parent follow the code length', () => {
  assert.equal(normaliseCode('208 01 01'), '2080101');
  assert.equal(normaliseCode('３０２\u300013'), '30213');
  assert.equal(levelOfCode('function', '2080101'), 3);
  assert.equal(levelOfCode('function', '20801'), 2);
  assert.equal(levelOfCode('dept_economic', '30110'), 2);
  assert.equal(levelOfCode('dept_economic', '3011001'), undefined);
  assert.equal(levelOfCode('function', '20x01'), undefined);
  assert.equal(parentCodeOf('function', '2080101'), '20801');
  assert.equal(parentCodeOf('function', '208'), null);
  assert.equal(parentCodeOf('gov_economic', '50101'), '501');
});
