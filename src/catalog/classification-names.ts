// Code names for table views, from the catalogs of the disclosure's year.
import type { ClassificationNames } from '../tables/names.ts';
import type { Catalog } from './catalog.ts';
import { loadCatalog } from './editions.ts';

export function catalogNames(functions: Catalog, economic: Catalog): ClassificationNames {
  return {
    functionName: (code) => functions.name(code),
    economicName: (code) => economic.name(code),
  };
}

/** Names from the bundled catalogs for a budget year. */
export function namesForYear(year: number): ClassificationNames {
  return catalogNames(loadCatalog('function', year), loadCatalog('dept_economic', year));
}
