// A PDF's text layer with positions, page by page, within limits; every failure an IngestError that
// names the file (and the page).
import type { PDFDocumentLoadingTask, PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api.js';
import { IngestError } from '../ingest-error.ts';
import { Deadline } from './deadline.ts';
import { pdfLimits, type PdfLimits } from './limits.ts';
import { documentMeta, type DocumentMeta } from './meta.ts';
import type { PdfPage } from './page-model.ts';
import { pdfBytes, type PdfSource } from './pdf-bytes.ts';
import { documentParams, pdfjs } from './pdfjs.ts';
import { readPage } from './read-page.ts';

export interface PdfOptions extends Partial<PdfLimits> {
  /**
   * 1-based numbers of the pages to read; every page when absent. Only a whole-document read fails for
   * having no text layer (needs_ocr, no_text).
   */
  pages?: readonly number[];
  /** Collect each page's drawn rules (default true). */
  rules?: boolean;
}

export interface PdfText {
  /** The file as named by the caller. */
  file: string;
  /** Pages in the document (whether read or not). */
  pageCount: number;
  /** The pages read, in order. */
  pages: PdfPage[];
  /** Body, year, stage and scope as the cover and titles print them. */
  meta: DocumentMeta;
  /** Problems that do not stop reading (pages that need OCR), one sentence each, Chinese and English. */
  warnings: string[];
  /** Time taken, ms. */
  ms: number;
}

function openError(file: string, err: unknown): IngestError {
  if (err instanceof IngestError) return err;
  const name = (err as Error)?.name;
  const detail = (err as Error)?.message ?? String(err);
  if (name === 'PasswordException') return new IngestError(file, 'encrypted', 'PDF 已加密，需要密码才能打开', 'encrypted PDF: a password is needed to open it');
  return new IngestError(file, 'corrupt', 'PDF 文件损坏，无法解析', `corrupt PDF, cannot be parsed: ${detail}`);
}

const pageList = (numbers: readonly number[]): string => numbers.join('、');

/** Reads the PDF at a path (or given as bytes) into pages of positioned text lines and drawn rules. */
export async function parsePdf(input: string | PdfSource, options: PdfOptions = {}): Promise<PdfText> {
  const started = Date.now();
  const limits = pdfLimits(options);
  const source = await pdfBytes(input, limits.maxBytes);
  const file = source.name;
  const deadline = new Deadline(file, limits.timeoutMs);
  let task: PDFDocumentLoadingTask | undefined;
  try {
    const lib = await pdfjs();
    let doc: PDFDocumentProxy;
    try {
      task = lib.getDocument(documentParams(source.data));
      doc = await deadline.race(task.promise);
    } catch (err) {
      throw openError(file, err);
    }
    const pageCount = doc.numPages;
    if (pageCount === 0) throw new IngestError(file, 'no_pages', 'PDF 没有任何页面', 'the PDF has no pages');
    if (pageCount > limits.maxPages) {
      throw new IngestError(file, 'too_many_pages', `页数过多（${pageCount} 页，上限 ${limits.maxPages} 页）`, `too many pages: ${pageCount}, the limit is ${limits.maxPages}`);
    }
    const numbers = options.pages ?? Array.from({ length: pageCount }, (_, i) => i + 1);
    for (const n of numbers) {
      if (!Number.isInteger(n) || n < 1 || n > pageCount) throw new RangeError(`${file}: no page ${n} (the document has ${pageCount})`);
    }
    const pages: PdfPage[] = [];
    const reading = { rules: options.rules ?? true, race: <T>(step: Promise<T>) => deadline.race(step) };
    for (const n of numbers) {
      deadline.check(n);
      try {
        pages.push(await readPage(lib, await deadline.race(doc.getPage(n)), reading));
      } catch (err) {
        if (err instanceof IngestError) throw err;
        throw new IngestError(file, 'corrupt', '此页无法解析', `this page cannot be parsed: ${(err as Error)?.message ?? String(err)}`, n);
      }
    }
    const scans = pages.filter((p) => p.needsOcr).map((p) => p.number);
    // A document without a text layer is an error; a chosen page without one is only that page's state.
    if (options.pages === undefined && pages.every((p) => p.lines.length === 0)) {
      if (scans.length > 0) {
        throw new IngestError(file, 'needs_ocr', '页面只有图片（扫描件），没有文字层，需要 OCR', 'no text layer: OCR needed');
      }
      throw new IngestError(file, 'no_text', '没有任何文字', 'no text on any page');
    }
    const warnings =
      scans.length > 0
        ? [`第 ${pageList(scans)} 页只有图片，没有文字层，需要 OCR (page ${scans.join(', ')}: no text layer: OCR needed)`]
        : [];
    return { file, pageCount, pages, meta: documentMeta(pages), warnings, ms: Date.now() - started };
  } finally {
    deadline.clear();
    await task?.destroy().catch(() => {});
  }
}
