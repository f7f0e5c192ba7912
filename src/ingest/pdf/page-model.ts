// What a PDF page holds for ingestion: text runs and lines with their boxes, and the drawn rules.
// Coordinates are PDF units (1/72 inch) on the page as displayed (its /Rotate applied), origin at the
// top-left corner, y growing downwards.

/** A run of text as the PDF draws it (one pdf.js text item). */
export interface PdfTextItem {
  /** The text as extracted, unchanged. */
  raw: string;
  /** The text with CJK radical and compatibility lookalikes mapped to ordinary characters (⽀ → 支). */
  text: string;
  /** Left edge. */
  x: number;
  /** Top edge: the baseline less the font's ascent. */
  y: number;
  /** Advance width of the run. */
  width: number;
  /** Ascent plus descent. */
  height: number;
  /** y of the baseline. */
  baseline: number;
  /** Font size on the page (the text matrix's vertical scale). */
  fontSize: number;
  /** pdf.js's name for the font, stable within one document (tells a bold title font from the body font). */
  font: string;
  /** Direction of the text in degrees, counter-clockwise; 0 for ordinary left-to-right text. */
  angle: number;
}

/** Text runs on one baseline, left to right. */
export interface PdfLine {
  /** The runs' text (lookalikes mapped), a space between runs that are apart, none between touching runs. */
  text: string;
  /** `text` with full-width figures in ASCII (１２．５％ → 12.5%); Chinese punctuation left as printed. */
  normalised: string;
  /** Box around the runs. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** y of the baseline (the runs' median). */
  baseline: number;
  /** Largest font size among the runs. */
  fontSize: number;
  /** Direction in degrees (0: ordinary text); a line holds runs of one direction only. */
  angle: number;
  items: PdfTextItem[];
}

/** A straight horizontal or vertical rule the page draws: a table border, an underline, a frame. */
export interface PdfRule {
  orientation: 'horizontal' | 'vertical';
  /** From (x1, y1) to (x2, y2), x1 <= x2 and y1 <= y2; y1 === y2 for horizontal rules, x1 === x2 for vertical. */
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Stroke width (or the filled bar's thickness). */
  thickness: number;
}

export interface PdfPage {
  /** 1-based. */
  number: number;
  width: number;
  height: number;
  /** /Rotate of the page, applied to every coordinate. */
  rotation: number;
  /** Lines, top to bottom (ordinary text), then lines of rotated text. */
  lines: PdfLine[];
  /** Drawn rules, merged where collinear pieces touch; empty when not collected. */
  rules: PdfRule[];
  /** Images painted on the page. */
  images: number;
  /** Images and no text: a scan, only OCR could read it. */
  needsOcr: boolean;
}
