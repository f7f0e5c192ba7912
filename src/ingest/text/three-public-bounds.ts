// What another table fixes about the 三公 table: each 三公 item is at least the basic-spending economic item of
// the same name (公务接待费 ≥ 30217, 公务用车运行费 ≥ 30231, …), as the X-THREE-PUBLIC rules check. When the 三公
// table prints its items on one row with blanks lost, this tells which of its columns hold which amounts.
import { parseFen, type Fen } from '../../model/money.ts';
import type { TableModel } from '../../tables/table-model.ts';
import type { ThreePublicItem } from '../../templates/template.ts';

/** The basic-spending economic 款 each 三公 item includes (the same codes as the X-THREE-PUBLIC rules). */
export const THREE_PUBLIC_ECON: Partial<Record<ThreePublicItem, string>> = {
  abroad: '30212',
  reception: '30217',
  vehicleOperation: '30231',
  vehiclePurchase: '31013',
};

/** The least the items can be, from a placed table by economic code; undefined when no such table is placed. */
export function lowerBound(items: readonly ThreePublicItem[], placed: readonly TableModel[]): Fen | undefined {
  const econ = placed.find((t) => t.axis === 'economic' && t.rows.length > 0);
  if (!econ) return undefined;
  let sum = 0;
  for (const item of items) {
    const code = THREE_PUBLIC_ECON[item];
    const row = code && econ.rows.find((r) => r.code === code);
    if (row) sum += parseFen(row.values[0] ?? '', econ.unit) ?? 0;
  }
  return sum;
}
