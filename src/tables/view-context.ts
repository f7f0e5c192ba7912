// What every table view needs: the disclosure, its template, code names and cell formatting.
import type { Disclosure } from '../model/disclosure.ts';
import { formatAmount, type Fen, type MoneyUnit } from '../model/money.ts';
import type { TableSpec, Template } from '../templates/template.ts';
import { columnRole } from './column-roles.ts';
import { headerLeaves, headerRows } from './header.ts';
import type { ClassificationNames } from './names.ts';
import type { TableModel, TableRow } from './table-model.ts';

export interface ViewContext {
  disclosure: Disclosure;
  template: Template;
  names: ClassificationNames;
}

/** The unit a table prints in: its own when the template gives one, else the template's. */
export function tableUnit(ctx: ViewContext, spec: TableSpec): MoneyUnit {
  return spec.unit ?? ctx.template.unit;
}

/** A printed cell: the amount rounded half-up in the table's unit, blank for zero where the template says so. */
export function cell(ctx: ViewContext, spec: TableSpec, fen: Fen): string {
  if (fen === 0 && ctx.template.blankZero) return '';
  return formatAmount(fen, tableUnit(ctx, spec), { decimals: ctx.template.decimals, grouping: false });
}

/** Fills the {body} and {year} placeholders of a title or note. */
export function fillText(ctx: ViewContext, text: string): string {
  const meta = ctx.disclosure.meta;
  return text.replaceAll('{body}', meta.body.name).replaceAll('{year}', String(meta.year));
}

/** The parts of a table that come from the template alone. */
export function tableFrame(ctx: ViewContext, spec: TableSpec): Omit<TableModel, 'rows'> {
  const leaves = headerLeaves(spec.header);
  if (spec.view !== 'paired_summary' && leaves.length !== spec.labelColumns.length + spec.columns.length) {
    throw new Error(`模板 ${ctx.template.id} 表${spec.number}: 表头列数与列定义不符 (header leaves do not match columns)`);
  }
  const meta = ctx.disclosure.meta;
  return {
    number: spec.number,
    key: spec.key,
    title: fillText(ctx, spec.title),
    preparer: meta.preparer ?? meta.body.name,
    unit: tableUnit(ctx, spec),
    columns: spec.columns.map((c) => c.label),
    roles: columnRoles(spec),
    labelColumns: [...spec.labelColumns],
    header: headerRows(spec.header),
    ...(spec.numbered ? { numbering: [...spec.labelColumns.map(() => '※'), ...spec.columns.map((_, i) => String(i + 1))] } : {}),
  };
}

/** Roles of a table's columns: the income column of a two-sided table, the funds of a 三公 table, else its filters. */
export function columnRoles(spec: TableSpec): string[] {
  if (spec.view === 'three_public') {
    return spec.layout === 'single_row' ? spec.lines.map((l) => `three_public:${l.items.join('+')}`) : ['all', ...spec.funds];
  }
  if (spec.view === 'procurement') return ['procurement'];
  // a list's rows each hold their own sources (TableRow.role): its one column holds no single role
  if (spec.view === 'income_list') return ['income_lines'];
  return spec.columns.map((c, i) => (spec.view === 'paired_summary' && i === 0 ? 'income' : c.unmodelled ?? c.role ?? columnRole(spec.filter, c.filter)));
}

/** The grand-total row and the other rows, in the order the template prints them. */
export function withTotal(spec: TableSpec, total: TableRow, rows: readonly TableRow[]): TableRow[] {
  return spec.totalRow === 'last' ? [...rows, total] : [total, ...rows];
}

/** The explanation printed under an empty table. */
export function emptyNote(ctx: ViewContext, spec: TableSpec): string | undefined {
  return spec.emptyNote === undefined ? undefined : fillText(ctx, spec.emptyNote);
}

/** The level of a classification code by its length: 类 1, 款 2, 项 3. */
export function codeLevel(code: string): number {
  return code.length <= 3 ? 1 : code.length <= 5 ? 2 : 3;
}
