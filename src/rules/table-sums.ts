// Family 1 — sums inside a table: 类 = Σ款 = Σ项, totals, each row's total = its parts, income lines.
import type { CheckTable } from '../check/document.ts';
import { parseFen, sumFen } from '../model/money.ts';
import { FUND_GROUPS, resolveSources, type FundGroup, type FundSource } from '../model/fund-source.ts';
import { columnIdentities, type IdentityKind } from '../tables/column-identities.ts';
import type { TableRow } from '../tables/table-model.ts';
import type { PairedSummarySpec } from '../templates/template.ts';
import { blockTotalRows } from './cross-figures.ts';
import { cellLocation, figure, reportComparison, unitSections } from './figures.ts';
import { reportAtMost } from './stated.ts';
import { sumBound } from './tolerance.ts';
import type { Rule, RuleContext } from './types.ts';

type What = { zh: string; en: string };
const isBlank = (row: TableRow, col: number) => (row.values[col] ?? '') === '';

/** Checks printed[parent] = Σ printed[children] in the given columns (all by default). Blank cells are exact zeros. */
export function checkRowSum(ctx: RuleContext, t: CheckTable, parent: TableRow, children: readonly TableRow[], what: What, columns?: readonly number[]) {
  if (children.length === 0) return;
  for (const col of columns ?? t.columns.map((_, i) => i)) {
    reportComparison(ctx, {
      location: cellLocation(t, parent, col),
      what,
      expected: children.reduce((sum, c) => sum + figure(t, c, col), 0),
      actual: figure(t, parent, col),
      bound: sumBound(children.filter((c) => !isBlank(c, col)).length, t.unit),
      unit: t.unit,
    });
  }
}

/** Checks printed[total column] = Σ printed[part columns] in every row. */
export function checkColumnSum(ctx: RuleContext, t: CheckTable, total: number, parts: readonly number[], what: What) {
  for (const row of t.rows) {
    reportComparison(ctx, {
      location: cellLocation(t, row, total),
      what,
      expected: parts.reduce((sum, p) => sum + figure(t, row, p), 0),
      actual: figure(t, row, total),
      bound: sumBound(parts.filter((p) => !isBlank(row, p)).length, t.unit),
      unit: t.unit,
    });
  }
}

const codedTables = (ctx: RuleContext, axis?: 'function' | 'economic') =>
  ctx.doc.tables.filter((t) => t.axis !== undefined && (axis === undefined || t.axis === axis) && t.rows.length > 0);
const isProjectTable = (t: CheckTable) => t.rows.some((r) => r.project);
const totalRow = (t: CheckTable) => t.rows.find((r) => r.level === 0 && r.code === '');

/** Rows whose code extends `code` by one level (2 digits), not project rows. */
function childrenOf(rows: readonly TableRow[], code: string): TableRow[] {
  return rows.filter((r) => r.code.length === code.length + 2 && r.code.startsWith(code) && !r.project);
}

function levelRule(id: string, parentLength: number, axis: 'function' | 'economic', title: What): Rule {
  return {
    id,
    family: 'table-sums',
    severity: 'error',
    title,
    check(ctx) {
      const tables = codedTables(ctx, axis);
      if (tables.length === 0) return ctx.notApplicable('没有按该分类科目列示的表 (no table with rows by this classification)');
      for (const t of tables) {
        for (const rows of unitSections(t)) {
          for (const parent of rows.filter((r) => r.code.length === parentLength)) checkRowSum(ctx, t, parent, childrenOf(rows, parent.code), title);
        }
      }
    },
  };
}

// ——— Column identities, by what the columns hold (roles: "<fund>[.<kind>][.econ:<类>]"): src/tables/column-identities.ts ———

