// Turns the rows of a catalog sheet (CSV or XLSX) into catalog entries, checking every cell.
import {
  CONFIDENCES,
  codeLengths,
  levelOfCode,
  normaliseCode,
  parentCodeOf,
  type CatalogEntry,
  type CatalogKind,
  type Confidence,
  type Level,
} from './classification.ts';
import { CatalogImportError, type CatalogProblem } from './import-error.ts';

export interface TableRow {
  /** Row number as a spreadsheet shows it. */
  readonly row: number;
  readonly cells: readonly string[];
}

type Column = 'code' | 'name' | 'level' | 'parent' | 'confidence' | 'evidence' | 'edition';

/** Accepted header texts per column (compared after trimming, case-insensitively). */
export const HEADER_ALIASES: Readonly<Record<Column, readonly string[]>> = {
  code: ['code', '科目编码', '编码', '科目代码'],
  name: ['name', '科目名称', '名称'],
  level: ['level', '级次', '级别', '层级'],
  parent: ['parent', '上级编码', '上级科目编码', '父级编码'],
  confidence: ['confidence', '可信度'],
  evidence: ['evidence', '依据'],
  edition: ['edition', '版本'],
};

const LABEL: Record<Column, string> = {
  code: '科目编码',
  name: '科目名称',
  level: '级次',
  parent: '上级编码',
  confidence: '可信度',
  evidence: '依据',
  edition: '版本',
};

const LEVEL_WORDS: Record<string, Level> = { '1': 1, '2': 2, '3': 3, 类: 1, 款: 2, 项: 3 };
const HEADER_SEARCH_ROWS = 10;

export interface TableOptions {
  readonly file: string;
  readonly kind: CatalogKind;
  /** Give every row this confidence (imports); otherwise a confidence column is required. */
  readonly confidence?: Confidence;
  /** Read an edition column and allow the same code once per edition (bundled lists). */
  readonly byEdition?: boolean;
}

export interface TableEntry {
  readonly row: number;
  readonly entry: CatalogEntry;
  readonly edition?: string;
}

type Columns = Partial<Record<Column, number>>;

function columnsOf(cells: readonly string[]): Columns {
  const columns: Columns = {};
  cells.forEach((cell, index) => {
    const text = cell.replace(/^\uFEFF/u, '').trim().toLowerCase();
    for (const [column, aliases] of Object.entries(HEADER_ALIASES) as [Column, readonly string[]][]) {
      if (columns[column] === undefined && aliases.includes(text)) columns[column] = index;
    }
  });
  return columns;
}

function isBlank(row: TableRow): boolean {
  return row.cells.every((cell) => cell.trim() === '');
}

/** The header is the first of the leading rows that has every required column. */
function findHeader(rows: readonly TableRow[], required: readonly Column[], file: string): { at: number; columns: Columns } {
  let best: { at: number; columns: Columns; found: number } | undefined;
  let seen = 0;
  for (let at = 0; at < rows.length && seen < HEADER_SEARCH_ROWS; at += 1) {
    const row = rows[at] as TableRow;
    if (isBlank(row)) continue;
    seen += 1;
    const columns = columnsOf(row.cells);
    const found = required.filter((column) => columns[column] !== undefined).length;
    if (found === required.length) return { at, columns };
    if (best === undefined || found > best.found) best = { at, columns, found };
  }
  if (best === undefined) throw new CatalogImportError([{ file, text: '文件为空 (file has no rows)' }]);
  const missing = required
    .filter((column) => best.columns[column] === undefined)
    .map((column) => `${LABEL[column]} (${HEADER_ALIASES[column].join('/')})`);
  throw new CatalogImportError([
    { file, row: (rows[best.at] as TableRow).row, text: `缺少必需列 ${missing.join('、')} (missing required columns)` },
  ]);
}

export function entriesFromTable(rows: readonly TableRow[], options: TableOptions): TableEntry[] {
  const { file, kind } = options;
  const required: Column[] = options.confidence === undefined ? ['code', 'name', 'confidence'] : ['code', 'name'];
  const header = findHeader(rows, required, file);
  const problems: CatalogProblem[] = [];
  const firstRow = new Map<string, number>();
  const out: TableEntry[] = [];

  for (const { row, cells } of rows.slice(header.at + 1)) {
    if (cells.every((cell) => cell.trim() === '')) continue;
    const cell = (column: Column): string => {
      const index = header.columns[column];
      return index === undefined ? '' : (cells[index] ?? '').trim();
    };
    const fail = (column: Column, text: string): void => {
      problems.push({ file, row, field: column, text: `${LABEL[column]} ${text}` });
    };

    const rawCode = cell('code');
    const code = normaliseCode(rawCode);
    const level = levelOfCode(kind, code);
    if (code === '') fail('code', '为空 (code is empty)');
    else if (!/^\d+$/.test(code)) fail('code', `"${rawCode}" 不是数字 (code is not numeric)`);
    else if (level === undefined) {
      const lengths = codeLengths(kind).join('/');
      fail('code', `"${rawCode}" 应为 ${lengths} 位数字 (code must have ${lengths} digits)`);
    }

    const name = cell('name').replace(/\s*[\r\n]+\s*/gu, '');
    if (name === '') fail('name', '为空 (name is empty)');

    const rawLevel = cell('level');
    if (rawLevel !== '' && level !== undefined && LEVEL_WORDS[rawLevel] !== level) {
      fail('level', `"${rawLevel}" 与编码位数不符，应为 ${level} (level does not match the code length)`);
    }

    const rawParent = cell('parent');
    const parent = level === undefined ? undefined : parentCodeOf(kind, code);
    if (rawParent !== '' && parent !== undefined && normaliseCode(rawParent) !== (parent ?? '')) {
      const expected = parent === null ? '类 has no parent' : `应为 ${parent}`;
      fail('parent', `"${rawParent}" 与编码 ${code} 不符，${expected} (parent does not match the code prefix)`);
    }

    let confidence = options.confidence;
    if (confidence === undefined) {
      const raw = cell('confidence');
      if ((CONFIDENCES as readonly string[]).includes(raw)) confidence = raw as Confidence;
      else fail('confidence', `"${raw}" 不是 ${CONFIDENCES.join('/')} 之一 (unknown confidence)`);
    }

    const edition = options.byEdition ? cell('edition') : '';
    const key = `${edition}\u0000${code}`;
    const earlier = firstRow.get(key);
    if (level !== undefined && earlier !== undefined) {
      fail('code', `"${code}" 重复，已见于第 ${earlier} 行 (duplicate code)`);
      continue;
    }
    if (level === undefined || parent === undefined || name === '' || confidence === undefined) continue;
    firstRow.set(key, row);
    const evidence = cell('evidence');
    const entry: CatalogEntry = { code, name, level, parent, confidence, ...(evidence === '' ? {} : { evidence }) };
    out.push(edition === '' ? { row, entry } : { row, entry, edition });
  }
  if (problems.length > 0) throw new CatalogImportError(problems);
  return out;
}
