// yusuan command line: thin wrappers around the domain functions.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { PDF_LIMIT_OPTIONS } from './pdf-limit-options.ts';
import { CatalogImportError, namesForDisclosure } from '../catalog/index.ts';
import { IngestError } from '../ingest/ingest-error.ts';
import { TextReadError } from '../ingest/text/ingest-error.ts';
import { DisclosureError, readDisclosureFile } from '../model/io.ts';
import { MoneyError } from '../model/money.ts';
import { buildTables } from '../tables/build.ts';
import { TemplateError } from '../templates/template-error.ts';
import { buildCommand } from './build-command.ts';
import { catalogCommand } from './catalog-command.ts';
import { checkCommand } from './check-command.ts';
import { parseCommand } from './parse-command.ts';
import { rulesCommand } from './rules-command.ts';
import { CliError } from './cli-error.ts';
import { tablesCommand } from './tables-command.ts';
import { USAGE } from './usage.ts';

/** What a command prints, where, and the exit code. */
export interface CommandResult {
  stdout: string;
  stderr?: string;
  exitCode?: number;
}

type Options = NonNullable<ParseArgsConfig['options']>;
/** Each command: how many positional arguments ([min, max]) and which options it takes. */
const COMMANDS: Record<string, { args: [number, number]; what: string; options: Options }> = {
  tables: { args: [1, 1], what: '一个披露数据文件 (one disclosure file)', options: { table: { type: 'string' }, format: { type: 'string' } } },
  validate: { args: [1, 1], what: '一个披露数据文件 (one disclosure file)', options: {} },
  check: {
    args: [1, Infinity],
    what: '至少一个披露数据文件或提取文本 (one or more disclosure files or extracted texts)',
    options: { format: { type: 'string' }, lang: { type: 'string' }, narrative: { type: 'string' }, together: { type: 'boolean' }, ...PDF_LIMIT_OPTIONS },
  },
  build: {
    args: [1, 1],
    what: '一个披露数据文件 (one disclosure file)',
    options: { out: { type: 'string' }, formats: { type: 'string' }, draft: { type: 'boolean' } },
  },
  rules: { args: [0, 0], what: '没有参数 (no arguments)', options: { format: { type: 'string' } } },
  catalog: { args: [1, 1], what: '一个科目编码 (one code)', options: { name: { type: 'string' }, year: { type: 'string' }, file: { type: 'string' } } },
  parse: {
    args: [1, Infinity],
    what: '至少一个已公开文件 (one or more published files: .pdf, .txt, .xlsx)',
    options: { format: { type: 'string' }, layer: { type: 'boolean' }, ...PDF_LIMIT_OPTIONS },
  },
};

async function run(argv: string[]): Promise<CommandResult> {
  const [command] = argv;
  if (!command || command === 'help' || command === '--help' || command === '-h') return { stdout: USAGE };
  const spec = COMMANDS[command];
  if (!spec) throw new CliError(`未知命令 "${command}" (unknown command)\n\n${USAGE}`);
  const { positionals, values } = parseArgs({ args: argv.slice(1), allowPositionals: true, options: spec.options });
  if (positionals.length < spec.args[0] || positionals.length > spec.args[1]) {
    throw new CliError(`${command}: 需要${spec.what}，收到 ${positionals.length} 个参数 (got ${positionals.length} arguments)\n\n${USAGE}`);
  }
  const arg = positionals[0] ?? '';
  const options = values as Record<string, string | undefined>;
  switch (command) {
    case 'tables':
      return tablesCommand(arg, options);
    case 'catalog':
      return catalogCommand(arg, options);
    case 'check':
      return checkCommand(positionals, { ...options, together: (values as { together?: boolean }).together === true });
    case 'rules':
      return rulesCommand(options);
    case 'build':
      return buildCommand(arg, { ...options, draft: (values as { draft?: boolean }).draft === true });
    case 'parse':
      return parseCommand(positionals, { ...options, layer: (values as { layer?: boolean }).layer === true });
    default: {
      const d = await readDisclosureFile(arg);
      buildTables(d, { names: namesForDisclosure(d) }); // valid means its tables can be printed
      const stage = d.meta.stage === 'budget' ? '预算' : '决算';
      return { stdout: `${arg}: 有效 (valid) — ${d.meta.body.name} ${d.meta.year} ${stage}, ${d.lineItems.length} 条支出明细` };
    }
  }
}

const KNOWN_ERRORS = [CliError, DisclosureError, CatalogImportError, TemplateError, MoneyError, IngestError, TextReadError];

try {
  const result = await run(process.argv.slice(2));
  if (result.stderr) process.stderr.write(`${result.stderr}\n`);
  process.stdout.write(`${result.stdout}\n`);
  process.exitCode = result.exitCode ?? 0;
} catch (err) {
  if (KNOWN_ERRORS.some((type) => err instanceof type)) {
    process.stderr.write(`${(err as Error).message}\n`);
    // An input that cannot be read: 2, as `check` documents; a CliError carries its own code.
    process.exitCode = err instanceof CliError ? err.exitCode : err instanceof IngestError || err instanceof TextReadError ? 2 : 1;
  } else if (err instanceof TypeError && 'code' in err && String(err.code).startsWith('ERR_PARSE_ARGS')) {
    process.stderr.write(`${err.message}\n\n${USAGE}`);
    process.exitCode = 2;
  } else {
    // A defect of yusuan, not of the input: one line for the user, the stack only when asked for.
    process.stderr.write(`内部错误 (internal error): ${(err as Error)?.message ?? String(err)}\n`);
    if (process.env.YUSUAN_DEBUG) process.stderr.write(`${(err as Error)?.stack ?? ''}\n`);
    process.exitCode = 70;
  }
}
