// Family 2 — identities across tables: the same money printed in two tables must agree. Tables are found by
// key, columns by role, rows by code or by the template's line labels, so a rule reads any template's tables.
// A finding stands in the table the rule checks (its message names the other table's figure); a table the
// template does not have makes a rule not applicable.
import type { CheckTable } from '../check/document.ts';
import { FUND_GROUPS, FUND_SOURCES, SPENDING_KINDS, type FundSource, type SpendingKind } from '../model/fund-source.ts';
import { parseFen } from '../model/money.ts';
import type { TableKey } from '../tables/table-model.ts';
import type { StatedItem, ThreePublicItem, ThreePublicSpec } from '../templates/template.ts';
import {
  absent,
  cellFigure,
  codeFigures,
  hasRole,
  incomeFigure,
  incomeLines,
  needTable,
  pairedClassRows,
  parseRole,
  reportAgainst,
  reportCodes,
  spendingSide,
  templateTable,
  totalFigure,
  totalOrEmpty,
  totalRow,
  withSources,
  type Figure,
  type Role,
} from './cross-figures.ts';
import { rowLabel } from './figures.ts';
import type { Rule, RuleContext, Severity } from './types.ts';

const ALL = parseRole('all')!;
const role = (sources: Iterable<FundSource>, kinds: Iterable<SpendingKind> = SPENDING_KINDS): Role => ({ sources: new Set(sources), kinds: new Set(kinds), econ: '' });

const rule = (id: string, title: { zh: string; en: string }, check: (ctx: RuleContext) => void, severity: Severity = 'error'): Rule => ({
  id,
  family: 'cross-table',
  severity,
  title,
  check,
});

/** Ends the rule as unchecked when nothing could be compared. */
function compared(ctx: RuleContext, count: number, what: string): void {
  if (count === 0) ctx.unchecked(`${what}无可比较的数字 (nothing to compare)`);
}

/** A role of exactly this year's appropriations (财政拨款), all kinds. */
const isFiscal = (r: Role | undefined) =>
  r !== undefined && r.kinds.size === SPENDING_KINDS.length && r.sources.size === FUND_GROUPS.fiscal.length && FUND_GROUPS.fiscal.every((s) => r.sources.has(s));

// ——— Two-sided tables against tables by function ———

/** A two-sided table's spending column `r`, per function 类 and in total, against a table by function. */
function pairedAgainst(ctx: RuleContext, paired: CheckTable, byFunction: CheckTable, r: string, withTotal: boolean): number {
  if (!hasRole(byFunction, r)) ctx.unchecked(`表${byFunction.number}无“${r}”列 (no such column)`);
  const classes = new Map<string, Figure>();
  for (const [code, row] of pairedClassRows(paired, [byFunction])) {
    const f = cellFigure(paired, spendingSide(row), r);
    if (f) classes.set(code, f);
  }
  const other = new Map([...codeFigures(byFunction, r)].filter(([code]) => code.length === 3));
  let count = reportCodes(ctx, { table: paired, figures: classes }, { table: byFunction, figures: other });
  const total = totalRow(paired);
  const totalOther = totalFigure(byFunction, r);
  const at = total && cellFigure(paired, total, r);
  if (withTotal && at && totalOther) {
    reportAgainst(ctx, at, totalOther);
    count++;
  }
  return count;
}

/** The fund columns of 财政拨款收支总表 against the table of that fund. */
const fiscalFundRule = (id: string, fund: string, key: TableKey, title: { zh: string; en: string }) =>
  rule(id, title, (ctx) => {
    const t4 = needTable(ctx, 'fiscal_summary');
    if (!t4.roles.includes(fund)) ctx.notApplicable(`表${t4.number}无此资金列 (no ${fund} column)`);
    compared(ctx, pairedAgainst(ctx, t4, needTable(ctx, key), fund, true), title.zh);
  });

// ——— Tables by function against each other ———

/** A table by function against another, code by code (total included), for the column role `r` of both. */
function codesAgainst(ctx: RuleContext, at: CheckTable, other: CheckTable, r: Role | string, relation: 'equal' | 'at_most' = 'equal'): number {
  if (!hasRole(other, r)) ctx.notApplicable(`表${other.number}未分列此资金 (no such column)`);
  if (!hasRole(at, r)) ctx.notApplicable(`表${at.number}未分列此资金 (no such column)`);
  return reportCodes(ctx, { table: at, figures: codeFigures(at, r) }, { table: other, figures: codeFigures(other, r) }, relation);
}

