// Percentages of printed figures as integers (no floats): a ratio rounded half-up to the decimals printed,
// and the range of such percentages that rounding of the figures behind them can explain.
import type { Fen } from '../model/money.ts';

const abs = (x: bigint) => (x < 0n ? -x : x);

/** |part| / |whole| × 100, half-up to `decimals`, scaled by 10^decimals ("15.28%" → 1528n); whole ≠ 0. */
export function pctScaled(part: Fen, whole: Fen, decimals: number): bigint {
  const n = abs(BigInt(part)) * 100n * 10n ** BigInt(decimals);
  const d = abs(BigInt(whole));
  return (2n * n + d) / (2n * d);
}

/** A scaled percentage as printed ("15.28"). */
export function shownPct(scaled: bigint, decimals: number): string {
  const digits = abs(scaled).toString().padStart(decimals + 1, '0');
  return `${scaled < 0n ? '-' : ''}${decimals ? `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}` : digits}`;
}

/**
 * The percentages part/whole can print when each figure may be off by its rounding (`partSlack`,
 * `wholeSlack` in fen): [lowest, highest], scaled as pctScaled.
 */
export function pctRange(part: Fen, whole: Fen, partSlack: Fen, wholeSlack: Fen, decimals: number): [bigint, bigint] {
  const p = Math.abs(part);
  const w = Math.abs(whole);
  const lo = pctScaled(Math.max(0, p - partSlack), w + wholeSlack, decimals);
  const hi = w - wholeSlack > 0 ? pctScaled(p + partSlack, w - wholeSlack, decimals) : lo;
  return [lo, hi];
}

export type PercentVerdict = 'equal' | 'rounding' | 'mismatch';

export function percentVerdict(stated: bigint, exact: bigint, range: readonly [bigint, bigint]): PercentVerdict {
  if (stated === exact) return 'equal';
  return stated >= range[0] && stated <= range[1] ? 'rounding' : 'mismatch';
}
