// The document writers by format: each turns the assembled document into a file's bytes. `yusuan build`
// asks this registry for the formats it is given, so a new format (pdf, docx) plugs in by registering
// its writer here, and asking for a format nobody registered is a clear error.
import type { PublishedDocument } from './document-model.ts';
import { documentToHtml } from './html-document.ts';
import { documentToXlsx } from './xlsx-document.ts';

export interface DocumentWriter {
  /** The name given to `--formats` ("html", "xlsx", "pdf", "docx"). */
  format: string;
  /** File extension without the dot. */
  extension: string;
  /** The file's bytes (a string is written as UTF-8). */
  write: (doc: PublishedDocument) => Promise<Uint8Array | string> | Uint8Array | string;
}

const WRITERS = new Map<string, DocumentWriter>();

/** Adds (or replaces) the writer of a format. */
export function registerWriter(writer: DocumentWriter): void {
  WRITERS.set(writer.format, writer);
}

/** The writer of a format, when one is registered. */
export function writerFor(format: string): DocumentWriter | undefined {
  return WRITERS.get(format);
}

/** The registered formats, in the order they were registered. */
export function registeredFormats(): string[] {
  return [...WRITERS.keys()];
}

registerWriter({ format: 'html', extension: 'html', write: documentToHtml });
registerWriter({ format: 'xlsx', extension: 'xlsx', write: documentToXlsx });
