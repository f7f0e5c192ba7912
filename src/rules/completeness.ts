// Family 4 — completeness: every table of the template once and in order, empty tables explained (naming the
// right fund), titles and units as the template prints them, the required sections, a reason for every change.
import type { CheckDocument, CheckTable, Sentence } from '../check/document.ts';
import type { Disclosure } from '../model/disclosure.ts';
import { changeOf } from '../narrative/comparatives.ts';
import type { TableSpec, Template } from '../templates/template.ts';
import { figure } from './figures.ts';
import { shown } from './tolerance.ts';
import type { Location, Rule, RuleContext } from './types.ts';

// ---------------------------------------------------------------------------------------------------------
// Tables

/** The template whose tables the document must have; not applicable for unknown templates. */
function templateOf(ctx: RuleContext): Template {
  const t = ctx.doc.template;
  if (!t || ctx.doc.meta.template === 'unknown') ctx.notApplicable('模板未知，无法核对表格清单 (unknown template: no list of tables to compare)');
  return t;
}

const tableLocation = (t: CheckTable): Location => ({ ...(t.page !== undefined ? { page: t.page } : {}), table: t.number, key: t.key });
const specName = (s: TableSpec) => `表${s.number}「${s.title.replaceAll('{year}', '').replaceAll('{body}', '')}」`;

/** A template text with {body} and {year} filled in for this document. */
const filled = (doc: CheckDocument, text: string) => text.replaceAll('{body}', doc.meta.body).replaceAll('{year}', String(doc.meta.year));

