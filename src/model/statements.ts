// "三公", 机关运行经费, 政府采购 and 国有资产: the other statements of a disclosure.
import { z } from 'zod';
import { amountSchema, dateSchema, decimalSchema } from './amount.ts';

/** An amount split by fiscal fund; the document's "三公" table has these three columns. */
export const fundSplitSchema = z.object({
  general: amountSchema,
  gov_fund: amountSchema,
  state_capital: amountSchema,
});

export const threePublicSchema = z.object({
  /** 因公出国（境）费 */
  abroad: fundSplitSchema,
  /** 公务用车购置费 */
  vehiclePurchase: fundSplitSchema,
  /** 公务用车运行费 */
  vehicleOperation: fundSplitSchema,
  /** 公务接待费 */
  reception: fundSplitSchema,
});
export type ThreePublic = z.output<typeof threePublicSchema>;
export type FundSplit = z.output<typeof fundSplitSchema>;

export const procurementSchema = z.object({
  goods: amountSchema,
  works: amountSchema,
  services: amountSchema,
  /** 面向中小企业预留 */
  smeReserve: amountSchema,
  /** 其中小微企业预留 */
  smallMicroReserve: amountSchema,
});
export type Procurement = z.output<typeof procurementSchema>;

const countValue = z.object({ count: z.int().min(0), value: amountSchema });

export const assetsSchema = z.object({
  /** The date the holdings are stated at (截至…年底). */
  asOf: dateSchema,
  buildings: z.object({ area: decimalSchema, value: amountSchema }),
  /** Vehicles by category, in the document's order (一般公务用车, 执法执勤用车, 其他车辆…). */
  vehicles: z.array(countValue.extend({ category: z.string().min(1) })),
  furniture: amountSchema,
  other: amountSchema,
  /** 单位价值 50 万元以上 / 100 万元以上大型设备 (台). */
  largeEquipment: z.object({ over500k: z.int().min(0), over1m: z.int().min(0) }),
  /** What this year's budget buys. */
  planned: z.object({
    vehicles: z.int().min(0),
    over500k: z.int().min(0),
    over1m: z.int().min(0),
  }),
});
export type Assets = z.output<typeof assetsSchema>;
