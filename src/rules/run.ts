// Runs rules on a document: every rule ends as pass, fail, not applicable or unchecked — never skipped.
import type { CheckDocument } from '../check/document.ts';
import type { Finding, Rule, RuleContext, RuleResult } from './types.ts';

class RuleEnd extends Error {
  constructor(
    readonly status: 'not_applicable' | 'unchecked',
    readonly reason: string,
  ) {
    super(reason);
  }
}

export interface RunResult {
  findings: Finding[];
  results: RuleResult[];
}

export function runRules(doc: CheckDocument, rules: readonly Rule[]): RunResult {
  const findings: Finding[] = [];
  const results: RuleResult[] = [];
  for (const rule of rules) {
    if (rule.templates && !rule.templates.includes(doc.meta.template)) {
      results.push({ id: rule.id, status: 'not_applicable', reason: `模板 ${doc.meta.template} 不适用 (not for this template)` });
      continue;
    }
    if (rule.stages && !rule.stages.includes(doc.meta.stage)) {
      results.push({ id: rule.id, status: 'not_applicable', reason: `${doc.meta.stage} 不适用 (not for this stage)` });
      continue;
    }
    const own: Finding[] = [];
    const ctx: RuleContext = {
      doc,
      report: (f) => own.push({ ...f, rule: rule.id, severity: f.severity ?? rule.severity }),
      notApplicable: (reason) => {
        throw new RuleEnd('not_applicable', reason);
      },
      unchecked: (reason) => {
        throw new RuleEnd('unchecked', reason);
      },
    };
    try {
      rule.check(ctx);
      findings.push(...own);
      results.push({ id: rule.id, status: own.some((f) => f.severity !== 'info') ? 'fail' : 'pass' });
    } catch (err) {
      findings.push(...own);
      if (err instanceof RuleEnd) results.push({ id: rule.id, status: err.status, reason: err.reason });
      // A defect of the rule must not hide the other rules' results: it is reported as unchecked.
      else results.push({ id: rule.id, status: 'unchecked', reason: `内部错误 (rule failed): ${(err as Error)?.message ?? String(err)}` });
    }
  }
  return { findings, results };
}
