// Who published what, as a document's cover and titles print it: body, year, stage (预算/决算) and
// scope (部门/单位). Cheap and partial on purpose: a field the page does not print stays undefined.
//
// Covers seen: "江苏省人大常委会办公厅 / 2017 年度部门预算", "2017 年度江苏省高级人民法院部门预算公开",
// "上海市普陀区2025年区级单位预算 / 预算单位：上海市普陀区人民政府办公室", "上海市普陀区财政局 / 2024年度部门决算";
// a tables-only file starts with a table: "收支预算总表 … 部门：江苏省政协办公厅 单位：万元".
import type { Meta } from '../../model/meta.ts';
import type { PdfPage } from './page-model.ts';

export type Stage = Meta['stage'];
export type Scope = Meta['scope'];
type Field = 'body' | 'year' | 'stage' | 'scope';

export interface DetectedMeta {
  body?: string;
  year?: number;
  stage?: Stage;
  scope?: Scope;
  /** The line each field was read from, and its page (documentMeta; detectMeta gives page 0). */
  sources: Partial<Record<Field, { page: number; line: string }>>;
}
export type DocumentMeta = DetectedMeta;

/** Labels naming the body, strongest first, and the scope each implies. */
const LABELS: readonly { label: string; scope?: Scope }[] = [
  { label: '预算主管部门', scope: 'department' },
  { label: '决算主管部门', scope: 'department' },
  { label: '主管部门', scope: 'department' },
  { label: '预算单位', scope: 'unit' },
  { label: '决算单位', scope: 'unit' },
  { label: '部门名称', scope: 'department' },
  { label: '单位名称', scope: 'unit' },
  { label: '编制部门' },
  { label: '编制单位' },
  { label: '部门', scope: 'department' },
  { label: '单位', scope: 'unit' },
];
const MONEY_UNIT = /^(元|万元|亿元|千元)$/;

/** "<body>2017年度部门预算", "上海市普陀区2025年区级单位预算": the year, then the stage. */
const TITLE = /((?:19|20)\d{2})年度?(?:[区市省县州镇乡]级|本级)?(部门|单位)?(预算|决算)/;
/** "2017年度<body>部门预算公开": the body between the year and the stage. */
const TITLE_BODY_AFTER_YEAR = /((?:19|20)\d{2})年度?(.{2,40}?)(部门|单位)(预算|决算)/;
/** A table title or heading that gives the year: "2017年政府采购预算表" (no sentence punctuation). */
const YEAR_TITLE = /^(?:[^，。；,;]{0,30}?)((?:19|20)\d{2})年度?[^，。；,;]{0,30}?(预算|决算)/;
/** A title that gives only the stage: "收支预算总表", "部门决算". */
const STAGE_TITLE = /(?:(预算|决算)总?表|(?:部门|单位)(预算|决算)(?:公开)?)$/;

const STAGES: Record<string, Stage> = { 预算: 'budget', 决算: 'final' };
const SCOPES: Record<string, Scope> = { 部门: 'department', 单位: 'unit' };

/** Line text for matching: no spaces, full-width colon as ASCII. */
const squeeze = (text: string): string => text.replace(/[\s\u3000]+/g, '').replace(/：/g, ':');

function labelled(lines: readonly string[]): { body: string; scope?: Scope; line: string } | undefined {
  let best: { rank: number; body: string; scope?: Scope; line: string } | undefined;
  const labels = LABELS.map((l) => l.label).join('|');
  const pattern = new RegExp(`(${labels}):([^:]+?)(?=(?:金额)?单位:|$)`, 'g');
  for (const line of lines) {
    for (const m of squeeze(line).matchAll(pattern)) {
      const rank = LABELS.findIndex((l) => l.label === m[1]);
      const body = m[2]!.replace(/[，。；,;]+$/, '');
      // "单位：万元" is the table's unit of account, not a body; a label must not come from inside a word.
      if (MONEY_UNIT.test(body) || body.length < 2) continue;
      const before = squeeze(line).slice(0, m.index);
      if (m[1] === '单位' && /(预算|决算|编制|填报)$/.test(before)) continue;
      if (!best || rank < best.rank) best = { rank, body, line, ...(LABELS[rank]!.scope ? { scope: LABELS[rank]!.scope } : {}) };
    }
  }
  return best && { body: best.body, line: best.line, ...(best.scope ? { scope: best.scope } : {}) };
}

interface Title {
  index: number;
  end: number;
  year: number;
  stage: Stage;
  scope?: Scope;
  body?: string;
  /** The body was printed before the year (on the title's line or the lines above it). */
  bodyBefore: boolean;
}

