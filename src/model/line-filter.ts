// Selecting and summing line items by fund source, spending kind and economic code.
import { resolveSources, type FundGroup, type FundSource, type SpendingKind } from './fund-source.ts';
import type { LineItem } from './line-item.ts';
import { sumFen, type Fen } from './money.ts';

/** Selects line items: every listed condition must hold (absent = any). */
export interface LineFilter {
  sources?: readonly (FundSource | FundGroup)[];
  kinds?: readonly SpendingKind[];
  /** Economic code prefixes ("302"). */
  econ?: readonly string[];
}

export type LinePredicate = (item: LineItem) => boolean;

/** Compiles filters into one predicate; all must hold. */
export function compileFilter(...filters: (LineFilter | undefined)[]): LinePredicate {
  const tests: LinePredicate[] = [];
  for (const f of filters) {
    if (!f) continue;
    if (f.sources) {
      const sources = resolveSources(f.sources);
      tests.push((i) => sources.has(i.source));
    }
    if (f.kinds) {
      const kinds = new Set(f.kinds);
      tests.push((i) => kinds.has(i.kind));
    }
    if (f.econ) {
      const prefixes = f.econ;
      tests.push((i) => i.econ !== undefined && prefixes.some((p) => i.econ!.startsWith(p)));
    }
  }
  return (item) => tests.every((t) => t(item));
}

export function sumItems(items: readonly LineItem[], predicate: LinePredicate = () => true): Fen {
  return sumFen(items.filter(predicate).map((i) => i.amount));
}
