// 政府收支分类科目 catalogs: public API.
export {
  CATALOG_KINDS,
  CONFIDENCES,
  codeLengths,
  levelOfCode,
  normaliseCode,
  parentCodeOf,
  type CatalogEntry,
  type CatalogKind,
  type Confidence,
  type Level,
} from './classification.ts';
export { Catalog, type LookupResult, type LookupStatus } from './catalog.ts';
export { matchName, normaliseName, type NameMatch } from './names.ts';
export { parseCsv, CsvSyntaxError } from './csv.ts';
export { CatalogImportError, type CatalogProblem } from './import-error.ts';
export { HEADER_ALIASES } from './sheet.ts';
export { bundledEditions, chooseEdition, editionStartYear, loadCatalog, BUNDLED_FILES } from './editions.ts';
export { decodeCsvBytes, importCatalogFile } from './import.ts';
export { catalogNames, namesForDisclosure, namesForYear, unnamedCodes } from './classification-names.ts';
