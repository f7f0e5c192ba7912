// The parts of a published document besides its tables, as found in its narrative: the overview (主要职能,
// offices and units, staff), the other statements ("三公", 机关运行经费, 政府采购, 国有资产) and the glossary
// (名词解释). Each item keeps where its sentence is printed; what a document does not print is absent.
import type { MoneyUnit } from '../model/money.ts';

/** Where an item is printed: the page (and file) of its sentence. */
export interface SectionSource {
  page?: number;
  /** The file it is printed in, when the document is several files. */
  file?: string;
}

/** One item of a list as printed (a function, an office). */
export interface SectionItem extends SectionSource {
  text: string;
}

/** A subordinate unit (下属单位 / 单位构成), with its printed note ("预算不单列，并入本级"). */
export interface SectionUnit extends SectionSource {
  name: string;
  note?: string;
}

export type StaffKind = 'authorized' | 'actual' | 'in_service' | 'retired' | 'separated' | 'retired_and_separated';

/** A headcount as printed: 编制数 59, 实有人数 115 人, 在职 56 人（增加 1 人）, 离退休人员 150 名. */
export interface StaffCount extends SectionSource {
  kind: StaffKind;
  /** The words it is printed under (编制数, 在职, 离退休人员…). */
  label: string;
  count: number;
  /** Change against the previous year, when printed (减少 → negative). */
  change?: number;
}

export interface OverviewSection {
  /** 主要职能 / 主要职责, each item without its numbering. */
  functions?: SectionItem[];
  /** 内设机构 (科室, 处室), by name. */
  offices?: SectionItem[];
  /** 下属单位 / 单位构成. */
  units?: SectionUnit[];
  staff?: StaffCount[];
}

/** A figure as printed: the number without grouping ("7809.01") and its unit. */
export interface PrintedAmount {
  value: string;
  unit: MoneyUnit;
}

/** A change against the previous year as printed: 增加 0.00 万元, 增长 21.08%, 持平. */
export interface StatedChange {
  /** The word as printed (增加, 减少, 增长, 下降, 持平…). */
  word: string;
  /** +1 more, -1 less, 0 the same. */
  sign: -1 | 0 | 1;
  amount?: PrintedAmount;
  percent?: string;
}

/** One stated figure of a statement: what it is of, its amount, the change and the reason given. */
export interface StatedFigure extends SectionSource {
  /** What it is of, in the template's words: total, abroad, vehicles, vehicle_purchase, vehicle_operation, reception, goods, works, services… */
  key: string;
  /** The words it is printed under. */
  label: string;
  amount?: PrintedAmount;
  /** A final account's 年初预算 beside its 决算 (the amount). */
  budget?: PrintedAmount;
  change?: StatedChange;
  /** 主要原因… as printed. */
  reason?: string;
}

/** A holding of 国有资产 as printed: 车辆 4 辆（价值 69.18 万元）, 房屋 21,269.17 平方米, 大型设备 0 台. */
export interface AssetHolding extends SectionSource {
  label: string;
  /** Count or area as printed ("4", "21269.17"). */
  quantity?: string;
  /** 辆, 台, 台（套）, 平方米… */
  measure?: string;
  value?: PrintedAmount;
  /** What this year's budget buys (安排购置…), not what is held. */
  planned?: boolean;
}

export interface AssetsStatement extends SectionSource {
  /** The date the holdings are stated at, as printed (截至 2024 年底 → "2024年底"). */
  asOf?: string;
  holdings: AssetHolding[];
}

export interface StatementsSection {
  /** "三公"经费: the total first, then its parts. */
  threePublic?: StatedFigure[];
  /** 机关运行经费. */
  operatingCosts?: StatedFigure[];
  /** 政府采购: the total, 货物/工程/服务, the reserves for small enterprises. */
  procurement?: StatedFigure[];
  /** 国有资产占有使用情况. */
  assets?: AssetsStatement;
}

/** One entry of the 名词解释. */
export interface GlossaryItem extends SectionSource {
  term: string;
  definition: string;
}

export interface DocumentSections {
  overview?: OverviewSection;
  statements?: StatementsSection;
  glossary?: GlossaryItem[];
}
