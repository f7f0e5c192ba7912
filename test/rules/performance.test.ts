// Family 6 — performance goals: each rule passes on the reference document and fails on a broken copy.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CheckDocument } from '../../src/check/document.ts';
import type { Disclosure } from '../../src/model/disclosure.ts';
import { documentFromDisclosure } from '../../src/check/from-disclosure.ts';
import { ruleById } from '../../src/rules/registry.ts';
import { shanghai9 } from '../../src/templates/shanghai-9.ts';
import { errorsOf, referenceDocument, runOne, withCell, withSentence } from '../support/check.ts';
import { loadSample, SAMPLE_PATH } from '../support/reference.ts';

const doc = referenceDocument();
const rule = (id: string) => ruleById(id)!;

/** A copy of the document with its data changed. */
function withData(base: CheckDocument, change: (d: Disclosure) => void): CheckDocument {
  const copy = structuredClone(base);
  change(copy.disclosure!);
  return copy;
}
const goal = (d: Disclosure, id: string) => d.performance.projects.find((g) => g.project === id)!;
const indicator = (d: Disclosure, id: string, name: string) => goal(d, id).indicators.find((i) => i.name === name)!;
const noData = (): CheckDocument => {
  const copy = structuredClone(doc);
  delete copy.disclosure;
  return copy;
};

test('PERF-WEIGHTS: every goal table of the reference adds to 90 (预算执行率 keeps 10)', () => {
  assert.deepEqual(runOne(rule('PERF-WEIGHTS'), doc), { result: { id: 'PERF-WEIGHTS', status: 'pass' }, findings: [] });
});

test('PERF-WEIGHTS: a weight of 31 for 机关运行补助经费 makes its table add to 91 — an error at that goal', () => {
  const broken = withData(doc, (d) => {
    indicator(d, 'jiguan-yunxing', '保障各类工作顺利开展，提高工作效率').weight = '31';
  });
  const [error, ...rest] = errorsOf(runOne(rule('PERF-WEIGHTS'), broken).findings);
  assert.equal(rest.length, 0);
  assert.deepEqual(error!.location, { key: 'performance_goals', row: '机关运行补助经费', column: '分值权重' });
  assert.deepEqual([error!.expected, error!.actual, error!.difference], ['90', '91', '1']);
});

test('PERF-WEIGHTS: the department goal is checked too; decimals add exactly', () => {
  const broken = withData(doc, (d) => {
    d.performance.department!.indicators[0]!.weight = '19.5';
  });
  const [error] = errorsOf(runOne(rule('PERF-WEIGHTS'), broken).findings);
  assert.equal(error!.location.row, '部门整体绩效目标');
  assert.deepEqual([error!.actual, error!.difference], ['89.5', '-0.5']);
});

test('PERF-WEIGHTS: the total is the template\'s — 100 under Shanghai\'s, unchecked without one', () => {
  const shanghai = { ...structuredClone(doc), template: shanghai9 };
  const errors = errorsOf(runOne(rule('PERF-WEIGHTS'), shanghai).findings);
  assert.equal(errors.length, 11, 'the department and the 10 project tables');
  assert.deepEqual([errors[0]!.expected, errors[0]!.actual], ['100', '90']);
  const none = { ...structuredClone(doc), template: { ...doc.template!, goalWeightTotal: undefined } };
  assert.equal(runOne(rule('PERF-WEIGHTS'), none).result.status, 'unchecked');
});

test('PERF-COST-WITHIN-BUDGET: cost caps add to each budget (5 + 226 + 10 = 241); 人均 8 万元 is per head, not a share', () => {
  assert.deepEqual(runOne(rule('PERF-COST-WITHIN-BUDGET'), doc).findings, []);
  assert.equal(runOne(rule('PERF-COST-WITHIN-BUDGET'), doc).result.status, 'pass');
});

