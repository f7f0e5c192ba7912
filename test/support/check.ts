// Check documents for rule tests: the reference sample with the seed's narrative, and ways to break it.
import type { CheckDocument } from '../../src/check/document.ts';
import { documentFromDisclosure } from '../../src/check/from-disclosure.ts';
import { runRules } from '../../src/rules/run.ts';
import type { Finding, Rule, RuleResult } from '../../src/rules/types.ts';
import type { TableKey } from '../../src/tables/table-model.ts';
import { loadSample, SAMPLE_PATH, seedText } from './reference.ts';

let narrative: string | undefined;
/** The seed's narrative: 第三部分 to the end (goal tables, notes and glossary included). */
export function seedNarrative(): string {
  if (narrative === undefined) {
    const seed = seedText();
    narrative = seed.slice(seed.indexOf('第三部分'));
  }
  return narrative;
}

/** The reference document as the checks see it: the sample's tables and data, the seed's narrative. */
export function referenceDocument(options: { narrative?: boolean } = {}): CheckDocument {
  return documentFromDisclosure(loadSample(), {
    path: SAMPLE_PATH,
    ...(options.narrative === false ? {} : { narrativeText: seedNarrative() }),
  });
}

/**
 * The reference under Shanghai's 9-table template: the same data and narrative, its tables in 元 (the 三公
 * table in 万元) while the narrative speaks 万元 — every figure the narrative repeats is a conversion.
 */
export function shanghaiDocument(options: { narrative?: boolean } = {}): CheckDocument {
  const sample = loadSample();
  return documentFromDisclosure(
    { ...sample, meta: { ...sample.meta, template: 'shanghai-9' } },
    { path: SAMPLE_PATH, ...(options.narrative === false ? {} : { narrativeText: seedNarrative() }) },
  );
}

/** A copy of the document with one printed cell replaced. */
export function withCell(doc: CheckDocument, key: TableKey, row: string, column: number, value: string): CheckDocument {
  const copy = structuredClone(doc);
  const table = copy.tables.find((t) => t.key === key)!;
  const target = table.rows.find((r) => r.code === row || r.name === row);
  if (!target) throw new Error(`no row ${row} in ${key}`);
  target.values[column] = value;
  return copy;
}

/** A copy of the document with text replaced in the narrative sentence that contains it. */
export function withSentence(doc: CheckDocument, find: string, replace: string): CheckDocument {
  const copy = structuredClone(doc);
  const sentence = copy.narrative?.find((s) => s.text.includes(find));
  if (!sentence) throw new Error(`no sentence contains ${find}`);
  sentence.text = sentence.text.replace(find, replace);
  return copy;
}

export function runOne(rule: Rule, doc: CheckDocument): { result: RuleResult; findings: Finding[] } {
  const run = runRules(doc, [rule]);
  return { result: run.results[0]!, findings: run.findings };
}

export const errorsOf = (findings: readonly Finding[]) => findings.filter((f) => f.severity === 'error');
