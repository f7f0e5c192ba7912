// A parsed table block turned into a draft: the template table it is (or generic columns), its rows by the
// template table's kind, its identities and the order of preference among placements.
import type { MoneyUnit } from '../../model/money.ts';
import { columnIdentities, IDENTITY_KINDS, type Identity } from '../../tables/column-identities.ts';
import { headerRows } from '../../tables/header.ts';
import type { TableModel } from '../../tables/table-model.ts';
import { columnRoles } from '../../tables/view-context.ts';
import type { TableSpec, Template, ThreePublicSpec } from '../../templates/template.ts';
import { byCodeRows, projectRows } from './draft-by-code.ts';
import { pairedRows } from './draft-paired.ts';
import { incomeListRows } from './draft-income-list.ts';
import { carryoverRows, partitions, threePublicRows } from './draft-labelled.ts';
import { columnPreference } from './placement-preference.ts';
import type { Group } from './placement-solver.ts';
import type { SpecMatch } from './recognise.ts';
import { assembleRows } from './row-reader.ts';
import type { ParsedBlock } from './table-block.ts';
import type { DraftRow, TableDraft } from './table-draft.ts';
import { amountToken, cellText } from './text-lines.ts';

export interface DraftContext {
  /** The document's body (preparer of tables that print none). */
  body: string;
  /** Name of a function code: as the document's tables print it, else the catalog's. */
  functionName(code: string): string | undefined;
}

/** 三公 funds are the budgets ("一般公共预算" includes its transfers). */
const THREE_PUBLIC_FUNDS: Record<string, string> = { general: 'general_budget', gov_fund: 'gov_fund_budget', state_capital: 'state_capital_budget' };

/** "1=2+3", "4＝5+6+7" in a header: identities over the numbered columns (1-based). */
export function headerFormulas(header: readonly string[], width: number): Identity[] {
  const text = header.join(' ').normalize('NFKC').replace(/\s+/g, '');
  const out: Identity[] = [];
  for (const m of text.matchAll(/(\d+)=(\d+(?:\+\d+)+)/g)) {
    const total = Number(m[1]) - 1;
    const parts = m[2]!.split('+').map((x) => Number(x) - 1);
    if ([total, ...parts].every((c) => c >= 0 && c < width)) out.push({ total, parts });
  }
  return out;
}

function specIdentities(spec: TableSpec, roles: readonly string[]): Identity[] {
  if (spec.view === 'three_public') {
    if (spec.layout === 'single_row') return partitions(spec.lines.map((l) => l.items)).map(({ whole, parts }) => ({ total: whole, parts }));
    return [{ total: 0, parts: roles.slice(1).map((_, i) => i + 1) }];
  }
  if (spec.view === 'paired_summary') return columnIdentities(roles, 'funds').filter((id) => id.total > 0 && id.parts.every((p) => p > 0));
  return IDENTITY_KINDS.flatMap((kind) => columnIdentities(roles, kind));
}

/** A bare total line without amounts (合计 printed over an empty table). */
const BLANK_TOTAL = /^(合计|总计)$/;

/**
 * The note an empty table prints instead of rows (a sentence, "本表为空表", or a bracketed "（无政府性基金支出）"),
 * a blank 合计 line aside; undefined when the block prints amounts or no such note.
 */
function emptyNoteOf(block: ParsedBlock): string | undefined {
  if (block.body.some((l) => l.tokens.some((t) => amountToken(t) !== undefined))) return undefined;
  const text = cellText(...block.body.map((l) => l.text).filter((t) => !BLANK_TOTAL.test(t.replace(/\s+/g, ''))));
  return text !== '' && /空表|[。；]$|^[(（][^()（）]*无[^()（）]*[)）]$/.test(text) ? text : undefined;
}

function rowsFor(spec: TableSpec | undefined, block: ParsedBlock, width: number, ctx: DraftContext): { rows: DraftRow[]; groups: Group[]; notes: string[] } {
  const none = { notes: [] as string[] };
  switch (spec?.view) {
    case 'paired_summary':
      return { ...pairedRows(block.body, width, spec), ...none };
    case 'by_function':
      if (spec.rows === 'total_only') return { ...totalOnlyRows(block, width), ...none };
      return { ...byCodeRows(block.body, width, 'function', spec.totalLabel), ...none };
    case 'income_list':
      return { ...incomeListRows(block.body, spec, block.number), groups: [] };
    case 'by_economic':
      return { ...byCodeRows(block.body, width, 'economic', spec.totalLabel), ...none };
    case 'project_by_function':
      return projectRows(block.body, width, spec.totalLabel, ctx.functionName);
    case 'three_public':
      return spec.layout === 'single_row' ? { ...genericRows(block, width, false), ...none } : { ...threePublicRows(block.body, width, spec), ...none };
    case 'procurement':
      return { ...genericRows(block, width, false), ...none };
    case 'carryover_detail':
      return { ...carryoverRows(block.body, width, spec.totalLabel, block.preparer || ctx.body), ...none };
    case undefined:
      return { ...genericRows(block, width, true), ...none };
  }
}

