// Family 6 — performance goals (绩效目标表): weights add to the template's total, cost indicators and
// allocations within the project budget, goal funds against the tables, indicator levels and targets,
// and the counts and amounts of the 预算绩效 paragraph. The goal tables are the document's `goals`: from
// prepared data (the Disclosure's goals, funds from its line items) or as a published document prints them
// (extracted text, PDF goal pages). With data the goals' funds are the data's and are compared with the
// tables and with what the published goal tables state; without, the printed goal funds are compared with
// the printed tables (and add up within their own table).
import { goalsOfDisclosure, type DocumentGoal, type DocumentGoals, type GoalAmount, type GoalIndicator } from '../check/document-goals.ts';
import type { Disclosure } from '../model/disclosure.ts';
import { resolveSources, type FundGroup, type FundSource } from '../model/fund-source.ts';
import { compileFilter, sumItems } from '../model/line-filter.ts';
import { FEN_PER_UNIT, parseFen, roundToUnit, sumFen, type Fen, type MoneyUnit } from '../model/money.ts';
import { departmentFunds, projectFunds } from '../narrative/performance-funds.ts';
import { totalFigure } from './cross-figures.ts';
import { cellLocation, column, figure, isPrinted, reportComparison, tableOf } from './figures.ts';
import {
  carryoverProjects,
  currentProjects,
  listedProjects,
  normName,
  projectLocation,
  projectMoney,
  projectRowsOf,
  projectTables,
  roleSources,
  sameName,
} from './projects.ts';
import { AMOUNT, compareWithData, Passage, reportAtMost, reportCount, statementsAbout, textLocation, type Stated } from './stated.ts';
import { repeatedFigureBound, shown, sumBound } from './tolerance.ts';
import type { Location, Rule, RuleContext } from './types.ts';

/** One goal table: the department's or a project's. */
interface Goal {
  name: string;
  /** The project's id; absent for the department-wide goal or a published table without data. */
  project?: string;
  /** Absent for the department-wide goal. */
  isProject: boolean;
  indicators: readonly GoalIndicator[];
  printed: DocumentGoal;
}

const DEPARTMENT_GOAL = '部门整体绩效目标';
const NOT_READ = '没有绩效目标数据：未从此类文件读取绩效目标表 (no goal data: goal tables are not read from this kind of file)';
const NONE_PRINTED = '公开文件未印出绩效目标表（或另行公开）(the document prints no goal tables: they may be published apart)';

function requireDisclosure(ctx: RuleContext, why: string): Disclosure {
  return ctx.doc.disclosure ?? ctx.unchecked(why);
}

/**
 * The goal tables: the data's where the document is prepared data (the data is what is checked), else the
 * document's as printed; the rule cannot check where the reader does not read them.
 */
const documentGoals = (ctx: RuleContext): DocumentGoals => (ctx.doc.disclosure ? goalsOfDisclosure(ctx.doc.disclosure) : (ctx.doc.goals ?? ctx.unchecked(NOT_READ)));

/** Whether the document prints (or the data holds) any goal table. */
const hasGoals = (g: DocumentGoals | undefined) => g !== undefined && (g.department !== undefined || g.projects.length > 0);

function goalsOf(ctx: RuleContext): Goal[] {
  const printed = documentGoals(ctx);
  const goals: Goal[] = [];
  if (printed.department) goals.push({ name: DEPARTMENT_GOAL, isProject: false, indicators: printed.department.indicators, printed: printed.department });
  for (const g of printed.projects) goals.push({ name: g.name, ...(g.project ? { project: g.project } : {}), isProject: true, indicators: g.indicators, printed: g });
  if (goals.length === 0 && ctx.doc.disclosure) ctx.notApplicable('没有绩效目标表 (no goal tables)');
  if (goals.length === 0) ctx.unchecked(NONE_PRINTED);
  return goals;
}

const goalLocation = (g: Goal, column?: string): Location => ({ ...(g.printed.page !== undefined ? { page: g.printed.page } : {}), key: 'performance_goals', row: g.name, ...(column ? { column } : {}) });
const indicatorLocation = (g: Goal, i: GoalIndicator): Location => ({ ...goalLocation(g, `${i.level1}/${i.level2}/${i.name}`), ...(i.page !== undefined ? { page: i.page } : {}) });
/** A printed goal amount as a location: the goal's row, the label as the column, the amount's page. */
const amountLocation = (g: Goal, label: string, a: GoalAmount | undefined): Location => ({ ...goalLocation(g, label), ...(a?.page !== undefined ? { page: a.page } : {}) });

/** The coarser of two units. */
const coarser = (a: MoneyUnit, b: MoneyUnit): MoneyUnit => (FEN_PER_UNIT[a] >= FEN_PER_UNIT[b] ? a : b);
/** What rounding explains between one printed figure and n printed figures (added), in units a and b. */
const printedBound = (n: number, a: MoneyUnit, b: MoneyUnit) => (n <= 1 ? repeatedFigureBound({ unit: a }, { unit: b }) : sumBound(n + 1, coarser(a, b)));

/** A level name without the trailing 指标 ("经济成本指标" → "经济成本"). */
const level = (name: string) => name.replace(/\s+/g, '').replace(/指标$/, '');

