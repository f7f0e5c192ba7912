// Figures the cross-table rules compare, whatever a template calls its columns and lines: a cell, or the sum
// of the cells whose column roles make up the wanted fund and kind ("general_budget" = 一般公共预算 +
// 上级一般公共预算安排的转移支付); income lines of two-sided tables by the sources they sum; rows by code.
// And reporting one table's figure against another's, located in the table being checked.
import type { CheckTable } from '../check/document.ts';
import { FUND_GROUPS, FUND_SOURCES, resolveSources, SPENDING_KINDS, type FundGroup, type FundSource, type SpendingKind } from '../model/fund-source.ts';
import type { Fen, MoneyUnit } from '../model/money.ts';
import type { TableKey, TableRow } from '../tables/table-model.ts';
import { incomeLabels, type IncomeLine as TemplateIncomeLine, type PairedSummarySpec } from '../templates/template.ts';
import { figure, reportComparison, rowLabel } from './figures.ts';
import { compareFigures, halfUnit, shown, sumBound } from './tolerance.ts';
import type { Location, RuleContext } from './types.ts';

// ——— Tables ———

/** The table, or the rule does not apply (the template has no such table) or cannot check (the document lacks it). */
export function needTable(ctx: RuleContext, key: TableKey): CheckTable {
  const table = ctx.doc.tables.find((t) => t.key === key);
  if (table) return table;
  const template = ctx.doc.template;
  if (template && !template.tables.some((t) => t.key === key)) ctx.notApplicable(`模板 ${template.id} 无表 ${key} (the template has no such table)`);
  if (!template) ctx.notApplicable(`文件中无表 ${key} (the document has no such table)`);
  return ctx.unchecked(`缺少表 ${key} (table missing)`);
}

/** The table when the template has it; undefined when it does not (its figures then count as absent). */
export function templateTable(ctx: RuleContext, key: TableKey): CheckTable | undefined {
  const table = ctx.doc.tables.find((t) => t.key === key);
  if (table) return table;
  const template = ctx.doc.template;
  if (!template || !template.tables.some((t) => t.key === key)) return undefined;
  return ctx.unchecked(`缺少表 ${key} (table missing)`);
}

/** The grand-total row: level 0, no code (the 合计/总计 line of a two-sided table has a pair). */
export const totalRow = (t: CheckTable): TableRow | undefined => t.rows.find((r) => r.level === 0 && r.code === '');

const isProject = (r: TableRow) => r.project !== undefined && r.project !== '';

// ——— Column roles ———

/** What a column holds: the fund sources, spending kinds and economic 类 its cells sum. */
export interface Role {
  sources: ReadonlySet<FundSource>;
  kinds: ReadonlySet<SpendingKind>;
  econ: string;
}

const isFund = (name: string): name is FundSource | FundGroup => Object.hasOwn(FUND_GROUPS, name) || (FUND_SOURCES as readonly string[]).includes(name);
const isKind = (name: string) => (SPENDING_KINDS as readonly string[]).includes(name);

/** Parses a role string ("carryover_fiscal.personnel", "general_budget.project.econ:302"); undefined for others ("income"). */
export function parseRole(role: string): Role | undefined {
  const [fund = '', ...rest] = role.split('.');
  const funds = fund.split('+');
  if (!funds.every(isFund)) return undefined;
  let kinds: Set<SpendingKind> = new Set(SPENDING_KINDS);
  let econ = '';
  for (const part of rest) {
    if (part.startsWith('econ:')) econ = part.slice('econ:'.length);
    else if (part === 'basic') kinds = new Set(['personnel', 'public']);
    else if (part.split('+').every(isKind)) kinds = new Set(part.split('+') as SpendingKind[]);
    else return undefined;
  }
  return { sources: resolveSources(funds.filter(isFund)), kinds, econ };
}

const subset = <T>(a: ReadonlySet<T>, b: ReadonlySet<T>) => [...a].every((x) => b.has(x));
const meets = <T>(a: ReadonlySet<T>, b: ReadonlySet<T>) => [...a].some((x) => b.has(x));
const size = (r: Role) => r.sources.size * r.kinds.size;

/** A role with other sources: the same kinds and economic 类. */
export const withSources = (r: Role, sources: Iterable<FundSource>): Role => ({ ...r, sources: new Set(sources) });

