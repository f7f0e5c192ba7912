// The figure a narrative subject should have: read from the tables (by key and column role), else from the
// Disclosure when the document is prepared data; and the prior-year figure the Disclosure states for it.
import { loadCatalog } from '../catalog/index.ts';
import type { CheckTable } from '../check/document.ts';
import { FUND_GROUPS, type FundGroup } from '../model/fund-source.ts';
import { roundToUnit, sumFen, type Fen, type MoneyUnit } from '../model/money.ts';
import { COMPARISON_KEY } from '../model/prior-year.ts';
import { currentAmount } from '../narrative/comparatives.ts';
import type { TableKey, TableRow } from '../tables/table-model.ts';
import { cellLocation, column, figure, isPrinted } from './figures.ts';
import type { Location, RuleContext } from './types.ts';

export interface Figure {
  fen: Fen;
  unit: MoneyUnit;
  /** Where it is printed; {} for a figure of the Disclosure that no table prints. */
  location: Location;
  /** What it is, for messages: "表2 部门收入总体情况表 总计 一般公共预算" / "预算数据". */
  source: { zh: string; en: string };
  /** How many printed figures were added to make it: its non-blank cells (a blank is an exact zero, no addend). */
  addends: number;
  /** The table has the column but no row for the subject (read as 0). */
  missing?: boolean;
}

const isTotalRow = (r: TableRow) => r.level === 0 && r.code === '' && !r.project;

function tableFigure(t: CheckTable, rows: readonly TableRow[], col: number): Figure {
  const first = rows[0];
  const label = first ? `${first.name}${rows.length > 1 ? ` 等${rows.length}行` : ''}` : '（无此行）';
  return {
    fen: sumFen(rows.map((r) => figure(t, r, col))),
    unit: t.unit,
    location: first ? cellLocation(t, first, col) : { ...(t.page !== undefined ? { page: t.page } : {}), table: t.number, key: t.key, column: t.columns[col]! },
    source: { zh: `表${t.number}“${t.title}”${label} ${t.columns[col]}`, en: `table ${t.number} (${t.key}) ${label}, ${t.columns[col]}` },
    addends: rows.filter((r) => isPrinted(t, r, col)).length,
    ...(rows.length === 0 ? { missing: true } : {}),
  };
}

/** The first table (in the given order of keys, else any) with a column of the role; its total row. */
function totalOf(ctx: RuleContext, role: string, keys?: readonly TableKey[]): Figure | undefined {
  const tables = keys ? keys.flatMap((k) => ctx.doc.tables.filter((t) => t.key === k)) : ctx.doc.tables;
  for (const t of tables) {
    const col = column(t, role);
    if (col < 0 || t.rows.some((r) => r.pair)) continue;
    const total = t.rows.find(isTotalRow);
    if (total) return tableFigure(t, [total], col);
    if (t.rows.length === 0) return { ...tableFigure(t, [], col), source: { zh: `表${t.number}“${t.title}”（空表）`, en: `table ${t.number} (${t.key}, empty)` } };
  }
  return undefined;
}

const sourcesOf = (name: string): readonly string[] => (name in FUND_GROUPS ? FUND_GROUPS[name as FundGroup] : [name]);

/** Income of a source or group from the income table: its column, or the columns that make it up. */
function incomeFigure(ctx: RuleContext, group: string): Figure | undefined {
  const direct = totalOf(ctx, group, ['income_summary']);
  if (direct) return direct;
  const t = ctx.doc.tables.find((x) => x.key === 'income_summary');
  const total = t?.rows.find(isTotalRow);
  if (!t || !total) return undefined;
  const want = new Set(sourcesOf(group));
  const parts = t.roles.map((r, i) => ({ r, i })).filter(({ r }) => r !== 'all' && sourcesOf(r).every((s) => want.has(s)));
  // Keep the widest columns that do not overlap (a subtotal such as "fiscal" rather than its members).
  const chosen: { r: string; i: number }[] = [];
  for (const p of [...parts].sort((a, b) => sourcesOf(b.r).length - sourcesOf(a.r).length)) {
    if (!chosen.some((c) => sourcesOf(c.r).some((s) => sourcesOf(p.r).includes(s)))) chosen.push(p);
  }
  const covered = new Set(chosen.flatMap((c) => sourcesOf(c.r)));
  if (chosen.length === 0 || [...want].some((s) => !covered.has(s))) return undefined;
  const figures = chosen.map((c) => tableFigure(t, [total], c.i));
  return { ...figures[0]!, fen: sumFen(figures.map((f) => f.fen)), addends: figures.reduce((n, f) => n + f.addends, 0), source: { zh: figures.map((f) => f.source.zh).join(' + '), en: figures.map((f) => f.source.en).join(' + ') } };
}

