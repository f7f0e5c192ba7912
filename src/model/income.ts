// Income by source: as stated, or — a budget balances — the spending each source funds.
import { FUND_SOURCES, resolveSources, type FundGroup, type FundSource } from './fund-source.ts';
import type { Disclosure } from './disclosure.ts';
import { sumFen, type Fen } from './money.ts';

export function incomeBySource(d: Disclosure): Record<FundSource, Fen> {
  const out = Object.fromEntries(FUND_SOURCES.map((s) => [s, 0])) as Record<FundSource, Fen>;
  if (d.income) {
    for (const s of FUND_SOURCES) out[s] = d.income[s] ?? 0;
    return out;
  }
  for (const item of d.lineItems) out[item.source] = sumFen([out[item.source], item.amount]);
  return out;
}

export function incomeOf(income: Record<FundSource, Fen>, sources: readonly (FundSource | FundGroup)[]): Fen {
  return sumFen([...resolveSources(sources)].map((s) => income[s]));
}