/** One printed amount that may be summed into a figure: a cell, or an income line. */
interface Part {
  role: Role;
  fen: Fen;
  printed: boolean;
  column?: number;
  label?: string;
}

/**
 * The parts that make up `want` exactly: the largest fitting parts first, none overlapping. Column roles and
 * income lines nest (小计 over its funds, 本年收入 over its lines), so this finds the cover when there is one.
 */
function cover(parts: readonly Part[], want: Role): Part[] | undefined {
  const fitting = parts
    .filter((p) => p.role.econ === want.econ && subset(p.role.sources, want.sources) && subset(p.role.kinds, want.kinds))
    .sort((a, b) => size(b.role) - size(a.role));
  const picked: Part[] = [];
  for (const p of fitting) {
    if (picked.every((q) => !(meets(p.role.sources, q.role.sources) && meets(p.role.kinds, q.role.kinds)))) picked.push(p);
  }
  return picked.reduce((n, p) => n + size(p.role), 0) === size(want) ? picked : undefined;
}

// ——— Figures ———

/** An amount read from a table: one printed cell or the sum of several, with where it stands. */
export interface Figure {
  fen: Fen;
  /** Non-blank printed cells summed (their rounding adds up). */
  addends: number;
  table: CheckTable;
  /** Row as printed ("208 01 02 一般行政管理事务"). */
  row: string;
  /** Columns summed. */
  columns: number[];
  /** Where the figure stands when not in a table cell (a narrative sentence, the disclosure data). */
  location?: Location;
  /** How to name it when not by table, row and column. */
  name?: { zh: string; en: string };
  /** Its unit when not the table's (a narrative amount). */
  unit?: MoneyUnit;
}

const rowParts = (t: CheckTable, row: TableRow): Part[] =>
  t.roles.flatMap((r, column) => {
    const role = parseRole(r);
    return role ? [{ role, fen: figure(t, row, column), printed: (row.values[column] ?? '') !== '', column }] : [];
  });

const figureOf = (t: CheckTable, row: string, parts: readonly Part[]): Figure => ({
  fen: parts.reduce((s, p) => s + p.fen, 0),
  addends: parts.filter((p) => p.printed).length,
  table: t,
  row,
  columns: parts.flatMap((p) => (p.column === undefined ? [] : [p.column])),
});

/** A list of income by source: each row's amount holds its own role (TableRow.role), in the one column. */
const isLineList = (t: CheckTable) => t.rows.some((r) => r.role !== undefined);

/**
 * The parts of a list of income: its rows with a role, and — since the total is the sum of the groups — a
 * zero for the sources of the total that no group lists (a list without 国有资本经营预算 says it has none).
 */
function lineParts(t: CheckTable): Part[] {
  const parts: Part[] = [];
  for (const r of t.rows) {
    const role = r.role === undefined ? undefined : parseRole(r.role);
    if (role) parts.push({ role, fen: figure(t, r, 0), printed: (r.values[0] ?? '') !== '', column: 0, label: rowLabel(r) });
  }
  const total = t.rows.find((r) => r.level === 0 && r.role !== undefined);
  const whole = total?.role === undefined ? undefined : parseRole(total.role);
  if (whole) {
    const listed = new Set(parts.filter((p) => p.label !== rowLabel(total!)).flatMap((p) => [...p.role.sources]));
    const rest = [...whole.sources].filter((s) => !listed.has(s));
    if (rest.length) parts.push({ role: { ...whole, sources: new Set(rest) }, fen: 0, printed: false });
  }
  return parts;
}

/** The amount of `want` in a row: the cells whose roles make it up, summed; undefined when the columns cannot. */
export function cellFigure(t: CheckTable, row: TableRow, want: Role | string): Figure | undefined {
  const role = typeof want === 'string' ? parseRole(want) : want;
  if (role && isLineList(t)) {
    // a list holds one figure of each role, whichever row is asked for: its lines, summed
    const parts = cover(lineParts(t), role);
    const labels = parts?.flatMap((p) => (p.label ? [p.label] : []));
    return parts && figureOf(t, labels?.length ? labels.join('＋') : rowLabel(row), parts);
  }
  const parts = role && cover(rowParts(t, row), role);
  return parts && figureOf(t, rowLabel(row), parts);
}

