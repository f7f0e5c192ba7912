// Project rows by unit and function code (table 7: 一般公共预算项目支出情况表).
import type { LineItem } from '../../model/line-item.ts';
import type { ProjectByFunctionSpec } from '../../templates/template.ts';
import { compileFilter, sumItems } from '../line-filter.ts';
import { unknownName } from '../names.ts';
import type { TableModel, TableRow } from '../table-model.ts';
import { cell, codeLevel, emptyNote, tableFrame, withTotal, type ViewContext } from '../view-context.ts';

export function projectByFunctionTable(ctx: ViewContext, spec: ProjectByFunctionSpec): TableModel {
  const d = ctx.disclosure;
  const items = d.lineItems.filter(compileFilter(spec.filter)).filter((i) => i.amount !== 0);
  const columns = spec.columns.map((c) => compileFilter(c.filter));
  const frame = tableFrame(ctx, spec);
  if (items.length === 0) {
    const note = emptyNote(ctx, spec);
    return { ...frame, rows: [], ...(note !== undefined ? { note } : {}) };
  }
  const values = (within: LineItem[]) => columns.map((c) => cell(ctx, spec, sumItems(within, c)));
  const projectOrder = new Map(d.projects.map((p, i) => [p.id, i]));
  const projectName = new Map(d.projects.map((p) => [p.id, p.name]));
  const funcName = (code: string) => ctx.names.functionName(code) ?? unknownName(code);

  const total: TableRow = { code: '', name: spec.totalLabel ?? '合计', project: '', level: 0, values: values(items) };
  const rows: TableRow[] = [];
  const units = [...new Set(items.map((i) => i.unit ?? d.meta.body.name))];
  for (const unit of units) {
    const ofUnit = items.filter((i) => (i.unit ?? d.meta.body.name) === unit);
    rows.push({ code: '', name: unit, project: '', level: 1, values: values(ofUnit) });
    const heads = [...new Set(ofUnit.flatMap((i) => [i.func.slice(0, 3), i.func.slice(0, 5)]))].sort();
    for (const head of heads) {
      const within = ofUnit.filter((i) => i.func.startsWith(head));
      rows.push({ code: head, name: funcName(head), project: '', level: codeLevel(head), values: values(within) });
      if (head.length !== 5) continue;
      const pairs = [...new Set(within.map((i) => `${i.func}|${i.project}`))].map((key) => key.split('|') as [string, string]);
      pairs.sort(([fa, pa], [fb, pb]) => fa.localeCompare(fb) || (projectOrder.get(pa) ?? 0) - (projectOrder.get(pb) ?? 0));
      for (const [func, project] of pairs) {
        const ofProject = within.filter((i) => i.func === func && i.project === project);
        rows.push({ code: func, name: funcName(func), project: projectName.get(project) ?? project, level: 3, values: values(ofProject) });
      }
    }
  }
  return { ...frame, rows: withTotal(spec, total, rows) };
}
