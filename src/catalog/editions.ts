// The compiled catalogs bundled in data/catalog/, and choosing the edition for a budget year.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Catalog } from './catalog.ts';
import type { CatalogEntry, CatalogKind } from './classification.ts';
import { parseCsv } from './csv.ts';
import { entriesFromTable } from './sheet.ts';

const DATA_DIR = new URL('../../data/catalog/', import.meta.url);

export const BUNDLED_FILES: Readonly<Record<CatalogKind, string>> = {
  function: 'func_class.csv',
  dept_economic: 'dept_econ_class.csv',
  gov_economic: 'gov_econ_class.csv',
};

const cache = new Map<CatalogKind, readonly Catalog[]>();

/**
 * Every edition in the bundled CSV of this kind (one Catalog per distinct `edition` value); an edition for one
 * year only is completed from the open edition for that year.
 */
export function bundledEditions(kind: CatalogKind): readonly Catalog[] {
  const cached = cache.get(kind);
  if (cached !== undefined) return cached;
  const url = new URL(BUNDLED_FILES[kind], DATA_DIR);
  const rows = parseCsv(readFileSync(fileURLToPath(url), 'utf8')).map((cells, index) => ({ row: index + 1, cells }));
  const byEdition = new Map<string, CatalogEntry[]>();
  for (const { entry, edition = '' } of entriesFromTable(rows, { file: `data/catalog/${BUNDLED_FILES[kind]}`, kind, byEdition: true })) {
    const list = byEdition.get(edition) ?? [];
    list.push(entry);
    byEdition.set(edition, list);
  }
  // An edition for one year only lists what differs in that year (names then in use, codes the compiled list
  // lacks); every other code is the open edition's for that year.
  const open = [...byEdition.keys()].filter((e) => editionOnlyYear(e) === undefined).map((edition) => ({ edition }));
  const completed = (edition: string, entries: CatalogEntry[]): CatalogEntry[] => {
    const year = editionOnlyYear(edition);
    const base = year === undefined ? undefined : chooseEdition(open, year);
    if (!base) return entries;
    const own = new Set(entries.map((e) => e.code));
    return [...byEdition.get(base.edition)!.filter((e) => !own.has(e.code)), ...entries];
  };
  const editions = Object.freeze([...byEdition].map(([edition, entries]) => new Catalog(kind, edition, completed(edition, entries))));
  cache.set(kind, editions);
  return editions;
}

/** The year an edition starts to apply: the first year written in its label ('2025', '2018+ system …'). */
export function editionStartYear(edition: string): number | undefined {
  const match = /(?<!\d)(?:19|20)\d{2}(?!\d)/u.exec(edition);
  return match ? Number(match[0]) : undefined;
}

/** The one year an edition is for, when its label says so ("2017 only: …"); undefined for open-ended editions. */
export function editionOnlyYear(edition: string): number | undefined {
  const match = /(?<!\d)((?:19|20)\d{2}) only\b/u.exec(edition);
  return match ? Number(match[1]) : undefined;
}

/**
 * The edition for a budget year: the one starting latest at or before the year (on a tie the
 * later candidate wins, so list imported editions after bundled ones). With none that early, the
 * earliest edition; when no label carries a year, the last candidate. An edition for one year only ("2017
 * only: …") is a candidate for that year alone.
 */
export function chooseEdition<T extends { readonly edition: string }>(candidates: readonly T[], year: number): T | undefined {
  let chosen: T | undefined;
  let chosenStart = -Infinity;
  let earliest: T | undefined;
  let earliestStart = Infinity;
  for (const candidate of candidates) {
    const start = editionStartYear(candidate.edition);
    if (start === undefined) continue;
    // an edition for one year only is for that year, never a fallback for others
    const only = editionOnlyYear(candidate.edition);
    if (only !== undefined && only !== year) continue;
    if (start <= year && start >= chosenStart) {
      chosen = candidate;
      chosenStart = start;
    }
    if (start < earliestStart) {
      earliest = candidate;
      earliestStart = start;
    }
  }
  return chosen ?? earliest ?? candidates[candidates.length - 1];
}

/** The bundled catalog for a budget year; its `edition` says which edition was used. */
export function loadCatalog(kind: CatalogKind, year: number): Catalog {
  const catalog = chooseEdition(bundledEditions(kind), year);
  if (catalog === undefined) throw new Error(`no bundled ${kind} catalog in data/catalog/${BUNDLED_FILES[kind]}`);
  return catalog;
}
