// 财政拨款“三公”经费支出情况表, from the disclosure's 三公 statement.
import { sumFen } from '../../model/money.ts';
import type { ThreePublicSpec } from '../../templates/template.ts';
import type { TableModel } from '../table-model.ts';
import { cell, tableFrame, type ViewContext } from '../view-context.ts';

export function threePublicTable(ctx: ViewContext, spec: ThreePublicSpec): TableModel {
  const tp = ctx.disclosure.threePublic;
  const rows = spec.lines.map((line) => {
    const byFund = spec.funds.map((fund) => sumFen(line.items.map((item) => tp[item][fund])));
    return { code: '', name: line.label, level: line.label === '合计' ? 0 : 1, values: [sumFen(byFund), ...byFund].map((f) => cell(ctx, f)) };
  });
  return { ...tableFrame(ctx, spec), rows };
}
