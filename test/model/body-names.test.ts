// One body's names: the full name a table prints, the short form a narrative uses, the name without its region.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bodyNames, sameBody } from '../../src/model/body-names.ts';

test('the Party and CPPCC committees’ short forms, and the name without its province', () => {
  assert.deepEqual(bodyNames('中国共产党江苏省委员会办公厅'), ['中国共产党江苏省委员会办公厅', '江苏省委办公厅', '省委办公厅']);
  assert.deepEqual(bodyNames('中国人民政治协商会议江苏省委员会办公厅'), ['中国人民政治协商会议江苏省委员会办公厅', '江苏省政协办公厅', '省政协办公厅']);
  assert.deepEqual(bodyNames('江苏省人大常委会办公厅'), ['江苏省人大常委会办公厅', '省人大常委会办公厅']);
  assert.deepEqual(bodyNames(''), []);
});

test('one body or two: the tables’ full name and the cover’s short one are one; two provinces’ offices are two', () => {
  assert.ok(sameBody('江苏省委办公厅', '中国共产党江苏省委员会办公厅'));
  assert.ok(sameBody('省委办公厅', '中国共产党江苏省委员会办公厅'));
  assert.ok(sameBody('江苏省政协办公厅', '江苏省政协办公厅'));
  assert.ok(!sameBody('江苏省委办公厅', '江苏省政协办公厅'));
  assert.ok(!sameBody('江苏省委办公厅', '浙江省委办公厅'));
});
