// The goal tables (绩效目标表) of the reference document's extracted text (test/fixtures/changji-hrss-2025.seed.txt,
// the department-wide table from line 1436, ten project tables from line 1564). Expected values were written
// by reading the text; the last test compares every goal with the sample disclosure, whose goals were typed
// by hand from the published document.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DocumentGoal, GoalIndicator } from '../../src/check/document-goals.ts';
import { goalTablesOfText } from '../../src/ingest/text/goal-tables.ts';
import { readTextDocument } from '../../src/ingest/text/read-text.ts';
import { loadSample, SEED_PATH, seedText } from '../support/reference.ts';

const goals = goalTablesOfText(seedText());
const project = (name: string) => goals.projects.find((g) => g.name === name)!;
const row = (g: DocumentGoal, name: string) => g.indicators.find((i) => i.name === name)!;
const funds = (g: DocumentGoal) => Object.fromEntries(Object.entries(g.funds).map(([k, a]) => [k, [a.text, a.fen, a.unit, a.line]]));

test('seed: the department-wide goal — 部门名称, contact, 上级安排 0.00 / 本级安排 1,733.57 / 其他 112.00 万元, seven rows', () => {
  const d = goals.department!;
  assert.equal(d.kind, 'department');
  assert.equal(d.name, '人力资源和社会保障局');
  assert.deepEqual(d.contact, { name: '张丽', phone: '18096818166' });
  assert.equal(d.line, 1436);
  assert.deepEqual(funds(d), {
    superior: ['0.00', 0, '万元', 1464],
    own: ['1,733.57', 1_733_57_0000, '万元', 1466],
    other: ['112.00', 112_00_0000, '万元', 1468],
  });
  assert.match(d.goal!, /^昌吉州人社局将继续深入学习贯彻落实党的二十大.*保障劳动者合法权益。$/);
  assert.equal(d.indicators.length, 7);
  // the row starts with its 一级 "履职效能" (line 1472), then line 1474: "数量指标 实现城镇新增就业人数 ＞=2.30 万人",
  // the basis over three lines, the weight 20 alone on line 1482
  assert.deepEqual(row(d, '实现城镇新增就业人数'), {
    level1: '履职效能',
    level2: '数量指标',
    name: '实现城镇新增就业人数',
    target: { op: '>=', value: '2.30', unit: '万人' },
    targetText: '＞=2.30万人',
    basis: '昌吉州人力资源和社会保障局2025年工作计划',
    weight: '20',
    line: 1472,
  });
  // the name wrapped over two lines; the basis quotes a document with ＜…＞ in it
  const training = row(d, '完成全州事业单位新聘人员岗前培训次数');
  assert.deepEqual([training.target, training.basis, training.weight], [
    { op: '>=', value: '1', unit: '次' },
    '中组部、人社部《关于印发＜事业单位工作人员培训规定＞的通知》（人社部规〔2019〕4号)',
    '15',
  ]);
  assert.deepEqual(d.indicators.map((i) => i.weight), ['20', '20', '10', '15', '10', '5', '10']);
});

test('seed: ten project goal tables, in printed order, with their funds as printed', () => {
  assert.deepEqual(
    goals.projects.map((g) => [g.name, g.funds.total?.text, g.funds.fiscal?.text, g.funds.other?.text]),
    [
      ['12333热线平台系统维护', '32.00', '32.00', '0.00'],
      ['机关运行补助经费', '241.00', '177.00', '64.00'],
      ['就业工作经费', '48.00', '48.00', '0.00'],
      ['劳动保障监察经费', '23.00', '23.00', '0.00'],
      ['劳动人事争议调解仲裁工作经费', '15.00', '15.00', '0.00'],
      ['人社政策、新闻宣传经费', '15.00', '15.00', '0.00'],
      ['社保基金监督检查审计经费', '15.00', '15.00', '0.00'],
      ['事业单位工作人员奖励证书、奖章、奖牌制作', '23.30', '23.30', '0.00'],
      ['事业单位新聘人员岗前公共科目培训工作', '100.00', '100.00', '0.00'],
      ['职业能力建设工作', '26.00', '26.00', '0.00'],
    ],
  );
  assert.ok(goals.projects.every((g) => g.unit === '昌吉回族自治州人力资源和社会保障局' && !g.notes));
  // 机关运行补助经费: "年度预算总额 241.00" (line 1744), "其中：财政拨" / "款" / "177.00 其他资金 64.00" (line 1749)
  assert.deepEqual(funds(project('机关运行补助经费')), {
    total: ['241.00', 241_00_0000, '万元', 1744],
    fiscal: ['177.00', 177_00_0000, '万元', 1749],
    other: ['64.00', 64_00_0000, '万元', 1749],
  });
  assert.deepEqual(
    goals.projects.map((g) => g.indicators.length),
    [8, 9, 11, 8, 8, 8, 9, 11, 8, 10],
  );
});

