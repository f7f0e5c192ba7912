// A template is data: which tables a jurisdiction publishes, their titles, columns, order and units.
import type { FundGroup, FundSource } from '../model/fund-source.ts';
import type { LineFilter } from '../model/line-filter.ts';

export type { LineFilter };
import type { MoneyUnit } from '../model/money.ts';
import type { TableKey } from '../tables/table-model.ts';


/** A numeric column: the sum of the table's line items that also pass `filter`. */
export interface ColumnSpec {
  label: string;
  filter?: LineFilter;
  /**
   * A column the disclosure does not hold (Jiangsu's 结转下年资金 in a budget): printed blank, read from a
   * published table under this role, which no check sums (e.g. "next_year_carryover").
   */
  unmodelled?: string;
  /**
   * What the checks read the column as, where `filter` only prints it from the disclosure as best the model
   * can (Jiangsu's 机关运行经费支出 by economic class, printed from the 公用经费: "operating_costs").
   */
  role?: string;
}

/** A header cell; leaves, left to right, are the label columns then the numeric columns. */
export interface HeaderNode {
  label: string;
  children?: readonly HeaderNode[];
}

export interface IncomeLine {
  label: string;
  /** Other ways documents print the label ("1. 一般公共预算资金" for "1. 一般公共预算"). */
  aliases?: readonly string[];
  /** The sources whose income this line sums; a heading line with no amount of its own has none. */
  sources: readonly (FundSource | FundGroup)[];
}

/** The ways an income line is printed: its label, then its aliases. */
export const incomeLabels = (line: IncomeLine): string[] => [line.label, ...(line.aliases ?? [])];

/**
 * A figure of the disclosure's 三公 statement, or `operatingCosts` (机关运行经费), which the disclosure
 * states as one amount without a fund split.
 */
export type ThreePublicItem = 'abroad' | 'vehiclePurchase' | 'vehicleOperation' | 'reception' | StatedItem;
/** Items the disclosure states as one amount, without a fund split: 机关运行经费, 会议费, 培训费. */
export type StatedItem = 'operatingCosts' | 'meetingCosts' | 'trainingCosts';
export const STATED_ITEMS: readonly StatedItem[] = ['operatingCosts', 'meetingCosts', 'trainingCosts'];

export interface ThreePublicLine {
  label: string;
  items: readonly ThreePublicItem[];
  /** Indentation depth; 0 for the total line (default 1). */
  level?: number;
}

interface TableSpecBase {
  number: number;
  key: TableKey;
  /** As printed; {body} and {year} are filled in ("{year}年部门收入预算总表"). */
  title: string;
  /** Other titles the same table is published under (for ingestion), without the year. */
  aliases?: readonly string[];
  /** The table's display unit when it differs from the template's (Shanghai prints 三公 in 万元 among tables in 元). */
  unit?: MoneyUnit;
  header: readonly HeaderNode[];
  labelColumns: readonly string[];
  columns: readonly ColumnSpec[];
  /** Prints the "※ 1 2 3 …" row under the header. */
  numbered: boolean;
  /** Applies to every column. */
  filter?: LineFilter;
  /** Label of the grand-total row ("总计"/"合计"). */
  totalLabel?: string;
  /** Where the grand-total row prints: above the rows ('first', the default) or below them ('last'). */
  totalRow?: 'first' | 'last';
  /** Printed instead of rows when the table has none; {body} and {year} are filled in. */
  emptyNote?: string;
}

/** 收支总表 / 财政拨款收支总表: income lines on the left, function 类 on the right. */
export interface PairedSummarySpec extends TableSpecBase {
  view: 'paired_summary';
  incomeLines: readonly IncomeLine[];
  incomeTotal: IncomeLine;
  expenditureTotalLabel: string;
  /**
   * The function 类 on the right: the template's `functionClasses`, whether or not they have amounts
   * ('listed', the default), or only the classes with spending in this table, in code order ('with_amounts').
   */
  classRows?: 'listed' | 'with_amounts';
  /** How a 类 is labelled: code and name ('code', the default) or a Chinese ordinal and name, no code ("一、一般公共服务支出"). */
  classLabel?: 'code' | 'ordinal';
  /**
   * A third side some templates print, 支出用途 (Jiangsu: 一、基本支出 | 二、项目支出 | 三、单位预留机动经费):
   * spending by kind, each line beside the income lines in turn, summing to the spending total.
   */
  useLines?: readonly UseLine[];
  /**
   * Lines printed between the 类 and the totals line that are neither income lines nor 类 (Jiangsu:
   * 当年收入小计 | 当年支出小计, 上年结转资金 | 结转下年资金): read as such, not summed into the totals.
   */
  subtotalLines?: readonly { income: string; expenditure: string }[];
}

/** A line of the 支出用途 side: its label and the spending it sums. */
export interface UseLine {
  label: string;
  filter: LineFilter;
}

/** Rows by function code 类/款/项 under a total row. */
export interface ByFunctionSpec extends TableSpecBase {
  view: 'by_function';
  /**
   * 'by_code' (the default): the total row, then a row per 类/款/项. 'total_only': the total row alone, without
   * codes or names (Jiangsu 2017 支出预算总表 prints one unlabelled row under its column headers).
   */
  rows?: 'by_code' | 'total_only';
}

