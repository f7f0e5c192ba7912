// 第一部分 部门概况: functions, internal offices, subordinate units and staff.
import { z } from 'zod';

const headcount = z.object({
  count: z.int().min(0),
  /** Change against the previous year (may be negative). */
  change: z.int(),
});

export const overviewSchema = z.object({
  /** 主要职能, in order, each item without its "(一)" numbering. */
  functions: z.array(z.string().min(1)),
  /** 内设机构 (科室). */
  offices: z.array(z.string().min(1)),
  /** 下属预算单位; empty when the department has none. */
  subordinateUnits: z.array(z.object({ name: z.string().min(1), code: z.string().optional() })),
  staffing: z.object({
    /** 编制数 */
    authorized: z.int().min(0),
    /** 实有人数 = 在职 + 退休 + 离休 */
    inService: headcount,
    retired: headcount,
    /** 离休 */
    separated: headcount,
  }),
});
export type Overview = z.output<typeof overviewSchema>;
