// Prior-year comparatives and the reasons the narrative gives for each change.
import { z } from 'zod';
import { amountSchema } from './amount.ts';
import { FUND_GROUP_NAMES, FUND_SOURCES } from './fund-source.ts';

const sourceOrGroup = [...FUND_SOURCES, ...FUND_GROUP_NAMES].join('|');
const THREE_PUBLIC_KEYS = 'total|abroad|vehicle_total|vehicle_purchase|vehicle_operation|reception';

/**
 * What a comparative is of, as a dotted key:
 * - `total`                                   收支总预算
 * - `income.<source|group>`                   income by source ("income.general", "income.carryover_nonfiscal")
 * - `spending.<group>.<basic|project|personnel|public>`  spending of a group of sources by kind ("spending.all.basic")
 * - `function.<group>.<code>[.<personnel|public|basic|project>]`  spending of a function code (类/款/项) from a group of sources
 * - `three_public.<item>`                     三公 (total, abroad, vehicle_total, vehicle_purchase, vehicle_operation, reception)
 * - `operating_costs`                         机关运行经费
 * - `carryover.<project id>`                  上年结转结余 of one project
 * - `procurement`                             政府采购预算
 */
export const COMPARISON_KEY = new RegExp(
  '^(total|operating_costs|procurement' +
    `|income\\.(${sourceOrGroup})` +
    `|spending\\.(${sourceOrGroup})\\.(basic|project|personnel|public|reserve)` +
    `|function\\.(${sourceOrGroup})\\.(\\d{3}|\\d{5}|\\d{7})(\\.(basic|project|personnel|public|reserve))?` +
    `|three_public\\.(${THREE_PUBLIC_KEYS})` +
    '|carryover\\.[a-z0-9-]+)$',
);

export const comparisonKeySchema = z.string().regex(COMPARISON_KEY, '不认识的比较口径 (unknown comparison key)');

export const comparativeSchema = z.object({
  /** The prior year's figure (上年预算数 for a budget). */
  prior: amountSchema,
  /** Why it changed, as the narrative states it (主要原因是…), without the lead-in words. */
  reason: z.string().optional(),
});

export const priorYearSchema = z.record(comparisonKeySchema, comparativeSchema);
export type Comparative = z.output<typeof comparativeSchema>;
export type PriorYear = z.output<typeof priorYearSchema>;
