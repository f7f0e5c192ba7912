// 财政拨款“三公”经费 (and 机关运行经费) from the disclosure's statements, by fund or as a single row.
import { sumFen } from '../../model/money.ts';
import { STATED_ITEMS, type StatedItem, type ThreePublicItem, type ThreePublicSpec } from '../../templates/template.ts';
import type { TableModel, TableRow } from '../table-model.ts';
import { cell, tableFrame, type ViewContext } from '../view-context.ts';

type SplitItem = Exclude<ThreePublicItem, StatedItem>;
const isSplit = (item: ThreePublicItem): item is SplitItem => !(STATED_ITEMS as readonly string[]).includes(item);

export function threePublicTable(ctx: ViewContext, spec: ThreePublicSpec): TableModel {
  const d = ctx.disclosure;
  const tp = d.threePublic;
  const frame = tableFrame(ctx, spec);
  const fail = (why: string) => new Error(`模板 ${ctx.template.id} 表${spec.number}: ${why}`);

  if (spec.layout === 'single_row') {
    if (spec.lines.length !== spec.columns.length) throw fail('每列对应一行定义 (single_row: one line per column)');
    // 机关运行经费 is stated as one amount; the 三公 figures are summed over the template's funds.
    const values = spec.lines.map((line) =>
      sumFen(line.items.map((item) => (isSplit(item) ? sumFen(spec.funds.map((fund) => tp[item][fund])) : (d[item as StatedItem] ?? 0)))),
    );
    return { ...frame, rows: [{ code: '', name: '', level: 1, values: values.map((f) => cell(ctx, spec, f)) }] };
  }

  if (spec.funds.length + 1 !== spec.columns.length) throw fail('列应为合计加各资金来源 (by_fund: the total, then one column per fund)');
  const rows: TableRow[] = spec.lines.map((line) => {
    const items = line.items.filter(isSplit);
    if (items.length !== line.items.length) throw fail('机关运行经费不分资金来源 (operating costs have no fund split: use layout single_row)');
    const byFund = spec.funds.map((fund) => sumFen(items.map((item) => tp[item][fund])));
    return { code: '', name: line.label, level: line.level ?? 1, values: [sumFen(byFund), ...byFund].map((f) => cell(ctx, spec, f)) };
  });
  return { ...frame, rows };
}
