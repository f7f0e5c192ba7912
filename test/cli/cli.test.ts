// The command line as a user runs it: `yusuan tables` and `yusuan validate` through bin/yusuan.js.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { expectedTables, SAMPLE_PATH, sampleJson } from '../support/reference.ts';

// The sample's JSON, loosely typed for editing variants.
type Json = { meta: Record<string, string>; lineItems: Record<string, string>[]; codeNames?: Record<string, string> };

/** Writes a variant of the sample to a temp file. */
const variantFile = (change: (json: Json) => void, prefix = ''): string => {
  const json = structuredClone(sampleJson()) as Json;
  change(json);
  const path = join(mkdtempSync(join(tmpdir(), 'yusuan-cli-')), 'variant.json');
  writeFileSync(path, prefix + JSON.stringify(json));
  return path;
};

const BIN = fileURLToPath(new URL('../../bin/yusuan.js', import.meta.url));
const yusuan = (...args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};

test('tables --format json prints the table model contract, equal to the seed fixture', () => {
  const r = yusuan('tables', SAMPLE_PATH, '--format', 'json');
  assert.equal(r.status, 0, r.stderr);
  const tables = JSON.parse(r.stdout) as { number: number; columns: string[]; rows: unknown[] }[];
  assert.equal(tables.length, 11);
  const expected = expectedTables();
  for (const t of tables) assert.deepEqual(t.rows, expected.find((e) => e.number === t.number)!.rows, `表${t.number}`);
  assert.deepEqual(tables[5]!.columns, ['合计', '人员经费', '公用经费']);
});

test('tables --table 6 prints one table as text with thousands separators', () => {
  const r = yusuan('tables', SAMPLE_PATH, '--table', '6');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^表6 {2}一般公共预算基本支出情况表\n编制部门：昌吉回族自治州人力资源和社会保障局 {4}单位：万元/);
  assert.match(r.stdout, /总计 +1,259\.27 +1,086\.24 +173\.03/);
  assert.doesNotMatch(r.stdout, /表7/);
});

test('tables --format csv quotes nothing it need not and keeps every column', () => {
  const r = yusuan('tables', SAMPLE_PATH, '--table', '2', '--format', 'csv');
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout.trim().split('\n');
  assert.equal(lines[0], '表2 部门收入总体情况表,单位：万元');
  assert.equal(lines[1]!.split(',').length, 2 + 12);
  assert.equal(lines[2], ',总计,1845.57,1733.57,1733.57,,,,,,,,,112.00');
});

test('bad input ends in a clear message and a non-zero exit, never a stack trace', () => {
  const missing = yusuan('tables', 'no-such-file.json');
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /no-such-file\.json: 无法读取 \(cannot read\)\n {2}- 文件不存在/);
  const noTable = yusuan('tables', SAMPLE_PATH, '--table', '12');
  assert.equal(noTable.status, 2);
  assert.match(noTable.stderr, /没有第 12 张表/);
  const format = yusuan('tables', SAMPLE_PATH, '--format', 'pdf');
  assert.equal(format.status, 2);
  assert.match(format.stderr, /--format 只能是 text\|json\|csv/);
  for (const r of [missing, noTable, format]) assert.doesNotMatch(r.stderr, /\n\s+at /);
});

test('validate reports the body, year and stage of a valid file', () => {
  const r = yusuan('validate', SAMPLE_PATH);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /有效 \(valid\) — 昌吉回族自治州人力资源和社会保障局 2025 预算, 45 条支出明细/);
});

test('catalog looks a code up, flags a wrong printed name, and says when a code is not listed', () => {
  const found = yusuan('catalog', '208 01 01');
  assert.equal(found.status, 0, found.stderr);
  assert.match(found.stdout, /^2080101 行政运行（项）\n上级 \(parent\): 20801 人力资源和社会保障管理事务/);
  // A real error seen in a published table (普陀区社会福利院 2024): 302 02 printed as 咨询费.
  const wrong = yusuan('catalog', '30202', '--name', '咨询费');
  assert.match(wrong.stdout, /名称 "咨询费" 与目录名称 "印刷费" 不符/);
  assert.equal(wrong.status, 1);
  const missing = yusuan('catalog', '2080103');
  assert.match(missing.stdout, /科目 2080103 不在参考目录中，请核对/);
  assert.equal(missing.status, 1);
  assert.equal(yusuan('catalog', '2').status, 2);
  const notACode = yusuan('catalog', '123');
  assert.equal(notACode.status, 2);
  assert.match(notACode.stderr, /不是功能分类.*科目编码/);
});

