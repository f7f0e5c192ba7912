// Family 3 — the narrative against the tables and itself: each rule passes on the reference document and
// fails on a broken copy. Expected figures are read from the seed (the published document) and worked out by hand.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CheckDocument } from '../../src/check/document.ts';
import { ruleById } from '../../src/rules/registry.ts';
import type { Finding } from '../../src/rules/types.ts';
import { errorsOf, referenceDocument, runOne, shanghaiDocument, withSentence } from '../support/check.ts';

const doc = referenceDocument();
const rule = (id: string) => ruleById(id)!;
const run = (id: string, d: CheckDocument = doc) => runOne(rule(id), d);
const sentence = (d: CheckDocument, contains: string) => d.narrative!.find((s) => s.text.includes(contains))!.text;

/** A copy with `find` replaced inside the sentence that contains `where`. */
function edit(d: CheckDocument, where: string, find: string, replace: string): { doc: CheckDocument; text: string } {
  const copy = structuredClone(d);
  const s = copy.narrative!.find((x) => x.text.includes(where));
  if (!s || !s.text.includes(find)) throw new Error(`no sentence with ${where} and ${find}`);
  s.text = s.text.replace(find, replace);
  return { doc: copy, text: s.text };
}

function withoutData(d: CheckDocument): CheckDocument {
  const copy = structuredClone(d);
  delete copy.disclosure;
  return copy;
}

const onlyError = (findings: readonly Finding[]) => {
  const errors = errorsOf(findings);
  assert.equal(errors.length, 1, errors.map((e) => e.message.zh).join('\n'));
  return errors[0]!;
};

test('every narrative rule passes on the reference document, except the warning on 非财政拨款项目涉及预算金额', () => {
  const ids = ['TXT-TOTAL', 'TXT-INCOME-SOURCE', 'TXT-SPENDING-KIND', 'TXT-FISCAL-TOTAL', 'TXT-CLASS', 'TXT-ITEM', 'TXT-BASIC-SPLIT', 'TXT-THREE-PUBLIC', 'TXT-CARRYOVER', 'TXT-OPERATING-COSTS', 'TXT-PROCUREMENT', 'TXT-PROJECT-SCALE', 'TXT-ALLOCATIONS', 'TXT-ASSETS', 'TXT-SHARE', 'TXT-CHANGE', 'TXT-DIRECTION', 'TXT-ZERO-BASE', 'TXT-PRIOR-CONSISTENCY', 'TXT-REASONS', 'TXT-LISTS', 'TXT-EMPTY-FUND', 'TXT-UNRECOGNISED'];
  for (const id of ids) {
    const { result, findings } = run(id);
    assert.equal(result.status, 'pass', `${id}: ${result.reason ?? findings.map((f) => f.message.zh).join('; ')}`);
    assert.deepEqual(findings.filter((f) => f.severity !== 'info'), [], id);
  }
});

test('without a narrative every TXT rule is unchecked', () => {
  const bare = referenceDocument({ narrative: false });
  for (const r of ['TXT-TOTAL', 'TXT-CHANGE', 'TXT-LISTS', 'TXT-UNRECOGNISED']) assert.equal(run(r, bare).result.status, 'unchecked');
});

test('TXT-TOTAL: 收支总预算 1,846.57 against the tables\' 1,845.57 is an error at that sentence', () => {
  const broken = withSentence(doc, '收支总预算1,845.57万元', '收支总预算1,846.57万元');
  const e = onlyError(run('TXT-TOTAL', broken).findings);
  assert.equal(e.location.text, '收支总预算1,846.57万元。');
  assert.equal(e.location.table, 2);
  assert.deepEqual([e.expected, e.actual, e.difference], ['1,845.57', '1,846.57', '1.00']);
});

test('TXT-INCOME-SOURCE: 一般公共预算 against table 2; "未安排" against a table with money is an error', () => {
  const { doc: broken, text } = edit(doc, '占93.93%', '一般公共预算1,733.57万元', '一般公共预算1,733.75万元');
  const e = onlyError(run('TXT-INCOME-SOURCE', broken).findings);
  assert.equal(e.location.text, text);
  assert.deepEqual([e.location.table, e.location.column, e.expected, e.actual], [2, '一般公共预算', '1,733.57', '1,733.75']);
  const funded = structuredClone(doc);
  const t = funded.tables.find((x) => x.key === 'income_summary')!;
  t.rows[0]!.values[t.roles.indexOf('gov_fund')] = '5.00';
  const e2 = onlyError(run('TXT-INCOME-SOURCE', funded).findings);
  assert.equal(e2.location.text, '政府性基金预算未安排。');
  assert.deepEqual([e2.expected, e2.actual], ['5.00', '0.00']);
});

