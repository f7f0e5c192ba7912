// Text runs → lines: runs on one baseline (within a tolerance), left to right, each keeping its box.
// A line spans the whole page width: the cells of a table row share a line, apart by the gaps between
// them; cutting lines into cells is table reconstruction's work, by the runs' x and the page's rules.
import { normaliseFigures } from './lookalikes.ts';
import type { PdfLine, PdfTextItem } from './page-model.ts';

/** Runs whose baselines differ by at most this share of the font size are on one line. */
export const BASELINE_TOLERANCE = 0.3;
/** A gap wider than this share of the font size between two runs is written as a space. */
export const SPACE_GAP = 0.15;
/** Runs overprinted to look bold (same text, offset by less than this share of the font size) are read once. */
const OVERPRINT = 0.3;

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** Position of a run across and along its direction (for ordinary text: baseline and left/right edges). */
interface Placed {
  item: PdfTextItem;
  across: number;
  from: number;
  to: number;
}

function place(item: PdfTextItem): Placed {
  if (item.angle === 0) return { item, across: item.baseline, from: item.x, to: item.x + item.width };
  // Rotated text: measured in the text's own frame, from the run's box (y grows downwards on the page).
  const t = (item.angle * Math.PI) / 180;
  const [dx, dy] = [Math.cos(t), -Math.sin(t)];
  const corners: [number, number][] = [
    [item.x, item.y],
    [item.x + item.width, item.y],
    [item.x, item.y + item.height],
    [item.x + item.width, item.y + item.height],
  ];
  const along = corners.map(([x, y]) => x * dx + y * dy);
  const cx = item.x + item.width / 2;
  const cy = item.y + item.height / 2;
  return { item, across: cx * -dy + cy * dx, from: Math.min(...along), to: Math.max(...along) };
}

const FIGURE_END = /[\d,.]$/;
const FIGURE_START = /^[\d,.]/;

/**
 * One amount drawn as touching runs ("28" then ",849.38", no gap between them) is one run: the cells of a
 * row are read run by run, and half an amount is no amount. Only figures are joined — a name touching its
 * amount ("工资福利支出2,082.85") stays two runs.
 */
function joinTouchingFigures(kept: Placed[]): Placed[] {
  const out: Placed[] = [];
  for (const p of kept) {
    const prev = out.at(-1);
    const gap = prev ? p.from - prev.to : Infinity;
    if (
      prev &&
      prev.item.angle === 0 &&
      p.item.angle === 0 &&
      Math.abs(gap) <= SPACE_GAP * Math.min(prev.item.fontSize, p.item.fontSize) &&
      FIGURE_END.test(prev.item.text) &&
      FIGURE_START.test(p.item.text)
    ) {
      const a = prev.item;
      const b = p.item;
      const right = Math.max(a.x + a.width, b.x + b.width);
      const item = { ...a, raw: a.raw + b.raw, text: a.text + b.text, width: right - a.x };
      out[out.length - 1] = { item, across: prev.across, from: prev.from, to: Math.max(prev.to, p.to) };
    } else out.push(p);
  }
  return out;
}

function toLine(placed: Placed[]): PdfLine {
  placed.sort((a, b) => a.from - b.from);
  let kept: Placed[] = [];
  for (const p of placed) {
    const size = p.item.fontSize;
    const twin = kept.find(
      (k) => k.item.text === p.item.text && Math.abs(k.from - p.from) < OVERPRINT * size && Math.abs(k.across - p.across) < OVERPRINT * size,
    );
    if (!twin) kept.push(p);
  }
  kept = joinTouchingFigures(kept);
  let text = '';
  for (let i = 0; i < kept.length; i++) {
    const cur = kept[i]!;
    const prev = kept[i - 1];
    if (prev && cur.from - prev.to > SPACE_GAP * Math.min(prev.item.fontSize, cur.item.fontSize)) text += ' ';
    text += cur.item.text;
  }
  const items = kept.map((p) => p.item);
  const x = Math.min(...items.map((i) => i.x));
  const y = Math.min(...items.map((i) => i.y));
  const right = Math.max(...items.map((i) => i.x + i.width));
  const bottom = Math.max(...items.map((i) => i.y + i.height));
  const r = (n: number) => Math.round(n * 100) / 100 || 0;
  return {
    text,
    normalised: normaliseFigures(text),
    x: r(x),
    y: r(y),
    width: r(right - x),
    height: r(bottom - y),
    baseline: r(median(items.map((i) => i.baseline))),
    fontSize: Math.max(...items.map((i) => i.fontSize)),
    angle: items[0]!.angle,
    items,
  };
}

/** Groups runs of one direction into lines, ordered across the direction (top to bottom for ordinary text). */
function linesOf(placed: Placed[]): PdfLine[] {
  placed.sort((a, b) => a.across - b.across || a.from - b.from);
  const groups: Placed[][] = [];
  let anchor = Number.NEGATIVE_INFINITY;
  for (const p of placed) {
    const current = groups.at(-1);
    if (current && p.across - anchor <= BASELINE_TOLERANCE * Math.min(p.item.fontSize, current[0]!.item.fontSize)) {
      current.push(p);
    } else {
      groups.push([p]);
      anchor = p.across;
    }
  }
  return groups.map(toLine);
}

/** The page's lines: ordinary text top to bottom, then each other direction's lines. */
export function buildLines(items: readonly PdfTextItem[]): PdfLine[] {
  const byAngle = new Map<number, Placed[]>();
  for (const item of items) {
    const group = byAngle.get(item.angle) ?? [];
    group.push(place(item));
    byAngle.set(item.angle, group);
  }
  const angles = [...byAngle.keys()].sort((a, b) => (a === 0 ? -1 : b === 0 ? 1 : a - b));
  return angles.flatMap((angle) => linesOf(byAngle.get(angle)!));
}
