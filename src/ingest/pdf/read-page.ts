// One pdf.js page → a PdfPage: size, lines of text with boxes, drawn rules and images.
import type { PDFPageProxy } from 'pdfjs-dist/types/src/display/api.js';
import { readOperatorList } from './drawn-rules.ts';
import { buildLines } from './lines.ts';
import { toMatrix, IDENTITY } from './matrix.ts';
import type { PdfPage } from './page-model.ts';
import type { PdfJs } from './pdfjs.ts';
import { textItems } from './text-items.ts';

export interface PageReading {
  /** Collect the drawn rules (reads the operator list: about as long again as the text). */
  rules: boolean;
  /** Wraps each pdf.js step (the time budget). */
  race: <T>(step: Promise<T>) => Promise<T>;
}

export async function readPage(lib: PdfJs, page: PDFPageProxy, reading: PageReading): Promise<PdfPage> {
  const viewport = page.getViewport({ scale: 1 });
  const view = toMatrix(viewport.transform) ?? IDENTITY;
  const content = await reading.race(page.getTextContent());
  const lines = buildLines(textItems(content, view));
  // The operator list also tells whether a page without text is a scan (it paints images).
  const ops = reading.rules || lines.length === 0 ? readOperatorList(lib, await reading.race(page.getOperatorList()), view) : undefined;
  page.cleanup();
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    number: page.pageNumber,
    width: round(viewport.width),
    height: round(viewport.height),
    rotation: page.rotate,
    lines,
    rules: reading.rules ? (ops?.rules ?? []) : [],
    images: ops?.images ?? 0,
    needsOcr: lines.length === 0 && (ops?.images ?? 0) > 0,
  };
}