function columnRule(id: string, kind: IdentityKind, title: What, keys?: readonly string[]): Rule {
  return {
    id,
    family: 'table-sums',
    severity: 'error',
    title,
    check(ctx) {
      const found = ctx.doc.tables
        .filter((t) => !keys || keys.includes(t.key))
        .map((t) => [t, columnIdentities(t.roles, kind)] as const)
        .filter(([t, ids]) => ids.length && t.rows.length);
      if (found.length === 0) return ctx.notApplicable('没有这种列关系的表 (no table has these columns)');
      for (const [t, ids] of found) {
        for (const { total, parts } of ids) {
          const what = { zh: `${title.zh}（${t.columns[total]} = ${parts.map((p) => t.columns[p]).join(' + ')}）`, en: `${title.en} (${t.columns[total]} = ${parts.map((p) => t.columns[p]).join(' + ')})` };
          checkColumnSum(ctx, t, total, parts, what);
        }
      }
    },
  };
}

// ——— Labelled rows (two-sided summaries, 三公): a hierarchy read from the labels' numbering ———

interface LabelNode {
  row: TableRow;
  children: LabelNode[];
  /** Children listed after 其中 (sub-items, which may not exhaust their parent). */
  subItems: LabelNode[];
}

const TOP = /^[一二三四五六七八九十]+、/;
const SECOND = /^\d+[.．、]/;
const SUB = /^其中[:：]/;

/**
 * Reads the hierarchy of labelled rows: 一、 > 1. > 其中：… ; unnumbered lines after 一、 are its parts. A level-0
 * row (a total or subtotal line) ends the list before it and is left out.
 */
function labelTree(rows: readonly TableRow[]): LabelNode[] {
  const tops: LabelNode[] = [];
  let top: LabelNode | undefined;
  let second: LabelNode | undefined;
  let inSub = false;
  for (const row of rows) {
    if (row.level === 0) {
      [top, second, inSub] = [undefined, undefined, false];
      continue;
    }
    const node: LabelNode = { row, children: [], subItems: [] };
    if (TOP.test(row.name)) {
      tops.push(node);
      top = node;
      second = undefined;
      inSub = false;
    } else if (SECOND.test(row.name)) {
      (top?.children ?? tops).push(node);
      second = node;
      inSub = false;
    } else if (SUB.test(row.name) || inSub) {
      const parent = second ?? top ?? tops.at(-1);
      if (parent) parent.subItems.push(node);
      else tops.push(node);
      inSub = true;
    } else if (top && !second) top.children.push(node);
    else tops.push(node);
  }
  return tops;
}

const walk = (nodes: LabelNode[], visit: (n: LabelNode) => void) => {
  for (const n of nodes) {
    visit(n);
    walk(n.children, visit);
    walk(n.subItems, visit);
  }
};

/** Lists of income by source (Jiangsu 2017 收入预算总表): one amount column, each row its own sources. */
const incomeLists = (ctx: RuleContext) => ctx.doc.tables.filter((t) => t.roles.length === 1 && t.roles[0] === 'income_lines' && t.rows.length > 0);

/** Rows of the left side of a two-sided table (the totals line excluded), or of a labelled table. */
const pairedTables = (ctx: RuleContext) => ctx.doc.tables.filter((t) => t.rows.some((r) => r.pair));
/** The income side's labelled lines, level-0 lines kept as the ends of lists (see labelTree); parts of a subtotal left out. */
const leftRows = (t: CheckTable) => t.rows.slice(0, -1).filter((r) => r.name !== '' && r.level < 2);
/**
 * Subtotal lines between the 类 and a two-sided table's totals line (当年收入小计 | 当年支出小计, 上年结转资金 |
 * 结转下年资金; 决算: 本年收入合计 | 本年支出合计, 年初结转和结余 | 年末结转和结余), each with the lines printed
 * under it as its parts (决算 表4: 年初财政拨款结转和结余 by fund).
 */
function subtotalLines(t: CheckTable): { row: TableRow; parts: TableRow[] }[] {
  const out: { row: TableRow; parts: TableRow[] }[] = [];
  for (const row of t.rows.slice(0, -1)) {
    if (row.level === 0) out.push({ row, parts: [] });
    else if (row.level === 2 && out.length) out.at(-1)!.parts.push(row);
  }
  return out;
}
const incomeColumn = (t: CheckTable) => t.roles.indexOf('income');
const spendingColumns = (t: CheckTable) => t.roles.map((r, i) => [r, i] as const).filter(([r]) => r !== 'income').map(([, i]) => i);