// --- decimals (weights, target values) kept exact ---------------------------------------------------------
const places = (v: string) => (v.split('.')[1] ?? '').length;
function scaled(v: string, p: number): bigint {
  const [int = '0', frac = ''] = v.replace(/^-/, '').split('.');
  const n = BigInt(int + frac.padEnd(p, '0'));
  return v.startsWith('-') ? -n : n;
}
function decimalSum(values: readonly string[]): { sum: bigint; places: number } {
  const p = Math.max(0, ...values.map(places));
  return { sum: values.reduce((a, v) => a + scaled(v, p), 0n), places: p };
}
function decimalText(n: bigint, p: number): string {
  if (p === 0) return n.toString();
  const digits = (n < 0n ? -n : n).toString().padStart(p + 1, '0');
  return `${n < 0n ? '-' : ''}${digits.slice(0, -p)}.${digits.slice(-p)}`;
}
const compareDecimal = (v: string, limit: number) => {
  const p = places(v);
  const a = scaled(v, p);
  const b = BigInt(limit) * 10n ** BigInt(p);
  return a < b ? -1 : a > b ? 1 : 0;
};

// --- indicators ---------------------------------------------------------------------------------------
const MONEY_UNIT = /^(亿元|万元|元)/;
/** Cost per head, per item or on average: not a share of the project's money. */
const PER_UNIT = /人均|单价|单位成本|平均|每(?:人|次|件|套|个|台|户|场|名|项|条|份|平方米|公里|年|月|天)/;
const isCost = (i: GoalIndicator) => level(i.level1) === '成本' || level(i.level2) === '成本';

/** A cost indicator that states an upper limit on an amount of the project's money. */
function costLimit(i: GoalIndicator): Fen | undefined {
  const t = i.target;
  if (!isCost(i) || !('op' in t) || !['<=', '<', '='].includes(t.op)) return undefined;
  if (!/^(亿元|万元|元)$/.test(t.unit) || PER_UNIT.test(i.name)) return undefined;
  return parseFen(t.value, t.unit as MoneyUnit) ?? undefined;
}

/**
 * The 二级 indicators each 一级 allows (names without 指标). Project goals follow the national framework
 * (产出: 数量/质量/时效, with 成本 under 产出 in the older framework still printed; 成本: 经济/社会/生态环境成本;
 * 效益: 经济/社会/生态效益, 可持续影响; 满意度). Department-wide goals add 履职效能 (its outputs and effects)
 * and 管理效率, whose 二级 vary by jurisdiction and are not checked.
 */
const PROJECT_LEVELS: Record<string, readonly string[] | null> = {
  产出: ['数量', '质量', '时效', '成本'],
  成本: ['经济成本', '社会成本', '生态环境成本'],
  效益: ['经济效益', '社会效益', '生态效益', '可持续影响'],
  满意度: ['满意度', '服务对象满意度'],
};
const DEPARTMENT_LEVELS: Record<string, readonly string[] | null> = {
  ...PROJECT_LEVELS,
  履职效能: ['数量', '质量', '时效', '成本', '经济效益', '社会效益', '生态效益', '可持续影响'],
  管理效率: null,
  服务对象满意度: ['满意度', '服务对象满意度'],
};

// --- the narrative's goal tables ------------------------------------------------------------------------
const NUMBER = String.raw`([0-9][0-9,]*(?:\.[0-9]+)?)`;
/** The unit a goal table's header gives its amounts ("项目资金(万元)"), else the narrative's. */
const headerUnit = (text: string, fallback: MoneyUnit): MoneyUnit =>
  (/[（(](亿元|万元|元)[)）]/.exec(text)?.[1] as MoneyUnit | undefined) ?? fallback;

