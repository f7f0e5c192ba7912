// Golden tables of 2017_jiangsu_prov_npc_standing_cttee_office_budget.pdf (江苏省人大常委会办公厅, 2017 部门预算,
// template jiangsu-12), read from the positions on the page. Every expected value was written by reading the
// rendered pages (pdftoppm) and `pdftotext -layout`, not from the reader's output.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CheckDocument } from '../../src/check/document.ts';
import { checkDocument } from '../../src/check/check.ts';
import { documentFromPdfText } from '../../src/ingest/pdf/pdf-document.ts';
import { parsedCorpus, skipWithoutCorpus } from '../support/corpus.ts';
import { byCode, byName, byPair, table } from '../support/table-rows.ts';

const NPC = '2017_jiangsu_prov_npc_standing_cttee_office_budget.pdf';
let doc: Promise<CheckDocument> | undefined;
const read = () => (doc ??= parsedCorpus(NPC).then(documentFromPdfText));

test('2017 江苏人大 表1 收支预算总表 (p. 7–9): three sides, 支出用途 beside the income lines', { skip: skipWithoutCorpus }, async () => {
  const d = await read();
  assert.equal(d.meta.template, 'jiangsu-12');
  assert.equal(d.meta.year, 2017);
  assert.equal(d.meta.body, '江苏省人大常委会办公厅');
  const t1 = table(d, 1);
  assert.equal(t1.page, 7);
  assert.ok(!t1.notes?.length, 'every amount placed from its position');
  // 一、财政拨款 13,649.07 | 一、一般公共服务支出 10,528.33 | 一、基本支出 7,666.68
  assert.deepEqual(byPair(t1, '一、一般公共服务支出').values, ['13649.07', '10528.33']);
  assert.deepEqual(byPair(t1, '一、一般公共服务支出').use, { name: '一、基本支出', value: '7666.68' });
  // 1. 一般公共预算 13,649.07 | 二、外交支出 (blank) | 二、项目支出 5,853.96
  assert.deepEqual(byPair(t1, '二、外交支出').values, ['13649.07', '']);
  assert.deepEqual(byPair(t1, '二、外交支出').use, { name: '二、项目支出', value: '5853.96' });
  // 2. 政府性基金预算 (blank) | 三、国防支出 (blank) | 三、单位预留机动经费 128.43
  assert.deepEqual(byPair(t1, '三、国防支出').values, ['', '']);
  assert.deepEqual(byPair(t1, '三、国防支出').use, { name: '三、单位预留机动经费', value: '128.43' });
  // 八、社会保障和就 / 业支出 wraps over the page break (p. 7 → 8); blanks to its left
  assert.deepEqual(byPair(t1, '八、社会保障和就业支出').values, ['', '1608.51']);
  assert.deepEqual(byPair(t1, '十八、住房保障支出').values, ['', '1512.23']);
  // 当年收入 / 小计 wraps over the page break (p. 8 → 9)
  assert.deepEqual(byName(t1, '当年收入小计').values, ['13649.07', '13649.07']);
  assert.deepEqual(byName(t1, '收入合计').values, ['13649.07', '13649.07']);
});

test('2017 江苏人大 财政拨款支出预算表 (p. 11), printed fourth', { skip: skipWithoutCorpus }, async () => {
  const t = table(await read(), 4);
  assert.equal(t.key, 'fiscal_expenditure');
  assert.equal(t.page, 11);
  assert.deepEqual(byName(t, '合计').values, ['13649.07']);
  assert.deepEqual(byCode(t, '2010101').values, ['4545.94']);
  assert.deepEqual(byCode(t, '2010109').values, ['47.50']);
  assert.deepEqual(byCode(t, '2080504').values, ['1608.51']);
  assert.deepEqual(byCode(t, '2210202').values, ['1018.01']);
});

