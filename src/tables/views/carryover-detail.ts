// 上年结转结余情况明细表: carried-over balances by unit, basic spending and project.
import type { CarryoverDetailSpec } from '../../templates/template.ts';
import { emptyTable, select, unitsOf } from '../selection.ts';
import type { TableModel, TableRow } from '../table-model.ts';
import { withTotal, type ViewContext } from '../view-context.ts';

export function carryoverDetailTable(ctx: ViewContext, spec: CarryoverDetailSpec): TableModel {
  const { items, frame, values } = select(ctx, spec);
  if (items.length === 0) return emptyTable(ctx, spec, frame);
  const rows: TableRow[] = [];
  for (const unit of unitsOf(ctx, items)) {
    rows.push({ code: '', name: unit.name, level: 1, values: values(unit.items) });
    const basic = unit.items.filter((i) => i.kind !== 'project');
    if (basic.length) rows.push({ code: '', name: spec.basicLabel, level: 2, values: values(basic) });
    for (const project of ctx.disclosure.projects) {
      const ofProject = unit.items.filter((i) => i.project === project.id);
      if (ofProject.length) rows.push({ code: '', name: project.name, level: 2, values: values(ofProject) });
    }
  }
  return { ...frame, rows: withTotal(spec, { code: '', name: spec.totalLabel ?? '合计', level: 0, values: values(items) }, rows) };
}
