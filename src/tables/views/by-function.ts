// Rows by function code 类/款/项 under a total row (tables 2, 3, 5, 8, 9 of the Xinjiang template).
import type { ByFunctionSpec } from '../../templates/template.ts';
import { compileFilter, sumItems } from '../line-filter.ts';
import { unknownName } from '../names.ts';
import type { TableModel, TableRow } from '../table-model.ts';
import { cell, codeLevel, emptyNote, tableFrame, withTotal, type ViewContext } from '../view-context.ts';

export function byFunctionTable(ctx: ViewContext, spec: ByFunctionSpec): TableModel {
  const items = ctx.disclosure.lineItems.filter(compileFilter(spec.filter)).filter((i) => i.amount !== 0);
  const columns = spec.columns.map((c) => compileFilter(c.filter));
  const frame = tableFrame(ctx, spec);
  if (items.length === 0) {
    const note = emptyNote(ctx, spec);
    return { ...frame, rows: [], ...(note !== undefined ? { note } : {}) };
  }
  const codes = new Set<string>();
  for (const i of items) for (const len of [3, 5, 7]) codes.add(i.func.slice(0, len));
  const rowOf = (code: string, name: string, level: number): TableRow => {
    const within = items.filter((i) => i.func.startsWith(code));
    return { code, name, level, values: columns.map((c) => cell(ctx, spec, sumItems(within, c))) };
  };
  return {
    ...frame,
    rows: withTotal(
      spec,
      rowOf('', spec.totalLabel ?? '合计', 0),
      [...codes].sort().map((code) => rowOf(code, ctx.names.functionName(code) ?? unknownName(code), codeLevel(code))),
    ),
  };
}
