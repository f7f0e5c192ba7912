// Importing an official edition from files the test writes itself.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { importCatalogFile } from '../../src/catalog/import.ts';
import { CatalogImportError } from '../../src/catalog/import-error.ts';
import { chooseEdition, loadCatalog } from '../../src/catalog/editions.ts';

let dir = '';
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'yusuan-catalog-'));
});
after(() => {
  rmSync(dir, { recursive: true, force: true });
});

function writeCsv(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

async function writeXlsx(name: string, rows: (string | number)[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('科目');
  for (const row of rows) sheet.addRow(row);
  const path = join(dir, name);
  await workbook.xlsx.writeFile(path);
  return path;
}

async function importError(promise: Promise<unknown>): Promise<CatalogImportError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof CatalogImportError, String(error));
    return error;
  }
  assert.fail('expected a CatalogImportError');
}

const OFFICIAL_208 = [
  ['208', '社会保障和就业支出'],
  ['208 01', '人力资源和社会保障管理事务'],
  ['208 01 01', '行政运行'],
  ['208 01 02', '一般行政管理事务'],
  ['208 01 99', '其他人力资源和社会保障管理事务支出'],
];

test('CSV with English headers: level and parent derived, confidence official, spaced codes normalised', async () => {
  const text = ['code,name', ...OFFICIAL_208.map((row) => row.join(','))].join('\r\n');
  const catalog = await importCatalogFile(writeCsv('official.csv', `\uFEFF${text}\r\n`), 'function', '2025');
  assert.equal(catalog.edition, '2025');
  assert.equal(catalog.kind, 'function');
  assert.deepEqual(catalog.get('2080101'), {
    code: '2080101', name: '行政运行', level: 3, parent: '20801', confidence: 'official',
  });
  assert.equal(catalog.parent('2080101')?.code, '20801');
  assert.equal(catalog.parent('20801')?.name, '社会保障和就业支出');
  assert.deepEqual(catalog.children('20801').map((entry) => entry.code), ['2080101', '2080102', '2080199']);
  assert.equal(catalog.lookup('2080101', '行政运行').status, 'found');
});

test('an imported edition for the year is chosen over the bundled compiled list', async () => {
  const text = ['code,name', ...OFFICIAL_208.map((row) => row.join(','))].join('\n');
  const official = await importCatalogFile(writeCsv('official-2025.csv', text), 'function', '2025');
  const candidates = [loadCatalog('function', 2025), official];
  assert.equal(chooseEdition(candidates, 2025), official);
  assert.equal(chooseEdition(candidates, 2024)?.edition, 'current system as used 2023-2026 (names per 2024-2025 editions)');
});

test('CSV with Chinese headers, optional 级次/上级编码 columns and a GB18030 encoding', async () => {
  // "科目编码,科目名称,级次,上级编码\r\n301,工资福利支出,1,\r\n30101,基本工资,2,301\r\n" in GB18030 (as Excel saves it).
  const header = [191, 198, 196, 191, 177, 224, 194, 235, 44, 191, 198, 196, 191, 195, 251, 179, 198];
  const text = Buffer.concat([
    Buffer.from(header),
    Buffer.from(',', 'ascii'),
    Buffer.from([188, 182, 180, 206]), // 级次
    Buffer.from(',', 'ascii'),
    Buffer.from([201, 207, 188, 182, 177, 224, 194, 235]), // 上级编码
    Buffer.from('\r\n301,', 'ascii'),
    Buffer.from([185, 164, 215, 202, 184, 163, 192, 251, 214, 167, 179, 246]), // 工资福利支出
    Buffer.from(',1,\r\n30101,', 'ascii'),
    Buffer.from([187, 249, 177, 190, 185, 164, 215, 202]), // 基本工资
    Buffer.from(',2,301\r\n', 'ascii'),
  ]);
  const path = join(dir, 'gbk.csv');
  writeFileSync(path, text);
  const catalog = await importCatalogFile(path, 'dept_economic', '2025');
  assert.equal(catalog.name('301'), '工资福利支出');
  assert.equal(catalog.get('30101')?.name, '基本工资');
  assert.equal(catalog.parent('30101')?.code, '301');
});