/** Rows by economic code 类/款 under a total row. */
export interface ByEconomicSpec extends TableSpecBase {
  view: 'by_economic';
}

/** Project rows by unit and function code (项目支出表). */
export interface ProjectByFunctionSpec extends TableSpecBase {
  view: 'project_by_function';
}

/**
 * 三公 (and 机关运行经费) from the disclosure's statements. Layout 'by_fund' (the default): a row per line,
 * columns the total then one per fund. Layout 'single_row': one row without labels, a column per line,
 * each summed over `funds`; only this layout may use `operatingCosts`, which has no fund split.
 */
export interface ThreePublicSpec extends TableSpecBase {
  view: 'three_public';
  layout?: 'by_fund' | 'single_row';
  lines: readonly ThreePublicLine[];
  /** The funds summed; in 'by_fund', the fund of each column after the first (the total). */
  funds: readonly ('general' | 'gov_fund' | 'state_capital')[];
}

/** 上年结转结余情况明细表: rows by unit and project. */
export interface CarryoverDetailSpec extends TableSpecBase {
  view: 'carryover_detail';
  /** Row label for carried-over basic spending. */
  basicLabel: string;
}

/**
 * A line of a list of income by source (Jiangsu 2017 收入预算总表): 收入总计, then each source group's 小计 and
 * its parts. Printed as 项目名称 | 金额, the group's name in a cell spanning its lines.
 */
export interface IncomeListLine {
  /** The line's own cell ("小计", "事业收入"); the total line's label ("收入总计"). */
  label: string;
  /** The group cell the line is printed under ("一般公共预算资金"), on the group's first line (its 小计). */
  group?: string;
  /** Other ways the group's name is printed ("财政专户管理资金" for "财政转专户管理资金"). */
  groupAliases?: readonly string[];
  /**
   * What the line's amount sums, for printing it from a disclosure; none for a line the disclosure does not
   * split out (专项收入, 债务资金): printed blank. The checks read a line's amount as these sources only where
   * no line before it in the table sums the same ones (a part equal to its group's 小计 says nothing new).
   */
  sources: readonly (FundSource | FundGroup)[];
  /** 0 the total, 1 a group's 小计, 2 a part of the group. */
  level: 0 | 1 | 2;
}

/**
 * 收入预算总表 as a list (Jiangsu 2017): one numeric column, a row per line. The total equals the groups'
 * 小计, each 小计 its parts (其中 lines excepted, which are at most their 小计).
 */
export interface IncomeListSpec extends TableSpecBase {
  view: 'income_list';
  lines: readonly IncomeListLine[];
}

/** The row name of a list line: the group and its 小计 ("一般公共预算资金 小计"), else the line's own label. */
export const incomeListName = (line: IncomeListLine): string => (line.group ? `${line.group} ${line.label}` : line.label);

/** A part of the disclosure's 政府采购 statement (`procurement`). */
export type ProcurementItem = 'goods' | 'works' | 'services';

/**
 * 政府采购预算表 from the procurement statement: the total row, then a row per line with an amount (lines
 * that sum to zero print no row, as the Jiangsu tables leave out 二、工程B when nothing is bought). One
 * numeric column; the statement has no detail by item, project or economic class.
 */
export interface ProcurementSpec extends TableSpecBase {
  view: 'procurement';
  lines: readonly { label: string; items: readonly ProcurementItem[] }[];
}

export type TableSpec =
  | PairedSummarySpec
  | ByFunctionSpec
  | ByEconomicSpec
  | ProjectByFunctionSpec
  | ThreePublicSpec
  | CarryoverDetailSpec
  | ProcurementSpec
  | IncomeListSpec;

export interface Template {
  id: string;
  jurisdiction: string;
  name: string;
  stage: 'budget' | 'final';
  /** Whose budget the template is for, when it is for one only: 部门 (a department and its units) or 单位 (one unit). */
  scope?: 'department' | 'unit';
  unit: MoneyUnit;
  decimals: number;
  /** Zero amounts print as blank cells (not "0.00"). */
  blankZero: boolean;
  /** The 其中 items of the summary tables list every part of their parent (so they must add up to it). */
  subItemsComplete?: boolean;
  /**
   * Function 类 listed on two-sided summary tables (classRows 'listed'), in order, whether or not they
   * have amounts; may be empty when no table lists them.
   */
  functionClasses: readonly string[];
  /**
   * Economic 类 that may carry 人员经费 and 公用经费 in the basic-spending table (checks CLS-PERSONNEL-ECON,
   * CLS-PUBLIC-ECON); absent: 人员经费 in 301/303, 公用经费 in 302/310 (办公设备购置 is a public cost).
   */
  basicEconClasses?: { personnel: readonly string[]; public: readonly string[] };
  /**
   * What the 分值权重 of every performance goal table (绩效目标表) add up to: 100, or 90 where the
   * jurisdiction keeps 10 points for 预算执行率 outside the table (Xinjiang). Absent: not prescribed.
   */
  goalWeightTotal?: number;
  /**
   * Sections of the 情况说明 the template does not ask for (ids of the DOC-SECTION-* rules): the Jiangsu 2017
   * format has no 国有资产 and no 绩效目标 part. Absent: every section is required.
   */
  sectionsNotRequired?: readonly string[];
  tables: readonly TableSpec[];
}
