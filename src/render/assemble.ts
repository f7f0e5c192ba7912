// Assembling the published document from a Disclosure: the cover, 第一部分 the overview, 第二部分 the
// template's tables, 第三部分 the narrative (given by the narrative generator) with the performance goal
// tables, 第四部分 the glossary, and the body and date at the end. The structure follows the reference
// document (新疆 11 张表); every word that depends on the body, year, stage or scope is computed, and the
// part headings can be given.
import type { Disclosure } from '../model/disclosure.ts';
import { formatAmount, type Fen } from '../model/money.ts';
import type { Overview } from '../model/overview.ts';
import { departmentFunds, projectFunds } from '../narrative/performance-funds.ts';
import { buildTables } from '../tables/build.ts';
import type { ClassificationNames } from '../tables/names.ts';
import { getTemplate } from '../templates/registry.ts';
import type { Template } from '../templates/template.ts';
import { namesForDisclosure } from '../catalog/index.ts';
import type { Block, DocumentPart, GoalTableBlock, PublishedDocument } from './document-model.ts';

export interface AssembleOptions {
  /** 第三部分 情况说明 from the narrative generator; without it the document has no narrative text. */
  narrative?: DocumentPart;
  /** A draft built despite error-level findings: watermarked 草稿. */
  draft?: boolean;
  /** Classification names for the tables; the disclosure's codeNames, then the catalogs of its year, by default. */
  names?: ClassificationNames;
  /** Overrides the template named in the disclosure's meta. */
  template?: Template;
  /** Part headings in place of the computed ones. */
  headings?: Partial<Record<'overview' | 'tables' | 'narrative' | 'glossary', string>>;
}

const stageWord = (d: Disclosure) => (d.meta.stage === 'budget' ? '预算' : '决算');
const scopeWord = (d: Disclosure) => (d.meta.scope === 'department' ? '部门' : '单位');

/** "2025-02-14" → "2025年2月14日". */
export function chineseDate(iso: string): string {
  const [y, m, day] = iso.split('-').map(Number);
  return `${y}年${m}月${day}日`;
}

