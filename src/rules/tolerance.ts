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

/** How a figure is printed: its unit and decimals (two by default). */
export interface Precision {
  unit: MoneyUnit;
  decimals?: number;
}

/**
 * What rounding explains between one figure printed twice (in the narrative and a table, or in two tables):
 * nothing at the same precision — it must be printed identically — else half of the coarser one's last digit
 * (a table in 元 repeated in a narrative in 万元: 0.005 万元).
 */
export function repeatedFigureBound(a: Precision, b: Precision): Fen {
  const step = (p: Precision) => FEN_PER_UNIT[p.unit] / 10n ** BigInt(p.decimals ?? 2);
  const [sa, sb] = [step(a), step(b)];
  return sa === sb ? 0 : Number((sa > sb ? sa : sb) / 2n);
}

/**
 * A figure in a unit for messages and findings: `decimals` decimals ("1,691.95"), more when the amount has
 * them (a table in 元 read in 万元: "1,259.2698"), so that no difference is shown as 0.00.
 */
export function shown(fen: Fen, unit: MoneyUnit, decimals = 2): string {
  const exact = String(FEN_PER_UNIT[unit]).length - 1; // decimals of one fen in the unit
  if (exact <= decimals) return formatAmount(fen, unit, { decimals });
  const full = formatAmount(fen, unit, { decimals: exact });
  return full.slice(0, full.length - exact + decimals) + full.slice(full.length - exact + decimals).replace(/0+$/, '');
}
