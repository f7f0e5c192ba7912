// Which column each printed amount stands in, from its position on the page: the drawn vertical rules that
// cross its line cut the line into cells, and an amount belongs to the cell its run's centre falls in. A
// blank cell is a cell with no run — the amounts after it keep their own columns.
import { amountToken } from '../text/text-lines.ts';
import type { PdfLine, PdfPage, PdfRule } from './page-model.ts';

/** An amount on a line and the cell it is in (0-based, left to right among the cells the rules make). */
export interface PlacedAmount {
  value: string;
  /** Cell index, undefined when the line has no rules crossing it. */
  cell?: number;
  /** How many cells the rules make on the line. */
  cells: number;
  /** The run's box. */
  bbox: { x: number; y: number; width: number; height: number };
}

export interface LinePositions {
  page: number;
  amounts: PlacedAmount[];
}

/** The x of the vertical rules crossing a line (within 2 units above or below), merged within 2 units. */
export function ruleXs(rules: readonly PdfRule[], line: Pick<PdfLine, 'y' | 'height'>): number[] {
  const mid = line.y + line.height / 2;
  const xs = rules
    .filter((r) => r.orientation === 'vertical' && r.y1 - 2 <= mid && r.y2 + 2 >= mid)
    .map((r) => r.x1)
    .sort((a, b) => a - b);
  return xs.filter((x, i) => i === 0 || x - xs[i - 1]! > 2);
}

/** The amounts of a line in printed order, each with its cell. */
export function lineAmounts(page: PdfPage, line: PdfLine): PlacedAmount[] {
  const xs = ruleXs(page.rules, line);
  const cells = Math.max(0, xs.length - 1);
  const out: PlacedAmount[] = [];
  for (const item of line.items) {
    // a run may hold several cells' text ("82,096,797.42   82,096,797.42"): each token's box is its share
    // of the run's width by characters (the figures of one font have one width)
    const per = item.width / Math.max(1, item.text.length);
    for (const m of item.text.matchAll(/\S+/g)) {
      const value = amountToken(m[0]);
      if (value === undefined) continue;
      const x = item.x + per * m.index;
      const width = per * m[0].length;
      const k = xs.filter((e) => e < x + width / 2).length - 1;
      out.push({ value, ...(cells > 0 && k >= 0 && k < cells ? { cell: k } : {}), cells, bbox: { x, y: item.y, width, height: item.height } });
    }
  }
  return out;
}

/** Whether a line stands in a grid: an ordinary line crossed by vertical rules that make at least two cells. */
export const isGridLine = (page: PdfPage, line: PdfLine) => line.angle === 0 && ruleXs(page.rules, line).length >= 3;

/** Whether a page draws a table: vertical rules that make at least two cells. */
export const hasGrid = (page: PdfPage) => page.lines.some((l) => isGridLine(page, l));

const WHOLE = /^-?(\d{1,3}(,\d{3})+|\d+)$/;

/** A table row rebuilt from the page: the cells' text left to right, and its amounts with their cells. */
export interface GridRow {
  text: string;
  amounts: PlacedAmount[];
}

interface Token {
  text: string;
  x: number;
  width: number;
  y: number;
  height: number;
}

/** A line's whitespace-separated tokens, each with its share of its run's box. */
function tokensOf(line: PdfLine): Token[] {
  return line.items.flatMap((item) => {
    const per = item.width / Math.max(1, item.text.length);
    return [...item.text.matchAll(/\S+/g)].map((m) => ({ text: m[0], x: item.x + per * m.index, width: per * m[0].length, y: item.y, height: item.height }));
  });
}

/** The y of the horizontal rules crossing x, sorted. */
const ruleYs = (rules: readonly PdfRule[], x: number) =>
  rules
    .filter((r) => r.orientation === 'horizontal' && r.x1 - 2 <= x && r.x2 + 2 >= x)
    .map((r) => r.y1)
    .sort((a, b) => a - b);

/**
 * The page's lines as table rows: consecutive lines of a grid that fall between the same two horizontal
 * rules are one row (a name wrapped over two lines around its amounts), each cell's text joined top to
 * bottom; lines outside a grid stay as they are.
 */
export function gridRows(page: PdfPage, join: (...pieces: string[]) => string): GridRow[] {
  const lines = page.lines.filter((l) => l.angle === 0);
  const groups: { key?: string; lines: PdfLine[]; xs: number[] }[] = [];
  for (const line of lines) {
    const xs = ruleXs(page.rules, line);
    const mid = line.y + line.height / 2;
    const ys = ruleYs(page.rules, line.x + line.width / 2);
    // the band: the nearest rules above and below (by their y: rules may cross only part of the width)
    const above = ys.filter((y) => y < mid).at(-1);
    const below = ys.find((y) => y > mid);
    const key = xs.length >= 3 && above !== undefined && below !== undefined ? `${Math.round(above)}-${Math.round(below)}|${xs.map(Math.round).join(',')}` : undefined;
    const last = groups.at(-1);
    if (key !== undefined && last?.key === key) last.lines.push(line);
    else groups.push({ ...(key !== undefined ? { key } : {}), lines: [line], xs });
  }
  return groups.map(({ key, lines: ls, xs }) => {
    if (key === undefined) return { text: ls[0]!.text, amounts: lineAmounts(page, ls[0]!) };
    const cells = Math.max(0, xs.length - 1);
    const byCell = new Map<number, Token[][]>();
    for (const line of ls) {
      const seen = new Set<number>();
      for (const t of tokensOf(line)) {
        const k = xs.filter((e) => e < t.x + t.width / 2).length - 1;
        if (!byCell.has(k)) byCell.set(k, []);
        const pieces = byCell.get(k)!;
        if (!seen.has(k)) pieces.push([]);
        seen.add(k);
        pieces.at(-1)!.push(t);
      }
    }
    const order = [...byCell.keys()].sort((a, b) => a - b);
    // whole amounts ("2,976,800", "0": documents printing whole 元) are amounts in the cells after the row's
    // first cell with text (codes stand before it), or anywhere in a row without text (the 三公 row); they
    // are given the template's two decimals, as the table model holds amounts
    const hasText = (k: number) => byCell.get(k)!.some((p) => p.some((t) => /[^\d,.-]/.test(t.text)));
    const firstText = order.find(hasText);
    for (const k of order) {
      if (firstText !== undefined && k <= firstText) continue;
      for (const p of byCell.get(k)!) for (const t of p) if (WHOLE.test(t.text)) t.text = `${t.text}.00`;
    }
    const texts: string[] = [];
    const amounts: PlacedAmount[] = [];
    for (const k of order) {
      const pieces = byCell.get(k)!;
      texts.push(join(...pieces.map((p) => p.map((t) => t.text).join(' '))));
      for (const t of pieces.flat()) {
        const value = amountToken(t.text);
        if (value === undefined) continue;
        amounts.push({ value, ...(cells > 0 && k >= 0 && k < cells ? { cell: k } : {}), cells, bbox: { x: t.x, y: t.y, width: t.width, height: t.height } });
      }
    }
    return { text: texts.filter(Boolean).join(' '), amounts };
  });
}
