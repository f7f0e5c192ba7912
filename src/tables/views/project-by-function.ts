// Project rows by unit and function code (一般公共预算项目支出情况表).
import type { ProjectByFunctionSpec } from '../../templates/template.ts';
import { unknownName } from '../names.ts';
import { emptyTable, select, unitsOf } from '../selection.ts';
import type { TableModel, TableRow } from '../table-model.ts';
import { codeLevel, withTotal, type ViewContext } from '../view-context.ts';

export function projectByFunctionTable(ctx: ViewContext, spec: ProjectByFunctionSpec): TableModel {
  const selection = select(ctx, spec);
  const { items, values } = selection;
  const frame = { ...selection.frame, axis: 'function' as const };
  if (items.length === 0) return emptyTable(ctx, spec, frame);
  const projects = ctx.disclosure.projects;
  const projectOrder = new Map(projects.map((p, i) => [p.id, i]));
  const projectName = new Map(projects.map((p) => [p.id, p.name]));
  const funcName = (code: string) => ctx.names.functionName(code) ?? unknownName(code);

  const rows: TableRow[] = [];
  for (const unit of unitsOf(ctx, items)) {
    rows.push({ code: '', name: unit.name, project: '', level: 1, values: values(unit.items) });
    // 类 and 款 rows, each 款 followed by its (项, project) rows: 项 in code order, projects in the disclosure's order.
    const heads = [...new Set(unit.items.flatMap((i) => [i.func.slice(0, 3), i.func.slice(0, 5)]))].sort();
    for (const head of heads) {
      const within = unit.items.filter((i) => i.func.startsWith(head));
      rows.push({ code: head, name: funcName(head), project: '', level: codeLevel(head), values: values(within) });
      if (head.length !== 5) continue;
      const pairs = [...new Map(within.map((i) => [`${i.func}|${i.project}`, [i.func, i.project ?? ''] as const])).values()];
      pairs.sort(([fa, pa], [fb, pb]) => fa.localeCompare(fb) || (projectOrder.get(pa) ?? 0) - (projectOrder.get(pb) ?? 0));
      for (const [func, project] of pairs) {
        const ofProject = within.filter((i) => i.func === func && (i.project ?? '') === project);
        rows.push({ code: func, name: funcName(func), project: projectName.get(project) ?? project, level: 3, values: values(ofProject) });
      }
    }
  }
  return { ...frame, rows: withTotal(spec, { code: '', name: spec.totalLabel ?? '合计', project: '', level: 0, values: values(items) }, rows) };
}