test('PERF-COST-WITHIN-BUDGET: caps adding to 242 over a 241 budget are an error', () => {
  const broken = withData(doc, (d) => {
    const i = indicator(d, 'jiguan-yunxing', '机关运行补助经费其他支出');
    if ('op' in i.target) i.target.value = '227';
  });
  const [error] = errorsOf(runOne(rule('PERF-COST-WITHIN-BUDGET'), broken).findings);
  assert.deepEqual(error!.location, { key: 'performance_goals', row: '机关运行补助经费', column: '成本指标' });
  assert.deepEqual([error!.expected, error!.actual, error!.difference], ['241.00', '242.00', '1.00']);
});

test('PERF-ALLOCATIONS: allocation lines add to each budget scale, and the stated 预算安排规模 agree', () => {
  const { result, findings } = runOne(rule('PERF-ALLOCATIONS'), doc);
  assert.equal(result.status, 'pass');
  assert.deepEqual(findings, []);
});

test('PERF-ALLOCATIONS: 物业管理服务 at 104.4 makes the lines add to 178.00 over 177.00 — error at the project row', () => {
  const broken = withData(doc, (d) => {
    d.projects.find((p) => p.id === 'jiguan-yunxing')!.allocations[1]!.amount = 1_044_000_00;
  });
  const [error] = errorsOf(runOne(rule('PERF-ALLOCATIONS'), broken).findings);
  assert.deepEqual(error!.location, { table: 7, key: 'general_budget_project_expenditure', row: '208 01 02 一般行政管理事务 机关运行补助经费', column: '项目支出合计' });
  assert.deepEqual([error!.expected, error!.actual, error!.difference], ['177.00', '178.00', '1.00']);
});

test('PERF-ALLOCATIONS: a stated 预算安排规模 of 178.00 for 机关运行补助经费 is an error at its sentence', () => {
  const broken = withSentence(doc, '预算安排规模：177.00万元', '预算安排规模：178.00万元');
  const [error] = errorsOf(runOne(rule('PERF-ALLOCATIONS'), broken).findings);
  assert.match(error!.location.text!, /项目名称：机关运行补助经费.*预算安排规模：178\.00万元/);
  assert.deepEqual([error!.expected, error!.actual], ['177.00', '178.00']);
});

test('PERF-FUNDS: 机关运行补助经费 241 = 177 (项目支出表) + 64 (上年结转表), and the goal tables state them', () => {
  const { result, findings } = runOne(rule('PERF-FUNDS'), doc);
  assert.equal(result.status, 'pass');
  assert.deepEqual(findings, []);
});

test('PERF-FUNDS: a carry-over row of 65.00 disagrees with the 64.00 the goal carries — error at table 11', () => {
  const broken = withCell(doc, 'carryover_detail', '机关运行补助经费', 0, '65.00');
  const [error] = errorsOf(runOne(rule('PERF-FUNDS'), broken).findings);
  assert.deepEqual(error!.location, { table: 11, key: 'carryover_detail', row: '机关运行补助经费', column: '合计' });
  assert.deepEqual([error!.expected, error!.actual], ['64.00', '65.00']);
});

test('PERF-FUNDS: a project row of 178.00 in table 7 disagrees with the goal\'s 177.00 of this year', () => {
  const broken = structuredClone(doc);
  const t7 = broken.tables.find((t) => t.key === 'general_budget_project_expenditure')!;
  t7.rows.find((r) => r.project === '机关运行补助经费')!.values[0] = '178.00';
  const [error] = errorsOf(runOne(rule('PERF-FUNDS'), broken).findings);
  assert.equal(error!.location.table, 7);
  assert.equal(error!.location.row, '208 01 02 一般行政管理事务 机关运行补助经费');
  assert.deepEqual([error!.expected, error!.actual], ['177.00', '178.00']);
});

test('PERF-FUNDS: a published goal table stating 年度预算总额 242.00 is an error at its text', () => {
  const broken = withSentence(doc, '年度预算总额241.00', '年度预算总额242.00');
  const [error] = errorsOf(runOne(rule('PERF-FUNDS'), broken).findings);
  assert.match(error!.location.text!, /项目名称机关运行补助经费/);
  assert.deepEqual([error!.expected, error!.actual, error!.difference], ['241.00', '242.00', '1.00']);
  assert.match(error!.message.zh, /机关运行补助经费：绩效目标表年度预算总额/);
});

