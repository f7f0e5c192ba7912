// Family 4 — completeness: each rule passes on the reference document and fails on a broken copy.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CheckDocument } from '../../src/check/document.ts';
import { documentFromDisclosure } from '../../src/check/from-disclosure.ts';
import { sentencesOf } from '../../src/ingest/narrative-text.ts';
import { ruleById } from '../../src/rules/registry.ts';
import { errorsOf, referenceDocument, runOne, withSentence } from '../support/check.ts';
import { loadSample, SAMPLE_PATH, seedText } from '../support/reference.ts';

const doc = referenceDocument();
const data = referenceDocument({ narrative: false });
const rule = (id: string) => ruleById(id)!;
const edit = (d: CheckDocument, change: (copy: CheckDocument) => void): CheckDocument => {
  const copy = structuredClone(d);
  change(copy);
  return copy;
};
const table = (d: CheckDocument, key: string) => d.tables.find((t) => t.key === key)!;

test('DOC-TABLES-PRESENT: all 11 tables of xinjiang-11; a missing 三公 table is an error naming table 10', () => {
  assert.deepEqual(runOne(rule('DOC-TABLES-PRESENT'), doc), { result: { id: 'DOC-TABLES-PRESENT', status: 'pass' }, findings: [] });
  const { result, findings } = runOne(rule('DOC-TABLES-PRESENT'), edit(doc, (d) => (d.tables = d.tables.filter((t) => t.number !== 10))));
  assert.equal(result.status, 'fail');
  assert.equal(findings.length, 1);
  assert.equal(findings[0]!.severity, 'error');
  assert.deepEqual(findings[0]!.location, { table: 10, key: 'three_public_expenses' });
  assert.equal(findings[0]!.expected, 'three_public_expenses');
});

test('DOC-TABLES-PRESENT: not applicable when the template is unknown', () => {
  const unknown = edit(doc, (d) => {
    d.meta.template = 'unknown';
    delete d.template;
  });
  assert.equal(runOne(rule('DOC-TABLES-PRESENT'), unknown).result.status, 'not_applicable');
});

test('DOC-TABLE-ORDER: tables in template order; table 5 printed after table 6 is an error at table 5', () => {
  assert.equal(runOne(rule('DOC-TABLE-ORDER'), doc).result.status, 'pass');
  const swapped = edit(doc, (d) => {
    const [five, six] = [d.tables[4]!, d.tables[5]!];
    d.tables[4] = six;
    d.tables[5] = five;
  });
  const [error] = errorsOf(runOne(rule('DOC-TABLE-ORDER'), swapped).findings);
  assert.deepEqual(error!.location, { table: 5, key: 'general_budget_expenditure' });
});

test('DOC-TABLE-ORDER: a table numbered otherwise than the template is a warning quoting both numbers', () => {
  const renumbered = edit(doc, (d) => (table(d, 'carryover_detail').number = 12));
  const { findings } = runOne(rule('DOC-TABLE-ORDER'), renumbered);
  assert.deepEqual(findings.map((f) => [f.severity, f.expected, f.actual]), [['warning', '11', '12']]);
});

test('DOC-TABLE-DUPLICATE: each table once; a second 三公 table is an error', () => {
  assert.equal(runOne(rule('DOC-TABLE-DUPLICATE'), doc).result.status, 'pass');
  const twice = edit(doc, (d) => d.tables.push({ ...structuredClone(table(d, 'three_public_expenses')), number: 12 }));
  const { findings } = runOne(rule('DOC-TABLE-DUPLICATE'), twice);
  assert.deepEqual(findings.map((f) => [f.severity, f.location.table, f.expected, f.actual]), [['error', 12, '1', '2']]);
});

test('DOC-EMPTY-NOTE: tables 8 and 9 are empty and say so, naming their own fund', () => {
  const { result, findings } = runOne(rule('DOC-EMPTY-NOTE'), doc);
  assert.equal(result.status, 'pass');
  assert.deepEqual(findings, []);
});

