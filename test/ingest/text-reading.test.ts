// The pieces of reading extracted text: lines and tokens, table blocks, rows, recognition and placement.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkDocument } from '../../src/check/check.ts';
import { tableBlocks } from '../../src/ingest/text/document-parts.ts';
import { excess, FactStore, roleAtoms } from '../../src/ingest/text/fact-store.ts';
import { TextReadError } from '../../src/ingest/text/ingest-error.ts';
import { solvePlacement, type Candidate } from '../../src/ingest/text/placement-solver.ts';
import { documentFromText } from '../../src/ingest/text/read-text.ts';
import { chooseTemplate } from '../../src/ingest/text/recognise.ts';
import { assembleRows, pairedLine, splitCodeLine } from '../../src/ingest/text/row-reader.ts';
import { parseBlock, type BodyLine } from '../../src/ingest/text/table-block.ts';
import { amountToken, cellText, cleanLine, textLines } from '../../src/ingest/text/text-lines.ts';
import { listTemplates } from '../../src/templates/registry.ts';

const body = (...texts: string[]): BodyLine[] => texts.map((text, i) => ({ text, line: i + 1, tokens: text.split(' ') }));
const block = (text: string) => tableBlocks(textLines(text), () => false)[0]!;

test('cell text: extraction spaces between CJK characters and digits go, the printed punctuation stays', () => {
  assert.equal(cellText('收 入 总 计'), '收入总计');
  assert.equal(cellText('一般行政管理事务', '12333 热线平台系统维护'), '一般行政管理事务12333热线平台系统维护');
  assert.equal(cellText('其中：一般财力'), '其中：一般财力');
  assert.equal(cellText('1. 一般公共预算'), '1. 一般公共预算');
  assert.equal(cleanLine('⻓期\u3000\u00a0⼀般'), '长期 一般', 'radicals and odd spaces');
});

test('amounts: decimals required, separators and full-width digits accepted; codes and years are not amounts', () => {
  assert.equal(amountToken('1,845.57'), '1845.57');
  assert.equal(amountToken('１，２３４．５０'), '1234.50');
  assert.equal(amountToken('-12.30'), '-12.30');
  for (const t of ['208', '2025', '01', '1,84.57', '12333']) assert.equal(amountToken(t), undefined, t);
});

test('page numbers and form feeds are dropped and mark the next line', () => {
  const lines = textLines('a\n- 3 -\nb\n第 4 页\n\fc\n');
  assert.deepEqual(lines.map((l) => [l.text, l.afterBreak ?? false]), [['a', false], ['b', true], ['c', true]]);
});

test('a block: title, preparer and unit with half-width colons or on two lines, header to its numbering row', () => {
  const a = parseBlock(block('表 3\n部门支出表\n编制单位:某某局 单位:元\n科目 合计 基本支出 项目支出\n※ 1 2 3\n合计 10.00 10.00\n'));
  assert.deepEqual([a.number, a.title, a.preparer, a.unit, a.numbering], [3, '部门支出表', '某某局', '元', ['※', '1', '2', '3']]);
  assert.deepEqual(a.body.map((l) => l.text), ['合计 10.00 10.00']);
  const b = parseBlock(block('表1 收支总表\n编制部门：某某局\n金额单位：万元\n项目 预算数\n一、本年收入 1.00\n'));
  assert.deepEqual([b.title, b.preparer, b.unit, b.header], ['收支总表', '某某局', '万元', ['项目 预算数']]);
});

test('a header repeated on a continuation page is dropped; the next line is marked as after the page break', () => {
  const text = ['表 2', '收入表', '编制部门：某局 单位：万元', '类 款 项 名称 合计', '※ ※ ※ ※ 1', '208 社会保障和就业支出 5.00', '208 05 06 机关事业单位职业年金缴费支 5.00', '编制部门：某局 单位：万元', '类 款 项 名称 合计', '※ ※ ※ ※ 1', '出', '210 卫生健康支出 1.00'].join('\n');
  const b = parseBlock(block(text));
  assert.deepEqual(b.body.map((l) => [l.text, l.afterBreak ?? false]), [
    ['208 社会保障和就业支出 5.00', false],
    ['208 05 06 机关事业单位职业年金缴费支 5.00', false],
    ['出', true],
    ['210 卫生健康支出 1.00', false],
  ]);
  const rows = assembleRows(b.body, { codes: true, continueAfterBreak: true });
  assert.deepEqual(rows.map((r) => [r.code, r.text, r.amounts.join(' ')]), [
    ['208', '社会保障和就业支出', '5.00'],
    ['2080506', '机关事业单位职业年金缴费支出', '5.00'],
    ['210', '卫生健康支出', '1.00'],
  ]);
});

