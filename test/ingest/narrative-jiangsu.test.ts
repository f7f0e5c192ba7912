// The Jiangsu 2017 情况说明 published apart from its tables (…_budget_text.pdf): each sentence with an
// amount, share or change read as the rendered page prints it, and the only error about the narrative is
// the document's own slip (p. 8: 行政运行 增加101.48万元 on 6106.99万元 is 1.69%, printed 1.66%).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CheckDocument } from '../../src/check/document.ts';
import { checkDocument } from '../../src/check/check.ts';
import { documentFromPdf } from '../../src/ingest/pdf/pdf-document.ts';
import { documentTogether } from '../../src/ingest/together/files-together.ts';
import { claimsOf, type Claim } from '../../src/rules/claims.ts';
import { corpusPath, skipWithoutCorpus } from '../support/corpus.ts';

const PARTY = '2017_jiangsu_prov_party_cttee_general_office_budget_text.pdf';
const CPPCC = '2017_jiangsu_prov_cppcc_office_budget_text.pdf';

const docs = new Map<string, Promise<CheckDocument>>();
const read = (name: string) => {
  if (!docs.has(name)) docs.set(name, documentFromPdf(corpusPath(name)));
  return docs.get(name)!;
};

/** The claims of the sentence that contains `words`, with the sentence's page. */
async function claimsIn(name: string, words: string): Promise<{ page?: number; claims: Claim[] }> {
  const doc = await read(name);
  const at = doc.narrative!.findIndex((s) => s.text.includes(words));
  assert.ok(at >= 0, `a sentence contains ${words}`);
  return { page: doc.narrative![at]!.page, claims: claimsOf(doc)!.claims.filter((c) => c.at === at) };
}

/** A claim as the test states it: subject key, amount, share, signed change, signed percentage (as printed). */
const shown = (c: Claim) => ({
  key: c.key,
  ...(c.amount ? { amount: c.amount.text } : {}),
  ...(c.share ? { share: c.share.text } : {}),
  ...(c.change ? { change: `${c.change.sign < 0 ? '-' : '+'}${c.change.text}` } : {}),
  ...(c.percent ? { percent: `${c.percent.sign < 0 ? '-' : '+'}${c.percent.text}` } : {}),
  ...(c.prior ? { prior: c.prior.text } : {}),
  ...(c.flat ? { flat: true } : {}),
});

test('省委办公厅 p. 5–6: the total and its change, one sentence over the page break (“增长” / “10.87%”)', { skip: skipWithoutCorpus }, async () => {
  const { page, claims } = await claimsIn(PARTY, '收入、支出预算总计20849.45万元');
  assert.equal(page, 5);
  assert.deepEqual(claims.filter((c) => c.kind === 'statement').map(shown), [
    { key: 'total', amount: '20849.45' },
    { key: 'total', change: '+2043.58', percent: '+10.87' },
  ]);
});

test('省委办公厅 p. 6: the three 类 with their changes', { skip: skipWithoutCorpus }, async () => {
  const expect = [
    ['一般公共服务（类）支出16992.37万元', { key: 'function.all.201', amount: '16992.37', change: '+1203.44', percent: '+7.62' }],
    ['社会保障和就业支出2000.39万元', { key: 'function.all.208', amount: '2000.39', change: '+65.88', percent: '+3.4' }],
    ['住房保障支出1856.69万元', { key: 'function.all.221', amount: '1856.69', change: '+774.26', percent: '+71.53' }],
  ] as const;
  for (const [words, claim] of expect) {
    const { page, claims } = await claimsIn(PARTY, words);
    assert.equal(page, 6, words);
    assert.deepEqual(shown(claims[0]!), claim, words);
  }
});

