// Family 3 — the narrative (情况说明) against the tables and against itself: every amount, share and change
// it states, what each refers to (src/rules/claims.ts), recomputed from the tables, the Disclosure and the
// narrative's other sentences. Every TXT rule is unchecked when the document has no narrative.
import { FUND_GROUPS, type FundGroup } from '../model/fund-source.ts';
import type { Fen } from '../model/money.ts';
import { resolveSubject, sectionKind } from './claim-subjects.ts';
import type { Claim, NarrativeClaims } from './claims.ts';
import { reportComparison } from './figures.ts';
import { checkChanges, checkDirections, checkShares, checkZeroBase } from './narrative-changes.ts';
import { checkTextParts, compareStated, money, narrativeOf, printed, sentenceAt } from './narrative-context.ts';
import { currentFigure, type Figure } from './narrative-figures.ts';
import { checkPriorConsistency, checkReasons } from './narrative-priors.ts';
import { compareFigures, repeatedFigureBound, sumBound } from './tolerance.ts';
import type { Rule, RuleContext } from './types.ts';

type Title = { zh: string; en: string };

const stated = (n: NarrativeClaims, match: (key: string) => boolean) =>
  n.claims.filter((c) => c.key && c.amount && c.kind !== 'allocation' && match(c.key));

/** Each stated amount of the rule's subjects against the tables (else the Disclosure). */
function compareAll(ctx: RuleContext, claims: readonly Claim[], what: string): void {
  if (claims.length === 0) ctx.notApplicable(`说明中没有${what} (not stated in the narrative)`);
  let compared = 0;
  for (const c of claims) {
    const fig = currentFigure(ctx, c.key!);
    if (!fig) continue;
    compared++;
    compareStated(ctx, c, c.amount!, fig);
  }
  if (compared === 0) ctx.unchecked(`表格与数据中没有可比的${what} (no table or data figure to compare with)`);
}

/**
 * The claims are read as a budget's narrative states them (本年预算 against 上年预算, 收入 = 支出); a final
 * account's narrative (年初预算 against 决算, 收入合计 ≠ 支出合计) is not read yet.
 */
const STAGES = ['budget'] as const;

const amountRule = (id: string, title: Title, what: string, match: (key: string) => boolean, more?: (ctx: RuleContext, n: NarrativeClaims) => void): Rule => ({
  id,
  family: 'narrative',
  severity: 'error',
  title,
  stages: STAGES,
  check(ctx) {
    const n = narrativeOf(ctx);
    const claims = stated(n, match);
    more?.(ctx, n);
    compareAll(ctx, claims, what);
  },
});

/** Stated parts against their stated whole: the whole's claim and the claims after it (same section) that match. */
function textParts(ctx: RuleContext, n: NarrativeClaims, wholeKey: string, isPart: (c: Claim) => boolean, what: Title): void {
  for (const whole of stated(n, (k) => k === wholeKey)) {
    const next = stated(n, (k) => k === wholeKey).find((c) => c.at > whole.at);
    const parts = n.claims.filter((c) => c.kind === 'statement' && c.amount && c.section === whole.section && c.at >= whole.at && (!next || c.at < next.at) && c !== whole && isPart(c));
    checkTextParts(ctx, whole, parts, what);
  }
}

const keyIs = (...keys: string[]) => (c: Claim) => keys.includes(c.key ?? '');

function threePublicParts(ctx: RuleContext, n: NarrativeClaims): void {
  const what = { zh: '“三公”经费各项之和', en: 'The 三公 items add to their total' };
  const hasVehicleTotal = n.claims.some(keyIs('three_public.vehicle_total'));
  textParts(ctx, n, 'three_public.total', keyIs('three_public.abroad', 'three_public.reception', ...(hasVehicleTotal ? ['three_public.vehicle_total'] : ['three_public.vehicle_purchase', 'three_public.vehicle_operation'])), what);
  textParts(ctx, n, 'three_public.vehicle_total', keyIs('three_public.vehicle_purchase', 'three_public.vehicle_operation'), what);
}

