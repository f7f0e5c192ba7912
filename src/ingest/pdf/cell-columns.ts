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

/** Whether a page draws a table: vertical rules that make at least two cells. */
export const hasGrid = (page: PdfPage) => page.lines.some((l) => l.angle === 0 && ruleXs(page.rules, l).length >= 3);
