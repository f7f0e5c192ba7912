// `yusuan check tables.xlsx` as a user runs it: the reference sample's tables in a workbook check clean (exit 0).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { loadSample, tablesOf } from '../support/reference.ts';
import { tablesWorkbook } from '../support/xlsx-fixtures.ts';

const BIN = fileURLToPath(new URL('../../bin/yusuan.js', import.meta.url));

test('yusuan check sample.xlsx: the 11 tables read and checked, no errors, exit 0', async () => {
  const sample = loadSample();
  const path = join(mkdtempSync(join(tmpdir(), 'yusuan-xlsx-cli-')), 'changji-2025.xlsx');
  writeFileSync(path, await tablesWorkbook(tablesOf(sample), { cover: [`${sample.meta.body.name}2025年部门预算`], layout: 'sheet-per-table' }));
  const r = spawnSync(process.execPath, [BIN, 'check', path, '--format', 'json'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr || r.stdout.slice(0, 2000));
  const report = JSON.parse(r.stdout) as { summary: { errors: number } };
  assert.equal(report.summary.errors, 0);
  const text = spawnSync(process.execPath, [BIN, 'check', path], { encoding: 'utf8' });
  assert.equal(text.status, 0);
  assert.match(text.stdout, /昌吉回族自治州人力资源和社会保障局/);
});

test('a table no template describes is still read, as generic columns; the cover line above it gives the year', async () => {
  const ExcelJS = (await import('exceljs')).default;
  const { documentFromWorkbook, loadWorkbook } = await import('../../src/ingest/xlsx/index.ts');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('S');
  ws.addRow(['某局2025年部门预算']);
  ws.addRow([]);
  ws.addRow(['部门培训计划表']);
  ws.addRow(['编制单位：某局', '', '单位：万元']);
  ws.addRow(['项目', '培训经费', '其中：外出培训']);
  ws.addRow(['合计', 12.5, 2]);
  ws.addRow(['干部培训', 12.5, 2]);
  const doc = documentFromWorkbook(await loadWorkbook(Buffer.from(await wb.xlsx.writeBuffer()), 'u.xlsx'), 'u.xlsx');
  assert.equal(doc.meta.template, 'unknown');
  assert.equal(doc.meta.year, 2025);
  assert.equal(doc.meta.body, '某局');
  const t = doc.tables[0]!;
  assert.deepEqual([t.key, t.title, t.unit, t.columns, t.labelColumns], ['other', '部门培训计划表', '万元', ['培训经费', '其中：外出培训'], ['项目']]);
  assert.deepEqual(t.rows.map((r) => [r.name, ...r.values]), [['合计', '12.50', '2.00'], ['干部培训', '12.50', '2.00']]);
});
