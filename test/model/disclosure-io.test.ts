// Disclosure JSON in and out: lossless, and errors that name the file and the field path.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { decodeDisclosure, DisclosureError, encodeDisclosure, readDisclosureFile } from '../../src/model/io.ts';
import { loadSample, SAMPLE_PATH, sampleJson, tablesOf } from '../support/reference.ts';

type Json = Record<string, unknown> & { lineItems: Record<string, unknown>[] };
const clone = (): Json => structuredClone(sampleJson()) as Json;
const problemsOf = (json: unknown): string[] => {
  try {
    decodeDisclosure(json, 'x.json');
  } catch (err) {
    assert.ok(err instanceof DisclosureError);
    assert.match(err.message, /^x\.json: /);
    return err.problems;
  }
  assert.fail('expected a DisclosureError');
};

test('the sample decodes: amounts become integer fen', async () => {
  const d = await readDisclosureFile(SAMPLE_PATH);
  const first = d.lineItems[0]!;
  assert.equal(first.func, '2080101');
  assert.equal(first.amount, 287_546_000); // "2875460.00" 元 = 287.546 万元
  assert.ok(d.lineItems.every((i) => Number.isSafeInteger(i.amount)));
});

test('JSON round trip is lossless: encode(decode(json)) equals the file, decode(encode(d)) equals d', () => {
  const json = sampleJson();
  const d = decodeDisclosure(json);
  assert.deepEqual(encodeDisclosure(d), json);
  assert.deepEqual(decodeDisclosure(JSON.parse(JSON.stringify(encodeDisclosure(d)))), loadSample());
});

test('a malformed amount is reported with its field path and the offending string', () => {
  const json = clone();
  json.lineItems[3]!.amount = '1,234.5x';
  const problems = problemsOf(json);
  assert.equal(problems.length, 1);
  assert.match(problems[0]!, /^lineItems\[3\]\.amount: .*"1,234\.5x"/);
});

test('sub-fen amounts and amounts beyond 2^53 fen are rejected, never rounded', () => {
  const json = clone();
  json.lineItems[0]!.amount = '0.001';
  json.lineItems[1]!.amount = '90071992547409.92';
  const problems = problemsOf(json);
  assert.match(problems[0]!, /^lineItems\[0\]\.amount/);
  assert.match(problems[1]!, /^lineItems\[1\]\.amount: .*(过大|too large)/);
});

test('structural errors name the field: bad codes, unknown projects, project spending without a project', () => {
  const json = clone();
  json.lineItems[0]!.func = '20801';
  json.lineItems[1]!.econ = '3010';
  json.lineItems[40]!.project = 'no-such-project';
  delete json.lineItems[41]!.project;
  const problems = problemsOf(json).join('\n');
  assert.match(problems, /lineItems\[0\]\.func: .*7 位/);
  assert.match(problems, /lineItems\[1\]\.econ: /);
  assert.match(problems, /lineItems\[40\]\.project: .*no-such-project/);
  assert.match(problems, /lineItems\[41\]\.project: .*项目支出必须注明项目/);
});

test('a missing section and a wrong enum value are named', () => {
  const json = clone();
  delete json.threePublic;
  (json.meta as Record<string, unknown>).stage = 'draft';
  const problems = problemsOf(json).join('\n');
  assert.match(problems, /^threePublic: /m);
  assert.match(problems, /^meta\.stage: /m);
});

test('files: not found and not JSON give a clear message naming the file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'yusuan-io-'));
  const bad = join(dir, 'bad.json');
  writeFileSync(bad, '{ "format": ');
  await assert.rejects(readDisclosureFile(join(dir, 'missing.json')), (err: Error) => {
    assert.ok(err instanceof DisclosureError);
    assert.match(err.message, /missing\.json: .*\n.*文件不存在/);
    return true;
  });
  await assert.rejects(readDisclosureFile(bad), /bad\.json: 不是有效的 JSON/);
});

test('stated income (final accounts) round-trips and drives table 1 instead of the line items', () => {
  const json = clone();
  json.income = { general: '17335698.00', unit_business: '500000.00', carryover_unit: '1120000.00' };
  const d = decodeDisclosure(json);
  assert.equal(d.income?.unit_business, 50_000_000);
  assert.deepEqual(encodeDisclosure(d), json);
  const t1 = tablesOf(d)[0]!;
  assert.equal(t1.rows.find((r) => r.name === '其中：事业收入')!.values[0], '50.00');
  assert.equal(t1.rows.at(-1)!.values[0], '1895.57');
});
