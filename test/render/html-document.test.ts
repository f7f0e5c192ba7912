// The sample's document as HTML: the parts in order, the 11 tables with captions, header rows with their
// spans and scopes, the numbering row, amounts right-aligned as printed, the goal tables, glossary and date;
// print CSS; the 草稿 watermark on a draft only.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assembleDocument } from '../../src/render/assemble.ts';
import type { DocumentPart } from '../../src/render/document-model.ts';
import { documentToHtml } from '../../src/render/html-document.ts';
import { loadSample, tablesOf } from '../support/reference.ts';

const sample = loadSample();
const doc = assembleDocument(sample);
const html = documentToHtml(doc);
const tables = tablesOf(sample);

/** The HTML of table n's section. */
const section = (n: number) => new RegExp(`<section class="table[^"]*" id="table-${n}">([^]*?)</section>`).exec(html)?.[1] ?? '';

test('the document: title, the parts in the reference order, body and date at the end', () => {
  assert.equal(doc.fileStem, '昌吉回族自治州人力资源和社会保障局-2025-部门预算');
  assert.match(html, /<html lang="zh-CN">/);
  assert.match(html, /<h1>昌吉回族自治州人力资源和社会保障局2025年部门预算<\/h1>/);
  const headings = [...html.matchAll(/<h2>([^<]*)<\/h2>/g)].map((m) => m[1]);
  assert.deepEqual(headings, ['第一部分 2025年部门概况', '第二部分 2025年部门预算公开表', '第三部分 2025年部门预算情况说明', '第四部分 名词解释']);
  assert.match(html, /<li>\(一\)贯彻执行国家、自治区人力资源和社会保障事业发展规划/);
  assert.match(html, /无下属预算单位，下设13个科室，分别是：办公室\(组织人事科\)、法规科/);
  assert.match(html, /编制数59，实有人数115人，其中：在职56人，增加1人；退休59人，增加3人；离休0人，增加0人。/);
  assert.match(html, /<dfn>一、财政拨款<\/dfn>/);
  assert.match(html, /<footer class="end">\s*<p>昌吉回族自治州人力资源和社会保障局<\/p>\s*<p>2025年2月14日<\/p>/);
  assert.doesNotMatch(html, /<(link|script|img)\b/); // self-contained
});

test('the 11 tables, each with its caption, 编制部门 and 单位, header cells with scope and spans', () => {
  assert.equal(tables.length, 11);
  for (const t of tables) {
    const s = section(t.number);
    assert.ok(s, `表${t.number} section`);
    assert.match(s, new RegExp(`<p class="table-no">表${t.number}</p>`));
    assert.ok(s.includes(`<caption>${t.title}<span class="meta"><span>编制部门：${t.preparer}</span><span>单位：${t.unit}</span>`), `表${t.number} caption`);
    const thead = /<thead>([^]*?)<\/thead>/.exec(s)![1]!;
    assert.equal((thead.match(/<tr/g) ?? []).length, t.header.length + (t.numbering ? 1 : 0), `表${t.number} header rows`);
    for (const cell of t.header.flat()) assert.ok(thead.includes(`>${cell.label}</th>`), `表${t.number} header ${cell.label}`);
    const rows = (/<tbody>([^]*?)<\/tbody>/.exec(s)![1]!.match(/<tr/g) ?? []).length;
    assert.equal(rows, Math.max(1, t.rows.length), `表${t.number} body rows`);
  }
  const t6 = section(6);
  assert.match(t6, /<th scope="colgroup" colspan="2">经济分类科目编码<\/th><th scope="col" rowspan="2">经济分类科目名称<\/th>/);
  assert.match(t6, /<tr class="numbering"><th scope="col">※<\/th><th scope="col">※<\/th><th scope="col">※<\/th><th scope="col">1<\/th>/);
  assert.match(t6, /<tr class="total"><th scope="row" colspan="3">总计<\/th><td class="amount">1,259.27<\/td><td class="amount">1,086.24<\/td><td class="amount">173.03<\/td><\/tr>/);
  assert.match(t6, /<td class="code">301<\/td><td class="code">01<\/td><th scope="row"[^>]*>基本工资<\/th><td class="amount">287.55<\/td>/);
  assert.match(section(1), /<th scope="row">一、本年收入<\/th><td class="amount">1,733.57<\/td><td>201 一般公共服务支出<\/td><td class="amount"><\/td>/);
  assert.match(section(1), /收 ?入 ?总 ?计[^]*1,845.57/);
  assert.match(section(8), /<td class="note" colspan="\d+">[^<]+<\/td>/); // the empty 政府性基金 table's note
});

test('print CSS: A4, each table on its own page, wide tables landscape, header rows repeated', () => {
  assert.match(html, /@page \{ size: A4 portrait;/);
  assert.match(html, /@page wide \{ size: A4 landscape;/);
  assert.match(html, /section\.table \{ break-before: page; \}/);
  assert.match(html, /section\.table\.wide \{ page: wide; \}/);
  assert.match(html, /thead \{ display: table-header-group; \}/);
  assert.match(html, /td\.amount \{ text-align: right;/);
  assert.match(html, /<section class="table wide" id="table-7">/); // 16 columns
  assert.match(html, /<section class="table" id="table-6">/);
});

test('goal tables from the performance data: the department-wide goal, then each project, with funds and indicators', () => {
  const goals = [...html.matchAll(/<section class="goal">\s*<h4>([^<]*)<\/h4>/g)].map((m) => m[1]);
  assert.equal(goals.length, 1 + sample.performance.projects.length);
  assert.equal(goals[0], '部门整体绩效目标表');
  assert.match(html, /本级安排<\/th><td colspan="6">1,733.57<\/td>/);
  assert.match(html, /年度预算总额<\/th><td colspan="6">32.00<\/td>/);
  assert.match(html, /<th scope="row">实现城镇新增就业人数<\/th><td>≥2.30万人<\/td>/);
});

test('a draft carries the 草稿 watermark; a narrative part given is printed with the goal tables under its 绩效 heading', () => {
  assert.doesNotMatch(html, /watermark" aria/);
  const narrative: DocumentPart = {
    heading: '第三部分 2025年部门预算情况说明',
    blocks: [
      { kind: 'heading', level: 1, text: '一、关于收支总体情况的说明' },
      { kind: 'paragraph', text: '收入总计1,845.57万元。' },
      { kind: 'heading', level: 2, text: '（四）预算绩效情况' },
      { kind: 'paragraph', text: '具体情况见下表：' },
      { kind: 'heading', level: 2, text: '（五）其他需说明的事项' },
    ],
  };
  const draft = documentToHtml(assembleDocument(sample, { draft: true, narrative }));
  assert.match(draft, /<div class="watermark" aria-hidden="true">草稿<\/div>/);
  assert.match(draft, /<title>[^<]*（草稿）<\/title>/);
  assert.match(draft, /<p>具体情况见下表：<\/p>\s*<section class="goal">[^]*<h4>（五）其他需说明的事项<\/h4>/);
  assert.doesNotMatch(draft.slice(draft.indexOf('（五）其他需说明的事项')), /<section class="goal">/);
});
