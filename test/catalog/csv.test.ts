import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCsv, CsvSyntaxError } from '../../src/catalog/csv.ts';

test('plain rows, LF and CRLF line ends, no empty record after the final line break', () => {
  assert.deepEqual(parseCsv('a,b\n1,2\n'), [['a', 'b'], ['1', '2']]);
  assert.deepEqual(parseCsv('a,b\r\n1,2\r\n'), [['a', 'b'], ['1', '2']]);
  assert.deepEqual(parseCsv('a,b\r1,2'), [['a', 'b'], ['1', '2']]);
});

test('a leading BOM is dropped', () => {
  assert.deepEqual(parseCsv('\uFEFFcode,name\r\n208,社会保障和就业支出'), [['code', 'name'], ['208', '社会保障和就业支出']]);
});

test('quoted fields keep commas, doubled quotes and line breaks', () => {
  const text = 'code,note\r\n30213,"维修（护）费, ""含维护""\r\n第二行"\r\n';
  assert.deepEqual(parseCsv(text), [['code', 'note'], ['30213', '维修（护）费, "含维护"\r\n第二行']]);
});

test('empty fields, empty quoted fields and trailing commas', () => {
  assert.deepEqual(parseCsv('a,,""\n,\n'), [['a', '', ''], ['', '']]);
  assert.deepEqual(parseCsv('"",x'), [['', 'x']]);
});

test('a blank line is a record with one empty field; empty input has no records', () => {
  assert.deepEqual(parseCsv('a\n\nb\n'), [['a'], [''], ['b']]);
  assert.deepEqual(parseCsv(''), []);
  assert.deepEqual(parseCsv('\uFEFF'), []);
});

test('a quote inside an unquoted field is kept as text', () => {
  assert.deepEqual(parseCsv('5"寸,b'), [['5"寸', 'b']]);
});

test('an unterminated quote is an error naming the line where it opened', () => {
  assert.throws(
    () => parseCsv('a,b\n1,"open\nmore'),
    (error: unknown) => error instanceof CsvSyntaxError && error.line === 2 && /unterminated/.test(error.message),
  );
});

test('reads the bundled economic CSV: the quoted edition label with a comma stays one field', async () => {
  const { readFileSync } = await import('node:fs');
  const text = readFileSync(new URL('../../data/catalog/dept_econ_class.csv', import.meta.url), 'utf8');
  const records = parseCsv(text);
  assert.deepEqual(records[0], ['code', 'name', 'level', 'parent', 'edition', 'confidence', 'evidence']);
  assert.ok(records.every((record) => record.length === 7));
  assert.equal(records[1]?.[4], '2018+ system (财预〔2017〕98号 reform), names as used in 2023-2026 published budgets');
});