test('DOC-EMPTY-NOTE: the 国有资本经营 table explained as "无政府性基金预算…" (the copy-paste error of PROVENANCE.md) is an error', () => {
  const wrong = edit(doc, (d) => (table(d, 'state_capital_expenditure').note = '注:本部门2025年无政府性基金预算财政拨款安排的预算，故本表为空表。'));
  const { findings } = runOne(rule('DOC-EMPTY-NOTE'), wrong);
  assert.equal(findings.length, 1);
  assert.equal(findings[0]!.severity, 'error');
  assert.equal(findings[0]!.location.table, 9);
  assert.equal(findings[0]!.expected, '国有资本经营');
  assert.match(findings[0]!.message.zh, /政府性基金/);
});

test('DOC-EMPTY-NOTE: an empty table with no note and no explanation in the text is an error', () => {
  const bare = edit(data, (d) => delete table(d, 'gov_fund_expenditure').note);
  const { findings } = runOne(rule('DOC-EMPTY-NOTE'), bare);
  assert.deepEqual(findings.map((f) => [f.severity, f.location.table]), [['error', 8]]);
  // The narrative's sentence "…政府性基金预算支出情况表为空表" explains it as well as a note would.
  const explained = edit(doc, (d) => delete table(d, 'gov_fund_expenditure').note);
  assert.equal(runOne(rule('DOC-EMPTY-NOTE'), explained).result.status, 'pass');
});

test('DOC-EMPTY-NOTE: a narrative saying there is none of the fund, without naming the table (Jiangsu 2017), explains it', () => {
  const bare = edit(doc, (d) => delete table(d, 'gov_fund_expenditure').note);
  const none = (text: string, section: string[]) => {
    const copy = structuredClone(bare);
    const at = copy.narrative!.findIndex((s) => s.text.includes('政府性基金预算支出情况表为空表'));
    copy.narrative![at] = { text, section };
    return copy;
  };
  // 省委办公厅 p. 9: "七、政府性基金支出预算表情况说明" / "本部门无政府性基金预算"
  assert.equal(runOne(rule('DOC-EMPTY-NOTE'), none('本部门无政府性基金预算', ['七、政府性基金支出预算表情况说明'])).result.status, 'pass');
  // 政协办公厅 p. 13: "七、政府性基金支出预算表情况说明" / "本表数为零。"
  assert.equal(runOne(rule('DOC-EMPTY-NOTE'), none('本表数为零。', ['七、政府性基金支出预算表情况说明'])).result.status, 'pass');
  // 高级人民法院 p. 24: the amount stated as 0 under the table's heading
  assert.equal(runOne(rule('DOC-EMPTY-NOTE'), none('江苏省高级人民法院2017年政府性基金支出预算支出0万元。', ['七、政府性基金支出预算表情况说明'])).result.status, 'pass');
  // an amount that merely starts with 0 is no zero ("支出 0.5 万元" is half a 万元)
  assert.deepEqual(runOne(rule('DOC-EMPTY-NOTE'), none('政府性基金支出预算支出0.5万元。', ['七、政府性基金支出预算表情况说明'])).findings.map((f) => f.location.table), [8]);
  // "本表数为零" under the 国有资本经营 table's heading does not explain the 政府性基金 table
  const other = runOne(rule('DOC-EMPTY-NOTE'), none('本表数为零。', ['九、国有资本经营预算支出表情况说明']));
  assert.deepEqual(other.findings.map((f) => f.location.table), [8]);
});

test('DOC-EMPTY-NOTE: the narrative explaining the 国有资本经营 table with the wrong fund is an error at that sentence', () => {
  const wrong = withSentence(doc, '没有使用国有资本经营预算拨款', '没有使用政府性基金预算拨款');
  const { findings } = runOne(rule('DOC-EMPTY-NOTE'), wrong);
  assert.equal(findings.length, 1);
  assert.equal(findings[0]!.location.text, '昌吉回族自治州人力资源和社会保障局2025年没有使用政府性基金预算拨款安排的支出，国有资本经营预算支出情况表为空表。');
});