test('a code no catalog names is printed as unknown and warned about on stderr; codeNames supplies the name', () => {
  const unnamed = variantFile((json) => {
    json.lineItems[0]!.func = '2080103';
  });
  const r = yusuan('tables', unnamed, '--table', '3');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /（未知科目 2080103）/);
  assert.match(r.stderr, /警告 \(warning\): 科目 2080103 不在参考目录中/);
  const named = variantFile((json) => {
    json.lineItems[0]!.func = '2080103';
    json.codeNames = { '2080103': '机关服务' };
  });
  const ok = yusuan('tables', named, '--table', '3');
  assert.match(ok.stdout, /208 +01 +03 +机关服务/);
  assert.equal(ok.stderr, '');
});

test('an unknown template, a stage the template does not serve and a byte-order mark are handled', () => {
  const template = yusuan('tables', variantFile((json) => (json.meta.template = 'mars-99')));
  assert.equal(template.status, 1);
  assert.match(template.stderr, /^未知模板 "mars-99"/);
  const stage = yusuan('tables', variantFile((json) => (json.meta.stage = 'final')));
  assert.equal(stage.status, 1);
  assert.match(stage.stderr, /模板 xinjiang-11 用于预算，而披露数据是决算/);
  assert.equal(yusuan('validate', variantFile(() => {}, '\uFEFF')).status, 0);
  for (const r of [template, stage]) assert.doesNotMatch(r.stderr, /\n\s+at /);
});

test('wrong arguments: an extra file, an option of another command', () => {
  const extra = yusuan('tables', SAMPLE_PATH, SAMPLE_PATH);
  assert.equal(extra.status, 2);
  assert.match(extra.stderr, /tables: 需要一个披露数据文件.*收到 2 个参数/);
  const option = yusuan('tables', SAMPLE_PATH, '--year', '2025');
  assert.equal(option.status, 2);
  assert.match(option.stderr, /Unknown option '--year'/);
});

test('check: the reference sample with its published narrative has no errors (exit 0), rounding traces as info', () => {
  const seed = fileURLToPath(new URL('../fixtures/changji-hrss-2025.seed.txt', import.meta.url));
  const r = yusuan('check', SAMPLE_PATH, '--narrative', seed, '--format', 'json');
  assert.equal(r.status, 0, r.stderr);
  const report = JSON.parse(r.stdout) as { summary: { errors: number; info: number }; findings: { severity: string; rule: string }[]; document: { body: string } };
  assert.equal(report.summary.errors, 0);
  assert.ok(report.findings.some((f) => f.severity === 'info' && f.rule === 'SUM-CLASS'));
  assert.equal(report.document.body, '昌吉回族自治州人力资源和社会保障局');
});

test('check: an error exits 1 and is printed with its table, row and column; unreadable input exits 2', () => {
  // Stated income that does not cover the spending: the summary table no longer balances.
  const unbalanced = variantFile((json) => {
    (json as unknown as { income: Record<string, string> }).income = { general: '17335700.00' };
  });
  const r = yusuan('check', unbalanced);
  assert.equal(r.status, 1);
  assert.match(r.stdout, /错误 [1-9]/);
  assert.match(r.stdout, /\[SUM-BALANCE\] 行 收入总计 \| 支出总计 · 列 支出预算数: 预算收支平衡：收入总计等于支出总计不符：印刷数 1,845\.57，应为 1,733\.57，相差 112\.00/);
  const missing = yusuan('check', 'nope.json');
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /nope\.json: 无法读取/);
  const csv = yusuan('check', SAMPLE_PATH, '--format', 'csv');
  assert.match(csv.stdout.split('\n')[0]!, /^document,rule,severity,page,table,key,row,column,text,expected,actual,difference,message,file$/);
  const html = yusuan('check', SAMPLE_PATH, '--format', 'html', '--lang', 'en');
  assert.match(html.stdout, /^<!doctype html>[^]*<h1>Check report<\/h1>/);
  const two = JSON.parse(yusuan('check', SAMPLE_PATH, unbalanced, '--format', 'json').stdout) as { summary: { errors: number } }[];
  assert.deepEqual(two.map((x) => x.summary.errors > 0), [false, true]);
});

test('rules prints the catalogue as Markdown and JSON', () => {
  const md = yusuan('rules');
  assert.match(md.stdout, /^# 校验规则 \/ Check rules/);
  const json = JSON.parse(yusuan('rules', '--format', 'json').stdout) as { id: string }[];
  assert.ok(json.some((r) => r.id === 'SUM-CLASS'));
});

test('check: a file that cannot be checked is named and skipped with exit 2; the others are still reported', () => {
  const final = variantFile((json) => (json.meta.stage = 'final'));
  const r = yusuan('check', SAMPLE_PATH, final, '--format', 'json');
  assert.equal(r.status, 2);
  assert.match(r.stderr, /variant\.json: 模板 xinjiang-11 用于预算，而披露数据是决算/);
  const reports = JSON.parse(r.stdout) as { document: { path: string } }[];
  assert.deepEqual(reports.map((x) => x.document.path), [SAMPLE_PATH]);
});
