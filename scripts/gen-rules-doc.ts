// Writes docs/rules.md from the rule registry.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { catalogueMarkdown } from '../src/rules/catalogue.ts';
import { RULES } from '../src/rules/registry.ts';

const target = fileURLToPath(new URL('../docs/rules.md', import.meta.url));
writeFileSync(target, `${catalogueMarkdown(RULES)}\n`);
console.log(`docs/rules.md: ${RULES.length} rules`);
