// What a table's columns must add up to, by what they hold (roles: "<fund>[.<kind>][.econ:<类>]"): a fund is
// its kinds (basic + project), basic is personnel + public, a fund is its parts, a project total is its
// economic classes. The table-sum rules check these identities; ingestion places amounts by them.

/** Funds and the funds that partition them. */
const FUND_PARTITIONS: [string, string[]][] = [
  ['all', ['fiscal', 'special_account', 'unit_funds', 'carryover_fiscal', 'carryover_nonfiscal']],
  ['all', ['fiscal', 'special_account', 'unit_funds', 'carryover']],
  ['carryover', ['carryover_fiscal', 'carryover_nonfiscal']],
  ['fiscal', ['general', 'general_transfer', 'gov_fund', 'gov_fund_transfer', 'state_capital', 'state_capital_transfer']],
  ['fiscal', ['general_budget', 'gov_fund_budget', 'state_capital_budget']],
  ['general_budget', ['general', 'general_transfer']],
  ['gov_fund_budget', ['gov_fund', 'gov_fund_transfer']],
  ['state_capital_budget', ['state_capital', 'state_capital_transfer']],
];

/** Column `total` = Σ columns `parts` (indexes into the roles). */
export interface Identity {
  total: number;
  parts: number[];
}

export type IdentityKind = 'kinds' | 'personnel' | 'funds' | 'econ';
export const IDENTITY_KINDS: readonly IdentityKind[] = ['kinds', 'personnel', 'funds', 'econ'];

/** Column identities of one kind: for each fund base, its kinds; for each kind, its funds; econ columns. */
export function columnIdentities(roles: readonly string[], kind: IdentityKind): Identity[] {
  const index = (role: string) => roles.indexOf(role);
  const has = (role: string) => index(role) >= 0;
  const out: Identity[] = [];
  const bases = [...new Set(roles.map((r) => r.split('.')[0]!))];
  for (const base of bases) {
    if (kind === 'kinds' && has(base) && has(`${base}.basic`) && has(`${base}.project`)) {
      out.push({ total: index(base), parts: [`${base}.basic`, `${base}.project`, ...(has(`${base}.reserve`) ? [`${base}.reserve`] : [])].map(index) });
    }
    if (kind === 'personnel') {
      const split = [`${base}.personnel`, `${base}.public`];
      if (has(`${base}.basic`) && split.every(has)) out.push({ total: index(`${base}.basic`), parts: split.map(index) });
      else if (has(base) && split.every(has) && has(`${base}.project`) && !has(`${base}.basic`)) {
        out.push({ total: index(base), parts: [...split, `${base}.project`, ...(has(`${base}.reserve`) ? [`${base}.reserve`] : [])].map(index) });
      }
    }
    if (kind === 'econ' && has(`${base}.project`)) {
      const econ = roles.map((r, i) => [r, i] as const).filter(([r]) => r.startsWith(`${base}.project.econ:`));
      if (econ.length) out.push({ total: index(`${base}.project`), parts: econ.map(([, i]) => i) });
    }
  }
  if (kind === 'funds') {
    for (const suffix of ['', '.basic', '.project', '.personnel', '.public']) {
      for (const [total, parts] of FUND_PARTITIONS) {
        const named = parts.map((p) => p + suffix);
        if (has(total + suffix) && named.every(has)) out.push({ total: index(total + suffix), parts: named.map(index) });
      }
    }
  }
  return out;
}
