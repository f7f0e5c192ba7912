// Fund sources (资金来源) of a line item, fine enough to print every column of every template.
import { z } from 'zod';

export const FUND_SOURCES = [
  'general', // 一般公共预算拨款：一般财力（本级）
  'general_transfer', // 上级一般公共预算安排转移支付
  'gov_fund', // 政府性基金预算拨款：政府性基金收入（本级）
  'gov_fund_transfer', // 上级政府性基金安排转移支付
  'state_capital', // 国有资本经营预算拨款：国有资本经营收入（本级）
  'state_capital_transfer', // 上级国有资本经营预算安排转移支付
  'special_account', // 财政专户核拨
  'unit_business', // 单位资金：事业收入
  'unit_superior', // 单位资金：上级补助收入
  'unit_subordinate', // 单位资金：附属单位上缴收入
  'unit_operating', // 单位资金：事业单位经营收入
  'unit_other', // 单位资金：其他收入
  'carryover_general', // 上年结转：财政拨款结转（一般公共预算）
  'carryover_gov_fund', // 上年结转：财政拨款结转（政府性基金预算）
  'carryover_state_capital', // 上年结转：财政拨款结转（国有资本经营预算）
  'carryover_special_account', // 上年结转：非财政拨款结转结余（财政专户）
  'carryover_unit', // 上年结转：非财政拨款结转结余（单位资金）
] as const;

export type FundSource = (typeof FUND_SOURCES)[number];
export const fundSourceSchema = z.enum(FUND_SOURCES);

/** Named groups of sources, used by templates to define columns and income lines. */
export const FUND_GROUPS = {
  all: FUND_SOURCES,
  current: FUND_SOURCES.filter((s) => !s.startsWith('carryover_')),
  fiscal: ['general', 'general_transfer', 'gov_fund', 'gov_fund_transfer', 'state_capital', 'state_capital_transfer'],
  general_budget: ['general', 'general_transfer'],
  gov_fund_budget: ['gov_fund', 'gov_fund_transfer'],
  state_capital_budget: ['state_capital', 'state_capital_transfer'],
  unit_funds: ['unit_business', 'unit_superior', 'unit_subordinate', 'unit_operating', 'unit_other'],
  carryover: ['carryover_general', 'carryover_gov_fund', 'carryover_state_capital', 'carryover_special_account', 'carryover_unit'],
  carryover_fiscal: ['carryover_general', 'carryover_gov_fund', 'carryover_state_capital'],
  carryover_nonfiscal: ['carryover_special_account', 'carryover_unit'],
  /** 财政拨款：this year's appropriations and their carry-over. */
  fiscal_all: [
    'general', 'general_transfer', 'gov_fund', 'gov_fund_transfer', 'state_capital', 'state_capital_transfer',
    'carryover_general', 'carryover_gov_fund', 'carryover_state_capital',
  ],
} as const satisfies Record<string, readonly FundSource[]>;

export type FundGroup = keyof typeof FUND_GROUPS;
export const FUND_GROUP_NAMES = Object.keys(FUND_GROUPS) as FundGroup[];

/** Resolves a list naming sources and/or groups into the set of sources. */
export function resolveSources(names: readonly (FundSource | FundGroup)[]): Set<FundSource> {
  const out = new Set<FundSource>();
  for (const name of names) {
    if (name in FUND_GROUPS) for (const s of FUND_GROUPS[name as FundGroup]) out.add(s);
    else out.add(name as FundSource);
  }
  return out;
}

export const SPENDING_KINDS = ['personnel', 'public', 'project', 'reserve'] as const;
/** 基本支出（人员经费 / 公用经费）、项目支出、单位预留机动经费 (Jiangsu). */
export type SpendingKind = (typeof SPENDING_KINDS)[number];
export const spendingKindSchema = z.enum(SPENDING_KINDS);