/** Whether the table's columns (or a list's lines) can give `want`. */
export const hasRole = (t: CheckTable, want: Role | string): boolean => {
  const role = typeof want === 'string' ? parseRole(want) : want;
  if (role && isLineList(t)) return cover(lineParts(t), role) !== undefined;
  const probe: TableRow = { code: '', name: '', level: 0, values: t.columns.map(() => '') };
  return role !== undefined && cover(rowParts(t, probe), role) !== undefined;
};

/** Sums figures of several rows (a code printed once per unit, the projects of a 项). */
function sumFigures(t: CheckTable, row: string, figures: readonly Figure[]): Figure {
  return {
    fen: figures.reduce((s, f) => s + f.fen, 0),
    addends: figures.reduce((s, f) => s + f.addends, 0),
    table: t,
    row,
    columns: figures[0]?.columns ?? [],
  };
}

/** A figure of nothing printed (a row or table the document does not have). */
export const absent = (t: CheckTable, row: string): Figure => ({ fen: 0, addends: 0, table: t, row, columns: [] });

/** The grand-total row; for a table printed empty, a row of blanks (its totals are zero). */
export function totalOrEmpty(t: CheckTable): TableRow | undefined {
  return totalRow(t) ?? (t.rows.length === 0 ? { code: '', name: '总计（空表）', level: 0, values: t.columns.map(() => '') } : undefined);
}

/**
 * The totals of a table printed in blocks without a grand total (决算 基本支出表: 人员经费合计, 公用经费合计):
 * its codeless rows named …合计 outside a project table, when there are two or more.
 */
export function blockTotalRows(t: CheckTable): TableRow[] {
  if (totalRow(t) || t.rows.some(isProject)) return [];
  const rows = t.rows.filter((r) => r.code === '' && r.level === 1 && /(合计|总计)$/.test(r.name));
  return rows.length >= 2 ? rows : [];
}

/** The table's grand total of `want`; zero for a table printed empty; the sum of its blocks' totals for a table printed in blocks. */
export function totalFigure(t: CheckTable, want: Role | string): Figure | undefined {
  const total = totalOrEmpty(t);
  if (total) return cellFigure(t, total, want);
  const blocks = blockTotalRows(t);
  if (blocks.length === 0) return undefined;
  const figures = blocks.map((r) => cellFigure(t, r, want));
  return figures.every((f) => f !== undefined) ? sumFigures(t, blocks.map((r) => r.name).join(' + '), figures as Figure[]) : undefined;
}

/**
 * Figures by classification code (and '' for the total) of a table with rows by code. A code printed on
 * several rows (once per unit) is summed; in a project table a code without a row of its own is the sum of
 * the projects under it.
 */
export function codeFigures(t: CheckTable, want: Role | string): Map<string, Figure> {
  const out = new Map<string, Figure>();
  const total = totalFigure(t, want);
  if (total) out.set('', total);
  const byCode = new Map<string, TableRow[]>();
  for (const r of t.rows) if (r.code) byCode.set(r.code, [...(byCode.get(r.code) ?? []), r]);
  const projects = t.rows.filter(isProject);
  const codes = new Set(byCode.keys());
  for (const p of projects) for (const len of [3, 5, 7]) if (p.code.length >= len) codes.add(p.code.slice(0, len));
  for (const code of codes) {
    const own = (byCode.get(code) ?? []).filter((r) => !isProject(r));
    const rows = own.length ? own : projects.filter((p) => p.code.startsWith(code));
    const figures = rows.map((r) => cellFigure(t, r, want));
    if (figures.some((f) => f === undefined)) continue;
    out.set(code, sumFigures(t, rowLabel(rows[0]!), figures as Figure[]));
  }
  return out;
}

// ——— Two-sided tables ———

const normalize = (label: string) =>
  label.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')').replace(/：/g, ':').replace(/．/g, '.');

/** An income line of a two-sided table with the sources it sums (from the template's lines, matched by label). */
export interface IncomeLine {
  row: TableRow;
  sources: ReadonlySet<FundSource>;
  figure: Figure;
  total: boolean;
}

