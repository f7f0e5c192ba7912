// `yusuan check file.pdf` as a user runs it: a published PDF checked from its positions (exit 0 when the
// document agrees with itself, tables with their pages), and a file that is no PDF named, exit 2.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { corpusPath, skipWithoutCorpus } from '../support/corpus.ts';

const BIN = fileURLToPath(new URL('../../bin/yusuan.js', import.meta.url));
const yusuan = (...args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};

test('check <2025 部门预算.pdf> --format json: exit 0, nine tables with their pages', { skip: skipWithoutCorpus }, () => {
  const r = yusuan('check', corpusPath('2025_shanghai_putuo_district_govt_office_dept_budget.pdf'), '--format', 'json');
  assert.equal(r.status, 0, r.stderr);
  const report = JSON.parse(r.stdout) as { document: { template: string }; tables: { number: number; page?: number }[]; summary: { errors: number } };
  assert.equal(report.document.template, 'shanghai-9');
  assert.equal(report.summary.errors, 0);
  assert.deepEqual(
    report.tables.map((t) => t.page),
    [8, 9, 11, 13, 14, 16, 17, 18, 20],
  );
});

test('check <not a pdf>.pdf: one line naming the file, exit 2', () => {
  const dir = mkdtempSync(join(tmpdir(), 'yusuan-check-pdf-'));
  const path = join(dir, 'fake.pdf');
  writeFileSync(path, 'hello');
  const r = yusuan('check', path);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /fake\.pdf/);
  assert.doesNotMatch(r.stderr, /\n\s+at /);
});