/** A table title reduced to what identifies it: no spaces, quotes, year, body name, numbering or scope word. */
function titleCore(doc: CheckDocument, title: string): string {
  return title
    .normalize('NFKC')
    .replaceAll(doc.meta.body, '')
    .replace(/\s+/g, '')
    .replace(/[(（]?(19|20)\d{2}年(度)?[)）]?/g, '')
    .replace(/^((附表|表)\d+[.、:：-]?|\d+[.、:：-]|[一二三四五六七八九十]+[、.．])/, '')
    .replace(/[“”"'‘’「」]/g, '')
    .replace(/预算单位|部门|单位/g, '');
}

/** Template tables and, for each, the document's tables with its key. */
function tablesByKey(doc: CheckDocument, template: Template): { spec: TableSpec; found: CheckTable[] }[] {
  return template.tables.map((spec) => ({ spec, found: doc.tables.filter((t) => t.key === spec.key) }));
}

/** The fund a table is about, from its first column's role, by the words the documents use for it. */
const FUND_WORDS: Record<string, string> = {
  general_budget: '一般公共预算',
  general: '一般公共预算',
  gov_fund_budget: '政府性基金',
  gov_fund: '政府性基金',
  state_capital_budget: '国有资本经营',
  state_capital: '国有资本经营',
};
const ALL_FUND_WORDS = ['一般公共预算', '政府性基金', '国有资本经营'];

function fundOf(t: CheckTable): string | undefined {
  const role = t.roles[0];
  return role === undefined ? undefined : FUND_WORDS[role.split('.')[0]!];
}

/** Nothing printed but zeros: no value, and no 预算数 beside the values (a 决算 三公 table with its budget and nothing spent is not empty). */
const isEmpty = (t: CheckTable) =>
  t.rows.every((r) => r.values.every((_, col) => figure(t, r, col) === 0)) && !(t.budget ?? []).some((r) => r.some((v) => /[1-9]/.test(v)));

/** What is wrong with an explanation of an empty table that belongs to `fund`: names another fund, or not its own. */
function fundProblem(text: string, title: string, fund: string): { zh: string; en: string } | undefined {
  const rest = text.replaceAll(title, '');
  const others = ALL_FUND_WORDS.filter((w) => w !== fund && rest.includes(w));
  if (others.length) {
    return { zh: `说明写的是“${others.join('、')}”，而本表是${fund}表`, en: `the explanation names ${others.join(', ')}, but the table is the ${fund} table` };
  }
  if (!text.includes(fund)) return { zh: `说明未写明${fund}`, en: `the explanation does not name ${fund}` };
  return undefined;
}

/** "本部门无政府性基金预算", "本表数为零", "没有…安排": a sentence saying there is nothing. */
const NONE = /(无|没有|未安排|未使用)[^，。；]{0,12}(预算|支出|安排|拨款)|数为零|为零|空表|(支出|预算|安排)[^，。；\d]{0,4}(?<![\d.,])0(\.0+)?\s*[万亿]?元/;

/**
 * The narrative's explanation of an empty table of `fund` without naming the table: a sentence saying there is
 * none under a heading about that fund's table (Jiangsu: "七、政府性基金支出预算表情况说明" / "本表数为零。"), else
 * one that names the fund and no other. Returns the heading and the sentence, for the fund check.
 */
function saysNone(sentences: readonly Sentence[], fund: string): string | undefined {
  const others = ALL_FUND_WORDS.filter((w) => w !== fund);
  const none = sentences.filter((s) => NONE.test(s.text) && !others.some((w) => s.text.includes(w)));
  const under = none.find((s) => {
    const heading = s.section.at(-1) ?? '';
    return heading.includes(fund) && /表/.test(heading) && !others.some((w) => heading.includes(w));
  });
  if (under) return `${under.section.at(-1)}${under.text}`;
  return none.find((s) => s.text.includes(fund))?.text;
}

const sentenceLocation = (s: Sentence): Location => ({ ...(s.page !== undefined ? { page: s.page } : {}), text: s.text });

const tableRules: Rule[] = [
  {
    id: 'DOC-TABLES-PRESENT',
    family: 'completeness',
    severity: 'error',
    title: { zh: '模板要求的每张表都已公开', en: 'Every table of the template is published' },
    check(ctx) {
      const template = templateOf(ctx);
      for (const { spec, found } of tablesByKey(ctx.doc, template)) {
        if (found.length) continue;
        ctx.report({
          message: {
            zh: `缺少${specName(spec)}（模板 ${template.id} 共 ${template.tables.length} 张表）`,
            en: `Table ${spec.number} (${spec.key}) of template ${template.id} is missing`,
          },
          location: { table: spec.number, key: spec.key },
          expected: spec.key,
        });
      }
    },
  },
  {
    id: 'DOC-TABLE-ORDER',
    family: 'completeness',
    severity: 'error',
    title: { zh: '各表按模板顺序排列、表号一致', en: 'Tables are in the template order and numbered as in the template' },
    check(ctx) {
      const template = templateOf(ctx);
      const position = new Map(template.tables.map((s, i) => [s.key, i] as const));
      const present = ctx.doc.tables.filter((t) => position.has(t.key));
      if (present.length === 0) ctx.unchecked('文档中没有模板所列的表 (no table of the template in the document)');
      let last: CheckTable | undefined;
      for (const t of present) {
        if (last && position.get(t.key)! < position.get(last.key)!) {
          ctx.report({
            message: {
              zh: `表${t.number}「${t.title}」排在表${last.number}「${last.title}」之后，模板中它在前`,
              en: `Table ${t.number} (${t.key}) comes after table ${last.number} (${last.key}); the template puts it before`,
            },
            location: tableLocation(t),
          });
        } else last = t;
        const spec = template.tables[position.get(t.key)!]!;
        if (t.number !== spec.number) {
          ctx.report({
            severity: 'warning',
            message: { zh: `表「${t.title}」编号为 ${t.number}，模板为表${spec.number}`, en: `Table ${t.key} is numbered ${t.number}; the template numbers it ${spec.number}` },
            location: tableLocation(t),
            expected: String(spec.number),
            actual: String(t.number),
          });
        }
      }
    },
  },
  {
    id: 'DOC-TABLE-DUPLICATE',
    family: 'completeness',
    severity: 'error',
    title: { zh: '每张表只出现一次', en: 'Each table appears once' },
    check(ctx) {
      const template = templateOf(ctx);
      for (const { spec, found } of tablesByKey(ctx.doc, template)) {
        for (const extra of found.slice(1)) {
          ctx.report({
            message: {
              zh: `${specName(spec)}出现 ${found.length} 次（表${found.map((t) => t.number).join('、')}）`,
              en: `Table ${spec.key} appears ${found.length} times (tables ${found.map((t) => t.number).join(', ')})`,
            },
            location: tableLocation(extra),
            expected: '1',
            actual: String(found.length),
          });
        }
      }
    },
  },
  {
    id: 'DOC-EMPTY-NOTE',
    family: 'completeness',
    severity: 'error',
    title: { zh: '空表仍然公开并说明原因，说明写对资金类别', en: 'An empty table is still printed, with an explanation naming the right fund' },
    check(ctx) {
      const template = templateOf(ctx);
      let checked = 0;
      for (const { found } of tablesByKey(ctx.doc, template)) {
        for (const t of found.filter(isEmpty)) {
          checked++;
          const fund = fundOf(t);
          const said = ctx.doc.narrative?.find((s) => s.text.includes('空表') && s.text.includes(t.title));
          const note = t.note?.trim() || said?.text || (fund ? saysNone(ctx.doc.narrative ?? [], fund) : undefined);
          if (!note) {
            ctx.report({
              message: { zh: `表${t.number}「${t.title}」为空表，但未说明原因（如“本部门无${fund ?? '该项'}预算拨款安排的支出，本表为空表”）`, en: `Table ${t.number} (${t.key}) is empty without an explanation` },
              location: tableLocation(t),
            });
            continue;
          }
          const problem = fund === undefined ? undefined : fundProblem(note, t.title, fund);
          if (problem) {
            ctx.report({
              message: { zh: `表${t.number}「${t.title}」的空表说明资金类别有误：${problem.zh}`, en: `The empty-table note of table ${t.number} (${t.key}) is wrong: ${problem.en}` },
              location: { ...tableLocation(t), text: note },
              expected: fund,
            });
          }
        }
      }
      // The narrative's explanations of empty tables must name the fund of the table they name.
      for (const s of ctx.doc.narrative ?? []) {
        if (!s.text.includes('空表')) continue;
        const t = ctx.doc.tables.find((x) => x.title && s.text.includes(x.title) && fundOf(x));
        if (!t) continue;
        checked++;
        const problem = fundProblem(s.text, t.title, fundOf(t)!);
        if (problem) {
          ctx.report({
            message: { zh: `关于「${t.title}」为空表的说明资金类别有误：${problem.zh}`, en: `The narrative's explanation of the empty table ${t.key} is wrong: ${problem.en}` },
            location: sentenceLocation(s),
            expected: fundOf(t)!,
          });
        }
      }
      if (checked === 0) ctx.notApplicable('没有空表 (no empty table)');
    },
  },
  {
    id: 'DOC-TABLE-TITLE',
    family: 'completeness',
    severity: 'warning',
    title: { zh: '表名与模板（或其通行名称）一致', en: 'Table titles are the template title or one of its aliases' },
    check(ctx) {
      const template = templateOf(ctx);
      for (const { spec, found } of tablesByKey(ctx.doc, template)) {
        const accepted = [spec.title, ...(spec.aliases ?? [])].map((a) => titleCore(ctx.doc, filled(ctx.doc, a)));
        for (const t of found) {
          if (accepted.includes(titleCore(ctx.doc, t.title))) continue;
          const expected = filled(ctx.doc, spec.title);
          ctx.report({
            message: { zh: `表${t.number}标题为「${t.title}」，模板为「${expected}」`, en: `Table ${t.number} is titled "${t.title}"; the template says "${expected}"` },
            location: { ...tableLocation(t), text: t.title },
            expected,
            actual: t.title,
          });
        }
      }
    },
  },
  {
    id: 'DOC-TABLE-UNIT',
    family: 'completeness',
    severity: 'error',
    title: { zh: '各表注明金额单位，且与模板一致', en: 'Each table states its unit, the one the template prints' },
    check(ctx) {
      const template = templateOf(ctx);
      for (const { spec, found } of tablesByKey(ctx.doc, template)) {
        const expected = spec.unit ?? template.unit;
        for (const t of found) {
          const unit = (t.unit as string | undefined) ?? '';
          if (unit === expected) continue;
          ctx.report({
            message: unit
              ? { zh: `表${t.number}「${t.title}」单位为${unit}，模板为${expected}`, en: `Table ${t.number} (${t.key}) is in ${unit}; the template prints ${expected}` }
              : { zh: `表${t.number}「${t.title}」未注明金额单位（应为${expected}）`, en: `Table ${t.number} (${t.key}) states no unit (should be ${expected})` },
            location: tableLocation(t),
            expected,
            actual: unit,
          });
        }
      }
    },
  },
];

// ---------------------------------------------------------------------------------------------------------
// Required sections

const PART_HEADING = /^第[一二三四五六七八九十]+部分/;
const GLOSSARY = /名词解释/;

/**
 * Whether the narrative includes the 部门概况 part (职能, 机构设置). A narrative that starts at a later part —
 * every sentence under a "第X部分" heading, none of them the overview — is an extract without it.
 */
function coversOverview(sentences: readonly Sentence[]): boolean {
  return sentences.some((s) => {
    const part = s.section.find((h) => PART_HEADING.test(h));
    return part === undefined || /概况|第一部分/.test(part);
  });
}

interface SectionSpec {
  id: string;
  zh: string;
  en: string;
  /** A heading of this section (matched against every heading above a sentence). */
  heading: RegExp;
  /** A sentence that shows the section is there, when the heading says less. */
  text?: RegExp;
  /** The section belongs to the 部门概况 part. */
  overview?: boolean;
  /** What the prepared data lacks for this section, or undefined when it has it. */
  lacks(d: Disclosure): { zh: string; en: string } | undefined;
}

const SECTIONS: SectionSpec[] = [
  {
    id: 'DOC-SECTION-FUNCTIONS',
    zh: '主要职能',
    en: 'main functions',
    heading: /职能|职责/,
    text: /主要职能|主要职责/,
    overview: true,
    lacks: (d) => (d.overview.functions.length ? undefined : { zh: '未填写主要职能', en: 'no functions given' }),
  },
  {
    id: 'DOC-SECTION-OFFICES',
    zh: '机构设置及人员情况',
    en: 'internal structure and staff',
    heading: /机构设置|内设机构|人员情况|人员构成|单位构成/,
    text: /机构设置|单位构成|内设(机构|科室)|下设\d+个|编制数|实有人数|(行政|事业|参公)单位\s*\d+\s*家/,
    overview: true,
    lacks: (d) => (d.overview.offices.length ? undefined : { zh: '未填写内设机构', en: 'no internal offices given' }),
  },
  {
    id: 'DOC-SECTION-BUDGET',
    zh: '收支预算情况说明',
    en: 'explanation of income and spending',
    heading: /收支.*(预算|决算)|收入(预算|决算)|支出(预算|决算)|预算编制说明|收支情况/,
    text: /收支总(预算|决算)|收入(预算|决算)\S*[\d,.]+万?元/,
    lacks: (d) => (d.lineItems.length ? undefined : { zh: '没有任何支出明细', en: 'no line items' }),
  },
  {
    id: 'DOC-SECTION-THREE-PUBLIC',
    zh: '“三公”经费说明',
    en: '"three public" expenses',
    heading: /三公/,
    text: /三公/,
    lacks: (d) =>
      Object.keys(d.priorYear).some((k) => k.startsWith('three_public.'))
        ? undefined
        : { zh: '缺少“三公”经费上年预算数，无法说明增减及原因', en: 'no prior-year 三公 figures: the change and its reason cannot be stated' },
  },
  {
    id: 'DOC-SECTION-OPERATING-COSTS',
    zh: '机关运行经费说明',
    en: 'administrative operating costs',
    heading: /运行经费/,
    text: /机关运行经费/,
    lacks: (d) => (d.operatingCosts === undefined ? { zh: '未填写机关运行经费', en: 'no operating costs' } : undefined),
  },
  {
    id: 'DOC-SECTION-PROCUREMENT',
    zh: '政府采购情况',
    en: 'government procurement',
    heading: /政府采购/,
    text: /政府采购/,
    lacks: (d) => (d.procurement === undefined ? { zh: '未填写政府采购预算', en: 'no procurement' } : undefined),
  },
  {
    id: 'DOC-SECTION-ASSETS',
    zh: '国有资产占用使用情况',
    en: 'state-owned assets',
    heading: /国有资产/,
    text: /国有资产|车辆\d+辆/,
    lacks: (d) => (d.assets?.asOf ? undefined : { zh: '未填写国有资产情况', en: 'no assets' }),
  },
  {
    id: 'DOC-SECTION-PERFORMANCE',
    zh: '预算绩效（绩效目标）情况',
    en: 'performance goals',
    heading: /绩效/,
    text: /绩效目标/,
    lacks: (d) => (d.performance.projects.length || d.performance.department ? undefined : { zh: '没有任何绩效目标', en: 'no performance goals' }),
  },
  {
    id: 'DOC-SECTION-GLOSSARY',
    zh: '名词解释',
    en: 'glossary',
    heading: GLOSSARY,
    // A title line without a number ("名词解释") runs into the text; entries read "（一）财政拨款收入：是…".
    text: /名词解释|^([(（]?[一二三四五六七八九十\d]+[)）、.．])?\s*[^，。：:]{2,14}[:：]\s*(是|指)/,
    lacks: (d) => (d.glossary.length ? undefined : { zh: '名词解释为空', en: 'the glossary is empty' }),
  },
];

const knownTemplate = (ctx: RuleContext) => ctx.doc.template !== undefined && ctx.doc.meta.template !== 'unknown';

function sectionRule(spec: SectionSpec): Rule {
  return {
    id: spec.id,
    family: 'completeness',
    severity: 'error',
    title: { zh: `包含“${spec.zh}”部分`, en: `The document has the section on ${spec.en}` },
    check(ctx) {
      if (ctx.doc.template?.sectionsNotRequired?.includes(spec.id)) ctx.notApplicable(`模板 ${ctx.doc.template.id} 不要求此部分 (the template does not ask for this section)`);
      const narrative = ctx.doc.narrative;
      if (narrative?.length && (!spec.overview || coversOverview(narrative))) {
        const found = narrative.some((s) => {
          const glossary = s.section.some((h) => GLOSSARY.test(h));
          // Glossary entries define 三公 and 机关运行经费: they do not stand for the sections that state them.
          if (glossary && spec.heading !== GLOSSARY) return false;
          return s.section.some((h) => spec.heading.test(h)) || (spec.text?.test(s.text) ?? false);
        });
        if (!found) {
          ctx.report({
            // What a jurisdiction requires is known for the templates yusuan has; elsewhere it is a point to check.
            severity: knownTemplate(ctx) ? 'error' : 'warning',
            message: { zh: `情况说明中没有“${spec.zh}”部分`, en: `The narrative has no section on ${spec.en}` },
            location: {},
            expected: spec.zh,
          });
        }
        return;
      }
      const d = ctx.doc.disclosure;
      if (!d) {
        return ctx.unchecked(narrative?.length ? '情况说明未包含部门概况部分 (the narrative does not include the overview part)' : '没有情况说明 (no narrative)');
      }
      const lacks = spec.lacks(d);
      if (lacks) ctx.report({ message: { zh: `“${spec.zh}”：${lacks.zh}`, en: `${spec.en}: ${lacks.en}` }, location: {}, expected: spec.zh });
    },
  };
}

// ---------------------------------------------------------------------------------------------------------
// Reasons for changes

const COMPARISON = /(比|较|与|同)(上年|去年|上一年|(19|20)\d{2}年)(度)?(预算|决算|执行数)?/;
/** A change word and the figure after it: 增加 229.83 万元 / 减少10% / 下降 100.00%. */
const CHANGE_FIGURE = /(增加|减少|增长|下降|上升|降低|增|减)了?\s*([\d,]+(?:\.\d+)?)\s*(亿元|万元|元|%|％)/g;
const REASON = /原因|由于|因为|主要是/;
/** A reason marker followed by nothing (or by the template's dots): 主要原因是。 / 主要原因是…… */
const EMPTY_REASON = /(主要原因(是|为)?|原因(是|为))[:：]?\s*(…+|\.{3,}|[。；;，,]|$)/;
/** A new item of a list: 1、 2. （二） 一是. */
const ITEM_START = /^(\d+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+[、是])/;

/** The changes a sentence states against last year, as signed figures ("+844.15万元", "-10.35%"); zero changes left out. */
function changesIn(text: string): string[] {
  if (!COMPARISON.test(text)) return [];
  return [...text.matchAll(CHANGE_FIGURE)]
    .filter((m) => Number(m[2]!.replaceAll(',', '')) !== 0)
    .map((m) => `${/增|上升/.test(m[1]!) ? '+' : '-'}${m[2]!.replaceAll(',', '')}${m[3]!.replace('％', '%')}`);
}

/** A sentence that explains what came before it: its reason marker comes before any change figure of its own. */
function reasonFirst(text: string): boolean {
  const reason = REASON.exec(text);
  const change = changesIn(text).length ? [...text.matchAll(CHANGE_FIGURE)].find((m) => Number(m[2]!.replaceAll(',', '')) !== 0) : undefined;
  return reason !== null && !EMPTY_REASON.test(text) && (change === undefined || reason.index < change.index);
}

/** A reason in a later sentence of the same item: up to the next item or section, or a change with its own reason. */
function reasonFollows(sentences: readonly Sentence[], i: number): boolean {
  const section = sentences[i]!.section.join('\u0000');
  for (const next of sentences.slice(i + 1)) {
    if (next.section.join('\u0000') !== section || ITEM_START.test(next.text)) return false;
    if (REASON.test(next.text)) return reasonFirst(next.text);
  }
  return false;
}

/** Refinements that the narrative explains within the reason of their parent comparative. */
function parentsOf(key: string): (k: string) => boolean {
  const fn = /^(function\.[^.]+\.\d+)\.(basic|project|personnel|public|reserve)$/.exec(key);
  if (fn) return (k) => k === fn[1];
  if (key.startsWith('carryover.')) return (k) => k.startsWith('income.carryover');
  if (key === 'three_public.total') return (k) => k.startsWith('three_public.') && k !== key;
  return () => false;
}

function narrativeReasons(ctx: RuleContext, sentences: readonly Sentence[]) {
  const explained = new Set<string>(); // changes already explained: restating them needs no second reason
  let inReason = false; // the previous sentence gave a reason and ended with "；": this one continues it
  sentences.forEach((s, i) => {
    const continues = inReason;
    inReason = REASON.test(s.text) ? /[；;]$/.test(s.text) : continues && /[；;]$/.test(s.text);
    const changes = changesIn(s.text);
    if (changes.length === 0) return;
    if (EMPTY_REASON.test(s.text)) {
      ctx.report({
        severity: 'error',
        message: { zh: '说明了增减变化，但“主要原因”是空的', en: 'A change is stated with an empty reason ("主要原因是" and nothing after it)' },
        location: sentenceLocation(s),
      });
      return;
    }
    if (REASON.test(s.text) || continues || changes.every((c) => explained.has(c)) || reasonFollows(sentences, i)) {
      for (const c of changes) explained.add(c);
      return;
    }
    ctx.report({
      message: { zh: `说明了比上年的增减变化（${changes.join('、')}），但没有说明原因（“主要原因是……”）`, en: `A change against last year (${changes.join(', ')}) is stated without a reason ("主要原因是…")` },
      location: sentenceLocation(s),
      actual: changes.join(' '),
    });
  });
}

function dataReasons(ctx: RuleContext, d: Disclosure) {
  const keys = Object.keys(d.priorYear);
  const hasReason = (k: string) => (d.priorYear[k]?.reason?.trim() ?? '') !== '';
  for (const key of keys) {
    const change = changeOf(d, key);
    if (!change || change.change === 0 || hasReason(key)) continue;
    if (keys.some((k) => parentsOf(key)(k) && hasReason(k))) continue;
    const unit = d.meta.displayUnit;
    const fig = (fen: number) => shown(fen, unit);
    ctx.report({
      message: {
        zh: `上年比较口径 ${key}：${change.direction} ${fig(Math.abs(change.change))} ${unit}（上年 ${fig(change.prior)}，本年 ${fig(change.shown)}），未填写原因`,
        en: `Comparative ${key}: changes by ${fig(change.change)} ${unit} (prior ${fig(change.prior)}, now ${fig(change.shown)}) without a reason`,
      },
      location: { text: key },
      actual: fig(change.change),
    });
  }
}

const reasonRule: Rule = {
  id: 'DOC-CHANGE-REASONS',
  family: 'completeness',
  severity: 'warning',
  title: { zh: '每项增减变化都说明了原因（“主要原因是……”）', en: 'Every stated change gives a reason ("主要原因是…")' },
  check(ctx) {
    const { narrative, disclosure } = ctx.doc;
    if (!narrative?.length && !disclosure) ctx.unchecked('没有情况说明，也没有编制数据 (neither a narrative nor prepared data)');
    if (narrative?.length) narrativeReasons(ctx, narrative);
    if (disclosure) dataReasons(ctx, disclosure);
  },
};

export const completenessRules: Rule[] = [...tableRules, ...SECTIONS.map(sectionRule), reasonRule];