test('DOC-TABLE-TITLE: titles as the template prints them, aliases and a body/year prefix accepted; another title is a warning', () => {
  assert.equal(runOne(rule('DOC-TABLE-TITLE'), doc).result.status, 'pass');
  const alias = edit(doc, (d) => (d.tables[0]!.title = '昌吉回族自治州人力资源和社会保障局2025年部门收支总表'));
  assert.equal(runOne(rule('DOC-TABLE-TITLE'), alias).result.status, 'pass');
  const other = edit(doc, (d) => (d.tables[2]!.title = '部门支出预算明细表'));
  const { findings } = runOne(rule('DOC-TABLE-TITLE'), other);
  assert.deepEqual(findings.map((f) => [f.severity, f.location.table, f.expected, f.actual]), [['warning', 3, '部门支出总体情况表', '部门支出预算明细表']]);
});

test('DOC-TABLE-UNIT: every table in 万元; a table in 元 is an error', () => {
  assert.equal(runOne(rule('DOC-TABLE-UNIT'), doc).result.status, 'pass');
  const { findings } = runOne(rule('DOC-TABLE-UNIT'), edit(doc, (d) => (d.tables[2]!.unit = '元')));
  assert.deepEqual(findings.map((f) => [f.severity, f.location.table, f.expected, f.actual]), [['error', 3, '万元', '元']]);
});

// --- sections -------------------------------------------------------------------------------------------

const SECTIONS = [
  'DOC-SECTION-FUNCTIONS',
  'DOC-SECTION-OFFICES',
  'DOC-SECTION-BUDGET',
  'DOC-SECTION-THREE-PUBLIC',
  'DOC-SECTION-OPERATING-COSTS',
  'DOC-SECTION-PROCUREMENT',
  'DOC-SECTION-ASSETS',
  'DOC-SECTION-PERFORMANCE',
  'DOC-SECTION-GLOSSARY',
];

/** The seed with its overview (第一部分) and its narrative (第三部分 on), without the tables (第二部分). */
function fullNarrativeDocument(): CheckDocument {
  const seed = seedText();
  const text = seed.slice(0, seed.indexOf('第二部分')) + seed.slice(seed.indexOf('第三部分'));
  return documentFromDisclosure(loadSample(), { path: SAMPLE_PATH, narrativeText: text });
}
const full = fullNarrativeDocument();

test('DOC-SECTION-*: every required section is in the reference narrative, the overview one included', () => {
  for (const id of SECTIONS) {
    assert.equal(runOne(rule(id), doc).result.status, 'pass', id);
    assert.equal(runOne(rule(id), full).result.status, 'pass', `${id} (full text)`);
    assert.equal(runOne(rule(id), data).result.status, 'pass', `${id} (prepared data)`);
  }
});

test('DOC-SECTION-*: a narrative of only the 总体说明 lacks every explanation section (errors); the overview falls back to the data', () => {
  const onlyOverall = edit(doc, (d) => (d.narrative = d.narrative!.slice(0, 4)));
  const failing = SECTIONS.filter((id) => runOne(rule(id), onlyOverall).result.status === 'fail');
  assert.deepEqual(failing, SECTIONS.slice(3));
  const { findings } = runOne(rule('DOC-SECTION-PROCUREMENT'), onlyOverall);
  assert.deepEqual(findings.map((f) => [f.severity, f.expected]), [['error', '政府采购情况']]);
});

test('DOC-SECTION-BUDGET: a narrative of only the glossary lacks the 收支说明; the glossary does not stand for 三公 or 机关运行经费', () => {
  const onlyGlossary = edit(doc, (d) => (d.narrative = d.narrative!.filter((s) => s.section.some((h) => h.includes('名词解释')))));
  assert.equal(runOne(rule('DOC-SECTION-BUDGET'), onlyGlossary).result.status, 'fail');
  assert.equal(runOne(rule('DOC-SECTION-THREE-PUBLIC'), onlyGlossary).result.status, 'fail');
  assert.equal(runOne(rule('DOC-SECTION-OPERATING-COSTS'), onlyGlossary).result.status, 'fail');
  assert.equal(runOne(rule('DOC-SECTION-GLOSSARY'), onlyGlossary).result.status, 'pass');
});