test('省委办公厅 p. 6–7: 基本支出 over the page break (“增” / “加941.62万元”), 项目支出, 单位预留机动经费 “与上年相同”', { skip: skipWithoutCorpus }, async () => {
  const basic = await claimsIn(PARTY, '基本支出预算数为9964.07万元');
  assert.equal(basic.page, 6);
  assert.deepEqual(basic.claims.map(shown), [{ key: 'spending.all.basic', amount: '9964.07', change: '+941.62', percent: '+10.44' }]);
  const project = await claimsIn(PARTY, '项目支出预算数为10688.66万元');
  assert.deepEqual(shown(project.claims[0]!), { key: 'spending.all.project', amount: '10688.66', change: '+1101.96', percent: '+11.49' });
  const reserve = await claimsIn(PARTY, '单位预留机动经费预算数为196.72万元');
  assert.deepEqual(shown(reserve.claims[0]!), { key: 'spending.all.reserve', amount: '196.72', flat: true });
});

test('省委办公厅 p. 7: shares of income and of spending, the body’s short name (省委办公厅) before the whole', { skip: skipWithoutCorpus }, async () => {
  const income = await claimsIn(PARTY, '本年收入预算合计20849.45万元');
  assert.deepEqual(income.claims.map(shown), [
    { key: 'total', amount: '20849.45' },
    { key: 'income.general', amount: '20702.25', share: '99.29' },
  ]);
  const account = await claimsIn(PARTY, '财政专户管理资金147.20万元');
  assert.deepEqual(account.claims.map(shown), [{ key: 'income.special_account', amount: '147.20', share: '0.71' }]);
  const spending = await claimsIn(PARTY, '本年支出预算合计20849.45万元');
  assert.deepEqual(spending.claims.map(shown), [
    { key: 'total', amount: '20849.45' },
    { key: 'spending.all.basic', amount: '9964.07', share: '47.79' },
  ]);
  assert.deepEqual(shown((await claimsIn(PARTY, '项目支出10688.66万元，占')).claims[0]!), { key: 'spending.all.project', amount: '10688.66', share: '51.27' });
  assert.deepEqual(shown((await claimsIn(PARTY, '单位预留机动经费196.72万元，占')).claims[0]!), { key: 'spending.all.reserve', amount: '196.72', share: '0.94' });
});

test('省委办公厅 p. 8–9: 项 named by their 款 (“党委办公厅（室）及相关机构事务（款）行政运行（项）”)', { skip: skipWithoutCorpus }, async () => {
  const run = await claimsIn(PARTY, '行政运行（项）支出6106.99万元');
  assert.equal(run.page, 8);
  assert.deepEqual(shown(run.claims[0]!), { key: 'function.fiscal.2013101', amount: '6106.99', change: '+101.48', percent: '+1.66' });
  const admin = await claimsIn(PARTY, '一般行政管理事务（项）支出10738.18万元');
  assert.deepEqual(shown(admin.claims[0]!), { key: 'function.fiscal.2013102', amount: '10738.18', change: '+1101.96', percent: '+11.44' });
  const fund = await claimsIn(PARTY, '住房公积金（项）支出621.28');
  assert.equal(fund.page, 9);
  assert.deepEqual(shown(fund.claims[0]!), { key: 'function.fiscal.2210201', amount: '621.28', change: '+168.26', percent: '+37.14' });
});

test('省委办公厅 p. 11: 三公 items with their shares of the 三公 total (three sentences, cut at “；”)', { skip: skipWithoutCorpus }, async () => {
  const expect = [
    ['因公出国（境）费支出70万元', { key: 'three_public.abroad', amount: '70', share: '13.75' }],
    ['公务用车购置及运行费支出411.20万元', { key: 'three_public.vehicle_total', amount: '411.20', share: '80.75' }],
    ['公务接待费支出28万元', { key: 'three_public.reception', amount: '28', share: '5.50' }],
  ] as const;
  for (const [words, claim] of expect) {
    const { page, claims } = await claimsIn(PARTY, words);
    assert.equal(page, 11, words);
    assert.deepEqual(shown(claims[0]!), claim, words);
  }
});

test('政协办公厅 p. 6: the prior year stated in brackets (“与2016年度相比（2016年度部门支出预算安排为8,648.07万元），增加498.72万元，增长5.77%”)', { skip: skipWithoutCorpus }, async () => {
  const { page, claims } = await claimsIn(CPPCC, '2016年度部门支出预算安排为8,648.07万元');
  assert.equal(page, 6);
  assert.deepEqual(shown(claims[0]!), { key: 'total', prior: '8,648.07', change: '+498.72', percent: '+5.77' });
});

