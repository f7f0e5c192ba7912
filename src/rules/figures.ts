// Reading printed figures out of the table model, and reporting a comparison of them.
import type { CheckTable } from '../check/document.ts';
import { parseFen, type Fen } from '../model/money.ts';
import type { TableKey, TableRow } from '../tables/table-model.ts';
import { compareFigures, shown } from './tolerance.ts';
import type { Location, RuleContext } from './types.ts';

export function tableOf(ctx: RuleContext, key: TableKey): CheckTable | undefined {
  return ctx.doc.tables.find((t) => t.key === key);
}

/** The table, or the rule cannot check (the document lacks it). */
export function requireTable(ctx: RuleContext, key: TableKey): CheckTable {
  return tableOf(ctx, key) ?? ctx.unchecked(`缺少表 ${key} (table missing)`);
}

/** A printed cell in fen; blank is zero. */
export function figure(table: CheckTable, row: TableRow, column: number): Fen {
  const text = row.values[column] ?? '';
  return parseFen(text, table.unit) ?? 0;
}

/** Whether a cell prints a figure: a blank (or a dash) is an exact zero, not a rounded addend. */
export function isPrinted(table: CheckTable, row: TableRow, column: number): boolean {
  return parseFen(row.values[column] ?? '', table.unit) !== null;
}

/** Index of the column with a role, or -1. */
export function column(table: CheckTable, role: string): number {
  return table.roles.indexOf(role);
}

/** A row as printed: code split 类/款/项, then the name ("208 01 01 行政运行"). */
export function rowLabel(row: TableRow): string {
  const code = row.code ? [row.code.slice(0, 3), row.code.slice(3, 5), row.code.slice(5, 7)].filter(Boolean).join(' ') : '';
  const name = row.pair ? `${row.name}${row.name && row.pair.name ? ' | ' : ''}${[row.pair.code, row.pair.name].filter(Boolean).join(' ')}` : row.name;
  return [code, name].filter(Boolean).join(' ');
}

export function cellLocation(table: CheckTable, row: TableRow, col?: number): Location {
  return {
    ...(table.page !== undefined ? { page: table.page } : {}),
    table: table.number,
    key: table.key,
    row: rowLabel(row),
    ...(col !== undefined && col >= 0 ? { column: table.columns[col]! } : {}),
  };
}

export interface SumCheck {
  location: Location;
  /** What is compared, in both languages: "类 = Σ款". */
  what: { zh: string; en: string };
  /** The sum of the printed parts (or the figure printed elsewhere). */
  expected: Fen;
  /** The printed figure. */
  actual: Fen;
  /** The largest difference rounding explains (0 for a figure that must be printed identically). */
  bound: Fen;
  unit: CheckTable['unit'];
}

/** Reports a mismatch as the rule's severity, a rounding difference as info (尾差), nothing when equal. */
export function reportComparison(ctx: RuleContext, c: SumCheck): void {
  const cmp = compareFigures(c.expected, c.actual, c.bound);
  if (cmp.verdict === 'equal') return;
  const figures = { expected: shown(c.expected, c.unit), actual: shown(c.actual, c.unit), difference: shown(cmp.difference, c.unit) };
  if (cmp.verdict === 'rounding') {
    ctx.report({
      severity: 'info',
      message: {
        zh: `${c.what.zh}：印刷数 ${figures.actual}，分项合计 ${figures.expected}，相差 ${figures.difference}，在四舍五入尾差范围内（±${shown(cmp.bound, c.unit, 3)}）`,
        en: `${c.what.en}: printed ${figures.actual}, parts add to ${figures.expected}, difference ${figures.difference} — within rounding (±${shown(cmp.bound, c.unit, 3)})`,
      },
      location: c.location,
      ...figures,
    });
    return;
  }
  ctx.report({
    message: {
      zh: `${c.what.zh}不符：印刷数 ${figures.actual}，应为 ${figures.expected}，相差 ${figures.difference}`,
      en: `${c.what.en} does not hold: printed ${figures.actual}, expected ${figures.expected}, difference ${figures.difference}`,
    },
    location: c.location,
    ...figures,
  });
}

/**
 * The runs of rows under each budget unit of a table that lists several (a project table with a row per
 * unit, its codes repeating under each); the whole table when it lists none.
 */
export function unitSections(table: CheckTable): TableRow[][] {
  const isUnit = (r: TableRow) => r.code === '' && r.level === 1 && !r.pair;
  if (!table.rows.some((r) => r.code !== '') || !table.rows.some(isUnit)) return [table.rows];
  const sections: TableRow[][] = [];
  for (const row of table.rows) {
    if (isUnit(row)) sections.push([]);
    else if (sections.length) sections.at(-1)!.push(row);
  }
  return sections;
}
