// Expenditure line items: the atoms every table is summed from.
import { z } from 'zod';
import { amountSchema } from './amount.ts';
import { fundSourceSchema, spendingKindSchema } from './fund-source.ts';

export const functionCodeSchema = z.string().regex(/^\d{7}$/, '功能分类科目应为 7 位“项”级编码 (function code must be a 7-digit 项 code)');
/** 部门预算支出经济分类: 款 (5 digits); a project may give only the 类 (3 digits) when that is all the document states. */
export const economicCodeSchema = z.string().regex(/^\d{3}(\d{2})?$/, '经济分类科目应为 3 位“类”或 5 位“款”级编码 (economic code must have 3 or 5 digits)');

export const lineItemSchema = z
  .object({
    /** 支出功能分类科目, 项 level. */
    func: functionCodeSchema,
    /** 部门预算支出经济分类科目. Required (款) for basic spending; optional for projects. */
    econ: economicCodeSchema.optional(),
    source: fundSourceSchema,
    kind: spendingKindSchema,
    /** Project id, required for project spending. */
    project: z.string().optional(),
    /** Budget unit (for a department with subordinate units); the body itself when absent. */
    unit: z.string().optional(),
    amount: amountSchema,
  })
  .superRefine((item, ctx) => {
    if (item.kind === 'project' && !item.project) {
      ctx.addIssue({ code: 'custom', path: ['project'], message: '项目支出必须注明项目 (project spending needs a project id)' });
    }
    if (item.kind !== 'project' && item.project) {
      ctx.addIssue({ code: 'custom', path: ['project'], message: '基本支出不应注明项目 (basic spending has no project)' });
    }
    if ((item.kind === 'personnel' || item.kind === 'public') && (!item.econ || item.econ.length !== 5)) {
      ctx.addIssue({ code: 'custom', path: ['econ'], message: '基本支出需要 5 位经济分类款级编码 (basic spending needs a 5-digit economic code)' });
    }
  });
export type LineItem = z.output<typeof lineItemSchema>;
