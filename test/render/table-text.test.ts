// Text rendering: one label cell per label column, whatever the table's shape.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tableToText } from '../../src/render/table-text.ts';
import { loadSample, tablesOf } from '../support/reference.ts';

const tables = tablesOf(loadSample());
const text = (n: number) => tableToText(tables.find((t) => t.number === n)!).split('\n');

test('a table with one label column prints the name in it, the amounts under their headings', () => {
  const [, , head, total, , reception] = text(10);
  assert.match(head!, /^“三公”经费支出内容 +合计 +一般公共预算/);
  assert.match(total!, /^合计 +9\.20 +9\.20$/);
  assert.match(reception!, /^公务接待费 +0\.40 +0\.40$/);
  // The 合计 amount ends where the 合计 heading ends (right-aligned in its column; CJK is two columns wide).
  const width = (s: string) => [...s].reduce((n, c) => n + (/[\u3000-\u9fff\uff00-\uffef]/.test(c) ? 2 : 1), 0);
  assert.equal(width(total!.slice(0, total!.indexOf('9.20') + 4)), width(head!.slice(0, head!.indexOf('合计') + 2)));
});

test('tables with code columns keep them: function 类/款/项, economic 类/款, project tables', () => {
  assert.match(text(3).find((l) => l.includes('行政运行'))!, /^208 +01 +01 +行政运行/);
  assert.match(text(6).find((l) => l.includes('基本工资'))!, /^301 +01 +基本工资/);
  assert.ok(text(7).some((l) => /^208 +01 +02 +一般行政管理事务 +\S/.test(l)));
  assert.match(text(11)[3]!, /^总计 +112\.00/);
});