/** A table printed as its total row alone, unlabelled: the first line with amounts (what else it prints is noted). */
function totalOnlyRows(block: ParsedBlock, width: number): { rows: DraftRow[]; groups: Group[] } {
  const raw = assembleRows(block.body, { codes: false, continueAfterBreak: false }).filter((r) => r.amounts.length > 0);
  const first = raw[0];
  if (!first) return { rows: [], groups: [] };
  const row: DraftRow = { code: '', name: first.text, level: 0, key: 'T', preset: new Array<string>(width).fill(''), amounts: first.amounts, slots: Array.from({ length: width }, (_, c) => c), line: first.line };
  return { rows: [row, ...raw.slice(1).map((r) => ({ ...row, key: undefined, level: 1, name: r.text, amounts: r.amounts, line: r.line }))], groups: [] };
}

/** Rows of a table no template describes: by code when it prints codes, else one per label. */
function genericRows(block: ParsedBlock, width: number, codes: boolean): { rows: DraftRow[]; groups: Group[] } {
  const raw = assembleRows(block.body, { codes, continueAfterBreak: codes });
  if (codes && raw.some((r) => r.code !== '')) {
    const axis = raw.find((r) => r.code !== '')!.code.startsWith('2') ? 'function' : 'economic';
    return byCodeRows(block.body, width, axis);
  }
  return {
    rows: raw.map((r) => ({ code: '', name: r.text, level: 1, preset: new Array<string>(width).fill(''), amounts: r.amounts, slots: Array.from({ length: width }, (_, c) => c), line: r.line })),
    groups: [],
  };
}

/** The numeric columns the block's numbering row counts ("※ ※ 1 2 3" → 3), if it prints one. */
const numberedColumns = (block: ParsedBlock) => block.numbering?.filter((t) => /^\d+$/.test(t)).length;

/** The 三公 cells and their items: a column per line (single row), or each line's row in the total column. */
function threePublicCells(spec: ThreePublicSpec, rows: readonly DraftRow[]): NonNullable<TableDraft['atLeast']> {
  if (spec.layout === 'single_row') return rows.length === 1 ? spec.lines.map((l, col) => ({ row: 0, col, items: l.items })) : [];
  return rows.flatMap((r, row) => {
    const line = spec.lines.find((l) => cellText(l.label) === r.name);
    return line ? [{ row, col: 0, items: line.items }] : [];
  });
}

export function buildDraft(block: ParsedBlock, match: SpecMatch | undefined, ctx: DraftContext): TableDraft {
  const notes: string[] = [];
  let spec: TableSpec | undefined = match?.spec;
  const numbered = numberedColumns(block);
  if (spec && numbered !== undefined && numbered !== spec.columns.length) {
    notes.push(`表头编号有 ${numbered} 列，模板 ${match!.template.id} 表${spec.number} 有 ${spec.columns.length} 列：按通用列读取 (the header numbers ${numbered} columns, the template ${spec.columns.length}: read with generic columns)`);
    spec = undefined;
  }
  const template: Template | undefined = spec ? match!.template : undefined;
  const maxAmounts = Math.max(0, ...block.body.map((l) => l.tokens.filter((t) => amountToken(t) !== undefined).length));
  const width = spec ? spec.columns.length : (numbered ?? maxAmounts);
  const columns = spec ? spec.columns.map((c) => c.label) : Array.from({ length: width }, (_, i) => `列${i + 1}`);
  const roles = spec ? columnRoles(spec) : columns.map((_, i) => `column:${i + 1}`);
  const unit: MoneyUnit = block.unit ?? spec?.unit ?? template?.unit ?? '万元';
  const axis =
    spec?.view === 'by_economic' ? 'economic' : (spec?.view === 'by_function' && spec.rows !== 'total_only') || spec?.view === 'project_by_function' ? 'function' : undefined;
  const frame: Omit<TableModel, 'rows'> = {
    number: block.number,
    key: spec?.key ?? 'other',
    title: block.title,
    preparer: block.preparer || ctx.body,
    unit,
    columns,
    roles,
    ...(axis ? { axis } : {}),
    labelColumns: spec ? [...spec.labelColumns] : [],
    header: spec ? headerRows(spec.header) : [],
    ...(block.numbering ? { numbering: block.numbering } : {}),
  };
  const identities = [...(spec ? specIdentities(spec, roles) : []), ...(block.numbering ? headerFormulas(block.header, width) : [])];
  const { rank, why } = columnPreference(roles, columns);
  const base = {
    frame,
    block,
    ...(template ? { template } : {}),
    ...(spec ? { spec } : {}),
    identities,
    facts: spec !== undefined && spec.view !== 'three_public',
    factRoles: spec?.view === 'three_public' ? roles.map((r) => THREE_PUBLIC_FUNDS[r] ?? r) : roles,
    preference: rank,
    preferenceWhy: why,
    unit,
    decimals: template?.decimals ?? 2,
  };
  const note = emptyNoteOf(block);
  if (note !== undefined) return { ...base, frame: { ...frame, note }, rows: [], groups: [], notes };
  const read = rowsFor(spec, block, width, ctx);
  return { ...base, rows: read.rows, groups: read.groups, notes: [...notes, ...read.notes], ...(spec?.view === 'three_public' ? { atLeast: threePublicCells(spec, read.rows) } : {}) };
}
