// The sections read from real documents: the expected values are read from the documents themselves
// (the seed's text; the PDFs' pages as pdftotext -layout and the rendered pages show them).
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import type { CheckDocument } from '../../src/check/document.ts';
import type { StatedFigure } from '../../src/check/sections.ts';
import { documentFromPdf } from '../../src/ingest/pdf/pdf-document.ts';
import { readTextDocument } from '../../src/ingest/text/read-text.ts';
import { documentFromDisclosure } from '../../src/check/from-disclosure.ts';
import { corpusPath, skipWithoutCorpus } from '../support/corpus.ts';
import { loadSample } from '../support/reference.ts';

const SEED = fileURLToPath(new URL('../fixtures/changji-hrss-2025.seed.txt', import.meta.url));
const figure = (figures: readonly StatedFigure[] | undefined, key: string) => figures?.find((f) => f.key === key);
const amount = (f: StatedFigure | undefined) => (f?.amount ? `${f.amount.value} ${f.amount.unit}` : undefined);

test('seed: 10 主要职能, the 13 科室, staff 编制数 59 / 实有 115 / 在职 56 (+1) / 退休 59 (+3) / 离休 0', async () => {
  const doc = await readTextDocument(SEED);
  const o = doc.sections?.overview;
  assert.equal(o?.functions?.length, 10);
  assert.match(o!.functions![0]!.text, /^贯彻执行国家、自治区人力资源和社会保障事业发展规划、政策；拟订/);
  assert.equal(o!.functions![9]!.text, '完成自治州党委、自治州人民政府交办的其他任务。');
  assert.deepEqual(
    o?.offices?.map((x) => x.text),
    [
      '办公室(组织人事科)',
      '法规科',
      '劳动保障监察科',
      '就业促进和失业保险科',
      '养老保险科',
      '工伤保险和农村社会保险科',
      '基金监督科',
      '职业能力建设科(行政审批科)',
      '专业技术人员管理科(人力资源市场科、自治州博士后管理办公室)',
      '事业单位人事管理科',
      '工资福利科',
      '调解仲裁管理和劳动关系科',
      '农民工工作科',
    ],
  );
  // "无下属预算单位": no units
  assert.equal(o?.units, undefined);
  assert.deepEqual(
    o?.staff?.map((s) => [s.kind, s.count, s.change]),
    [
      ['authorized', 59, undefined],
      ['actual', 115, undefined],
      ['in_service', 56, 1],
      ['retired', 59, 3],
      ['separated', 0, 0],
    ],
  );
});

test('seed: 三公 9.20 万元 and its parts, 机关运行经费 173.03 (+30.13, 21.08%), 政府采购 122.30 = 11.50 + 0.00 + 110.80, assets, 8 glossary entries', async () => {
  const doc = await readTextDocument(SEED);
  const st = doc.sections?.statements;
  const tp = st?.threePublic;
  assert.equal(amount(figure(tp, 'total')), '9.20 万元');
  assert.equal(amount(figure(tp, 'abroad')), '0.00 万元');
  assert.equal(amount(figure(tp, 'vehicle_purchase')), '0.00 万元');
  assert.equal(amount(figure(tp, 'vehicle_operation')), '8.80 万元');
  assert.equal(amount(figure(tp, 'reception')), '0.40 万元');
  assert.equal(figure(tp, 'abroad')?.reason, '2025年本单位未安排因公出国工作');
  const oc = figure(st?.operatingCosts, 'total');
  assert.equal(amount(oc), '173.03 万元');
  assert.deepEqual(oc?.change, { word: '增加', sign: 1, amount: { value: '30.13', unit: '万元' }, percent: '21.08' });
  assert.equal(oc?.reason, '2025年机关运行经费中增加了编制外聘用人员的劳务费');
  assert.deepEqual(
    st?.procurement?.map((f) => [f.key, amount(f)]),
    [
      ['total', '122.30 万元'],
      ['goods', '11.50 万元'],
      ['works', '0.00 万元'],
      ['services', '110.80 万元'],
      ['sme_reserve', '122.30 万元'],
      ['small_micro_reserve', '122.30 万元'],
    ],
  );
  const assets = st?.assets;
  assert.equal(assets?.asOf, '2024年底');
  const house = assets?.holdings.find((h) => h.label === '房屋');
  assert.deepEqual([house?.quantity, house?.measure, house?.value?.value], ['21269.17', '平方米', '7809.01']);
  const cars = assets?.holdings.find((h) => h.label === '一般公务用车');
  assert.deepEqual([cars?.quantity, cars?.value?.value], ['4', '69.18']);
  const g = doc.sections?.glossary;
  assert.deepEqual(
    g?.map((e) => e.term),
    ['财政拨款', '一般公共预算', '财政专户管理资金', '其他资金', '基本支出', '项目支出', '“三公”经费', '机关运行经费'],
  );
  // the definition runs over its sentences; the signature after the last entry is not part of it
  assert.match(g![4]!.definition, /公用经费（定额）。其中，人员经费包括工资福利支出、对个人和家庭的补助。$/);
  assert.match(g![7]!.definition, /公务用车运行维护费及其他费用。$/);
});