test('DOC-SECTION-FUNCTIONS / OFFICES: a full text without the 主要职能 part fails only that section', () => {
  const noFunctions = edit(full, (d) => (d.narrative = d.narrative!.filter((s) => !s.section.some((h) => h.includes('职能')))));
  assert.equal(runOne(rule('DOC-SECTION-FUNCTIONS'), noFunctions).result.status, 'fail');
  assert.equal(runOne(rule('DOC-SECTION-OFFICES'), noFunctions).result.status, 'pass');
  const noOffices = edit(full, (d) => (d.narrative = d.narrative!.filter((s) => !s.section.some((h) => h.includes('机构设置')))));
  assert.equal(runOne(rule('DOC-SECTION-OFFICES'), noOffices).result.status, 'fail');
});

test('DOC-SECTION-*: prepared data lacking a section fails that section', () => {
  const lacking: Record<string, (d: NonNullable<CheckDocument['disclosure']>) => void> = {
    'DOC-SECTION-FUNCTIONS': (d) => (d.overview.functions = []),
    'DOC-SECTION-OFFICES': (d) => (d.overview.offices = []),
    'DOC-SECTION-BUDGET': (d) => (d.lineItems = []),
    'DOC-SECTION-THREE-PUBLIC': (d) => {
      for (const k of Object.keys(d.priorYear)) if (k.startsWith('three_public.')) delete d.priorYear[k];
    },
    'DOC-SECTION-OPERATING-COSTS': (d) => delete (d as Partial<typeof d>).operatingCosts,
    'DOC-SECTION-PROCUREMENT': (d) => delete (d as Partial<typeof d>).procurement,
    'DOC-SECTION-ASSETS': (d) => delete (d as Partial<typeof d>).assets,
    'DOC-SECTION-PERFORMANCE': (d) => {
      d.performance.projects = [];
      delete d.performance.department;
    },
    'DOC-SECTION-GLOSSARY': (d) => (d.glossary = []),
  };
  for (const id of SECTIONS) {
    const broken = edit(data, (d) => lacking[id]!(d.disclosure!));
    const { result, findings } = runOne(rule(id), broken);
    assert.equal(result.status, 'fail', id);
    assert.equal(findings[0]!.severity, 'error', id);
  }
});

test('DOC-SECTION-*: under an unknown template a missing section is a warning (what that jurisdiction requires is not known)', () => {
  const unknown = edit(doc, (d) => {
    d.narrative = d.narrative!.slice(0, 4);
    d.meta.template = 'unknown';
    delete d.template;
  });
  assert.deepEqual(runOne(rule('DOC-SECTION-ASSETS'), unknown).findings.map((f) => f.severity), ['warning']);
});

test('DOC-SECTION-*: without narrative or data the rule cannot check', () => {
  const nothing = edit(data, (d) => delete d.disclosure);
  assert.equal(runOne(rule('DOC-SECTION-GLOSSARY'), nothing).result.status, 'unchecked');
});

// --- reasons --------------------------------------------------------------------------------------------

test('DOC-CHANGE-REASONS: every change the reference states has its reason, in the text and in the data', () => {
  assert.deepEqual(runOne(rule('DOC-CHANGE-REASONS'), doc), { result: { id: 'DOC-CHANGE-REASONS', status: 'pass' }, findings: [] });
});

test('DOC-CHANGE-REASONS: a change without a reason is a warning at its sentence; the next item’s reason does not count', () => {
  const reasonless = withSentence(doc, '，主要原因是2025年该项目根据实际工作安排，仅开展审计工作', '');
  const { findings } = runOne(rule('DOC-CHANGE-REASONS'), reasonless);
  assert.equal(findings.length, 1);
  assert.equal(findings[0]!.severity, 'warning');
  assert.equal(
    findings[0]!.location.text,
    '4、社会保障和就业支出（类）人力资源和社会保障管理事务（款）社会保险业务管理事务（项）：2025年预算数为15.00万元，比上年预算减少3.00万元，下降16.67%。',
  );
});

