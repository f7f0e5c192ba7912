// Each statement of the reference document read from the seed text and compared with the model field
// that holds it (the seed-coverage test finds every figure somewhere; this one pins each to its field).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatAmount, parseFen, type Fen } from '../../src/model/money.ts';
import { projectFunds } from '../../src/narrative/performance-funds.ts';
import { loadSample, seedText } from '../support/reference.ts';
import { compact } from '../support/seed-text.ts';

const d = loadSample();
const seed = compact(seedText());
const wan = (fen: Fen) => formatAmount(fen, '万元', { grouping: false });
/** Amount in the seed ("1,845.57", "103.4") as the 万元 string the model's figure must print as. */
const printed = (text: string) => wan(parseFen(text, '万元')!);
const match = (re: RegExp): RegExpExecArray => {
  const m = re.exec(seed);
  assert.ok(m, `the seed states ${re}`);
  return m;
};

test('overview: ten functions in order, thirteen offices, staffing with changes', () => {
  const numbered = [...seed.matchAll(/[(（]([一二三四五六七八九十]+)[)）]/g)].slice(0, 10).map((m) => m[1]);
  assert.deepEqual(numbered, ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十']);
  assert.equal(d.overview.functions.length, 10);
  d.overview.functions.forEach((f, i) => assert.ok(seed.includes(`${numbered[i]})${f.slice(0, 15)}`), `function ${i + 1} as printed`));
  const offices = match(/下设(\d+)个科室/);
  assert.equal(d.overview.offices.length, Number(offices[1]));
  for (const office of d.overview.offices) assert.ok(seed.includes(office), office);
  const s = match(/编制数(\d+)，实有人数(\d+)人，其中：在职(\d+)人，增加(\d+)人；退休(\d+)人，增加(\d+)人；离休(\d+)人，增加(\d+)人/);
  const st = d.overview.staffing;
  assert.deepEqual(
    s.slice(1).map(Number),
    [st.authorized, st.inService.count + st.retired.count + st.separated.count, st.inService.count, st.inService.change, st.retired.count, st.retired.change, st.separated.count, st.separated.change],
  );
});

test('三公, 机关运行经费 and 政府采购 statements equal their fields', () => {
  const tp = d.threePublic;
  const general = (item: keyof typeof tp) => tp[item].general + tp[item].gov_fund + tp[item].state_capital;
  const t = match(/“三公”经费数为([\d.]+)万元，其中：因公出国（境）费([\d.]+)万元，公务用车购置费([\d.]+)万元，公务用车运行费([\d.]+)万元，公务接待费([\d.]+)万元/);
  const items = [general('abroad'), general('vehiclePurchase'), general('vehicleOperation'), general('reception')];
  assert.deepEqual(t.slice(1).map(printed), [items.reduce((a, b) => a + b, 0), ...items].map(wan));
  assert.equal(printed(match(/机关运行经费财政拨款预算([\d.]+)万元/)[1]!), wan(d.operatingCosts));
  const p = d.procurement;
  const buy = match(/政府采购预算([\d.]+)万元，其中：政府采购货物预算([\d.]+)万元，政府采购工程预算([\d.]+)万元，政府采购服务预算([\d.]+)万元/);
  assert.deepEqual(buy.slice(1).map(printed), [p.goods + p.works + p.services, p.goods, p.works, p.services].map(wan));
  const reserve = match(/面向中小企业预留政府采购项目预算金额([\d.]+)万元，小微企业预留政府采购项目预算金额([\d.]+)万元/);
  assert.deepEqual(reserve.slice(1).map(printed), [p.smeReserve, p.smallMicroReserve].map(wan));
});

test('国有资产 statement equals the assets fields', () => {
  const a = d.assets;
  const building = match(/房屋([\d,.]+)平方米，价值([\d,.]+)万元/);
  assert.equal(building[1]!.replaceAll(',', ''), a.buildings.area);
  assert.equal(printed(building[2]!), wan(a.buildings.value));
  const vehicles = match(/车辆(\d+)辆，价值([\d.]+)万元；其中：(.+?)。/);
  assert.equal(Number(vehicles[1]), a.vehicles.reduce((n, v) => n + v.count, 0));
  assert.equal(printed(vehicles[2]!), wan(a.vehicles.reduce((n, v) => n + v.value, 0)));
  const categories = [...vehicles[3]!.matchAll(/([^；]+?)(\d+)辆，价值([\d.]+)万元/g)].map((m) => `${m[1]} ${m[2]} ${printed(m[3]!)}`);
  assert.deepEqual(categories, a.vehicles.map((v) => `${v.category} ${v.count} ${wan(v.value)}`));
  assert.equal(printed(match(/办公家具价值([\d.]+)万元/)[1]!), wan(a.furniture));
  assert.equal(printed(match(/其他资产价值([\d.]+)万元/)[1]!), wan(a.other));
  const equipment = match(/部门价值50万元以上大型设备(\d+)台，部门价值100万元以上大型设备(\d+)台/);
  assert.deepEqual(equipment.slice(1).map(Number), [a.largeEquipment.over500k, a.largeEquipment.over1m]);
});

test('projects: name, 预算安排规模 and 资金分配 amounts of each narrative item', () => {
  const blocks = [...seed.matchAll(/项目名称：(.+?)设立的政策依据：.*?预算安排规模：([\d.]+)万元.*?资金分配情况：(.*?)资金执行时间：/g)];
  assert.equal(blocks.length, 10);
  for (const [, name, scale, allocation] of blocks) {
    const project = d.projects.find((p) => p.name === name);
    assert.ok(project, `project ${name}`);
    assert.equal(printed(scale!), wan(projectFunds(d, project.id).fiscal), `${name} 规模`);
    // Amounts in allocation text: "X万元" (the document once prints "万万元"), not unit prices ("0.3万元/套").
    const amounts = [...allocation!.matchAll(/([\d.]+)万+元(?!\/)/g)].map((m) => printed(m[1]!));
    assert.deepEqual(amounts, project.allocations.map((a) => wan(a.amount)), `${name} 资金分配`);
  }
});

test('goal tables: each project table states its manager and funds, which the model derives', () => {
  const tables = [...seed.matchAll(/项目支出绩效目标表（\d{4}年）预算单位.+?项目名称(.+?)项目负责人(.+?)项目资金\(万元\)年度预算总额([\d.]+)其中：财政拨款([\d.]+)其他资金([\d.]+)项目总体目标/g)];
  assert.equal(tables.length, d.performance.projects.length);
  tables.forEach(([, name, manager, total, fiscal, other], i) => {
    const goal = d.performance.projects[i]!;
    const project = d.projects.find((p) => p.id === goal.project)!;
    assert.equal(project.name, name);
    assert.equal(project.manager, manager);
    const funds = projectFunds(d, project.id);
    assert.deepEqual([total, fiscal, other].map((x) => printed(x!)), [funds.total, funds.fiscal, funds.other].map(wan), name);
  });
});

test('上年结转结余 items and the glossary terms are those of the document', () => {
  const carried = [...seed.matchAll(/\d．(.+?)([\d.]+)万元，主要用于：/g)].map((m) => `${m[1]} ${printed(m[2]!)}`);
  const model = d.projects
    .filter((p) => p.carryoverUse)
    .map((p) => `${p.name} ${wan(d.lineItems.filter((i) => i.project === p.id && i.source.startsWith('carryover')).reduce((n, i) => n + i.amount, 0))}`);
  assert.deepEqual(carried, model);
  const glossary = seed.slice(seed.indexOf('第四部分名词解释'));
  const terms = [...glossary.matchAll(/[一二三四五六七八]、(.+?)[:：]/g)].map((m) => m[1]);
  assert.deepEqual(terms, d.glossary.map((g) => g.term));
});
