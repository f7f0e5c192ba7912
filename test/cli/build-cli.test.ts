// `yusuan build` as a user runs it: the sample builds to files named for body, year and stage; a disclosure
// with an error-level finding is refused with its findings unless --draft, which marks the files 草稿; an
// unregistered format is a usage error; the writers' registry takes new formats.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import ExcelJS from 'exceljs';
import { writersOf } from '../../src/cli/build-command.ts';
import { CliError } from '../../src/cli/cli-error.ts';
import { documentFromWorkbook, loadWorkbook } from '../../src/ingest/xlsx/index.ts';
import { registerWriter, registeredFormats } from '../../src/render/writers.ts';
import { SAMPLE_PATH, sampleJson } from '../support/reference.ts';

const BIN = fileURLToPath(new URL('../../bin/yusuan.js', import.meta.url));
const yusuan = (...args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};
const tempDir = () => mkdtempSync(join(tmpdir(), 'yusuan-build-'));
const STEM = '昌吉回族自治州人力资源和社会保障局-2025-部门预算';

/** The sample with stated income that does not cover its spending: 表1 no longer balances (SUM-BALANCE). */
function unbalancedFile(): string {
  const json = structuredClone(sampleJson()) as { income?: Record<string, string> };
  json.income = { general: '17335700.00' };
  const path = join(tempDir(), 'unbalanced.json');
  writeFileSync(path, JSON.stringify(json));
  return path;
}

test('build writes the sample as HTML and XLSX, named for body, year and stage; the workbook reads back', async () => {
  const out = join(tempDir(), 'out');
  const r = yusuan('build', SAMPLE_PATH, '--out', out, '--formats', 'html,xlsx');
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(readdirSync(out).sort(), [`${STEM}.html`, `${STEM}.xlsx`]);
  assert.match(r.stdout, new RegExp(`已生成 \\(wrote\\) .*${STEM}\\.html`));
  assert.match(r.stderr, /错误 0/);
  const html = readFileSync(join(out, `${STEM}.html`), 'utf8');
  assert.equal((html.match(/<caption>/g) ?? []).length, 11);
  assert.doesNotMatch(html, /草稿/);
  const path = join(out, `${STEM}.xlsx`);
  const doc = documentFromWorkbook(await loadWorkbook(readFileSync(path), path), path);
  assert.equal(doc.tables.length, 11);
  const check = yusuan('check', path);
  assert.equal(check.status, 0, check.stdout);
});

test('build refuses a disclosure with an error-level finding: nothing written, the findings printed, exit 1', () => {
  const out = join(tempDir(), 'out');
  const r = yusuan('build', unbalancedFile(), '--out', out);
  assert.equal(r.status, 1);
  assert.match(r.stdout, /\[SUM-BALANCE\]/);
  assert.match(r.stderr, /未生成文件[^]*--draft/);
  assert.equal(existsSync(out), false);
});

test('build --draft writes the erroneous disclosure anyway, marked 草稿', async () => {
  const out = join(tempDir(), 'out');
  const r = yusuan('build', unbalancedFile(), '--out', out, '--formats', 'html,xlsx', '--draft');
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(readdirSync(out).sort(), [`${STEM}-草稿.html`, `${STEM}-草稿.xlsx`]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(join(out, `${STEM}-草稿.xlsx`)) as unknown as ArrayBuffer);
  assert.match(String(wb.getWorksheet('封面')!.getCell(1, 1).value), /（草稿）$/);
  assert.match(wb.worksheets[1]!.headerFooter.oddHeader ?? '', /草稿/);
  assert.match(r.stderr, /草稿 \(draft\): 错误 [1-9]/);
  const html = readFileSync(join(out, `${STEM}-草稿.html`), 'utf8');
  assert.match(html, /<div class="watermark" aria-hidden="true">草稿<\/div>/);
});

test('build: an unregistered format and a missing --out are usage errors (exit 2)', () => {
  const pdf = yusuan('build', SAMPLE_PATH, '--out', tempDir(), '--formats', 'html,pdfx');
  assert.equal(pdf.status, 2);
  assert.match(pdf.stderr, /格式 "pdfx"[^]*可用：html,xlsx/);
  const noOut = yusuan('build', SAMPLE_PATH);
  assert.equal(noOut.status, 2);
  assert.match(noOut.stderr, /--out/);
  assert.match(yusuan('help').stdout, /yusuan build <disclosure\.json> --out DIR/);
});

test('the writers registry: every registered format by default, a new format plugs in', () => {
  assert.deepEqual(writersOf(undefined).map((w) => w.format), registeredFormats());
  assert.throws(() => writersOf('txt2'), CliError);
  registerWriter({ format: 'txt2', extension: 'txt', write: (doc) => doc.title });
  assert.deepEqual(writersOf('HTML, txt2').map((w) => w.extension), ['html', 'txt']);
});
