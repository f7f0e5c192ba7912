// Rows by classification code under a total row: function 类/款/项 (部门收入/支出总表, 一般公共预算支出表,
// fund tables) or economic 类/款 (基本支出表).
import type { LineItem } from '../../model/line-item.ts';
import type { ByEconomicSpec, ByFunctionSpec } from '../../templates/template.ts';
import { unknownName } from '../names.ts';
import { allBlank, emptyTable, select } from '../selection.ts';
import type { TableModel, TableRow } from '../table-model.ts';
import { codeLevel, withTotal, type ViewContext } from '../view-context.ts';

interface Axis {
  kind: 'function' | 'economic';
  code(item: LineItem): string | undefined;
  /** Code lengths of the levels printed (类, 款[, 项]). */
  lengths: readonly number[];
  name(ctx: ViewContext, code: string): string | undefined;
}

const FUNCTION: Axis = { kind: 'function', code: (i) => i.func, lengths: [3, 5, 7], name: (ctx, c) => ctx.names.functionName(c) };
const ECONOMIC: Axis = { kind: 'economic', code: (i) => i.econ, lengths: [3, 5], name: (ctx, c) => ctx.names.economicName(c) };

function byCodeTable(ctx: ViewContext, spec: ByFunctionSpec | ByEconomicSpec, axis: Axis): TableModel {
  const selection = select(ctx, spec);
  const { items, values } = selection;
  // the total row alone, unlabelled: no rows by code, so no axis
  if (spec.view === 'by_function' && spec.rows === 'total_only') return { ...selection.frame, rows: [{ code: '', name: '', level: 0, values: values(items) }] };
  const frame = { ...selection.frame, axis: axis.kind };
  if (items.length === 0) return emptyTable(ctx, spec, frame);
  // An item without a code on this axis (a project whose 款 is not published) counts in the total only.
  const codes = new Set<string>();
  for (const item of items) {
    const code = axis.code(item);
    if (code) for (const len of axis.lengths) if (code.length >= len) codes.add(code.slice(0, len));
  }
  const rows: TableRow[] = [];
  for (const code of [...codes].sort()) {
    const row = { code, name: axis.name(ctx, code) ?? unknownName(code), level: codeLevel(code), values: values(items.filter((i) => axis.code(i)?.startsWith(code))) };
    if (!allBlank(row.values)) rows.push(row);
  }
  const total = { code: '', name: spec.totalLabel ?? '合计', level: 0, values: values(items) };
  return { ...frame, rows: withTotal(spec, total, rows) };
}

export const byFunctionTable = (ctx: ViewContext, spec: ByFunctionSpec) => byCodeTable(ctx, spec, FUNCTION);
export const byEconomicTable = (ctx: ViewContext, spec: ByEconomicSpec) => byCodeTable(ctx, spec, ECONOMIC);