function carryoverParts(ctx: RuleContext, n: NarrativeClaims): void {
  textParts(ctx, n, 'carryover', keyIs('carryover.fiscal', 'carryover.nonfiscal'), { zh: '上年结转结余＝财政拨款＋非财政拨款', en: 'Carry-over = fiscal + non-fiscal' });
  for (const whole of ['carryover.fiscal', 'carryover.nonfiscal']) {
    textParts(ctx, n, whole, (c) => c.parent?.key === whole && (c.key ?? '').startsWith('carryover.project:'), { zh: '结转结余各项目之和', en: 'The carried-over projects add to their total' });
  }
}

// ---------------------------------------------------------------------------------------------- custom rules

function checkOperatingCosts(ctx: RuleContext): void {
  const claims = stated(narrativeOf(ctx), (k) => k === 'operating_costs');
  if (claims.length === 0) ctx.notApplicable('说明中没有机关运行经费 (no 机关运行经费 stated)');
  const fig = currentFigure(ctx, 'operating_costs');
  if (fig) {
    for (const c of claims) compareStated(ctx, c, c.amount!, fig);
    return;
  }
  // No stated figure to hold it to: for an administrative body it is the 公用经费 of the basic-spending table.
  const publicCosts = currentFigure(ctx, 'spending.general_budget.public');
  if (!publicCosts) ctx.unchecked('没有机关运行经费数据，也没有基本支出表公用经费 (no figure to compare with)');
  for (const c of claims) {
    // The same figure printed twice: exact, but for half of the coarser last digit across units.
    const bound = repeatedFigureBound(c.amount!, { unit: publicCosts.unit }) + sumBound(publicCosts.addends, publicCosts.unit);
    const cmp = compareFigures(publicCosts.fen, c.amount!.fen, bound);
    if (cmp.verdict === 'equal') continue;
    const rounding = cmp.verdict === 'rounding';
    ctx.report({
      severity: rounding ? 'info' : 'warning',
      message: rounding
        ? {
            zh: `机关运行经费 ${printed(c.amount!)}与${publicCosts.source.zh} ${money(publicCosts.fen)}相差 ${money(cmp.difference)}，在四舍五入尾差范围内（±${money(bound)}）`,
            en: `机关运行经费 ${printed(c.amount!)} against the 公用经费 ${money(publicCosts.fen)}: a difference of ${money(cmp.difference)}, within rounding (±${money(bound)})`,
          }
        : {
            zh: `机关运行经费 ${printed(c.amount!)}与${publicCosts.source.zh} ${money(publicCosts.fen)}不同；行政单位（含参公事业单位）二者应相等，请核对`,
            en: `机关运行经费 ${printed(c.amount!)} differs from the 公用经费 ${money(publicCosts.fen)}; they are equal for an administrative body`,
          },
      location: sentenceAt(ctx, c.at, publicCosts.location),
      expected: money(publicCosts.fen),
      actual: money(c.amount!.fen),
      difference: money(cmp.difference),
    });
  }
}

function checkProcurement(ctx: RuleContext): void {
  const n = narrativeOf(ctx);
  const claims = stated(n, (k) => k.startsWith('procurement'));
  if (claims.length === 0) ctx.notApplicable('说明中没有政府采购 (no procurement stated)');
  textParts(ctx, n, 'procurement', keyIs('procurement.goods', 'procurement.works', 'procurement.services'), { zh: '政府采购＝货物＋工程＋服务', en: 'Procurement = goods + works + services' });
  for (const [part, whole] of [['procurement.sme', 'procurement'], ['procurement.small_micro', 'procurement.sme']] as const) {
    const p = claims.find((c) => c.key === part);
    const w = p && claims.filter((c) => c.key === whole && c.at <= p.at).at(-1);
    if (p && w && p.amount!.fen > w.amount!.fen) {
      ctx.report({
        message: { zh: `“${p.label}”${printed(p.amount!)}超过“${w.label}”${printed(w.amount!)}`, en: `“${p.label}” (${printed(p.amount!)}) exceeds “${w.label}” (${printed(w.amount!)})` },
        location: sentenceAt(ctx, p.at),
        expected: `≤ ${money(w.amount!.fen)}`,
        actual: money(p.amount!.fen),
      });
    }
  }
  for (const c of claims) {
    const fig = currentFigure(ctx, c.key!);
    if (fig) compareStated(ctx, c, c.amount!, fig);
  }
}

