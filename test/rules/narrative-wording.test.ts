// The claim extractor on the reference document and on wordings of other jurisdictions (quoted from the
// Jiangsu and Shanghai documents of /work/shared/corpus): what each figure is of, and the disagreements those
// documents really contain — the only errors a checker should report on them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CheckDocument } from '../../src/check/document.ts';
import { sentencesOf } from '../../src/ingest/narrative-text.ts';
import { claimsOf } from '../../src/rules/claims.ts';
import { ruleById } from '../../src/rules/registry.ts';
import { errorsOf, referenceDocument, runOne } from '../support/check.ts';

const textDocument = (body: string, year: number, text: string): CheckDocument => ({
  meta: { path: 'snippet', title: '', body, year, stage: 'budget', scope: 'department', template: 'unknown', unit: '万元' },
  tables: [],
  narrative: sentencesOf(text),
});

test('reference: the subjects of the income, reason, 项 and carry-over figures', () => {
  const claims = claimsOf(referenceDocument())!.claims;
  const of = (key: string) => claims.filter((c) => c.key === key);
  assert.deepEqual(of('income.general')[0]!.amount?.text, '1,733.57');
  assert.deepEqual([of('income.general')[0]!.share?.text, of('income.general')[0]!.change?.text, of('income.general')[0]!.percent?.text], ['93.93', '229.83', '15.28']);
  // "主要原因是…比去年基本支出预算增加了90.03万元；项目支出预算…比去年增加了139.8万元": the 本级 general budget's basic and project spending.
  assert.deepEqual(of('spending.general.basic').map((c) => [c.kind, c.change?.text]), [['reason', '90.03']]);
  assert.deepEqual(of('spending.general.project').map((c) => [c.kind, c.change?.text]), [['reason', '139.8']]);
  // "援疆工作经费因到账较晚，故非财政拨款结转较上年预算增加了18万元，而机关运行补助经费较上年结转减少了1万元"
  assert.deepEqual(of('carryover.project:援疆工作经费').map((c) => [c.kind, c.change?.sign, c.change?.text]), [['reason', 1, '18'], ['statement', undefined, undefined]]);
  assert.deepEqual(of('carryover.project:机关运行补助经费').filter((c) => c.change).map((c) => [c.change?.sign, c.change?.text]), [[-1, '1']]);
  // 劳动保障监察 is in no table of 2025: its code comes from the catalog.
  assert.deepEqual(of('function.general_budget.2080105').map((c) => [c.amount?.text, c.change?.text, c.percent?.text]), [['0.00', '12.00', '100.00']]);
  assert.deepEqual(of('function.general_budget.2080101.public').map((c) => [c.amount?.text, c.change?.text]), [['173.03', '30.13']]);
  // 物业管理服务103.4万万元: a unit slip (hygiene), read as 103.4 万元.
  assert.ok(claims.some((c) => c.kind === 'allocation' && c.label === '物业管理服务' && c.amount?.fen === 103_400_000));
});

test('Jiangsu: shares adjusted so that they total 100% are an info, not an error', () => {
  const doc = textDocument(
    '江苏省高级人民法院',
    2017,
    '三、支出预算总表情况说明\n江苏省高级人民法院本年支出预算合计 28849.38 万元，其中：\n基本支出 17123.19 万元，占 59.35%；\n项目支出 11543.27 万元，占 40.01%；\n单位预留机动经费 182.92 万元，占 0.64%；',
  );
  const { result, findings } = runOne(ruleById('TXT-SHARE')!, doc);
  assert.equal(result.status, 'pass');
  // 182.92 / 28,849.38 = 0.634% → 0.63; 59.35 + 40.01 + 0.64 = 100.00.
  assert.deepEqual(findings.map((f) => [f.severity, f.expected, f.actual]), [['info', '0.63', '0.64']]);
});

test('Jiangsu: "与上年相比增加 865.57 万元，增长 79.05%" contradicts 1959.99 (865.57 / 1,094.42 = 79.09%)', () => {
  const doc = textDocument('江苏省高级人民法院', 2017, '五、财政拨款支出预算表情况说明\n（三）住房保障支出（类）\n2．住房改革支出（款）提租补贴（项）支出 1959.99 万元，与上年相比增加 865.57 万元，增长 79.05%。');
  const errors = errorsOf(runOne(ruleById('TXT-CHANGE')!, doc).findings);
  assert.deepEqual(errors.map((e) => [e.expected, e.actual]), [['79.09', '79.05']]);
  // 1,959.99 − 865.57 = 1,094.42; 4,032.99 / 1,586.32 = 254.2357% printed 254.23 is within rounding of both years' figures.
  const npc = textDocument('江苏省人大常委会办公厅', 2017, '十、机关运行经费支出预算情况说明\n2017年本部门一般公共预算机关运行经费预算支出5619.31万元，比2016年增加4032.99万元，增加254.23%。');
  assert.deepEqual(errorsOf(runOne(ruleById('TXT-CHANGE')!, npc).findings), []);
});

test('Shanghai: "政府性基金拨款支出预算0万元，比2022年预算增加1421.25万元" implies a negative prior year', () => {
  const doc = textDocument(
    '上海市普陀区人民政府万里街道办事处',
    2023,
    '四、部门预算编制说明\n支出预算16497.86万元，其中：财政拨款支出预算16497.86万元，比2022年预算增加1421.25万元。财政拨款支出预算中，一般公共预算拨款支出预算16497.86万元，比2022年预算增加1421.25万元；政府性基金拨款支出预算0万元，比2022年预算增加1421.25万元；国有资本经营预算拨款支出预算0万元，比2022年预算持平。',
  );
  const claims = claimsOf(doc)!.claims;
  assert.deepEqual(claims.map((c) => c.key), ['total', 'total.fiscal', 'total.general_budget', 'total.gov_fund_budget', 'total.state_capital_budget']);
  assert.equal(claims.at(-1)!.flat, '持平');
  const zero = errorsOf(runOne(ruleById('TXT-ZERO-BASE')!, doc).findings);
  assert.equal(zero.length, 1);
  assert.match(zero[0]!.message.zh, /上年为负数 -1,421\.25/);
  // The fiscal whole's prior (15,076.61) is not its parts' (15,076.61 − 1,421.25 + 0).
  assert.equal(errorsOf(runOne(ruleById('TXT-PRIOR-CONSISTENCY')!, doc).findings).length, 1);
});

test('final accounts are not read by the narrative rules (年初预算 against 决算)', () => {
  const doc = { ...textDocument('上海市普陀区财政局', 2024, '一般公共预算财政拨款支出2940.05万元，占本年支出合计的100.00%。'), meta: { ...textDocument('x', 2024, '').meta, stage: 'final' as const } };
  assert.equal(runOne(ruleById('TXT-SHARE')!, doc).result.status, 'not_applicable');
});
