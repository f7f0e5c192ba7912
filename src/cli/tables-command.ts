// `yusuan tables`: print every table (or one) of a disclosure as text, JSON or CSV.
import { namesForYear } from '../catalog/index.ts';
import { readDisclosureFile } from '../model/io.ts';
import { tableToCsv, tableToText } from '../render/table-text.ts';
import { buildTables } from '../tables/build.ts';
import { tableToJson } from '../tables/table-model.ts';
import { CliError } from './cli-error.ts';

const FORMATS = ['text', 'json', 'csv'] as const;
type Format = (typeof FORMATS)[number];

export async function tablesCommand(file: string, options: { table?: string; format?: string }): Promise<string> {
  const format = (options.format ?? 'text') as Format;
  if (!FORMATS.includes(format)) throw new CliError(`--format 只能是 ${FORMATS.join('|')} (unknown format "${options.format}")`);
  const disclosure = await readDisclosureFile(file);
  let tables = buildTables(disclosure, { names: namesForYear(disclosure.meta.year) });
  if (options.table !== undefined) {
    const number = Number(options.table);
    tables = tables.filter((t) => t.number === number);
    if (!/^\d+$/.test(options.table) || tables.length === 0) {
      throw new CliError(`${file}: 没有第 ${options.table} 张表 (no table ${options.table} in this template)`);
    }
  }
  if (format === 'json') return JSON.stringify(tables.map(tableToJson), null, 2);
  if (format === 'csv') return tables.map(tableToCsv).join('\n\n');
  return tables.map(tableToText).join('\n\n');
}