function checkProjectScale(ctx: RuleContext): void {
  const claims = stated(narrativeOf(ctx), (k) => k.startsWith('project:'));
  if (claims.length === 0) ctx.notApplicable('说明中没有项目金额 (no project amounts stated)');
  let compared = 0;
  for (const c of claims) {
    const fig = currentFigure(ctx, c.key!);
    if (!fig) continue;
    compared++;
    if (fig.missing) {
      ctx.report({
        severity: 'warning',
        message: {
          zh: `项目“${c.key!.slice(8)}”（${printed(c.amount!)}）不在${fig.source.zh.replace(/（无此行）.*$/, '')}中；若由其他资金安排，请核对`,
          en: `Project “${c.key!.slice(8)}” (${printed(c.amount!)}) is not in table ${fig.location.table} (${fig.location.key})`,
        },
        location: sentenceAt(ctx, c.at, fig.location),
      });
      continue;
    }
    compareStated(ctx, c, c.amount!, fig);
  }
  if (compared === 0) ctx.unchecked('没有项目支出表 (no project table)');
}

function checkAllocations(ctx: RuleContext): void {
  const n = narrativeOf(ctx);
  const allocations = n.claims.filter((c) => c.kind === 'allocation');
  if (allocations.length === 0 && n.products.length === 0) ctx.notApplicable('说明中没有资金分配 (no allocations stated)');
  for (const name of new Set(allocations.map((a) => a.project!))) {
    const items = allocations.filter((a) => a.project === name);
    const scale = n.claims.find((c) => c.kind === 'scale' && c.project === name);
    if (scale?.amount) {
      reportComparison(ctx, {
        location: sentenceAt(ctx, scale.at),
        what: { zh: `项目“${name}”资金分配（${items.map((i) => `${i.label}${printed(i.amount!)}`).join('、')}）之和与预算安排规模`, en: `The allocations of “${name}” against its 预算安排规模` },
        expected: items.reduce((a, i) => a + i.amount!.fen, 0),
        actual: scale.amount.fen,
        bound: sumBound(items.length, scale.amount.unit),
        unit: scale.amount.unit,
      });
    }
    const project = ctx.doc.disclosure?.projects.find((p) => p.name === name);
    if (!project) continue;
    if (project.allocations.length !== items.length) {
      ctx.report({
        severity: 'warning',
        message: { zh: `项目“${name}”说明列 ${items.length} 项资金分配，数据有 ${project.allocations.length} 项`, en: `“${name}”: the narrative lists ${items.length} allocations, the data ${project.allocations.length}` },
        location: sentenceAt(ctx, (scale ?? items[0]!).at),
      });
      continue;
    }
    items.forEach((item, i) => {
      const data = project.allocations[i]!;
      const fig: Figure = { fen: data.amount, unit: '元', location: {}, source: { zh: `预算数据“${data.item}”`, en: `the data's “${data.item}”` }, addends: 1 };
      compareStated(ctx, item, item.amount!, fig);
    });
  }
  for (const p of n.products) {
    reportComparison(ctx, {
      location: sentenceAt(ctx, p.at),
      what: { zh: `${p.count} × ${printed(p.price)} 与所列金额`, en: `${p.count} × ${printed(p.price)} against the amount stated` },
      expected: p.count * p.price.fen,
      actual: p.total.fen,
      bound: 0,
      unit: p.total.unit,
    });
  }
}

