// Rows by economic code 类/款 under a total row (table 6: 一般公共预算基本支出).
import type { ByEconomicSpec } from '../../templates/template.ts';
import { compileFilter, sumItems } from '../line-filter.ts';
import { unknownName } from '../names.ts';
import type { TableModel, TableRow } from '../table-model.ts';
import { cell, codeLevel, emptyNote, tableFrame, withTotal, type ViewContext } from '../view-context.ts';

export function byEconomicTable(ctx: ViewContext, spec: ByEconomicSpec): TableModel {
  const items = ctx.disclosure.lineItems.filter(compileFilter(spec.filter)).filter((i) => i.amount !== 0);
  const columns = spec.columns.map((c) => compileFilter(c.filter));
  const frame = tableFrame(ctx, spec);
  if (items.length === 0) {
    const note = emptyNote(ctx, spec);
    return { ...frame, rows: [], ...(note !== undefined ? { note } : {}) };
  }
  const codes = new Set<string>();
  for (const i of items) {
    const econ = i.econ ?? '';
    codes.add(econ.slice(0, 3));
    if (econ.length === 5) codes.add(econ);
  }
  const rowOf = (code: string, name: string, level: number): TableRow => {
    const within = items.filter((i) => (i.econ ?? '').startsWith(code));
    return { code, name, level, values: columns.map((c) => cell(ctx, spec, sumItems(within, c))) };
  };
  return {
    ...frame,
    rows: withTotal(
      spec,
      rowOf('', spec.totalLabel ?? '合计', 0),
      [...codes].sort().map((code) => rowOf(code, ctx.names.economicName(code) ?? unknownName(code), codeLevel(code))),
    ),
  };
}
