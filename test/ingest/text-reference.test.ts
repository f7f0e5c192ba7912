// The reference document read from its extracted text: every table exactly as the fixture (derived by a
// separate script) has it, the document's meta, and the checks run on the published figures alone.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkDocument } from '../../src/check/check.ts';
import { documentFromText } from '../../src/ingest/text/read-text.ts';
import { tableToJson } from '../../src/tables/table-model.ts';
import { expectedTables, SEED_PATH, seedText } from '../support/reference.ts';

const doc = documentFromText(seedText(), SEED_PATH);
const expected = expectedTables();

test('the text yields the 11 tables of the reference document, in order, with key, title, preparer and unit', () => {
  assert.deepEqual(
    doc.tables.map((t) => `${t.number} ${t.key} ${t.title} ${t.preparer} ${t.unit}`),
    expected.map((t) => `${t.number} ${t.key} ${t.title} ${t.preparer} ${t.unit}`),
  );
});

for (const want of expected) {
  test(`表${want.number} ${want.title}: read from the text row for row, cell for cell`, () => {
    const got = doc.tables.find((t) => t.number === want.number)!;
    const json = tableToJson(got) as typeof want & { columns: string[] };
    assert.equal(json.note, want.note);
    const label = (r: (typeof want.rows)[number]) => `${r.code} ${r.name} ${r.project ?? ''} ${r.pair ? `| ${r.pair.code} ${r.pair.name}` : ''}`;
    assert.deepEqual(json.rows.map(label), want.rows.map(label), 'row labels');
    want.rows.forEach((row, i) => assert.deepEqual(json.rows[i], row, `row ${i}: ${label(row)}`));
    for (const row of json.rows) assert.equal(row.values.length, json.columns.length);
    assert.equal(got.page, undefined, 'text has no pages');
  });
}

test('meta from the titles: body, year, stage, scope, template, unit; no pages', () => {
  assert.deepEqual(doc.meta, {
    path: SEED_PATH,
    title: '昌吉回族自治州人力资源和社会保障局2025年部门预算',
    body: '昌吉回族自治州人力资源和社会保障局',
    year: 2025,
    stage: 'budget',
    scope: 'department',
    template: 'xinjiang-11',
    unit: '万元',
  });
  assert.equal(doc.template?.id, 'xinjiang-11');
  assert.equal(doc.disclosure, undefined);
});

test('the narrative is the text without the tables part', () => {
  const sentences = doc.narrative!;
  assert.ok(sentences.some((s) => s.text.startsWith('按照全口径预算的原则') && s.section[0]?.startsWith('第三部分')));
  assert.ok(sentences.some((s) => s.section[0]?.startsWith('第四部分')));
  assert.ok(!sentences.some((s) => s.section[0]?.startsWith('第二部分')), 'no sentence from the tables part');
  assert.ok(sentences.every((s) => s.page === undefined));
});

test('only 表7 is left undecided by the arithmetic: its economic column, by the documented preference, with a note', () => {
  assert.deepEqual(
    doc.tables.filter((t) => t.notes?.length).map((t) => t.number),
    [7],
  );
  const [note] = doc.tables[6]!.notes!;
  assert.match(note!, /^表7：印刷金额的位置有 10 种放法同样符合全部勾稽关系/);
  assert.match(note!, /等 15 行：除项目支出合计外，金额可在 商品和服务支出 \/ 资本性支出 \/ .* 列，取 商品和服务支出/);
});

// Rules that need what a published text does not give: the unit's nature, the allocation lines of the
// projects and the prepared data's own statements (the goal tables are read from the text: the other PERF
// rules check them, test/rules/performance-ingested.test.ts).
const UNCHECKED_ON_TEXT = ['X-OPERATING-COSTS', 'TXT-ASSETS', 'PERF-ALLOCATIONS', 'STM-THREE-PUBLIC-TABLE'];

