// 上年结转结余情况明细表: carried-over balances by unit and project.
import type { LineItem } from '../../model/line-item.ts';
import type { CarryoverDetailSpec } from '../../templates/template.ts';
import { compileFilter, sumItems } from '../line-filter.ts';
import type { TableModel, TableRow } from '../table-model.ts';
import { cell, emptyNote, tableFrame, withTotal, type ViewContext } from '../view-context.ts';

export function carryoverDetailTable(ctx: ViewContext, spec: CarryoverDetailSpec): TableModel {
  const d = ctx.disclosure;
  const items = d.lineItems.filter(compileFilter(spec.filter)).filter((i) => i.amount !== 0);
  const columns = spec.columns.map((c) => compileFilter(c.filter));
  const frame = tableFrame(ctx, spec);
  if (items.length === 0) {
    const note = emptyNote(ctx, spec);
    return { ...frame, rows: [], ...(note !== undefined ? { note } : {}) };
  }
  const values = (within: LineItem[]) => columns.map((c) => cell(ctx, spec, sumItems(within, c)));
  const total: TableRow = { code: '', name: spec.totalLabel ?? '合计', level: 0, values: values(items) };
  const rows: TableRow[] = [];
  const units = [...new Set(items.map((i) => i.unit ?? d.meta.body.name))];
  for (const unit of units) {
    const ofUnit = items.filter((i) => (i.unit ?? d.meta.body.name) === unit);
    rows.push({ code: '', name: unit, level: 1, values: values(ofUnit) });
    const basic = ofUnit.filter((i) => i.kind !== 'project');
    if (basic.length) rows.push({ code: '', name: spec.basicLabel, level: 2, values: values(basic) });
    for (const project of d.projects) {
      const ofProject = ofUnit.filter((i) => i.project === project.id);
      if (ofProject.length) rows.push({ code: '', name: project.name, level: 2, values: values(ofProject) });
    }
  }
  return { ...frame, rows: withTotal(spec, total, rows) };
}
