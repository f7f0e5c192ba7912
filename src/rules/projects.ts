// Projects as the tables list them: rows of the project tables (项目支出表) and of the carry-over table
// (上年结转结余情况明细表), found by project name; and the projects of prepared data by their money.
import type { CheckDocument, CheckTable } from '../check/document.ts';
import type { Disclosure } from '../model/disclosure.ts';
import { FUND_GROUPS, FUND_SOURCES, type FundGroup, type FundSource } from '../model/fund-source.ts';
import { compileFilter, sumItems } from '../model/line-filter.ts';
import type { Fen } from '../model/money.ts';
import type { TableRow } from '../tables/table-model.ts';
import { cellLocation, rowLabel } from './figures.ts';
import type { Location } from './types.ts';

/** A name as compared: without spaces and with full-width brackets made half-width. */
export const sameName = (a: string, b: string) => normName(a) === normName(b);
export const normName = (s: string) => s.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')');

export interface ProjectCell {
  table: CheckTable;
  row: TableRow;
  /** The column of the row's amount (the table's total column). */
  col: number;
}

/** The column holding a project row's amount: the first whose role is not an economic split. */
const amountColumn = (t: CheckTable) => Math.max(0, t.roles.findIndex((r) => !r.includes('econ:')));

/** Tables that list projects by name on their rows (项目支出表). */
export const projectTables = (doc: CheckDocument) => doc.tables.filter((t) => t.rows.some((r) => r.project));

/** Every project row of the project tables, in order. */
export function listedProjects(doc: CheckDocument): ProjectCell[] {
  return projectTables(doc).flatMap((table) => table.rows.filter((r) => r.project).map((row) => ({ table, row, col: amountColumn(table) })));
}

/** Distinct project names the project tables list. */
export function listedProjectNames(doc: CheckDocument): string[] {
  const names: string[] = [];
  for (const { row } of listedProjects(doc)) if (!names.some((n) => sameName(n, row.project!))) names.push(row.project!);
  return names;
}

export const projectRowsOf = (doc: CheckDocument, name: string) => listedProjects(doc).filter((c) => sameName(c.row.project!, name));

/** A project row as a location: its code and 项 name, then the project. */
export function projectLocation(cell: ProjectCell): Location {
  return { ...cellLocation(cell.table, cell.row, cell.col), row: `${rowLabel(cell.row)} ${cell.row.project}` };
}

/** The project rows of the carry-over table: below the unit rows, other than carried-over basic spending. */
export function carryoverProjects(doc: CheckDocument): ProjectCell[] {
  const table = doc.tables.find((t) => t.key === 'carryover_detail');
  if (!table) return [];
  const col = Math.max(0, table.roles.indexOf('carryover'));
  return table.rows.filter((r) => r.level >= 2 && !/^基本支出$/.test(r.name)).map((row) => ({ table, row, col }));
}

/** The sources a role's fund names ("general_budget", "general+general_transfer"), or undefined if unknown. */
export function roleSources(role: string): (FundSource | FundGroup)[] | undefined {
  const names = (role.split('.')[0] ?? '').split('+');
  const known = names.every((n) => (FUND_SOURCES as readonly string[]).includes(n) || n in FUND_GROUPS);
  return known ? (names as (FundSource | FundGroup)[]) : undefined;
}

/** A project's money from some sources (all of its line items when no sources are given). */
export function projectMoney(d: Disclosure, projectId: string, sources?: readonly (FundSource | FundGroup)[]): Fen {
  const items = d.lineItems.filter((i) => i.project === projectId);
  return sumItems(items, sources ? compileFilter({ sources }) : undefined);
}

/** Projects with money of this year (not only a carry-over). */
export const currentProjects = (d: Disclosure) => d.projects.filter((p) => projectMoney(d, p.id, ['current']) !== 0);
