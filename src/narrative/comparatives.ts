// This year's figure behind each prior-year comparative, and the change the narrative states.
import type { Disclosure } from '../model/disclosure.ts';
import type { FundGroup, FundSource, SpendingKind } from '../model/fund-source.ts';
import { percent, roundToUnit, subFen, sumFen, type Fen } from '../model/money.ts';
import { incomeBySource, incomeOf } from '../model/income.ts';
import { compileFilter, sumItems } from '../model/line-filter.ts';

const KIND_WORDS: Record<string, SpendingKind[]> = {
  basic: ['personnel', 'public'],
  project: ['project'],
  personnel: ['personnel'],
  public: ['public'],
  reserve: ['reserve'],
};

const THREE_PUBLIC_ITEMS = {
  total: ['abroad', 'vehiclePurchase', 'vehicleOperation', 'reception'],
  abroad: ['abroad'],
  vehicle_total: ['vehiclePurchase', 'vehicleOperation'],
  vehicle_purchase: ['vehiclePurchase'],
  vehicle_operation: ['vehicleOperation'],
  reception: ['reception'],
} as const;

/** This year's amount of what a comparison key names (see src/model/prior-year.ts). */
export function currentAmount(d: Disclosure, key: string): Fen {
  const [head, ...rest] = key.split('.');
  const sources = (name: string) => [name as FundSource | FundGroup];
  switch (head) {
    case 'total':
      return sumItems(d.lineItems);
    case 'income':
      return incomeOf(incomeBySource(d), sources(rest[0]!));
    case 'spending':
      return sumItems(d.lineItems, compileFilter({ sources: sources(rest[0]!), kinds: KIND_WORDS[rest[1]!] }));
    case 'function': {
      const [group, code, kind] = rest as [string, string, string | undefined];
      const filter = compileFilter({ sources: sources(group), ...(kind ? { kinds: KIND_WORDS[kind] } : {}) });
      return sumItems(d.lineItems.filter((i) => i.func.startsWith(code)), filter);
    }
    case 'three_public': {
      const items = THREE_PUBLIC_ITEMS[rest[0] as keyof typeof THREE_PUBLIC_ITEMS];
      return sumFen(items.flatMap((item) => Object.values(d.threePublic[item])));
    }
    case 'operating_costs':
      return d.operatingCosts;
    case 'procurement':
      return sumFen([d.procurement.goods, d.procurement.works, d.procurement.services]);
    case 'carryover':
      return sumItems(d.lineItems.filter((i) => i.project === rest.join('.')), compileFilter({ sources: ['carryover'] }));
    default:
      throw new Error(`不认识的比较口径 "${key}" (unknown comparison key)`);
  }
}

/**
 * A change is stated between printed figures, as a reader checks it: this year's amount rounded to the
 * display unit, minus the prior-year figure (itself a printed figure). So "11.00 万元，比上年增加 1.95 万元，
 * 增长 21.55%" holds for a reader (against 9.05) although the exact amount 10.9950 万元 would give 21.49%.
 */
export interface Change {
  key: string;
  /** This year's exact amount. */
  current: Fen;
  /** This year's amount as printed (rounded half-up in the display unit). */
  shown: Fen;
  prior: Fen;
  /** shown − prior */
  change: Fen;
  /** change / prior as a half-up percentage string; null when the prior year is zero. */
  percent: string | null;
  direction: '增加' | '减少' | '持平';
  reason?: string;
}

export function changeOf(d: Disclosure, key: string): Change | undefined {
  const comparative = d.priorYear[key];
  if (!comparative) return undefined;
  const current = currentAmount(d, key);
  const shown = roundToUnit(current, d.meta.displayUnit);
  const change = subFen(shown, comparative.prior);
  return {
    key,
    current,
    shown,
    prior: comparative.prior,
    change,
    percent: percent(change, comparative.prior),
    direction: change > 0 ? '增加' : change < 0 ? '减少' : '持平',
    ...(comparative.reason !== undefined ? { reason: comparative.reason } : {}),
  };
}

export function allChanges(d: Disclosure): Change[] {
  return Object.keys(d.priorYear).map((key) => changeOf(d, key)!);
}
