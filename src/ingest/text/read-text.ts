// Reading a disclosure published as extracted text (a PDF's text copied out) into the document the checks
// read: its parts and tables found, each table recognised by its title, its rows rebuilt and its amounts
// placed by arithmetic, the narrative split into sentences. Text has no pages: pages stay unknown.
import { readFile } from 'node:fs/promises';
import type { CheckDocument, Sentence } from '../../check/document.ts';
import { namesForYear } from '../../catalog/index.ts';
import { listTemplates } from '../../templates/registry.ts';
import { sentencesOf } from '../narrative-text.ts';
import { sectionsPart } from '../sections/sections.ts';
import { buildDraft } from './build-draft.ts';
import { checkMeta, documentMeta } from './document-meta.ts';
import { splitParts, tableBlocks, tablesPart, type Part } from './document-parts.ts';
import { goalTablesOfText } from './goal-tables.ts';
import { TextReadError } from './ingest-error.ts';
import { placeTables } from './place-tables.ts';
import { chooseTemplate, specForTitle } from './recognise.ts';
import { RowError } from './row-reader.ts';
import { narrativeDocument } from './narrative-document.ts';
import { looksLikeData, parseBlock } from './table-block.ts';
import type { TableDraft } from './table-draft.ts';
import { cellText, textLines } from './text-lines.ts';

const partText = (p: Part) => [p.heading, ...p.lines.map((l) => l.text)].filter(Boolean).join('\n');

/** What a reader with more than the text (a PDF's positions) adds to the text reader. */
export interface TextReadHooks {
  /** Adjusts each draft before placement (a PDF reader fixes the columns its amounts were printed in). */
  adjustDraft?(draft: TableDraft): TableDraft;
  /** The narrative, when the caller reads it itself (with pages); else the sentences of the non-table parts. */
  narrative?: Sentence[];
  /** The document's scope when the caller knows it better than the text (a PDF's cover). */
  scope?: 'department' | 'unit';
  /** The text is one file of a document published as several (`check --together`): a narrative without tables reads as such. */
  together?: boolean;
}

/** Hint for a narrative whose tables are published apart. */
export const TOGETHER_HINT = '如公开表另成文件，请一起校验：yusuan check 说明文件 公开表文件 --together (if the tables are published as another file, check both with --together)';

/** A title is short: a sentence of the narrative naming a table is not one. */
const TITLE_MAX = 40;
/** A title's length without its spaces, year and quotes ("十一、2017 年…“三公”经费…": 37, not 45). */
const titleLength = (t: string) => t.replace(/\s|\d{4}\s*年度?|[“”"]/g, '').length;

export function documentFromText(text: string, path: string, hooks: TextReadHooks = {}): CheckDocument {
  const lines = textLines(text);
  if (lines.length === 0) throw new TextReadError(path, '文件没有文字 (the file has no text)');
  const parts = splitParts(lines);
  const tablePart = tablesPart(parts);
  const templates = listTemplates();
  const isTitle = (t: string) => templates.some((tpl) => specForTitle(tpl, t) !== undefined) && titleLength(t) <= TITLE_MAX;
  const blocks = tableBlocks(tablePart?.lines ?? lines, isTitle);
  if (blocks.length === 0) {
    // a narrative without tables: read as such when it names a template's tables (or is one file of several)
    const doc = narrativeDocument(text, path, hooks.scope ? { meta: { scope: hooks.scope } } : {});
    if ((doc.template || hooks.together) && doc.narrative?.length) return doc;
    throw new TextReadError(path, `未找到公开表（没有“表 N”标记，也没有可识别的表名）(no tables found)；${TOGETHER_HINT}`);
  }
  let parsed = blocks.map((b) => parseBlock(b));
  const meta = documentMeta(parts, parsed);
  const choice = chooseTemplate(
    parsed.map((p) => p.title),
    templates,
    meta.stage,
    meta.body,
    hooks.scope ?? meta.scope,
  );
  // a table whose rows are labels starts its data at its first label, amounts or not
  parsed = parsed.map((p, i) => {
    const spec = choice.matches[i]?.spec;
    const rowLabels = spec?.view === 'three_public' && spec.layout !== 'single_row';
    const labels = spec?.view === 'paired_summary' ? spec.incomeLines.map((l) => l.label) : rowLabels ? spec.lines.map((l) => l.label) : [];
    if (labels.length === 0) return p;
    const starts = labels.map((l) => cellText(l));
    return parseBlock(blocks[i]!, (t) => looksLikeData(t) || starts.some((s) => cellText(t).startsWith(s)));
  });

  // names of function codes as the document prints them (for the project table), else the catalog's
  const printed = new Map<string, string>();
  const catalog = meta.year !== undefined ? namesForYear(meta.year) : undefined;
  const ctx = { body: meta.body, functionName: (code: string) => printed.get(code) ?? catalog?.functionName(code) };
  const drafts: (TableDraft | undefined)[] = parsed.map(() => undefined);
  const draft = (i: number) => {
    try {
      drafts[i] = buildDraft(parsed[i]!, choice.matches[i], ctx);
    } catch (err) {
      if (err instanceof RowError) throw new TextReadError(path, `表${parsed[i]!.number}「${parsed[i]!.title}」：${err.message}`, err.line);
      throw err;
    }
  };
  const isProject = (i: number) => choice.matches[i]?.spec.view === 'project_by_function';
  parsed.forEach((_, i) => !isProject(i) && draft(i));
  for (const d of drafts) if (d?.frame.axis === 'function') for (const r of d.rows) if (r.code && !r.project && !printed.has(r.code)) printed.set(r.code, r.name);
  parsed.forEach((_, i) => isProject(i) && draft(i));
  const adjusted = hooks.adjustDraft ? (drafts as TableDraft[]).map((d) => hooks.adjustDraft!(d)) : (drafts as TableDraft[]);
  const tables = placeTables(adjusted, path);

  const narrativeParts = tablePart ? parts.filter((p) => p !== tablePart) : parts;
  const narrativeText = narrativeParts.map(partText).join('\n');
  const docMeta = checkMeta(meta, path, choice.template?.id, narrativeText);
  const narrative = hooks.narrative ?? sentencesOf(narrativeText);
  return {
    meta: docMeta,
    ...(choice.template ? { template: choice.template } : {}),
    tables,
    narrative,
    ...sectionsPart(narrative),
    // the goal tables, wherever the text prints them (in the 情况说明 under 预算绩效情况, or a part of their own)
    goals: goalTablesOfText(text, docMeta.unit),
  };
}

/** Reads an extracted-text file; a file that cannot be read or makes no sense is an TextReadError naming it. */
export async function readTextDocument(path: string, hooks: Pick<TextReadHooks, 'together'> = {}): Promise<CheckDocument> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new TextReadError(path, code === 'ENOENT' ? '文件不存在 (file not found)' : `无法读取 (cannot read): ${code ?? String(err)}`);
  }
  if (text.includes('\u0000')) throw new TextReadError(path, '不是文本文件 (not a text file)');
  return documentFromText(text.replace(/^\uFEFF/, ''), path, hooks);
}
