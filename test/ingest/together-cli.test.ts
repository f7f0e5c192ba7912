// `yusuan check 说明 公开表 --together` as a user runs it: a disclosure whose narrative and tables are two files,
// read as one document. The Shanghai 2025 部门预算 is one PDF: its narrative pages as a .txt (made here from the
// PDF's pages without a table grid, 1–7 and 21–22) and its table pages (8–20) as the tables give exactly the
// findings of the one file, each finding naming its file. Files of two bodies, tables in both, a narrative-only
// PDF checked alone.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { checkDocument } from '../../src/check/check.ts';
import { hasGrid } from '../../src/ingest/pdf/cell-columns.ts';
import { documentFromPdf } from '../../src/ingest/pdf/pdf-document.ts';
import { documentFromText } from '../../src/ingest/text/read-text.ts';
import { documentTogether } from '../../src/ingest/together/files-together.ts';
import type { Report } from '../../src/rules/report.ts';
import { corpusPath, parsedCorpus, skipWithoutCorpus } from '../support/corpus.ts';

const BIN = fileURLToPath(new URL('../../bin/yusuan.js', import.meta.url));
const yusuan = (...args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};

const SHANGHAI = '2025_shanghai_putuo_district_govt_office_dept_budget.pdf';
const PARTY_TEXT = '2017_jiangsu_prov_party_cttee_general_office_budget_text.pdf';
const CPPCC_TEXT = '2017_jiangsu_prov_cppcc_office_budget_text.pdf';
const TABLE_PAGES = [8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20];

const dir = mkdtempSync(join(tmpdir(), 'yusuan-together-'));

/** The Shanghai PDF's narrative as extracted text: the lines of its pages without a grid, a form feed between pages. */
async function narrativeText(): Promise<{ path: string; text: string }> {
  const pdf = await parsedCorpus(SHANGHAI);
  const pages = pdf.pages.filter((p) => !hasGrid(p));
  assert.deepEqual(
    pages.map((p) => p.number),
    [1, 2, 3, 4, 5, 6, 7, 21, 22],
  );
  const text = pages.map((p) => p.lines.filter((l) => l.angle === 0).map((l) => l.text).join('\n')).join('\n\f');
  const path = join(dir, 'shanghai-2025-说明.txt');
  writeFileSync(path, text);
  return { path, text };
}

/** The table pages as a PDF of their own (poppler's pdfseparate and pdfunite), or undefined without them. */
function tablesPdf(): string | undefined {
  const out = join(dir, 'shanghai-2025-公开表.pdf');
  const pieces = TABLE_PAGES.map((n) => join(dir, `page-${n}.pdf`));
  const split = spawnSync('pdfseparate', ['-f', '8', '-l', '20', corpusPath(SHANGHAI), join(dir, 'page-%d.pdf')]);
  if (split.status !== 0) return undefined;
  return spawnSync('pdfunite', [...pieces, out]).status === 0 ? out : undefined;
}
const poppler = spawnSync('pdfunite', ['-v']).error === undefined;

// the sentence itself is left out: the PDF reads a title at the top of a page ("2025年部门预算编制说明") as a
// heading, the text without pages as the start of the sentence below it
const key = (f: Report['findings'][number]) => `${f.rule}|${f.severity}|${f.location.table ?? ''}|${f.location.row ?? ''}|${f.location.column ?? ''}|${f.message}`;

test('narrative .txt + the PDF read from its table pages, together: the one file’s findings, each with its file', { skip: skipWithoutCorpus }, async () => {
  const narrative = await narrativeText();
  const tables = await documentFromPdf(corpusPath(SHANGHAI), { pages: TABLE_PAGES, together: true });
  assert.equal(tables.narrative?.length ?? 0, 0, 'the table pages hold no narrative');
  const doc = documentTogether([documentFromText(narrative.text, narrative.path, { together: true }), tables]);
  assert.equal(doc.meta.body, '上海市普陀区人民政府办公室');
  assert.equal(doc.meta.template, 'shanghai-9');
  assert.deepEqual(doc.tables.map((t) => t.page), [8, 9, 11, 13, 14, 16, 17, 18, 20]);
  const together = checkDocument(doc);
  const one = checkDocument(await documentFromPdf(corpusPath(SHANGHAI)));
  assert.equal(together.summary.errors, 0);
  assert.deepEqual(together.findings.map(key).sort(), one.findings.map(key).sort());
  // a finding on a sentence is in the .txt (no pages); one on a table is in the PDF, on the table's page
  for (const f of together.findings) {
    if (f.location.page !== undefined) assert.equal(f.location.file, corpusPath(SHANGHAI), key(f));
    else if (f.location.text !== undefined) assert.equal(f.location.file, narrative.path, key(f));
  }
  assert.ok(together.findings.some((f) => f.location.file === narrative.path));
  assert.ok(together.findings.some((f) => f.location.file === corpusPath(SHANGHAI) && f.location.table === 9));
});

