// Which file a finding is in, for a document published as several files (`check --together`): a finding on
// a sentence is in the sentence's file, one on a table in the table's file. Rules locate findings by page,
// table and text as for one file; the file is added here, once, for all of them.
import type { Finding, Location } from '../rules/types.ts';
import type { CheckDocument } from './document.ts';

function fileOf(doc: CheckDocument, l: Location): string | undefined {
  const sentences = doc.narrative ?? [];
  const sentence =
    l.text === undefined
      ? undefined
      : (sentences.find((x) => x.text === l.text) ??
        sentences.find((x) => x.section.includes(l.text!)) ??
        sentences.find((x) => x.text.includes(l.text!) || l.text!.includes(x.text)));
  const table =
    l.table === undefined ? undefined : (doc.tables.find((x) => x.number === l.table && (l.key === undefined || x.key === l.key)) ?? doc.tables.find((x) => x.number === l.table));
  // The page is the sentence's when it has one (rules put the sentence's page over the cell's), else the table's:
  // the file is the one that page is of. Without a page, the file of the text, else of the table.
  if (l.page !== undefined) {
    if (sentence?.page === l.page && sentence.file) return sentence.file;
    if (table?.page !== undefined && table.file) return table.file;
  }
  return sentence?.file ?? table?.file;
}

/** The findings with their file, when the document is several files; else as they are. */
export function withFiles(doc: CheckDocument, findings: readonly Finding[]): Finding[] {
  if (!doc.meta.files) return [...findings];
  return findings.map((f) => {
    const file = fileOf(doc, f.location);
    return file ? { ...f, location: { file, ...f.location } } : f;
  });
}