test('TXT-SPENDING-KIND: 项目支出 587.30 against 586.30', () => {
  const { doc: broken, text } = edit(doc, '占31.77%', '586.30万元', '587.30万元');
  const e = onlyError(run('TXT-SPENDING-KIND', broken).findings);
  assert.deepEqual([e.location.text, e.location.table, e.expected, e.actual], [text, 3, '586.30', '587.30']);
});

test('TXT-FISCAL-TOTAL: 财政拨款收支总预算 0.10 off table 4 is an error', () => {
  const { doc: broken } = edit(doc, '财政拨款收支总预算', '1,733.57', '1,733.67');
  const e = onlyError(run('TXT-FISCAL-TOTAL', broken).findings);
  assert.deepEqual([e.location.table, e.expected, e.actual, e.difference], [4, '1,733.57', '1,733.67', '0.10']);
});

test('TXT-CLASS: 卫生健康支出（类） 61.22 against table 5\'s 61.12', () => {
  const { doc: broken, text } = edit(doc, '卫生健康支出（类）61.12', '61.12', '61.22');
  const e = onlyError(run('TXT-CLASS', broken).findings);
  assert.deepEqual([e.location.text, e.location.table, e.location.row, e.expected], [text, 5, '210 卫生健康支出', '61.12']);
});

test('TXT-ITEM: 社会保险业务管理事务（项） 16.00 against 15.00; 劳动保障监察 (not in the table) must be 0', () => {
  const { doc: broken } = edit(doc, '社会保险业务管理事务（项）', '15.00万元', '16.00万元');
  const e = onlyError(run('TXT-ITEM', broken).findings);
  assert.deepEqual([e.location.row, e.expected, e.actual], ['208 01 07 社会保险业务管理事务', '15.00', '16.00']);
  const { doc: zero } = edit(doc, '劳动保障监察（项）', '预算数为0.00万元', '预算数为1.00万元');
  assert.deepEqual(onlyError(run('TXT-ITEM', zero).findings).expected, '0.00');
});

test('TXT-BASIC-SPLIT: 人员经费 1,086.25 is 0.01 off table 6 — an error, a figure printed twice must match', () => {
  const { doc: broken } = edit(doc, '人员经费1,086.24', '1,086.24', '1,086.25');
  const e = onlyError(run('TXT-BASIC-SPLIT', broken).findings);
  assert.deepEqual([e.location.table, e.location.column, e.expected, e.actual], [6, '人员经费', '1,086.24', '1,086.25']);
  // 行政运行's 人员经费 (756.34) is in no table: it is held to the budget data.
  const { doc: reason } = edit(doc, '行政运行中人员经费', '756.34', '757.34');
  assert.equal(onlyError(run('TXT-BASIC-SPLIT', reason).findings).expected, '756.34');
});

test('TXT-THREE-PUBLIC: 公务接待费 0.50 disagrees with table 10 and no longer adds to 9.20', () => {
  const { doc: broken, text } = edit(doc, '“三公”经费数为9.20', '公务接待费0.40', '公务接待费0.50');
  const errors = errorsOf(run('TXT-THREE-PUBLIC', broken).findings);
  assert.equal(errors.length, 2);
  assert.ok(errors.every((e) => e.location.text === text));
  assert.deepEqual(errors.map((e) => [e.expected, e.actual]).sort(), [['0.40', '0.50'], ['9.30', '9.20']]);
});

test('TXT-CARRYOVER: 援疆工作经费 47.00 against table 11\'s 48.00, and 64.00 + 47.00 ≠ 非财政拨款 112.00', () => {
  const { doc: broken, text } = edit(doc, '援疆工作经费48.00', '48.00', '47.00');
  const errors = errorsOf(run('TXT-CARRYOVER', broken).findings);
  const row = errors.find((e) => e.location.text === text)!;
  assert.deepEqual([row.location.table, row.expected, row.actual], [11, '48.00', '47.00']);
  assert.ok(errors.some((e) => e.expected === '111.00' && e.actual === '112.00'), 'the projects no longer add to 非财政拨款');
});

