// A table as read from the text, before its amounts are placed: its frame (columns, roles), its rows with
// their printed amounts and the columns those may fill, and the arithmetic that ties them (row identities,
// parent rows over child rows).
import type { MoneyUnit } from '../../model/money.ts';
import type { Identity } from '../../tables/column-identities.ts';
import type { TableModel, TableRow } from '../../tables/table-model.ts';
import type { TableSpec, Template, ThreePublicItem } from '../../templates/template.ts';
import type { Group } from './placement-solver.ts';
import type { ParsedBlock } from './table-block.ts';

export interface DraftRow extends Omit<TableRow, 'values'> {
  /** Values read directly (the left column of a two-sided table); "" elsewhere. */
  preset: string[];
  /** The amounts to place, in printed order. */
  amounts: string[];
  /** The columns they may fill, left to right. */
  slots: number[];
  /** Where the row's cells are facts for other tables: a function code, or "T" for a grand total. */
  key?: string;
  /** Project rows: their facts are summed over the rows with the same code. */
  aggregate?: boolean;
  /** Line number in the text, for messages. */
  line: number;
}

export interface TableDraft {
  frame: Omit<TableModel, 'rows'>;
  block: ParsedBlock;
  template?: Template;
  spec?: TableSpec;
  rows: DraftRow[];
  groups: Group[];
  /** Row identities: column total = Σ parts. */
  identities: Identity[];
  /** Whether the cells are the spending their roles name (not 三公, a part of it): facts at the rows' keys. */
  facts: boolean;
  /** Roles as the fact store reads them (三公 funds name their budgets). */
  factRoles: string[];
  /** Column preference when the arithmetic leaves a choice (lower first). */
  preference: number[];
  /** Why the preference order is what it is, for ambiguity notes. */
  preferenceWhy: string;
  /** Cells that are at least some 三公 items' basic-spending economic items (see three-public-bounds.ts). */
  atLeast?: { row: number; col: number; items: readonly ThreePublicItem[] }[];
  /** Notes made while reading (a header that does not match the template …). */
  notes: string[];
  unit: MoneyUnit;
  decimals: number;
}