/** 收入总表's columns of a fund, code by code, against the expenditure table of that fund. */
const incomeFundRule = (id: string, fund: string, key: TableKey, title: { zh: string; en: string }) =>
  rule(id, title, (ctx) => {
    const t2 = needTable(ctx, 'income_summary');
    compared(ctx, codesAgainst(ctx, needTable(ctx, key), t2, fund), title.zh);
  });

// ——— 三公 ———

const THREE_PUBLIC_WORDING: Record<Exclude<ThreePublicItem, StatedItem>, (label: string) => boolean> = {
  abroad: (l) => /出国/.test(l),
  reception: (l) => /接待/.test(l),
  vehiclePurchase: (l) => /购置/.test(l) && !/运行/.test(l),
  vehicleOperation: (l) => /运行/.test(l) && !/购置/.test(l),
};

/** The 三公 table's figure of one item from the general budget (or from every fund, where it has no split). */
function threePublicFigure(ctx: RuleContext, t: CheckTable, item: Exclude<ThreePublicItem, StatedItem>): Figure | undefined {
  const single = t.roles.indexOf(`three_public:${item}`);
  if (single >= 0 && t.rows[0]) return { table: t, row: rowLabel(t.rows[0]), columns: [single], ...figureAt(t, 0, single) };
  const general = t.roles.indexOf('general');
  const spec = ctx.doc.template?.tables.find((s): s is ThreePublicSpec => s.key === t.key && s.view === 'three_public');
  const label = spec?.lines.find((l) => l.items.length === 1 && l.items[0] === item)?.label;
  const row = t.rows.find((r) => r.name === label) ?? t.rows.find((r) => THREE_PUBLIC_WORDING[item](r.name));
  if (general < 0 || !row) return undefined;
  return { table: t, row: rowLabel(row), columns: [general], ...figureAt(t, t.rows.indexOf(row), general) };
}

function figureAt(t: CheckTable, row: number, column: number): { fen: number; addends: number } {
  const text = t.rows[row]?.values[column] ?? '';
  return { fen: parseFen(text, t.unit) ?? 0, addends: text === '' ? 0 : 1 };
}

const threePublicRule = (id: string, item: Exclude<ThreePublicItem, StatedItem>, econ: string, title: { zh: string; en: string }) =>
  rule(id, title, (ctx) => {
    const t6 = needTable(ctx, 'general_budget_basic_expenditure');
    const t10 = needTable(ctx, 'three_public_expenses');
    const tp = threePublicFigure(ctx, t10, item) ?? ctx.unchecked(`表${t10.number}无此项 (no ${item} line)`);
    const basic = codeFigures(t6, 'general_budget.basic').get(econ) ?? absent(t6, `${econ}（未列示）`);
    // 三公 also counts project money: the basic economic item is a lower bound of it.
    reportAgainst(ctx, tp, basic, 'at_least');
  });

// ——— 机关运行经费 ———

/** The 机关运行经费 the document states: its table column, the disclosure, or the narrative. */
function statedOperatingCosts(ctx: RuleContext, t6: CheckTable): Figure | undefined {
  const t10 = ctx.doc.tables.find((t) => t.key === 'three_public_expenses');
  const column = t10 ? t10.roles.indexOf('three_public:operatingCosts') : -1;
  if (t10 && column >= 0 && t10.rows[0]) return { table: t10, row: rowLabel(t10.rows[0]), columns: [column], ...figureAt(t10, 0, column) };
  const name = { zh: '机关运行经费', en: '机关运行经费 (operating costs)' };
  const total = totalRow(t6);
  const publicCell = t6.roles.findIndex((r) => parseRole(r)?.kinds.size === 1 && parseRole(r)?.kinds.has('public'));
  if (ctx.doc.disclosure) {
    return {
      fen: ctx.doc.disclosure.operatingCosts,
      addends: 1,
      table: t6,
      row: '机关运行经费',
      columns: [],
      name: { zh: '机关运行经费（披露数据 operatingCosts）', en: 'operating costs as stated in the disclosure' },
      ...(total ? { location: { ...(t6.page !== undefined ? { page: t6.page } : {}), table: t6.number, key: t6.key, row: rowLabel(total), ...(publicCell >= 0 ? { column: t6.columns[publicCell]! } : {}) } } : {}),
    };
  }
  for (const s of ctx.doc.narrative ?? []) {
    const m = /机关运行经费([^。；]*?)(-?\d[\d,]*(?:\.\d+)?)\s*(亿元|万元|元)/.exec(s.text);
    if (!m || /比|较|增|减/.test(m[1]!)) continue;
    const fen = parseFen(m[2]!.replace(/,/g, ''), m[3] as '元' | '万元' | '亿元');
    if (fen === null) continue;
    return { fen, addends: 1, table: t6, row: '', columns: [], unit: m[3] as '元' | '万元' | '亿元', name, location: { ...(s.page !== undefined ? { page: s.page } : {}), text: s.text } };
  }
  return undefined;
}

