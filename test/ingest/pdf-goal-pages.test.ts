// The project goal pages (财政项目支出绩效目标填报表) of the 2023 万里街道 PDF, pages 31–35, read from the drawn
// rules; and the 2025 普陀区政府办公室 PDFs, which print no goal table (p. 22 of the 部门预算 says "详见单位的项目
// 绩效目标表", and the 单位预算 has none). Every expected value was written by reading the pages
// (`pdftotext -layout -f N -l N`, and pdftoppm renders for the merged 一级/二级 cells), not from the reader.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CheckDocument } from '../../src/check/document.ts';
import type { DocumentGoal } from '../../src/check/document-goals.ts';
import { documentFromPdfText } from '../../src/ingest/pdf/pdf-document.ts';
import { parsedCorpus, skipWithoutCorpus } from '../support/corpus.ts';

const WANLI = '2023_shanghai_putuo_wanli_subdistrict_dept_budget.pdf';
const docs = new Map<string, Promise<CheckDocument>>();
const read = (name: string) => {
  if (!docs.has(name)) docs.set(name, parsedCorpus(name).then((p) => documentFromPdfText(p)));
  return docs.get(name)!;
};
const goal = async (name: string) => (await read(WANLI)).goals!.projects.find((g) => g.name === name)!;
const texts = (g: DocumentGoal) => ({
  total: g.funds.total?.text,
  currentFiscal: g.funds.currentFiscal?.text,
  carryover: g.funds.carryover?.text,
  other: g.funds.other?.text,
  project: [g.funds.project?.total?.text, g.funds.project?.fiscal?.text, g.funds.project?.other?.text],
});

test('2023 万里街道: five project goal tables, one a page (pp. 31–35), no department-wide goal', { skip: skipWithoutCorpus }, async () => {
  const goals = (await read(WANLI)).goals!;
  assert.equal(goals.department, undefined);
  assert.deepEqual(
    goals.projects.map((g) => [g.page, g.name, g.indicators.length]),
    [
      [31, '新建万里街道社区公共服务中心', 5],
      [32, '就业援助基地补贴', 4],
      [33, '社区环境整治和建设经费', 4],
      [34, '各类工作经费', 43],
      [35, '公共服务设施运行经费', 9],
    ],
  );
  for (const g of goals.projects) {
    assert.equal(g.department, '上海市普陀区人民政府万里街道办事处');
    assert.equal(g.unit, '上海市普陀区人民政府万里街道办事处');
  }
});

test('2023 万里街道 p. 31: funds in 元 as printed, with their boxes; both goals; the indicator rows', { skip: skipWithoutCorpus }, async () => {
  const g = await goal('新建万里街道社区公共服务中心');
  assert.deepEqual(texts(g), { total: '4,100,000.00', currentFiscal: '4,100,000.00', carryover: '0.00', other: '0.00', project: ['4,100,000.00', '4,100,000.00', '0.00'] });
  const total = g.funds.total!;
  assert.deepEqual([total.fen, total.unit, total.label, total.page], [4_100_000_00, '元', '年度资金申请总额', 31]);
  // the right-hand 4,100,000.00 on the 项目资金总额 line, in the last column (x 467–540)
  assert.ok(total.bbox!.x > 467 && total.bbox!.x + total.bbox!.width < 541, `x ${total.bbox!.x}`);
  assert.equal(g.funds.project!.total!.label, '项目资金总额');
  assert.ok(g.funds.project!.total!.bbox!.x < 374, 'the project total stands left of 年度资金申请总额');
  assert.match(g.projectGoal!, /^建成后作为万里街道社区事务受理、社区管理、社区文化艺术活动场所。更有效的整合社区公共服务资源/);
  assert.equal(g.goal, g.projectGoal);
  assert.deepEqual(
    g.indicators.map((i) => [i.level1, i.level2, i.name, i.targetText]),
    [
      ['产出指标', '数量指标', '规划建筑面积', '≥13459.00(平方米)'],
      ['产出指标', '质量指标', '完工及时率', '及时率'],
      ['产出指标', '成本指标', '预算内经费', '合规'],
      ['效益指标', '社会效益指标', '完善社区基础设施建设', '完善率'],
      // "服务对象满意度" / "指标": one cell over two lines
      ['满意度指标', '服务对象满意度指标', '居民满意度', '满意度'],
    ],
  );
  assert.deepEqual(g.indicators[0]!.target, { op: '>=', value: '13459.00', unit: '平方米' });
  assert.ok(g.indicators.every((i) => i.page === 31 && i.weight === undefined), 'this form prints no weights');
});

