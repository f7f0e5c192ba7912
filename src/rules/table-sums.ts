// Family 1 — sums inside a table: 类 = Σ款 = Σ项, totals, each row's total = its parts, income lines.
import type { CheckTable } from '../check/document.ts';
import type { TableRow } from '../tables/table-model.ts';
import { cellLocation, figure, reportComparison } from './figures.ts';
import { sumBound } from './tolerance.ts';
import type { Rule, RuleContext } from './types.ts';

/** Checks printed[parent] = Σ printed[children] in every column, with the rounding bound of the children. */
export function checkRowSum(ctx: RuleContext, t: CheckTable, parent: TableRow, children: readonly TableRow[], what: { zh: string; en: string }) {
  if (children.length === 0) return;
  t.columns.forEach((_, col) => {
    const parts = children.map((c) => figure(t, c, col));
    reportComparison(ctx, {
      location: cellLocation(t, parent, col),
      what,
      expected: parts.reduce((a, b) => a + b, 0),
      actual: figure(t, parent, col),
      bound: sumBound(children.length, t.unit),
      unit: t.unit,
    });
  });
}

/** Checks printed[total column] = Σ printed[part columns] in every row. */
export function checkColumnSum(ctx: RuleContext, t: CheckTable, total: number, parts: readonly number[], what: { zh: string; en: string }) {
  for (const row of t.rows) {
    reportComparison(ctx, {
      location: cellLocation(t, row, total),
      what,
      expected: parts.map((p) => figure(t, row, p)).reduce((a, b) => a + b, 0),
      actual: figure(t, row, total),
      bound: sumBound(parts.length, t.unit),
      unit: t.unit,
    });
  }
}

const codedTables = (ctx: RuleContext, axis?: 'function' | 'economic') =>
  ctx.doc.tables.filter((t) => t.axis !== undefined && (axis === undefined || t.axis === axis) && t.rows.length > 0);

/** Rows whose code extends `code` by one level (2 digits), or the 类 rows under the total. */
function childrenOf(t: CheckTable, code: string): TableRow[] {
  return t.rows.filter((r) => r.code.length === (code ? code.length + 2 : 3) && r.code.startsWith(code) && r.level > 0);
}

const levelRule = (id: string, parentLength: number, axis: 'function' | 'economic', title: { zh: string; en: string }): Rule => ({
  id,
  family: 'table-sums',
  severity: 'error',
  title,
  check(ctx) {
    const tables = codedTables(ctx, axis);
    if (tables.length === 0) ctx.notApplicable('没有按科目编码列示的表 (no table with rows by code)');
    for (const t of tables) {
      for (const parent of t.rows.filter((r) => r.code.length === parentLength)) {
        // Project tables list projects under a 款 with the 项 code: those rows are checked by SUM-PROJECT-ROWS.
        const children = childrenOf(t, parent.code).filter((c) => c.project === undefined || c.project === '');
        if (children.length) checkRowSum(ctx, t, parent, children, title);
      }
    }
  },
});

/** Finds the total row of a table (no code, level 0). */
const totalRow = (t: CheckTable) => t.rows.find((r) => r.level === 0 && r.code === '' && !r.pair);

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
      const tables = codedTables(ctx).filter((t) => !t.rows.some((r) => r.project));
      if (tables.length === 0) ctx.notApplicable('没有按科目编码列示的表 (no table with rows by code)');
      for (const t of tables) {
        const total = totalRow(t);
        if (total) checkRowSum(ctx, t, total, t.rows.filter((r) => r.code.length === 3), this.title);
      }
    },
  },
];