export function incomeLines(ctx: RuleContext, t: CheckTable): IncomeLine[] {
  const spec = ctx.doc.template?.tables.find((s): s is PairedSummarySpec => s.key === t.key && s.view === 'paired_summary');
  const column = t.roles.indexOf('income');
  if (!spec || column < 0) return [];
  const lines = spec.incomeLines.filter((l) => l.sources.length > 0);
  const out: IncomeLine[] = [];
  t.rows.forEach((row, i) => {
    const name = normalize(row.name);
    // parts of a subtotal line (决算 表4: 年初财政拨款结转和结余's 一、二、三) repeat the income lines' labels
    if (!name || row.level === 2) return;
    const isTotal = row.level === 0;
    const named = (l: TemplateIncomeLine) => incomeLabels(l).some((label) => normalize(label) === name);
    const byPosition = spec.incomeLines[i];
    const line = isTotal
      ? normalize(spec.incomeTotal.label) === name ? spec.incomeTotal : undefined
      : byPosition && named(byPosition) && byPosition.sources.length
        ? byPosition
        : (lines.filter(named).length === 1 ? lines.find(named) : undefined);
    if (!line) return;
    const printed = (row.values[column] ?? '') !== '';
    out.push({
      row,
      sources: resolveSources(line.sources),
      total: isTotal,
      figure: { fen: figure(t, row, column), addends: printed ? 1 : 0, table: t, row: row.name, columns: [column] },
    });
  });
  return out;
}

/** The amount of a set of sources from a two-sided table's income lines (the total line excluded). */
export function incomeFigure(t: CheckTable, lines: readonly IncomeLine[], sources: ReadonlySet<FundSource>): Figure | undefined {
  const all = new Set(SPENDING_KINDS);
  const parts: Part[] = lines
    .filter((l) => !l.total)
    .map((l) => ({ role: { sources: l.sources, kinds: all, econ: '' }, fen: l.figure.fen, printed: l.figure.addends > 0, label: l.row.name }));
  const picked = cover(parts, { sources, kinds: all, econ: '' });
  return picked && { ...figureOf(t, picked.map((p) => p.label).join(' + '), picked), columns: [t.roles.indexOf('income')] };
}

/** The function 类 rows of a two-sided table by code; a 类 printed without code ("一、一般公共服务支出") by the name of `named`'s 类. */
export function pairedClassRows(t: CheckTable, named: readonly CheckTable[]): Map<string, TableRow> {
  const codeByName = new Map<string, string>();
  for (const n of named) for (const r of n.rows) if (r.code.length === 3) codeByName.set(normalize(r.name), r.code);
  const out = new Map<string, TableRow>();
  for (const r of t.rows) {
    if (r.level === 0 || !r.pair || !r.pair.name) continue;
    const name = normalize(r.pair.name.replace(/^[一二三四五六七八九十]+[、.]/, ''));
    out.set(r.pair.code || codeByName.get(name) || `name:${name}`, r);
  }
  return out;
}

/** A paired row's spending side as a row of its own (for labels and figures). */
export const spendingSide = (r: TableRow): TableRow => ({ ...r, code: r.pair?.code ?? '', name: r.pair?.name ?? '', pair: undefined });

// ——— Reporting ———

const title = (t: CheckTable) => `表${t.number}《${t.title}》`;
const titleEn = (t: CheckTable) => `table ${t.number} (${t.title})`;
const columnsOf = (f: Figure) => f.columns.map((c) => f.table.columns[c]).join('＋');

/** The other side of a comparison, named for a message: 表5《一般公共预算支出情况表》208 社会保障和就业支出“合计”. */
export function describe(f: Figure): { zh: string; en: string } {
  if (f.name) return f.name;
  const cols = columnsOf(f);
  return {
    zh: `${title(f.table)}${f.row}${cols ? `“${cols}”` : ''}`,
    en: `${titleEn(f.table)} ${f.row}${cols ? ` [${cols}]` : ''}`,
  };
}

export function figureLocation(f: Figure): Location {
  if (f.location) return f.location;
  return {
    ...(f.table.page !== undefined ? { page: f.table.page } : {}),
    table: f.table.number,
    key: f.table.key,
    ...(f.row ? { row: f.row } : {}),
    ...(f.columns.length === 1 ? { column: f.table.columns[f.columns[0]!]! } : {}),
  };
}

/**
 * What rounding explains between two figures: none for one figure printed twice; n half-units for a figure
 * against n printed addends (sumBound); half a unit of the coarser unit between tables in different units.
 */
