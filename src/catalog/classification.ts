// 政府收支分类科目: the three catalogs a department budget uses, and the shape of their codes.

/** 支出功能分类 | 部门预算支出经济分类 | 政府预算支出经济分类. */
export type CatalogKind = 'function' | 'dept_economic' | 'gov_economic';

export const CATALOG_KINDS: readonly CatalogKind[] = ['function', 'dept_economic', 'gov_economic'];

/** 1 = 类, 2 = 款, 3 = 项 (项 exists only in the function classification). */
export type Level = 1 | 2 | 3;

/**
 * How far an entry can be trusted (see data/catalog/PROVENANCE.md):
 * verified = seen in a published budget; high/medium/low = compiled from knowledge;
 * official = imported by the user from an official edition.
 */
export type Confidence = 'verified' | 'high' | 'medium' | 'low' | 'official';

export const CONFIDENCES: readonly Confidence[] = ['verified', 'high', 'medium', 'low', 'official'];

export interface CatalogEntry {
  readonly code: string;
  readonly name: string;
  readonly level: Level;
  readonly parent: string | null;
  readonly confidence: Confidence;
  readonly evidence?: string;
}

/** Digits of a 类/款/项 code: function 3/5/7, economic 3/5. */
const CODE_LENGTHS: Record<CatalogKind, readonly number[]> = {
  function: [3, 5, 7],
  dept_economic: [3, 5],
  gov_economic: [3, 5],
};

export function codeLengths(kind: CatalogKind): readonly number[] {
  return CODE_LENGTHS[kind];
}

/** Codes are printed as "208 01 01" or with full-width digits; the canonical form is digits only. */
export function normaliseCode(raw: string): string {
  return raw.normalize('NFKC').replace(/\s+/gu, '');
}

/** The level a code has by its length, or undefined when it is not a code of this kind. */
export function levelOfCode(kind: CatalogKind, code: string): Level | undefined {
  if (!/^\d+$/.test(code)) return undefined;
  const index = CODE_LENGTHS[kind].indexOf(code.length);
  return index < 0 ? undefined : ((index + 1) as Level);
}

/** The parent code by prefix (null for a 类), or undefined when it is not a code of this kind. */
export function parentCodeOf(kind: CatalogKind, code: string): string | null | undefined {
  const level = levelOfCode(kind, code);
  if (level === undefined) return undefined;
  if (level === 1) return null;
  return code.slice(0, CODE_LENGTHS[kind][level - 2]);
}