test('江苏省人大常委会办公厅 2017 (PDF): 三公 parts pp. 28–29, 政府采购 2247.85 = 59 + 0 + 2188.85 (p. 29), staff p. 6, 9 glossary entries', { skip: skipWithoutCorpus }, async () => {
  const doc = await documentFromPdf(corpusPath('2017_jiangsu_prov_npc_standing_cttee_office_budget.pdf'));
  const tp = doc.sections?.statements?.threePublic;
  // the document states the parts and their shares, not the total
  assert.equal(figure(tp, 'total'), undefined);
  assert.equal(amount(figure(tp, 'abroad')), '222.5 万元');
  assert.equal(figure(tp, 'abroad')?.page, 28);
  assert.equal(figure(tp, 'abroad')?.change?.word, '持平');
  assert.equal(amount(figure(tp, 'vehicles')), '183.6 万元');
  assert.equal(amount(figure(tp, 'vehicle_operation')), '183.6 万元');
  assert.equal(amount(figure(tp, 'reception')), '427.5 万元');
  assert.deepEqual(
    doc.sections?.statements?.procurement?.map((f) => [f.key, amount(f), f.page]),
    [
      ['total', '2247.85 万元', 29],
      ['goods', '59 万元', 29],
      ['works', '0 万元', 29],
      ['services', '2188.85 万元', 29],
    ],
  );
  const oc = figure(doc.sections?.statements?.operatingCosts, 'total');
  assert.deepEqual([amount(oc), oc?.change?.amount?.value, oc?.change?.percent, oc?.page], ['5619.31 万元', '4032.99', '254.23', 28]);
  assert.deepEqual(
    doc.sections?.overview?.staff?.map((s) => [s.kind, s.count, s.page]),
    [
      ['authorized', 339, 6],
      ['in_service', 274, 6],
      ['retired_and_separated', 150, 6],
    ],
  );
  assert.equal(doc.sections?.overview?.functions?.length, 15);
  assert.equal(doc.sections?.glossary?.length, 9);
});

