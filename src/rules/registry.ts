// Every rule yusuan knows, family by family.
import { crossTableRules } from './cross-table.ts';
import { tableSumRules } from './table-sums.ts';
import type { Rule } from './types.ts';

export const RULES: readonly Rule[] = [...tableSumRules, ...crossTableRules];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