/** Sources a two-sided table's 收入总计 covers that none of the template's income lines lists. */
function unlistedSources(ctx: RuleContext, t: CheckTable): FundSource[] {
  const spec = ctx.doc.template?.tables.find((s): s is PairedSummarySpec => s.key === t.key && s.view === 'paired_summary');
  if (!spec) return [];
  const listed = resolveSources(spec.incomeLines.flatMap((l) => l.sources));
  return [...resolveSources(spec.incomeTotal.sources)].filter((s) => !listed.has(s));
}

const GROUP_WORDS: [FundGroup, string, string][] = [
  ['carryover', '上年结转结余', 'the carry-over'],
  ['carryover_fiscal', '财政拨款结转', 'the fiscal carry-over'],
  ['carryover_nonfiscal', '非财政拨款结转结余', 'the non-fiscal carry-over'],
  ['fiscal', '财政拨款收入', 'fiscal appropriations'],
  ['unit_funds', '单位资金', 'the unit’s own funds'],
];

/** Sources in words: the groups they make up ("上年结转结余"), else their ids. */
function sourcesInWords(sources: readonly FundSource[]): { zh: string; en: string } {
  let rest = [...sources];
  const zh: string[] = [];
  const en: string[] = [];
  for (const [group, z, e] of GROUP_WORDS) {
    const members: readonly FundSource[] = FUND_GROUPS[group];
    if (members.every((m) => rest.includes(m))) {
      zh.push(z);
      en.push(e);
      rest = rest.filter((s) => !members.includes(s));
    }
  }
  return { zh: [...zh, ...rest].join('、'), en: [...en, ...rest].join(', ') };
}

/** A rule on the totals line of every two-sided summary table (收支总表, 财政拨款收支总表). */
function summaryRule(id: string, title: What, each: (ctx: RuleContext, t: CheckTable, totals: TableRow, title: What) => void): Rule {
  return {
    id,
    family: 'table-sums',
    severity: 'error',
    title,
    check(ctx) {
      const tables = pairedTables(ctx);
      if (tables.length === 0) return ctx.notApplicable('没有收支总表 (no two-sided summary table)');
      for (const t of tables) each(ctx, t, t.rows.at(-1)!, title);
    },
  };
}

