// The check report: the stable JSON contract other tools read, and its summary counts.
import type { CheckDocument } from '../check/document.ts';
import { tableToJson } from '../tables/table-model.ts';
import type { RunResult } from './run.ts';
import type { Finding, RuleResult } from './types.ts';

export type Lang = 'zh' | 'en';

export interface Report {
  document: {
    path: string; title: string; body: string; year: number; stage: string; scope: string; template: string; unit: string; pages: number | null;
    /** The files of a document checked as several (`--together`), each with its pages. */
    files?: { path: string; pages: number | null }[];
  };
  /** The tables checked (the table JSON contract), with the page and the reading notes where known. */
  tables: (object & { number: number; notes?: string[] })[];
  findings: (Omit<Finding, 'message'> & { message: string })[];
  rules: RuleResult[];
  summary: {
    errors: number;
    warnings: number;
    info: number;
    rules_run: number;
    rules_failed: number;
    rules_not_applicable: number;
    rules_unchecked: number;
  };
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Findings are listed by table (in table order), then those about the narrative, then the rest. */
export function groupOrder(f: Pick<Finding, 'location'>): number {
  if (f.location.text !== undefined) return 1000;
  return f.location.table ?? 2000;
}

export function buildReport(doc: CheckDocument, run: RunResult, lang: Lang = 'zh'): Report {
  const m = doc.meta;
  const findings = [...run.findings]
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || groupOrder(a) - groupOrder(b))
    .map((f) => ({ ...f, message: f.message[lang] }));
  const count = (status: RuleResult['status']) => run.results.filter((r) => r.status === status).length;
  return {
    document: {
      path: m.path, title: m.title, body: m.body, year: m.year, stage: m.stage, scope: m.scope, template: m.template, unit: m.unit, pages: m.pages ?? null,
      ...(m.files ? { files: m.files.map((f) => ({ path: f.path, pages: f.pages ?? null })) } : {}),
    },
    tables: doc.tables.map((t) => ({
      ...tableToJson(t),
      number: t.number,
      ...(t.file !== undefined ? { file: t.file } : {}),
      ...(t.page !== undefined ? { page: t.page } : {}),
      ...(t.notes?.length ? { notes: t.notes } : {}),
    })),
    findings,
    rules: run.results,
    summary: {
      errors: findings.filter((f) => f.severity === 'error').length,
      warnings: findings.filter((f) => f.severity === 'warning').length,
      info: findings.filter((f) => f.severity === 'info').length,
      rules_run: count('pass') + count('fail'),
      rules_failed: count('fail'),
      rules_not_applicable: count('not_applicable'),
      rules_unchecked: count('unchecked'),
    },
  };
}