test('上海市普陀区财政局 2024 决算 (PDF): 12 主要职能 (pp. 4–5), the 3 units of p. 5 with their notes, 11 glossary entries (p. 25), 三公 决算 0.00 of 年初预算 0.95', { skip: skipWithoutCorpus }, async () => {
  const doc: CheckDocument = await documentFromPdf(corpusPath('2024_shanghai_putuo_finance_bureau_final_accounts.pdf'));
  const o = doc.sections?.overview;
  assert.equal(o?.functions?.length, 12);
  assert.equal(o!.functions![11]!.text, '完成区委、区政府交办的其他任务。');
  assert.equal(o!.functions![11]!.page, 5);
  assert.deepEqual(
    o?.units?.map((u) => [u.name, u.note, u.page]),
    [
      ['上海市普陀区财政局（本级）', undefined, 5],
      ['上海市普陀区财政局财政所', '预算不单列，并入本级', 5],
      ['上海市普陀区国库收付中心', '预算不单列，并入本级', 5],
    ],
  );
  const g = doc.sections?.glossary;
  assert.equal(g?.length, 11);
  assert.ok(g?.every((e) => e.page === 25));
  assert.deepEqual([g![0]!.term, g![10]!.term], ['财政拨款收入', '机关运行经费']);
  const total = figure(doc.sections?.statements?.threePublic, 'total');
  assert.deepEqual([amount(total), total?.budget?.value, total?.page], ['0.00 万元', '0.95', 23]);
  const assets = doc.sections?.statements?.assets;
  assert.equal(assets?.asOf, '2024年12月31日');
  assert.equal(assets?.holdings.find((h) => h.label.startsWith('单价100万元'))?.quantity, '2');
});

test('上海市普陀区人民政府办公室 2025 部门预算 (PDF): 政府采购 34 = 0 + 0 + 34 on p. 21, 14 主要职能, units, no staff', { skip: skipWithoutCorpus }, async () => {
  const doc = await documentFromPdf(corpusPath('2025_shanghai_putuo_district_govt_office_dept_budget.pdf'));
  assert.deepEqual(
    doc.sections?.statements?.procurement?.map((f) => [f.key, amount(f), f.page]),
    [
      ['total', '34 万元', 21],
      ['goods', '0 万元', 21],
      ['works', '0 万元', 21],
      ['services', '34 万元', 21],
      ['sme_reserve', '34 万元', 21],
      ['small_micro_reserve', '34 万元', 21],
    ],
  );
  const tp = doc.sections?.statements?.threePublic;
  assert.deepEqual([amount(figure(tp, 'total')), amount(figure(tp, 'abroad')), amount(figure(tp, 'reception'))], ['867.50 万元', '839 万元', '28.50 万元']);
  assert.equal(figure(tp, 'total')?.change?.sign, 0);
  assert.equal(amount(figure(doc.sections?.statements?.operatingCosts, 'total')), '213.28 万元');
  const o = doc.sections?.overview;
  assert.equal(o?.functions?.length, 14);
  assert.deepEqual(
    o?.units?.map((u) => [u.name, u.note]),
    [
      ['上海市普陀区人民政府办公室本部', undefined],
      ['上海市普陀区交流服务中心', '不单列预算，并入本部'],
    ],
  );
  assert.equal(o?.staff, undefined);
  assert.equal(doc.sections?.glossary?.length, 8);
});

test('江苏省人民检察院 2017 (PDF): the 23 内设机构 listed under （一）, the 2 下属事业单位 under （二）', { skip: skipWithoutCorpus }, async () => {
  const doc = await documentFromPdf(corpusPath('2017_jiangsu_prov_procuratorate_budget.pdf'));
  const o = doc.sections?.overview;
  assert.equal(o?.offices?.length, 23);
  assert.deepEqual([o!.offices![0]!.text, o!.offices![22]!.text], ['办公室', '行政装备处']);
  assert.deepEqual(
    o?.units?.map((u) => u.name),
    ['清风苑杂志社', '国家检察官学院江苏分院'],
  );
});

test('prepared data: the sections as the Disclosure holds them (amounts in 元)', () => {
  const doc = documentFromDisclosure(loadSample(), { path: 'sample.json' });
  const s = doc.sections;
  assert.equal(s?.overview?.functions?.length, 10);
  assert.equal(s?.overview?.offices?.length, 13);
  assert.deepEqual(s?.overview?.staff?.find((c) => c.kind === 'in_service'), { kind: 'in_service', label: '在职', count: 56, change: 1 });
  assert.equal(amount(figure(s?.statements?.threePublic, 'total')), '92000.00 元');
  assert.equal(amount(figure(s?.statements?.procurement, 'total')), '1223000.00 元');
  assert.equal(s?.glossary?.length, 8);
});
