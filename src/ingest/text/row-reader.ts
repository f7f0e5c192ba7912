// Rows rebuilt from body lines whose layout is lost: codes joined ("208 01 01" → "2080101"), cell text
// wrapped over lines joined, a name split by a page break rejoined, amounts taken from the end of the row.
import type { BodyLine } from './table-block.ts';
import { amountToken, cellText } from './text-lines.ts';

export interface RawRow {
  code: string;
  /** The label text as printed (wrapped pieces joined). */
  text: string;
  /** Printed amounts in order, without thousands separators. */
  amounts: string[];
  /** Line number of the row's first line. */
  line: number;
}

/** A classification 类 ("208", "301"), then 款 and 项 as two-digit groups, or the code printed whole. */
const CLASS = /^[235]\d{2}$/;
const WHOLE = /^[235]\d{2}(\d{2}){1,2}$/;

/** The code at the start of a line, the label tokens, and the amounts at its end. */
export function splitCodeLine(tokens: readonly string[], codes = true): { code: string; label: string[]; amounts: string[] } {
  let i = 0;
  let code = '';
  if (codes && CLASS.test(tokens[0] ?? '')) {
    code = tokens[0]!;
    i = 1;
    while (i < tokens.length && code.length < 7 && /^\d{2}$/.test(tokens[i]!)) code += tokens[i++];
  } else if (codes && WHOLE.test(tokens[0] ?? '')) {
    code = tokens[0]!;
    i = 1;
  }
  let j = tokens.length;
  while (j > i && amountToken(tokens[j - 1]!) !== undefined) j--;
  return { code, label: tokens.slice(i, j), amounts: tokens.slice(j).map((t) => amountToken(t)!) };
}

/** A totals line's label: 合计, 总计, 人员经费合计, 类款项合计. */
export const TOTAL_LINE = /^\S*(合计|总计)$/;

/**
 * Assembles rows: a row starts with its code (or, without one, with its label) and ends with its amounts;
 * lines in between are wrapped cell text. A label-only line right after a page break, with no row open,
 * ends the previous row's label when `continueAfterBreak` says the table has no such rows of its own
 * (tables by code: 表2 "机关事业单位职业年金缴费支" … "出").
 */
export function assembleRows(body: readonly BodyLine[], options: { codes: boolean; continueAfterBreak: boolean }): RawRow[] {
  const rows: RawRow[] = [];
  let open: RawRow | undefined;
  const close = (row: RawRow) => {
    rows.push(row);
    open = undefined;
  };
  for (const line of body) {
    const { code, label, amounts } = splitCodeLine(line.tokens, options.codes);
    const text = label.join(' ');
    if (code !== '') {
      if (open) close(open); // a row printed with no amounts at all
      const row = { code, text, amounts, line: line.line };
      if (amounts.length) close(row);
      else open = row;
      continue;
    }
    if (!open && line.afterBreak && options.continueAfterBreak && amounts.length === 0 && rows.length) {
      rows.at(-1)!.text = `${rows.at(-1)!.text} ${text}`;
      continue;
    }
    // a total line under a coded row printed without amounts is a row of its own, not the rest of its name
    // (决算 表6: 30399 其他对个人和家庭的补助, blank, then 人员经费合计 2,152.26)
    if (open && open.code !== '' && TOTAL_LINE.test(text)) close(open);
    if (open) {
      open.text = `${open.text} ${text}`.trim();
      if (amounts.length) {
        open.amounts = amounts;
        close(open);
      }
      continue;
    }
    const row = { code: '', text, amounts, line: line.line };
    if (amounts.length) close(row);
    else open = row;
  }
  if (open) rows.push(open);
  return rows.map((r) => ({ ...r, text: cellText(r.text) }));
}

/**
 * Rows of a table whose rows are fixed labels (三公): every line is a row, blank rows included; a line without
 * amounts that, joined with the next, begins a known label (and is not one itself) is wrapped label text.
 */
export function labelledRows(body: readonly BodyLine[], labels: readonly string[]): RawRow[] {
  const known = labels.map((l) => cellText(l));
  const rows: RawRow[] = [];
  let carry: { text: string; line: number } | undefined;
  for (const line of body) {
    const { label, amounts } = splitCodeLine(line.tokens, false);
    const text = cellText(...(carry ? [carry.text] : []), label.join(' '));
    const first = carry?.line ?? line.line;
    carry = undefined;
    if (amounts.length === 0 && !known.includes(text) && known.some((k) => k.startsWith(text) && k !== text)) {
      carry = { text, line: first };
      continue;
    }
    rows.push({ code: '', text, amounts, line: first });
  }
  if (carry) rows.push({ code: '', text: carry.text, amounts: [], line: carry.line });
  return rows;
}