test('rows: codes joined (function 类/款/项, economic 类/款, or printed whole), wrapped names joined', () => {
  assert.deepEqual(splitCodeLine('208 01 01 行政运行 929.37 929.37'.split(' ')), { code: '2080101', label: ['行政运行'], amounts: ['929.37', '929.37'] });
  assert.deepEqual(splitCodeLine('301 01 基本工资 287.55'.split(' ')).code, '30101');
  assert.deepEqual(splitCodeLine('2210201 住房公积金 92.49'.split(' ')).code, '2210201');
  assert.deepEqual(splitCodeLine('12333 热线 1.00'.split(' ')).code, '', 'a name starting with digits is not a code');
  const rows = assembleRows(body('208 01 99', '其他人力资源和社会保障管理', '事务支出', '126.00 126.00', '昌吉回族自治州人力资源和社会保', '障局', '474.30 474.30'), { codes: true, continueAfterBreak: true });
  assert.deepEqual(rows.map((r) => [r.code, r.text, r.amounts.length]), [
    ['2080199', '其他人力资源和社会保障管理事务支出', 2],
    ['', '昌吉回族自治州人力资源和社会保障局', 2],
  ]);
});

test('two-sided lines: split at the known income label, the 类 code or the left amounts', () => {
  const labels = ['一、本年收入', '收入总计'];
  const line = (text: string) => pairedLine(body(text)[0]!, labels);
  assert.deepEqual(line('一、本年收入 1,733.57 201 一般公共服务支出'), { left: '一、本年收入', leftAmounts: ['1733.57'], rightCode: '201', right: '一般公共服务支出', rightAmounts: [], line: 1 });
  assert.deepEqual(line('230 转移性支出').left, '');
  const totals = line('收 入 总 计 1,845.57 支 出 总 计 1,845.57');
  assert.deepEqual([totals.left, totals.leftAmounts, totals.right, totals.rightAmounts], ['收入总计', ['1845.57'], '支出总计', ['1845.57']]);
});

