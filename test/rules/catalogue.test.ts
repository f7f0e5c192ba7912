// The rule catalogue: unique ids, complete metadata, and docs/rules.md generated from it.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { catalogueMarkdown } from '../../src/rules/catalogue.ts';
import { RULES } from '../../src/rules/registry.ts';
import { FAMILIES } from '../../src/rules/types.ts';

test('rule ids are unique, upper-kebab, with titles in both languages and a known family', () => {
  const ids = RULES.map((r) => r.id);
  assert.equal(new Set(ids).size, ids.length, 'unique ids');
  for (const r of RULES) {
    assert.match(r.id, /^[A-Z]+(-[A-Z0-9]+)+$/, r.id);
    assert.ok(r.title.zh && r.title.en, `${r.id} titles`);
    assert.ok(r.family in FAMILIES, `${r.id} family`);
  }
});

test('docs/rules.md is the generated catalogue (run `npm run docs:rules` after changing rules)', () => {
  const doc = readFileSync(new URL('../../docs/rules.md', import.meta.url), 'utf8');
  assert.equal(doc, `${catalogueMarkdown(RULES)}\n`);
});

test('every rule is exercised by name in the tests of its family', () => {
  const dir = new URL('./', import.meta.url);
  const texts = readdirSync(dir).filter((f) => f.endsWith('.test.ts')).map((f) => readFileSync(new URL(f, dir), 'utf8')).join('\n');
  const unnamed = RULES.map((r) => r.id).filter((id) => !texts.includes(`'${id}'`) && !texts.includes(`"${id}"`) && !texts.includes(`${id}:`));
  assert.deepEqual(unnamed, []);
});
