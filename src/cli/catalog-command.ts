// `yusuan catalog`: look a classification code up (and check a printed name) in the catalogs.
import { importCatalogFile, loadCatalog, normaliseCode, type Catalog, type CatalogKind } from '../catalog/index.ts';
import { CliError } from './cli-error.ts';

const LEVEL_WORDS = { function: ['类', '款', '项'], dept_economic: ['类', '款'], gov_economic: ['类', '款'] } as const;

/** Function codes start with 2, department economic codes with 3, government economic codes with 5. */
function kindOf(code: string): CatalogKind {
  const kind = ({ '2': 'function', '3': 'dept_economic', '5': 'gov_economic' } as const)[code[0] as '2' | '3' | '5'];
  if (!kind) throw new CliError(`"${code}" 不是功能分类（2 开头）或经济分类（3、5 开头）科目编码 (not a classification code)`);
  return kind;
}

export async function catalogCommand(code: string, options: { name?: string; year?: string; file?: string }): Promise<string> {
  const normal = normaliseCode(code);
  const kind = kindOf(normal);
  const year = options.year === undefined ? new Date().getFullYear() : Number(options.year);
  if (!Number.isInteger(year)) throw new CliError(`--year 应为年份 (not a year): "${options.year}"`);
  const catalog: Catalog = options.file ? await importCatalogFile(options.file, kind, String(year)) : loadCatalog(kind, year);
  const result = catalog.lookup(normal, options.name);
  if (!result.entry) return result.message ?? normal;
  const entry = result.entry;
  const parent = catalog.parent(entry.code);
  const lines = [
    `${entry.code} ${entry.name}（${LEVEL_WORDS[kind][entry.level - 1]}）`,
    ...(parent ? [`上级 (parent): ${parent.code} ${parent.name}`] : []),
    `可信度 (confidence): ${entry.confidence}${entry.evidence ? ` — ${entry.evidence}` : ''}`,
    `版本 (edition): ${catalog.edition}`,
  ];
  if (result.message) lines.unshift(result.message);
  return lines.join('\n');
}
