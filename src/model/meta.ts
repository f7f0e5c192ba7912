// Who publishes what: body, year, stage, scope, jurisdiction and template of a disclosure.
import { z } from 'zod';
import { dateSchema } from './amount.ts';

export const STAGES = ['budget', 'final'] as const; // 预算 / 决算
export const SCOPES = ['department', 'unit'] as const; // 部门 / 单位
export const LEVELS = ['central', 'provincial', 'prefectural', 'county', 'township'] as const;
/**
 * 单位性质: 行政单位, 参照公务员法管理事业单位 (参公), 事业单位, or a department holding both kinds of units.
 * Decides identities such as 机关运行经费 = 公用经费 (行政单位 and 参公 only).
 */
export const BODY_KINDS = ['administrative', 'civil_service_managed', 'institution', 'mixed'] as const;
export type BodyKind = (typeof BODY_KINDS)[number];

export const metaSchema = z.object({
  body: z.object({
    name: z.string().min(1),
    code: z.string().optional(), // 单位编码
    shortName: z.string().optional(),
    /** 单位性质; unknown when absent. */
    kind: z.enum(BODY_KINDS).optional(),
  }),
  region: z.object({ name: z.string().min(1), code: z.string().optional(), province: z.string().optional() }),
  level: z.enum(LEVELS),
  year: z.int().min(2000).max(2100),
  stage: z.enum(STAGES),
  scope: z.enum(SCOPES),
  jurisdiction: z.string().min(1),
  /** Template id (see src/templates), e.g. "xinjiang-11". */
  template: z.string().min(1),
  /** The unit the narrative states amounts in; tables take theirs from the template (Shanghai: tables 元, text 万元). */
  displayUnit: z.enum(['元', '万元', '亿元']),
  /** 编制部门 line of every table; the body's name when absent. */
  preparer: z.string().optional(),
  /** Date line at the end of the document. */
  preparedOn: dateSchema,
});
export type Meta = z.output<typeof metaSchema>;
