// The indicator grid of a performance goal table as the Xinjiang goal tables print it: 一级指标 | 二级指标 |
// 三级指标 | 指标值 | 指标值设置依据 | 上年完成值 | 分值权重 | 指标赋分规则 | 佐证资料, a target as "≥2.30万人".
// Shared by the document writers.
import type { Indicator } from '../model/performance.ts';

export const GOAL_COLUMNS = ['一级指标', '二级指标', '三级指标', '指标值', '指标值设置依据', '上年完成值', '分值权重', '指标赋分规则', '佐证资料'] as const;

/** An indicator's target as printed: operator, value and unit ("≥2.30万人"), else its words. */
export function targetText(i: Indicator): string {
  const t = i.target;
  if (!('op' in t)) return t.text;
  const op = { '>=': '≥', '<=': '≤', '=': '=', '>': '>', '<': '<' }[t.op];
  return `${op}${t.value}${t.unit}`;
}

/** One row of cells per indicator, in GOAL_COLUMNS order ("/" where nothing is printed). */
export function indicatorCells(i: Indicator): string[] {
  return [i.level1, i.level2, i.name, targetText(i), i.basis, i.prior ?? '/', i.weight, i.scoring ?? '/', i.evidence ?? '/'];
}

/** How many rows from `index` down share the same value in column `col` (for merged 一级/二级 cells); 0 inside a run. */
export function runLength(rows: readonly string[][], index: number, col: number): number {
  const key = (r: readonly string[]) => r.slice(0, col + 1).join('\u0000');
  if (index > 0 && key(rows[index - 1]!) === key(rows[index]!)) return 0;
  let n = 1;
  while (index + n < rows.length && key(rows[index + n]!) === key(rows[index]!)) n++;
  return n;
}
