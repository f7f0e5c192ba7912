// One edition of one classification catalog, with hierarchy queries and a never-throwing lookup.
import {
  levelOfCode,
  normaliseCode,
  parentCodeOf,
  type CatalogEntry,
  type CatalogKind,
  type Level,
} from './classification.ts';
import { matchName, normaliseName, type NameMatch } from './names.ts';

export type LookupStatus = 'found' | 'missing' | 'name_mismatch';

export interface LookupResult {
  readonly status: LookupStatus;
  /** The code as looked up, normalised to digits ("302 02" → "30202"). */
  readonly code: string;
  readonly printedName?: string;
  /** The catalog entry, for 'found' and 'name_mismatch'. */
  readonly entry?: CatalogEntry;
  /** How the printed name matched, when one was given and matched. */
  readonly match?: NameMatch;
  /** A warning text for 'missing' and 'name_mismatch'. */
  readonly message?: string;
}

const KIND_LABEL: Record<CatalogKind, string> = {
  function: '支出功能分类',
  dept_economic: '部门预算支出经济分类',
  gov_economic: '政府预算支出经济分类',
};

export class Catalog {
  readonly kind: CatalogKind;
  /** Which edition this is, e.g. '2025' or the label of a bundled compiled list. */
  readonly edition: string;
  readonly #byCode = new Map<string, CatalogEntry>();
  readonly #children = new Map<string, CatalogEntry[]>();
  readonly #ordered: readonly CatalogEntry[];

  constructor(kind: CatalogKind, edition: string, entries: Iterable<CatalogEntry>) {
    this.kind = kind;
    this.edition = edition;
    for (const entry of entries) {
      if (this.#byCode.has(entry.code)) {
        throw new Error(`duplicate code ${entry.code} in ${kind} catalog "${edition}"`);
      }
      this.#byCode.set(entry.code, Object.freeze({ ...entry }));
    }
    // String order of codes is hierarchical pre-order: 208, 20801, 2080101, 20802 …
    this.#ordered = Object.freeze([...this.#byCode.values()].sort((a, b) => (a.code < b.code ? -1 : 1)));
    for (const entry of this.#ordered) {
      if (entry.parent === null) continue;
      const siblings = this.#children.get(entry.parent) ?? [];
      siblings.push(entry);
      this.#children.set(entry.parent, siblings);
    }
  }

  get size(): number {
    return this.#byCode.size;
  }

  get(code: string): CatalogEntry | undefined {
    return this.#byCode.get(normaliseCode(code));
  }

  has(code: string): boolean {
    return this.get(code) !== undefined;
  }

  name(code: string): string | undefined {
    return this.get(code)?.name;
  }

  /** The parent entry. For a code missing from the catalog, the parent is found by prefix. */
  parent(code: string): CatalogEntry | undefined {
    const normal = normaliseCode(code);
    const parentCode = this.#byCode.get(normal)?.parent ?? parentCodeOf(this.kind, normal);
    return parentCode ? this.#byCode.get(parentCode) : undefined;
  }

  /** Direct children in code order (empty when none are listed). */
  children(code: string): readonly CatalogEntry[] {
    return this.#children.get(normaliseCode(code)) ?? [];
  }

  /** The entry's level, or the level implied by the code length (function 3/5/7, economic 3/5). */
  level(code: string): Level | undefined {
    const normal = normaliseCode(code);
    return this.#byCode.get(normal)?.level ?? levelOfCode(this.kind, normal);
  }

  /** All entries in code order. */
  entries(): readonly CatalogEntry[] {
    return this.#ordered;
  }

  /** Checks a printed code (and name). Never throws: problems come back as a flagged result. */
  lookup(code: string, printedName?: string): LookupResult {
    const normal = normaliseCode(String(code ?? ''));
    const printed = printedName === undefined || printedName === null ? undefined : String(printedName);
    const base = printed === undefined ? { code: normal } : { code: normal, printedName: printed };
    const entry = this.#byCode.get(normal);
    if (entry === undefined) {
      return {
        ...base,
        status: 'missing',
        message: `科目 ${normal || '(空)'} 不在参考目录中，请核对 (not in the ${KIND_LABEL[this.kind]} catalog, edition "${this.edition}")`,
      };
    }
    if (printed === undefined || normaliseName(printed) === '') return { ...base, status: 'found', entry };
    const match = matchName(entry.name, printed);
    if (match !== undefined) return { ...base, status: 'found', entry, match };
    return {
      ...base,
      status: 'name_mismatch',
      entry,
      message: `科目 ${normal} 名称 "${printed}" 与目录名称 "${entry.name}" 不符 (name does not match the catalog, confidence ${entry.confidence})`,
    };
  }
}
