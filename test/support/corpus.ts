// The corpus of real published PDFs, beside the clone at ../shared/corpus/pdf (read-only, not in git).
// Tests that need it are skipped, saying why, where the folder is absent. Each document is parsed once
// per test file and shared by its tests.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePdf, type PdfText } from '../../src/ingest/pdf/index.ts';

export const CORPUS_PDF_DIR = fileURLToPath(new URL('../../../shared/corpus/pdf/', import.meta.url));

export const corpusPresent = existsSync(CORPUS_PDF_DIR);

/** `skip` option for tests that read the corpus: false, or the reason they cannot run. */
export const skipWithoutCorpus: false | string = corpusPresent
  ? false
  : `no PDF corpus at ${CORPUS_PDF_DIR} (CI puts shared/ beside the clone): corpus tests skipped`;

export const corpusFiles = (): string[] => (corpusPresent ? readdirSync(CORPUS_PDF_DIR).filter((f) => f.endsWith('.pdf')).sort() : []);

export const corpusPath = (name: string): string => join(CORPUS_PDF_DIR, name);

const parsed = new Map<string, Promise<PdfText>>();

/** The whole document, parsed once (every page, with rules). */
export function parsedCorpus(name: string): Promise<PdfText> {
  let doc = parsed.get(name);
  if (!doc) {
    doc = parsePdf(corpusPath(name));
    parsed.set(name, doc);
  }
  return doc;
}
