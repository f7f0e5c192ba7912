// Every real PDF of the corpus reads: pages, text with positions, rules on the table pages, and its cover's
// body, year, stage and scope. Expected values are the corpus README's table (../shared/corpus/README.md);
// where the page prints the body otherwise than the README names it, the printed name is expected and the
// README's is given beside it. Each document is parsed once (every page) and shared by the tests.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DocumentMeta } from '../../src/ingest/pdf/index.ts';
import { corpusFiles, parsedCorpus, skipWithoutCorpus } from '../support/corpus.ts';

type Expected = Required<Pick<DocumentMeta, 'body' | 'year' | 'stage' | 'scope'>> & { pages: number; readmeBody?: string };

const EXPECTED: Record<string, Expected> = {
  '2017_jiangsu_prov_npc_standing_cttee_office_budget.pdf': { body: '江苏省人大常委会办公厅', year: 2017, stage: 'budget', scope: 'department', pages: 31 },
  '2017_jiangsu_prov_procuratorate_budget.pdf': { body: '江苏省人民检察院', year: 2017, stage: 'budget', scope: 'department', pages: 25 },
  '2017_jiangsu_prov_high_court_budget.pdf': { body: '江苏省高级人民法院', year: 2017, stage: 'budget', scope: 'department', pages: 27 },
  // The cover: "江苏省委办公厅 2017 年度部门预算".
  '2017_jiangsu_prov_party_cttee_general_office_budget_text.pdf': {
    body: '江苏省委办公厅', readmeBody: '中共江苏省委办公厅', year: 2017, stage: 'budget', scope: 'department', pages: 13,
  },
  // A tables-only file: page 1 is 表一 with "部门：中国共产党江苏省委员会办公厅 单位：万元"; no year on it.
  '2017_jiangsu_prov_party_cttee_general_office_budget_tables.pdf': {
    body: '中国共产党江苏省委员会办公厅', readmeBody: '中共江苏省委办公厅', year: 2017, stage: 'budget', scope: 'department', pages: 14,
  },
  '2017_jiangsu_prov_cppcc_office_budget_text.pdf': { body: '江苏省政协办公厅', year: 2017, stage: 'budget', scope: 'department', pages: 20 },
  '2017_jiangsu_prov_cppcc_office_budget_tables.pdf': { body: '江苏省政协办公厅', year: 2017, stage: 'budget', scope: 'department', pages: 13 },
  // "上海市普陀区2023年区级部门预算 / 预算主管部门：上海市普陀区人民政府万里街道办事处".
  '2023_shanghai_putuo_wanli_subdistrict_dept_budget.pdf': {
    body: '上海市普陀区人民政府万里街道办事处', readmeBody: '上海市普陀区万里街道办事处', year: 2023, stage: 'budget', scope: 'department', pages: 35,
  },
  '2025_shanghai_putuo_district_govt_office_dept_budget.pdf': { body: '上海市普陀区人民政府办公室', year: 2025, stage: 'budget', scope: 'department', pages: 22 },
  '2025_shanghai_putuo_district_govt_office_unit_budget.pdf': { body: '上海市普陀区人民政府办公室', year: 2025, stage: 'budget', scope: 'unit', pages: 21 },
  '2024_shanghai_putuo_finance_bureau_final_accounts.pdf': { body: '上海市普陀区财政局', year: 2024, stage: 'final', scope: 'department', pages: 25 },
};

const skip = skipWithoutCorpus;

test('the corpus holds the documents its README lists, and no other', { skip }, () => {
  assert.deepEqual(corpusFiles(), Object.keys(EXPECTED).sort());
});

for (const [name, expected] of Object.entries(EXPECTED)) {
  test(`${name}: opens, every page reads, page 1 has text, meta detected`, { skip }, async () => {
    const doc = await parsedCorpus(name);
    assert.equal(doc.pageCount, expected.pages);
    assert.equal(doc.pages.length, expected.pages);
    assert.deepEqual(
      doc.pages.map((p) => p.number),
      Array.from({ length: expected.pages }, (_, i) => i + 1),
    );
    const first = doc.pages[0]!;
    assert.ok(first.lines.length > 0 && first.lines.every((l) => l.text.trim() !== ''), 'page 1 has non-empty lines');
    const { body, year, stage, scope } = doc.meta;
    assert.deepEqual({ body, year, stage, scope }, { body: expected.body, year: expected.year, stage: expected.stage, scope: expected.scope });
    // Where each was read: page 1, except the year of a tables-only file (page 1 prints none).
    for (const field of ['body', 'stage', 'scope'] as const) assert.equal(doc.meta.sources[field]?.page, 1, field);
    assert.equal(doc.meta.sources.year?.page, name.endsWith('_tables.pdf') ? 12 : 1);
    if (expected.readmeBody) assert.notEqual(body, expected.readmeBody); // the printed name is the one kept
  });
}