/** A row of a function-coded table (or the 类 on the right of a two-sided table) in a column of the role. */
/**
 * Whether a summary's line is the 类 `code`: by its printed code, else (a template printing the 类 by name
 * only, "四、公共安全支出") by its name, as the year's catalog names the code.
 */
function isClassLine(ctx: RuleContext, row: TableRow, code: string): boolean {
  const pair = row.pair;
  if (!pair) return false;
  if (pair.code) return pair.code === code;
  const name = pair.name.replace(/^[一二三四五六七八九十]+、/, '').trim();
  return code.length === 3 && name !== '' && loadCatalog('function', ctx.doc.meta.year).lookup(code, name).match !== undefined;
}

function functionFigure(ctx: RuleContext, code: string, role: string): Figure | undefined {
  // Tables by code before the two-sided summaries: the 一般公共预算支出表 rather than the 财政拨款收支总表's column.
  const paired = (t: CheckTable) => t.rows.some((r) => r.pair);
  for (const t of [...ctx.doc.tables].sort((a, b) => Number(paired(a)) - Number(paired(b)))) {
    const col = column(t, role);
    if (col < 0 || t.rows.some((r) => r.project)) continue;
    const paired = t.rows.some((r) => r.pair);
    if (!paired && t.axis !== 'function') continue;
    // a table printing only its total (Jiangsu 2017 表三) lists no codes: it has no figure for one
    if (!paired && !t.rows.some((r) => r.code)) continue;
    const rows = t.rows.filter((r) => (paired ? isClassLine(ctx, r, code) : r.code === code));
    if (rows.length > 0 || !paired) return tableFigure(t, rows.slice(0, 1), col);
  }
  return undefined;
}

function rowByName(ctx: RuleContext, key: TableKey, role: string, match: (r: TableRow) => boolean): Figure | undefined {
  const t = ctx.doc.tables.find((x) => x.key === key);
  const col = t ? column(t, role) : -1;
  const rows = t?.rows.filter(match) ?? [];
  return t && col >= 0 ? tableFigure(t, rows, col) : undefined;
}

const THREE_PUBLIC_ROWS: Record<string, { row: RegExp; items: string }> = {
  total: { row: /合计|总计/, items: 'abroad+reception+vehiclePurchase+vehicleOperation' },
  abroad: { row: /出国/, items: 'abroad' },
  vehicle_total: { row: /购置及运行|购置和运行/, items: 'vehiclePurchase+vehicleOperation' },
  vehicle_purchase: { row: /^(其中[：:])?公务用车购置费?$|^购置费$/, items: 'vehiclePurchase' },
  vehicle_operation: { row: /运行(维护)?费$/, items: 'vehicleOperation' },
  reception: { row: /接待/, items: 'reception' },
};

function threePublicFigure(ctx: RuleContext, item: string): Figure | undefined {
  const spec = THREE_PUBLIC_ROWS[item];
  const t = ctx.doc.tables.find((x) => x.key === 'three_public_expenses');
  if (!spec || !t) return undefined;
  const single = t.roles.findIndex((r) => r.startsWith('three_public:') && r.slice(13).split('+').sort().join('+') === spec.items.split('+').sort().join('+'));
  if (single >= 0 && t.rows[0]) return tableFigure(t, [t.rows[0]], single);
  const rows = t.rows.filter((r) => (item === 'vehicle_operation' ? spec.row.test(r.name) && !/购置/.test(r.name) : spec.row.test(r.name)));
  const col = column(t, 'all');
  return col >= 0 && rows.length > 0 ? tableFigure(t, rows.slice(0, 1), col) : undefined;
}

/** The Disclosure's own figure for a prior-year style key, rounded as the narrative prints it. */
function disclosureFigure(ctx: RuleContext, key: string): Figure | undefined {
  const d = ctx.doc.disclosure;
  if (!d || !COMPARISON_KEY.test(key)) return undefined;
  return {
    fen: roundToUnit(currentAmount(d, key), d.meta.displayUnit),
    unit: d.meta.displayUnit,
    location: {},
    source: { zh: '预算数据', en: 'the budget data' },
    addends: 1,
  };
}

const ofDisclosure = (fen: Fen, unit: MoneyUnit): Figure => ({ fen, unit, location: {}, source: { zh: '预算数据', en: 'the budget data' }, addends: 1 });

