// `yusuan check <file.txt>`: a published document's extracted text checked as the user runs it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { SEED_PATH, seedText } from '../support/reference.ts';

const BIN = fileURLToPath(new URL('../../bin/yusuan.js', import.meta.url));
const yusuan = (...args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};
const textFile = (text: string) => {
  const path = join(mkdtempSync(join(tmpdir(), 'yusuan-text-')), 'published.txt');
  writeFileSync(path, text);
  return path;
};

test('check <seed.txt> --format json: the reference text, 0 errors, its tables and the undecided placement noted', () => {
  const r = yusuan('check', SEED_PATH, '--format', 'json');
  assert.equal(r.status, 0, r.stderr);
  const report = JSON.parse(r.stdout) as {
    document: { template: string; body: string; year: number; pages: number | null };
    tables: { number: number; notes?: string[] }[];
    summary: { errors: number };
  };
  assert.deepEqual([report.document.template, report.document.year, report.document.pages], ['xinjiang-11', 2025, null]);
  assert.equal(report.summary.errors, 0);
  assert.equal(report.tables.length, 11);
  assert.match(report.tables.find((t) => t.number === 7)!.notes![0]!, /^表7：印刷金额的位置有 10 种放法/);
});

test('check <seed.txt>: the text report shows the reading notes; a changed cell is an error in its table (exit 1)', () => {
  const ok = yusuan('check', SEED_PATH);
  assert.equal(ok.status, 0, ok.stderr);
  assert.match(ok.stdout, /读取说明（公开文件中无法确定的地方）\n {2}表7：/);
  const changed = textFile(seedText().replace('208 01 07 社会保险业务管理事务 15.00 15.00\n', '208 01 07 社会保险业务管理事务 15.00 51.00\n'));
  const bad = yusuan('check', changed, '--format', 'json');
  assert.equal(bad.status, 1, bad.stderr);
  const report = JSON.parse(bad.stdout) as { findings: { severity: string; location: { table?: number; row?: string } }[] };
  assert.ok(report.findings.some((f) => f.severity === 'error' && f.location.table === 3 && f.location.row === '208 01 07 社会保险业务管理事务'));
});

test('unreadable text ends in a clear message naming the file, exit 2', () => {
  const empty = yusuan('check', textFile(''));
  assert.equal(empty.status, 2);
  assert.match(empty.stderr, /published\.txt: 文件没有文字/);
  assert.doesNotMatch(empty.stderr, /at .*\.ts:\d+/, 'no stack trace');
  const none = yusuan('check', textFile('一段没有表格的文字。\n'));
  assert.equal(none.status, 2);
  assert.match(none.stderr, /未找到公开表/);
  const missing = yusuan('check', 'no-such-file.txt');
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /no-such-file\.txt: 文件不存在/);
  const narrative = yusuan('check', SEED_PATH, '--narrative', SEED_PATH);
  assert.equal(narrative.status, 2);
  assert.match(narrative.stderr, /--narrative 只用于披露数据文件/);
});
