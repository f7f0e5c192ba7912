// Every rule yusuan knows, family by family.
import { classificationRules } from './classification.ts';
import { completenessRules } from './completeness.ts';
import { crossTableRules } from './cross-table.ts';
import { hygieneRules } from './hygiene.ts';
import { narrativeRules } from './narrative.ts';
import { performanceRules } from './performance.ts';
import { statementRules } from './statements.ts';
import { tableSumRules } from './table-sums.ts';
import type { Rule } from './types.ts';

export const RULES: readonly Rule[] = [
  ...tableSumRules,
  ...crossTableRules,
  ...narrativeRules,
  ...completenessRules,
  ...classificationRules,
  ...performanceRules,
  ...statementRules,
  ...hygieneRules,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