export const tableSumRules: Rule[] = [
  levelRule('SUM-CLASS', 3, 'function', { zh: '功能分类“类”等于其下各“款”之和', en: 'A function 类 equals the sum of its 款' }),
  levelRule('SUM-SUBCLASS', 5, 'function', { zh: '功能分类“款”等于其下各“项”之和', en: 'A function 款 equals the sum of its 项' }),
  levelRule('SUM-ECON-CLASS', 3, 'economic', { zh: '经济分类“类”等于其下各“款”之和', en: 'An economic 类 equals the sum of its 款' }),
  {
    id: 'SUM-GRAND-TOTAL',
    family: 'table-sums',
    severity: 'error',
    title: { zh: '总计等于各“类”之和', en: 'The grand total equals the sum of the 类 rows' },
    check(ctx) {
      const tables = codedTables(ctx).filter((t) => !isProjectTable(t));
      if (tables.length === 0) return ctx.notApplicable('没有按科目编码列示的表 (no table with rows by code)');
      for (const t of tables) {
        const total = totalRow(t);
        if (total) checkRowSum(ctx, t, total, t.rows.filter((r) => r.code.length === 3), this.title);
        // a table printed in blocks (人员经费合计 | 公用经费合计): each block's total = its 类
        let from = 0;
        for (const block of blockTotalRows(t)) {
          const at = t.rows.indexOf(block);
          checkRowSum(ctx, t, block, t.rows.slice(from, at).filter((r) => r.code.length === 3), this.title);
          from = at + 1;
        }
      }
    },
  },
  {
    id: 'SUM-PROJECT-ROWS',
    family: 'table-sums',
    severity: 'error',
    title: { zh: '项目支出表：“款”等于其下各项目之和，单位等于其下各“类”之和，总计等于各单位之和', en: 'Project table: a 款 equals its projects, a unit its 类, the total its units' },
    check(ctx) {
      const tables = ctx.doc.tables.filter((t) => isProjectTable(t));
      if (tables.length === 0) return ctx.notApplicable('没有项目支出表 (no project table)');
      for (const t of tables) {
        const units = t.rows.filter((r) => r.code === '' && r.level === 1);
        const total = totalRow(t);
        if (total) checkRowSum(ctx, t, total, units, this.title);
        t.rows.forEach((row, i) => {
          if (row.code === '' && row.level === 1) {
            const end = t.rows.findIndex((r, j) => j > i && r.code === '' && r.level <= 1);
            const within = t.rows.slice(i + 1, end < 0 ? undefined : end);
            checkRowSum(ctx, t, row, within.filter((r) => r.code.length === 3), this.title);
          }
          if (row.code.length === 5) {
            const projects = t.rows.filter((r, j) => j > i && r.project && r.code.startsWith(row.code));
            const end = t.rows.findIndex((r, j) => j > i && !(r.project && r.code.startsWith(row.code)));
            checkRowSum(ctx, t, row, projects.filter((p) => end < 0 || t.rows.indexOf(p) < end), this.title);
          }
        });
      }
    },
  },
  {
    id: 'SUM-UNIT-ROWS',
    family: 'table-sums',
    severity: 'error',
    title: { zh: '结转结余表：单位等于其下各行之和，总计等于各单位之和', en: 'Carry-over table: a unit equals its rows, the total its units' },
    check(ctx) {
      const t = ctx.doc.tables.find((x) => x.key === 'carryover_detail' && x.rows.length);
      if (!t) return ctx.notApplicable('没有结转结余明细表或表为空 (no carry-over detail)');
      const units = t.rows.filter((r) => r.level === 1);
      const total = totalRow(t);
      if (total) checkRowSum(ctx, t, total, units, this.title);
      t.rows.forEach((row, i) => {
        if (row.level !== 1) return;
        const end = t.rows.findIndex((r, j) => j > i && r.level <= 1);
        checkRowSum(ctx, t, row, t.rows.slice(i + 1, end < 0 ? undefined : end), this.title);
      });
    },
  },
  columnRule('SUM-BASIC-PROJECT', 'kinds', { zh: '合计等于基本支出与项目支出之和', en: 'Total equals basic plus project spending' }),
  columnRule('SUM-PERSONNEL-PUBLIC', 'personnel', { zh: '基本支出等于人员经费与公用经费之和', en: 'Basic spending equals personnel plus public costs' }),
  columnRule('SUM-FUND-COLUMNS', 'funds', { zh: '合计等于各资金来源之和', en: 'A total equals the sum of its fund sources' }),
  columnRule('SUM-ECON-COLUMNS', 'econ', { zh: '项目支出合计等于各经济分类之和', en: 'Project total equals the sum of its economic classes' }),
  {
    id: 'SUM-THREE-PUBLIC-FUNDS',
    family: 'table-sums',
    severity: 'error',
    title: { zh: '“三公”经费各行合计等于各资金来源之和', en: '三公 rows: total equals the sum of the funds' },
    check(ctx) {
      const t = ctx.doc.tables.find((x) => x.key === 'three_public_expenses' && x.roles[0] === 'all' && x.roles.length > 1);
      if (!t) return ctx.notApplicable('没有分资金来源的“三公”经费表 (no 三公 table by fund)');
      checkColumnSum(ctx, t, 0, t.roles.slice(1).map((_, i) => i + 1), this.title);
    },
  },
  {
    id: 'SUM-THREE-PUBLIC-ITEMS',
    family: 'table-sums',
    severity: 'error',
    title: { zh: '“三公”经费合计等于各项之和，公务用车小计等于购置与运行之和', en: '三公 total equals its items; vehicles subtotal equals purchase plus operation' },
    check(ctx) {
      const t = ctx.doc.tables.find((x) => x.key === 'three_public_expenses' && x.rows.length > 1);
      if (!t) return ctx.notApplicable('没有分项列示的“三公”经费表 (no 三公 table by item)');
      const [total, ...rest] = t.rows;
      const tree = labelTree(rest);
      checkRowSum(ctx, t, total!, tree.map((n) => n.row), this.title);
      walk(tree, (n) => checkRowSum(ctx, t, n.row, n.subItems.map((s) => s.row), this.title));
    },
  },
  {
    id: 'SUM-INCOME-LINES',
    family: 'table-sums',
    severity: 'error',
    title: { zh: '收入项目等于其下各分项之和（一、本年收入 = 1.+2.+…；其中各项）', en: 'An income line equals its numbered parts and its complete 其中 items' },
    check(ctx) {
      const tables = pairedTables(ctx);
      if (tables.length === 0) return ctx.notApplicable('没有收支总表 (no two-sided summary table)');
      const complete = ctx.doc.template?.subItemsComplete === true;
      for (const t of tables) {
        const col = incomeColumn(t);
        walk(labelTree(leftRows(t)), (n) => {
          checkRowSum(ctx, t, n.row, n.children.map((c) => c.row), this.title, [col]);
          if (complete) checkRowSum(ctx, t, n.row, n.subItems.map((c) => c.row), this.title, [col]);
        });
        for (const s of subtotalLines(t)) checkRowSum(ctx, t, s.row, s.parts, this.title, [col]);
      }
    },
  },
  {
    id: 'SUM-INCOME-LIST',
    family: 'table-sums',
    severity: 'error',
    title: { zh: '收入列表：收入总计等于各类资金小计之和，小计等于其下各项之和（“其中”项除外）', en: 'Income list: the total equals the groups’ subtotals, each subtotal its lines (其中 lines aside)' },
    check(ctx) {
      const tables = incomeLists(ctx);
      if (tables.length === 0) return ctx.notApplicable('没有按资金来源逐行列示的收入表 (no list of income by source)');
      for (const t of tables) {
        const total = t.rows.find((r) => r.level === 0);
        if (total) checkRowSum(ctx, t, total, t.rows.filter((r) => r.level === 1), this.title);
        t.rows.forEach((row, i) => {
          if (row.level !== 1) return;
          const end = t.rows.findIndex((r, j) => j > i && r.level <= 1);
          const parts = t.rows.slice(i + 1, end < 0 ? undefined : end).filter((r) => !SUB.test(r.name));
          checkRowSum(ctx, t, row, parts, this.title);
        });
      }
    },
  },
  {
    id: 'SUM-SUBITEMS-WITHIN',
    family: 'table-sums',
    severity: 'error',
    title: { zh: '“其中”项不超过其所属项目', en: 'A 其中 item does not exceed its parent' },
    check(ctx) {
      const tables = [...pairedTables(ctx), ...ctx.doc.tables.filter((t) => t.key === 'three_public_expenses'), ...incomeLists(ctx)];
      if (tables.length === 0) return ctx.notApplicable('没有列示“其中”项的表 (no table with 其中 items)');
      for (const t of tables) {
        const paired = t.rows.some((r) => r.pair);
        const rows = paired ? leftRows(t) : t.rows.slice(1);
        const columns = paired ? [incomeColumn(t)] : t.columns.map((_, i) => i);
        walk(labelTree(rows), (n) => {
          for (const sub of n.subItems) {
            for (const col of columns) {
              const [part, whole] = [figure(t, sub.row, col), figure(t, n.row, col)];
              if (Math.abs(part) > Math.abs(whole)) {
                ctx.report({
                  message: {
                    zh: `“${sub.row.name}”${t.columns[col]} ${sub.row.values[col]} 超过所属“${n.row.name}” ${n.row.values[col] || '0.00'}`,
                    en: `"${sub.row.name}" ${sub.row.values[col]} exceeds its parent "${n.row.name}" ${n.row.values[col] || '0.00'}`,
                  },
                  location: cellLocation(t, sub.row, col),
                  expected: `≤ ${n.row.values[col] || '0.00'}`,
                  actual: sub.row.values[col] ?? '',
                });
              }
            }
          }
        });
      }
    },
  },
  summaryRule(
    'SUM-INCOME-TOTAL',
    {
      zh: '收入总计等于本年收入与上年结转结余之和；收入项目未列出总计所含的全部来源时，各项之和不超过收入总计',
      en: 'Total income equals this year’s income plus the carry-over; where the income lines leave out a source the total covers, they add up to at most the total',
    },
    (ctx, t, totals, title) => {
      const tops = labelTree(leftRows(t)).filter((n) => TOP.test(n.row.name)).map((n) => n.row);
      if (tops.length === 0) return;
      const col = incomeColumn(t);
      const subs = subtotalLines(t).map((s) => s.row);
      if (subs.length) {
        // this year's income (当年收入小计, 本年收入合计) = the income lines; the total = it + the balances brought in
        checkRowSum(ctx, t, subs[0]!, tops, title, [col]);
        return checkRowSum(ctx, t, totals, subs, title, [col]);
      }
      const unlisted = unlistedSources(ctx, t);
      if (unlisted.length === 0) return checkRowSum(ctx, t, totals, tops, title, [col]);
      // The total holds money no line shows (Shanghai's 收支总表 has no 上年结转 line): the lines are a lower bound.
      const words = sourcesInWords(unlisted);
      reportAtMost(ctx, {
        location: cellLocation(t, totals, col),
        what: {
          zh: `各收入项目之和不超过收入总计（本表收入项目未列出收入总计所含的${words.zh}，只核对不超过）`,
          en: `The income lines add up to at most the total income (the lines leave out ${words.en}, which the total covers: only ≤ is checked)`,
        },
        limit: figure(t, totals, col),
        actual: tops.reduce((sum, r) => sum + figure(t, r, col), 0),
        bound: sumBound(tops.filter((r) => !isBlank(r, col)).length, t.unit),
        unit: t.unit,
      });
    },
  ),
  summaryRule('SUM-EXPENDITURE-SIDE', { zh: '支出总计等于各功能分类“类”之和（有小计行时：本年支出小计等于各“类”之和，总计等于各小计行之和）', en: 'Total spending equals the sum of the function 类 (with subtotal lines: this year’s subtotal equals the 类, the total the subtotal lines)' }, (ctx, t, totals, title) => {
    const classes = t.rows.slice(0, -1).filter((r) => r.pair?.name && r.level > 0);
    const subs = subtotalLines(t).map((s) => s.row);
    if (subs.length === 0) return checkRowSum(ctx, t, totals, classes, title, spendingColumns(t));
    checkRowSum(ctx, t, subs[0]!, classes, title, spendingColumns(t));
    checkRowSum(ctx, t, totals, subs, title, spendingColumns(t));
  }),
  summaryRule('SUM-USE-SIDE', { zh: '支出总计等于支出用途各项之和', en: 'Total spending equals the sum of the 支出用途 lines' }, (ctx, t, totals, title) => {
    const uses = t.rows.filter((r) => r.use && r.level > 0).map((r) => r.use!);
    if (uses.length === 0) return;
    const spending = spendingColumns(t)[0]!;
    const printed = uses.filter((u) => parseFen(u.value, t.unit) !== null);
    reportComparison(ctx, {
      location: cellLocation(t, totals, spending),
      what: title,
      expected: sumFen(printed.map((u) => parseFen(u.value, t.unit)!)),
      actual: figure(t, totals, spending),
      bound: sumBound(printed.length, t.unit),
      unit: t.unit,
    });
  }),
  {
    ...summaryRule('SUM-BALANCE', { zh: '预算收支平衡：收入总计等于支出总计', en: 'A budget balances: total income equals total spending' }, (ctx, t, totals, title) => {
      const spending = spendingColumns(t)[0]!;
      reportComparison(ctx, {
        location: cellLocation(t, totals, spending),
        what: title,
        expected: figure(t, totals, incomeColumn(t)),
        actual: figure(t, totals, spending),
        bound: 0,
        unit: t.unit,
      });
    }),
    stages: ['budget'],
  },
];