/** Project spending of the fiscal funds, with and without the fiscal carry-over. */
function projectSplit(ctx: RuleContext): { fiscal: Fen; nonfiscal: Fen; fiscalCarry: Fen; nonfiscalCarry: Fen } | undefined {
  const f = (key: string) => currentFigure(ctx, key)?.fen;
  const all = f('spending.all.project');
  if (all === undefined) return undefined;
  const fiscalCarry = f('spending.carryover_fiscal.project') ?? 0;
  const nonfiscalCarry = f('spending.carryover_nonfiscal.project') ?? 0;
  const fiscal = ['general_budget', 'gov_fund_budget', 'state_capital_budget'].reduce((a, g) => a + (f(`spending.${g}.project`) ?? 0), 0) + fiscalCarry;
  return { fiscal, nonfiscal: all - fiscal, fiscalCarry, nonfiscalCarry };
}

function checkPerformanceAmounts(ctx: RuleContext): void {
  const claims = stated(narrativeOf(ctx), (k) => k.startsWith('performance.'));
  if (claims.length === 0) ctx.notApplicable('说明中没有预算绩效涉及金额 (no performance amounts stated)');
  const split = projectSplit(ctx);
  for (const c of claims) {
    if (c.key === 'performance.total') {
      const fig = currentFigure(ctx, 'total');
      if (fig) compareStated(ctx, c, c.amount!, fig);
      continue;
    }
    if (!split) ctx.unchecked('没有支出总表 (no spending table)');
    const fiscal = c.key === 'performance.fiscal_projects';
    const expected = fiscal ? split.fiscal : split.nonfiscal;
    const carried = fiscal ? split.fiscalCarry : split.nonfiscalCarry;
    const fig: Figure = { fen: expected, unit: ctx.doc.meta.unit, location: {}, source: { zh: fiscal ? '财政拨款项目支出（含财政拨款结转）' : '非财政拨款项目支出（项目支出合计减财政拨款项目支出，含非财政拨款结转）', en: fiscal ? 'fiscal project spending' : 'non-fiscal project spending (carry-over included)' }, addends: 1 };
    if (c.amount!.fen !== expected && carried !== 0 && c.amount!.fen === expected - carried) {
      ctx.report({
        severity: 'warning',
        message: {
          zh: `“${c.label}”${printed(c.amount!)}未计入上年结转的项目资金 ${money(carried)}（含结转应为 ${money(expected)}）；“当年预算安排项目”若只指当年新安排资金则可成立，但与整体预算绩效目标涉及的全部收支口径不一致，请核对`,
          en: `“${c.label}” (${printed(c.amount!)}) leaves out ${money(carried)} of carried-over project funds (${money(expected)} with them); right only if “当年预算安排” means this year's new money`,
        },
        location: sentenceAt(ctx, c.at),
        expected: money(expected),
        actual: money(c.amount!.fen),
        difference: money(c.amount!.fen - expected),
      });
      continue;
    }
    compareStated(ctx, c, c.amount!, fig);
  }
}

function assetThresholds(ctx: RuleContext, n: NarrativeClaims): void {
  ctx.doc.narrative!.forEach((s, at) => {
    if (sectionKind(s.section) !== 'assets') return;
    for (const m of s.text.matchAll(/(\d+)\s*万元\s*([(（]含[)）])?\s*以上/g)) {
      if (m[1] === '50' || m[1] === '100') continue;
      ctx.report({
        message: { zh: `大型设备的价值档次为 50 万元以上、100 万元以上，说明写作“${m[0]}”`, en: `Large equipment is counted above 50 and 100 万元; the narrative says “${m[0]}”` },
        location: sentenceAt(ctx, at),
        expected: '50 / 100',
        actual: m[1],
      });
    }
  });
  textParts(ctx, n, 'assets.vehicles', (c) => (c.key ?? '').startsWith('assets.vehicle:'), { zh: '车辆价值＝各类车辆之和', en: 'Vehicles = the sum of their categories' });
}