export interface PairedLine {
  left: string;
  leftAmounts: string[];
  rightCode: string;
  right: string;
  rightAmounts: string[];
  /** The third side (支出用途: 基本支出, 项目支出 …) when the template lists its labels. */
  use?: { name: string; amount: string };
  line: number;
}

/**
 * Splits a line of a two-sided table (收入 | 支出) into its sides: after the longest run of leading tokens
 * that is a known left label, else at the right side's 类 code, else after the left side's amounts.
 */
export function pairedLine(line: BodyLine, leftLabels: readonly string[], useLabels: readonly string[] = [], rightLabels: readonly string[] = []): PairedLine {
  const isAmount = (t: string | undefined) => t !== undefined && amountToken(t) !== undefined;
  const { tokens, use } = useSide(line.tokens, useLabels, isAmount);
  // labels compared without spaces: "1. 一般公共预算" is the template's "1.一般公共预算"
  const bare = (...pieces: string[]) => cellText(...pieces).replace(/\s/g, '');
  const known = new Set(leftLabels.map((l) => bare(l)));
  let cut = -1;
  for (let k = tokens.length; k > 0 && cut < 0; k--) if (known.has(bare(...tokens.slice(0, k)))) cut = k;
  // else before a known right-side label (当年支出小计: its left label may be wrapped, "当年收入" … "小计")
  const rightKnown = new Set(rightLabels.map((l) => bare(l)));
  for (let k = 1; k < tokens.length && cut < 0; k++) {
    let end = k;
    while (end < tokens.length && !isAmount(tokens[end])) end++;
    if (rightKnown.has(bare(...tokens.slice(k, end)))) cut = k;
  }
  if (cut < 0) {
    const codeAt = tokens.findIndex((t) => CLASS.test(t));
    const firstAmount = tokens.findIndex(isAmount);
    // without a 类 code: a line whose label is not a known left label is all right side
    cut = codeAt >= 0 ? codeAt : known.size > 0 ? 0 : firstAmount < 0 ? tokens.length : firstAmount;
  }
  if (!CLASS.test(tokens[cut] ?? '')) while (isAmount(tokens[cut])) cut++;
  // an unknown left label with its amounts, then the right side's (本年收入合计 2,946.25 本年支出合计 2,940.05)
  if (cut === 0 && known.size > 0) {
    const firstAmount = tokens.findIndex(isAmount);
    let end = firstAmount;
    while (end >= 0 && isAmount(tokens[end])) end++;
    if (firstAmount > 0 && end < tokens.length && tokens.slice(end).some(isAmount)) cut = end;
  }
  const leftTokens = tokens.slice(0, cut);
  const right = tokens.slice(cut);
  const rightCode = CLASS.test(right[0] ?? '') ? right[0]! : '';
  const rightRest = rightCode ? right.slice(1) : right;
  const side = (ts: string[]) => {
    const at = ts.findIndex(isAmount);
    const amounts = at < 0 ? [] : ts.slice(at);
    if (!amounts.every(isAmount)) throw new RowError(line.line, `“${line.text}”中金额与文字交错 (amounts interleaved with text)`);
    return { label: cellText(...(at < 0 ? ts : ts.slice(0, at))), amounts: amounts.map((t) => amountToken(t)!) };
  };
  const l = side(leftTokens);
  const r = side(rightRest);
  return { left: l.label, leftAmounts: l.amounts, rightCode, right: r.label, rightAmounts: r.amounts, ...(use ? { use } : {}), line: line.line };
}

/**
 * Splits off a line's last side when it begins with one of the template's 支出用途 labels (the rightmost
 * run of tokens that is a known label, then at most one amount, ending the line).
 */
function useSide(tokens: readonly string[], labels: readonly string[], isAmount: (t: string | undefined) => boolean) {
  const bare = (...pieces: string[]) => cellText(...pieces).replace(/\s/g, '');
  const known = new Set(labels.map((l) => bare(l)));
  if (known.size === 0) return { tokens };
  for (let u = tokens.length - 1; u >= 0; u--) {
    let end = u;
    while (end < tokens.length && !isAmount(tokens[end])) end++;
    if (end === u || end < tokens.length - 1) continue;
    const name = cellText(...tokens.slice(u, end));
    if (!known.has(bare(name))) continue;
    const amount = end < tokens.length ? amountToken(tokens[end]!)! : '';
    return { tokens: tokens.slice(0, u), use: { name, amount } };
  }
  return { tokens };
}

/** A row the reader cannot make sense of, with its line number. */
export class RowError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}
