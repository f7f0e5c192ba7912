// Sentences of a narrative from extracted text (a PDF's text layer copied out, as the reference document):
// lines joined, the extraction's spaces removed, headings kept as the section of what follows them.
import type { Sentence } from '../check/document.ts';

const CJK = '\\u2e80-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef\\u3000-\\u303f';

/** Removes the spaces a PDF extraction puts between CJK characters and between CJK and digits or letters. */
export function joinExtracted(text: string): string {
  return text
    .replace(new RegExp(`([${CJK}])\\s+(?=[${CJK}A-Za-z0-9%(（“])`, 'g'), '$1')
    .replace(new RegExp(`([A-Za-z0-9%.)）”])\\s+(?=[${CJK}])`, 'g'), '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A heading line: 第三部分 … / 一、… / （一）… / (一) …, without a sentence end. */
const HEADING = /^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])/;

function headingLevel(marker: string): number {
  return marker.startsWith('第') ? 0 : marker.endsWith('、') ? 1 : 2;
}

/** A line of narrative text and the page it is printed on (when known). */
export interface NarrativeLine {
  text: string;
  page?: number;
}

/**
 * Splits extracted text into sentences (cut after 。 and ；). A line that starts with a heading marker and
 * has no sentence end or comma is a heading, continued by the short lines that follow it ("…收支预算情况" / "总体说明");
 * headings become the section of the sentences after them, a new heading replacing those of its level and below.
 */
export function sentencesOf(text: string): Sentence[] {
  return sentencesOfLines(text.replace(/\r/g, '').split('\n').map((t) => ({ text: t })));
}

/** How a complete heading ends: "…情况说明", "…名词解释", "…部门概况". */
const HEADING_END = /(说明|解释|概况)$/;

/**
 * Sentences of lines that know their page (a PDF's narrative pages, in order): as `sentencesOf`, a sentence
 * running over a page break is one sentence, on the page where it starts.
 */

export function sentencesOfLines(input: readonly NarrativeLine[]): Sentence[] {
  const lines = input.map((l) => ({ ...l, text: joinExtracted(l.text) })).filter((l) => l.text);
  const out: Sentence[] = [];
  const section: { level: number; text: string }[] = [];
  let body = '';
  // where each line starts in the body, and its page
  let starts: { at: number; page?: number }[] = [];
  const pageAt = (offset: number) => [...starts].reverse().find((s) => s.at <= offset)?.page;
  const flush = () => {
    let offset = 0;
    for (const piece of body.split(/(?<=[。；])/)) {
      const sentence = piece.trim();
      const page = pageAt(offset + piece.length - piece.trimStart().length);
      offset += piece.length;
      if (sentence) out.push({ text: sentence, section: section.map((s) => s.text), ...(page !== undefined ? { page } : {}) });
    }
    body = '';
    starts = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const { text: line, page } = lines[i]!;
    // A short line without punctuation at the top of a page, after a finished sentence, is the page's title
    // ("部门预算编制说明"): it begins a section of its own.
    if (i > 0 && page !== undefined && page !== lines[i - 1]!.page && /^$|[。；]$/.test(body) && line.length <= 20 && !/[。；，,：:、]/.test(line) && !HEADING.test(line)) {
      flush();
      section.length = 0;
      section.push({ level: 0, text: line });
      continue;
    }
    const m = HEADING.exec(line);
    // a numbered line with a comma is a list item wrapped over lines ("（三）逐步建立…约束有力的预算制度，健全包括一般"
    // / "公共预算、…"), not a heading
    if (m && !/[。；：:，]/.test(line)) {
      flush();
      let heading = line;
      // a heading wrapped over lines goes on in a short line after it — unless it ends as headings end
      // ("七、政府性基金支出预算表情况说明" then "本部门无政府性基金预算", 省委办公厅 p. 9: a sentence)
      while (
        i + 1 < lines.length &&
        !HEADING_END.test(heading) &&
        lines[i + 1]!.text.length <= 12 &&
        !/[，。；：]/.test(lines[i + 1]!.text) &&
        !HEADING.test(lines[i + 1]!.text)
      ) {
        heading = joinExtracted(`${heading} ${lines[++i]!.text}`);
      }
      const level = headingLevel(m[1]!);
      while (section.length && section.at(-1)!.level >= level) section.pop();
      section.push({ level, text: heading });
      continue;
    }
    if (m) flush(); // a numbered item ("（二）项目名称：…") starts a new sentence even without a heading
    if (body) {
      const joined = joinExtracted(`${body} ${line}`);
      starts.push({ at: joined.length - line.length, ...(page !== undefined ? { page } : {}) });
      body = joined;
    } else {
      starts.push({ at: 0, ...(page !== undefined ? { page } : {}) });
      body = line;
    }
  }
  flush();
  return out;
}
