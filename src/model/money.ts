// Money: integer 分 (fen), never a float.
// Decimal text is parsed digit by digit into BigInt; rounding for display (元/万元/亿元)
// and percentages is exact half-away-from-zero on rationals, as official tables round.
// Every Fen is a safe integer; anything beyond Number.MAX_SAFE_INTEGER is a MoneyError.

/** Integer number of fen, |x| <= Number.MAX_SAFE_INTEGER. */
export type Fen = number;
export type MoneyUnit = '元' | '万元' | '亿元';

export const FEN_PER_UNIT: Record<MoneyUnit, bigint> = {
  元: 100n,
  万元: 1_000_000n,
  亿元: 10_000_000_000n,
};

/** Decimal places that are still whole fen in each unit. */
const FEN_DIGITS: Record<MoneyUnit, number> = { 元: 2, 万元: 6, 亿元: 10 };

const MAX = BigInt(Number.MAX_SAFE_INTEGER);

export class MoneyError extends Error {
  readonly input: string;
  constructor(input: string, zh: string, en: string) {
    super(`${zh} "${input}" (${en})`);
    this.name = 'MoneyError';
    this.input = input;
  }
}

const notAmount = (input: string) => new MoneyError(input, '无法识别的金额', 'not an amount');
const tooLarge = (input: string) =>
  new MoneyError(input, '金额过大', 'amount too large: beyond Number.MAX_SAFE_INTEGER fen');

/** BigInt → Fen, rejecting anything outside the safe-integer range. */
function toFen(value: bigint, input: string): Fen {
  if (value > MAX || value < -MAX) throw tooLarge(input);
  return Number(value);
}

/** Fen → BigInt, rejecting non-integers, NaN and unsafe numbers. */
function big(fen: Fen): bigint {
  if (!Number.isSafeInteger(fen)) throw new MoneyError(String(fen), '不是有效的分值', 'not a safe integer number of fen');
  return BigInt(fen);
}

function pow10(decimals: number): bigint {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 20) {
    throw new RangeError(`decimals must be an integer 0..20, got ${decimals}`);
  }
  return 10n ** BigInt(decimals);
}

/** n / d rounded half away from zero (d !== 0n). */
function divRound(n: bigint, d: bigint): bigint {
  const negative = n < 0n !== d < 0n;
  const a = n < 0n ? -n : n;
  const b = d < 0n ? -d : d;
  const q = (2n * a + b) / (2n * b);
  return negative ? -q : q;
}

/** Writes scaled integer v as a decimal with `decimals` places; never "-0.00". */
function formatScaled(v: bigint, decimals: number, grouping: boolean): string {
  const digits = (v < 0n ? -v : v).toString().padStart(decimals + 1, '0');
  let int = digits.slice(0, digits.length - decimals);
  const frac = digits.slice(digits.length - decimals);
  if (grouping) int = int.replace(/\B(?=(\d{3})+$)/g, ',');
  return (v < 0n ? '-' : '') + int + (decimals > 0 ? '.' + frac : '');
}

const NO_VALUE = new Set(['', '-', '—', '——', '/']);
const UNIT_SUFFIX = /^(.*?)\s*(亿元|万元|元)$/;
const NUMBER = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/;

/** Full-width ASCII (U+FF01..FF5E) and U+3000 to ASCII; U+2212 minus to '-'. */
function normalize(text: string): string {
  return text.replace(/[\uFF01-\uFF5E\u3000\u2212]/g, (c) => {
    if (c === '\u3000') return ' ';
    if (c === '\u2212') return '-';
    return String.fromCharCode(c.charCodeAt(0) - 0xfee0);
  });
}

/**
 * Parses an amount as printed in a table. `unit` is the unit of a bare number (default 元);
 * a suffix 元/万元/亿元 in the text overrides it. Returns null for "no value" cells
 * (blank, "-", "－", "—", "——", "/"). Throws MoneyError on malformed text, on more decimal
 * places than whole fen in the unit (元 2, 万元 6, 亿元 10), and on amounts beyond safe integers.
 */