// ---------------------------------------------------------------------------------------------- lists

function incomeLeaves(ctx: RuleContext): { role: string; fen: Fen; label: string }[] {
  const t = ctx.doc.tables.find((x) => x.key === 'income_summary');
  if (!t) return [];
  const leaves = t.roles.filter((r) => r !== 'all' && r !== 'fiscal' && !r.includes('.'));
  return leaves.map((role) => ({ role, fen: currentFigure(ctx, `income.${role}`)?.fen ?? 0, label: t.columns[t.roles.indexOf(role)]! }));
}

function checkLists(ctx: RuleContext): void {
  const n = narrativeOf(ctx);
  if (n.lists.length === 0) ctx.notApplicable('说明中没有“…包括：”列举 (no lists stated)');
  for (const list of n.lists) {
    const report = (zh: string, en: string) => ctx.report({ message: { zh, en }, location: sentenceAt(ctx, list.at) });
    if (list.what === 'spending') {
      const t = ctx.doc.tables.find((x) => x.key === 'expenditure_summary') ?? ctx.doc.tables.find((x) => x.key === 'income_summary');
      if (!t) continue;
      const listed = list.items.map((i) => ({ item: i, code: n.names.classIn(i) }));
      const nonzero = t.rows.filter((r) => r.code.length === 3 && (currentFigure(ctx, `function.all.${r.code}`)?.fen ?? 0) !== 0);
      for (const r of nonzero) if (!listed.some((l) => l.code === r.code)) report(`支出预算列举漏了“${r.name}”（表${t.number}：${r.values[0]}）`, `The list of spending omits “${r.name}” (table ${t.number})`);
      for (const l of listed) if (!l.code || !nonzero.some((r) => r.code === l.code)) report(`支出预算列举了“${l.item}”，但表${t.number}中没有该类支出`, `The list of spending names “${l.item}”, which table ${t.number} does not show`);
      continue;
    }
    const section = list.what === 'income' ? 'income' : 'fiscal';
    const keys = list.items.map((item) => ({ item, key: resolveSubject({ label: item, lead: '', before: '', section, reason: false }, n.names) }));
    const valueOf = (key: string | undefined) => (key ? currentFigure(ctx, key) : undefined);
    for (const { item, key } of keys) {
      const fig = valueOf(key);
      if (!fig) continue;
      if (list.what === 'none' && fig.fen !== 0) report(`称无“${item}”，但${fig.source.zh}为 ${money(fig.fen)}`, `Says there is no “${item}”, but ${fig.source.en} is ${money(fig.fen)}`);
      if (list.what !== 'none' && fig.fen === 0) report(`列举了“${item}”，但${fig.source.zh}为 0`, `Lists “${item}”, but ${fig.source.en} is 0`);
    }
    if (list.what === 'income') {
      for (const leaf of incomeLeaves(ctx)) {
        const covered = keys.some(({ key }) => key && (key === `income.${leaf.role}` || covers(key.slice(7), leaf.role)));
        if (leaf.fen !== 0 && !covered) report(`收入预算列举漏了“${leaf.label}”（${money(leaf.fen)}）`, `The list of income omits “${leaf.label}” (${money(leaf.fen)})`);
      }
    }
    if (list.what === 'only') {
      for (const g of ['general_budget', 'gov_fund_budget', 'state_capital_budget']) {
        const fig = valueOf(`income.${g}`);
        if (fig && fig.fen !== 0 && !keys.some(({ key }) => key === `income.${g}`)) report(`称收入全部为“${list.items.join('、')}”，但还有${fig.source.zh} ${money(fig.fen)}`, `Says all income is “${list.items.join('、')}”, but ${fig.source.en} is ${money(fig.fen)}`);
      }
    }
  }
}

const covers = (group: string, leaf: string) => {
  const sources = (g: string): readonly string[] => (g in FUND_GROUPS ? FUND_GROUPS[g as FundGroup] : [g]);
  return sources(leaf).every((s) => sources(group).includes(s));
};

