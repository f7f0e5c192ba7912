// 政府采购预算表: the procurement statement's goods, works and services under their total.
import { sumFen } from '../../model/money.ts';
import type { ProcurementSpec } from '../../templates/template.ts';
import { emptyTable } from '../selection.ts';
import type { TableModel, TableRow } from '../table-model.ts';
import { cell, tableFrame, withTotal, type ViewContext } from '../view-context.ts';

export function procurementTable(ctx: ViewContext, spec: ProcurementSpec): TableModel {
  const frame = tableFrame(ctx, spec);
  if (spec.columns.length !== 1) throw new Error(`模板 ${ctx.template.id} 表${spec.number}: 政府采购表只有一列金额 (procurement: one amount column)`);
  const p = ctx.disclosure.procurement;
  const lines = spec.lines.map((line) => ({ label: line.label, fen: sumFen(line.items.map((item) => p[item])) }));
  const total = sumFen(lines.map((l) => l.fen));
  if (total === 0) return emptyTable(ctx, spec, frame);
  const rows: TableRow[] = lines.filter((l) => l.fen !== 0).map((l) => ({ code: '', name: l.label, level: 1, values: [cell(ctx, spec, l.fen)] }));
  return { ...frame, rows: withTotal(spec, { code: '', name: spec.totalLabel ?? '合计', level: 0, values: [cell(ctx, spec, total)] }, rows) };
}