function bareAmount(p: Passage, re: RegExp, from: number, to: number, unit: MoneyUnit): Stated | undefined {
  const m = p.find(re, from);
  if (!m || m.index >= to) return undefined;
  const number = m[1]!;
  const fen = parseFen(number, unit);
  if (fen === null) return undefined;
  return { fen, decimals: Math.max(2, places(number.replace(/,/g, ''))), unit, sentence: p.sentenceAt(m.index + m[0].indexOf(number)) };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const namePattern = (name: string) => name.replace(/\s+/g, '').split('').map(escape).join('\\s*');

/** The funds a published project goal table states ("年度预算总额 241.00 其中：财政拨款 177.00 其他资金 64.00"). */
function statedGoalFunds(p: Passage, name: string, unit: MoneyUnit) {
  for (const m of p.findAll(new RegExp(`项目名称[:：]?\\s*${namePattern(name)}`))) {
    const from = m.index + m[0].length;
    const next = p.find(/项目名称/, from);
    const to = next ? next.index : p.text.length;
    const u = headerUnit(p.text.slice(from, to), unit);
    const total = bareAmount(p, new RegExp(`年度预算总额\\s*${NUMBER}`), from, to, u);
    if (!total) continue;
    return {
      total,
      fiscal: bareAmount(p, new RegExp(`财政拨款\\s*${NUMBER}`), from, to, u),
      other: bareAmount(p, new RegExp(`其他资金\\s*${NUMBER}`), from, to, u),
    };
  }
  return undefined;
}

/** Reports the printed figures of a table (n of them, added) against an exact amount of the data, rounded as printed. */
function dataAgainstPrinted(ctx: RuleContext, c: { location: Location; what: { zh: string; en: string }; data: Fen; printed: Fen; n: number; unit: MoneyUnit }) {
  const rounded = roundToUnit(c.data, c.unit);
  reportComparison(ctx, { location: c.location, what: c.what, expected: rounded, actual: c.printed, bound: sumBound(c.n, c.unit), unit: c.unit });
}

// --- printed goal funds against the printed tables (a published document, no data) -----------------------

const FIELD_LABELS = {
  total: '年度预算总额',
  fiscal: '其中：财政拨款',
  currentFiscal: '其中：当年财政拨款',
  carryover: '上年结转资金',
  other: '其他资金',
  superior: '上级安排',
  own: '本级安排',
} as const;
const labelOf = (a: GoalAmount, field: keyof typeof FIELD_LABELS) => a.label ?? FIELD_LABELS[field];

/** A goal's printed total against its printed parts (年度预算总额 = 财政拨款 + 其他资金). */
function goalSum(ctx: RuleContext, g: Goal, total: [GoalAmount | undefined, keyof typeof FIELD_LABELS], parts: [GoalAmount | undefined, keyof typeof FIELD_LABELS][]): boolean {
  const [t, tf] = total;
  if (!t || parts.some(([a]) => !a)) return false;
  const ps = parts as [GoalAmount, keyof typeof FIELD_LABELS][];
  const labels = `${labelOf(t, tf)} = ${ps.map(([a, f]) => labelOf(a, f)).join(' + ')}`;
  reportComparison(ctx, {
    location: amountLocation(g, labelOf(t, tf), t),
    what: { zh: `${g.name}：${labels}`, en: `${g.name}: the goal table's total equals its parts (${labels})` },
    expected: sumFen(ps.map(([a]) => a.fen)),
    actual: t.fen,
    bound: sumBound(ps.length, t.unit),
    unit: t.unit,
  });
  return true;
}

/** The income table's grand total of a role, when it prints one. */
function incomeTotal(ctx: RuleContext, role: string): { fen: Fen; unit: MoneyUnit } | undefined {
  const table = tableOf(ctx, 'income_summary');
  const f = table ? totalFigure(table, role) : undefined;
  return table && f ? { fen: f.fen, unit: table.unit } : undefined;
}

/** Fiscal sources the income table could hold money of, by its roles. */
const FISCAL_ROLES = ['general', 'general_transfer', 'gov_fund', 'gov_fund_transfer', 'state_capital', 'state_capital_transfer'] as const;

/** Project tables of this year's appropriations (their columns' sources are all fiscal and current). */
function fiscalProjectTables(ctx: RuleContext) {
  return projectTables(ctx.doc).flatMap((table) => {
    const sources = roleSources(table.roles[0] ?? '');
    if (!sources) return [];
    const set = resolveSources(sources);
    return [...set].every((s) => (FISCAL_ROLES as readonly string[]).includes(s)) ? [{ table, sources: set }] : [];
  });
}

/**
 * This year's appropriations of a project as the project tables print them, when they hold all of them:
 * the sources the tables do not cover print zero in the income table's total (no 政府性基金, …).
 */
function printedCurrentFiscal(ctx: RuleContext, name: string) {
  const tables = fiscalProjectTables(ctx);
  if (tables.length === 0) return undefined;
  const covered = new Set(tables.flatMap((t) => [...t.sources]));
  const uncovered = FISCAL_ROLES.filter((r) => !covered.has(r));
  if (uncovered.some((r) => incomeTotal(ctx, r)?.fen !== 0)) return undefined;
  const rows = projectRowsOf(ctx.doc, name).filter((c) => tables.some((t) => t.table === c.table));
  return { fen: sumFen(rows.map((c) => figure(c.table, c.row, c.col))), n: Math.max(1, rows.length), unit: tables[0]!.table.unit, rows };
}

/** A project's cell of the carry-over table in a column (0 where the table does not list the project); undefined without the table or column. */
function carriedCell(ctx: RuleContext, name: string, role: string) {
  const table = tableOf(ctx, 'carryover_detail');
  const col = table ? column(table, role) : -1;
  if (!table || col < 0) return undefined;
  const row = carryoverProjects(ctx.doc).find((c) => sameName(c.row.name, name));
  return { fen: row ? figure(table, row.row, col) : 0, printed: row ? isPrinted(table, row.row, col) : false, unit: table.unit, location: row ? cellLocation(table, row.row, col) : { table: table.number, key: table.key, row: name } };
}

/** The printed funds of a project goal against the goal's own total and the printed project and carry-over tables. */
function printedProjectFunds(ctx: RuleContext, g: Goal): number {
  const f = g.printed.funds;
  let compared = 0;
  // the table's own sums: 年度预算总额 = 财政拨款 + 其他资金 (新疆); 年度资金申请总额 = 当年财政拨款 + 上年结转资金 + 其他资金 (上海)
  if (f.currentFiscal) compared += Number(goalSum(ctx, g, [f.total, 'total'], [[f.currentFiscal, 'currentFiscal'], [f.carryover, 'carryover'], [f.other, 'other']]));
  else compared += Number(goalSum(ctx, g, [f.total, 'total'], [[f.fiscal, 'fiscal'], [f.other, 'other']]));
  if (f.project) compared += Number(goalSum(ctx, g, [f.project.total, 'total'], [[f.project.fiscal, 'fiscal'], [f.project.other, 'other']]));
  // this year's appropriations: the project tables (and, where the goal counts them in, the carried-over ones)
  const current = printedCurrentFiscal(ctx, g.name);
  const fiscal = f.currentFiscal ?? f.fiscal;
  const carriedFiscal = f.currentFiscal ? { fen: 0, printed: false, unit: current?.unit ?? fiscal?.unit ?? '元' } : carriedCell(ctx, g.name, 'carryover_fiscal');
  if (current && fiscal && carriedFiscal) {
    compared++;
    const n = current.n + (carriedFiscal.printed ? 1 : 0);
    reportComparison(ctx, {
      location: current.rows[0] ? projectLocation(current.rows[0]) : amountLocation(g, labelOf(fiscal, f.currentFiscal ? 'currentFiscal' : 'fiscal'), fiscal),
      what: {
        zh: `${g.name}：绩效目标表${labelOf(fiscal, f.currentFiscal ? 'currentFiscal' : 'fiscal')} ${fiscal.text} 与项目支出表${carriedFiscal.printed ? '、上年结转结余表（财政拨款）' : ''}`,
        en: `${g.name}: the goal's appropriations (${fiscal.text}) against the project table${carriedFiscal.printed ? ' and the carried-over appropriations' : ''}`,
      },
      expected: current.fen + carriedFiscal.fen,
      actual: fiscal.fen,
      bound: printedBound(n, fiscal.unit, current.unit),
      unit: fiscal.unit,
    });
  }
  // the carried-over funds: printed apart (上海), or in 其他资金 when this year has no other money (新疆)
  const carried = carriedCell(ctx, g.name, f.currentFiscal ? 'carryover' : 'carryover_nonfiscal');
  const nonfiscalNow = ['all', 'fiscal', 'carryover_fiscal', 'carryover_nonfiscal'].map((r) => incomeTotal(ctx, r));
  const noOtherNow = nonfiscalNow.every((x) => x !== undefined) && nonfiscalNow[0]!.fen - nonfiscalNow[1]!.fen - nonfiscalNow[2]!.fen - nonfiscalNow[3]!.fen === 0;
  const carriedGoal = f.currentFiscal ? f.carryover : noOtherNow ? f.other : undefined;
  if (carried && carriedGoal) {
    compared++;
    const label = labelOf(carriedGoal, f.currentFiscal ? 'carryover' : 'other');
    reportComparison(ctx, {
      location: carried.location,
      what: { zh: `${g.name}：绩效目标表${label} ${carriedGoal.text} 与上年结转结余表`, en: `${g.name}: the goal's carried-over funds (${carriedGoal.text}) against the carry-over table` },
      expected: carried.fen,
      actual: carriedGoal.fen,
      bound: printedBound(1, carriedGoal.unit, carried.unit),
      unit: carriedGoal.unit,
    });
  }
  return compared;
}

/** The printed department goal's funds against the income table's total row. */
function printedDepartmentFunds(ctx: RuleContext, dept: DocumentGoal): number {
  const table = tableOf(ctx, 'income_summary');
  const total = table?.rows.find((r) => r.level === 0 && r.code === '' && !r.pair);
  if (!table || !total) return 0;
  const f = dept.funds;
  const printed = (roles: readonly string[]) => {
    const figures = roles.map((r) => totalFigure(table, r));
    return figures.every((x) => x !== undefined) ? { fen: sumFen(figures.map((x) => x!.fen)), n: roles.length, col: figures[0]!.columns[0] ?? -1 } : undefined;
  };
  let compared = 0;
  const compare = (zh: string, en: string, goal: (GoalAmount | undefined)[], tableSide: { fen: Fen; n: number; col: number } | undefined) => {
    if (!tableSide || goal.some((a) => !a)) return;
    const parts = goal as GoalAmount[];
    compared++;
    const n = parts.length + tableSide.n - 1;
    reportComparison(ctx, {
      location: cellLocation(table, total, tableSide.col),
      what: { zh: `部门整体绩效目标${zh}与收入总表`, en: `department goal ${en} against the income table` },
      expected: tableSide.fen,
      actual: sumFen(parts.map((a) => a.fen)),
      bound: printedBound(n, parts[0]!.unit, table.unit),
      unit: parts[0]!.unit,
    });
  };
  const fiscal = printed(['fiscal', 'carryover_fiscal']);
  const all = printed(['all']);
  compare('财政资金（本级安排 + 上级安排）', 'fiscal funds (own + superior)', [f.own, f.superior], fiscal);
  compare('财政资金：上级安排', 'fiscal funds from the level above', [f.superior], printed(['general_transfer', 'gov_fund_transfer', 'state_capital_transfer']));
  compare('其他资金', 'other funds', [f.other], all && fiscal ? { fen: all.fen - fiscal.fen, n: all.n + fiscal.n, col: all.col } : undefined);
  return compared;
}

export const performanceRules: Rule[] = [
  {
    id: 'PERF-WEIGHTS',
    family: 'performance',
    severity: 'error',
    title: { zh: '每张绩效目标表的指标分值权重合计等于模板规定的总分', en: "The indicator weights of each goal table add up to the template's total" },
    check(ctx) {
      const goals = goalsOf(ctx);
      const total = ctx.doc.template?.goalWeightTotal ?? ctx.unchecked('模板未规定绩效目标权重总分 (the template sets no goalWeightTotal)');
      // a table that prints no weights, or whose rows could not all be read, is not added
      const weighed = goals.filter((g) => g.indicators.length > 0 && g.indicators.every((i) => i.weight !== undefined) && !g.printed.notes?.length);
      if (weighed.length === 0) {
        ctx.unchecked(goals.some((g) => g.printed.notes?.length) ? '绩效目标表的指标行未能全部读出 (the goal tables\' indicator rows could not all be read)' : '绩效目标表未列分值权重 (the goal tables print no weights)');
      }
      for (const g of weighed) {
        const { sum, places: p } = decimalSum(g.indicators.map((i) => i.weight!));
        const expected = BigInt(total) * 10n ** BigInt(p);
        if (sum === expected) continue;
        const [actual, difference] = [decimalText(sum, p), decimalText(sum - expected, p)];
        ctx.report({
          message: {
            zh: `${g.name}：指标分值权重合计 ${actual}，应为 ${total}，相差 ${difference}`,
            en: `${g.name}: indicator weights add to ${actual}, expected ${total}, difference ${difference}`,
          },
          location: goalLocation(g, '分值权重'),
          expected: String(total),
          actual,
          difference,
        });
      }
    },
  },
  {
    id: 'PERF-COST-WITHIN-BUDGET',
    family: 'performance',
    severity: 'error',
    title: { zh: '以金额表示的成本指标合计不超过项目资金', en: "Cost indicators stated in money add up to at most the goal's funds" },
    check(ctx) {
      const goals = goalsOf(ctx);
      const d = ctx.doc.disclosure;
      let checked = 0;
      for (const g of goals) {
        const limits = g.indicators.map(costLimit).filter((v): v is Fen => v !== undefined);
        if (limits.length === 0) continue;
        // the goal's funds: the data's, else as its table prints them (a total, or its parts)
        const f = g.printed.funds;
        const parts = g.isProject ? [f.fiscal ?? f.currentFiscal, f.carryover, f.other] : [f.superior, f.own, f.other];
        const printed = f.total ?? (parts.some((a) => a) ? { fen: sumFen(parts.map((a) => a?.fen ?? 0)), unit: parts.find((a) => a)!.unit } : undefined);
        const funds = d ? (g.project ? projectFunds(d, g.project).total : departmentFunds(d).total) : printed?.fen;
        if (funds === undefined) continue;
        checked++;
        const unit = d ? ctx.doc.meta.unit : printed!.unit;
        reportAtMost(ctx, {
          location: goalLocation(g, '成本指标'),
          what: { zh: `${g.name}：成本指标合计不超过年度预算总额`, en: `${g.name}: cost indicators within the goal's funds` },
          limit: funds,
          actual: sumFen(limits),
          bound: sumBound(limits.length, unit),
          unit,
        });
      }
      if (checked === 0) ctx.notApplicable('没有以金额表示上限的成本指标 (no cost indicator caps an amount)');
    },
  },
  {
    id: 'PERF-ALLOCATIONS',
    family: 'performance',
    severity: 'error',
    title: { zh: '项目资金分配合计等于预算安排规模', en: "A project's allocation lines add up to its budget scale" },
    check(ctx) {
      const d = requireDisclosure(ctx, '资金分配明细只在准备数据中，公开文件说明中的“资金分配情况”尚未读取 (allocation lines come from prepared data: a published narrative\'s 资金分配情况 is not read yet)');
      const projects = d.projects.filter((p) => p.allocations.length > 0);
      if (projects.length === 0) ctx.notApplicable('没有项目资金分配明细 (no allocation lines)');
      const text = ctx.doc.narrative ? new Passage(ctx.doc.narrative) : undefined;
      for (const p of projects) {
        const scale = projectMoney(d, p.id, ['current']);
        const rows = projectRowsOf(ctx.doc, p.name);
        const location = rows[0] ? projectLocation(rows[0]) : { key: 'performance_goals' as const, row: p.name };
        reportComparison(ctx, {
          location,
          what: { zh: `${p.name}：资金分配合计 = 预算安排规模`, en: `${p.name}: allocations add up to the budget scale` },
          expected: scale,
          actual: sumFen(p.allocations.map((a) => a.amount)),
          bound: 0,
          unit: ctx.doc.meta.unit,
        });
        // The scale the narrative states for the project ("项目名称：… 预算安排规模：177.00万元").
        for (const m of text?.findAll(new RegExp(`项目名称[:：]\\s*${namePattern(p.name)}`)) ?? []) {
          const next = text!.find(/项目名称/, m.index + m[0].length);
          const stated = text!.find(new RegExp(`预算安排规模[:：]?\\s*${AMOUNT}`), m.index + m[0].length);
          if (!stated || (next && stated.index > next.index)) continue;
          const amount = text!.amount(stated)!;
          compareWithData(ctx, { stated: amount, what: { zh: `${p.name}：所述预算安排规模`, en: `${p.name}: the stated budget scale` }, exact: scale });
        }
      }
    },
  },
  {
    id: 'PERF-FUNDS',
    family: 'performance',
    severity: 'error',
    title: {
      zh: '项目绩效目标的资金（年度预算总额 = 财政拨款 + 其他资金）与项目支出表、上年结转结余表一致',
      en: "A project goal's funds (total = appropriations + other funds) agree with the project and carry-over tables",
    },
    check(ctx) {
      const goals = goalsOf(ctx);
      const projectGoals = goals.filter((g) => g.isProject);
      if (projectGoals.length === 0) ctx.notApplicable('没有项目绩效目标表 (no project goal tables)');
      const d = ctx.doc.disclosure;
      if (!d) {
        // a published document: the printed goal funds add up and agree with the printed tables
        const compared = projectGoals.reduce((n, g) => n + printedProjectFunds(ctx, g), 0);
        if (compared === 0) ctx.unchecked('绩效目标表未印出可加总的资金，也没有项目支出表、上年结转结余表可比对 (the goal tables print no funds to add, and no project or carry-over table to compare)');
        return;
      }
      const carryTable = tableOf(ctx, 'carryover_detail');
      const carried = carryoverProjects(ctx.doc);
      const text = ctx.doc.narrative ? new Passage(ctx.doc.narrative) : undefined;
      let compared = 0;
      for (const g of projectGoals.filter((x) => x.project !== undefined)) {
        const id = g.project!;
        // This year's money as the project tables print it (each table's own sources).
        for (const table of projectTables(ctx.doc)) {
          const rows = projectRowsOf(ctx.doc, g.name).filter((c) => c.table === table);
          const sources = roleSources(table.roles[rows[0]?.col ?? 0] ?? '');
          if (!sources) continue;
          const data = projectMoney(d, id, sources.filter((s) => !s.startsWith('carryover')) as (FundSource | FundGroup)[]);
          if (data === 0 && rows.length === 0) continue;
          compared++;
          dataAgainstPrinted(ctx, {
            location: rows[0] ? projectLocation(rows[0]) : { ...(table.page !== undefined ? { page: table.page } : {}), table: table.number, key: table.key, row: g.name },
            what: { zh: `${g.name}：绩效目标表的本年资金与项目支出表`, en: `${g.name}: the goal's current-year funds against the project table` },
            data,
            printed: rows.reduce((a, c) => a + figure(c.table, c.row, c.col), 0),
            n: rows.length,
            unit: table.unit,
          });
        }
        // The carried-over part as the carry-over table prints it.
        const carry = projectMoney(d, id, ['carryover']);
        const row = carried.find((c) => sameName(c.row.name, g.name));
        if (carryTable && (carry !== 0 || row)) {
          compared++;
          dataAgainstPrinted(ctx, {
            location: row ? cellLocation(row.table, row.row, row.col) : { table: carryTable.number, key: carryTable.key, row: g.name },
            what: { zh: `${g.name}：绩效目标表的上年结转资金与上年结转结余表`, en: `${g.name}: the goal's carried-over funds against the carry-over table` },
            data: carry,
            printed: row ? figure(row.table, row.row, row.col) : 0,
            n: 1,
            unit: carryTable.unit,
          });
        }
        // A published goal table's funds.
        const stated = text && statedGoalFunds(text, g.name, ctx.doc.meta.unit);
        if (!stated) continue;
        const funds = projectFunds(d, id);
        const parts: [Stated | undefined, Fen, string, string][] = [
          [stated.total, funds.total, '年度预算总额', 'total'],
          [stated.fiscal, funds.fiscal, '其中：财政拨款', 'of which fiscal'],
          [stated.other, funds.other, '其他资金', 'other funds'],
        ];
        for (const [s, expected, zh, en] of parts) {
          if (!s) continue;
          compared++;
          compareWithData(ctx, { stated: s, what: { zh: `${g.name}：绩效目标表${zh}`, en: `${g.name}: goal table ${en}` }, exact: expected });
        }
      }
      if (compared === 0) ctx.unchecked('没有项目支出表、上年结转结余表或公开的目标表资金可比对 (no table or published goal funds to compare)');
    },
  },
  {
    id: 'PERF-DEPT-FUNDS',
    family: 'performance',
    severity: 'error',
    title: {
      zh: '部门整体绩效目标的资金：本级 + 上级 = 财政拨款合计，其他 = 其余资金',
      en: 'The department goal funds: own + superior = fiscal total of the tables, other = the rest',
    },
    check(ctx) {
      const goals = goalsOf(ctx);
      const dept = goals.find((g) => !g.isProject) ?? ctx.notApplicable('没有部门整体绩效目标表 (no department-wide goal)');
      const d = ctx.doc.disclosure;
      if (!d) {
        // a published document: the printed 上级安排, 本级安排 and 其他资金 against the income table's total row
        if (printedDepartmentFunds(ctx, dept.printed) === 0) ctx.unchecked('部门整体绩效目标表未印出资金来源，或没有收入总表可比对 (no department goal funds or no income table to compare)');
        return;
      }
      const funds = departmentFunds(d);
      const table = tableOf(ctx, 'income_summary');
      const total = table?.rows.find((r) => r.level === 0 && r.code === '' && !r.pair);
      const unit = table?.unit ?? ctx.doc.meta.unit;
      // Each part from the income table's total row where it has the column, else from the data rounded
      // as the table would print it (an addend like the printed ones). `shown` counts the printed parts.
      const part = (roles: readonly string[], sources: readonly (FundSource | FundGroup)[][]) => {
        let printed = 0;
        let n = 0;
        let shown = 0;
        roles.forEach((role, k) => {
          // the role's column of the total row, or a list's lines that hold it (Jiangsu 2017 收入预算总表)
          const printedFigure = table && total ? totalFigure(table, role) : undefined;
          if (printedFigure) {
            printed += printedFigure.fen;
            n++;
            shown++;
          } else {
            const data = sumItems(d.lineItems, compileFilter({ sources: sources[k]! }));
            printed += roundToUnit(data, unit);
            if (data !== 0) n++;
          }
        });
        const first = table && total ? totalFigure(table, roles[0]!) : undefined;
        return { printed, n, shown, col: first?.columns[0] ?? -1 };
      };
      const superior = part(['general_transfer', 'gov_fund_transfer', 'state_capital_transfer'], [['general_transfer'], ['gov_fund_transfer'], ['state_capital_transfer']]);
      const fiscal = part(['fiscal', 'carryover_fiscal'], [['fiscal'], ['carryover_fiscal']]);
      const all = part(['all'], [['all']]);
      const checks: [string, string, Fen, { printed: Fen; n: number; shown: number; col: number }][] = [
        ['财政资金（本级安排 + 上级安排）', 'fiscal funds (own + superior)', funds.own + funds.superior, fiscal],
        ['财政资金：上级安排', 'fiscal funds from the level above', funds.superior, superior],
        ['其他资金', 'other funds', funds.other, { printed: all.printed - fiscal.printed, n: all.n + fiscal.n, shown: all.shown + fiscal.shown, col: all.col }],
      ];
      let compared = 0;
      if (table && total) {
        for (const [zh, en, data, p] of checks) {
          if (p.shown === 0) continue;
          compared++;
          dataAgainstPrinted(ctx, {
            location: cellLocation(table, total, p.col),
            what: { zh: `部门整体绩效目标${zh}与收入总表`, en: `department goal ${en} against the income table` },
            data,
            printed: p.printed,
            n: p.n,
            unit,
          });
        }
      }
      // A published department goal table ("上级安排 0.00 本级安排 1,733.57 … 其他 112.00").
      const sentences = ctx.doc.narrative ?? [];
      const start = sentences.findIndex((s) => /部门整体(?:支出)?绩效目标表/.test(s.text));
      if (start < 0) {
        if (compared === 0) ctx.unchecked('没有收入总表或公开的部门整体绩效目标表可比对 (no income table or published department goal)');
        return;
      }
      const p = new Passage(sentences.slice(start));
      const end = p.find(/项目(?:支出)?绩效目标表/)?.index ?? p.text.length;
      const u = headerUnit(p.text.slice(0, end), ctx.doc.meta.unit);
      const stated: [Stated | undefined, Fen, string, string][] = [
        [bareAmount(p, new RegExp(`上级安排\\s*${NUMBER}`), 0, end, u), funds.superior, '上级安排', 'from the level above'],
        [bareAmount(p, new RegExp(`本级安排\\s*${NUMBER}`), 0, end, u), funds.own, '本级安排', 'own'],
        [bareAmount(p, new RegExp(`其他资金(?:[（(][^）)]*[)）])?\\s*(?:其他)?\\s*${NUMBER}`), 0, end, u), funds.other, '其他资金', 'other funds'],
      ];
      for (const [s, expected, zh, en] of stated) {
        if (s) compareWithData(ctx, { stated: s, what: { zh: `部门整体绩效目标表${zh}`, en: `department goal table: ${en}` }, exact: expected });
      }
    },
  },
  {
    id: 'PERF-GOAL-PER-PROJECT',
    family: 'performance',
    severity: 'warning',
    title: { zh: '每个有本年财政拨款的项目都有绩效目标表', en: 'Every project with current-year fiscal money has a goal table' },
    check(ctx) {
      const printed = documentGoals(ctx);
      const d = ctx.doc.disclosure;
      if (!d) {
        // a published document: the projects of this year's appropriations as the project tables list them
        if (!hasGoals(printed)) ctx.unchecked(NONE_PRINTED);
        const tables = fiscalProjectTables(ctx).map((t) => t.table);
        if (tables.length === 0) ctx.unchecked('没有列出本年财政拨款项目的项目支出表 (no project table lists this year\'s projects)');
        const rows = listedProjects(ctx.doc).filter((c) => tables.includes(c.table) && figure(c.table, c.row, c.col) !== 0);
        const names = [...new Set(rows.map((c) => normName(c.row.project!)))];
        if (names.length === 0) ctx.notApplicable('没有本年财政拨款项目 (no project with current-year fiscal money)');
        for (const name of names) {
          if (printed.projects.some((g) => sameName(g.name, name))) continue;
          const own = rows.filter((c) => normName(c.row.project!) === name);
          const money = shown(sumFen(own.map((c) => figure(c.table, c.row, c.col))), own[0]!.table.unit);
          ctx.report({
            message: { zh: `项目“${own[0]!.row.project}”有本年财政拨款 ${money}，但没有项目支出绩效目标表`, en: `Project "${own[0]!.row.project}" has ${money} of current-year fiscal money but no goal table` },
            location: projectLocation(own[0]!),
          });
        }
        return;
      }
      const funded = d.projects.filter((p) => projectMoney(d, p.id, ['fiscal']) !== 0);
      if (funded.length === 0) ctx.notApplicable('没有本年财政拨款项目 (no project with current-year fiscal money)');
      for (const p of funded) {
        if (printed.projects.some((g) => g.project === p.id)) continue;
        const row = projectRowsOf(ctx.doc, p.name)[0];
        const money = shown(projectMoney(d, p.id, ['fiscal']), ctx.doc.meta.unit);
        ctx.report({
          message: {
            zh: `项目“${p.name}”有本年财政拨款 ${money}，但没有项目支出绩效目标表`,
            en: `Project "${p.name}" has ${money} of current-year fiscal money but no goal table`,
          },
          location: row ? projectLocation(row) : { key: 'performance_goals', row: p.name },
        });
      }
    },
  },
  {
    id: 'PERF-LEVELS',
    family: 'performance',
    severity: 'error',
    title: { zh: '一级指标属于规定范围，二级指标与一级指标相符', en: 'Level-1 indicators are from the allowed set and level-2 indicators match them' },
    check(ctx) {
      const goals = goalsOf(ctx);
      for (const g of goals) {
        const allowed = g.isProject ? PROJECT_LEVELS : DEPARTMENT_LEVELS;
        for (const i of g.indicators) {
          const l1 = level(i.level1);
          const l2 = level(i.level2);
          if (!(l1 in allowed)) {
            ctx.report({
              message: {
                zh: `${g.name}：一级指标“${i.level1}”不在规定范围（${Object.keys(allowed).map((k) => `${k}指标`).join('、')}）`,
                en: `${g.name}: level-1 indicator "${i.level1}" is not one of ${Object.keys(allowed).join(', ')}`,
              },
              location: indicatorLocation(g, i),
              actual: i.level1,
            });
            continue;
          }
          const under = allowed[l1];
          if (under && !under.includes(l2)) {
            ctx.report({
              message: {
                zh: `${g.name}：二级指标“${i.level2}”不属于一级指标“${i.level1}”（应为 ${under.map((k) => `${k}指标`).join('、')}）`,
                en: `${g.name}: level-2 indicator "${i.level2}" does not belong under "${i.level1}" (expected one of ${under.join(', ')})`,
              },
              location: indicatorLocation(g, i),
              expected: under.map((k) => `${k}指标`).join('、'),
              actual: i.level2,
            });
          }
        }
      }
    },
  },
  {
    id: 'PERF-TARGET-FORM',
    family: 'performance',
    severity: 'error',
    title: { zh: '指标值格式正确：有运算符和与指标相符的计量单位，比率不超过 100%', en: 'Targets are well-formed: operator, a unit that fits the indicator, rates at most 100%' },
    check(ctx) {
      const goals = goalsOf(ctx);
      for (const g of goals) {
        for (const i of g.indicators) {
          const t = i.target;
          const bad = (zh: string, en: string, severity?: 'warning') =>
            ctx.report({ ...(severity ? { severity } : {}), message: { zh: `${g.name}：“${i.name}”${zh}`, en: `${g.name}: "${i.name}" ${en}` }, location: indicatorLocation(g, i), actual: 'op' in t ? `${t.op}${t.value}${t.unit}` : t.text });
          if (!('op' in t)) {
            if (/^\s*[<>=≥≤＞＜]/.test(t.text)) bad('的指标值写成文字，未分出运算符、数值和单位', 'has a numeric target written as text, without operator, value and unit apart');
            continue;
          }
          const unit = t.unit.trim();
          if (unit === '') {
            bad('的指标值缺少计量单位', 'has a numeric target without a unit');
            continue;
          }
          if (t.value.startsWith('-')) bad('的指标值为负数', 'has a negative target');
          if (isCost(i) && !MONEY_UNIT.test(unit)) bad(`是成本指标，计量单位应为金额（元、万元），而不是“${unit}”`, `is a cost indicator: its unit should be money (元, 万元), not "${unit}"`);
          const rate = /率|比例|占比|满意度/.test(i.name);
          if (unit === '%' && compareDecimal(t.value, 100) > 0 && !/增长|增幅|增速|提高|提升|超/.test(i.name)) {
            bad(`的比率目标 ${t.value}% 超过 100%`, `has a rate target of ${t.value}%, over 100%`);
          }
          if (rate && unit !== '%' && !(unit === '分' && /满意度/.test(i.name))) bad(`是比率，计量单位应为 %，而不是“${unit}”`, `is a rate: its unit should be %, not "${unit}"`, 'warning');
          if (/人数/.test(i.name) && !/人/.test(unit)) bad(`是人数，计量单位应为人，而不是“${unit}”`, `counts people: its unit should be 人, not "${unit}"`, 'warning');
        }
      }
    },
  },
  {
    id: 'PERF-COUNTS',
    family: 'performance',
    severity: 'error',
    title: { zh: '预算绩效情况所述目标个数、项目个数与所列相符', en: 'The counts of goals and projects the 预算绩效 paragraph states match those listed' },
    check(ctx) {
      const printed = documentGoals(ctx);
      const d = ctx.doc.disclosure;
      const sentences = ctx.doc.narrative ?? ctx.unchecked('没有情况说明文字 (no narrative)');
      // without data: the goals the document prints (none to count when it prints no goal table) and the
      // projects of this year's appropriations its project tables list
      const goalsPrinted = d !== undefined || hasGoals(printed);
      const tables = d ? [] : fiscalProjectTables(ctx).map((t) => t.table);
      const listed = new Set(listedProjects(ctx.doc).filter((c) => tables.includes(c.table) && figure(c.table, c.row, c.col) !== 0).map((c) => normName(c.row.project!)));
      const counts: [RegExp, number | undefined, { zh: string; en: string }][] = [
        [/整体(?:支出)?(?:预算)?绩效目标\s*([0-9]+)\s*个/, goalsPrinted ? (printed.department ? 1 : 0) : undefined, { zh: '部门整体绩效目标个数', en: 'number of department-wide goals' }],
        [/预算安排(?:的)?项目(?:共)?\s*([0-9]+)\s*个/, d ? currentProjects(d).length : tables.length ? listed.size : undefined, { zh: '当年预算安排项目个数', en: 'number of projects funded this year' }],
        [/编报(?:了)?绩效目标的项目(?:共)?\s*([0-9]+)\s*个/, goalsPrinted ? printed.projects.length : undefined, { zh: '编报绩效目标的项目个数', en: 'number of projects with goals' }],
      ];
      let found = 0;
      let compared = 0;
      for (const p of statementsAbout(sentences, /绩效/)) {
        for (const [re, expected, what] of counts) {
          for (const m of p.findAll(re)) {
            found++;
            if (expected === undefined) continue;
            compared++;
            const c = p.count(m)!;
            reportCount(ctx, { location: textLocation(c.sentence), what, expected, actual: c.value, unitWord: '个' });
          }
        }
      }
      if (found === 0) ctx.notApplicable('情况说明未说明绩效目标或项目个数 (the narrative states no counts)');
      if (compared === 0) ctx.unchecked('所述个数无从核对：公开文件未印出绩效目标表，也没有列出项目的项目支出表 (the counts stated cannot be checked: no goal table and no project table printed)');
    },
  },
];
