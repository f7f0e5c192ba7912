// `yusuan tables`: print every table (or one) of a disclosure as text, JSON or CSV.
import { namesForDisclosure, unnamedCodes } from '../catalog/index.ts';
import { readDisclosureFile } from '../model/io.ts';
import { tableToCsv, tableToText } from '../render/table-text.ts';
import { buildTables } from '../tables/build.ts';
import { tableToJson } from '../tables/table-model.ts';
import { CliError } from './cli-error.ts';
import type { CommandResult } from './main.ts';

const FORMATS = ['text', 'json', 'csv'] as const;
type Format = (typeof FORMATS)[number];

export async function tablesCommand(file: string, options: { table?: string; format?: string }): Promise<CommandResult> {
  const format = (options.format ?? 'text') as Format;
  if (!FORMATS.includes(format)) throw new CliError(`--format 只能是 ${FORMATS.join('|')} (unknown format "${options.format}")`);
  const disclosure = await readDisclosureFile(file);
  const names = namesForDisclosure(disclosure);
  let tables = buildTables(disclosure, { names });
  if (options.table !== undefined) {
    tables = tables.filter((t) => String(t.number) === options.table);
    if (tables.length === 0) throw new CliError(`${file}: 没有第 ${options.table} 张表 (no table ${options.table} in this template)`);
  }
  const warnings = unnamedCodes(disclosure, names).map(
    (code) => `警告 (warning): 科目 ${code} 不在参考目录中，请核对；表中显示为“（未知科目 ${code}）” (code not in the reference catalog: add it to codeNames or check it)`,
  );
  const stdout = format === 'json' ? JSON.stringify(tables.map(tableToJson), null, 2) : tables.map(format === 'csv' ? tableToCsv : tableToText).join('\n\n');
  return { stdout, ...(warnings.length ? { stderr: warnings.join('\n') } : {}) };
}