test('XLSX with a title row, Chinese headers, numeric and spaced codes', async () => {
  const path = await writeXlsx('official.xlsx', [
    ['2025年政府收支分类科目 支出功能分类'],
    ['编码', '名称', '级次'],
    [208, '社会保障和就业支出', '类'],
    ['208 01', '人力资源和社会保障管理事务', '款'],
    [2080101, '行政运行', '项'],
    [],
    ['2080102', '一般行政管理事务', 3],
  ]);
  const catalog = await importCatalogFile(path, 'function', '2025');
  assert.equal(catalog.size, 4);
  assert.equal(catalog.name('2080101'), '行政运行');
  assert.equal(catalog.get('2080102')?.confidence, 'official');
  assert.deepEqual(catalog.children('20801').map((entry) => entry.code), ['2080101', '2080102']);
});

test('XLSX bad row: the error names the file, the spreadsheet row and the field', async () => {
  const path = await writeXlsx('catalog.xlsx', [
    ['科目编码', '科目名称'],
    ['208', '社会保障和就业支出'],
    ['20x01', '人力资源和社会保障管理事务'],
  ]);
  const error = await importError(importCatalogFile(path, 'function', '2025'));
  assert.equal(error.message, `${path} 第 3 行: 科目编码 "20x01" 不是数字 (code is not numeric)`);
  assert.deepEqual(error.problems.map((problem) => [problem.row, problem.field]), [[3, 'code']]);
  assert.ok(!error.message.includes('    at '));
});

test('CSV bad rows: every problem is listed with its row and field', async () => {
  const path = writeCsv('catalog.csv', [
    'code,name,level,parent',
    '208,社会保障和就业支出,,',
    '20801,,,',
    '2080,人力资源,,',
    '2080101,行政运行,2,',
    '2080102,一般行政管理事务,,20802',
    '208,社会保障和就业支出,,',
  ].join('\n'));
  const error = await importError(importCatalogFile(path, 'function', '2025'));
  assert.deepEqual(error.problems.map((problem) => [problem.row, problem.field]), [
    [3, 'name'], [4, 'code'], [5, 'level'], [6, 'parent'], [7, 'code'],
  ]);
  const lines = error.message.split('\n');
  assert.equal(lines[0], `${path} 第 3 行: 科目名称 为空 (name is empty)`);
  assert.match(lines[1] ?? '', /第 4 行: 科目编码 "2080" 应为 3\/5\/7 位数字/);
  assert.match(lines[4] ?? '', /第 7 行: 科目编码 "208" 重复，已见于第 2 行/);
});

test('economic codes must have 3 or 5 digits', async () => {
  const path = writeCsv('econ.csv', 'code,name\n301,工资福利支出\n3010101,基本工资\n');
  const error = await importError(importCatalogFile(path, 'dept_economic', '2025'));
  assert.match(error.message, /第 3 行: 科目编码 "3010101" 应为 3\/5 位数字/);
});

test('a file missing a required column names the missing column', async () => {
  const csv = writeCsv('no-name.csv', '科目编码,级次\n208,1\n');
  const fromCsv = await importError(importCatalogFile(csv, 'function', '2025'));
  assert.match(fromCsv.message, /缺少必需列 科目名称 \(name\/科目名称\/名称\)/);
  assert.doesNotMatch(fromCsv.message, /科目编码 \(/);

  const xlsx = await writeXlsx('no-code.xlsx', [['名称'], ['社会保障和就业支出']]);
  const fromXlsx = await importError(importCatalogFile(xlsx, 'function', '2025'));
  assert.ok(fromXlsx.message.startsWith(xlsx));
  assert.match(fromXlsx.message, /缺少必需列 科目编码 \(code\/科目编码\/编码\/科目代码\)/);
});

test('unreadable inputs give one clear line, not a stack trace', async () => {
  const missing = join(dir, 'nope.csv');
  assert.equal((await importError(importCatalogFile(missing, 'function', '2025'))).message, `${missing}: 文件不存在 (file not found)`);
  const notZip = writeCsv('broken.xlsx', 'not a zip');
  assert.match((await importError(importCatalogFile(notZip, 'function', '2025'))).message, /broken\.xlsx: 无法读取 XLSX 文件/);
  const pdf = writeCsv('catalog.pdf', '%PDF');
  assert.match((await importError(importCatalogFile(pdf, 'function', '2025'))).message, /不支持的文件类型 "\.pdf"/);
  const empty = writeCsv('empty.csv', '');
  assert.match((await importError(importCatalogFile(empty, 'function', '2025'))).message, /文件为空/);
  const open = writeCsv('open.csv', 'code,name\n208,"社会保障\n');
  assert.equal((await importError(importCatalogFile(open, 'function', '2025'))).message, `${open} 第 2 行: 引号未闭合 (unterminated quoted field)`);
});
