// A worksheet cell as the table readers see it: its text as the sheet holds it, or, for a numeric cell, the
// figure it displays as a decimal string — never a float carried further.
//
// How a number becomes a decimal string without float surprises: exceljs gives the IEEE double the file
// stores. Excel shows it rounded to 15 significant digits, then to the decimals of the cell's number format
// ('#,##0.00' → 2). We do the same on text: `toPrecision(15)` gives the 15-digit decimal string, which is
// rounded half away from zero to the format's decimals with integer arithmetic on its digits (no toFixed, whose
// binary rounding turns 1.005 into "1.00"). The result is then parsed back with parseFen and must lie within
// half a displayed unit of the stored double; otherwise (beyond 15 digits, not finite) the cell is not read as
// an amount. The displayed string is finally padded (or rounded, again on digits) to the template's decimals.
import type { CellValue } from 'exceljs';
import { parseFen } from '../../model/money.ts';

export interface SheetCell {
  /** The cell's text (rich text joined, a formula's cached result, a number's digits), trimmed. */
  text: string;
  /** Set when the cell holds a number (directly or as a formula's result). */
  number?: number;
  numFmt?: string;
}

/** Decimals a number format shows ('#,##0.00_ ' → 2, '#,##0' → 0); undefined for General, text and no format. */
export function formatDecimals(numFmt: string | undefined): number | undefined {
  if (!numFmt) return undefined;
  const section = (numFmt.split(';')[0] ?? '').replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
  if (!/[0#?]/.test(section)) return undefined;
  return /\.([0#?]+)/.exec(section)?.[1]?.length ?? 0;
}

/** A plain decimal string ("-12.5", "0.000001") from a number's 15 significant digits. */
function decimal15(n: number): string {
  const [mantissa, exp] = n.toPrecision(15).split('e');
  if (exp === undefined) return mantissa!;
  const negative = mantissa!.startsWith('-');
  const digits = mantissa!.replace(/^-/, '').replace('.', '');
  const point = 1 + Number(exp); // position of the decimal point in `digits`
  const plain = point <= 0 ? `0.${'0'.repeat(-point)}${digits}` : point >= digits.length ? digits + '0'.repeat(point - digits.length) : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return (negative ? '-' : '') + plain;
}

/** Rounds a plain decimal string half away from zero to `decimals` places (or pads it), on its digits. */
export function roundDecimal(text: string, decimals: number): string {
  const negative = text.startsWith('-');
  const [int = '0', frac = ''] = text.replace(/^[-+]/, '').split('.');
  let scaled = BigInt(int + frac.slice(0, decimals).padEnd(decimals, '0'));
  if (frac.length > decimals && Number(frac[decimals]) >= 5) scaled += 1n;
  const digits = scaled.toString().padStart(decimals + 1, '0');
  const out = decimals > 0 ? `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}` : digits;
  return scaled === 0n || !negative ? out : `-${out}`;
}

/**
 * The figure a numeric cell displays, as a decimal string with `decimals` places (the template's); undefined
 * when the number cannot be shown exactly enough (see the file comment).
 */
export function amountOfNumber(n: number, numFmt: string | undefined, decimals: number): string | undefined {
  if (!Number.isFinite(n) || Math.abs(n) >= 1e15) return undefined;
  const shown = Math.min(formatDecimals(numFmt) ?? decimals, 6);
  const displayed = roundDecimal(decimal15(n), shown);
  // round trip: the decimal string, parsed exactly (as 元 to the fen, or as 万元 when it shows more than two
  // decimals), within half a shown unit of n
  const [unit, scale] = shown <= 2 ? (['元', 2] as const) : (['万元', 6] as const);
  let fen: number | null;
  try {
    fen = parseFen(displayed, unit);
  } catch {
    return undefined;
  }
  if (fen === null || Math.abs(fen - n * 10 ** scale) > 0.5 * 10 ** (scale - shown) * (1 + 1e-9) + Math.abs(n) * 10 ** scale * 1e-14) return undefined;
  return roundDecimal(displayed, decimals);
}

/** Text of an amount written as text ("1,845.57", "１２３", "1845"), without grouping, at `decimals` places; undefined if it is none. */
export function amountOfText(text: string, decimals: number): string | undefined {
  const t = text
    .replace(/[\uff10-\uff19\uff0c\uff0e\uff0d\u2212]/g, (c) => (c === '\u2212' ? '-' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)))
    .replace(/\s+/g, '');
  if (!/^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.test(t)) return undefined;
  return roundDecimal(t.replace(/,/g, ''), decimals);
}

/** Printed "no value" marks, read as blank cells. */
export const NO_VALUE = /^([-－—–/／]+|——)$/;

/** The text of a cell value of any kind exceljs returns. */
export function valueText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if ('richText' in v) return v.richText.map((r) => r.text).join('');
  if ('result' in v) return valueText(v.result as CellValue);
  if ('text' in v && typeof v.text === 'string') return v.text;
  if ('error' in v) return String(v.error);
  return '';
}

/** The number a cell value holds (directly or as a formula's cached result). */
export function valueNumber(v: CellValue | undefined): number | undefined {
  if (typeof v === 'number') return v;
  if (v && typeof v === 'object' && 'result' in v && typeof v.result === 'number') return v.result;
  return undefined;
}