test('PERF-FUNDS: without prepared data the printed goal funds are compared with the printed tables; without goal tables read, unchecked', () => {
  assert.deepEqual(runOne(rule('PERF-FUNDS'), noData()), { result: { id: 'PERF-FUNDS', status: 'pass' }, findings: [] });
  const unread = noData();
  delete unread.goals;
  const { result } = runOne(rule('PERF-FUNDS'), unread);
  assert.equal(result.status, 'unchecked');
  assert.match(result.reason!, /未从此类文件读取绩效目标表/);
});

test('PERF-DEPT-FUNDS: 本级 1,733.57 + 上级 0.00 = 财政拨款, 其他 112.00 — tables and the published goal table agree', () => {
  const { result, findings } = runOne(rule('PERF-DEPT-FUNDS'), doc);
  assert.equal(result.status, 'pass');
  assert.deepEqual(findings, []);
});

test('PERF-DEPT-FUNDS: a stated 本级安排 1,734.57 is an error; so is a 财政拨款 total of 1,734.57 in table 2', () => {
  const stated = errorsOf(runOne(rule('PERF-DEPT-FUNDS'), withSentence(doc, '本级安排1,733.57', '本级安排1,734.57')).findings);
  assert.equal(stated.length, 1);
  assert.match(stated[0]!.location.text!, /上级安排0\.00本级安排1,734\.57/);
  assert.deepEqual([stated[0]!.expected, stated[0]!.actual], ['1,733.57', '1,734.57']);
  const table = errorsOf(runOne(rule('PERF-DEPT-FUNDS'), withCell(doc, 'income_summary', '总计', 1, '1734.57')).findings);
  assert.deepEqual(table[0]!.location, { table: 2, key: 'income_summary', row: '总计', column: '财政拨款(补助)小计' });
  assert.deepEqual([table[0]!.expected, table[0]!.actual], ['1,733.57', '1,734.57']);
});

test('PERF-DEPT-FUNDS on Jiangsu 表二, a list of income by source: 财政拨款 from its lines, 收入总计 from its total line', () => {
  const d = loadSample();
  d.meta.template = 'jiangsu-12';
  const jiangsu = documentFromDisclosure(d, { path: SAMPLE_PATH });
  const t2 = jiangsu.tables.find((t) => t.key === 'income_summary')!;
  assert.deepEqual(t2.roles, ['income_lines'], 'no column holds 财政拨款: the lines do');
  assert.deepEqual(runOne(rule('PERF-DEPT-FUNDS'), jiangsu), { result: { id: 'PERF-DEPT-FUNDS', status: 'pass' }, findings: [] });
  // A printed 收入总计 three cents off shows in 其他资金 (two rounded addends may differ by a cent, not three).
  const off = errorsOf(runOne(rule('PERF-DEPT-FUNDS'), withCell(jiangsu, 'income_summary', '收入总计', 0, '1845.60')).findings);
  assert.deepEqual(off.map((f) => [f.location.row, f.location.column, f.expected, f.actual]), [['收入总计', '金额', '112.00', '112.03']]);
});

test('PERF-GOAL-PER-PROJECT: the 10 projects of this year all have goal tables (援疆 is carried over, non-fiscal)', () => {
  assert.deepEqual(runOne(rule('PERF-GOAL-PER-PROJECT'), doc).findings, []);
});

test('PERF-GOAL-PER-PROJECT: a funded project without a goal table is a warning at its project row', () => {
  const broken = withData(doc, (d) => {
    d.performance.projects = d.performance.projects.filter((g) => g.project !== 'zhongcai');
  });
  const { result, findings } = runOne(rule('PERF-GOAL-PER-PROJECT'), broken);
  assert.equal(result.status, 'fail');
  assert.equal(findings.length, 1);
  assert.equal(findings[0]!.severity, 'warning');
  assert.equal(findings[0]!.location.row, '208 01 12 劳动人事争议调解仲裁 劳动人事争议调解仲裁工作经费');
  assert.match(findings[0]!.message.zh, /15\.00/);
});

