// Projects (项目支出): what the narrative says of each; amounts come from the line items.
import { z } from 'zod';
import { amountSchema, dateSchema } from './amount.ts';

export const allocationSchema = z.object({
  /** What the money buys, as the document names it ("物业管理服务"). */
  item: z.string().min(1),
  amount: amountSchema,
  /** Quantity or basis as printed ("9 人*0.3 万元/套"). */
  detail: z.string().optional(),
});

export const projectSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, '项目 id 只能含小写字母、数字和连字符 (project id: lowercase letters, digits, hyphens)'),
  name: z.string().min(1),
  /** 项目承担单位 */
  owner: z.string().min(1),
  /** 项目负责人 (from the performance table). */
  manager: z.string().optional(),
  /** 设立的政策依据, one document per item. */
  policyBasis: z.array(z.string().min(1)),
  /** 资金分配情况 */
  allocations: z.array(allocationSchema),
  /** 资金执行时间 */
  period: z.object({ start: dateSchema, end: dateSchema }).optional(),
  /** What a carried-over balance is for (上年结转结余 … 主要用于). */
  carryoverUse: z.string().optional(),
});
export type Project = z.output<typeof projectSchema>;
export type Allocation = z.output<typeof allocationSchema>;
