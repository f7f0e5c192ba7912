// Comparing a printed 科目名称 with the catalog name.
// Published PDFs wrap and truncate names (机关事业单位基本养老保险缴 for 2080505) and mix
// full- and half-width brackets (维修(护)费 / 维修（护）费), so names match by prefix after
// NFKC folding (full-width brackets, digits, Kangxi radicals) and removing all whitespace.

export type NameMatch = 'exact' | 'prefix';

export function normaliseName(name: string): string {
  return name.normalize('NFKC').replace(/\s+/gu, '');
}

/** 'exact', 'prefix' (printed name is a truncation), or undefined when the names differ. */
export function matchName(catalogName: string, printedName: string): NameMatch | undefined {
  const want = normaliseName(catalogName);
  const got = normaliseName(printedName);
  if (got === want) return 'exact';
  if (got.length > 0 && want.startsWith(got)) return 'prefix';
  return undefined;
}
