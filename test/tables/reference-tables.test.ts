// Every cell of the reference document's 11 tables, reproduced from the sample disclosure.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tableToJson } from '../../src/tables/table-model.ts';
import { expectedTables, loadSample, seedText, tablesOf } from '../support/reference.ts';

const generated = tablesOf(loadSample());
const expected = expectedTables();

test('the template yields the 11 tables of the reference document, in order', () => {
  assert.deepEqual(
    generated.map((t) => `${t.number} ${t.key} ${t.title}`),
    expected.map((t) => `${t.number} ${t.key} ${t.title}`),
  );
});

for (const want of expected) {
  test(`表${want.number} ${want.title}: every row and cell as printed`, () => {
    const got = generated.find((t) => t.number === want.number);
    assert.ok(got, `表${want.number} is generated`);
    const json = tableToJson(got) as typeof want & { columns: string[] };
    assert.equal(json.unit, want.unit);
    assert.equal(json.preparer, want.preparer);
    assert.equal(json.note, want.note);
    for (const row of want.rows) assert.equal(row.values.length, json.columns.length, `${row.name}: one value per column`);
    const label = (r: (typeof want.rows)[number]) => `${r.code} ${r.name} ${r.project ?? ''} ${r.pair ? `| ${r.pair.code} ${r.pair.name}` : ''}`;
    assert.deepEqual(json.rows.map(label), want.rows.map(label), 'row labels');
    want.rows.forEach((row, i) => assert.deepEqual(json.rows[i], row, `row ${i}: ${label(row)}`));
  });
}

test('the numbering row (※ for label columns, 1…n for amounts) is the one each table prints, or none', () => {
  const seed = seedText();
  const starts = [...seed.matchAll(/^\s*表\s*(\d+)\s*$/gm)].map((m) => ({ number: Number(m[1]), at: m.index! }));
  const part3 = seed.indexOf('第三部分');
  for (const [i, { number, at }] of starts.entries()) {
    const block = seed.slice(at, starts[i + 1]?.at ?? part3);
    const printed = /^※[※\d ]*$/m.exec(block)?.[0].trim().split(/\s+/);
    assert.deepEqual(generated.find((t) => t.number === number)!.numbering, printed, `表${number}`);
  }
});
