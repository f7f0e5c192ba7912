// `yusuan catalog`: look a classification code up (and check a printed name) in the catalogs.
import { importCatalogFile, loadCatalog, normaliseCode, type Catalog, type CatalogKind } from '../catalog/index.ts';
import { CliError } from './cli-error.ts';
import type { CommandResult } from './main.ts';

const LEVEL_WORDS = { function: ['类', '款', '项'], dept_economic: ['类', '款'], gov_economic: ['类', '款'] } as const;

/** Function codes (3/5/7 digits) start with 2, department economic codes (3/5) with 3, government ones with 5. */
function kindOf(code: string): CatalogKind {
  const kind = ({ '2': 'function', '3': 'dept_economic', '5': 'gov_economic' } as const)[code[0] as '2' | '3' | '5'];
  const lengths = kind === 'function' ? [3, 5, 7] : [3, 5];
  if (!kind || !/^\d+$/.test(code) || !lengths.includes(code.length)) {
    throw new CliError(`"${code}" 不是功能分类（2 开头，3/5/7 位）或经济分类（3、5 开头，3/5 位）科目编码 (not a classification code)`);
  }
  return kind;
}

/** Exit code 0 when the code is listed (under the printed name, if given), 1 when it is missing or named otherwise. */
export async function catalogCommand(code: string, options: { name?: string; year?: string; file?: string }): Promise<CommandResult> {
  const normal = normaliseCode(code);
  const kind = kindOf(normal);
  const year = options.year === undefined ? new Date().getFullYear() : Number(options.year);
  if (!Number.isInteger(year)) throw new CliError(`--year 应为年份 (not a year): "${options.year}"`);
  const catalog: Catalog = options.file ? await importCatalogFile(options.file, kind, String(year)) : loadCatalog(kind, year);
  const result = catalog.lookup(normal, options.name);
  if (!result.entry) return { stdout: result.message ?? normal, exitCode: 1 };
  const entry = result.entry;
  const parent = catalog.parent(entry.code);
  const lines = [
    `${entry.code} ${entry.name}（${LEVEL_WORDS[kind][entry.level - 1]}）`,
    ...(parent ? [`上级 (parent): ${parent.code} ${parent.name}`] : []),
    `可信度 (confidence): ${entry.confidence}${entry.evidence ? ` — ${entry.evidence}` : ''}`,
    `版本 (edition): ${catalog.edition}`,
  ];
  if (result.message) lines.unshift(result.message);
  return { stdout: lines.join('\n'), exitCode: result.status === 'found' ? 0 : 1 };
}