test('TXT-OPERATING-COSTS: against the stated figure; without one, a difference from 公用经费 is a warning', () => {
  const { doc: broken } = edit(doc, '机关运行经费财政拨款预算', '173.03', '174.03');
  assert.deepEqual(onlyError(run('TXT-OPERATING-COSTS', broken).findings).expected, '173.03');
  const { findings } = run('TXT-OPERATING-COSTS', withoutData(broken));
  assert.deepEqual(findings.map((f) => [f.severity, f.expected, f.actual]), [['warning', '173.03', '174.03']]);
});

test('TXT-PROCUREMENT: goods 12.50 breaks 货物 + 工程 + 服务 = 122.30; a reserve above its whole is an error', () => {
  const { doc: broken } = edit(doc, '政府采购货物预算', '11.50', '12.50');
  const errors = errorsOf(run('TXT-PROCUREMENT', broken).findings);
  assert.deepEqual(errors.map((e) => [e.expected, e.actual]).sort(), [['11.50', '12.50'], ['123.30', '122.30']]);
  const { doc: reserve } = edit(doc, '小微企业预留', '小微企业预留政府采购项目预算金额122.30', '小微企业预留政府采购项目预算金额130.00');
  assert.ok(errorsOf(run('TXT-PROCUREMENT', reserve).findings).some((e) => e.expected === '≤ 122.30' && e.actual === '130.00'));
});

test('TXT-PROJECT-SCALE: 12333 project 33.00 against table 7\'s 32.00', () => {
  const { doc: broken, text } = edit(doc, '12333热线平台系统维护设立', '预算安排规模：32.00', '预算安排规模：33.00');
  const e = onlyError(run('TXT-PROJECT-SCALE', broken).findings);
  assert.deepEqual([e.location.text, e.location.table, e.expected, e.actual], [text, 7, '32.00', '33.00']);
});

test('TXT-ALLOCATIONS: an item off the data and the scale; a count times a price that does not make the total', () => {
  const { doc: broken, text } = edit(doc, '制作就业工作专题片1部', '5万元', '6万元');
  const errors = errorsOf(run('TXT-ALLOCATIONS', broken).findings);
  const item = errors.find((e) => e.location.text === text)!;
  assert.deepEqual([item.expected, item.actual], ['5.00', '6.00']);
  const scale = errors.find((e) => e.location.text === sentence(doc, '人社政策、新闻宣传经费设立'))!;
  assert.deepEqual([scale.expected, scale.actual], ['16.00', '15.00']);
  const { doc: price, text: priceText } = edit(doc, '9人*0.3万元', '0.3万元', '0.4万元');
  const p = errorsOf(run('TXT-ALLOCATIONS', price).findings).find((e) => e.location.text === priceText)!;
  assert.deepEqual([p.expected, p.actual], ['3.60', '2.70']);
});

test('TXT-PERFORMANCE-AMOUNTS: 非财政拨款项目 0.00 leaves out the 112.00 carried over — a warning; 474.30 changed is an error', () => {
  const { findings } = run('TXT-PERFORMANCE-AMOUNTS');
  assert.deepEqual(findings.map((f) => [f.severity, f.location.text, f.expected, f.actual]), [['warning', '非财政拨款项目涉及预算金额0.00万元。', '112.00', '0.00']]);
  const { doc: fixed } = edit(doc, '非财政拨款项目涉及预算金额', '0.00', '112.00');
  assert.deepEqual(run('TXT-PERFORMANCE-AMOUNTS', fixed).findings, []);
  const { doc: broken } = edit(doc, '财政拨款项目涉及预算金额474.30', '474.30', '475.30');
  assert.equal(onlyError(run('TXT-PERFORMANCE-AMOUNTS', broken).findings).expected, '474.30');
});

test('TXT-ASSETS: a value off the data; a large-equipment band other than 50/100 万元', () => {
  const { doc: broken } = edit(doc, '办公家具价值', '21.06', '22.06');
  assert.deepEqual(onlyError(run('TXT-ASSETS', broken).findings).expected, '21.06');
  const { doc: band } = edit(doc, '部门价值50万元以上', '50万元以上', '60万元以上');
  assert.deepEqual(onlyError(run('TXT-ASSETS', band).findings).actual, '60');
});

test('TXT-SHARE: 卫生健康支出 3.54% is an error (61.12/1,733.57 = 3.53%); 住房保障 5.33% is a rounding trace (info)', () => {
  const { doc: broken, text } = edit(doc, '卫生健康支出（类）61.12', '3.53%', '3.54%');
  const e = onlyError(run('TXT-SHARE', broken).findings);
  assert.deepEqual([e.location.text, e.expected, e.actual], [text, '3.53', '3.54']);
  // 92.49/1,733.57 = 5.3353%: printed 5.34, but 92.485/1,733.575 = 5.3349% also rounds from the figures' ranges to 5.33.
  const { doc: trace } = edit(doc, '住房保障支出（类）92.49', '5.34%', '5.33%');
  const { result, findings } = run('TXT-SHARE', trace);
  assert.equal(result.status, 'pass');
  assert.deepEqual(findings.map((f) => [f.severity, f.expected, f.actual]), [['info', '5.34', '5.33']]);
});

