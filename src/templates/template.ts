// A template is data: which tables a jurisdiction publishes, their titles, columns, order and units.
import type { FundGroup, FundSource, SpendingKind } from '../model/fund-source.ts';
import type { MoneyUnit } from '../model/money.ts';
import type { TableKey } from '../tables/table-model.ts';

/** Selects line items: every listed condition must hold (absent = any). */
export interface LineFilter {
  sources?: readonly (FundSource | FundGroup)[];
  kinds?: readonly SpendingKind[];
  /** Economic code prefixes ("302"). */
  econ?: readonly string[];
}

/** A numeric column: the sum of the table's line items that also pass `filter`. */
export interface ColumnSpec {
  label: string;
  filter?: LineFilter;
}

/** A header cell; leaves, left to right, are the label columns then the numeric columns. */
export interface HeaderNode {
  label: string;
  children?: readonly HeaderNode[];
}

export interface IncomeLine {
  label: string;
  /** The sources whose income this line sums; a heading line with no amount of its own has none. */
  sources: readonly (FundSource | FundGroup)[];
}

export interface ThreePublicLine {
  label: string;
  items: readonly ('abroad' | 'vehiclePurchase' | 'vehicleOperation' | 'reception')[];
}

interface TableSpecBase {
  number: number;
  key: TableKey;
  title: string;
  /** Other titles the same table is published under (for ingestion). */
  aliases?: readonly string[];
  header: readonly HeaderNode[];
  labelColumns: readonly string[];
  columns: readonly ColumnSpec[];
  /** Prints the "※ 1 2 3 …" row under the header. */
  numbered: boolean;
  /** Applies to every column. */
  filter?: LineFilter;
  /** Label of the grand-total row ("总计"/"合计"). */
  totalLabel?: string;
  /** Printed instead of rows when the table has none; {body} and {year} are filled in. */
  emptyNote?: string;
}

/** 收支总表 / 财政拨款收支总表: income lines on the left, function 类 on the right. */
export interface PairedSummarySpec extends TableSpecBase {
  view: 'paired_summary';
  incomeLines: readonly IncomeLine[];
  incomeTotal: IncomeLine;
  expenditureTotalLabel: string;
}

/** Rows by function code 类/款/项 under a total row. */
export interface ByFunctionSpec extends TableSpecBase {
  view: 'by_function';
}

/** Rows by economic code 类/款 under a total row. */
export interface ByEconomicSpec extends TableSpecBase {
  view: 'by_economic';
}

/** Project rows by unit and function code (项目支出表). */
export interface ProjectByFunctionSpec extends TableSpecBase {
  view: 'project_by_function';
}

export interface ThreePublicSpec extends TableSpecBase {
  view: 'three_public';
  lines: readonly ThreePublicLine[];
  /** Fund of each column after the first (the total). */
  funds: readonly ('general' | 'gov_fund' | 'state_capital')[];
}

/** 上年结转结余情况明细表: rows by unit and project. */
export interface CarryoverDetailSpec extends TableSpecBase {
  view: 'carryover_detail';
  /** Row label for carried-over basic spending. */
  basicLabel: string;
}

export type TableSpec =
  | PairedSummarySpec
  | ByFunctionSpec
  | ByEconomicSpec
  | ProjectByFunctionSpec
  | ThreePublicSpec
  | CarryoverDetailSpec;

export interface Template {
  id: string;
  jurisdiction: string;
  name: string;
  stage: 'budget' | 'final';
  unit: MoneyUnit;
  decimals: number;
  /** Zero amounts print as blank cells (not "0.00"). */
  blankZero: boolean;
  /** Function 类 listed on two-sided summary tables, in order, whether or not they have amounts. */
  functionClasses: readonly string[];
  tables: readonly TableSpec[];
}