export function parseFen(text: string, unit: MoneyUnit = '元'): Fen | null {
  let s = normalize(text).trim();
  if (NO_VALUE.has(s)) return null;

  let u: MoneyUnit | undefined;
  const takeUnit = () => {
    const m = UNIT_SUFFIX.exec(s);
    if (m) {
      s = m[1] ?? '';
      u = m[2] as MoneyUnit;
    }
  };
  takeUnit();
  let negative = false;
  const paren = /^\((.*)\)$/.exec(s);
  if (paren) {
    negative = true;
    s = (paren[1] ?? '').trim();
    if (u === undefined) takeUnit(); // "(12.30万元)"
  }
  const sign = /^[+-]/.exec(s);
  if (sign) {
    if (paren) throw notAmount(text); // "(-12)" is ambiguous
    negative = sign[0] === '-';
    s = s.slice(1);
  }
  const m = NUMBER.exec(s);
  if (!m) throw notAmount(text);

  const finalUnit = u ?? unit;
  const frac = m[2] ?? '';
  if (frac.length > FEN_DIGITS[finalUnit]) {
    throw new MoneyError(text, '金额精度小于分', `more decimal places than whole fen in ${finalUnit}`);
  }
  const scaled = BigInt((m[1] ?? '').replaceAll(',', '') + frac);
  const fen = (scaled * FEN_PER_UNIT[finalUnit]) / pow10(frac.length); // exact: frac fits in fen
  return toFen(negative ? -fen : fen, text);
}

/** The displayed figure in units of 10^-decimals of `unit`, rounded half away from zero. */
function scaledInUnit(fen: Fen, unit: MoneyUnit, decimals: number): bigint {
  return divRound(big(fen) * pow10(decimals), FEN_PER_UNIT[unit]);
}

/** Formats as an official table cell: half away from zero, default 2 decimals and grouping ("1,845.57"). */
export function formatAmount(
  fen: Fen,
  unit: MoneyUnit,
  opts: { decimals?: number; grouping?: boolean } = {},
): string {
  const decimals = opts.decimals ?? 2;
  return formatScaled(scaledInUnit(fen, unit, decimals), decimals, opts.grouping ?? true);
}

/** The exact fen value of the figure formatAmount would display. */
export function roundToUnit(fen: Fen, unit: MoneyUnit, decimals = 2): Fen {
  const shown = scaledInUnit(fen, unit, decimals) * FEN_PER_UNIT[unit];
  return toFen(shown / pow10(decimals), String(fen)); // exact whenever decimals >= 0
}

/**
 * Half of the last displayed digit, in fen (万元 with 2 decimals => 5000): the most a displayed
 * figure can differ from the exact one. Where that is a fraction of a fen (元 with 2+ decimals,
 * i.e. the display is exact) it is floored, which is the same bound for integer fen differences.
 */
export function halfUnitFen(unit: MoneyUnit, decimals = 2): Fen {
  return Number(FEN_PER_UNIT[unit] / pow10(decimals) / 2n);
}

/** Canonical lossless JSON form in 元 with exactly 2 decimals: "1845570.00", "-12.30", "0.00". */
export function fenToYuanString(fen: Fen): string {
  return formatScaled(big(fen), 2, false);
}

const YUAN_STRING = /^(-?)(0|[1-9]\d*)(?:\.(\d{1,2}))?$/;

/** Strict inverse of fenToYuanString; also accepts plain decimals with <= 2 places ("12", "12.3", "-0.05"). */
export function yuanStringToFen(text: string): Fen {
  const m = YUAN_STRING.exec(text);
  if (!m) throw notAmount(text);
  const fen = BigInt((m[2] ?? '') + (m[3] ?? '').padEnd(2, '0'));
  return toFen(m[1] === '-' ? -fen : fen, text);
}

/** Exact sum; throws MoneyError if an input or the total is not a safe integer. */
export function sumFen(values: readonly Fen[]): Fen {
  let total = 0n;
  for (const v of values) total += big(v);
  return toFen(total, `sum of ${values.length} values = ${total}`);
}

/** a − b, throwing MoneyError beyond the safe range instead of losing precision. */
export function subFen(a: Fen, b: Fen): Fen {
  const diff = big(a) - big(b);
  return toFen(diff, `${a} - ${b} = ${diff}`);
}

/** part/whole as a percentage, exact half away from zero: "93.93", "-48.96"; null when whole is 0. */
export function percent(part: Fen, whole: Fen, decimals = 2): string | null {
  if (big(whole) === 0n) return null;
  const scaled = divRound(big(part) * 100n * pow10(decimals), big(whole));
  return formatScaled(scaled, decimals, false);
}