test('seed: indicator rows of the project tables — wrapped levels, targets, prior values and weights', () => {
  const strip = ({ line: _line, ...rest }: GoalIndicator) => rest;
  const hotline = project('12333热线平台系统维护');
  // "产出" / "指标" / "数量" / "指标" / "话务员人数" / "＞=3" / "人" / "计划标准 / 10" / "按照完成比例赋" / "分" / "工作资料"
  assert.deepEqual(strip(row(hotline, '话务员人数')), {
    level1: '产出指标',
    level2: '数量指标',
    name: '话务员人数',
    target: { op: '>=', value: '3', unit: '人' },
    targetText: '＞=3人',
    basis: '计划标准',
    weight: '10',
    scoring: '按照完成比例赋分',
    evidence: '工作资料',
  });
  // a date target over four lines, "2025" / "年 12" / "月 10" / "日前"
  assert.deepEqual(row(hotline, '项目完成时间').target, { text: '2025年12月10日前' });
  assert.deepEqual(row(hotline, '充分发挥12333便民利企平台作用，提升人力资源社会保障公共服务水平').target, { text: '提升' });
  const office = project('机关运行补助经费');
  // "机关运行补助经费其他支" / "出" / "＜" / "=226" / "万元" / "计划标准" / "135 万" / "元" / "9"
  const other = row(office, '机关运行补助经费其他支出');
  assert.deepEqual([other.level1, other.level2, other.target, other.prior, other.weight], ['成本指标', '经济成本指标', { op: '<=', value: '226', unit: '万元' }, '135万元', '9']);
  assert.deepEqual(row(office, '项目完成时间').prior, '2024年12月10日');
  // "嘉奖人数" / "＞" / "=1200" / "0 人": the value itself wrapped
  assert.deepEqual(row(project('事业单位工作人员奖励证书、奖章、奖牌制作'), '嘉奖人数').target, { op: '>=', value: '12000', unit: '人' });
  const last = project('职业能力建设工作').indicators.at(-1)!;
  assert.deepEqual([last.level1, last.level2, last.name, last.target, last.weight], ['满意度指标', '满意度指标', '职业能力建设工作服务对象满意度', { op: '>=', value: '90', unit: '%' }, '10']);
});

test('seed: every goal read from the text equals the sample disclosure typed by hand', () => {
  const d = loadSample();
  const strip = ({ targetText: _t, line: _l, ...rest }: GoalIndicator) => rest;
  const dept = d.performance.department!;
  assert.deepEqual([goals.department!.name, goals.department!.goal, goals.department!.indicators.map(strip)], [dept.department, dept.goal, dept.indicators]);
  assert.equal(goals.projects.length, d.performance.projects.length);
  goals.projects.forEach((g, k) => {
    const want = d.performance.projects[k]!;
    assert.equal(g.name, d.projects.find((p) => p.id === want.project)!.name);
    assert.deepEqual([g.unit, g.goal, g.indicators.map(strip)], [want.unit, want.goal, want.indicators], g.name);
  });
});

test('seed as a checked document: readTextDocument carries the goal tables', async () => {
  const doc = await readTextDocument(SEED_PATH);
  assert.equal(doc.goals?.department?.name, '人力资源和社会保障局');
  assert.equal(doc.goals?.projects.length, 10);
});

test('a text without goal tables reads no goals; a title inside a sentence is not a table', () => {
  assert.deepEqual(goalTablesOfText('本部门2025年机关运行补助经费项目上年结转结余资金64万元与当年\n财政拨款预算177万元做在同一项目支出绩效目标表。'), { projects: [] });
});