test('TXT-CHANGE: with the prior year (1,503.74) a wrong 增加 or 增长 is named and corrected', () => {
  const { doc: z, text } = edit(doc, '占93.93%', '增加229.83万元', '增加239.83万元');
  const e = onlyError(run('TXT-CHANGE', z).findings);
  assert.equal(e.location.text, text);
  assert.deepEqual([e.expected, e.actual], ['229.83', '239.83']);
  assert.match(e.message.zh, /本年 1,733.57 − 上年 1,503.74/);
  const { doc: w } = edit(doc, '占93.93%', '增长15.28%', '增长15.38%');
  assert.deepEqual([onlyError(run('TXT-CHANGE', w).findings).expected, onlyError(run('TXT-CHANGE', w).findings).actual], ['15.28', '15.38']);
});

test('TXT-CHANGE: without prior-year data, X, Z and W must agree and the finding says what each would have to be', () => {
  const { doc: w } = edit(withoutData(doc), '占93.93%', '增长15.28%', '增长15.38%');
  const e = onlyError(run('TXT-CHANGE', w).findings);
  assert.deepEqual([e.expected, e.actual], ['15.28', '15.38']);
  // 1,733.57 × 15.38 / 115.38 = 231.08; 229.83 × 115.38 / 15.38 = 1,724.17.
  assert.match(e.message.zh, /增减额应为 231\.08/);
  assert.match(e.message.zh, /金额应为 1,724\.17/);
});

test('TXT-CHANGE: 事业单位医疗 11.00 is 10.995 exactly — 21.49% (of the exact amount) is a trace, 21.60% an error', () => {
  const { doc: exact } = edit(doc, '事业单位医疗（项）', '21.55%', '21.49%');
  assert.deepEqual(run('TXT-CHANGE', exact).findings.map((f) => f.severity), ['info']);
  const { doc: wrong } = edit(doc, '事业单位医疗（项）', '21.55%', '21.60%');
  assert.equal(onlyError(run('TXT-CHANGE', wrong).findings).expected, '21.55');
});

test('TXT-DIRECTION: 减少 with 增长, and a word against the data\'s direction', () => {
  const { doc: broken, text } = edit(doc, '社会保险业务管理事务（项）', '下降16.67%', '增长16.67%');
  const errors = errorsOf(run('TXT-DIRECTION', broken).findings);
  assert.ok(errors.length >= 2 && errors.every((e) => e.location.text === text));
  assert.ok(errors.some((e) => /方向矛盾/.test(e.message.zh)));
  const { doc: flat } = edit(doc, '行政单位离退休（项）', '比上年预算增加0.10万元', '与上年持平，增加0.10万元');
  assert.ok(errorsOf(run('TXT-DIRECTION', flat).findings).some((e) => /持平/.test(e.message.zh)));
});

test('TXT-ZERO-BASE: to zero is 下降100.00%; 0 → 0 is 0.00%; from zero by convention 增长100.00%', () => {
  const { doc: down } = edit(doc, '劳动保障监察（项）', '下降100.00%', '下降90.00%');
  assert.deepEqual(onlyError(run('TXT-ZERO-BASE', down).findings).expected, '-100.00');
  const { doc: none } = edit(doc, '其中：因公出国（境）费增加0.00万元', '因公出国（境）费增加0.00万元，增长0.00%', '因公出国（境）费增加0.00万元，增长5.00%');
  assert.deepEqual(onlyError(run('TXT-ZERO-BASE', none).findings).expected, '0.00');
  const { doc: fresh } = edit(withoutData(doc), '劳动人事争议调解仲裁（项）', '增加5.00万元，增长50.00%', '增加15.00万元，增长50.00%');
  assert.deepEqual(onlyError(run('TXT-ZERO-BASE', fresh).findings).expected, '100.00');
});

