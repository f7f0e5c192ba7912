// The neutral table model shared by renderers, checks and the JSON contract.
import type { MoneyUnit } from '../model/money.ts';

export const TABLE_KEYS = [
  'income_expenditure_summary',
  'income_summary',
  'expenditure_summary',
  'fiscal_summary',
  'fiscal_expenditure',
  'fiscal_basic_expenditure',
  'general_budget_expenditure',
  'general_budget_basic_expenditure',
  'general_budget_project_expenditure',
  'gov_fund_expenditure',
  'state_capital_expenditure',
  'three_public_expenses',
  'operating_costs',
  'procurement',
  'carryover_detail',
  'performance_goals',
  'other',
] as const;
export type TableKey = (typeof TABLE_KEYS)[number];

/** One cell of a header row, as printed (spans count cells). */
export interface HeaderCell {
  label: string;
  colspan: number;
  rowspan: number;
}

export interface TableRow {
  /** Full code without spaces ("2080101", "30101"); "" for rows without one. */
  code: string;
  name: string;
  /** Numeric columns in printed order, in the display unit with fixed decimals, no grouping; "" when blank. */
  values: string[];
  /** 项目名称 (project tables). */
  project?: string;
  /** The right-hand label of two-sided tables (收入 | 支出). */
  pair?: { code: string; name: string };
  /** The third side of a three-sided summary (支出用途): its label and amount ("" when blank). */
  use?: { name: string; value: string };
  /** Depth for indentation: 0 totals, 1 类 / body, 2 款, 3 项 / project. */
  level: number;
  /**
   * Tables whose rows are lines of income by source (a list with one amount column): what the row's amount
   * holds, as a column role ("general_budget", "unit_funds"); absent for a line that holds nothing the
   * other lines do not (a part equal to its 小计, a line the disclosure does not model).
   */
  role?: string;
}

export interface TableModel {
  number: number;
  key: TableKey;
  title: string;
  /** 编制部门 */
  preparer: string;
  unit: MoneyUnit;
  /** Leaf labels of the numeric columns, in order. */
  columns: string[];
  /** What each numeric column holds, whatever it is called (see src/tables/column-roles.ts). */
  roles: string[];
  /** Which classification the row codes are (tables with rows by code). */
  axis?: 'function' | 'economic';
  /** Leaf labels of the text columns before them (类, 款, 项, 科目名称 …). */
  labelColumns: string[];
  /** Header rows as printed, spans included. */
  header: HeaderCell[][];
  /** The numbering row ("※", "1", "2" …), when the template prints one. */
  numbering?: string[];
  rows: TableRow[];
  /** Explanation printed instead of rows (empty tables). */
  note?: string;
}

/** The stable JSON contract: the model minus presentation-only fields. */
export function tableToJson(t: TableModel): object {
  return {
    number: t.number,
    key: t.key,
    title: t.title,
    preparer: t.preparer,
    unit: t.unit,
    columns: t.columns,
    roles: t.roles,
    rows: t.rows.map((r) => ({
      code: r.code,
      name: r.name,
      ...(r.project !== undefined ? { project: r.project } : {}),
      ...(r.pair ? { pair: r.pair } : {}),
      values: r.values,
    })),
    ...(t.note !== undefined ? { note: t.note } : {}),
  };
}