test('template by its table set: Xinjiang and Shanghai titles; other titles make an unknown template', () => {
  const templates = listTemplates();
  const xj = ['部门收支总体情况表', '部门收入总体情况表', '部门支出总体情况表', '财政拨款收支预算总体情况表', '一般公共预算支出情况表', '一般公共预算基本支出情况表', '一般公共预算项目支出情况表', '政府性基金预算支出情况表', '国有资本经营预算支出情况表', '财政拨款“三公”经费支出情况表', '上年结转结余情况明细表'];
  const choice = chooseTemplate(xj, templates, 'budget');
  assert.equal(choice.template?.id, 'xinjiang-11');
  assert.deepEqual(choice.matches.map((m) => m?.spec.number), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  const sh = ['2025年部门财务收支预算总表', '2025年部门收入预算总表', '2025年部门支出预算总表', '2025年部门财政拨款收支预算总表', '2025年部门一般公共预算支出功能分类预算表', '2025年部门一般公共预算基本支出部门预算经济分类预算表'];
  assert.equal(chooseTemplate(sh, templates, 'budget').template?.id, 'shanghai-9');
  assert.equal(chooseTemplate(['政府采购预算表', '部门收支总体情况表'], templates, 'budget').template, undefined);
  assert.equal(chooseTemplate(xj, templates, 'final').template, undefined, 'no final-accounts template yet');
});

test('an unknown template: tables still extracted with generic columns and checked by the generic rules', () => {
  const text = ['某某局2025年部门预算', '表 1', '政府采购预算明细表', '编制单位:某某局 单位:元', '项目 合计 货物 服务', '※ 1 2 3', '合计 150.00 100.00 50.00', '办公设备 100.00 100.00', '物业服务 50.00 50.00'].join('\n');
  const doc = documentFromText(text, 'unknown.txt');
  assert.deepEqual([doc.meta.template, doc.meta.body, doc.meta.year, doc.template], ['unknown', '某某局', 2025, undefined]);
  const [t] = doc.tables;
  assert.deepEqual([t!.key, t!.columns, t!.rows.length], ['other', ['列1', '列2', '列3'], 3]);
  assert.deepEqual(t!.rows[0]!.values, ['150.00', '100.00', '50.00']);
  // without arithmetic to go by, a short row is placed by preference and the note says so
  assert.match(t!.notes?.[0] ?? '', /算术无法确定/);
  const report = checkDocument(doc);
  assert.equal(report.rules.find((r) => r.id === 'DOC-TABLES-PRESENT')?.status, 'not_applicable');
  assert.deepEqual(report.rules.filter((r) => r.reason?.includes('内部错误')), []);
});

test('bad text is an TextReadError naming the file (and the line)', () => {
  assert.throws(() => documentFromText('', 'a.txt'), (e: unknown) => e instanceof TextReadError && /^a\.txt: 文件没有文字/.test(e.message));
  assert.throws(() => documentFromText('只有说明。\n', 'b.txt'), (e: unknown) => e instanceof TextReadError && /^b\.txt: 未找到公开表/.test(e.message));
  const tooMany = ['表 1', '一般公共预算基本支出情况表', '编制部门：某局 单位：万元', '※ ※ ※ 1 2 3', '总计 1.00 1.00 1.00 1.00'].join('\n');
  assert.throws(() => documentFromText(tooMany, 'c.txt'), (e: unknown) => e instanceof TextReadError && /^c\.txt:5: 表1/.test(e.message));
});

test('placement: the arithmetic decides where it can, and keeps every tie where it cannot', () => {
  // columns: 合计 = 甲 + 乙; parent "10 6 4", children "6 6" and "4 4"
  const cands = (amount: number, parts: number[][]): Candidate[] =>
    parts.map((cols) => ({ cols, vector: [0, 1, 2].map((c) => (cols.includes(c) ? amount : 0)), cost: 0 }));
  const parent: Candidate[] = [{ cols: [0, 1, 2], vector: [10, 6, 4], cost: 0 }];
  const decided = solvePlacement({ width: 3, rows: [parent, cands(6, [[0, 1], [0, 2]]), cands(4, [[0, 1], [0, 2]])], groups: [{ parent: 0, children: [1, 2] }], bound: () => 0 });
  assert.deepEqual([decided.cost, decided.chosen, decided.alternatives, decided.count], [0, [0, 0, 1], [[0], [0], [1]], 1]);
  const tie: Candidate[] = [{ cols: [0, 1, 2], vector: [10, 5, 5], cost: 0 }];
  const open = solvePlacement({ width: 3, rows: [tie, cands(5, [[0, 1], [0, 2]]), cands(5, [[0, 1], [0, 2]])], groups: [{ parent: 0, children: [1, 2] }], bound: () => 0 });
  assert.deepEqual([open.cost, open.chosen, open.alternatives, open.count], [0, [0, 0, 1], [[0], [0, 1], [1, 0]], 2], 'the preferred (leftmost first) placement first');
  // rows nothing ties together are solved apart: their ties are not multiplied into a search
  const free = Array.from({ length: 40 }, () => cands(5, [[0, 1], [0, 2]]));
  const apart = solvePlacement({ width: 3, rows: free, groups: [], bound: () => 0 });
  assert.deepEqual([apart.stopped, apart.more, apart.alternatives[39]], [false, false, [0, 1]]);
});

test('facts: a blank cell zeroes its atoms; elimination fixes the sums the tables determine, within rounding', () => {
  const store = new FactStore([]);
  store.add('T', roleAtoms('all.basic')!, 125_927_0000, 5000); // 支出总表 基本支出 1,259.27 万元
  store.add('T', roleAtoms('general_budget.basic')!, 125_927_0000, 5000);
  store.add('T', roleAtoms('special_account')!, 0, 0);
  store.add('T', roleAtoms('unit_funds')!, 0, 0);
  store.add('T', roleAtoms('carryover_fiscal')!, 0, 0);
  store.add('T', roleAtoms('gov_fund_budget')!, 0, 0);
  store.add('T', roleAtoms('state_capital_budget')!, 0, 0);
  const nonfiscalBasic = store.query('T', roleAtoms('carryover_nonfiscal.basic')!)!;
  assert.equal(excess(nonfiscalBasic, 0, 0), 0);
  assert.equal(excess(nonfiscalBasic, 112_0000_00, 5000), 112_0000_00 - 15000, '112.00 万元 of 基本支出 is ruled out');
  assert.equal(store.query('T', roleAtoms('carryover_nonfiscal.personnel')!), undefined, 'personnel alone is not fixed');
  assert.equal(roleAtoms('general_budget.project.econ:302'), undefined);
  assert.equal(roleAtoms('income'), undefined);
});