test('TXT-PRIOR-CONSISTENCY: the income sources\' priors (2,317.88) must add to basic + project\'s (2,317.88)', () => {
  const { doc: broken } = edit(withoutData(doc), '财政拨款结转0.00万元', '减少99.14万元', '减少98.14万元');
  const e = onlyError(run('TXT-PRIOR-CONSISTENCY', broken).findings);
  assert.equal(Math.abs(Number(e.difference)), 1);
  assert.match(e.message.zh, /2,316\.88/);
  assert.match(e.message.zh, /2,317\.88/);
});

test('TXT-REASONS: 90.03 + 139.8 make 229.83; a changed 139.8 is named, and 139.8 against 五（一）\'s 129.80 is an info', () => {
  const { findings } = run('TXT-REASONS');
  assert.deepEqual(findings.map((f) => [f.severity, f.location.text, f.difference]), [['info', sentence(doc, '比去年增加了139.8万元'), '10.00']]);
  const { doc: broken, text } = edit(doc, '比去年增加了139.8万元', '139.8万元', '140.8万元');
  const e = onlyError(run('TXT-REASONS', broken).findings);
  assert.deepEqual([e.location.text, e.expected, e.actual], [text, '139.80', '140.80']);
  const { doc: restated, text: restatedText } = edit(doc, '占68.23%', '比去年基本支出预算增加了90.03', '比去年基本支出预算增加了91.03');
  const r = onlyError(run('TXT-REASONS', restated).findings);
  assert.deepEqual([r.location.text, r.expected, r.actual], [restatedText, '90.03', '91.03']);
});

test('TXT-LISTS: 收入预算包括 must name the non-zero sources, 支出预算包括 the non-zero 类, "无…" only empty funds', () => {
  const { doc: short } = withSentenceAndText(doc, '收入预算包括：一般公共预算、非财政拨款结转结余。', '收入预算包括：一般公共预算。');
  assert.match(onlyError(run('TXT-LISTS', short).findings).message.zh, /漏了“非财政拨款结转结余”/);
  const { doc: extra } = withSentenceAndText(doc, '支出预算包括：社会保障和就业支出、卫生健康支出、住房保障支出。', '支出预算包括：社会保障和就业支出、卫生健康支出、住房保障支出、教育支出。');
  assert.match(onlyError(run('TXT-LISTS', extra).findings).message.zh, /教育支出/);
  const funded = structuredClone(doc);
  const t = funded.tables.find((x) => x.key === 'income_summary')!;
  t.rows[0]!.values[t.roles.indexOf('gov_fund')] = '5.00';
  assert.ok(errorsOf(run('TXT-LISTS', funded).findings).some((e) => /称无“政府性基金预算拨款”/.test(e.message.zh)));
});

function withSentenceAndText(d: CheckDocument, from: string, to: string) {
  return { doc: withSentence(d, from, to) };
}

test('TXT-EMPTY-FUND: "政府性基金预算支出情况表为空表" with a row in table 8 is an error', () => {
  const broken = structuredClone(doc);
  broken.tables.find((t) => t.key === 'gov_fund_expenditure')!.rows.push({ code: '212', name: '城乡社区支出', level: 1, values: ['5.00', '', '', '5.00'] });
  const e = onlyError(run('TXT-EMPTY-FUND', broken).findings);
  assert.deepEqual([e.location.table, e.location.text], [8, sentence(doc, '政府性基金预算支出情况表为空表')]);
});

test('TXT-UNRECOGNISED: an amount whose subject cannot be told is reported as info, not silently skipped', () => {
  assert.deepEqual(run('TXT-UNRECOGNISED').findings, []);
  const { doc: odd, text } = edit(doc, '4.其他资产价值722.73万元', '4.其他资产价值722.73万元', '4.其他资产价值722.73万元，另有捐赠物资12.00万元');
  const { result, findings } = run('TXT-UNRECOGNISED', odd);
  assert.equal(result.status, 'pass');
  assert.deepEqual(findings.map((f) => [f.severity, f.location.text]), [['info', text]]);
});

// ——— Rounding: a comparison allows exactly what rounding explains, no more ———

const shanghai = shanghaiDocument();
const shanghaiSentence = (contains: string) => shanghai.narrative!.find((s) => s.text.includes(contains))!.text;

test('TXT-INCOME-SOURCE: a blank 上级转移支付 cell is no addend — 一般公共预算拨款 1,733.58 against 1,733.57 is an error', () => {
  // Table 2 prints 一般公共预算 1,733.57 and leaves 上级一般公共预算安排的转移支付 blank (an exact zero):
  // the narrative repeats one printed figure, which rounding cannot move.
  const { doc: broken, text } = edit(doc, '收入预算包括：一般公共预算拨款', '1,733.57', '1,733.58');
  const e = onlyError(run('TXT-INCOME-SOURCE', broken).findings);
  assert.equal(e.location.text, text);
  assert.deepEqual([e.expected, e.actual, e.difference], ['1,733.57', '1,733.58', '0.01']);
});

