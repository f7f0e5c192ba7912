// `yusuan check`: check disclosures — prepared data (.json), published extracted text (.txt) or a published
// workbook of the tables (.xlsx); exit 0 without
// errors, 1 with errors (2 when an input cannot be read).
import { readFile } from 'node:fs/promises';
import { checkDocument } from '../check/check.ts';
import type { CheckDocument } from '../check/document.ts';
import { documentFromDisclosure } from '../check/from-disclosure.ts';
import { IngestError } from '../ingest/ingest-error.ts';
import { TextReadError } from '../ingest/text/ingest-error.ts';
import { readTextDocument } from '../ingest/text/read-text.ts';
import { readXlsxDocument } from '../ingest/xlsx/read-xlsx.ts';
import { documentFromPdf } from '../ingest/pdf/pdf-document.ts';
import type { PdfLimits } from '../ingest/pdf/limits.ts';
import { pdfLimitOptions } from './pdf-limit-options.ts';
import { documentTogether } from '../ingest/together/files-together.ts';
import { DisclosureError, readDisclosureFile } from '../model/io.ts';
import { TemplateError } from '../templates/template-error.ts';
import { reportsToHtml } from '../render/report-html.ts';
import { reportToCsv, reportToText } from '../render/report-text.ts';
import type { Lang, Report } from '../rules/report.ts';
import { CliError } from './cli-error.ts';
import type { CommandResult } from './main.ts';

const FORMATS = ['text', 'json', 'html', 'csv'] as const;

/** A published disclosure as extracted text (a PDF's text copied out). */
const isText = (file: string) => /\.txt$/i.test(file);
/** A published disclosure as an XLSX workbook of its tables. */
const isWorkbook = (file: string) => /\.xlsx$/i.test(file);
/** A published disclosure as a PDF. */
const isPdf = (file: string) => /\.pdf$/i.test(file);

/** The document to check: a text file or a workbook read as a published disclosure, anything else as Disclosure JSON. */
async function documentOf(file: string, narrativeText: string | undefined, together = false, limits: Partial<PdfLimits> = {}): Promise<CheckDocument> {
  if (isText(file)) return readTextDocument(file, { together });
  if (isWorkbook(file)) return readXlsxDocument(file);
  if (isPdf(file)) return documentFromPdf(file, { together, ...limits });
  const disclosure = await readDisclosureFile(file);
  return documentFromDisclosure(disclosure, { path: file, ...(narrativeText !== undefined ? { narrativeText } : {}) });
}

const str = (v: string | boolean | undefined) => (typeof v === 'string' ? v : undefined);

/** Errors that mean "this input cannot be checked": named, skipped, exit 2. */
const UNREADABLE = [DisclosureError, TemplateError, TextReadError, IngestError];

/**
 * `--together`: the files are one published document (narrative and tables apart). Each is read in turn (the
 * first that cannot be read ends the check, exit 2), then they are joined into one document: one report.
 */
async function togetherDocument(files: readonly string[], limits: Partial<PdfLimits>): Promise<CheckDocument> {
  if (files.length < 2) throw new CliError('--together 需要至少两个文件：说明与公开表 (--together takes two or more files: the narrative and the tables)');
  const data = files.find((f) => !isText(f) && !isWorkbook(f) && !isPdf(f));
  if (data) throw new CliError(`--together 只用于已公开的文件（.pdf、.txt、.xlsx）：${data} (--together is for published files)`);
  const docs: CheckDocument[] = [];
  for (const file of files) docs.push(await documentOf(file, undefined, true, limits));
  return documentTogether(docs);
}

/** A document without tables: what the report cannot say, and how to check it with its tables. */
const noTablesHint = (doc: CheckDocument) =>
  doc.tables.length === 0 && doc.narrative?.length
    ? `${doc.meta.path}: 只有说明，没有公开表；如公开表另成文件，请用 --together 一起校验 (narrative only, no tables: if the tables are another file, check both with --together)`
    : undefined;

export async function checkCommand(
  files: readonly string[],
  options: { format?: string; lang?: string; narrative?: string; together?: boolean } & Record<string, string | boolean | undefined>,
): Promise<CommandResult> {
  const limits = pdfLimitOptions({ 'max-bytes': str(options['max-bytes']), 'max-pages': str(options['max-pages']), timeout: str(options.timeout) });
  const format = options.format ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format)) throw new CliError(`--format 只能是 ${FORMATS.join('|')} (unknown format "${format}")`);
  const lang = (options.lang ?? 'zh') as Lang;
  if (lang !== 'zh' && lang !== 'en') throw new CliError(`--lang 只能是 zh|en (unknown language "${options.lang}")`);
  let narrativeText: string | undefined;
  if (options.narrative !== undefined) {
    if (files.length !== 1) throw new CliError('--narrative 只能配合一个文件使用 (--narrative goes with one file)');
    if (isText(files[0]!) || isWorkbook(files[0]!) || isPdf(files[0]!)) throw new CliError('--narrative 只用于披露数据文件：已公开文件自带说明 (--narrative goes with a disclosure file: a published file has its own narrative)');
    narrativeText = await readFile(options.narrative, 'utf8').catch(() => {
      throw new CliError(`${options.narrative}: 无法读取 (cannot read)`, 2);
    });
  }
  const reports: Report[] = [];
  const unreadable: string[] = [];
  const hints: string[] = [];
  if (options.together) {
    if (options.narrative !== undefined) throw new CliError('--together 与 --narrative 不能同时使用 (--together and --narrative do not go together)');
    let doc: CheckDocument;
    try {
      doc = await togetherDocument(files, limits);
    } catch (err) {
      if (!UNREADABLE.some((type) => err instanceof type)) throw err;
      throw new CliError((err as Error).message, 2);
    }
    reports.push(checkDocument(doc, { lang }));
    const hint = doc.tables.length === 0 ? `${doc.meta.path}: 这些文件都没有公开表 (none of the files holds the tables)` : undefined;
    if (hint) hints.push(hint);
  }
  for (const file of options.together ? [] : files) {
    // An input that cannot be read or has no template to check it by is named and skipped; the others are checked.
    try {
      const doc = await documentOf(file, narrativeText, false, limits);
      const hint = noTablesHint(doc);
      if (hint) hints.push(hint);
      reports.push(checkDocument(doc, { lang }));
    } catch (err) {
      if (!UNREADABLE.some((type) => err instanceof type)) throw err;
      unreadable.push(err instanceof TemplateError ? `${file}: ${(err as Error).message}` : (err as Error).message);
    }
  }
  if (reports.length === 0) throw new CliError(unreadable.join('\n'), 2);
  const stdout =
    format === 'json'
      ? JSON.stringify(reports.length === 1 && (files.length === 1 || options.together) ? reports[0] : reports, null, 2)
      : format === 'html'
        ? reportsToHtml(reports, lang)
        : format === 'csv'
          ? reportToCsv(reports)
          : reports.map((r) => reportToText(r, lang)).join('\n\n');
  return {
    stdout,
    ...(unreadable.length || hints.length ? { stderr: [...hints, ...unreadable].join('\n') } : {}),
    exitCode: unreadable.length ? 2 : reports.some((r) => r.summary.errors > 0) ? 1 : 0,
  };
}
