// The must-show mutation test of the narrative: every amount and percentage stated in 第三部分 up to the goal
// tables, changed by +1 (1.00 for figures with decimals), must produce an error pointing at that sentence.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { narrativeRules } from '../../src/rules/narrative.ts';
import { runRules } from '../../src/rules/run.ts';
import { referenceDocument } from '../support/check.ts';

const doc = referenceDocument();
const sentences = doc.narrative!;
/** The goal tables start here; the mutation covers the sentences before them. */
const end = sentences.findIndex((s) => /绩效目标表[（(]|一级指标/.test(s.text));

/** "1,845.57" → "1,846.57", "139.8" → "140.8", "26" → "27". */
function bump(text: string): string {
  const [int, frac] = text.replaceAll(',', '').split('.');
  const next = String(BigInt(int!) + 1n);
  const grouped = text.includes(',') ? next.replace(/\B(?=(\d{3})+$)/g, ',') : next;
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

interface Mutant {
  at: number;
  number: string;
  mutated: string;
}

const mutants: Mutant[] = [];
for (let at = 0; at < end; at++) {
  const text = sentences[at]!.text;
  for (const m of text.matchAll(/(\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?=\s*(万万元|万元|%))/g)) {
    if (/[\d.,]$/.test(text.slice(0, m.index))) continue;
    mutants.push({ at, number: m[0], mutated: text.slice(0, m.index) + bump(m[0]) + text.slice(m.index + m[0].length) });
  }
}

/** None expected: the value bands of large equipment ("50万元以上") are held to the 50/100 万元 the data records. */
const EXPECTED_MISSES: readonly string[] = [];

test(`narrative mutation: each of ${mutants.length} stated amounts and percentages, changed, is an error at its sentence`, () => {
  const missed: string[] = [];
  for (const m of mutants) {
    const copy = structuredClone(doc);
    copy.narrative![m.at]!.text = m.mutated;
    const { findings } = runRules(copy, narrativeRules);
    const hit = findings.some((f) => f.severity === 'error' && f.location.text === m.mutated);
    if (!hit) missed.push(`[${m.at}] ${m.number} in ${sentences[m.at]!.text.slice(0, 60)}`);
  }
  console.log(`narrative mutants: ${mutants.length - missed.length} of ${mutants.length} caught`);
  assert.deepEqual(missed, EXPECTED_MISSES);
});