test('DOC-CHANGE-REASONS: an empty "主要原因是……" is an error', () => {
  const empty = withSentence(doc, '主要原因是2025年该项目根据实际工作安排，仅开展审计工作', '主要原因是……');
  const { findings } = runOne(rule('DOC-CHANGE-REASONS'), empty);
  assert.deepEqual(findings.map((f) => f.severity), ['error']);
});

test('DOC-CHANGE-REASONS: a reason a few sentences later in the same paragraph counts (Shanghai wording); no change needs none', () => {
  const shanghai = edit(data, (d) => {
    d.narrative = sentencesOf(
      [
        '支出预算9,101.68万元，其中：财政拨款支出预算9,101.68万元，比2024年预算减少2,389.52万元；政府性基金拨款支出预算0万元，比2024年预算持平。',
        '财政拨款收入支出减少的主要原因是项目调整。',
        '（一）因公出国（境）费839万元，与2024年预算持平。',
      ].join('\n'),
    );
    delete d.disclosure;
  });
  assert.equal(runOne(rule('DOC-CHANGE-REASONS'), shanghai).result.status, 'pass');
});

test('DOC-CHANGE-REASONS: Jiangsu wording — a reason sentence that opens with the comparison, and a change restated after its reason', () => {
  const jiangsu = edit(data, (d) => {
    d.narrative = sentencesOf(
      [
        '一、收支预算总表情况说明',
        '2017年度部门支出预算安排与2016年度相比，增加498.72万元，增长5.77%。',
        '2017年度部门支出预算安排与2016年度相比增加的原因主要是政策性增资、住房公积金和提租补贴基数及比例调整等。',
        '二、财政拨款收支预算总表情况说明',
        '与上年相比，财政拨款收、支总计各增加498.72万元，增长5.77%。',
        '三、其他',
        '基本支出预算数为5,916.27万元，与上年相比增加108.56万元。',
      ].join('\n'),
    );
    delete d.disclosure;
  });
  const { findings } = runOne(rule('DOC-CHANGE-REASONS'), jiangsu);
  assert.deepEqual(findings.map((f) => [f.severity, f.actual, f.location.text]), [['warning', '+108.56万元', '基本支出预算数为5,916.27万元，与上年相比增加108.56万元。']]);
});

test('DOC-CHANGE-REASONS: prepared data — a comparative that changes without a reason is a warning quoting the change', () => {
  const broken = edit(data, (d) => delete d.disclosure!.priorYear['function.general_budget.2080107']!.reason);
  const { findings } = runOne(rule('DOC-CHANGE-REASONS'), broken);
  assert.equal(findings.length, 1);
  assert.equal(findings[0]!.location.text, 'function.general_budget.2080107');
  assert.equal(findings[0]!.actual, '-3.00'); // 15.00 − 18.00
  assert.match(findings[0]!.message.zh, /减少 3\.00 万元（上年 18\.00，本年 15\.00）/);
});

test('DOC-CHANGE-REASONS: the personnel/public split of 行政运行 is explained by its parent’s reason, and fails with it', () => {
  const broken = edit(data, (d) => delete d.disclosure!.priorYear['function.general_budget.2080101']!.reason);
  const { findings } = runOne(rule('DOC-CHANGE-REASONS'), broken);
  // 929.37 − 867.27 = 62.10; 756.34 − 724.37 = 31.97; 173.03 − 142.90 = 30.13
  assert.deepEqual(
    findings.map((f) => [f.location.text, f.actual]),
    [
      ['function.general_budget.2080101', '62.10'],
      ['function.general_budget.2080101.personnel', '31.97'],
      ['function.general_budget.2080101.public', '30.13'],
    ],
  );
});
