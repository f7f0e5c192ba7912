// Comparing printed figures exactly as far as rounding allows. Each printed figure is rounded half-up from
// an exact amount, so a printed total and the sum of its n printed addends may differ by up to n half-units
// of the display unit (尾差); a figure converted to a coarser unit may differ by half a unit of that unit.
// Anything beyond is an error, however small.
import { FEN_PER_UNIT, formatAmount, type Fen, type MoneyUnit } from '../model/money.ts';

/** Half of the last printed digit, in fen (万元 with 2 decimals: 0.005 万元 = 5,000 fen). */
export function halfUnit(unit: MoneyUnit, decimals = 2): Fen {
  return Number(FEN_PER_UNIT[unit] / 10n ** BigInt(decimals) / 2n);
}

/** What rounding can explain between a printed total and the sum of n printed addends: n half-units. */
export function sumBound(addends: number, unit: MoneyUnit, decimals = 2): Fen {
  return addends <= 1 ? 0 : addends * halfUnit(unit, decimals);
}

export interface Comparison {
  /** 'equal', 'rounding' (within the bound: 尾差), or 'mismatch'. */
  verdict: 'equal' | 'rounding' | 'mismatch';
  /** actual − expected */
  difference: Fen;
  bound: Fen;
}

export function compareFigures(expected: Fen, actual: Fen, bound: Fen): Comparison {
  const difference = actual - expected;
  const verdict = difference === 0 ? 'equal' : Math.abs(difference) <= bound ? 'rounding' : 'mismatch';
  return { verdict, difference, bound };
}

/** A figure as printed in a unit ("1,691.95"), for messages and findings. */
export const shown = (fen: Fen, unit: MoneyUnit, decimals = 2): string => formatAmount(fen, unit, { decimals });
