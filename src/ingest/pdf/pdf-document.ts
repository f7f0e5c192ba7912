// A published PDF read into the document the checks read. The table pages' lines go through the extracted-
// text reader (tables found by title and aliases, template chosen, repeated headers dropped, codes joined,
// wrapped names joined), but each amount keeps the column it is printed in, from the drawn rules: nothing
// is placed by counting cells or by arithmetic where the page shows where it stands. The narrative is read
// page by page from the pages without a table grid, so each sentence has its page.
import type { CheckDocument, CheckTable, Sentence } from '../../check/document.ts';
import { sentencesOfLines, type NarrativeLine } from '../narrative-text.ts';
import { TextReadError } from '../text/ingest-error.ts';
import { narrativeDocument } from '../text/narrative-document.ts';
import { narrativeUnit } from '../text/document-meta.ts';
import { documentFromText, TOGETHER_HINT } from '../text/read-text.ts';
import type { TableDraft } from '../text/table-draft.ts';
import { cellText, isPageFurniture } from '../text/text-lines.ts';
import { gridRows, hasGrid, isGridLine, type LinePositions, type PlacedAmount } from './cell-columns.ts';
import { goalPagesOf, isGoalPage } from './goal-pages.ts';
import type { PdfPage } from './page-model.ts';
import { isProseWithGrid } from './prose-grid.ts';
import { sideBySideOrder } from './side-by-side.ts';
import { parsePdf, type PdfOptions, type PdfText } from './parse-pdf.ts';

/** Where a value was printed: its page and box (PDF units, top-left origin). */
export interface ValueSource {
  page: number;
  bbox: PlacedAmount['bbox'];
}

/** What placing a draft's amounts from the page found: where each value stands, and 预算数 printed beside them. */
interface Placed {
  sources: (ValueSource | undefined)[][];
  budget?: string[][];
}

/** A table read from a PDF: the checked table with its page, and where each value stands. */
export interface PdfCheckTable extends CheckTable {
  /** sources[row][column] for printed values placed from their positions. */
  sources?: (ValueSource | undefined)[][];
}

const tableText = (pages: readonly PdfPage[]) => {
  const lines: string[] = [];
  const positions: (LinePositions | undefined)[] = [];
  // a table printed as two blocks side by side is read block after block
  for (const page of sideBySideOrder(pages)) {
    const rows = gridRows(page, cellText);
    // the page number, a bare number on the page's first or last line (or any page furniture there), is no row
    const furniture = (text: string, i: number) => (i === 0 || i === rows.length - 1) && (/^\d{1,4}$/.test(text.trim()) || isPageFurniture(text));
    let first = true;
    rows.forEach((row, i) => {
      if (furniture(row.text, i)) return;
      lines.push(`${first ? '\f' : ''}${row.text}`);
      first = false;
      positions.push({ page: page.number, amounts: row.amounts });
    });
  }
  return { text: lines.join('\n'), positions };
};

const sameTail = (amounts: readonly PlacedAmount[], values: readonly string[]) =>
  amounts.length >= values.length && values.every((v, i) => amounts[amounts.length - values.length + i]!.value === v);

