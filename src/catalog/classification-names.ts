// Code names for table views: the disclosure's own names first, then the catalogs of its year.
import type { Disclosure } from '../model/disclosure.ts';
import type { ClassificationNames } from '../tables/names.ts';
import type { Catalog } from './catalog.ts';
import { loadCatalog } from './editions.ts';

export function catalogNames(functions: Catalog, economic: Catalog, own: Readonly<Record<string, string>> = {}): ClassificationNames {
  return {
    functionName: (code) => own[code] ?? functions.name(code),
    economicName: (code) => own[code] ?? economic.name(code),
  };
}

/** Names from the bundled catalogs for a budget year. */
export function namesForYear(year: number): ClassificationNames {
  return catalogNames(loadCatalog('function', year), loadCatalog('dept_economic', year));
}

/** Names for a disclosure's tables: its `codeNames`, then the bundled catalogs of its year. */
export function namesForDisclosure(d: Disclosure): ClassificationNames {
  return catalogNames(loadCatalog('function', d.meta.year), loadCatalog('dept_economic', d.meta.year), d.codeNames);
}

/** The codes a disclosure uses (function 类/款/项, economic 类/款) that nothing names, each once, in order. */
export function unnamedCodes(d: Disclosure, names: ClassificationNames): string[] {
  const out = new Set<string>();
  for (const item of d.lineItems) {
    for (const len of [3, 5, 7]) {
      const code = item.func.slice(0, len);
      if (names.functionName(code) === undefined) out.add(code);
    }
    for (const code of item.econ ? [item.econ.slice(0, 3), item.econ] : []) {
      if (names.economicName(code) === undefined) out.add(code);
    }
  }
  return [...out].sort();
}
