// A document's parts (第一部分 … 第四部分) and, in the tables part, the blocks of its tables ("表 N" markers, or
// titles of known tables where the text prints no markers).
import type { TextLine } from './text-lines.ts';

const NUMERALS = '一二三四五六七八九十';
const PART = new RegExp(`^第\\s*([${NUMERALS}]+)\\s*部\\s*分\\s*(.*)$`);
/** "表 1", "表1", "附表 3", optionally followed by the title on the same line. */
const MARKER = /^附?表\s*(\d{1,2})(?:\s+(.+))?$/;

export interface Part {
  /** 1 for 第一部分 …; 0 for the lines before the first part heading. */
  number: number;
  heading: string;
  lines: TextLine[];
}

export interface TableBlock {
  /** Number as printed ("表 3" → 3), or the position among the blocks when the text prints none. */
  number: number;
  /** The title when printed on the marker's line. */
  title?: string;
  lines: TextLine[];
}

function numeral(text: string): number {
  if (text === '十') return 10;
  const [tens, ones] = text.includes('十') ? text.split('十') : ['', text];
  const digit = (c: string | undefined) => (c ? NUMERALS.indexOf(c) + 1 : 0);
  return (text.includes('十') ? Math.max(1, digit(tens)) * 10 : 0) + digit(ones);
}

/** Splits the lines at part headings ("第二部分 2025 年部门预算公开表"). */
export function splitParts(lines: readonly TextLine[]): Part[] {
  const parts: Part[] = [{ number: 0, heading: '', lines: [] }];
  for (const line of lines) {
    const m = PART.exec(line.text);
    if (m) parts.push({ number: numeral(m[1]!), heading: line.text, lines: [] });
    else parts.at(-1)!.lines.push(line);
  }
  return parts.filter((p) => p.number > 0 || p.lines.length > 0);
}

/** The part that holds the tables: its heading names tables (公开表, 预算表), else the one with the most markers. */
export function tablesPart(parts: readonly Part[]): Part | undefined {
  const named = parts.find((p) => p.number > 0 && /表/.test(p.heading.replace(/\s+/g, '')));
  if (named) return named;
  const markers = (p: Part) => p.lines.filter((l) => MARKER.test(l.text)).length;
  const best = [...parts].sort((a, b) => markers(b) - markers(a))[0];
  return best && markers(best) > 0 ? best : undefined;
}

const sameTitle = (a: string | undefined, b: string) => a !== undefined && a.replace(/\s+/g, '') === b.replace(/\s+/g, '');

/**
 * Cuts lines into table blocks at "表 N" markers; where there are none, at the lines `isTitle` recognises
 * as a table title (or a title wrapped onto a short second line: "…支出预算" / "表"). Lines before the
 * first block are not in any table. A title printed again at the top of the next page continues its table.
 */
export function tableBlocks(lines: readonly TextLine[], isTitle: (text: string) => boolean): TableBlock[] {
  const blocks: TableBlock[] = [];
  const hasMarkers = lines.some((l) => MARKER.test(l.text));
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1]?.text.trim() ?? '';
    const m = hasMarkers ? MARKER.exec(line.text) : undefined;
    if (m) {
      blocks.push({ number: Number(m[1]), ...(m[2] ? { title: m[2] } : {}), lines: [] });
    } else if (!hasMarkers && isTitle(line.text) && line.afterBreak && sameTitle(blocks.at(-1)?.title, line.text)) {
      // the title again at the top of the next page: the table goes on (its repeated header, skipped by parseBlock)
      blocks.at(-1)!.lines.push(line);
    } else if (!hasMarkers && isTitle(line.text)) {
      blocks.push({ number: blocks.length + 1, title: line.text, lines: [] });
    } else if (!hasMarkers && next.length > 0 && next.length <= 3 && isTitle(`${line.text.trim()}${next}`)) {
      blocks.push({ number: blocks.length + 1, title: `${line.text.trim()}${next}`, lines: [] });
      i++;
    } else {
      blocks.at(-1)?.lines.push(line);
    }
  }
  return blocks;
}
