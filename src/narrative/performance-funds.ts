// The funding blocks of the performance goal tables, from the line items.
import type { Disclosure } from '../model/disclosure.ts';
import { subFen, type Fen } from '../model/money.ts';
import { compileFilter, sumItems } from '../model/line-filter.ts';

export interface ProjectFunds {
  /** 年度预算总额 */
  total: Fen;
  /** 其中：财政拨款 (this year's appropriations and their carry-over) */
  fiscal: Fen;
  /** 其他资金 */
  other: Fen;
}

export function projectFunds(d: Disclosure, projectId: string): ProjectFunds {
  const items = d.lineItems.filter((i) => i.project === projectId);
  const fiscal = sumItems(items, compileFilter({ sources: ['fiscal_all'] }));
  const total = sumItems(items);
  return { total, fiscal, other: subFen(total, fiscal) };
}

export interface DepartmentFunds {
  /** 财政资金：上级安排 (transfers from the level above) */
  superior: Fen;
  /** 财政资金：本级安排 */
  own: Fen;
  /** 其他资金 */
  other: Fen;
  total: Fen;
}

export function departmentFunds(d: Disclosure): DepartmentFunds {
  const superior = sumItems(d.lineItems, compileFilter({ sources: ['general_transfer', 'gov_fund_transfer', 'state_capital_transfer'] }));
  const fiscal = sumItems(d.lineItems, compileFilter({ sources: ['fiscal_all'] }));
  const total = sumItems(d.lineItems);
  return { superior, own: subFen(fiscal, superior), other: subFen(total, fiscal), total };
}
