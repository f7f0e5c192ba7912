// The line items a table shows and how its columns sum them: the first step of every summing view.
import type { LineItem } from '../model/line-item.ts';
import type { TableSpec } from '../templates/template.ts';
import { compileFilter, sumItems, type LinePredicate } from '../model/line-filter.ts';
import type { TableModel } from './table-model.ts';
import { cell, emptyNote, tableFrame, type ViewContext } from './view-context.ts';

export interface Selection {
  /** The table's line items (its filter applied, zero amounts dropped). */
  items: LineItem[];
  frame: Omit<TableModel, 'rows'>;
  /** The printed cells of the table's columns over some of its items. */
  values(within: readonly LineItem[]): string[];
}

export function select(ctx: ViewContext, spec: TableSpec): Selection {
  const items = ctx.disclosure.lineItems.filter(compileFilter(spec.filter)).filter((i) => i.amount !== 0);
  // a column the disclosure does not hold sums nothing (printed blank)
  const columns: LinePredicate[] = spec.columns.map((c) => (c.unmodelled ? () => false : compileFilter(c.filter)));
  return {
    items,
    frame: tableFrame(ctx, spec),
    values: (within) => columns.map((c) => cell(ctx, spec, sumItems(within, c))),
  };
}

/** An empty table: no rows, and the explanation the template prints instead. */
export function emptyTable(ctx: ViewContext, spec: TableSpec, frame: Omit<TableModel, 'rows'>): TableModel {
  const note = emptyNote(ctx, spec);
  return { ...frame, rows: [], ...(note !== undefined ? { note } : {}) };
}

/** True when every printed cell is blank or zero (items that net to nothing get no row). */
export function allBlank(values: readonly string[]): boolean {
  return values.every((v) => v === '' || /^-?0(\.0+)?$/.test(v));
}

/** The budget units among the items: the body itself first, then its subordinate units in the overview's order. */
export function unitsOf(ctx: ViewContext, items: readonly LineItem[]): { name: string; items: LineItem[] }[] {
  const d = ctx.disclosure;
  const unitOf = (i: LineItem) => i.unit ?? d.meta.body.name;
  const order = [d.meta.body.name, ...d.overview.subordinateUnits.map((u) => u.name)];
  const present = new Set(items.map(unitOf));
  return [...order.filter((u) => present.has(u)), ...[...present].filter((u) => !order.includes(u))].map((name) => ({
    name,
    items: items.filter((i) => unitOf(i) === name),
  }));
}
