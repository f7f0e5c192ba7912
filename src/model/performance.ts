// 绩效目标表: the department-wide goal and each project's goal with its indicator tree.
import { z } from 'zod';
import { decimalSchema } from './amount.ts';

export const targetSchema = z.union([
  /** A measurable target: ≥ 2.30 万人, = 100 %, ≤ 32 万元. */
  z.object({ op: z.enum(['>=', '<=', '=', '>', '<']), value: decimalSchema, unit: z.string() }),
  /** A qualitative or dated target: 提升, 保障, 2025年12月10日前. */
  z.object({ text: z.string().min(1) }),
]);
export type Target = z.output<typeof targetSchema>;

export const indicatorSchema = z.object({
  /** 一级指标 (产出指标, 效益指标, 满意度指标, 履职效能 …). */
  level1: z.string().min(1),
  /** 二级指标 (数量指标, 质量指标 …). */
  level2: z.string().min(1),
  /** 三级指标 */
  name: z.string().min(1),
  target: targetSchema,
  /** 指标值设置依据 */
  basis: z.string().min(1),
  /** 上年完成值 as printed; absent where the document prints "/". */
  prior: z.string().optional(),
  /** 分值权重 */
  weight: decimalSchema,
  /** 指标赋分规则 */
  scoring: z.string().optional(),
  /** 佐证资料 */
  evidence: z.string().optional(),
});
export type Indicator = z.output<typeof indicatorSchema>;

export const departmentGoalSchema = z.object({
  /** 部门名称 as printed on the goal table. */
  department: z.string().min(1),
  contact: z.object({ name: z.string().min(1), phone: z.string().min(1) }),
  /** 年度绩效目标 */
  goal: z.string().min(1),
  indicators: z.array(indicatorSchema),
});

export const projectGoalSchema = z.object({
  /** Id of the project in `projects`. */
  project: z.string().min(1),
  /** 预算单位 */
  unit: z.string().min(1),
  /** 项目总体目标 */
  goal: z.string().min(1),
  indicators: z.array(indicatorSchema),
});

export const performanceSchema = z.object({
  department: departmentGoalSchema.optional(),
  /** In the order the document prints them. */
  projects: z.array(projectGoalSchema),
});
export type Performance = z.output<typeof performanceSchema>;
export type ProjectGoal = z.output<typeof projectGoalSchema>;
