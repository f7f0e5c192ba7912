// Two-sided summary tables: income lines on the left, function 类 on the right (tables 1 and 4).
import type { PairedSummarySpec } from '../../templates/template.ts';
import { incomeBySource, incomeOf } from '../income.ts';
import { compileFilter, sumItems } from '../line-filter.ts';
import { unknownName } from '../names.ts';
import type { TableModel, TableRow } from '../table-model.ts';
import { cell, tableFrame, type ViewContext } from '../view-context.ts';

export function pairedSummaryTable(ctx: ViewContext, spec: PairedSummarySpec): TableModel {
  const income = incomeBySource(ctx.disclosure);
  const items = ctx.disclosure.lineItems.filter(compileFilter(spec.filter));
  const spending = spec.columns.slice(1).map((c) => compileFilter(c.filter));
  const classes = ctx.template.functionClasses;
  const rows: TableRow[] = [];
  for (let i = 0; i < Math.max(spec.incomeLines.length, classes.length); i++) {
    const line = spec.incomeLines[i];
    const code = classes[i];
    const ofClass = code ? items.filter((item) => item.func.startsWith(code)) : [];
    rows.push({
      code: '',
      name: line?.label ?? '',
      pair: code ? { code, name: ctx.names.functionName(code) ?? unknownName(code) } : { code: '', name: '' },
      level: 1,
      values: [
        line && line.sources.length ? cell(ctx, incomeOf(income, line.sources)) : '',
        ...spending.map((c) => (code ? cell(ctx, sumItems(ofClass, c)) : '')),
      ],
    });
  }
  rows.push({
    code: '',
    name: spec.incomeTotal.label,
    pair: { code: '', name: spec.expenditureTotalLabel },
    level: 0,
    values: [cell(ctx, incomeOf(income, spec.incomeTotal.sources)), ...spending.map((c) => cell(ctx, sumItems(items, c)))],
  });
  return { ...tableFrame(ctx, spec), rows };
}
