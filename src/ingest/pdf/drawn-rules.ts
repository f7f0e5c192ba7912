// The page's drawn horizontal and vertical rules (table borders), and its painted images, from pdf.js's
// operator list. Paths come as constructPath operations in the current user space, so the current
// transformation matrix is followed through save/restore, cm and form XObjects. Stroked straight
// pieces become rules; so do thin filled rectangles (how Word and Excel exports often draw borders).
// Curves, clipping paths and larger fills (cell shading) are not rules.
import type { PDFOperatorList } from 'pdfjs-dist/types/src/display/api.js';
import { apply, concat, scaleOf, toMatrix, type Matrix } from './matrix.ts';
import type { PdfRule } from './page-model.ts';
import type { PdfJs } from './pdfjs.ts';

/** A piece is a rule when it is within this many PDF units of horizontal or vertical. */
const AXIS_TOLERANCE = 0.5;
/** Shorter pieces are not rules (dots, glyph-like marks). */
const MIN_LENGTH = 2;
/** A filled rectangle at most this thick is a rule along its long side. */
const MAX_BAR_THICKNESS = 3;
/** Collinear rules this close (across) whose ends are this close (along) are one rule. */
const MERGE_ACROSS = 0.75;
const MERGE_GAP = 1.5;

// pdf.js's path encoding inside constructPath (DrawOPS in its source).
const MOVE_TO = 0;
const LINE_TO = 1;
const CURVE_TO = 2;
const QUADRATIC_CURVE_TO = 3;
const CLOSE_PATH = 4;

type Point = [number, number];

/** Subpaths of a constructPath buffer, in page coordinates; `closed` when the subpath returns to its start. */
function subpaths(buffer: ArrayLike<number>, toPage: Matrix): { points: Point[]; closed: boolean; curved: boolean }[] {
  const out: { points: Point[]; closed: boolean; curved: boolean }[] = [];
  let current: { points: Point[]; closed: boolean; curved: boolean } | undefined;
  const start = (p: Point) => {
    current = { points: [p], closed: false, curved: false };
    out.push(current);
  };
  for (let k = 0; k < buffer.length; ) {
    const op = buffer[k++];
    if (op === MOVE_TO || op === LINE_TO) {
      const p = apply(toPage, buffer[k]!, buffer[k + 1]!);
      k += 2;
      if (op === MOVE_TO || !current) start(p);
      else if (current.closed) {
        start(current.points[0]!); // after closepath the current point is the subpath's start
        current!.points.push(p);
      } else current.points.push(p);
    } else if (op === CURVE_TO || op === QUADRATIC_CURVE_TO) {
      const n = op === CURVE_TO ? 6 : 4;
      const p = apply(toPage, buffer[k + n - 2]!, buffer[k + n - 1]!);
      k += n;
      if (!current || current.closed) start(p);
      else {
        current.curved = true;
        current.points.push(p);
      }
    } else if (op === CLOSE_PATH) {
      if (current && current.points.length > 1) {
        current.points.push(current.points[0]!);
        current.closed = true;
      }
    } else {
      break; // unknown encoding: stop reading this path rather than misread it
    }
  }
  return out;
}

function segment(a: Point, b: Point, thickness: number): PdfRule | undefined {
  const [dx, dy] = [Math.abs(b[0] - a[0]), Math.abs(b[1] - a[1])];
  if (dy <= AXIS_TOLERANCE && dx >= MIN_LENGTH) {
    const y = (a[1] + b[1]) / 2;
    return { orientation: 'horizontal', x1: Math.min(a[0], b[0]), y1: y, x2: Math.max(a[0], b[0]), y2: y, thickness };
  }
  if (dx <= AXIS_TOLERANCE && dy >= MIN_LENGTH) {
    const x = (a[0] + b[0]) / 2;
    return { orientation: 'vertical', x1: x, y1: Math.min(a[1], b[1]), x2: x, y2: Math.max(a[1], b[1]), thickness };
  }
  return undefined;
}

/** A thin axis-aligned filled rectangle as the rule along its middle. */
function bar(points: Point[]): PdfRule | undefined {
  const corners = points.length === 5 ? points.slice(0, 4) : points;
  if (corners.length !== 4) return undefined;
  const xs = corners.map((p) => p[0]);
  const ys = corners.map((p) => p[1]);
  const [x1, x2, y1, y2] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  // Axis-aligned: every corner sits on the box's edges in both directions.
  const onEdge = (v: number, lo: number, hi: number) => Math.abs(v - lo) <= AXIS_TOLERANCE || Math.abs(v - hi) <= AXIS_TOLERANCE;
  if (!corners.every(([x, y]) => onEdge(x, x1, x2) && onEdge(y, y1, y2))) return undefined;
  const [w, h] = [x2 - x1, y2 - y1];
  if (h <= MAX_BAR_THICKNESS && w >= MIN_LENGTH && w > h) {
    return { orientation: 'horizontal', x1, y1: (y1 + y2) / 2, x2, y2: (y1 + y2) / 2, thickness: h };
  }
  if (w <= MAX_BAR_THICKNESS && h >= MIN_LENGTH && h > w) {
    return { orientation: 'vertical', x1: (x1 + x2) / 2, y1, x2: (x1 + x2) / 2, y2, thickness: w };
  }
  return undefined;
}

