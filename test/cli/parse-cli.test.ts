// `yusuan parse` as a user runs it (bin/yusuan.js): what was read from a PDF, an extracted text and a workbook
// — meta, tables, sections and sentences — as JSON with provenance or as readable text. The figures expected
// are the documents' own (pdftotext -layout of the PDF's pages; the seed's text).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { corpusPath, skipWithoutCorpus } from '../support/corpus.ts';
import { loadSample, tablesOf } from '../support/reference.ts';
import { tablesWorkbook } from '../support/xlsx-fixtures.ts';

const BIN = fileURLToPath(new URL('../../bin/yusuan.js', import.meta.url));
const SEED = fileURLToPath(new URL('../fixtures/changji-hrss-2025.seed.txt', import.meta.url));
const yusuan = (...args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};

interface ParsedJson {
  file: string;
  meta: { body: string; year: number; stage: string; scope: string; template: string; unit: string; pages?: number; sources?: Record<string, { page: number }> };
  tables: { number: number; key: string; title: string; page?: number; unit: string; rows: { code: string; name: string; values: string[]; sources?: ({ page: number; bbox: { x: number; y: number } } | null)[] }[] }[];
  sections: { statements?: { procurement?: { key: string; amount?: { value: string }; page?: number }[] }; overview?: { staff?: { kind: string; count: number }[] } };
  narrative: { text: string; section: string[]; page?: number }[];
}

test('parse x.pdf --format json: meta with its sources, tables with page and each value’s page and box, sections, sentences with pages', { skip: skipWithoutCorpus }, () => {
  const r = yusuan('parse', corpusPath('2025_shanghai_putuo_district_govt_office_dept_budget.pdf'), '--format', 'json');
  assert.equal(r.status, 0, r.stderr);
  const doc = JSON.parse(r.stdout) as ParsedJson;
  assert.deepEqual([doc.meta.body, doc.meta.year, doc.meta.stage, doc.meta.scope, doc.meta.template, doc.meta.pages], ['上海市普陀区人民政府办公室', 2025, 'budget', 'department', 'shanghai-9', 22]);
  assert.equal(doc.meta.sources?.body?.page, 1);
  assert.equal(doc.tables.length, 9);
  // 表3 p. 11: 201 03 01 行政运行 12,029,501.84 | 11,919,501.84 | 110,000.00 (元)
  const t3 = doc.tables.find((t) => t.number === 3)!;
  assert.deepEqual([t3.key, t3.page, t3.unit], ['expenditure_summary', 11, '元']);
  const row = t3.rows.find((x) => x.code === '2010301')!;
  assert.deepEqual(row.values, ['12029501.84', '11919501.84', '110000.00']);
  assert.equal(row.sources?.[0]?.page, 11);
  assert.ok(row.sources![0]!.bbox.x < row.sources![1]!.bbox.x);
  // p. 21: 政府采购预算34万元，其中：政府采购货物预算0万元、…工程预算0万元、…服务预算34万元
  assert.deepEqual(
    doc.sections.statements?.procurement?.slice(0, 4).map((f) => [f.key, f.amount?.value, f.page]),
    [
      ['total', '34', 21],
      ['goods', '0', 21],
      ['works', '0', 21],
      ['services', '34', 21],
    ],
  );
  const sentence = doc.narrative.find((s) => s.text.startsWith('2025年本部门政府采购预算34万元'));
  assert.equal(sentence?.page, 21);
  assert.deepEqual(sentence?.section, ['三、政府采购预算情况']);
});

test('parse x.pdf (text): Chinese first — meta, each table with its page, the sections, the sentences with pages', { skip: skipWithoutCorpus }, () => {
  const r = yusuan('parse', corpusPath('2024_shanghai_putuo_finance_bureau_final_accounts.pdf'));
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^文件 \(file\): .*final_accounts\.pdf\n单位 \(body\): 上海市普陀区财政局 {2}← 第 1 页/);
  assert.match(r.stdout, /阶段 \(stage\): 决算 \(final accounts\)/);
  assert.match(r.stdout, /== 公开表 \(tables\): 9 张 ==/);
  assert.match(r.stdout, /\n表1 收入支出决算总表 \(income_expenditure_summary\) 第 \d+ 页/);
  assert.match(r.stdout, /下属单位 \(units\): 3 个\n {2}上海市普陀区财政局（本级） {2}\[第 5 页\]\n {2}上海市普陀区财政局财政所（预算不单列，并入本级） {2}\[第 5 页\]/);
  assert.match(r.stdout, /== 名词解释 \(glossary\): 11 条 ==/);
  assert.match(r.stdout, /== 说明 \(narrative\): \d+ 句 \(sentences\) ==/);
  assert.match(r.stdout, / {2}\[24\] 机关运行经费支出184\.65万元，比2023年度增加2\.55万元/);
});

test('parse x.txt: the seed as read — 11 tables, staff, sentences without pages; text and json', () => {
  const json = yusuan('parse', SEED, '--format', 'json');
  assert.equal(json.status, 0, json.stderr);
  const doc = JSON.parse(json.stdout) as ParsedJson;
  assert.deepEqual([doc.meta.body, doc.meta.template, doc.meta.unit], ['昌吉回族自治州人力资源和社会保障局', 'xinjiang-11', '万元']);
  assert.deepEqual(
    doc.tables.map((t) => t.number),
    [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
  );
  assert.deepEqual(
    doc.sections.overview?.staff?.slice(0, 2).map((s) => [s.kind, s.count]),
    [
      ['authorized', 59],
      ['actual', 115],
    ],
  );
  assert.ok(doc.narrative.length > 100);
  assert.ok(doc.narrative.every((s) => s.page === undefined));
  const text = yusuan('parse', SEED);
  assert.equal(text.status, 0, text.stderr);
  assert.match(text.stdout, /内设机构 \(offices\): 13 个\n {2}办公室\(组织人事科\)\n/);
  assert.match(text.stdout, /编制数 \(authorized\) 59 — “编制数”/);
  assert.match(text.stdout, /“三公”经费 \(three public\):\n {2}“三公”经费 9\.20 万元，增加 0\.00 万元 0\.00%/);
});

test('parse x.xlsx --format json: the workbook’s tables as read', async () => {
  const sample = loadSample();
  const path = join(mkdtempSync(join(tmpdir(), 'yusuan-parse-xlsx-')), 'changji-2025.xlsx');
  writeFileSync(path, await tablesWorkbook(tablesOf(sample), { cover: [`${sample.meta.body.name}2025年部门预算`], layout: 'sheet-per-table' }));
  const r = yusuan('parse', path, '--format', 'json');
  assert.equal(r.status, 0, r.stderr);
  const doc = JSON.parse(r.stdout) as ParsedJson;
  assert.equal(doc.meta.body, '昌吉回族自治州人力资源和社会保障局');
  assert.equal(doc.tables.length, 11);
  // 表3 of the reference document: 208 01 01 行政运行 929.37 | 929.37 | (blank)
  const row = doc.tables.find((t) => t.number === 3)!.rows.find((x) => x.code === '2080101')!;
  assert.deepEqual(row.values.slice(0, 2), ['929.37', '929.37']);
  const text = yusuan('parse', path);
  assert.equal(text.status, 0, text.stderr);
  assert.match(text.stdout, /== 公开表 \(tables\): 11 张 ==/);
});

test('parse: a file that is not .pdf, .txt or .xlsx is a usage error (exit 2)', () => {
  const r = yusuan('parse', 'disclosure.json');
  assert.equal(r.status, 2);
  assert.match(r.stderr, /只读取 \.pdf、\.txt、\.xlsx 文件/);
});
