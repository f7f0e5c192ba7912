// Text rendering: every amount ends under the end of its column heading, for every table shape.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { grouped, tableToText } from '../../src/render/table-text.ts';
import { loadSample, tablesOf } from '../support/reference.ts';

const tables = tablesOf(loadSample());

/** Display columns (CJK counts two) at which each whitespace-separated token of a line ends. */
function tokenEnds(line: string): { token: string; end: number }[] {
  const out: { token: string; end: number }[] = [];
  let col = 0;
  let token = '';
  for (const ch of line + ' ') {
    if (ch === ' ') {
      if (token) out.push({ token, end: col });
      token = '';
    } else token += ch;
    col += /[\u2e80-\ua4cf\uff00-\uff60]/u.test(ch) ? 2 : 1; // “” are narrow, as in most terminals
  }
  return out;
}

for (const t of tables.filter((t) => t.rows.length > 0)) {
  test(`表${t.number} text: each amount right-aligned under its own column`, () => {
    const lines = tableToText(t).split('\n');
    const headerEnds = tokenEnds(lines[2]!).slice(-t.columns.length).map((h) => h.end);
    assert.deepEqual(tokenEnds(lines[2]!).slice(-t.columns.length).map((h) => h.token), t.columns);
    const body = lines.slice(t.numbering ? 4 : 3, 3 + (t.numbering ? 1 : 0) + t.rows.length);
    assert.equal(body.length, t.rows.length);
    body.forEach((line, i) => {
      const values = t.rows[i]!.values;
      const ends = tokenEnds(line);
      const amounts = ends.filter((e) => /^-?[\d,]+\.\d{2}$/.test(e.token));
      const expected = values.flatMap((v, col) => (v ? [{ token: grouped(v), end: headerEnds[col]! }] : []));
      assert.deepEqual(amounts.slice(-expected.length || ends.length), expected, `row ${i}: ${t.rows[i]!.name}`);
    });
  });
}

test('tables with code columns keep them: function 类/款/项, economic 类/款, project tables', () => {
  const text = (n: number) => tableToText(tables.find((t) => t.number === n)!).split('\n');
  assert.match(text(3).find((l) => l.includes('行政运行'))!, /^208 +01 +01 +行政运行/);
  assert.match(text(6).find((l) => l.includes('基本工资'))!, /^301 +01 +基本工资/);
  assert.ok(text(7).some((l) => /^208 +01 +02 +一般行政管理事务 +\S/.test(l)));
  assert.match(text(11)[4]!, /^总计 +112\.00/);
});

test('grouped() prints thousands separators as the official tables do', () => {
  assert.equal(grouped('1845.57'), '1,845.57');
  assert.equal(grouped('-1234567.00'), '-1,234,567.00');
  assert.equal(grouped('999.99'), '999.99');
  assert.equal(grouped(''), '');
});
