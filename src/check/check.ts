// Checking a document: run every applicable rule and build the report.
import { buildReport, type Lang, type Report } from '../rules/report.ts';
import { RULES } from '../rules/registry.ts';
import { runRules } from '../rules/run.ts';
import type { Rule } from '../rules/types.ts';
import type { CheckDocument } from './document.ts';
import { withFiles } from './finding-files.ts';

export function checkDocument(doc: CheckDocument, options: { lang?: Lang; rules?: readonly Rule[] } = {}): Report {
  const run = runRules(doc, options.rules ?? RULES);
  return buildReport(doc, { ...run, findings: withFiles(doc, run.findings) }, options.lang);
}
