// The bundled compiled catalogs in data/catalog/, read as real data.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { bundledEditions, chooseEdition, editionStartYear, loadCatalog } from '../../src/catalog/editions.ts';
import { parseCsv } from '../../src/catalog/csv.ts';
import { expectedTables } from '../support/reference.ts';

const FUNCTION_EDITION = 'current system as used 2023-2026 (names per 2024-2025 editions)';
const DEPT_ECON_EDITION = '2018+ system (财预〔2017〕98号 reform), names as used in 2023-2026 published budgets';
const FUNCTION_2017 = '2017 only: names as printed in the 2017 Jiangsu provincial department budgets (compiled from those documents)';
const DEPT_ECON_2017 = '2017 only: the economic classification before the 2018 reform (财预〔2017〕98号), names as printed in the 2017 Jiangsu provincial department budgets';

// Code and name of every row the reference document prints in its function (表3) and economic (表6) tables.
const printedRows = (n: number) => expectedTables().find((t) => t.number === n)!.rows.filter((r) => r.code !== '');
const REFERENCE_FUNCTION_ROWS = printedRows(3);
const REFERENCE_ECONOMIC_ROWS = printedRows(6);

test('each bundled CSV holds one edition, whose label is reported as the catalog edition', () => {
  assert.equal(loadCatalog('function', 2025).edition, FUNCTION_EDITION);
  assert.equal(loadCatalog('dept_economic', 2025).edition, DEPT_ECON_EDITION);
  assert.equal(loadCatalog('gov_economic', 2025).edition, '2018+ system (财预〔2017〕98号 reform)');
  // Years outside the label's range fall back to the open edition; the 2017 one is for 2017 alone.
  assert.equal(loadCatalog('function', 2030).edition, FUNCTION_EDITION);
  assert.equal(loadCatalog('function', 2019).edition, FUNCTION_EDITION);
  assert.equal(loadCatalog('function', 2016).edition, FUNCTION_EDITION);
  assert.deepEqual(bundledEditions('function').map((c) => c.edition), [FUNCTION_EDITION, FUNCTION_2017]);
});

test('2017: the names the 2017 Jiangsu budgets print (before the 2018 economic reform), the rest from the open edition', () => {
  const f = loadCatalog('function', 2017);
  const e = loadCatalog('dept_economic', 2017);
  assert.equal(f.edition, FUNCTION_2017);
  assert.equal(e.edition, DEPT_ECON_2017);
  // 208 05 was 行政事业单位离退休 (today 行政事业单位养老支出); 303 11 住房公积金 (today 代缴社会保险费); 310 其他资本性支出
  assert.equal(f.lookup('20805', '行政事业单位离退休').status, 'found');
  assert.equal(loadCatalog('function', 2025).lookup('20805', '行政事业单位离退休').status, 'name_mismatch');
  assert.equal(e.lookup('30311', '住房公积金').status, 'found');
  assert.equal(e.lookup('30311', '代缴社会保险费').status, 'name_mismatch');
  assert.equal(e.lookup('310', '其他资本性支出').status, 'found');
  assert.equal(f.lookup('2040401', '行政运行').status, 'found');
  // codes the 2017 documents do not print come from the open edition
  assert.equal(f.name('20801'), '人力资源和社会保障管理事务');
  assert.equal(e.name('30113'), loadCatalog('dept_economic', 2025).name('30113'));
  // the open edition's codes plus the 2017 codes it lacks (2040401 检察 行政运行 …)
  assert.ok(f.size > loadCatalog('function', 2025).size);
  assert.equal(loadCatalog('function', 2025).has('2040401'), false);
});

test('loading is cached: the same Catalog object comes back', () => {
  assert.equal(loadCatalog('function', 2024), loadCatalog('function', 2026));
});

test('all rows load: 449 function, 110 department economic, 80 government economic', () => {
  assert.equal(loadCatalog('function', 2025).size, 449);
  assert.equal(loadCatalog('dept_economic', 2025).size, 110);
  assert.equal(loadCatalog('gov_economic', 2025).size, 80);
});

test('edition start year is the first year in the label; the latest edition not after the year wins', () => {
  assert.equal(editionStartYear(FUNCTION_EDITION), 2023);
  assert.equal(editionStartYear(DEPT_ECON_EDITION), 2018);
  assert.equal(editionStartYear('2025'), 2025);
  assert.equal(editionStartYear('compiled'), undefined);
  const editions = [{ edition: '2024' }, { edition: '2026' }, { edition: '2025' }];
  assert.equal(chooseEdition(editions, 2025)?.edition, '2025');
  assert.equal(chooseEdition(editions, 2027)?.edition, '2026');
  assert.equal(chooseEdition(editions, 2020)?.edition, '2024');
  const bundled = { edition: FUNCTION_EDITION };
  const imported = { edition: '2025' };
  assert.equal(chooseEdition([bundled, imported], 2025), imported);
  assert.equal(chooseEdition([bundled, imported], 2024), bundled);
  assert.equal(chooseEdition([{ edition: 'undated' }], 2025)?.edition, 'undated');
  assert.equal(chooseEdition([], 2025), undefined);
});