test('lines are top to bottom, runs left to right, every box on the page', { skip }, async () => {
  for (const name of Object.keys(EXPECTED)) {
    const doc = await parsedCorpus(name);
    for (const page of doc.pages) {
      const where = `${name} p${page.number}`;
      const ordinary = page.lines.filter((l) => l.angle === 0);
      for (let i = 1; i < ordinary.length; i++) assert.ok(ordinary[i]!.baseline > ordinary[i - 1]!.baseline, `${where}: baselines increase`);
      for (const line of page.lines) {
        assert.ok(line.items.length > 0);
        for (let i = 1; i < line.items.length; i++) assert.ok(line.items[i]!.x >= line.items[i - 1]!.x, `${where}: "${line.text}" sorted by x`);
        for (const item of line.items) {
          assert.ok(item.x >= -1 && item.x + item.width <= page.width + 1, `${where}: "${item.text}" within the page width`);
          assert.ok(item.y >= -1 && item.y + item.height <= page.height + 1, `${where}: "${item.text}" within the page height`);
          assert.ok(item.fontSize > 0 && item.height > 0);
        }
      }
    }
  }
});

test('no lookalike radical is left in any corpus line (the corpus has none to map: see pdf-text.test.ts)', { skip }, async () => {
  const lookalike = /[\u2e80-\u2eff\u2f00-\u2fdf\uf900-\ufaff]/u;
  for (const name of Object.keys(EXPECTED)) {
    const doc = await parsedCorpus(name);
    for (const page of doc.pages) for (const line of page.lines) assert.doesNotMatch(line.text, lookalike, `${name} p${page.number}: ${line.text}`);
  }
});

test('the text pages hold no rules; the table pages hold the grid their rows sit in', { skip }, async () => {
  const wanli = await parsedCorpus('2023_shanghai_putuo_wanli_subdistrict_dept_budget.pdf');
  assert.equal(wanli.pages[2]!.rules.length, 0, 'page 3 (narrative) draws no rules');
  // Page 10: 2023年部门财务收支预算总表, a ruled grid of 17 horizontal and 5 vertical rules in landscape.
  const page = wanli.pages[9]!;
  assert.deepEqual([page.width, page.height], [841.85, 595.25]);
  assert.equal(page.lines[0]!.text, '2023年部门财务收支预算总表');
  const rows = page.rules.filter((r) => r.orientation === 'horizontal').map((r) => r.y1);
  const columns = page.rules.filter((r) => r.orientation === 'vertical').map((r) => r.x1);
  assert.equal(rows.length, 17);
  assert.equal(columns.length, 5);
  // Every line under the header sits inside one row: between two consecutive horizontal rules.
  const body = page.lines.filter((l) => l.y > rows[0]!);
  assert.ok(body.length >= 10);
  for (const line of body) {
    const above = Math.max(...rows.filter((y) => y <= line.y));
    const below = Math.min(...rows.filter((y) => y >= line.y + line.height));
    assert.ok(rows.indexOf(below) - rows.indexOf(above) === 1, `"${line.text}" within one row (${above}–${below})`);
  }
  // The amounts of 一、财政拨款收入 sit in the second column, between the first two inner vertical rules.
  const row = page.lines.find((l) => l.text.startsWith('一、财政拨款收入'))!;
  const amount = row.items.find((i) => i.text === '164,978,640')!;
  const sorted = [...columns].sort((a, b) => a - b);
  assert.ok(amount.x > sorted[1]! && amount.x + amount.width < sorted[2]!, 'amount inside column 2');
});

test('pages without text: blank ones are not scans; the narrative and tables of every document have text', { skip }, async () => {
  const finance = await parsedCorpus('2024_shanghai_putuo_finance_bureau_final_accounts.pdf');
  const blank = finance.pages.filter((p) => p.lines.length === 0).map((p) => p.number);
  assert.deepEqual(blank, [14]);
  assert.equal(finance.pages[13]!.needsOcr, false);
  assert.deepEqual(finance.warnings, []);
  for (const name of Object.keys(EXPECTED)) {
    const doc = await parsedCorpus(name);
    assert.ok(doc.pages.filter((p) => p.lines.length > 0).length >= doc.pageCount - 1, `${name}: at most one page without text`);
    assert.deepEqual(
      doc.pages.filter((p) => p.needsOcr).map((p) => p.number),
      [],
    );
  }
});
