// What every table view needs: the disclosure, its template, code names and cell formatting.
import type { Disclosure } from '../model/disclosure.ts';
import { formatAmount, type Fen } from '../model/money.ts';
import type { TableSpec, Template } from '../templates/template.ts';
import { headerLeaves, headerRows } from './header.ts';
import type { ClassificationNames } from './names.ts';
import type { TableModel } from './table-model.ts';

export interface ViewContext {
  disclosure: Disclosure;
  template: Template;
  names: ClassificationNames;
}

/** A printed cell: the amount rounded half-up in the display unit, blank for zero where the template says so. */
export function cell(ctx: ViewContext, fen: Fen): string {
  if (fen === 0 && ctx.template.blankZero) return '';
  return formatAmount(fen, ctx.template.unit, { decimals: ctx.template.decimals, grouping: false });
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
    title: spec.title,
    preparer: meta.preparer ?? meta.body.name,
    unit: ctx.template.unit,
    columns: spec.columns.map((c) => c.label),
    labelColumns: [...spec.labelColumns],
    header: headerRows(spec.header),
    ...(spec.numbered ? { numbering: [...spec.labelColumns.map(() => '※'), ...spec.columns.map((_, i) => String(i + 1))] } : {}),
  };
}

/** The explanation printed under an empty table. */
export function emptyNote(ctx: ViewContext, spec: TableSpec): string | undefined {
  const meta = ctx.disclosure.meta;
  return spec.emptyNote?.replaceAll('{body}', meta.body.name).replaceAll('{year}', String(meta.year));
}

/** The level of a classification code by its length: 类 1, 款 2, 项 3. */
export function codeLevel(code: string): number {
  return code.length <= 3 ? 1 : code.length <= 5 ? 2 : 3;
}
