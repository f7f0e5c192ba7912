// The workbook 上海市普陀区 gives its departments for the 2026 budget (../shared/corpus/xlsx, beside the clone):
// a real layout with placeholders (XX, …) instead of figures. Its 9 tables are recognised with their keys and
// titles; the placeholders come out as hygiene findings, not as crashes. Bad input: named, exit 2.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import ExcelJS from 'exceljs';
import { checkDocument } from '../../src/check/check.ts';
import { IngestError } from '../../src/ingest/ingest-error.ts';
import { readXlsxDocument } from '../../src/ingest/xlsx/index.ts';

const PUTUO = fileURLToPath(new URL('../../../shared/corpus/xlsx/2026_shanghai_putuo_dept_budget_template.xlsx', import.meta.url));
const skip = existsSync(PUTUO) ? false : `no workbook at ${PUTUO} (CI puts shared/ beside the clone): skipped`;
const BIN = fileURLToPath(new URL('../../bin/yusuan.js', import.meta.url));
const yusuan = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
const dir = mkdtempSync(join(tmpdir(), 'yusuan-xlsx-'));
const file = (name: string, data: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
};

test('普陀 2026 template workbook: its 9 tables recognised, in order, with keys and titles', { skip }, async () => {
  const doc = await readXlsxDocument(PUTUO);
  assert.equal(doc.meta.template, 'shanghai-9');
  assert.equal(doc.meta.year, 2026);
  assert.deepEqual(
    doc.tables.map((t) => `${t.number} ${t.key} ${t.title} ${t.unit}`),
    [
      '1 income_expenditure_summary 2026年部门财务收支预算总表 元',
      '2 income_summary 2026年部门收入预算总表 元',
      '3 expenditure_summary 2026年部门支出预算总表 元',
      '4 fiscal_summary 2026年部门财政拨款收支预算总表 元',
      '5 general_budget_expenditure 2026年部门一般公共预算支出功能分类预算表 元',
      '6 gov_fund_expenditure 2026年部门政府性基金预算支出功能分类预算表 元',
      '7 state_capital_expenditure 2026年部门国有资本经营预算支出功能分类预算表 元',
      '8 general_budget_basic_expenditure 2026年部门一般公共预算基本支出部门预算经济分类预算表 元',
      '9 three_public_expenses 2026年部门“三公”经费和机关运行经费预算表 万元',
    ],
  );
  // the header's columns were all found: no notes about columns
  assert.deepEqual(doc.tables.flatMap((t) => t.notes ?? []).filter((n) => /列/.test(n)), []);
  const t2 = doc.tables[1]!;
  assert.deepEqual(t2.rows.slice(0, 3).map((r) => [r.code, r.name]), [['205', '教育支出'], ['20502', '普通教育'], ['2050205', '高等教育']]);
  assert.equal(t2.rows.at(-1)!.name, '合计');
  const t1 = doc.tables[0]!;
  assert.deepEqual(t1.rows[0]!.name, '一、财政拨款收入');
  assert.deepEqual(t1.rows[0]!.pair?.name, '一、一般公共服务支出');
  const report = checkDocument(doc);
  assert.ok(report.findings.some((f) => f.rule === 'HYG-PLACEHOLDER'), 'placeholders reported');
});

test('yusuan check on the 普陀 template workbook: a report (placeholders as findings), exit 1, no stack trace', { skip }, () => {
  const r = yusuan('check', PUTUO, '--format', 'json');
  assert.equal(r.status, 1, r.stderr);
  const report = JSON.parse(r.stdout) as { findings: { rule: string }[] };
  assert.ok(report.findings.some((f) => f.rule === 'HYG-PLACEHOLDER'));
  assert.doesNotMatch(r.stderr, /\n\s+at /);
});

test('bad workbooks: not an xlsx, an old .xls, a corrupt zip, an empty file, a workbook without tables — IngestError naming the file', async () => {
  const emptyWb = new ExcelJS.Workbook();
  emptyWb.addWorksheet('Sheet1');
  const cases: [string, string | Buffer, string][] = [
    ['text.xlsx', '编制部门：某局\n', 'not_xlsx'],
    ['old.xlsx', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'not_xlsx'],
    ['corrupt.xlsx', Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(200, 7)]), 'corrupt'],
    ['empty.xlsx', Buffer.alloc(0), 'empty'],
    ['no-tables.xlsx', Buffer.from(await emptyWb.xlsx.writeBuffer()), 'no_tables'],
  ];
  for (const [name, data, problem] of cases) {
    const path = file(name, data);
    await assert.rejects(readXlsxDocument(path), (err: unknown) => {
      assert.ok(err instanceof IngestError, `${name}: ${String(err)}`);
      assert.equal(err.problem, problem, name);
      assert.ok(err.message.startsWith(path), err.message);
      return true;
    });
  }
  await assert.rejects(readXlsxDocument(join(dir, 'missing.xlsx')), (err: unknown) => err instanceof IngestError && err.problem === 'unreadable');
});

test('yusuan check on a bad workbook: one line naming the file, exit 2; .json and .txt still checked beside it', () => {
  const bad = file('bad.xlsx', Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(64, 1)]));
  const r = yusuan('check', bad);
  assert.equal(r.status, 2);
  assert.match(r.stderr, new RegExp(`${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: 工作簿已损坏`));
  assert.doesNotMatch(r.stderr, /\n\s+at /);
  const sample = fileURLToPath(new URL('../../data/samples/changji-hrss-2025.json', import.meta.url));
  const both = yusuan('check', sample, bad, '--format', 'json');
  assert.equal(both.status, 2);
  assert.equal((JSON.parse(both.stdout) as unknown[]).length, 1);
});