/** The figure the tables (else the Disclosure) give for a subject key. */
export function currentFigure(ctx: RuleContext, key: string): Figure | undefined {
  const [head, ...rest] = key.split('.');
  const d = ctx.doc.disclosure;
  const unit = ctx.doc.meta.unit;
  switch (head) {
    case 'total':
      if (rest[0] === 'fiscal') {
        return rowByName(ctx, 'fiscal_summary', 'income', (r) => /收入总计|收入合计/.test(r.name)) ?? incomeFigure(ctx, 'fiscal');
      }
      if (rest[0]) return totalOf(ctx, rest[0]) ?? disclosureFigure(ctx, `income.${rest[0]}`);
      return totalOf(ctx, 'all', ['income_summary', 'expenditure_summary']) ?? disclosureFigure(ctx, 'total');
    case 'income':
      return incomeFigure(ctx, rest[0]!) ?? disclosureFigure(ctx, key);
    case 'spending':
      return totalOf(ctx, rest.join('.')) ?? disclosureFigure(ctx, key);
    case 'function':
      return functionFigure(ctx, rest[1]!, [rest[0], ...rest.slice(2)].join('.')) ?? disclosureFigure(ctx, key);
    case 'three_public':
      return threePublicFigure(ctx, rest[0]!) ?? disclosureFigure(ctx, key);
    case 'operating_costs': {
      const t = ctx.doc.tables.find((x) => x.roles.includes('three_public:operatingCosts'));
      if (t?.rows[0]) return tableFigure(t, [t.rows[0]], t.roles.indexOf('three_public:operatingCosts'));
      // a table of 机关运行经费 by economic class (Jiangsu 表十): its total
      const byClass = ctx.doc.tables.find((x) => x.roles.includes('operating_costs') && x.rows.some(isTotalRow));
      if (byClass) return tableFigure(byClass, byClass.rows.filter(isTotalRow).slice(0, 1), byClass.roles.indexOf('operating_costs'));
      return d ? ofDisclosure(roundToUnit(d.operatingCosts, unit), unit) : undefined;
    }
    case 'carryover': {
      const role = rest[0] === 'fiscal' ? 'carryover_fiscal' : rest[0] === 'nonfiscal' ? 'carryover_nonfiscal' : 'carryover';
      if (rest[0]?.startsWith('project:')) {
        const name = key.slice('carryover.project:'.length);
        return rowByName(ctx, 'carryover_detail', 'carryover', (r) => r.name === name);
      }
      return rowByName(ctx, 'carryover_detail', role, isTotalRow);
    }
    case 'procurement': {
      if (!d) return undefined;
      const p = d.procurement;
      const parts: Record<string, Fen> = { goods: p.goods, works: p.works, services: p.services, sme: p.smeReserve, small_micro: p.smallMicroReserve };
      const fen = rest[0] ? parts[rest[0]] : sumFen([p.goods, p.works, p.services]);
      return fen === undefined ? undefined : ofDisclosure(roundToUnit(fen, unit), unit);
    }
    case 'assets':
      return assetFigure(ctx, rest.join('.'));
    default:
      if (key.startsWith('project:')) {
        const name = key.slice('project:'.length);
        return rowByName(ctx, 'general_budget_project_expenditure', 'general_budget.project', (r) => r.project === name);
      }
      return undefined;
  }
}

function assetFigure(ctx: RuleContext, what: string): Figure | undefined {
  const a = ctx.doc.disclosure?.assets;
  const unit = ctx.doc.meta.unit;
  if (!a) return undefined;
  const value = (fen: Fen) => ofDisclosure(roundToUnit(fen, unit), unit);
  if (what === 'buildings') return value(a.buildings.value);
  if (what === 'furniture') return value(a.furniture);
  if (what === 'other') return value(a.other);
  if (what === 'vehicles') return value(sumFen(a.vehicles.map((v) => v.value)));
  const category = what.startsWith('vehicle:') ? what.slice(8) : undefined;
  const v = a.vehicles.find((x) => x.category === category || (category !== undefined && (x.category.includes(category) || category.includes(x.category))));
  return v ? value(v.value) : category !== undefined ? value(0) : undefined;
}

/** This year's exact amount from the Disclosure (before rounding for print), when it has the subject. */
export function exactFigure(ctx: RuleContext, key: string): Fen | undefined {
  const d = ctx.doc.disclosure;
  return d && COMPARISON_KEY.test(key) ? currentAmount(d, key) : undefined;
}

/** The Disclosure's prior-year figure for a subject key, when it states one. */
export function priorFigure(ctx: RuleContext, key: string): Fen | undefined {
  const d = ctx.doc.disclosure;
  if (!d) return undefined;
  if (key.startsWith('carryover.project:')) {
    const project = d.projects.find((p) => p.name === key.slice('carryover.project:'.length));
    return project ? d.priorYear[`carryover.${project.id}`]?.prior : undefined;
  }
  return d.priorYear[key]?.prior;
}
