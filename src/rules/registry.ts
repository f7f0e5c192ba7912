// Every rule yusuan knows, family by family.
import { narrativeRules } from './narrative.ts';
import { tableSumRules } from './table-sums.ts';
import type { Rule } from './types.ts';

export const RULES: readonly Rule[] = [...tableSumRules, ...narrativeRules];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
