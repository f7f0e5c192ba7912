// A published file that holds the narrative but no tables (a 情况说明 published apart from its tables): read
// as a document with its sentences and no tables. Its template is the one whose tables the text lists (the
// 目录 or the headings name them: "一、收支预算总表"), so the completeness rules can say which tables are missing.
import type { CheckDocument, Sentence } from '../../check/document.ts';
import { listTemplates } from '../../templates/registry.ts';
import { sentencesOf } from '../narrative-text.ts';
import { sectionsPart } from '../sections/sections.ts';
import { checkMeta, documentMeta, type TextMeta } from './document-meta.ts';
import { splitParts } from './document-parts.ts';
import { chooseTemplate, specForTitle } from './recognise.ts';
import { textLines } from './text-lines.ts';
import { detectMeta } from '../pdf/meta.ts';

/** A list entry's numbering: "一、", "十一、", "1．", "（三）". */
const NUMBERING = /^([一二三四五六七八九十]+、|\d+[.．、]|[(（][一二三四五六七八九十\d]+[)）])\s*/;

/** A contents entry's dot leader and page number: "…………………… 8". */
const LEADER = /([…．.·•]{3,}|…+)\d*$/;

/** The lines of a narrative that name a table of some template ("一、收支预算总表" in a 目录), numbering removed. */
export function listedTitles(lines: readonly string[]): string[] {
  const templates = listTemplates();
  return lines
    .map((l) => l.replace(/\s+/g, '').replace(LEADER, '').replace(NUMBERING, ''))
    .filter((t) => t.length >= 4 && t.length <= 40 && !/[。；，]/.test(t) && templates.some((tpl) => specForTitle(tpl, t) !== undefined));
}

/**
 * The document of a narrative without tables. `narrative`: the sentences when the caller read them itself
 * (a PDF's, with pages); `meta`: what the caller knows better (a PDF's cover).
 */
export function narrativeDocument(text: string, path: string, options: { narrative?: Sentence[]; meta?: Partial<TextMeta> } = {}): CheckDocument {
  const lines = textLines(text);
  const parts = splitParts(lines);
  // the cover says who and what (as a PDF's cover is read), the part headings and sentences what is left
  const found = documentMeta(parts, []);
  const cover = detectMeta(lines.slice(0, 12).map((l) => l.text));
  const known = (m: Partial<TextMeta>) => Object.fromEntries(Object.entries(m).filter(([k, v]) => v !== undefined && k !== 'sources'));
  const meta: TextMeta = { ...found, ...known(cover), ...known(options.meta ?? {}) } as TextMeta;
  const titles = [...new Set(listedTitles(lines.map((l) => l.text)))];
  const choice = chooseTemplate(titles, listTemplates(), meta.stage, meta.body, meta.scope);
  const narrative = options.narrative ?? sentencesOf(text);
  return {
    meta: checkMeta(meta, path, choice.template?.id, text),
    ...(choice.template ? { template: choice.template } : {}),
    tables: [],
    narrative,
    ...sectionsPart(narrative),
  };
}
