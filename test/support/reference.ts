// The reference document for tests: the seed text, its fixture tables and the sample disclosure.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { namesForDisclosure } from '../../src/catalog/index.ts';
import type { Disclosure } from '../../src/model/disclosure.ts';
import { decodeDisclosure } from '../../src/model/io.ts';
import { buildTables } from '../../src/tables/build.ts';
import type { TableModel } from '../../src/tables/table-model.ts';

export const SAMPLE_PATH = fileURLToPath(new URL('../../data/samples/changji-hrss-2025.json', import.meta.url));
export const SEED_PATH = fileURLToPath(new URL('../fixtures/changji-hrss-2025.seed.txt', import.meta.url));
export const FIXTURE_PATH = fileURLToPath(new URL('../fixtures/changji-hrss-2025.tables.json', import.meta.url));

export interface ExpectedTable {
  number: number;
  key: string;
  title: string;
  preparer: string;
  unit: string;
  rows: { code: string; name: string; values: string[]; project?: string; pair?: { code: string; name: string } }[];
  note?: string;
}

export const sampleJson = (): unknown => JSON.parse(readFileSync(SAMPLE_PATH, 'utf8'));
export const loadSample = (): Disclosure => decodeDisclosure(sampleJson(), SAMPLE_PATH);
export const seedText = (): string => readFileSync(SEED_PATH, 'utf8');
export const expectedTables = (): ExpectedTable[] => JSON.parse(readFileSync(FIXTURE_PATH, 'utf8'));
export const tablesOf = (d: Disclosure): TableModel[] => buildTables(d, { names: namesForDisclosure(d) });