test('function hierarchy: 20801 → 208 社会保障和就业支出; 2080505 under 20805', () => {
  const catalog = loadCatalog('function', 2025);
  assert.equal(catalog.name('20801'), '人力资源和社会保障管理事务');
  assert.equal(catalog.parent('20801')?.code, '208');
  assert.equal(catalog.parent('20801')?.name, '社会保障和就业支出');
  assert.equal(catalog.parent('208'), undefined);
  assert.equal(catalog.level('208'), 1);
  assert.equal(catalog.get('2080505')?.name, '机关事业单位基本养老保险缴费支出');
  assert.equal(catalog.get('2080505')?.confidence, 'verified');
  assert.deepEqual(
    catalog.children('20805').map((entry) => entry.code),
    ['2080501', '2080502', '2080503', '2080505', '2080506', '2080507', '2080599'],
  );
  assert.ok(catalog.children('208').some((entry) => entry.code === '20801'));
  assert.ok(catalog.children('208').every((entry) => entry.level === 2 && entry.parent === '208'));
});

test('2080101 行政运行: verified from the reference document; 2080103 机关服务 is not in the list: flagged missing, parent derived', () => {
  const catalog = loadCatalog('function', 2025);
  assert.equal(catalog.name('2080101'), '行政运行');
  assert.equal(catalog.get('2080101')?.confidence, 'verified');
  assert.ok(catalog.children('20801').some((entry) => entry.code === '2080102'));
  assert.equal(catalog.has('2080103'), false);
  const result = catalog.lookup('2080103', '机关服务');
  assert.equal(result.status, 'missing');
  assert.equal(result.entry, undefined);
  assert.match(result.message ?? '', /不在参考目录中/);
  assert.equal(catalog.level('2080103'), 3);
  assert.equal(catalog.parent('2080103')?.name, '人力资源和社会保障管理事务');
});

test('economic: 30110 职工基本医疗保险缴费 under 301 工资福利支出', () => {
  const catalog = loadCatalog('dept_economic', 2025);
  assert.equal(catalog.name('30110'), '职工基本医疗保险缴费');
  assert.equal(catalog.parent('30110')?.code, '301');
  assert.equal(catalog.parent('30110')?.name, '工资福利支出');
  assert.equal(catalog.level('30110'), 2);
  assert.ok(catalog.children('301').some((entry) => entry.code === '30110'));
});

test('entries() are in code order, hierarchical pre-order', () => {
  const codes = loadCatalog('function', 2025).entries().map((entry) => entry.code);
  assert.deepEqual(codes, [...codes].sort());
  assert.deepEqual(codes.slice(0, 3), ['201', '20101', '2010101']);
});

test('every entry’s level and parent agree with its code', () => {
  for (const kind of ['function', 'dept_economic', 'gov_economic'] as const) {
    const catalog = loadCatalog(kind, 2025);
    for (const entry of catalog.entries()) {
      assert.equal(catalog.level(entry.code), entry.level);
      if (entry.parent !== null) {
        assert.ok(entry.code.startsWith(entry.parent), entry.code);
        assert.ok(catalog.has(entry.parent), `${entry.code} parent ${entry.parent}`);
      }
    }
  }
});

test('reference document: every code and name printed in its tables 3 and 6 is found under that name', () => {
  const functions = loadCatalog('function', 2025);
  for (const row of REFERENCE_FUNCTION_ROWS) assert.equal(functions.lookup(row.code, row.name).status, 'found', `${row.code} ${row.name}`);
  const economic = loadCatalog('dept_economic', 2025);
  for (const row of REFERENCE_ECONOMIC_ROWS) assert.equal(economic.lookup(row.code, row.name).status, 'found', `${row.code} ${row.name}`);
  assert.equal(REFERENCE_FUNCTION_ROWS.length + REFERENCE_ECONOMIC_ROWS.length, 22 + 34);
});

test('printed names: truncation, bracket width, spaced codes, and wrong names', () => {
  const functions = loadCatalog('function', 2025);
  const truncated = functions.lookup('2080505', '机关事业单位基本养老保险缴');
  assert.equal(truncated.status, 'found');
  assert.equal(truncated.match, 'prefix');
  assert.equal(truncated.entry?.code, '2080505');

  const economic = loadCatalog('dept_economic', 2025);
  assert.equal(economic.name('30213'), '维修（护）费');
  const brackets = economic.lookup('302 13', '维修(护)费');
  assert.deepEqual([brackets.status, brackets.code, brackets.match], ['found', '30213', 'exact']);

  // 普陀区社会福利院 2024: 302 款 numbered sequentially, 303 titled 离退休人员经费 (PROVENANCE.md).
  for (const [code, printed] of [['302 02', '咨询费'], ['302 11', '事业单位离退休人员福利费'], ['303', '离退休人员经费']] as const) {
    const result = economic.lookup(code, printed);
    assert.equal(result.status, 'name_mismatch', `${code} ${printed}`);
    assert.equal(result.printedName, printed);
    assert.ok(result.entry);
    assert.match(result.message ?? '', /不符/);
  }
});

test('lookup never throws on odd input', () => {
  const catalog = loadCatalog('dept_economic', 2025);
  assert.equal(catalog.lookup('').status, 'missing');
  assert.equal(catalog.lookup('abc', '办公费').status, 'missing');
  assert.equal(catalog.lookup('99999').status, 'missing');
  assert.equal(catalog.lookup(30201 as unknown as string).status, 'found');
  assert.equal(catalog.lookup('30201', '').status, 'found');
});

test('func_class_observed.csv is exactly the verified rows of func_class.csv', () => {
  const read = (name: string): string[][] =>
    parseCsv(readFileSync(new URL(`../../data/catalog/${name}`, import.meta.url), 'utf8')).slice(1);
  const observed = read('func_class_observed.csv').map((row) => row.join(','));
  const verified = read('func_class.csv').filter((row) => row[5] === 'verified').map((row) => row.join(','));
  assert.deepEqual(observed, verified);
});