test('2023 万里街道 p. 34: 43 rows under four merged 二级 cells; amounts printed without grouping', { skip: skipWithoutCorpus }, async () => {
  const g = await goal('各类工作经费');
  assert.deepEqual(texts(g), { total: '7595500.00', currentFiscal: '7595500.00', carryover: '0.00', other: '0.00', project: ['7595500.00', '7595500.00', '0.00'] });
  assert.equal(g.funds.total!.fen, 7_595_500_00);
  const count = (l2: string) => g.indicators.filter((i) => i.level2 === l2).length;
  assert.deepEqual([count('数量指标'), count('质量指标'), count('社会效益指标'), count('服务对象满意度指标')], [15, 8, 14, 6]);
  const first = g.indicators[0]!;
  assert.deepEqual([first.level1, first.name, first.target], ['产出指标', '成立社戒社康人员习得规范小组', { op: '>', value: '6.00', unit: '次' }]);
  // the last 数量 row and the first 质量 row, either side of the rule at y 543
  const i15 = g.indicators[14]!;
  const i16 = g.indicators[15]!;
  assert.deepEqual([i15.level2, i15.name, i15.targetText], ['数量指标', '15个居民区全覆盖', '居民区全覆盖']);
  assert.deepEqual([i16.level2, i16.name, i16.targetText], ['质量指标', '做好禁毒示范城区标准化建设', '做好禁毒示范城区标准化建设']);
  const wrapped = g.indicators.find((i) => i.name.startsWith('全面提升社区党员党性修养'))!;
  assert.deepEqual([wrapped.level1, wrapped.name, wrapped.targetText], ['效益指标', '全面提升社区党员党性修养，提升书记综合素质，牢固树立全心全意为民服务意识', '有效']);
  const last = g.indicators.at(-1)!;
  assert.deepEqual([last.level1, last.level2, last.name, last.targetText], ['满意度指标', '服务对象满意度指标', '党员群众满意度', '党员群众满意度不少于80%']);
});

test('2023 万里街道 p. 35: 当年财政拨款 11,419,043.00 printed under a 年度资金申请总额 of 10,903,043.00', { skip: skipWithoutCorpus }, async () => {
  const g = await goal('公共服务设施运行经费');
  assert.deepEqual(texts(g), { total: '10,903,043.00', currentFiscal: '11,419,043.00', carryover: '0.00', other: '0.00', project: ['10,903,043.00', '10,903,043.00', '0.00'] });
  assert.deepEqual(g.indicators.at(-1)!.target, { op: '>=', value: '95.00', unit: '%' });
  assert.deepEqual(g.indicators.find((i) => i.name === '居民满意度')!.target, { text: '90%' }, 'printed without an operator');
});

test('2023 万里街道: the goal pages stay out of the tables and the narrative', { skip: skipWithoutCorpus }, async () => {
  const d = await read(WANLI);
  assert.ok(d.tables.every((t) => (t.page ?? 0) < 31));
  assert.ok(!d.narrative!.some((s) => (s.page ?? 0) >= 31));
});

for (const name of ['2025_shanghai_putuo_district_govt_office_dept_budget.pdf', '2025_shanghai_putuo_district_govt_office_unit_budget.pdf']) {
  test(`${name}: no goal table printed — goals read, and none`, { skip: skipWithoutCorpus }, async () => {
    assert.deepEqual((await read(name)).goals, { projects: [] });
  });
}
