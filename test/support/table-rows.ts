// Finding a table and its rows in a checked document, failing the test with a clear message when absent.
import assert from 'node:assert/strict';
import type { CheckDocument, CheckTable } from '../../src/check/document.ts';
import type { TableRow } from '../../src/tables/table-model.ts';

export const table = (doc: CheckDocument, n: number): CheckTable => {
  const t = doc.tables.find((x) => x.number === n);
  assert.ok(t, `表${n} found`);
  return t;
};

export const byCode = (t: CheckTable, code: string): TableRow => {
  const r = t.rows.find((x) => x.code === code);
  assert.ok(r, `表${t.number} row ${code}`);
  return r;
};

export const byName = (t: CheckTable, name: string): TableRow => {
  const r = t.rows.find((x) => x.name === name);
  assert.ok(r, `表${t.number} row ${name}`);
  return r;
};

/** A two-sided table's line by its right-hand (spending) label. */
export const byPair = (t: CheckTable, right: string): TableRow => {
  const r = t.rows.find((x) => x.pair?.name.includes(right));
  assert.ok(r, `表${t.number} line ${right}`);
  return r;
};
