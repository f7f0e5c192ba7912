// yusuan command line: thin wrappers around the domain functions.
import { parseArgs } from 'node:util';
import { DisclosureError, readDisclosureFile } from '../model/io.ts';
import { CatalogImportError } from '../catalog/index.ts';
import { CliError } from './cli-error.ts';
import { catalogCommand } from './catalog-command.ts';
import { tablesCommand } from './tables-command.ts';
import { USAGE } from './usage.ts';

async function run(argv: string[]): Promise<string> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      table: { type: 'string' },
      format: { type: 'string' },
      name: { type: 'string' },
      year: { type: 'string' },
      file: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || !command || command === 'help') return USAGE;
  const file = () => {
    if (!rest[0]) throw new CliError(`${command}: 缺少文件参数 (missing the disclosure file)\n\n${USAGE}`);
    return rest[0];
  };
  switch (command) {
    case 'tables':
      return tablesCommand(file(), values);
    case 'catalog':
      if (!rest[0]) throw new CliError(`catalog: 缺少科目编码 (missing the code)\n\n${USAGE}`);
      return catalogCommand(rest[0], values);
    case 'validate': {
      const d = await readDisclosureFile(file());
      return `${file()}: 有效 (valid) — ${d.meta.body.name} ${d.meta.year} ${d.meta.stage === 'budget' ? '预算' : '决算'}, ${d.lineItems.length} 条支出明细`;
    }
    default:
      throw new CliError(`未知命令 "${command}" (unknown command)\n\n${USAGE}`);
  }
}

try {
  process.stdout.write(`${await run(process.argv.slice(2))}\n`);
} catch (err) {
  if (err instanceof CliError || err instanceof DisclosureError || err instanceof CatalogImportError) {
    process.stderr.write(`${err.message}\n`);
    process.exitCode = err instanceof CliError ? err.exitCode : 1;
  } else if (err instanceof TypeError && 'code' in err && String(err.code).startsWith('ERR_PARSE_ARGS')) {
    process.stderr.write(`${err.message}\n\n${USAGE}`);
    process.exitCode = 2;
  } else {
    throw err;
  }
}