// ——— The rules ———

export const crossTableRules: Rule[] = [
  rule('X-SUMMARY-INCOME-TOTAL', { zh: '收支总表“收入总计”等于收入总表总计', en: 'The summary table’s income total equals the income table’s total' }, (ctx) => {
    const t1 = needTable(ctx, 'income_expenditure_summary');
    const t2 = needTable(ctx, 'income_summary');
    const total = incomeLines(ctx, t1).find((l) => l.total) ?? ctx.unchecked('未识别收入总计行 (income total line not found)');
    const other = totalFigure(t2, withSources(ALL, total.sources)) ?? ctx.unchecked(`表${t2.number}总计无法取得 (no total)`);
    reportAgainst(ctx, total.figure, other);
  }),

  rule('X-SUMMARY-EXPENDITURE-TOTAL', { zh: '收支总表“支出总计”等于支出总表总计', en: 'The summary table’s spending total equals the expenditure table’s total' }, (ctx) => {
    const t1 = needTable(ctx, 'income_expenditure_summary');
    const t3 = needTable(ctx, 'expenditure_summary');
    const total = totalRow(t1) ?? ctx.unchecked('未识别支出总计行 (spending total line not found)');
    let count = 0;
    for (const r of new Set(t1.roles.filter((x) => x !== 'income'))) {
      const at = cellFigure(t1, total, r);
      const other = totalFigure(t3, r);
      if (at && other) {
        reportAgainst(ctx, at, other);
        count++;
      }
    }
    compared(ctx, count, '支出总计');
  }),

  rule('X-SUMMARY-CLASS', { zh: '收支总表各“类”支出等于支出总表该类合计', en: 'Each function 类 of the summary table equals its total in the expenditure table' }, (ctx) => {
    const t1 = needTable(ctx, 'income_expenditure_summary');
    const t3 = needTable(ctx, 'expenditure_summary');
    let count = 0;
    for (const r of new Set(t1.roles.filter((x) => x !== 'income' && hasRole(t3, x)))) count += pairedAgainst(ctx, t1, t3, r, false);
    compared(ctx, count, '收支总表支出');
  }),

  rule('X-INCOME-SOURCES', { zh: '收支总表各收入项目等于收入总表总计行对应资金列', en: 'Each income line of the summary table equals the income table’s total of those sources' }, (ctx) => {
    const t1 = needTable(ctx, 'income_expenditure_summary');
    const t2 = needTable(ctx, 'income_summary');
    let count = 0;
    for (const line of incomeLines(ctx, t1).filter((l) => !l.total)) {
      const other = totalFigure(t2, withSources(ALL, line.sources));
      if (other) {
        reportAgainst(ctx, line.figure, other);
        count++;
      }
    }
    compared(ctx, count, '收入项目');
  }),

  rule('X-INCOME-EXPENDITURE-ROWS', { zh: '收入总表各科目总计等于支出总表该科目合计', en: 'Income by function code equals spending by the same code' }, (ctx) => {
    const t2 = needTable(ctx, 'income_summary');
    compared(ctx, codesAgainst(ctx, t2, needTable(ctx, 'expenditure_summary'), 'all'), '收入总表');
  }),

  rule('X-FISCAL-INCOME', { zh: '财政拨款收支总表各收入项目等于收支总表对应收入', en: 'The fiscal summary’s income lines equal the summary table’s lines of the same funds' }, (ctx) => {
    const t4 = needTable(ctx, 'fiscal_summary');
    const t1 = needTable(ctx, 'income_expenditure_summary');
    const lines1 = incomeLines(ctx, t1);
    let count = 0;
    for (const line of incomeLines(ctx, t4).filter((l) => !l.total)) {
      const other = incomeFigure(t1, lines1, line.sources);
      if (other) {
        reportAgainst(ctx, line.figure, other);
        count++;
      }
    }
    compared(ctx, count, '财政拨款收入项目');
  }),

  rule('X-BALANCE-FISCAL', { zh: '财政拨款收支总表“收入总计”等于收支总表财政拨款收入', en: 'The fiscal summary’s income total equals the fiscal income lines of the summary table' }, (ctx) => {
    const t4 = needTable(ctx, 'fiscal_summary');
    const t1 = needTable(ctx, 'income_expenditure_summary');
    const total = incomeLines(ctx, t4).find((l) => l.total) ?? ctx.unchecked('未识别收入总计行 (income total line not found)');
    const other = incomeFigure(t1, incomeLines(ctx, t1), total.sources) ?? ctx.unchecked(`表${t1.number}无对应收入项目 (no matching lines)`);
    reportAgainst(ctx, total.figure, other);
  }),

  rule('X-FISCAL-CLASS', { zh: '财政拨款收支总表各类支出等于收入总表财政拨款小计', en: 'The fiscal summary’s spending by 类 equals the income table’s fiscal subtotal' }, (ctx) => {
    const t4 = needTable(ctx, 'fiscal_summary');
    const t2 = needTable(ctx, 'income_summary');
    const r =
      t4.roles.find((x) => isFiscal(parseRole(x)) && hasRole(t2, x)) ??
      ctx.notApplicable('无财政拨款合计列 (no fiscal total column)');
    compared(ctx, pairedAgainst(ctx, t4, t2, r, true), '财政拨款支出');
  }),

  fiscalFundRule('X-FISCAL-GENERAL', 'general_budget', 'general_budget_expenditure', {
    zh: '财政拨款收支总表一般公共预算列等于一般公共预算支出表（按类及总计）',
    en: 'The fiscal summary’s general budget column equals the general budget table, by 类 and in total',
  }),
  fiscalFundRule('X-FISCAL-GOV-FUND', 'gov_fund_budget', 'gov_fund_expenditure', {
    zh: '财政拨款收支总表政府性基金预算列等于政府性基金预算支出表（空表为零）',
    en: 'The fiscal summary’s government fund column equals the government fund table (zero when it is empty)',
  }),
  fiscalFundRule('X-FISCAL-STATE-CAPITAL', 'state_capital_budget', 'state_capital_expenditure', {
    zh: '财政拨款收支总表国有资本经营预算列等于国有资本经营预算支出表（空表为零）',
    en: 'The fiscal summary’s state capital column equals the state capital table (zero when it is empty)',
  }),

  incomeFundRule('X-INCOME-GENERAL', 'general_budget', 'general_budget_expenditure', {
    zh: '一般公共预算支出表各科目等于收入总表一般公共预算（含上级转移支付）',
    en: 'The general budget table equals the income table’s general budget columns (transfers included), code by code',
  }),
  incomeFundRule('X-INCOME-GOV-FUND', 'gov_fund_budget', 'gov_fund_expenditure', {
    zh: '政府性基金预算支出表各科目等于收入总表政府性基金预算（含上级转移支付）',
    en: 'The government fund table equals the income table’s government fund columns, code by code',
  }),
  incomeFundRule('X-INCOME-STATE-CAPITAL', 'state_capital_budget', 'state_capital_expenditure', {
    zh: '国有资本经营预算支出表各科目等于收入总表国有资本经营预算（含上级转移支付）',
    en: 'The state capital table equals the income table’s state capital columns, code by code',
  }),

  rule('X-EXPENDITURE-GENERAL', { zh: '一般公共预算支出不超过部门支出（按科目、按列）', en: 'General budget spending does not exceed all spending, by code and column' }, (ctx) => {
    const t5 = needTable(ctx, 'general_budget_expenditure');
    const t3 = needTable(ctx, 'expenditure_summary');
    let count = 0;
    for (const r of new Set(t5.roles)) {
      const part = parseRole(r);
      const whole = part && withSources(part, FUND_SOURCES);
      if (part && whole && hasRole(t3, whole)) {
        count += reportCodes(ctx, { table: t5, figures: codeFigures(t5, part) }, { table: t3, figures: codeFigures(t3, whole) }, 'at_most');
      }
    }
    compared(ctx, count, '一般公共预算支出');
  }),

  rule('X-GENERAL-BASIC-ECON', { zh: '一般公共预算基本支出表总计等于一般公共预算支出表基本支出', en: 'The basic spending table’s total equals the general budget table’s basic spending' }, (ctx) => {
    const t6 = needTable(ctx, 'general_budget_basic_expenditure');
    const t5 = needTable(ctx, 'general_budget_expenditure');
    // this year's general budget; a 决算's tables hold the carry-over spent as well (the table's own column)
    const want = hasRole(t6, 'general_budget.basic') ? 'general_budget.basic' : (t6.roles[0] ?? 'general_budget.basic');
    const at = totalFigure(t6, want) ?? ctx.unchecked(`表${t6.number}无基本支出总计 (no total)`);
    const other = totalFigure(t5, want) ?? ctx.notApplicable(`表${t5.number}未分列基本支出 (no basic column)`);
    reportAgainst(ctx, at, other);
  }),

  rule('X-GENERAL-PROJECT', { zh: '一般公共预算项目支出表按科目汇总等于一般公共预算支出表项目支出', en: 'The project table, summed by code, equals the general budget table’s project spending' }, (ctx) => {
    const t7 = needTable(ctx, 'general_budget_project_expenditure');
    compared(ctx, codesAgainst(ctx, t7, needTable(ctx, 'general_budget_expenditure'), 'general_budget.project'), '项目支出');
  }),

  threePublicRule('X-THREE-PUBLIC-ABROAD', 'abroad', '30212', {
    zh: '“三公”因公出国（境）费不少于基本支出 30212 因公出国（境）费用',
    en: '三公 travel abroad is at least basic spending item 30212',
  }),
  threePublicRule('X-THREE-PUBLIC-RECEPTION', 'reception', '30217', {
    zh: '“三公”公务接待费不少于基本支出 30217 公务接待费',
    en: '三公 official reception is at least basic spending item 30217',
  }),
  threePublicRule('X-THREE-PUBLIC-VEHICLE', 'vehicleOperation', '30231', {
    zh: '“三公”公务用车运行费不少于基本支出 30231 公务用车运行维护费',
    en: '三公 vehicle operation is at least basic spending item 30231',
  }),
  threePublicRule('X-THREE-PUBLIC-PURCHASE', 'vehiclePurchase', '31013', {
    zh: '“三公”公务用车购置费不少于基本支出 31013 公务用车购置',
    en: '三公 vehicle purchase is at least basic spending item 31013',
  }),

  rule('X-CARRYOVER-SUMMARY', { zh: '上年结转结余表总计等于收支总表“上年结转结余”各项', en: 'The carry-over table’s totals equal the summary table’s carry-over lines' }, (ctx) => {
    const t11 = needTable(ctx, 'carryover_detail');
    const t1 = needTable(ctx, 'income_expenditure_summary');
    const lines = incomeLines(ctx, t1);
    compared(ctx, carryoverAgainst(ctx, t11, (r) => incomeFigure(t1, lines, r.sources)), '上年结转结余');
  }),

  rule('X-CARRYOVER-INCOME', { zh: '上年结转结余表总计等于收入总表结转列总计', en: 'The carry-over table’s totals equal the income table’s carry-over columns' }, (ctx) => {
    const t11 = needTable(ctx, 'carryover_detail');
    const t2 = needTable(ctx, 'income_summary');
    compared(ctx, carryoverAgainst(ctx, t11, (r) => totalFigure(t2, r)), '上年结转结余');
  }),

  rule('X-CARRYOVER-KINDS', {
    zh: '上年结转结余表基本支出、项目支出等于部门支出减当年财政拨款支出（无其他收入时）',
    en: 'Carried-over basic and project spending equal all spending less this year’s appropriations (when there is no other income)',
  }, (ctx) => checkCarryoverKinds(ctx)),

  rule('X-OPERATING-COSTS', { zh: '机关运行经费等于财政拨款基本支出公用经费（行政单位、参公单位）', en: 'Operating costs equal the appropriations’ public costs (administrative bodies)' }, (ctx) => {
    const kind = ctx.doc.meta.bodyKind;
    if (kind === undefined) ctx.unchecked('单位性质未知 (body kind unknown: set meta.body.kind)');
    if (kind === 'institution') ctx.notApplicable('事业单位不适用 (not for a public institution)');
    const t6 = needTable(ctx, 'general_budget_basic_expenditure');
    const parts: Figure[] = [];
    for (const [key, fund] of [['general_budget_basic_expenditure', 'general_budget'], ['gov_fund_expenditure', 'gov_fund_budget'], ['state_capital_expenditure', 'state_capital_budget']] as const) {
      const t = templateTable(ctx, key);
      const f = t && totalFigure(t, role(FUND_GROUPS[fund], ['public']));
      if (f) parts.push(f);
    }
    if (parts.length === 0) ctx.unchecked('无公用经费列 (no public cost column)');
    const publicCosts: Figure = {
      ...parts[0]!,
      fen: parts.reduce((s, f) => s + f.fen, 0),
      addends: parts.reduce((s, f) => s + f.addends, 0),
      ...(parts.length > 1 ? { name: { zh: `财政拨款公用经费（${parts.map((f) => `表${f.table.number}`).join('＋')}）`, en: 'public costs of the appropriations' } } : {}),
    };
    const stated = statedOperatingCosts(ctx, t6) ?? ctx.unchecked('未找到机关运行经费 (operating costs not stated)');
    // A department with 事业单位 besides its offices: their public costs are not 机关运行经费.
    reportAgainst(ctx, stated, publicCosts, kind === 'mixed' ? 'at_most' : 'equal');
  }),
];

