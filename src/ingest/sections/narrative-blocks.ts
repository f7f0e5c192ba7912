// The narrative as it is printed: its headings and sentences in order, rebuilt from the sentences (each
// knows the headings above it), and the stretch of it under one heading. A heading the sentence splitter
// took from an item wrapped over lines ("（一）在本省行政区域内，保证宪法、法律、行政法规" / "和上级…的遵守和执行；")
// is text of its stretch like any sentence: the section readers read both.
import type { Sentence } from '../../check/document.ts';
import type { SectionSource } from '../../check/sections.ts';

export interface NarrativeBlock extends SectionSource {
  heading: boolean;
  text: string;
  /** A heading's level: 0 第一部分 and page titles, 1 一、, 2 （一）. */
  level: number;
}

const levelOf = (heading: string) => (/^第[一二三四五六七八九十]+部分/.test(heading) ? 0 : /^[一二三四五六七八九十]+、/.test(heading) ? 1 : /^[(（][一二三四五六七八九十]+[)）]/.test(heading) ? 2 : 0);

const where = (s: Sentence): SectionSource => ({ ...(s.page !== undefined ? { page: s.page } : {}), ...(s.file !== undefined ? { file: s.file } : {}) });

/** Headings and sentences in printed order: a heading where a sentence's headings first differ from the previous one's. */
export function narrativeBlocks(sentences: readonly Sentence[]): NarrativeBlock[] {
  const out: NarrativeBlock[] = [];
  let previous: readonly string[] = [];
  for (const s of sentences) {
    let same = 0;
    while (same < previous.length && same < s.section.length && previous[same] === s.section[same]) same++;
    for (const h of s.section.slice(same)) out.push({ heading: true, text: h, level: levelOf(h), ...where(s) });
    out.push({ heading: false, text: s.text, level: 3, ...where(s) });
    previous = s.section;
  }
  return out;
}

export interface StretchOptions {
  /** A heading that does not end the stretch though of its level (a part heading printed out of place). */
  keeps?: (heading: string) => boolean;
}

/**
 * The blocks under each heading that `starts` accepts, up to the next heading of its level or above: the
 * stretch of one 一、主要职能, of one page titled …机构设置.
 */
export function stretches(blocks: readonly NarrativeBlock[], starts: (heading: string) => boolean, options: StretchOptions = {}): NarrativeBlock[][] {
  const out: NarrativeBlock[][] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (!b.heading || !starts(b.text)) continue;
    const stretch: NarrativeBlock[] = [];
    let j = i + 1;
    for (; j < blocks.length; j++) {
      const next = blocks[j]!;
      if (next.heading && next.level <= b.level && !options.keeps?.(next.text)) break;
      stretch.push(next);
    }
    out.push(stretch);
    i = j - 1;
  }
  return out;
}

/** A heading's text without its numbering ("一、主要职能" → "主要职能"). */
export const headingWords = (heading: string) => heading.replace(/^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])\s*/, '');
