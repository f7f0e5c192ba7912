// `yusuan parse`: the text layer of published PDFs, page by page — lines as text, or JSON with positions.
import { parsePdf, type PdfText } from '../ingest/pdf/index.ts';
import { pdfTextToJson, pdfTextToText } from '../render/pdf-text.ts';
import { CliError } from './cli-error.ts';
import { pdfLimitOptions } from './pdf-limit-options.ts';
import type { CommandResult } from './main.ts';

const FORMATS = ['text', 'json'] as const;

/** Reads each file in turn; an unreadable one ends the command (IngestError: exit 2). */
export async function parseCommand(files: readonly string[], options: { format?: string } & Record<string, string | undefined>): Promise<CommandResult> {
  const limits = pdfLimitOptions(options);
  const format = options.format ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format)) throw new CliError(`--format 只能是 ${FORMATS.join('|')} (unknown format "${format}")`);
  const docs: PdfText[] = [];
  for (const file of files) docs.push(await parsePdf(file, limits));
  const stdout =
    format === 'json'
      ? JSON.stringify(docs.length === 1 ? pdfTextToJson(docs[0]!) : docs.map(pdfTextToJson), null, 2)
      : docs.map(pdfTextToText).join('\n\n');
  const warnings = docs.flatMap((d) => d.warnings.map((w) => `${d.file}: 警告 (warning): ${w}`));
  return { stdout, ...(warnings.length && format === 'json' ? { stderr: warnings.join('\n') } : {}) };
}