/** Collinear rules that overlap or nearly touch, as one. */
export function mergeRules(rules: readonly PdfRule[]): PdfRule[] {
  const out: PdfRule[] = [];
  for (const orientation of ['horizontal', 'vertical'] as const) {
    const h = orientation === 'horizontal';
    const across = (r: PdfRule) => (h ? r.y1 : r.x1);
    const from = (r: PdfRule) => (h ? r.x1 : r.y1);
    const to = (r: PdfRule) => (h ? r.x2 : r.y2);
    const mine = rules.filter((r) => r.orientation === orientation).sort((a, b) => across(a) - across(b) || from(a) - from(b));
    // Lines across: runs of rules whose across-coordinate stays within MERGE_ACROSS of the run's first.
    let i = 0;
    while (i < mine.length) {
      let j = i + 1;
      while (j < mine.length && across(mine[j]!) - across(mine[i]!) <= MERGE_ACROSS) j++;
      const line = mine.slice(i, j).sort((a, b) => from(a) - from(b));
      // A merged rule lies where its longest piece does.
      let cur: PdfRule | undefined;
      let longest = 0;
      const push = () => {
        if (cur) out.push(cur);
      };
      for (const r of line) {
        const length = to(r) - from(r);
        if (cur && from(r) <= to(cur) + MERGE_GAP) {
          const end = Math.max(to(cur), to(r));
          cur = h ? { ...cur, x2: end } : { ...cur, y2: end };
          cur.thickness = Math.max(cur.thickness, r.thickness);
          if (length > longest) {
            longest = length;
            cur = h ? { ...cur, y1: r.y1, y2: r.y1 } : { ...cur, x1: r.x1, x2: r.x1 };
          }
        } else {
          push();
          cur = { ...r };
          longest = length;
        }
      }
      push();
      i = j;
    }
  }
  const r = (n: number) => Math.round(n * 100) / 100 || 0;
  return out.map((rule) => ({ ...rule, x1: r(rule.x1), y1: r(rule.y1), x2: r(rule.x2), y2: r(rule.y2), thickness: r(rule.thickness) }));
}

/** What the operator list tells: the page's rules (merged) and how many images it paints. */
export function readOperatorList(lib: PdfJs, list: PDFOperatorList, view: Matrix): { rules: PdfRule[]; images: number } {
  const OPS = lib.OPS;
  const IMAGE_OPS = new Set<number>([
    OPS.paintImageXObject,
    OPS.paintImageXObjectRepeat,
    OPS.paintInlineImageXObject,
    OPS.paintInlineImageXObjectGroup,
    OPS.paintImageMaskXObject,
    OPS.paintImageMaskXObjectGroup,
    OPS.paintImageMaskXObjectRepeat,
  ]);
  const STROKES = new Set<number>([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const FILLS = new Set<number>([OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);

  const stack: { ctm: Matrix; lineWidth: number }[] = [];
  let state = { ctm: view, lineWidth: 1 };
  const pieces: PdfRule[] = [];
  let images = 0;
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i]!;
    const args: unknown = list.argsArray[i];
    if (fn === OPS.save) stack.push(state);
    else if (fn === OPS.restore) state = stack.pop() ?? state;
    else if (fn === OPS.transform) {
      const m = toMatrix(args);
      if (m) state = { ...state, ctm: concat(state.ctm, m) };
    } else if (fn === OPS.paintFormXObjectBegin) {
      stack.push(state);
      const m = Array.isArray(args) ? toMatrix(args[0]) : undefined;
      if (m) state = { ...state, ctm: concat(state.ctm, m) };
    } else if (fn === OPS.paintFormXObjectEnd) state = stack.pop() ?? state;
    else if (fn === OPS.setLineWidth) {
      const w = Array.isArray(args) ? args[0] : undefined;
      if (typeof w === 'number' && Number.isFinite(w)) state = { ...state, lineWidth: Math.abs(w) };
    } else if (fn === OPS.setGState && Array.isArray(args) && Array.isArray(args[0])) {
      for (const entry of args[0] as unknown[]) {
        if (Array.isArray(entry) && entry[0] === 'LW' && typeof entry[1] === 'number') state = { ...state, lineWidth: Math.abs(entry[1]) };
      }
    } else if (IMAGE_OPS.has(fn)) images++;
    else if (fn === OPS.constructPath && Array.isArray(args)) {
      const [paint, buffers] = args as [number, (ArrayLike<number> | null)[] | undefined];
      const buffer = buffers?.[0];
      if (!buffer || !(STROKES.has(paint) || FILLS.has(paint))) continue;
      // A zero line width is the thinnest line the device can draw.
      const thickness = Math.max(state.lineWidth * scaleOf(state.ctm), 0.1);
      for (const sub of subpaths(buffer, state.ctm)) {
        if (STROKES.has(paint)) {
          for (let k = 1; k < sub.points.length; k++) {
            const s = segment(sub.points[k - 1]!, sub.points[k]!, thickness);
            if (s) pieces.push(s);
          }
        }
        if (FILLS.has(paint) && !sub.curved) {
          // filling closes every subpath
          const b = bar(sub.points);
          if (b) pieces.push(b);
        }
      }
    }
  }
  return { rules: mergeRules(pieces), images };
}
