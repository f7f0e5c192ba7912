// The Disclosure: one body's budget (or final accounts) for one year, held as data.
// Every table is a view of it (src/tables); JSON in and out goes through these schemas.
import { z } from 'zod';
import { amountSchema } from './amount.ts';
import { metaSchema } from './meta.ts';
import { overviewSchema } from './overview.ts';
import { lineItemSchema } from './line-item.ts';
import { projectSchema } from './project.ts';
import { priorYearSchema } from './prior-year.ts';
import { assetsSchema, procurementSchema, threePublicSchema } from './statements.ts';
import { performanceSchema } from './performance.ts';
import { glossaryEntrySchema } from './glossary.ts';
import { FUND_SOURCES } from './fund-source.ts';

export const DISCLOSURE_FORMAT = 'yusuan/disclosure@1';

export const disclosureSchema = z
  .object({
    format: z.literal(DISCLOSURE_FORMAT),
    meta: metaSchema,
    overview: overviewSchema,
    /**
     * Income by source as stated. A budget balances, so when absent the income of each source is the
     * spending it funds (sum of the line items); final accounts state it.
     */
    income: z.partialRecord(z.enum(FUND_SOURCES), amountSchema).optional(),
    lineItems: z.array(lineItemSchema),
    /**
     * Names to print for classification codes (function or economic) that the catalog lacks or that the
     * body prints differently; they take precedence over the catalog.
     */
    codeNames: z.record(z.string().regex(/^\d{3}(\d{2}){0,2}$/, '科目编码应为 3、5 或 7 位数字 (code of 3, 5 or 7 digits)'), z.string().min(1)).optional(),
    projects: z.array(projectSchema),
    priorYear: priorYearSchema,
    threePublic: threePublicSchema,
    /** 机关运行经费 (财政拨款). */
    operatingCosts: amountSchema,
    /** 会议费 and 培训费 (一般公共预算), where the template prints them beside the 三公 (Jiangsu). */
    meetingCosts: amountSchema.optional(),
    trainingCosts: amountSchema.optional(),
    procurement: procurementSchema,
    assets: assetsSchema,
    performance: performanceSchema,
    /** Explanations the narrative gives that are not about a change. */
    narrative: z.object({
      /** What a function 类 is mainly used for (主要用于…), by 类 code. */
      functionUses: z.record(z.string().regex(/^\d{3}$/), z.string().min(1)),
      /** 其他需说明的事项 */
      notes: z.array(z.string().min(1)),
    }),
    glossary: z.array(glossaryEntrySchema),
  })
  .superRefine((d, ctx) => {
    const ids = new Set<string>();
    d.projects.forEach((p, i) => {
      if (ids.has(p.id)) ctx.addIssue({ code: 'custom', path: ['projects', i, 'id'], message: `项目 id "${p.id}" 重复 (duplicate project id)` });
      ids.add(p.id);
    });
    const units = new Set(d.overview.subordinateUnits.map((u) => u.name));
    d.lineItems.forEach((item, i) => {
      if (item.unit !== undefined && item.unit !== d.meta.body.name && !units.has(item.unit)) {
        ctx.addIssue({ code: 'custom', path: ['lineItems', i, 'unit'], message: `"${item.unit}" 不是本部门或其下属预算单位 (not the body or one of overview.subordinateUnits)` });
      }
      if (item.project && !ids.has(item.project)) {
        ctx.addIssue({ code: 'custom', path: ['lineItems', i, 'project'], message: `未定义的项目 "${item.project}" (unknown project id)` });
      }
    });
    d.performance.projects.forEach((goal, i) => {
      if (!ids.has(goal.project)) {
        ctx.addIssue({ code: 'custom', path: ['performance', 'projects', i, 'project'], message: `未定义的项目 "${goal.project}" (unknown project id)` });
      }
    });
  });

export type Disclosure = z.output<typeof disclosureSchema>;
export type DisclosureJson = z.input<typeof disclosureSchema>;