test('PERF-LEVELS: 一级 and 二级 of every reference indicator fit the framework (履职效能 for the department)', () => {
  assert.deepEqual(runOne(rule('PERF-LEVELS'), doc).findings, []);
});

test('PERF-LEVELS: 社会效益指标 under 产出指标 and an unknown 一级 are errors', () => {
  const broken = withData(doc, (d) => {
    indicator(d, 'rexian-12333', '话务员人数').level2 = '社会效益指标';
    indicator(d, 'rexian-12333', '来电群众满意度').level1 = '效果指标';
  });
  const errors = errorsOf(runOne(rule('PERF-LEVELS'), broken).findings);
  assert.deepEqual(
    errors.map((e) => e.location),
    [
      { key: 'performance_goals', row: '12333热线平台系统维护', column: '产出指标/社会效益指标/话务员人数' },
      { key: 'performance_goals', row: '12333热线平台系统维护', column: '效果指标/满意度指标/来电群众满意度' },
    ],
  );
  assert.equal(errors[0]!.expected, '数量指标、质量指标、时效指标、成本指标');
});

test('PERF-LEVELS: 履职效能 is for the department-wide goal only', () => {
  const broken = withData(doc, (d) => {
    indicator(d, 'rexian-12333', '话务员人数').level1 = '履职效能';
  });
  assert.equal(errorsOf(runOne(rule('PERF-LEVELS'), broken).findings).length, 1);
});

test('PERF-TARGET-FORM: every reference target has its operator and a fitting unit', () => {
  assert.deepEqual(runOne(rule('PERF-TARGET-FORM'), doc).findings, []);
});

test('PERF-TARGET-FORM: a 120% satisfaction, a cost in 次 and a missing unit are errors; a rate in 个 a warning', () => {
  const broken = withData(doc, (d) => {
    const set = (name: string, value: string, unit: string) => {
      const i = indicator(d, 'rexian-12333', name);
      if ('op' in i.target) Object.assign(i.target, { value, unit });
    };
    set('来电群众满意度', '120', '%');
    set('12333热线咨询服务费用', '32', '次');
    set('话务员人数', '3', '');
    set('服务验收合格率', '100', '个');
  });
  const findings = runOne(rule('PERF-TARGET-FORM'), broken).findings;
  assert.deepEqual(
    findings.map((f) => [f.severity, f.location.column, f.actual]),
    [
      ['error', '产出指标/数量指标/话务员人数', '>=3'],
      ['warning', '产出指标/质量指标/服务验收合格率', '=100个'],
      ['error', '成本指标/经济成本指标/12333热线咨询服务费用', '<=32次'],
      ['error', '满意度指标/满意度指标/来电群众满意度', '>=120%'],
    ],
  );
});

test('PERF-COUNTS: 整体绩效目标 1 个 and 当年预算安排项目共 10 个 match the goals and the projects of this year', () => {
  const { result, findings } = runOne(rule('PERF-COUNTS'), doc);
  assert.equal(result.status, 'pass');
  assert.deepEqual(findings, []);
});

test('PERF-COUNTS: "项目共11个" is an error at its sentence; no narrative, unchecked', () => {
  const [error] = errorsOf(runOne(rule('PERF-COUNTS'), withSentence(doc, '项目共10个', '项目共11个')).findings);
  assert.deepEqual(error!.location, { text: '当年预算安排项目共11个，其中：财政拨款项目涉及预算金额474.30万元；' });
  assert.deepEqual([error!.expected, error!.actual, error!.difference], ['10', '11', '1']);
  assert.equal(runOne(rule('PERF-COUNTS'), referenceDocument({ narrative: false })).result.status, 'unchecked');
});

