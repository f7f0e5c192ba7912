// `yusuan parse --layer` as a user runs it (bin/yusuan.js): lines per page as text or JSON with positions; a
// file that cannot be read ends in one line naming it and exit code 2, never a stack trace. What `parse` prints
// by default (the document as read) is parse-cli.test.ts's.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { corpusPath, skipWithoutCorpus } from '../support/corpus.ts';
import { encryptedPdf, toUnicodePdf } from '../support/pdf-fixtures.ts';

const BIN = fileURLToPath(new URL('../../bin/yusuan.js', import.meta.url));
const yusuan = (...args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};
const dir = mkdtempSync(join(tmpdir(), 'yusuan-parse-'));
const file = (name: string, data: string | Buffer): string => {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
};

test('parse --layer --format json: pages, lines with their runs’ x, normalised figures, lookalikes mapped', () => {
  const path = file('lookalikes.pdf', toUnicodePdf(['⽀出⼈员 ⻔户', '合计 １２３．４５ 万元']));
  const r = yusuan('parse', path, '--layer', '--format', 'json');
  assert.equal(r.status, 0, r.stderr);
  const doc = JSON.parse(r.stdout) as {
    file: string;
    pageCount: number;
    pages: { number: number; width: number; lines: { text: string; normalised: string; x: number; items: { text: string; raw?: string; x: number }[] }[] }[];
  };
  assert.equal(doc.file, path);
  assert.equal(doc.pageCount, 1);
  const [first, second] = doc.pages[0]!.lines;
  assert.equal(first!.text, '支出人员 门户');
  assert.deepEqual(first!.items[0], { text: '支出人员', raw: '⽀出⼈员', x: 72, width: 56 });
  assert.ok(first!.items[1]!.x > 72 + 56);
  assert.equal(second!.normalised, '合计 123.45 万元');
});

test('parse --layer (text): the detected meta with where it was read, then each page’s lines', { skip: skipWithoutCorpus }, () => {
  const r = yusuan('parse', corpusPath('2025_shanghai_putuo_district_govt_office_unit_budget.pdf'), '--layer');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /: 21 页 \(pages\)\n/);
  assert.match(r.stdout, /单位 \(body\): 上海市普陀区人民政府办公室 {2}← 第 1 页 \(page 1\): 预算单位：上海市普陀区人民政府办公室\n/);
  assert.match(r.stdout, /年度 \(year\): 2025 /);
  assert.match(r.stdout, /阶段 \(stage\): 预算 \(budget\)/);
  assert.match(r.stdout, /范围 \(scope\): 单位 \(unit\)/);
  assert.match(r.stdout, /— 第 1 页 \(page 1\) 842×595 —\n上海市普陀区2025年区级单位预算\n预算单位：上海市普陀区人民政府办公室\n/);
  assert.match(r.stdout, /— 第 21 页 \(page 21\)/);
});

// One case that fails before pdf.js and one that fails inside it; the other kinds are pdf-errors.test.ts's.
test('parse: unreadable input — one line naming the file, exit 2, no stack trace', () => {
  const cases = [
    [file('notes.pdf', '这不是 PDF\n'), /notes\.pdf: 不是 PDF 文件（没有 %PDF- 文件头） \(not a PDF: no %PDF- header\)/],
    [file('locked.pdf', encryptedPdf('secret')), /locked\.pdf: PDF 已加密，需要密码才能打开 \(encrypted PDF: a password is needed to open it\)/],
  ] as const;
  for (const [path, message] of cases) {
    const r = yusuan('parse', path);
    assert.equal(r.status, 2, `${path}: ${r.stderr}`);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, message);
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    assert.doesNotMatch(r.stderr, /\bat .*:\d+:\d+/);
  }
});

test('check/parse --max-pages, --max-bytes, --timeout: a document over a limit is named with the limit, exit 2; a bad value names the option', { skip: skipWithoutCorpus }, () => {
  const pdf = corpusPath('2025_shanghai_putuo_district_govt_office_unit_budget.pdf');
  const pages = yusuan('check', pdf, '--max-pages', '5');
  assert.equal(pages.status, 2, pages.stderr);
  assert.match(pages.stderr, /unit_budget\.pdf.*页数过多（21 页，上限 5 页）.*too many pages: 21, the limit is 5/);
  assert.doesNotMatch(pages.stderr, /\bat .*:\d+:\d+/);
  const size = yusuan('parse', pdf, '--max-bytes', '10K');
  assert.equal(size.status, 2, size.stderr);
  assert.match(size.stderr, /unit_budget\.pdf.*文件过大.*上限 0\.01 MB|unit_budget\.pdf.*文件过大/);
  // Within the limits the same file reads as before.
  assert.equal(yusuan('parse', pdf, '--max-pages', '21', '--max-bytes', '64M', '--timeout', '2m').status, 0);
  for (const [option, value] of [['--max-pages', '0'], ['--max-bytes', 'lots'], ['--timeout', '3 hours']] as const) {
    const r = yusuan('check', pdf, option, value);
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, new RegExp(`${option} 的值“${value}”无效`));
  }
});