test('政协办公厅 p. 13: “…支出预算9,066.79万元，占本年支出合计的99.13%。与上年相比，增加498.72万元，增长5.82%。” — the change is the previous sentence’s', { skip: skipWithoutCorpus }, async () => {
  const total = await claimsIn(CPPCC, '一般公共预算财政拨款支出预算9,066.79万元');
  assert.equal(total.page, 13);
  assert.deepEqual(shown(total.claims[0]!), { key: 'total.general_budget', amount: '9,066.79', share: '99.13', change: '+498.72', percent: '+5.82' });
  const next = await claimsIn(CPPCC, '与上年相比，增加498.72万元，增长5.82%');
  assert.equal(next.claims.filter((c) => c.kind === 'statement').length, 0, 'no claim of its own: “与上年相比” names no subject');
});

test('政协办公厅: a bare page number ("7") at the foot of a page is not read into the next sentence', { skip: skipWithoutCorpus }, async () => {
  const { page, claims } = await claimsIn(CPPCC, '社会保障和就业（类）支出1,509.72万元');
  assert.equal(page, 8);
  assert.equal(claims[0]!.label, '社会保障和就业（类）支出');
  assert.deepEqual(shown(claims[0]!), { key: 'function.all.208', amount: '1,509.72', change: '+140.96', percent: '+10.30' });
});

test('省委办公厅 narrative checked alone: the missing tables, and the slip on p. 8 (1.66% printed, 101.48 / 6,005.51 = 1.69%)', { skip: skipWithoutCorpus }, async () => {
  const report = checkDocument(await read(PARTY));
  assert.equal(report.document.template, 'jiangsu-12');
  const errors = report.findings.filter((f) => f.severity === 'error');
  assert.deepEqual(
    errors.filter((f) => f.rule === 'DOC-TABLES-PRESENT').map((f) => f.location.table),
    [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
  );
  const others = errors.filter((f) => f.rule !== 'DOC-TABLES-PRESENT');
  assert.deepEqual(
    others.map((f) => [f.rule, f.location.page]),
    [['TXT-CHANGE', 8]],
  );
  assert.match(others[0]!.message, /说明为 1\.66%，应为 1\.69%/);
  assert.match(others[0]!.message, /上年为 6,005\.51/);
});

test('政协办公厅 narrative checked alone: no error but the missing tables', { skip: skipWithoutCorpus }, async () => {
  const report = checkDocument(await read(CPPCC));
  assert.equal(report.document.template, 'jiangsu-12');
  const errors = report.findings.filter((f) => f.severity === 'error');
  assert.deepEqual(
    errors.map((f) => f.rule),
    new Array(12).fill('DOC-TABLES-PRESENT'),
  );
});

test('省委办公厅 p. 9: a complete heading (“…情况说明”) does not swallow the short sentence under it (“本部门无政府性基金预算”)', { skip: skipWithoutCorpus }, async () => {
  const doc = await read(PARTY);
  const s = doc.narrative!.find((x) => x.text.includes('本部门无政府性基金预算'));
  assert.ok(s);
  assert.equal(s.page, 9);
  assert.equal(s.section.at(-1), '七、政府性基金支出预算表情况说明');
  assert.doesNotMatch(s.text, /情况说明/);
});

test('省委办公厅 narrative and tables checked together: 表七 empty is explained in the narrative; only the slip on p. 8', { skip: skipWithoutCorpus }, async () => {
  const tables = await documentFromPdf(corpusPath('2017_jiangsu_prov_party_cttee_general_office_budget_tables.pdf'), { together: true });
  const narrative = await documentFromPdf(corpusPath(PARTY), { together: true });
  const report = checkDocument(documentTogether([narrative, tables]));
  const errors = report.findings.filter((f) => f.severity === 'error');
  assert.deepEqual(errors.map((f) => [f.rule, f.location.page]), [['TXT-CHANGE', 8]]);
  assert.equal(report.findings.find((f) => f.rule === 'DOC-EMPTY-NOTE'), undefined);
});