/** The carry-over table's total of every fund column (without a kind) against `other`'s figure of it. */
function carryoverAgainst(ctx: RuleContext, t11: CheckTable, other: (r: Role) => Figure | undefined): number {
  const total = totalOrEmpty(t11) ?? ctx.unchecked(`表${t11.number}无总计行 (no total row)`);
  let count = 0;
  for (const r of new Set(t11.roles)) {
    const parsed = parseRole(r);
    if (!parsed || parsed.kinds.size !== SPENDING_KINDS.length) continue;
    const at = cellFigure(t11, total, parsed);
    const o = other(parsed);
    if (at && o) {
        reportAgainst(ctx, at, o);
        count++;
      }
  }
  return count;
}

/**
 * All spending of a kind = this year's appropriations of that kind (general budget, government fund, state
 * capital tables) + other income of the year + carry-over of that kind. With no other income, the carry-over
 * table's basic and project totals are what remains; with other income, at most that.
 */
function checkCarryoverKinds(ctx: RuleContext): void {
  const t11 = needTable(ctx, 'carryover_detail');
  const t3 = needTable(ctx, 'expenditure_summary');
  const t2 = needTable(ctx, 'income_summary');
  const funds = (
    [
      ['general_budget_expenditure', 'general_budget'],
      ['gov_fund_expenditure', 'gov_fund_budget'],
      ['state_capital_expenditure', 'state_capital_budget'],
    ] as const
  ).flatMap(([key, fund]) => {
    const t = key === 'general_budget_expenditure' ? needTable(ctx, key) : templateTable(ctx, key);
    return t ? [{ t, sources: FUND_GROUPS[fund] as readonly FundSource[] }] : [];
  });
  const known = new Set<FundSource>([...FUND_GROUPS.carryover, ...funds.flatMap((f) => f.sources)]);
  const otherIncome = totalFigure(t2, role(FUND_SOURCES.filter((s) => !known.has(s)))) ?? ctx.unchecked(`表${t2.number}无法分出其他收入 (other income not derivable)`);
  let count = 0;
  for (const [kinds, zh, en] of [[['personnel', 'public'], '基本支出', 'basic'], [['project'], '项目支出', 'project']] as const) {
    const at = totalFigure(t11, role(FUND_GROUPS.carryover, kinds));
    const whole = totalFigure(t3, role(FUND_SOURCES, kinds));
    const parts = funds.map((f) => totalFigure(f.t, role(f.sources, kinds)));
    if (!at || !whole || parts.some((p) => p === undefined)) continue;
    const appropriations = parts as Figure[];
    const remaining: Figure = {
      ...whole,
      fen: whole.fen - appropriations.reduce((s, p) => s + p.fen, 0),
      addends: whole.addends + appropriations.reduce((s, p) => s + p.addends, 0),
      name: {
        zh: `表${t3.number}总计“${zh}”减当年财政拨款${zh}（${appropriations.map((p) => `表${p.table.number}`).join('、')}）`,
        en: `${en} spending of table ${t3.number} less this year’s appropriations (${appropriations.map((p) => `table ${p.table.number}`).join(', ')})`,
      },
    };
    reportAgainst(ctx, { ...at, name: { zh: `表${t11.number}上年结转结余${zh}`, en: `table ${t11.number} carried-over ${en} spending` } }, remaining, otherIncome.fen === 0 ? 'equal' : 'at_most');
    count++;
  }
  compared(ctx, count, '上年结转结余');
}
