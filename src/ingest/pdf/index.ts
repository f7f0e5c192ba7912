// Reading published PDFs: the text layer with positions, page by page (see parse-pdf.ts).
export { IngestError, type IngestProblem } from '../ingest-error.ts';
export { PDF_LIMITS, type PdfLimits } from './limits.ts';
export { detectMeta, documentMeta, type DetectedMeta, type DocumentMeta } from './meta.ts';
export type { PdfLine, PdfPage, PdfRule, PdfTextItem } from './page-model.ts';
export type { PdfSource } from './pdf-bytes.ts';
export { parsePdf, type PdfOptions, type PdfText } from './parse-pdf.ts';
export { hasLookalikes, mapLookalikes, normaliseFigures } from './lookalikes.ts';
