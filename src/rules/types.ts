// Rules, findings and outcomes: the vocabulary of the check engine.
import type { CheckDocument } from '../check/document.ts';
import type { TableKey } from '../tables/table-model.ts';

export type Severity = 'error' | 'warning' | 'info';

export const FAMILIES = {
  'table-sums': { zh: '表内勾稽', en: 'Sums inside a table' },
  'cross-table': { zh: '表间勾稽', en: 'Identities across tables' },
  narrative: { zh: '说明与表格', en: 'Narrative against tables' },
  completeness: { zh: '完整性', en: 'Completeness' },
  classification: { zh: '科目', en: 'Classification' },
  performance: { zh: '绩效目标', en: 'Performance goals' },
  statements: { zh: '其他事项', en: 'Other statements' },
  hygiene: { zh: '文字规范', en: 'Text hygiene' },
} as const;
export type Family = keyof typeof FAMILIES;

/** Where a finding points: as much of it as is known. */
export interface Location {
  /** The file, when the document is several files (its page is of that file). */
  file?: string;
  page?: number;
  /** Table number as printed. */
  table?: number;
  key?: TableKey;
  /** Row: code and name as printed ("208 01 社会保障和就业支出"). */
  row?: string;
  /** Column label as printed. */
  column?: string;
  /** The sentence of the narrative (or the text) the finding is about. */
  text?: string;
}

export interface Finding {
  rule: string;
  severity: Severity;
  message: { zh: string; en: string };
  location: Location;
  /** Figures as printed in the document's unit ("1,691.95"). */
  expected?: string;
  actual?: string;
  difference?: string;
}

export type RuleStatus = 'pass' | 'fail' | 'not_applicable' | 'unchecked';

/** What a rule reports while it checks one document. */
export interface RuleContext {
  readonly doc: CheckDocument;
  /** Adds a finding at the rule's severity unless another is given (rounding differences are info). */
  report(finding: Omit<Finding, 'rule' | 'severity'> & { severity?: Severity }): void;
  /** The rule does not apply to this document (template, stage, body); ends the rule. */
  notApplicable(reason: string): never;
  /** The data the rule needs is missing; ends the rule. */
  unchecked(reason: string): never;
}

export interface Rule {
  /** Stable id: FAMILY-THING ("SUM-LEVELS", "X-BASIC-ECON", "TXT-CHANGE"). */
  id: string;
  family: Family;
  severity: Severity;
  /** What the rule checks, in Chinese and English. */
  title: { zh: string; en: string };
  /** Template ids it applies to; absent = any template, including unknown ones. */
  templates?: readonly string[];
  /** Stages it applies to; absent = both. */
  stages?: readonly ('budget' | 'final')[];
  check(ctx: RuleContext): void;
}

export interface RuleResult {
  id: string;
  status: RuleStatus;
  /** Why a rule was not applicable or could not check. */
  reason?: string;
}
