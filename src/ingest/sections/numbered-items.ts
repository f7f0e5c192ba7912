// A numbered list in the narrative: （一）… （二）…, 一、… 二、…, 1.… 2.…, （1）… (2)…, and in a table copied
// into the text, bare numbers (1上海市… 2上海市…). The list's numbering is the one its first item uses;
// an item runs to the next number of that numbering, so a list nested in an item does not cut it.
import type { SectionSource } from '../../check/sections.ts';

/** Text with where it is printed (a sentence or heading of the narrative). */
export interface Piece extends SectionSource {
  text: string;
}

export interface NumberedItem extends SectionSource {
  number: number;
  /** The item without its number. */
  text: string;
}

const DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 → 1, 十二 → 12, 二十一 → 21 (up to 九十九); NaN for anything else. */
export function chineseNumber(text: string): number {
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!m || text === '') return NaN;
  if (!m[2]) return m[1] && !m[3] ? DIGITS[m[1]]! : NaN;
  return (m[1] ? DIGITS[m[1]]! : 1) * 10 + (m[3] ? DIGITS[m[3]]! : 0);
}

interface Numbering {
  marker: RegExp;
  value: (m: RegExpExecArray) => number;
}

const CN = '[一二三四五六七八九十]+';
const NUMBERINGS: Numbering[] = [
  { marker: new RegExp(`^[(（](${CN})[)）]、?`), value: (m) => chineseNumber(m[1]!) },
  { marker: new RegExp(`^(${CN})、`), value: (m) => chineseNumber(m[1]!) },
  { marker: /^[(（](\d{1,2})[)）]/, value: (m) => Number(m[1]) },
  { marker: /^(\d{1,2})\s*[.、．](?!\d)/, value: (m) => Number(m[1]) },
];
/** Bare numbers before a name, as a table's 序号 column reads once its cells are joined. */
const BARE: Numbering = { marker: /^(\d{1,2})(?=[\u4e00-\u9fff])/, value: (m) => Number(m[1]) };

export interface ItemOptions {
  /** Also read bare numbers (1上海市… 2…): a table's rows copied into the text. */
  bare?: boolean;
  /** Where the list may start: from this offset of the joined text. */
  from?: number;
  /** The last item ends with its first sentence (nothing marks where a list's last item ends). */
  lastIsOneSentence?: boolean;
}

/** Where an item may start: a piece's start, or after ：/:/。/； (主要职能包括：1.…). */
function boundaries(text: string, starts: readonly number[], bare: boolean): number[] {
  const out = new Set(starts);
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if ('：:。；'.includes(c)) out.add(i + 1);
    // a bare number may start anywhere but after a figure
    if (bare && /\d/.test(c) && (i === 0 || !/[\d.,]/.test(text[i - 1]!))) out.add(i);
  }
  return [...out].sort((a, b) => a - b);
}

/**
 * The items of the first numbered list in the pieces (in order), each with the page of the piece it
 * starts in; `lead` is the text before the first item. No list: no items.
 */
export function numberedItems(pieces: readonly Piece[], options: ItemOptions = {}): { lead: string; items: NumberedItem[] } {
  return numberedList(pieces, options);
}

/** As `numberedItems`, with the offset (in the pieces joined) where the first item's number stands. */
export function numberedList(pieces: readonly Piece[], options: ItemOptions = {}): { lead: string; items: NumberedItem[]; start: number } {
  let text = '';
  const starts: number[] = [];
  for (const p of pieces) {
    starts.push(text.length);
    text += p.text;
  }
  const pieceAt = (offset: number) => pieces[starts.filter((s) => s <= offset).length - 1]!;
  const numberings = options.bare ? [...NUMBERINGS, BARE] : NUMBERINGS;
  const at = boundaries(text, starts, options.bare === true).filter((b) => b >= (options.from ?? 0));
  const marker = (offset: number, numbering: Numbering) => {
    const m = numbering.marker.exec(text.slice(offset).trimStart());
    return m ? { value: numbering.value(m), length: m[0].length + (text.slice(offset).length - text.slice(offset).trimStart().length) } : undefined;
  };
  let first: { offset: number; numbering: Numbering; length: number } | undefined;
  for (const b of at) {
    const numbering = numberings.find((n) => marker(b, n)?.value === 1);
    if (numbering) {
      first = { offset: b, numbering, length: marker(b, numbering)!.length };
      break;
    }
  }
  if (!first) return { lead: text, items: [], start: text.length };
  const found: { offset: number; length: number }[] = [{ offset: first.offset, length: first.length }];
  for (const b of at) {
    if (b <= found.at(-1)!.offset) continue;
    const m = marker(b, first.numbering);
    if (m?.value === found.length + 1) found.push({ offset: b, length: m.length });
  }
  const items = found.map((f, i) => {
    const next = found[i + 1]?.offset;
    const stop = options.lastIsOneSentence ? text.indexOf('。', f.offset) : -1;
    const end = next ?? (stop >= 0 ? stop + 1 : text.length);
    const p = pieceAt(f.offset);
    return {
      number: i + 1,
      text: text.slice(f.offset + f.length, end).trim(),
      ...(p.page !== undefined ? { page: p.page } : {}),
      ...(p.file !== undefined ? { file: p.file } : {}),
    };
  });
  return { lead: text.slice(0, first.offset), items, start: first.offset };
}
