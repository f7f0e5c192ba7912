// Bad input ends in an IngestError naming the file (and the page where there is one), of the right kind:
// never a pdf.js exception, a stack trace or a hang. Limits are overridable per call.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { IngestError, parsePdf, PDF_LIMITS, type IngestProblem, type PdfOptions, type PdfSource } from '../../src/ingest/pdf/index.ts';
import { corpusPath, skipWithoutCorpus } from '../support/corpus.ts';
import { encryptedPdf, pagesPdf, scannedPdf, toUnicodePdf, zeroPagePdf } from '../support/pdf-fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'yusuan-pdf-'));
const file = (name: string, data: string | Buffer): string => {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
};

/** Parses and expects an IngestError of the kind, whose message names the file and says `says`. */
async function rejects(input: string | PdfSource, problem: IngestProblem, says: RegExp, options: PdfOptions = {}): Promise<IngestError> {
  const name = typeof input === 'string' ? input : input.name;
  try {
    await parsePdf(input, options);
  } catch (err) {
    assert.ok(err instanceof IngestError, `an IngestError, not ${String(err)}`);
    assert.equal(err.problem, problem);
    assert.equal(err.file, name);
    assert.ok(err.message.startsWith(`${name}`), err.message);
    assert.match(err.message, says);
    assert.doesNotMatch(err.message, /\n/);
    return err;
  }
  assert.fail(`${name}: expected ${problem}`);
}

test('a text file renamed .pdf is not a PDF', async () => {
  await rejects(file('notes.pdf', '2025年部门预算\n合计 100.00\n'), 'not_pdf', /不是 PDF 文件.*\(not a PDF: no %PDF- header\)/);
});

test('an empty file, a missing file and a directory cannot be read', async () => {
  await rejects(file('empty.pdf', ''), 'empty', /文件为空.*\(empty file: 0 bytes\)/);
  await rejects(join(dir, 'missing.pdf'), 'unreadable', /文件不存在 \(file not found\)/);
  await rejects(dir, 'unreadable', /是目录/);
});

test('a PDF cut short is truncated; one whose body is garbage is corrupt', async () => {
  const whole = toUnicodePdf(['部门预算']);
  await rejects({ data: whole.subarray(0, Math.floor(whole.length * 0.6)), name: 'cut.pdf' }, 'truncated', /不完整.*\(truncated PDF/);
  const garbage = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2000, 0x41), Buffer.from('\n%%EOF\n')]);
  await rejects({ data: garbage, name: 'garbage.pdf' }, 'corrupt', /PDF 文件损坏.*\(corrupt PDF, cannot be parsed: /);
});

test('a real corpus PDF cut in half is truncated', { skip: skipWithoutCorpus }, async () => {
  const real = readFileSync(corpusPath('2025_shanghai_putuo_district_govt_office_unit_budget.pdf'));
  await rejects(file('half.pdf', real.subarray(0, real.length >> 1)), 'truncated', /\(truncated PDF: no %%EOF at the end/);
  // The last 100 bytes missing (the cross-reference's end and %%EOF) is truncated as well.
  await rejects(file('tail.pdf', real.subarray(0, real.length - 100)), 'truncated', /truncated/);
});

test('a password-protected PDF is encrypted; one with an owner password only (copy protection) reads', async () => {
  await rejects({ data: encryptedPdf('secret'), name: 'locked.pdf' }, 'encrypted', /已加密.*\(encrypted PDF: a password is needed to open it\)/);
  const open = await parsePdf({ data: encryptedPdf('', 'Budget 2025'), name: 'protected.pdf' });
  assert.equal(open.pages[0]!.lines[0]!.text, 'Budget 2025');
});

test('zero pages; pages with no text at all; a scan needs OCR', async () => {
  await rejects({ data: zeroPagePdf(), name: 'zero.pdf' }, 'no_pages', /没有任何页面 \(the PDF has no pages\)/);
  await rejects({ data: pagesPdf(['', '']), name: 'blank.pdf' }, 'no_text', /没有任何文字 \(no text on any page\)/);
  await rejects({ data: scannedPdf(), name: 'scan.pdf' }, 'needs_ocr', /需要 OCR \(no text layer: OCR needed\)$/);
  await rejects({ data: pagesPdf([null, null]), name: 'scans.pdf' }, 'needs_ocr', /需要 OCR \(no text layer: OCR needed\)$/);
});

test('a document with text and one scanned page reads, with a warning naming the page', async () => {
  const doc = await parsePdf({ data: pagesPdf(['Summary table', null, '']), name: 'mixed.pdf' });
  assert.deepEqual(
    doc.pages.map((p) => [p.lines.length, p.images, p.needsOcr]),
    [
      [1, 0, false],
      [0, 1, true],
      [0, 0, false],
    ],
  );
  assert.deepEqual(doc.warnings, ['第 2 页只有图片，没有文字层，需要 OCR (page 2: no text layer: OCR needed)']);
});

test('limits: size and pages beyond the limit are refused before the pages are read; defaults are documented constants', async () => {
  assert.deepEqual({ ...PDF_LIMITS }, { maxBytes: 64 * 1024 * 1024, maxPages: 1000, timeoutMs: 120_000 });
  const three = file('three.pdf', pagesPdf(['one', 'two', 'three']));
  await rejects(three, 'too_large', /文件过大.*\(file too large: .* MB, the limit is .* MB\)/, { maxBytes: 100 });
  await rejects({ data: pagesPdf(['one', 'two', 'three']), name: 'three.pdf' }, 'too_large', /file too large/, { maxBytes: 100 });
  await rejects(three, 'too_many_pages', /页数过多（3 页，上限 2 页） \(too many pages: 3, the limit is 2\)/, { maxPages: 2 });
  assert.equal((await parsePdf(three, { maxPages: 3 })).pageCount, 3);
  await assert.rejects(parsePdf(three, { maxPages: 0 }), RangeError);
});

test('a document over its time budget stops with a timeout naming the file', { skip: skipWithoutCorpus }, async () => {
  const path = corpusPath('2024_shanghai_putuo_finance_bureau_final_accounts.pdf'); // ~2 s for its 25 pages
  const err = await rejects(path, 'timeout', /超过每个文件 0\.05 秒的处理时限 \(over the time budget of 0\.05 s per document\)/, { timeoutMs: 50 });
  assert.ok(err.page === undefined || (err.page >= 1 && err.page <= 25));
});

test('chosen pages only: the others are not read, and a page without text is no error then', async () => {
  const doc = await parsePdf({ data: pagesPdf(['one', '', 'three']), name: 'some.pdf' }, { pages: [2, 3] });
  assert.equal(doc.pageCount, 3);
  assert.deepEqual(
    doc.pages.map((p) => [p.number, p.lines.map((l) => l.text)]),
    [
      [2, []],
      [3, ['three']],
    ],
  );
  await assert.rejects(parsePdf({ data: pagesPdf(['one']), name: 'one.pdf' }, { pages: [2] }), RangeError);
});