test('TXT-CHANGE on tables in 元: a change of figures the narrative prints in 万元 is within half a 万元 unit', () => {
  // 基本支出 is 12,592,698.00 元 = 1,259.2698 万元 in the tables, 1,259.27 in the narrative; less 1,169.24 the
  // narrative states 增加 90.03, the 元 figure gives 90.0298: a conversion trace (info), not an error.
  const { result, findings } = run('TXT-CHANGE', shanghai);
  assert.deepEqual(errorsOf(findings).map((f) => f.message.zh), []);
  assert.equal(result.status, 'pass');
  const basic = findings.find((f) => f.location.text === shanghaiSentence('占68.23%') && f.actual === '90.03');
  assert.deepEqual([basic?.severity, basic?.expected, basic?.difference], ['info', '90.0298', '0.0002']);
  // 0.01 万元 more is beyond half a unit (0.0102 > 0.005): an error, however small.
  const { doc: off, text } = edit(shanghai, '占68.23%', '增加90.03万元', '增加90.04万元');
  const e = onlyError(run('TXT-CHANGE', off).findings);
  assert.deepEqual([e.location.text, e.expected, e.actual], [text, '90.0298', '90.04']);
});

test('TXT-CHANGE on tables in 元: a percentage of the figure as the narrative prints it (11.00, not 10.995) is a trace', () => {
  // 事业单位医疗 is 109,950.00 元: (10.995 − 9.05) / 9.05 = 21.49%, (11.00 − 9.05) / 9.05 = 21.55% as printed.
  const where = '事业单位医疗（项）';
  const traces = run('TXT-CHANGE', shanghai).findings.filter((f) => f.location.text === shanghaiSentence(where) && f.actual === '21.55');
  assert.deepEqual(traces.map((f) => [f.severity, f.expected]), [['info', '21.49']]);
  const { doc: wrong } = edit(shanghai, where, '21.55%', '21.60%');
  assert.equal(onlyError(run('TXT-CHANGE', wrong).findings).actual, '21.60');
});

test('TXT-OPERATING-COSTS without a stated figure: 公用经费 in 元 against the narrative in 万元 may differ by half a unit', () => {
  // A document in 元 whose 三公 table does not print 机关运行经费 and no data: the narrative's 173.03 万元 is
  // held to the basic table's 公用经费, here 1,730,298.00 元 = 173.0298 万元.
  const bare = withoutData(shanghai);
  const threePublic = bare.tables.find((t) => t.key === 'three_public_expenses')!;
  threePublic.roles = threePublic.roles.map((r) => (r === 'three_public:operatingCosts' ? '' : r));
  const basic = bare.tables.find((t) => t.key === 'general_budget_basic_expenditure')!;
  basic.rows.find((r) => r.level === 0)!.values[basic.roles.indexOf('general_budget.public')] = '1730298.00';
  assert.deepEqual(run('TXT-OPERATING-COSTS', bare).findings.map((f) => [f.severity, f.expected, f.actual]), [['info', '173.0298', '173.03']]);
  const { doc: off } = edit(bare, '机关运行经费财政拨款预算', '173.03', '173.04');
  assert.deepEqual(run('TXT-OPERATING-COSTS', off).findings.map((f) => [f.severity, f.expected, f.actual]), [['warning', '173.0298', '173.04']]);
});

test('TXT-REASONS: the changes a reason adds up may differ from the change they explain by n half-units, no more', () => {
  // 90.03 + 139.81 = 229.84 against 229.83: two printed parts explain 0.01 (info); 139.82 makes 0.02 (error).
  const { doc: within } = edit(doc, '比去年增加了139.8万元', '139.8万元', '139.81万元');
  const trace = run('TXT-REASONS', within).findings.find((f) => /原因中各项增减/.test(f.message.zh));
  assert.deepEqual([trace?.severity, trace?.expected, trace?.actual, trace?.difference], ['info', '229.83', '229.84', '0.01']);
  const { doc: beyond, text } = edit(doc, '比去年增加了139.8万元', '139.8万元', '139.82万元');
  const e = onlyError(run('TXT-REASONS', beyond).findings);
  assert.deepEqual([e.location.text, e.expected, e.actual], [text, '139.80', '139.82']);
});