export function boundBetween(a: Figure, b: Figure): Fen {
  const na = Math.max(1, a.addends);
  const nb = Math.max(1, b.addends);
  const [ua, ub] = [unitOf(a), unitOf(b)];
  if (ua === ub) return sumBound(na + nb - 1, ua);
  return sumBound(na, ua) + sumBound(nb, ub) + Math.max(halfUnit(ua), halfUnit(ub));
}

const unitOf = (f: Figure): MoneyUnit => f.unit ?? f.table.unit;

/** `at` equals `other`, is at most `other`, or at least `other`. */
export type Relation = 'equal' | 'at_most' | 'at_least';
const FLIPPED: Record<Relation, Relation> = { equal: 'equal', at_most: 'at_least', at_least: 'at_most' };

/**
 * Reports `at` (the figure of the table being checked; the finding is located there) against `other`:
 * equal, or at most `other`. Rounding differences are info; anything beyond is the rule's severity.
 */
export function reportAgainst(ctx: RuleContext, at: Figure, other: Figure, relation: Relation = 'equal', bound = boundBetween(at, other)): void {
  const [self, what] = [describe(at), describe(other)];
  const location = figureLocation(at);
  const unit = unitOf(at);
  if (relation === 'equal') {
    reportComparison(ctx, { location, what: { zh: `${self.zh}与${what.zh}`, en: `${self.en} = ${what.en}` }, expected: other.fen, actual: at.fen, bound, unit });
    return;
  }
  const cmp = compareFigures(other.fen, at.fen, bound);
  const beyond = relation === 'at_most' ? cmp.difference : -cmp.difference;
  if (beyond <= 0) return;
  const figures = { expected: shown(other.fen, unit), actual: shown(at.fen, unit), difference: shown(cmp.difference, unit) };
  const [over, overEn] = relation === 'at_most' ? ['超过', 'exceeds'] : ['少于', 'falls short of'];
  const [limit, limitEn] = relation === 'at_most' ? ['不应超过', 'must not exceed'] : ['不应少于', 'must not be less than'];
  const gap = shown(beyond, unit);
  ctx.report({
    ...(cmp.verdict === 'rounding' ? { severity: 'info' as const } : {}),
    message:
      cmp.verdict === 'rounding'
        ? {
            zh: `${self.zh} ${figures.actual} ${over}${what.zh} ${figures.expected} ${gap}，在四舍五入尾差范围内（±${shown(bound, unit)}）`,
            en: `${self.en} ${figures.actual} ${overEn} ${what.en} ${figures.expected} by ${gap} — within rounding (±${shown(bound, unit)})`,
          }
        : {
            zh: `${self.zh} ${figures.actual} ${limit}${what.zh} ${figures.expected}，相差 ${gap}`,
            en: `${self.en} ${figures.actual} ${limitEn} ${what.en} ${figures.expected}; difference ${gap}`,
          },
    location,
    ...figures,
  });
}

/**
 * Compares figures by code: for every code either side has, `at`'s figure against `other`'s (a code one side
 * lacks counts as zero there). Located in `at`'s table, or in `other`'s when `at` lacks the row.
 */
/** Whether a table prints rows by code: a table by code (empty or not), or a two-sided table's 类. */
const listsCodes = (t: CheckTable) => t.axis !== undefined || t.rows.some((r) => r.code !== '' || r.pair !== undefined);

export function reportCodes(
  ctx: RuleContext,
  at: { table: CheckTable; figures: Map<string, Figure> },
  other: { table: CheckTable; figures: Map<string, Figure> },
  relation: Relation = 'equal',
  include: (code: string) => boolean = () => true,
): number {
  // a table printed without rows by code (Jiangsu's one-row 支出预算总表, a list of income) gives its total only
  const totalsOnly = !listsCodes(at.table) || !listsCodes(other.table);
  const codes = [...new Set([...at.figures.keys(), ...other.figures.keys()])].filter((code) => include(code) && (!totalsOnly || code === ''));
  codes.sort((a, b) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b)));
  for (const code of codes) {
    const a = at.figures.get(code);
    const b = other.figures.get(code);
    if (a) reportAgainst(ctx, a, b ?? absent(other.table, `${a.row}（未列示）`), relation);
    // `at` does not print the row (zero there): the finding stands at the other table's row.
    else if (b && b.fen !== 0) reportAgainst(ctx, b, absent(at.table, `${b.row}（未列示）`), FLIPPED[relation]);
  }
  return codes.length;
}
