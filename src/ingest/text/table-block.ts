// One table's block of lines read into its parts: title, preparer and unit, the header (with its numbering
// row), and the body with the headers repeated on continuation pages taken out.
import type { MoneyUnit } from '../../model/money.ts';
import type { TableBlock } from './document-parts.ts';
import { amountToken, cellText, type TextLine } from './text-lines.ts';

export interface BodyLine extends TextLine {
  tokens: string[];
}

export interface ParsedBlock {
  number: number;
  title: string;
  /** 编制部门 / 编制单位 as printed; "" when the block prints none. */
  preparer: string;
  unit?: MoneyUnit;
  /** The header's lines as printed (for repeated-header detection and column formulas). */
  header: string[];
  /** The numbering row's tokens ("※ ※ 1 2 3"), when printed. */
  numbering?: string[];
  body: BodyLine[];
  /** Line number of the block's first line, for messages. */
  line: number;
}

const PREPARER = /^(?:编制部门|编制单位|部门名称|单位名称|预算单位|填报单位|部门)\s*[:：]\s*(.*)$/;
/** The next table's number printed on a line of its own above its title ("表三"): not this table's. */
const NEXT_NUMBER = /^表\s*[一二三四五六七八九十\d]+$/;
const UNIT = /(?:金额)?单位\s*[:：]\s*(亿元|万元|元)\s*$/;
const NUMBERING = /^※(\s*(※|\d+))*$/;
const CONTINUED = /^[(（]?续(上)?表[)）]?$/;

/**
 * A body line that starts the data: it prints an amount or a classification code, or is a sentence or a
 * bracketed "（无…）" (an empty table's note).
 */
export const looksLikeData = (text: string) =>
  /[，。；]/.test(text) || /^[(（][^()（）]*无[^()（）]*[)）]$/.test(text.trim()) || text.split(' ').some((t) => amountToken(t) !== undefined || /^[235]\d{2}$/.test(t));

/** Reads the preparer and unit of a line ("编制部门：XX局 单位：万元", or either alone). */
export function preparerAndUnit(text: string): { preparer?: string; unit?: MoneyUnit } | undefined {
  const unit = UNIT.exec(text);
  const rest = unit ? text.slice(0, unit.index).trim() : text;
  const prep = PREPARER.exec(rest);
  if (!prep && !unit) return undefined;
  if (!prep && rest !== '') return undefined; // "单位" inside other text
  return { ...(prep ? { preparer: cellText(prep[1]!) } : {}), ...(unit ? { unit: unit[1] as MoneyUnit } : {}) };
}

/**
 * Splits a block: the title (the marker line's, or the lines before the preparer/unit line), the preparer
 * and unit, the header down to the numbering row (or to the first line `isData` accepts), then the body.
 * A repeated header — the title, the preparer line, "续表" or the header's first line again — is skipped
 * through its numbering row (or its last header line), and the next body line marked as after a page break.
 */
export function parseBlock(block: TableBlock, isData: (text: string) => boolean = looksLikeData): ParsedBlock {
  const lines = block.lines;
  const at = lines.findIndex((l, i) => i < 6 && preparerAndUnit(l.text) !== undefined);
  const titleLines = at < 0 ? lines.slice(0, block.title ? 0 : 1) : lines.slice(0, at);
  const title = cellText(...(block.title ? [block.title] : []), ...titleLines.map((l) => l.text));
  let preparer = '';
  let unit: MoneyUnit | undefined;
  let i = at < 0 ? titleLines.length : at;
  // the preparer and the unit may be printed on one line or on two consecutive lines
  for (let k = 0; k < 2 && i < lines.length; k++) {
    const found = preparerAndUnit(lines[i]!.text);
    if (!found) break;
    preparer ||= found.preparer ?? '';
    unit ??= found.unit;
    i++;
  }
  const marks = new Set([title, ...lines.slice(titleLines.length, i).map((l) => l.text)].filter(Boolean));
  const header: string[] = [];
  let numbering: string[] | undefined;
  for (; i < lines.length; i++) {
    const text = lines[i]!.text;
    if (NUMBERING.test(text)) {
      numbering = text.split(/\s+/).flatMap((t) => t.match(/※|\d+/g) ?? []);
      i++;
      break;
    }
    if (isData(text)) break;
    header.push(text);
  }
  const headerSet = new Set(header);
  const body: BodyLine[] = [];
  let skipping = 0; // lines skipped of a repeated header, 0 outside one
  let afterBreak = false;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    const repeated = marks.has(line.text) || CONTINUED.test(line.text) || preparerAndUnit(line.text) !== undefined || (header.length > 0 && line.text === header[0]);
    if (!skipping && repeated) {
      skipping = 1;
      continue;
    }
    // a repeated header is no longer than the first one (a guard against swallowing the body)
    if (skipping && ++skipping <= header.length + marks.size + 2) {
      if (NUMBERING.test(line.text)) {
        skipping = 0;
        afterBreak = true;
        continue;
      }
      if (headerSet.has(line.text) || marks.has(line.text) || preparerAndUnit(line.text) !== undefined) continue;
      if (numbering) continue; // the repeated header ends at its numbering row
    }
    if (skipping) {
      skipping = 0;
      afterBreak = true;
    }
    body.push({ ...line, tokens: line.text.split(' '), ...(afterBreak || line.afterBreak ? { afterBreak: true } : {}) });
    afterBreak = false;
  }
  while (body.length && NEXT_NUMBER.test(body.at(-1)!.text.replace(/\s+/g, ''))) body.pop();
  return { number: block.number, title, preparer, ...(unit ? { unit } : {}), header, ...(numbering ? { numbering } : {}), body, line: lines[0]?.line ?? 0 };
}
