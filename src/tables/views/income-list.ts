// 收入预算总表 as a list of income by source (Jiangsu 2017): 收入总计, each group's 小计 and its parts, one
// amount column. Each row carries what its amount holds (a role), for the checks.
import { resolveSources } from '../../model/fund-source.ts';
import { incomeBySource, incomeOf } from '../../model/income.ts';
import { incomeListName, type IncomeListSpec } from '../../templates/template.ts';
import { columnRole } from '../column-roles.ts';
import type { TableModel, TableRow } from '../table-model.ts';
import { cell, tableFrame, type ViewContext } from '../view-context.ts';

/**
 * The role of each line's amount: its sources, unless a line before it sums the same ones (a part equal to
 * its 小计 as the disclosure models it) or it has none (a line the disclosure does not split out).
 */
export function incomeListRoles(spec: IncomeListSpec): (string | undefined)[] {
  const seen = new Set<string>();
  return spec.lines.map((line) => {
    if (line.sources.length === 0) return undefined;
    const key = [...resolveSources(line.sources)].sort().join(',');
    if (seen.has(key)) return undefined;
    seen.add(key);
    return columnRole({ sources: line.sources });
  });
}

export function incomeListTable(ctx: ViewContext, spec: IncomeListSpec): TableModel {
  if (spec.columns.length !== 1) throw new Error(`模板 ${ctx.template.id} 表${spec.number}: 收入列表只有一列金额 (income list: one amount column)`);
  const income = incomeBySource(ctx.disclosure);
  const roles = incomeListRoles(spec);
  const rows: TableRow[] = spec.lines.map((line, i) => ({
    code: '',
    name: incomeListName(line),
    level: line.level,
    values: [line.sources.length ? cell(ctx, spec, incomeOf(income, line.sources)) : ''],
    ...(roles[i] ? { role: roles[i] } : {}),
  }));
  return { ...tableFrame(ctx, spec), rows };
}
