// Reading the 三公 table whatever its layout: a row per line with a column per fund ('by_fund', Xinjiang),
// or one row with a column per line ('single_row', Shanghai, with 机关运行经费 beside). Lines are known by
// their column role (three_public:<items>) or, on rows, by the wording every template uses.
import type { CheckDocument, CheckTable } from '../check/document.ts';
import type { Disclosure } from '../model/disclosure.ts';
import { sumFen, type Fen } from '../model/money.ts';
import { STATED_ITEMS, type StatedItem, type ThreePublicItem } from '../templates/template.ts';
import { cellLocation, figure } from './figures.ts';
import type { Location } from './types.ts';

export type ThreePublicLine = 'total' | 'abroad' | 'reception' | 'vehicles' | 'purchase' | 'operation' | 'operating';

export const LINE_ITEMS: Record<ThreePublicLine, readonly ThreePublicItem[]> = {
  total: ['abroad', 'reception', 'vehiclePurchase', 'vehicleOperation'],
  abroad: ['abroad'],
  reception: ['reception'],
  vehicles: ['vehiclePurchase', 'vehicleOperation'],
  purchase: ['vehiclePurchase'],
  operation: ['vehicleOperation'],
  operating: ['operatingCosts'],
};

/** A line by its printed label. */
function lineOfLabel(label: string): ThreePublicLine | undefined {
  if (/机关运行/.test(label)) return 'operating';
  if (/合计|总计/.test(label)) return 'total';
  if (/出国/.test(label)) return 'abroad';
  if (/接待/.test(label)) return 'reception';
  if (/购置及运行|小计/.test(label)) return 'vehicles';
  if (/购置/.test(label)) return 'purchase';
  if (/运行/.test(label)) return 'operation';
  return undefined;
}

/** A line by a single-row column's role ("three_public:abroad+reception+…"), else its label. */
function lineOfColumn(role: string, label: string): ThreePublicLine | undefined {
  if (role.startsWith('three_public:')) {
    const items = role.slice('three_public:'.length).split('+').sort().join('+');
    const found = (Object.keys(LINE_ITEMS) as ThreePublicLine[]).find((k) => [...LINE_ITEMS[k]].sort().join('+') === items);
    if (found) return found;
  }
  return lineOfLabel(label);
}

export interface ThreePublicCell {
  fen: Fen;
  location: Location;
  /** The funds the figure covers (the column's fund in 'by_fund'; the template's funds in 'single_row'). */
  funds: readonly ('general' | 'gov_fund' | 'state_capital')[];
}

/** The table's figures: for each group of columns (a fund, or the single row), each line's cell. */
export interface ThreePublicTable {
  table: CheckTable;
  groups: Map<ThreePublicLine, ThreePublicCell>[];
}

const FUNDS = ['general', 'gov_fund', 'state_capital'] as const;
type Fund = (typeof FUNDS)[number];

export function readThreePublic(doc: CheckDocument): ThreePublicTable | undefined {
  const table = doc.tables.find((t) => t.key === 'three_public_expenses');
  if (!table) return undefined;
  const spec = doc.template?.tables.find((s) => s.key === 'three_public_expenses');
  const templateFunds = spec && spec.view === 'three_public' ? spec.funds : FUNDS;
  const singleRow = table.roles.some((r) => r.startsWith('three_public:')) || (spec?.view === 'three_public' && spec.layout === 'single_row');
  if (singleRow) {
    const row = table.rows[0];
    const group = new Map<ThreePublicLine, ThreePublicCell>();
    if (row) {
      table.columns.forEach((label, col) => {
        const line = lineOfColumn(table.roles[col] ?? '', label);
        if (line && !group.has(line)) group.set(line, { fen: figure(table, row, col), location: cellLocation(table, row, col), funds: templateFunds });
      });
    }
    return { table, groups: [group] };
  }
  const groups = table.columns.map((_, col) => {
    const role = table.roles[col] ?? '';
    const funds: readonly Fund[] = (FUNDS as readonly string[]).includes(role) ? [role as Fund] : templateFunds;
    const group = new Map<ThreePublicLine, ThreePublicCell>();
    for (const row of table.rows) {
      const line = row.level === 0 ? 'total' : lineOfLabel(row.name);
      if (line && !group.has(line)) group.set(line, { fen: figure(table, row, col), location: cellLocation(table, row, col), funds });
    }
    return group;
  });
  return { table, groups };
}

/** What the data says a line holds, over some funds. */
export function dataLine(d: Disclosure, line: ThreePublicLine, funds: readonly Fund[]): Fen {
  return sumFen(
    LINE_ITEMS[line].flatMap((item) =>
      (STATED_ITEMS as readonly string[]).includes(item) ? [d[item as StatedItem] ?? 0] : funds.map((f) => d.threePublic[item as Exclude<ThreePublicItem, StatedItem>][f]),
    ),
  );
}