function checkEmptyFunds(ctx: RuleContext): void {
  const n = narrativeOf(ctx);
  if (n.emptyFunds.length === 0) ctx.notApplicable('说明中没有空表说明 (no empty-table statement)');
  for (const e of n.emptyFunds) {
    const key = e.fund === 'gov_fund' ? 'gov_fund_expenditure' : 'state_capital_expenditure';
    const group = e.fund === 'gov_fund' ? 'gov_fund_budget' : 'state_capital_budget';
    const t = ctx.doc.tables.find((x) => x.key === key);
    const rows = t?.rows.filter((r) => r.values.some((v) => v !== '' && !/^0(\.0+)?$/.test(v))) ?? [];
    if (t && rows.length > 0) {
      ctx.report({
        message: { zh: `称没有${e.fund === 'gov_fund' ? '政府性基金' : '国有资本经营'}预算拨款支出、表为空表，但表${t.number}有 ${rows.length} 行金额`, en: `Says the table is empty, but table ${t.number} has ${rows.length} rows with amounts` },
        location: sentenceAt(ctx, e.at, { table: t.number, key: t.key }),
      });
    }
    const income = currentFigure(ctx, `income.${group}`);
    if (income && income.fen !== 0) {
      ctx.report({
        message: { zh: `称没有该项预算拨款，但${income.source.zh}为 ${money(income.fen)}`, en: `Says there is none, but ${income.source.en} is ${money(income.fen)}` },
        location: sentenceAt(ctx, e.at, income.location),
        expected: '0.00',
        actual: money(income.fen),
      });
    }
  }
}

function checkUnrecognised(ctx: RuleContext): void {
  const n = narrativeOf(ctx);
  const lost = n.claims.filter((c) => !c.key && c.kind !== 'allocation' && (c.amount || c.change));
  for (const c of lost) {
    const figure = c.amount ?? c.change!;
    ctx.report({
      message: { zh: `未能识别“${c.label}”${printed(figure)}所指的项目，未作核对`, en: `Could not tell what “${c.label}” (${printed(figure)}) refers to; not checked` },
      location: sentenceAt(ctx, c.at),
    });
  }
}

const custom = (id: string, severity: Rule['severity'], title: Title, check: (ctx: RuleContext) => void): Rule => ({ id, family: 'narrative', severity, title, stages: STAGES, check });