test('checked on its published figures alone, the reference text has no errors; the rules that need data stay unchecked', () => {
  const report = checkDocument(doc);
  assert.equal(report.summary.errors, 0, report.findings.filter((f) => f.severity === 'error').map((f) => `${f.rule} ${f.message}`).join('\n'));
  assert.deepEqual(
    report.rules.filter((r) => r.status === 'unchecked').map((r) => r.id).sort(),
    [...UNCHECKED_ON_TEXT].sort(),
  );
  assert.deepEqual(report.rules.filter((r) => r.reason?.includes('内部错误')), [], 'no rule crashed');
  // the document's own rounding traces, as with prepared data
  assert.ok(report.findings.some((f) => f.severity === 'info' && f.rule === 'SUM-CLASS' && f.location.row === '208 社会保障和就业支出'));
  assert.deepEqual(report.tables.find((t) => t.number === 7)!.notes, doc.tables[6]!.notes);
});

test('one printed cell changed in the text: the errors are found in that table, not in the tables placed after it', () => {
  // 表3 208 01 07 prints 合计 15.00 and 项目支出 51.00: 表3 breaks its sums, and what it fixes for 表11 still holds
  const text = seedText().replace('208 01 07 社会保险业务管理事务 15.00 15.00\n', '208 01 07 社会保险业务管理事务 15.00 51.00\n');
  const changed = documentFromText(text, SEED_PATH);
  const errors = checkDocument(changed).findings.filter((f) => f.severity === 'error');
  assert.ok(errors.some((f) => f.rule === 'SUM-BASIC-PROJECT' && f.location.row === '208 01 07 社会保险业务管理事务'));
  assert.deepEqual([...new Set(errors.map((f) => f.location.table))], [3]);
  assert.deepEqual(changed.tables[10]!.rows.map((r) => r.values), expected[10]!.rows.map((r) => r.values), '表11 placed as before');
});

test('one printed cell changed in the text: the error is found in that table', () => {
  const text = seedText().replace('302 01 办公费 13.37 13.37', '302 01 办公费 13.73 13.73');
  const changed = documentFromText(text, SEED_PATH);
  const errors = checkDocument(changed).findings.filter((f) => f.severity === 'error');
  assert.ok(errors.length > 0);
  assert.ok(errors.every((f) => f.location.table === 6), errors.map((f) => `${f.rule} 表${f.location.table}`).join(', '));
  assert.ok(errors.some((f) => f.rule === 'SUM-ECON-CLASS' && f.location.row === '302 商品和服务支出' && f.actual === '173.03' && f.expected === '173.39'));
  // still placed where its arithmetic is least broken (公用经费), and said so
  assert.deepEqual(changed.tables[5]!.rows.find((r) => r.code === '30201')!.values, ['13.73', '', '13.73']);
  assert.match(changed.tables[5]!.notes![0]!, /^表6：没有一种放法能满足全部勾稽关系/);
});

test('blank cells that leave two placements equally right: an ambiguity note, the preferred placement, never a silent guess', () => {
  // 301 now splits into 人员经费 988.33 and 公用经费 56.86: one of 301 09 and 301 10 (both "56.86 56.86") is 公用经费
  const text = seedText()
    .replace('总计 1,259.27 1,086.24 173.03', '总计 1,259.27 1,029.38 229.89')
    .replace('301 工资福利支出 1,045.19 1,045.19', '301 工资福利支出 1,045.19 988.33 56.86');
  const t6 = documentFromText(text, SEED_PATH).tables[5]!;
  assert.equal(t6.notes?.length, 1);
  assert.match(t6.notes![0]!, /^表6：印刷金额的位置有 2 种放法同样符合全部勾稽关系，算术无法确定；按偏好顺序选择/);
  assert.match(t6.notes![0]!, /301 09 职业年金缴费：除合计外，金额可在 人员经费 \/ 公用经费 列，取 人员经费/);
  assert.match(t6.notes![0]!, /301 10 职工基本医疗保险缴费：除合计外，金额可在 公用经费 \/ 人员经费 列，取 公用经费/);
  assert.deepEqual(t6.rows.find((r) => r.code === '30109')!.values, ['56.86', '56.86', '']);
  assert.deepEqual(t6.rows.find((r) => r.code === '30110')!.values, ['56.86', '', '56.86']);
});