test('check 说明.txt 公开表.pdf --together --format json|text: one report, both files listed, findings with their file', { skip: skipWithoutCorpus || (!poppler && 'no pdfseparate/pdfunite (poppler-utils) to cut the table pages out') }, async () => {
  const narrative = await narrativeText();
  const tables = tablesPdf();
  assert.ok(tables);
  const r = yusuan('check', narrative.path, tables, '--together', '--format', 'json');
  assert.equal(r.status, 0, r.stderr);
  const report = JSON.parse(r.stdout) as Report;
  assert.ok(!Array.isArray(report), 'one report for the files together');
  assert.deepEqual(report.document.files, [
    { path: narrative.path, pages: null },
    { path: tables, pages: 13 },
  ]);
  assert.equal(report.document.template, 'shanghai-9');
  assert.deepEqual(report.tables.map((t) => [(t as { file?: string }).file, (t as { page?: number }).page]), [
    [tables, 1], [tables, 2], [tables, 4], [tables, 6], [tables, 7], [tables, 9], [tables, 10], [tables, 11], [tables, 13],
  ]);
  const one = JSON.parse(yusuan('check', corpusPath(SHANGHAI), '--format', 'json').stdout) as Report;
  assert.deepEqual(report.summary, one.summary);
  assert.ok(report.findings.every((f) => f.location.file !== undefined), 'every finding names its file');
  const text = yusuan('check', narrative.path, tables, '--together');
  assert.equal(text.status, 0, text.stderr);
  assert.match(text.stdout, /一起校验的文件：.*shanghai-2025-说明\.txt；.*shanghai-2025-公开表\.pdf \(13 页\)/);
  assert.match(text.stdout, /\[STM-OPERATING-PUBLIC\] shanghai-2025-公开表\.pdf · 第13页/);
  const html = yusuan('check', narrative.path, tables, '--together', '--format', 'html');
  assert.match(html.stdout, new RegExp(`${basename(tables)} · p\\.13`));
});

test('check <one body’s 说明> <another body’s 说明> --together: exit 2, one message naming both files and bodies', { skip: skipWithoutCorpus }, () => {
  const r = yusuan('check', corpusPath(PARTY_TEXT), corpusPath(CPPCC_TEXT), '--together');
  assert.equal(r.status, 2);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, new RegExp(`${PARTY_TEXT}、.*${CPPCC_TEXT}: 不是同一份公开文件，不能一起校验（单位不同）：前者为 江苏省委办公厅2017年部门预算，后者为 江苏省政协办公厅2017年部门预算`));
  assert.doesNotMatch(r.stderr, /\n\s+at /);
  assert.equal(r.stderr.trim().split('\n').length, 1);
});

test('check <a PDF with tables> <its tables again> --together: exit 2, the tables may be in one file only', { skip: skipWithoutCorpus || (!poppler && 'no pdfseparate/pdfunite (poppler-utils)') }, () => {
  const tables = tablesPdf();
  assert.ok(tables);
  const r = yusuan('check', corpusPath(SHANGHAI), tables, '--together');
  assert.equal(r.status, 2);
  assert.match(r.stderr, /都有公开表/);
});

test('--together: with one file, or with a disclosure JSON, a usage error', () => {
  const one = yusuan('check', 'a.pdf', '--together');
  assert.notEqual(one.status, 0);
  assert.match(one.stderr, /--together 需要至少两个文件/);
  const json = yusuan('check', 'a.txt', 'b.json', '--together');
  assert.notEqual(json.status, 0);
  assert.match(json.stderr, /--together 只用于已公开的文件.*b\.json/);
});

test('check <narrative-only PDF> alone: read as a narrative without tables — 12 tables missing, exit 1, a hint to use --together', { skip: skipWithoutCorpus }, () => {
  const r = yusuan('check', corpusPath(CPPCC_TEXT), '--format', 'json');
  assert.equal(r.status, 1, r.stderr);
  const report = JSON.parse(r.stdout) as Report;
  assert.equal(report.document.body, '江苏省政协办公厅');
  assert.equal(report.document.template, 'jiangsu-12');
  assert.equal(report.document.pages, 20);
  assert.deepEqual(report.tables, []);
  assert.equal(report.findings.filter((f) => f.rule === 'DOC-TABLES-PRESENT' && f.severity === 'error').length, 12);
  assert.match(r.stderr, /只有说明，没有公开表；如公开表另成文件，请用 --together 一起校验/);
});

test('a narrative .txt that names no template’s tables, alone: exit 2 saying no tables were found and how to check it with its tables', () => {
  const path = join(dir, 'only-words.txt');
  writeFileSync(path, '一段没有表格的文字。\n');
  const r = yusuan('check', path);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /未找到公开表.*--together/);
});
