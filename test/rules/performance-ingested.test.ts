// Family 6 on published documents, without prepared data: the goal tables as the documents print them
// (the seed's extracted text, the 万里街道 PDF's goal pages, the 2025 PDFs that print none), checked against
// their own totals and the printed project, carry-over and income tables.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CheckDocument } from '../../src/check/document.ts';
import { documentFromPdfText } from '../../src/ingest/pdf/pdf-document.ts';
import { readTextDocument } from '../../src/ingest/text/read-text.ts';
import { ruleById } from '../../src/rules/registry.ts';
import { errorsOf, runOne, withCell } from '../support/check.ts';
import { parsedCorpus, skipWithoutCorpus } from '../support/corpus.ts';
import { SEED_PATH } from '../support/reference.ts';

const rule = (id: string) => ruleById(id)!;
const PERF = ['PERF-WEIGHTS', 'PERF-COST-WITHIN-BUDGET', 'PERF-ALLOCATIONS', 'PERF-FUNDS', 'PERF-DEPT-FUNDS', 'PERF-GOAL-PER-PROJECT', 'PERF-LEVELS', 'PERF-TARGET-FORM', 'PERF-COUNTS'];
let seed: Promise<CheckDocument> | undefined;
const seedDoc = async () => structuredClone(await (seed ??= readTextDocument(SEED_PATH)));
const pdfs = new Map<string, Promise<CheckDocument>>();
const pdf = (name: string) => {
  if (!pdfs.has(name)) pdfs.set(name, parsedCorpus(name).then((p) => documentFromPdfText(p)));
  return pdfs.get(name)!;
};
const statuses = (doc: CheckDocument) => Object.fromEntries(PERF.map((id) => [id, runOne(rule(id), doc).result.status]));

test('seed text: every PERF rule but PERF-ALLOCATIONS checks the printed goal tables and passes', async () => {
  const doc = await seedDoc();
  assert.equal(doc.disclosure, undefined);
  assert.deepEqual(statuses(doc), {
    'PERF-WEIGHTS': 'pass',
    'PERF-COST-WITHIN-BUDGET': 'pass',
    'PERF-ALLOCATIONS': 'unchecked',
    'PERF-FUNDS': 'pass',
    'PERF-DEPT-FUNDS': 'pass',
    'PERF-GOAL-PER-PROJECT': 'pass',
    'PERF-LEVELS': 'pass',
    'PERF-TARGET-FORM': 'pass',
    'PERF-COUNTS': 'pass',
  });
  for (const id of PERF) assert.deepEqual(errorsOf(runOne(rule(id), doc).findings), [], id);
});

test('seed text, PERF-FUNDS: 机关运行补助经费 财政拨款 177.00 against 表7; 其他资金 64.00 against 表11', async () => {
  const doc = await seedDoc();
  // 表7 row 177.00 → 178.00: the goal's 177.00 no longer agrees
  const t7 = doc.tables.find((t) => t.key === 'general_budget_project_expenditure')!;
  t7.rows.find((r) => r.project === '机关运行补助经费')!.values[0] = '178.00';
  const [e7, ...rest7] = errorsOf(runOne(rule('PERF-FUNDS'), doc).findings);
  assert.equal(rest7.length, 0);
  assert.deepEqual([e7!.location.table, e7!.location.row, e7!.expected, e7!.actual], [7, '208 01 02 一般行政管理事务 机关运行补助经费', '178.00', '177.00']);
  // 表11 row 64.00 → 65.00
  const broken = withCell(await seedDoc(), 'carryover_detail', '机关运行补助经费', 0, '65.00');
  broken.tables.find((t) => t.key === 'carryover_detail')!.rows.find((r) => r.name === '机关运行补助经费')!.values[5] = '65.00';
  broken.tables.find((t) => t.key === 'carryover_detail')!.rows.find((r) => r.name === '机关运行补助经费')!.values[8] = '65.00';
  const [e11] = errorsOf(runOne(rule('PERF-FUNDS'), broken).findings);
  assert.deepEqual([e11!.location.table, e11!.location.row, e11!.expected, e11!.actual], [11, '机关运行补助经费', '65.00', '64.00']);
  assert.match(e11!.message.zh, /^机关运行补助经费：绩效目标表其他资金 64\.00 与上年结转结余表不符/);
});

test('seed text, PERF-FUNDS: a goal table whose 年度预算总额 is not 财政拨款 + 其他资金 is an error at the goal', async () => {
  const doc = await seedDoc();
  const g = doc.goals!.projects.find((x) => x.name === '就业工作经费')!;
  g.funds.total = { ...g.funds.total!, fen: 49_00_0000, text: '49.00' };
  const [error, ...rest] = errorsOf(runOne(rule('PERF-FUNDS'), doc).findings);
  assert.equal(rest.length, 0);
  assert.deepEqual(error!.location, { key: 'performance_goals', row: '就业工作经费', column: '年度预算总额' });
  assert.deepEqual([error!.expected, error!.actual, error!.difference], ['48.00', '49.00', '1.00']);
});

