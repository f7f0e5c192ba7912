// pdf.js text content → text runs with boxes in page coordinates (top-left origin, PDF units).
import type { TextContent, TextItem, TextStyle } from 'pdfjs-dist/types/src/display/api.js';
import { mapLookalikes } from './lookalikes.ts';
import { apply, concat, toMatrix, type Matrix } from './matrix.ts';
import type { PdfTextItem } from './page-model.ts';

/** Ascent and descent (in font units of 1) when the font gives none that make sense: a typical CJK font's. */
const DEFAULT_ASCENT = 0.86;
const DEFAULT_DESCENT = -0.14;

/** Directions within this many degrees of horizontal count as horizontal (scanned-then-typed PDFs tilt a little). */
const ANGLE_SNAP = 0.5;

const round = (n: number, digits = 2): number => {
  const f = 10 ** digits;
  return Math.round(n * f) / f || 0; // no -0
};

function metrics(style: TextStyle | undefined): { ascent: number; descent: number } {
  const ascent = style?.ascent;
  const descent = style?.descent;
  if (ascent === undefined || descent === undefined || !(ascent > 0 && ascent <= 1.5 && descent <= 0 && descent >= -1 && ascent - descent > 0.3)) {
    return { ascent: DEFAULT_ASCENT, descent: DEFAULT_DESCENT };
  }
  return { ascent, descent };
}

const isTextItem = (item: TextContent['items'][number]): item is TextItem => 'str' in item;

/**
 * The page's text runs, in content order. `view` maps PDF user space to the displayed page (pdf.js's
 * viewport transform at scale 1: rotation applied, y flipped). Runs of blank text are left out: where
 * they stood shows as the gap between the runs around them.
 */
export function textItems(content: TextContent, view: Matrix): PdfTextItem[] {
  const out: PdfTextItem[] = [];
  for (const item of content.items) {
    if (!isTextItem(item) || item.str.trim() === '') continue;
    const own = toMatrix(item.transform);
    if (!own) continue;
    const m = concat(view, own);
    // The text space's x axis runs along the text, its y axis up the glyphs; both scaled by the font size.
    const along = Math.hypot(m[0], m[1]);
    const up = Math.hypot(m[2], m[3]);
    const fontSize = up || item.height;
    if (!(fontSize > 0) || !(along > 0)) continue;
    let angle = (-Math.atan2(m[1], m[0]) * 180) / Math.PI;
    if (Math.abs(angle) < ANGLE_SNAP) angle = 0;
    const { ascent, descent } = metrics(content.styles[item.fontName]);
    const length = item.width / along; // the run's advance, in text-space units
    const corners = [
      apply(m, 0, descent),
      apply(m, length, descent),
      apply(m, 0, ascent),
      apply(m, length, ascent),
    ];
    const xs = corners.map((c) => c[0]);
    const ys = corners.map((c) => c[1]);
    const [x, y] = [Math.min(...xs), Math.min(...ys)];
    out.push({
      raw: item.str,
      text: mapLookalikes(item.str),
      x: round(x),
      y: round(y),
      width: round(Math.max(...xs) - x),
      height: round(Math.max(...ys) - y),
      baseline: round(m[5]),
      fontSize: round(fontSize),
      font: item.fontName,
      angle: round(angle, 1),
    });
  }
  return out;
}
