// A table printed as two blocks side by side on one page, the same header over each: the national 决算's
// 一般公共预算财政拨款基本支出决算表 prints 人员经费 (301, 303) on the left and 公用经费 (302, 310) on the right,
// each block with its own 经济分类科目编码 | 科目名称 | 决算数 and its own 合计. Read as one list, the left and
// right rows of a line would run into one row; read as two halves, left first, each row is a row.
import { amountToken } from '../text/text-lines.ts';
import { isGridLine, ruleXs } from './cell-columns.ts';
import { buildLines } from './lines.ts';
import type { PdfLine, PdfPage, PdfTextItem } from './page-model.ts';

const TOLERANCE = 2;

/** The most common set of vertical rules crossing the page's grid lines (the body rows'). */
function bodyRules(page: PdfPage, grid: readonly PdfLine[]): number[] | undefined {
  const counts = new Map<string, { xs: number[]; n: number }>();
  for (const line of grid) {
    const xs = ruleXs(page.rules, line);
    const key = xs.map(Math.round).join(',');
    const c = counts.get(key) ?? { xs, n: 0 };
    c.n++;
    counts.set(key, c);
  }
  return [...counts.values()].sort((a, b) => b.n - a.n)[0]?.xs;
}

const centre = (i: PdfTextItem) => i.x + i.width / 2;
const words = (items: readonly PdfTextItem[]) =>
  items
    .map((i) => i.text)
    .join('')
    .normalize('NFKC')
    .replace(/\s/g, '');

/** The split of a page's table into two blocks: the x of the middle rule and the body's rules it is found in. */
interface Split {
  x: number;
  rules: string;
}

const signature = (xs: readonly number[]) => xs.map(Math.round).join(',');

/**
 * Where a page's table splits into two blocks, or undefined: the body's rules make an even number of cells,
 * and the header reads the same left and right of the middle rule (the blocks' widths may differ: 决算 p. 16
 * prints the right names narrower). A two-sided summary (收入 | 支出) does not split: its header names the
 * sides differently. A page without a header continues the split of the page before it when its body has the
 * same rules (`previous`).
 */
export function sideBySideSplit(page: PdfPage, previous?: Split): Split | undefined {
  const lines = page.lines.filter((l) => l.angle === 0);
  const grid = lines.filter((l) => isGridLine(page, l));
  const xs = bodyRules(page, grid);
  if (!xs) return undefined;
  const cells = xs.length - 1;
  if (cells < 4 || cells % 2 !== 0) return undefined;
  const split = { x: xs[cells / 2]!, rules: signature(xs) };
  // the header: the grid's lines above the first that prints an amount or a code
  const firstBody = grid.findIndex((l) => l.items.some((i) => i.text.split(/\s+/).some((t) => /^\d+$/.test(t) || amountToken(t) !== undefined)));
  const header = grid.slice(0, firstBody < 0 ? grid.length : firstBody);
  if (header.length === 0) return previous?.rules === split.rules ? previous : undefined;
  const items = header.flatMap((l) => l.items);
  const [left, right] = [words(items.filter((i) => centre(i) < split.x)), words(items.filter((i) => centre(i) >= split.x))];
  return left.length >= 4 && left === right ? split : undefined;
}

/** The page as its two blocks, left then right, each a page of its own (same number: values keep their place). */
function halves(page: PdfPage, split: number): [PdfPage, PdfPage] {
  const leftItems: PdfTextItem[] = [];
  const rightItems: PdfTextItem[] = [];
  // lines outside the grid (the title, 单位) go with the left block
  for (const line of page.lines.filter((l) => l.angle === 0)) {
    for (const item of line.items) (isGridLine(page, line) && centre(item) >= split ? rightItems : leftItems).push(item);
  }
  const rotated = page.lines.filter((l) => l.angle !== 0);
  const side = (items: PdfTextItem[], keep: (x: number) => boolean, extra: PdfLine[]): PdfPage => ({
    ...page,
    lines: [...buildLines(items), ...extra],
    rules: page.rules.filter((r) => r.orientation === 'horizontal' || keep(r.x1)),
  });
  return [side(leftItems, (x) => x <= split + TOLERANCE, rotated), side(rightItems, (x) => x >= split - TOLERANCE, [])];
}

/**
 * Table pages in reading order, a table printed side by side read block after block: over a run of pages
 * split alike, every left block, then every right block.
 */
export function sideBySideOrder(pages: readonly PdfPage[]): PdfPage[] {
  const out: PdfPage[] = [];
  let run: { left: PdfPage[]; right: PdfPage[] } | undefined;
  let previous: Split | undefined;
  const flush = () => {
    if (run) out.push(...run.left, ...run.right);
    run = undefined;
  };
  for (const page of pages) {
    const split = sideBySideSplit(page, previous);
    if (split && split !== previous) flush();
    previous = split;
    if (!split) {
      flush();
      out.push(page);
      continue;
    }
    const [l, r] = halves(page, split.x);
    run ??= { left: [], right: [] };
    run.left.push(l);
    run.right.push(r);
  }
  flush();
  return out;
}