test('seed text, PERF-DEPT-FUNDS and PERF-WEIGHTS: a changed 本级安排 or weight is an error', async () => {
  const doc = await seedDoc();
  const d = doc.goals!.department!;
  d.funds.own = { ...d.funds.own!, fen: 1_734_57_0000, text: '1,734.57' };
  d.indicators[0]!.weight = '21';
  const [funds] = errorsOf(runOne(rule('PERF-DEPT-FUNDS'), doc).findings);
  assert.deepEqual([funds!.location.table, funds!.location.row, funds!.expected, funds!.actual], [2, '总计', '1,733.57', '1,734.57']);
  const [weights] = errorsOf(runOne(rule('PERF-WEIGHTS'), doc).findings);
  assert.deepEqual([weights!.location.row, weights!.expected, weights!.actual], ['部门整体绩效目标', '90', '91']);
});

test('seed text, PERF-GOAL-PER-PROJECT and PERF-COUNTS: a project of 表7 without its goal table', async () => {
  const doc = await seedDoc();
  doc.goals!.projects = doc.goals!.projects.filter((g) => g.name !== '就业工作经费');
  const { findings } = runOne(rule('PERF-GOAL-PER-PROJECT'), doc);
  assert.deepEqual(findings.map((f) => [f.severity, f.location.row]), [['warning', '208 07 99 其他就业补助支出 就业工作经费']]);
  assert.match(findings[0]!.message.zh, /48\.00/);
  assert.equal(runOne(rule('PERF-COUNTS'), doc).result.status, 'pass', 'the seed states no count of goal tables, only 项目共 10 个 (表7)');
});

test('万里街道 PDF: PERF-FUNDS finds the document\'s own slip on p. 35; the other four tables add up', { skip: skipWithoutCorpus }, async () => {
  const doc = await pdf('2023_shanghai_putuo_wanli_subdistrict_dept_budget.pdf');
  const { result, findings } = runOne(rule('PERF-FUNDS'), doc);
  assert.equal(result.status, 'fail');
  assert.equal(findings.length, 1);
  // p. 35 公共服务设施运行经费: 年度资金申请总额 10,903,043.00, but 其中：当年财政拨款 11,419,043.00 + 上年结转资金 0.00 + 其他资金 0.00
  // (项目资金总额 and 其中：财政资金 both print 10,903,043.00: the 当年财政拨款 cell is the odd one)
  assert.deepEqual(findings[0]!.location, { page: 35, key: 'performance_goals', row: '公共服务设施运行经费', column: '年度资金申请总额' });
  assert.deepEqual([findings[0]!.severity, findings[0]!.expected, findings[0]!.actual, findings[0]!.difference], ['error', '11,419,043.00', '10,903,043.00', '-516,000.00']);
});

test('万里街道 PDF: levels, targets and the count of 5 goal projects pass; no weights printed, no project table', { skip: skipWithoutCorpus }, async () => {
  const doc = await pdf('2023_shanghai_putuo_wanli_subdistrict_dept_budget.pdf');
  const s = statuses(doc);
  assert.deepEqual([s['PERF-LEVELS'], s['PERF-TARGET-FORM'], s['PERF-COUNTS']], ['pass', 'pass', 'pass']);
  assert.deepEqual([s['PERF-DEPT-FUNDS'], s['PERF-COST-WITHIN-BUDGET']], ['not_applicable', 'not_applicable']);
  assert.match(runOne(rule('PERF-WEIGHTS'), doc).result.reason!, /未列分值权重/);
  assert.match(runOne(rule('PERF-GOAL-PER-PROJECT'), doc).result.reason!, /没有列出本年财政拨款项目的项目支出表/);
  // "编报绩效目标的项目5个" (p. 29) against six goal tables would be an error
  const more = structuredClone(doc);
  more.goals!.projects.push(structuredClone(more.goals!.projects[0]!));
  const [error] = errorsOf(runOne(rule('PERF-COUNTS'), more).findings);
  assert.deepEqual([error!.location.page, error!.expected, error!.actual], [29, '6', '5']);
});

for (const name of ['2025_shanghai_putuo_district_govt_office_dept_budget.pdf', '2025_shanghai_putuo_district_govt_office_unit_budget.pdf']) {
  test(`${name}: no goal table printed — the PERF rules say so instead of passing`, { skip: skipWithoutCorpus }, async () => {
    const doc = await pdf(name);
    for (const id of PERF.filter((x) => x !== 'PERF-ALLOCATIONS' && x !== 'PERF-COUNTS')) {
      const { result } = runOne(rule(id), doc);
      assert.deepEqual([result.status, result.reason], ['unchecked', '公开文件未印出绩效目标表（或另行公开）(the document prints no goal tables: they may be published apart)'], id);
    }
    // "编报绩效目标的项目11个" cannot be counted against tables the document does not print
    assert.equal(runOne(rule('PERF-COUNTS'), doc).result.status, 'unchecked');
  });
}
