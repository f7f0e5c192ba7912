// detectMeta on cover and first-table lines as real documents print them (line texts copied from the
// corpus PDFs and the reference document), and documentMeta's year from a later title.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectMeta, documentMeta, type PdfPage } from '../../src/ingest/pdf/index.ts';

const fields = (lines: string[]) => {
  const { body, year, stage, scope } = detectMeta(lines);
  return { body, year, stage, scope };
};

test('a cover split over two lines: body, then year and stage', () => {
  assert.deepEqual(fields(['江苏省人大常委会办公厅', '2017 年度部门预算', '目 录', '第一部分 部门概况']), {
    body: '江苏省人大常委会办公厅', year: 2017, stage: 'budget', scope: 'department',
  });
  assert.deepEqual(fields(['上海市普陀区财政局', '2024年度部门决算']), { body: '上海市普陀区财政局', year: 2024, stage: 'final', scope: 'department' });
  assert.deepEqual(fields(['江苏省人民检察院', '2017 年部门预算']), { body: '江苏省人民检察院', year: 2017, stage: 'budget', scope: 'department' });
});

test('a cover with the body between the year and the stage', () => {
  assert.deepEqual(fields(['2017 年度江苏省高级人民法院部门预算公开', '目 录']), {
    body: '江苏省高级人民法院', year: 2017, stage: 'budget', scope: 'department',
  });
});

test('a labelled name wins over the region in the title; 单位预算 is the unit scope', () => {
  assert.deepEqual(fields(['上海市普陀区2025年区级单位预算', '预算单位：上海市普陀区人民政府办公室']), {
    body: '上海市普陀区人民政府办公室', year: 2025, stage: 'budget', scope: 'unit',
  });
  assert.deepEqual(fields(['上海市普陀区2023年区级部门预算', '预算主管部门：上海市普陀区人民政府万里街道办事处']), {
    body: '上海市普陀区人民政府万里街道办事处', year: 2023, stage: 'budget', scope: 'department',
  });
  // Half-width colon and spaces inside the label line read the same.
  assert.equal(detectMeta(['上海市普陀区2025年区级部门预算', '预算主管部门 : 上海市普陀区人民政府办公室']).body, '上海市普陀区人民政府办公室');
});

test('a tables-only first page: the body from 部门：, never the unit of account; the stage from the table title; no year', () => {
  const meta = detectMeta(['表一', '收支预算总表', '部门：江苏省政协办公厅 单位：万元', '收入 支出', '1.一般公共预算 9,066.79 二、外交支出']);
  assert.deepEqual(
    { body: meta.body, year: meta.year, stage: meta.stage, scope: meta.scope },
    { body: '江苏省政协办公厅', year: undefined, stage: 'budget', scope: 'department' },
  );
  assert.equal(meta.sources.stage?.line, '收支预算总表');
  assert.equal(detectMeta(['部门决算表', '单位：万元']).body, undefined);
  assert.equal(detectMeta(['编制部门：昌吉回族自治州人力资源和社会保障局 单位：万元']).body, '昌吉回族自治州人力资源和社会保障局');
});

test('the reference document’s title (Xinjiang) and a page with nothing to tell', () => {
  assert.deepEqual(fields(['昌吉回族自治州人力资源和社会保障局', '2025年部门预算公开']), {
    body: '昌吉回族自治州人力资源和社会保障局', year: 2025, stage: 'budget', scope: 'department',
  });
  assert.deepEqual(fields(['第一部分 部门概况', '一、主要职能']), { body: undefined, year: undefined, stage: undefined, scope: undefined });
  assert.deepEqual(detectMeta([]).sources, {});
});

test('the title is read on the cover only: a year in the contents below 目录 is not the title', () => {
  const meta = detectMeta(['某某单位', '目 录', '二、2016 年度部门决算情况']);
  assert.equal(meta.year, undefined);
  assert.equal(meta.stage, undefined);
});

const page = (number: number, texts: string[]): PdfPage => ({
  number,
  width: 595,
  height: 842,
  rotation: 0,
  lines: texts.map((text, i) => ({ text, normalised: text, x: 72, y: 72 + 20 * i, width: 100, height: 12, baseline: 82 + 20 * i, fontSize: 12, angle: 0, items: [] })),
  rules: [],
  images: 0,
  needsOcr: false,
});

test('documentMeta: a year the first page lacks comes from the first later title that has one, with its page', () => {
  const meta = documentMeta([
    page(1, ['收支预算总表', '部门：江苏省政协办公厅 单位：万元']),
    page(7, ['注：我单位无2017年政府性基金支出安排。']), // a sentence, not a title
    page(12, ['2017年政府采购预算表', '部门：江苏省政协办公厅']),
    page(13, ['2018年度预算表']),
  ]);
  assert.equal(meta.year, 2017);
  assert.deepEqual(meta.sources.year, { page: 12, line: '2017年政府采购预算表' });
  assert.deepEqual(meta.sources.body, { page: 1, line: '部门：江苏省政协办公厅 单位：万元' });
  assert.deepEqual(documentMeta([]), { sources: {} });
});