test('2017 江苏人大 表11 “三公”经费、会议费、培训费 (p. 20): title wrapped, nine columns, 购置费 printed 0', { skip: skipWithoutCorpus }, async () => {
  const t = table(await read(), 11);
  assert.equal(t.key, 'three_public_expenses');
  assert.equal(t.page, 20);
  assert.deepEqual(
    t.rows.map((r) => r.values),
    [['2542.60', '833.60', '222.50', '183.60', '0.00', '183.60', '427.50', '1305.25', '403.75']],
  );
});

test('2017 江苏人大: the document prints 财政拨款支出预算表 before 财政拨款收支预算总表 (p. 11, 12)', { skip: skipWithoutCorpus }, async () => {
  const r = checkDocument(await read(), { lang: 'zh' });
  const order = r.findings.filter((f) => f.rule === 'DOC-TABLE-ORDER');
  // the order, and each of the two tables' numbers against the template (表4 ↔ 表5)
  assert.equal(order.length, 3);
  assert.ok(order.every((f) => /财政拨款收支预算总表|财政拨款支出预算表/.test(f.message)));
  assert.deepEqual(order.map((f) => f.location.page).sort(), [11, 12, 12].sort());
  for (const id of ['SUM-EXPENDITURE-SIDE', 'SUM-USE-SIDE', 'SUM-BALANCE']) {
    assert.equal(r.findings.filter((f) => f.rule === id && f.severity === 'error').length, 0, id);
  }
});

test('2017 江苏人大 表二 (pp. 9–10): the list of income with its group cells wrapped ("一般公共预" … "算资金") over a page break; 表三 (p. 10) one row', { skip: skipWithoutCorpus }, async () => {
  const d = await read();
  const t2 = table(d, 2);
  assert.equal(t2.page, 9);
  assert.deepEqual(t2.notes ?? [], []);
  assert.deepEqual(
    t2.rows.filter((r) => r.values[0] !== '').map((r) => [r.name, r.values[0]]),
    [['收入总计', '13649.07'], ['一般公共预算资金 小计', '13649.07'], ['公共财政拨款(补助)资金', '13649.07']],
  );
  assert.deepEqual(t2.rows.map((r) => r.name).slice(-2), ['上年结转和结余资金 小计', '其中：动用上年结转和结余资金']);
  assert.equal(t2.rows.length, 15, 'every line of the list');
  assert.deepEqual(table(d, 3).rows.map((r) => r.values), [['13649.07', '7666.68', '5853.96', '128.43', '']]);
  // 表七 (p. 15) prints 合计 and "(无政府性基金支出）": an empty table that says why
  assert.equal(table(d, 7).note, '(无政府性基金支出）');
});

test('yusuan check on 2017 江苏人大: only the document’s own disagreements (the table order, and 三公 shares of p. 28 taken of 合计 2,542.60)', { skip: skipWithoutCorpus }, async () => {
  const r = checkDocument(await read(), { lang: 'zh' });
  const errors = r.findings.filter((f) => f.severity === 'error');
  assert.deepEqual(
    errors.map((f) => [f.rule, f.location.page, f.expected, f.actual]),
    [
      ['DOC-TABLE-ORDER', 12, undefined, undefined],
      // "因公出国（境）费支出222.5万元，占“三公”经费的8.75%": 222.50 / 833.60 (三公 小计) = 26.69%; 8.75% is of 2,542.60
      ['TXT-SHARE', 28, '26.69', '8.75'],
      // "公务用车购置及运行费支出183.6万元，占“三公”经费的7.22%": 183.60 / 833.60 = 22.02%
      ['TXT-SHARE', 28, '22.02', '7.22'],
      // "公务接待费支出427.5万元，占“三公”经费的16.81%": 427.50 / 833.60 = 51.28%
      ['TXT-SHARE', 28, '51.28', '16.81'],
    ],
  );
  // the message shows the whole the stated share implies: 表11 合计 2,542.60 (三公 + 会议费 + 培训费)
  assert.match(errors[1]!.message, /整体应约为 2,542\.90/);
});
