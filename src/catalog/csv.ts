// A small RFC 4180 CSV reader: quoted fields, "" escapes, embedded commas/quotes/line breaks,
// a leading BOM, and CRLF, LF or CR line ends. Lenient where RFC 4180 is silent: a quote inside
// an unquoted field is kept as text. A final line break does not add an empty record.

export class CsvSyntaxError extends Error {
  /** Physical line (1-based) where the problem starts. */
  readonly line: number;

  constructor(message: string, line: number) {
    super(message);
    this.name = 'CsvSyntaxError';
    this.line = line;
  }
}

export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let quoteLine = 0;
  let line = 1;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;

  const endRecord = (): void => {
    record.push(field);
    records.push(record);
    record = [];
    field = '';
  };

  while (i < text.length) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (ch === '"') {
        quoted = false;
        i += 1;
      } else {
        if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) line += 1;
        field += ch;
        i += 1;
      }
    } else if (ch === '"' && field === '') {
      quoted = true;
      quoteLine = line;
      i += 1;
    } else if (ch === ',') {
      record.push(field);
      field = '';
      i += 1;
    } else if (ch === '\r' || ch === '\n') {
      endRecord();
      line += 1;
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      field += ch;
      i += 1;
    }
  }
  if (quoted) throw new CsvSyntaxError('引号未闭合 (unterminated quoted field)', quoteLine);
  if (field !== '' || record.length > 0) endRecord();
  return records;
}