function parseTitle(joined: string): Title | undefined {
  const direct = TITLE.exec(joined);
  if (direct) {
    const before = joined.slice(0, direct.index).replace(/^[\d\s\-—]+/, '');
    return {
      index: direct.index,
      end: direct.index + direct[0].length,
      year: Number(direct[1]),
      stage: STAGES[direct[3]!]!,
      ...(direct[2] ? { scope: SCOPES[direct[2]] } : {}),
      ...(before.length >= 2 ? { body: before } : {}),
      bodyBefore: true,
    };
  }
  const inverted = TITLE_BODY_AFTER_YEAR.exec(joined);
  if (!inverted) return undefined;
  return {
    index: inverted.index,
    end: inverted.index + inverted[0].length,
    year: Number(inverted[1]),
    body: inverted[2]!,
    scope: SCOPES[inverted[3]!]!,
    stage: STAGES[inverted[4]!]!,
    bodyBefore: false,
  };
}

/** The original lines (joined by " / ") that characters from..to of the joined cover come from. */
function spanned(cover: readonly string[], texts: readonly string[], from: number, to: number): string {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < cover.length; i++) {
    const end = start + cover[i]!.length;
    if (end > from && start < to) out.push(texts[i]!.trim());
    start = end;
  }
  return out.join(' / ');
}

/**
 * Body, year, stage and scope from one page's lines (the first page: a cover, or the first table of a
 * tables-only file), top to bottom. The title is read from the lines before 目录 (a contents page) and at
 * most the first eight: it may be split over lines ("江苏省人民检察院" / "2017 年部门预算"). A labelled name
 * (预算主管部门：…, 预算单位：…, 部门：…) is preferred to the title's.
 */
export function detectMeta(lines: readonly (string | { text: string })[]): DetectedMeta {
  const texts = lines.map((l) => (typeof l === 'string' ? l : l.text));
  const squeezed = texts.map(squeeze);
  const contents = squeezed.findIndex((t) => /^目录/.test(t));
  const cover = squeezed.slice(0, Math.min(contents === -1 ? 8 : contents, 8));
  const meta: DetectedMeta = { sources: {} };
  const set = <K extends Field>(field: K, value: DetectedMeta[K], line: string) => {
    if (value === undefined || meta[field] !== undefined) return;
    meta[field] = value;
    meta.sources[field] = { page: 0, line };
  };

  // The title: the cover's lines joined, as a title split over lines reads.
  const joined = cover.join('');
  const title = parseTitle(joined);
  if (title) {
    const lineOf = (from: number, to: number) => spanned(cover, texts, from, to);
    const source = lineOf(title.index, title.end);
    set('year', title.year, source);
    set('stage', title.stage, source);
    set('scope', title.scope, source);
    const label = labelled(texts);
    if (label) {
      set('body', label.body, label.line.trim());
      set('scope', label.scope, label.line.trim());
    }
    if (title.body) set('body', title.body, title.bodyBefore ? lineOf(0, title.end) : source);
    return meta;
  }

  // No cover title: a tables-only file. The table's title gives the stage, its labels the body.
  const label = labelled(texts);
  if (label) {
    set('body', label.body, label.line.trim());
    set('scope', label.scope, label.line.trim());
  }
  // Lines of a table of contents name the document's parts, not its title.
  for (let i = 0; i < (contents === -1 ? squeezed.length : contents); i++) {
    const year = YEAR_TITLE.exec(squeezed[i]!);
    if (year) {
      set('year', Number(year[1]), texts[i]!.trim());
      set('stage', STAGES[year[2]!], texts[i]!.trim());
    }
    const stage = STAGE_TITLE.exec(squeezed[i]!);
    if (stage && squeezed[i]!.length <= 30) set('stage', STAGES[stage[1] ?? stage[2]!], texts[i]!.trim());
  }
  return meta;
}

/**
 * The document's meta: what its first page prints, and for a year or stage the first page lacks, the
 * first later title that gives one ("2017年政府采购预算表" on page 12 of a tables-only file).
 */
export function documentMeta(pages: readonly PdfPage[]): DocumentMeta {
  const first = pages[0];
  if (!first) return { sources: {} };
  const meta = detectMeta(first.lines);
  for (const source of Object.values(meta.sources)) source.page = first.number;
  for (const page of pages.slice(1)) {
    if (meta.year !== undefined && meta.stage !== undefined) break;
    for (const line of page.lines) {
      const year = YEAR_TITLE.exec(squeeze(line.text));
      if (!year) continue;
      if (meta.year === undefined) {
        meta.year = Number(year[1]);
        meta.sources.year = { page: page.number, line: line.text.trim() };
      }
      if (meta.stage === undefined) {
        meta.stage = STAGES[year[2]!];
        meta.sources.stage = { page: page.number, line: line.text.trim() };
      }
      break;
    }
  }
  return meta;
}
