// An input that cannot be ingested: what is wrong, in Chinese and English, naming the file and, where it
// applies, the page. The command line prints the message alone (no stack trace) and exits 2.

/** Why a published file cannot be read. */
export type IngestProblem =
  | 'unreadable' // the file cannot be opened (missing, a directory, no permission)
  | 'empty' // zero bytes
  | 'not_pdf' // no %PDF- header
  | 'too_large' // beyond the size limit
  | 'truncated' // the end of the file is missing
  | 'corrupt' // the structure cannot be parsed
  | 'encrypted' // a password is needed to open it
  | 'no_pages' // a PDF with zero pages
  | 'too_many_pages' // beyond the page limit
  | 'timeout' // beyond the time budget
  | 'needs_ocr' // pages with images and no text layer
  | 'no_text' // pages with neither text nor images
  | 'not_xlsx' // not a ZIP container (an XLSX workbook), e.g. an old .xls or another file renamed
  | 'no_tables' // a workbook without any disclosure table
  | 'not_one_document' // files checked --together that are of different bodies, years, stages or scopes
  | 'tables_twice'; // files checked --together that both hold the tables

export class IngestError extends Error {
  constructor(
    /** The file as the user named it (or the name given with a buffer). */
    readonly file: string,
    readonly problem: IngestProblem,
    zh: string,
    en: string,
    /** 1-based page number, when the problem is on one page. */
    readonly page?: number,
  ) {
    const where = page === undefined ? file : `${file} 第 ${page} 页 (page ${page})`;
    super(`${where}: ${zh} (${en})`);
    this.name = 'IngestError';
  }
}