export const narrativeRules: Rule[] = [
  amountRule('TXT-TOTAL', { zh: '说明中的收支总预算与收支总表一致', en: 'The total budget stated equals the summary tables' }, '收支总预算', (k) => k === 'total'),
  amountRule('TXT-INCOME-SOURCE', { zh: '说明中各项收入与收入总表一致', en: 'Each income source stated equals the income table' }, '收入来源', (k) => k.startsWith('income.')),
  amountRule('TXT-SPENDING-KIND', { zh: '说明中基本支出、项目支出与支出表一致', en: 'Basic and project spending stated equal the spending tables' }, '基本支出或项目支出', (k) => /^spending\.\w+\.(basic|project|reserve)$/.test(k)),
  amountRule('TXT-FISCAL-TOTAL', { zh: '说明中财政拨款收支总预算、一般公共预算拨款合计与表一致', en: 'The fiscal and general-budget totals stated equal their tables' }, '财政拨款总预算', (k) => /^total\.\w+$/.test(k)),
  amountRule('TXT-CLASS', { zh: '说明中各“类”支出与表一致', en: 'Each function 类 stated equals the tables' }, '“类”支出', (k) => /^function\.\w+\.\d{3}$/.test(k)),
  amountRule('TXT-ITEM', { zh: '说明中各“项”支出与一般公共预算支出表一致', en: 'Each function 项 stated equals the general-budget spending table' }, '“项”支出', (k) => /^function\.\w+\.(\d{5}|\d{7})$/.test(k)),
  amountRule('TXT-BASIC-SPLIT', { zh: '说明中人员经费、公用经费与基本支出表一致', en: 'Personnel and public costs stated equal the basic-spending table' }, '人员经费或公用经费', (k) => /\.(personnel|public)$/.test(k)),
  amountRule('TXT-THREE-PUBLIC', { zh: '说明中“三公”经费与“三公”表一致，各项之和等于合计', en: 'The 三公 statement equals the 三公 table and adds up' }, '“三公”经费', (k) => k.startsWith('three_public.'), threePublicParts),
  amountRule('TXT-CARRYOVER', { zh: '说明中上年结转结余及各项目与结转结余表一致', en: 'The carry-over statement and its projects equal the carry-over table' }, '上年结转结余', (k) => k.startsWith('carryover'), carryoverParts),
  custom('TXT-OPERATING-COSTS', 'error', { zh: '说明中机关运行经费与所报数一致（无报数时对照公用经费）', en: 'The 机关运行经费 stated equals the figure (or the 公用经费)' }, checkOperatingCosts),
  custom('TXT-PROCUREMENT', 'error', { zh: '说明中政府采购各项之和等于总额，预留不超过总额，与数据一致', en: 'Procurement items add to the total, reserves within it, as in the data' }, checkProcurement),
  custom('TXT-PROJECT-SCALE', 'error', { zh: '说明中项目预算安排规模与项目支出表一致', en: "Each project's stated budget equals the project table" }, checkProjectScale),
  custom('TXT-ALLOCATIONS', 'error', { zh: '资金分配各项之和等于预算安排规模，并与数据一致', en: 'Allocations add to the project budget and match the data' }, checkAllocations),
  custom('TXT-PERFORMANCE-AMOUNTS', 'error', { zh: '预算绩效涉及金额与表一致', en: 'The amounts of the performance paragraph equal the tables' }, checkPerformanceAmounts),
  amountRule('TXT-ASSETS', { zh: '说明中国有资产价值与数据一致，车辆各类之和等于合计', en: 'The asset values stated match the data and add up' }, '国有资产', (k) => k.startsWith('assets.'), assetThresholds),
  custom('TXT-SHARE', 'error', { zh: '“占…%”等于部分除以整体', en: 'A stated share is the part over its whole' }, checkShares),
  custom('TXT-CHANGE', 'error', { zh: '本年数、增减额与增减幅度相互一致（有上年数时与之一致）', en: 'Amount, change and percentage change agree (with the prior year when known)' }, checkChanges),
  custom('TXT-DIRECTION', 'error', { zh: '增加/减少、增长/下降、持平与增减方向一致', en: 'Direction words match the sign of the change' }, checkDirections),
  custom('TXT-ZERO-BASE', 'error', { zh: '上年为 0 或本年为 0 时的增幅写法', en: 'Changes from or to zero are stated correctly' }, checkZeroBase),
  custom('TXT-PRIOR-CONSISTENCY', 'error', { zh: '各句推算的上年数相互一致（部分之和等于整体）', en: 'The prior-year figures the sentences imply agree with each other' }, checkPriorConsistency),
  custom('TXT-REASONS', 'error', { zh: '原因说明中的金额与所说明的增减一致', en: 'The amounts of a reason add up to the change it explains' }, checkReasons),
  custom('TXT-LISTS', 'error', { zh: '“收入预算包括/支出预算包括/收入全部为”列举与表中非零项一致', en: 'Stated lists of sources and classes match the non-zero ones of the tables' }, checkLists),
  custom('TXT-EMPTY-FUND', 'error', { zh: '“没有使用…为空表”与空表一致', en: 'An empty-table statement matches an empty table' }, checkEmptyFunds),
  custom('TXT-UNRECOGNISED', 'info', { zh: '说明中未能识别所指的金额（未核对）', en: 'Amounts in the narrative whose subject could not be told (not checked)' }, checkUnrecognised),
];
