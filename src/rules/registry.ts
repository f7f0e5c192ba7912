// Every rule yusuan knows, family by family.
import { performanceRules } from './performance.ts';
import { statementRules } from './statements.ts';
import { tableSumRules } from './table-sums.ts';
import type { Rule } from './types.ts';

export const RULES: readonly Rule[] = [...tableSumRules, ...performanceRules, ...statementRules];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