/** File-name stem: body, year and stage ("昌吉回族自治州人力资源和社会保障局-2025-部门预算"), safe on every file system. */
export function fileStemOf(d: Disclosure): string {
  const safe = d.meta.body.name.replace(/[\\/:*?"<>|\s]+/g, '_');
  return `${safe}-${d.meta.year}-${scopeWord(d)}${stageWord(d)}`;
}

/** "下设 13 个科室，分别是：…。" or "未设内设机构。" */
function officesSentence(o: Overview): string {
  return o.offices.length ? `下设${o.offices.length}个科室，分别是：${o.offices.join('、')}。` : '未单设内设机构。';
}

/** 机构设置及人员情况: units and offices, then staff with each change. */
function organisationParagraphs(d: Disclosure): string[] {
  const o = d.overview;
  const name = d.meta.body.name;
  const units = o.subordinateUnits.length
    ? `${name}下属预算单位${o.subordinateUnits.length}个，分别是：${o.subordinateUnits.map((u) => u.name).join('、')}；`
    : `${name}无下属预算单位，`;
  const s = o.staffing;
  const change = (n: number) => (n < 0 ? `减少${-n}人` : `增加${n}人`);
  const actual = s.inService.count + s.retired.count + s.separated.count;
  const staff =
    `${name}编制数${s.authorized}，实有人数${actual}人，其中：在职${s.inService.count}人，${change(s.inService.change)}；` +
    `退休${s.retired.count}人，${change(s.retired.change)}；离休${s.separated.count}人，${change(s.separated.change)}。`;
  return [units + officesSentence(o), staff];
}

function overviewPart(d: Disclosure, heading: string): DocumentPart {
  const blocks: Block[] = [];
  if (d.overview.functions.length) {
    blocks.push({ kind: 'heading', level: 1, text: '一、主要职能' }, { kind: 'list', items: [...d.overview.functions], numbering: 'paren_cjk' });
  }
  blocks.push({ kind: 'heading', level: 1, text: `${d.overview.functions.length ? '二' : '一'}、机构设置及人员情况` });
  for (const text of organisationParagraphs(d)) blocks.push({ kind: 'paragraph', text });
  return { heading, blocks };
}

/** The goal tables the data holds: the department-wide goal, then each project's, with their funds from the line items. */
export function goalTableBlocks(d: Disclosure): GoalTableBlock[] {
  const unit = d.meta.displayUnit;
  const money = (fen: Fen) => formatAmount(fen, unit);
  const subtitle = `（${d.meta.year}年）`;
  const out: GoalTableBlock[] = [];
  const dept = d.performance.department;
  if (dept) {
    const f = departmentFunds(d);
    out.push({
      kind: 'goal_table',
      title: `${scopeWord(d)}整体绩效目标表`,
      subtitle,
      facts: [
        { label: `${scopeWord(d)}名称（盖章）`, value: dept.department },
        { label: `${scopeWord(d)}联系人`, value: dept.contact.name },
        { label: '联系电话', value: dept.contact.phone },
        { label: `资金总额（${unit}）`, value: money(f.total) },
        { label: `财政资金（${unit}）上级安排`, value: money(f.superior) },
        { label: `财政资金（${unit}）本级安排`, value: money(f.own) },
        { label: `其他资金（${unit}）`, value: money(f.other) },
      ],
      goal: dept.goal,
      indicators: dept.indicators,
    });
  }
  for (const g of d.performance.projects) {
    const project = d.projects.find((p) => p.id === g.project);
    const f = projectFunds(d, g.project);
    out.push({
      kind: 'goal_table',
      title: '项目支出绩效目标表',
      subtitle,
      facts: [
        { label: '预算单位', value: g.unit },
        { label: '项目名称', value: project?.name ?? g.project },
        ...(project?.manager ? [{ label: '项目负责人', value: project.manager }] : []),
        { label: `项目资金（${unit}）年度预算总额`, value: money(f.total) },
        { label: '其中：财政拨款', value: money(f.fiscal) },
        { label: '其他资金', value: money(f.other) },
      ],
      goal: g.goal,
      indicators: g.indicators,
    });
  }
  return out;
}

/**
 * The narrative part with the goal tables placed where the reference prints them: after the blocks of the
 * heading about 预算绩效 (up to the next heading of the same or a higher level), else at the end.
 */
function withGoalTables(part: DocumentPart, goals: readonly GoalTableBlock[]): DocumentPart {
  if (goals.length === 0) return part;
  const blocks = part.blocks;
  const at = blocks.findIndex((b) => b.kind === 'heading' && /绩效/.test(b.text));
  if (at < 0) return { ...part, blocks: [...blocks, ...goals] };
  const level = (blocks[at] as { level: number }).level;
  let end = at + 1;
  while (end < blocks.length && !(blocks[end]!.kind === 'heading' && (blocks[end] as { level: number }).level <= level)) end++;
  return { ...part, blocks: [...blocks.slice(0, end), ...goals, ...blocks.slice(end)] };
}

export function assembleDocument(d: Disclosure, options: AssembleOptions = {}): PublishedDocument {
  const template = options.template ?? getTemplate(d.meta.template);
  const names = options.names ?? namesForDisclosure(d);
  const tables = buildTables(d, { names, template });
  const year = d.meta.year;
  const what = `${scopeWord(d)}${stageWord(d)}`;
  const h = options.headings ?? {};
  const parts: DocumentPart[] = [
    overviewPart(d, h.overview ?? `第一部分 ${year}年${scopeWord(d)}概况`),
    { heading: h.tables ?? `第二部分 ${year}年${what}公开表`, blocks: tables.map((table) => ({ kind: 'table' as const, table })) },
  ];
  const goals = goalTableBlocks(d);
  if (options.narrative) parts.push(withGoalTables(options.narrative, goals));
  else if (goals.length) parts.push({ heading: h.narrative ?? `第三部分 ${year}年${what}情况说明`, blocks: [...goals] });
  if (d.glossary.length) parts.push({ heading: h.glossary ?? '第四部分 名词解释', blocks: [{ kind: 'glossary', entries: d.glossary }] });
  return {
    fileStem: fileStemOf(d),
    title: `${d.meta.body.name}${year}年${what}`,
    body: d.meta.body.name,
    year,
    stage: d.meta.stage,
    scope: d.meta.scope,
    template: template.id,
    date: chineseDate(d.meta.preparedOn),
    draft: options.draft ?? false,
    parts,
  };
}
