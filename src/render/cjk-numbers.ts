// Chinese ordinals as documents number their headings and lists: 一、二 … 十一 … 九十九.
const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 99 → 九十九; beyond 99, Arabic digits. */
export function cjkNumber(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n);
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones ? DIGITS[ones] : ''}`;
}

/** The printed marker of item i (0-based) of a list numbered "(一)": "(一)", "(二)" … */
export const parenMarker = (i: number) => `(${cjkNumber(i + 1)})`;
