// `yusuan rules`: the rule catalogue as Markdown (the source of docs/rules.md) or JSON.
import { catalogue, catalogueMarkdown } from '../rules/catalogue.ts';
import { RULES } from '../rules/registry.ts';
import { CliError } from './cli-error.ts';
import type { CommandResult } from './main.ts';

export function rulesCommand(options: { format?: string }): CommandResult {
  const format = options.format ?? 'md';
  if (format === 'json') return { stdout: JSON.stringify(catalogue(RULES), null, 2) };
  if (format === 'md') return { stdout: catalogueMarkdown(RULES) };
  throw new CliError(`--format 只能是 md|json (unknown format "${format}")`);
}