const headerKey = (text: string) => text.normalize('NFKC').replace(/[\s“”"'‘’]/g, '');

/**
 * The template's header labels the printed header does not show (spaces, widths and quotes aside): a label
 * is shown when the header prints it, or prints it in two pieces (a cell wrapped over two header lines).
 */
function headerMismatch(draft: TableDraft): string[] {
  if (!draft.spec || draft.block.header.length === 0) return [];
  const printed = headerKey(draft.block.header.join(''));
  const labels = [...new Set(draft.frame.header.flat().map((c) => c.label))];
  const shown = (label: string) => {
    const k = headerKey(label);
    if (printed.includes(k)) return true;
    for (let i = 1; i < k.length; i++) if (printed.includes(k.slice(0, i)) && printed.includes(k.slice(i))) return true;
    return false;
  };
  return labels.filter((l) => !shown(l));
}

/**
 * Fixes a draft's rows to the columns their amounts are printed in. A row's amounts are the tail of the
 * amounts on its line (or a line just after it: the name wrapped above its amounts); the cells the rules
 * make map onto the template's columns from the right (numeric columns are the last ones; a two-sided
 * table's left amount is read by the text reader). A row whose cells do not fit is left to the arithmetic,
 * with a note.
 */
function fixColumns(draft: TableDraft, positions: readonly (LinePositions | undefined)[], placed: Map<TableDraft, Placed>): TableDraft {
  const width = draft.frame.columns.length;
  const first = positions[draft.block.line - 1];
  const frame = { ...draft.frame, ...(first ? { page: first.page } : {}) };
  const notes = [...draft.notes];
  const src: (ValueSource | undefined)[][] = [];
  const budget: string[][] = [];
  const unplaced: string[] = [];
  // a third side (支出用途) prints two more cells, its label and amount, right of the template's columns
  const useCells = draft.spec?.view === 'paired_summary' && draft.spec.useLines?.length ? 2 : 0;
  // a 决算's 三公 table prints each figure twice, 预算数 and 决算数 (p. 18)
  const budgetAndFinal = draft.spec?.view === 'three_public' && /预算数/.test(draft.block.header.join('')) && /决算数/.test(draft.block.header.join(''));
  const rows = draft.rows.map((row, r) => {
    src[r] = new Array<ValueSource | undefined>(width).fill(undefined);
    if (row.amounts.length === 0) return row;
    const use = row.use?.value ? [row.use.value] : [];
    const tail = [...row.amounts, ...use];
    let found: { at: LinePositions; amounts: PlacedAmount[] } | undefined;
    for (let l = row.line - 1; l < Math.min(positions.length, row.line + 5) && !found; l++) {
      const at = positions[l];
      if (at && sameTail(at.amounts, tail)) found = { at, amounts: at.amounts.slice(at.amounts.length - tail.length, at.amounts.length - use.length) };
    }
    if (found && budgetAndFinal && found.amounts.every((a) => a.cells === 2 * width && a.cell !== undefined)) {
      // 预算数 | 决算数 under each column: the 决算数 (odd cells) are the table's values, the 预算数 its `budget`
      budget[r] = new Array<string>(width).fill('');
      for (const a of found.amounts.filter((x) => x.cell! % 2 === 0)) budget[r]![a.cell! / 2] = a.value;
      const final = found.amounts.filter((a) => a.cell! % 2 === 1);
      const slots = final.map((a) => (a.cell! - 1) / 2);
      slots.forEach((c, i) => (src[r]![c] = { page: found!.at.page, bbox: final[i]!.bbox }));
      return { ...row, amounts: final.map((a) => a.value), slots };
    }
    const extra = (a: PlacedAmount) => (a.cells >= 2 * width + useCells ? useCells : 0);
    const cols = found?.amounts.map((a) => (a.cell === undefined ? -1 : a.cell - (a.cells - extra(a) - width)));
    const fits = cols !== undefined && cols.every((c, i) => row.slots.includes(c) && (i === 0 || c > cols[i - 1]!));
    if (!fits) {
      unplaced.push(`${row.code}${row.name}`.trim() || `第 ${r + 1} 行`);
      return row;
    }
    cols.forEach((c, i) => (src[r]![c] = { page: found!.at.page, bbox: found!.amounts[i]!.bbox }));
    return { ...row, slots: cols };
  });
  const missing = headerMismatch(draft);
  if (missing.length) {
    notes.push(`表${draft.frame.number}：表头未印出模板的 ${missing.map((l) => `“${l}”`).join('、')}，按位置对应各列 (the header does not print the template's ${missing.join(', ')}: columns matched by position)`);
  }
  if (unplaced.length) {
    notes.push(
      `表${draft.frame.number}：${unplaced.slice(0, 3).join('、')}${unplaced.length > 3 ? ` 等 ${unplaced.length} 行` : ''}的金额未能按页面位置定列，按勾稽关系放置 ` +
        `(amounts not placed from their positions: placed by the arithmetic)`,
    );
  }
  const fixed = { ...draft, frame, rows, notes };
  placed.set(fixed, { sources: src, ...(budget.length ? { budget: draft.rows.map((_, r) => budget[r] ?? new Array<string>(width).fill('')) } : {}) });
  return fixed;
}

/**
 * A page's ordinary (unrotated) lines, page numbers and footers left out: "— 5 —" anywhere, a bare number
 * only as the page's first or last line.
 */
function pageLines(p: PdfPage): NarrativeLine[] {
  const lines = p.lines.filter((l) => l.angle === 0).slice(0, proseEnd(p));
  return lines
    .filter((l, i) => !isPageFurniture(l.text) && !((i === 0 || i === lines.length - 1) && /^\d{1,4}$/.test(l.normalised.trim())))
    .map((l) => ({ text: l.text, page: p.number }));
}
/**
 * How many of a page's ordinary lines are narrative: all of them on a page without a grid; on a page with one,
 * the lines above the grid when they are prose (a sentence end or a list's "…包括：" — 决算 p. 5 ends 部门概况
 * with "纳入…编制范围的单位包括：" over a grid of the units), else none (a table's title and unit).
 */
function proseEnd(p: PdfPage): number {
  const lines = p.lines.filter((l) => l.angle === 0);
  const grid = lines.findIndex((l) => isGridLine(p, l));
  // a page of prose with a grid of words (决算 p. 5: the units as 序号 | 单位名称 | 备注) is narrative whole
  if (grid < 0 || isProseWithGrid(p)) return lines.length;
  return lines.slice(0, grid).some((l) => /[。；]|[：:]\s*$/.test(l.text)) ? grid : 0;
}
/** A page with narrative: no grid, or prose above its grid. */
const hasProse = (p: PdfPage) => proseEnd(p) > 0;

const pageText = (p: PdfPage) =>
  pageLines(p)
    .map((l) => l.text)
    .join('\n');

/**
 * The sentences of the narrative pages, each with the page it starts on: a sentence running on to the next
 * page is one sentence; pages apart (tables between them) do not continue each other's sentences.
 */
function narrativeOf(pages: readonly PdfPage[]): Sentence[] {
  const runs: PdfPage[][] = [];
  for (const p of pages) {
    const run = runs.at(-1);
    if (run && run.at(-1)!.number === p.number - 1) run.push(p);
    else runs.push([p]);
  }
  return runs.flatMap((run) => sentencesOfLines(run.flatMap(pageLines)));
}

/** How a PDF is read: alone, or as one file of a document published as several (`check --together`). */
export interface PdfReadOptions {
  /** The PDF is one of several files of one document: a narrative without tables reads whatever template it names. */
  together?: boolean;
}

/**
 * A PDF with narrative pages and no table grid: the narrative without tables (the completeness rules then say
 * the tables are missing). Read alone it must name a template's tables (its 目录 lists them), else it is no
 * disclosure the checks know: an error that says how to check it with its tables.
 */
function narrativeOnly(pdf: PdfText, narrativePages: readonly PdfPage[], narrative: Sentence[], options: PdfReadOptions): CheckDocument {
  const noGrid = '没有画出表格线的表格页，无法读取公开表 (no page draws a table grid: no tables to read)';
  if (narrative.length === 0) throw new TextReadError(pdf.file, noGrid);
  const m = pdf.meta;
  const doc = narrativeDocument(narrativePages.map(pageText).join('\n'), pdf.file, {
    narrative,
    meta: { ...(m.body ? { body: m.body } : {}), ...(m.year ? { year: m.year } : {}), ...(m.stage ? { stage: m.stage } : {}), ...(m.scope ? { scope: m.scope } : {}) },
  });
  if (!options.together && !doc.template) {
    throw new TextReadError(pdf.file, `${noGrid}；${TOGETHER_HINT}`);
  }
  return { ...doc, meta: { ...doc.meta, pages: pdf.pageCount } };
}

/** The document the checks read, from a parsed PDF. */
export function documentFromPdfText(pdf: PdfText, options: PdfReadOptions = {}): CheckDocument {
  // performance goal tables (绩效目标表) are read from their own pages (goal-pages.ts): neither tables nor narrative
  const goals = goalPagesOf(pdf.pages);
  // a page of prose with a grid of words (决算 p. 5) holds no table: its words are no table's preparer
  const tablePages = pdf.pages.filter((p) => hasGrid(p) && !isGoalPage(p) && !isProseWithGrid(p));
  const narrativePages = pdf.pages.filter(hasProse);
  const narrative = narrativeOf(narrativePages);
  if (tablePages.length === 0) return { ...narrativeOnly(pdf, narrativePages, narrative, options), goals };
  const { text, positions } = tableText(tablePages);
  const placed = new Map<TableDraft, Placed>();
  const drafts: TableDraft[] = [];
  const doc = documentFromText(text, pdf.file, {
    narrative,
    ...(pdf.meta.scope ? { scope: pdf.meta.scope } : {}),
    adjustDraft: (d) => {
      const fixed = fixColumns(d, positions, placed);
      drafts.push(fixed);
      return fixed;
    },
  });
  const tables: PdfCheckTable[] = doc.tables.map((t, i) => {
    const p = drafts[i] ? placed.get(drafts[i]) : undefined;
    return p ? { ...t, sources: p.sources, ...(p.budget ? { budget: p.budget } : {}) } : t;
  });
  const m = pdf.meta;
  const body = m.body ?? doc.meta.body;
  const year = m.year ?? doc.meta.year;
  const stage = m.stage ?? doc.meta.stage;
  const scope = m.scope ?? doc.meta.scope;
  return {
    ...doc,
    meta: {
      ...doc.meta,
      body,
      year,
      stage,
      scope,
      title: `${body}${year || ''}${year ? '年' : ''}${scope === 'department' ? '部门' : '单位'}${stage === 'budget' ? '预算' : '决算'}`,
      // the narrative's unit from the narrative pages (the text read above holds only the table pages)
      unit: narrative.length ? narrativeUnit(narrative.map((n) => n.text).join('\n')) : doc.meta.unit,
      pages: pdf.pageCount,
    },
    tables,
    goals,
  };
}

/** Reads a published PDF into the document the checks read; unreadable input is an IngestError naming the file. */
export async function documentFromPdf(path: string, options: PdfOptions & PdfReadOptions = {}): Promise<CheckDocument> {
  return documentFromPdfText(await parsePdf(path, options), options);
}
