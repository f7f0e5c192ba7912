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

/**
 * Splits extracted text into sentences (cut after 。 and ；). A line that starts with a heading marker and
 * has no sentence end is a heading, continued by the short lines that follow it ("…收支预算情况" / "总体说明");
 * headings become the section of the sentences after them, a new heading replacing those of its level and below.
 */
export function sentencesOf(text: string): Sentence[] {
  const lines = text.replace(/\r/g, '').split('\n').map((l) => joinExtracted(l)).filter(Boolean);
  const out: Sentence[] = [];
  const section: { level: number; text: string }[] = [];
  let body = '';
  const flush = () => {
    for (const piece of body.split(/(?<=[。；])/)) {
      const sentence = piece.trim();
      if (sentence) out.push({ text: sentence, section: section.map((s) => s.text) });
    }
    body = '';
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const m = HEADING.exec(line);
    if (m && !/[。；：:]/.test(line)) {
      flush();
      let heading = line;
      while (i + 1 < lines.length && lines[i + 1]!.length <= 12 && !/[，。；：]/.test(lines[i + 1]!) && !HEADING.test(lines[i + 1]!)) {
        heading = joinExtracted(`${heading} ${lines[++i]}`);
      }
      const level = headingLevel(m[1]!);
      while (section.length && section.at(-1)!.level >= level) section.pop();
      section.push({ level, text: heading });
      continue;
    }
    if (m) flush(); // a numbered item ("（二）项目名称：…") starts a new sentence even without a heading
    body = body ? joinExtracted(`${body} ${line}`) : line;
  }
  flush();
  return out;
}
