// What a numeric column holds, as a role string the checks understand whatever the column is called:
// "<fund>[.<kind>][.econ:<类>]" — e.g. "all", "general_budget.basic", "carryover_fiscal.personnel",
// "general_budget.project.econ:302". Derived from the template's filters; ingestion maps printed headers
// to the same roles.
import { FUND_GROUPS, FUND_SOURCES, resolveSources, SPENDING_KINDS, type FundSource } from '../model/fund-source.ts';
import type { LineFilter } from '../model/line-filter.ts';

const sameSet = (a: ReadonlySet<string>, b: readonly string[]) => a.size === b.length && b.every((x) => a.has(x));

/** The name of a set of sources: a single source, else the group with exactly those sources. */
function fundName(sources: ReadonlySet<FundSource>): string {
  if (sources.size === 1) return [...sources][0]!;
  for (const [name, members] of Object.entries(FUND_GROUPS)) if (sameSet(sources, members)) return name;
  return [...sources].sort().join('+');
}

function kindName(kinds: ReadonlySet<string>): string | undefined {
  if (kinds.size === SPENDING_KINDS.length) return undefined;
  if (sameSet(kinds, ['personnel', 'public'])) return 'basic';
  return [...kinds].sort().join('+');
}

/** The role of a column whose line items pass both filters. */
export function columnRole(...filters: (LineFilter | undefined)[]): string {
  let sources = new Set<FundSource>(FUND_SOURCES);
  let kinds = new Set<string>(SPENDING_KINDS);
  let econ: string | undefined;
  for (const f of filters) {
    if (f?.sources) {
      const s = resolveSources(f.sources);
      sources = new Set([...sources].filter((x) => s.has(x)));
    }
    if (f?.kinds) kinds = new Set([...kinds].filter((k) => f.kinds!.includes(k as never)));
    if (f?.econ) econ = f.econ.join('+');
  }
  const kind = kindName(kinds);
  return [fundName(sources), ...(kind ? [kind] : []), ...(econ ? [`econ:${econ}`] : [])].join('.');
}
