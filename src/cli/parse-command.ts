// `yusuan parse`: what was read from published documents (PDF, extracted text, workbook) — meta, tables,
// sections and sentences, as text or JSON with provenance; `--layer` prints a PDF's text layer page by page.
import type { CheckDocument } from '../check/document.ts';
import { parsePdf, type PdfText } from '../ingest/pdf/index.ts';
import { documentFromPdfText } from '../ingest/pdf/pdf-document.ts';
import type { PdfLimits } from '../ingest/pdf/limits.ts';
import { readTextDocument } from '../ingest/text/read-text.ts';
import { readXlsxDocument } from '../ingest/xlsx/read-xlsx.ts';
import { parsedToJson, parsedToText, type ParsedDocument } from '../render/parsed-document.ts';
import { pdfTextToJson, pdfTextToText } from '../render/pdf-text.ts';
import { CliError } from './cli-error.ts';
import { pdfLimitOptions } from './pdf-limit-options.ts';
import type { CommandResult } from './main.ts';

const FORMATS = ['text', 'json'] as const;

/** One published file as read; a narrative without tables reads as such (parse shows what is there). */
async function parsedOf(file: string, limits: Partial<PdfLimits>): Promise<ParsedDocument> {
  if (/\.txt$/i.test(file)) return { doc: await readTextDocument(file, { together: true }) };
  if (/\.xlsx$/i.test(file)) return { doc: await readXlsxDocument(file) };
  if (!/\.pdf$/i.test(file)) throw new CliError(`parse: 只读取 .pdf、.txt、.xlsx 文件 (only .pdf, .txt and .xlsx files): ${file}`);
  const pdf = await parsePdf(file, limits);
  const doc: CheckDocument = documentFromPdfText(pdf, { together: true });
  return { doc, pdf };
}

/** Reads each file in turn; an unreadable one ends the command (exit 2). */
export async function parseCommand(files: readonly string[], options: { format?: string; layer?: boolean } & Record<string, string | boolean | undefined>): Promise<CommandResult> {
  const limits = pdfLimitOptions(options as Record<string, string | undefined>);
  const format = (options.format as string | undefined) ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format)) throw new CliError(`--format 只能是 ${FORMATS.join('|')} (unknown format "${format}")`);
  if (options.layer) {
    const docs: PdfText[] = [];
    for (const file of files) docs.push(await parsePdf(file, limits));
    const stdout =
      format === 'json'
        ? JSON.stringify(docs.length === 1 ? pdfTextToJson(docs[0]!) : docs.map(pdfTextToJson), null, 2)
        : docs.map(pdfTextToText).join('\n\n');
    const warnings = docs.flatMap((d) => d.warnings.map((w) => `${d.file}: 警告 (warning): ${w}`));
    return { stdout, ...(warnings.length && format === 'json' ? { stderr: warnings.join('\n') } : {}) };
  }
  const parsed: ParsedDocument[] = [];
  for (const file of files) parsed.push(await parsedOf(file, limits));
  const stdout =
    format === 'json'
      ? JSON.stringify(parsed.length === 1 ? parsedToJson(parsed[0]!) : parsed.map(parsedToJson), null, 2)
      : parsed.map(parsedToText).join('\n\n');
  const warnings = parsed.flatMap((p) => (p.pdf?.warnings ?? []).map((w) => `${p.doc.meta.path}: 警告 (warning): ${w}`));
  return { stdout, ...(warnings.length && format === 'json' ? { stderr: warnings.join('\n') } : {}) };
}
