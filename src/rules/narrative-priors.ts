// The prior year the narrative implies (this year − the stated change) and the reasons it gives: implied
// prior figures must agree across sentences (parts add to their whole, the same subject has one prior), and
// the amounts of a reason must add up to — or restate — the change they explain.
import { FUND_GROUPS, type FundGroup } from '../model/fund-source.ts';
import type { Fen } from '../model/money.ts';
import type { Claim, NarrativeClaims } from './claims.ts';
import { currentOf, headingOf, money, narrativeOf, printed, sentenceAt, signedChange, statedCurrent } from './narrative-context.ts';
import { currentFigure, priorFigure } from './narrative-figures.ts';
import { pctScaled } from './percent-math.ts';
import { statedSumBound } from './stated.ts';
import { sumBound } from './tolerance.ts';
import type { RuleContext } from './types.ts';

interface Implied {
  claim: Claim;
  prior: Fen;
  current: Fen;
}

/** Prior figures the narrative implies: its stated amount (else the tables') minus the stated change. */
function impliedPriors(ctx: RuleContext, n: NarrativeClaims): Map<string, Implied[]> {
  const out = new Map<string, Implied[]>();
  for (const c of n.claims) {
    // 持平 / 与上年一致 states a change of 0.
    if (!c.key || !(c.change || c.flat) || (c.kind === 'reason' && c.explains?.key === c.key)) continue;
    const current = statedCurrent(n.claims, c)?.fen ?? currentOf(ctx, n.claims, c)?.fen;
    if (current === undefined) continue;
    out.set(c.key, [...(out.get(c.key) ?? []), { claim: c, prior: current - signedChange(c), current }]);
  }
  return out;
}

const sourcesOf = (group: string): readonly string[] => (group in FUND_GROUPS ? FUND_GROUPS[group as FundGroup] : [group]);
function disjoint(groups: readonly string[]): boolean {
  const all = groups.flatMap((g) => sourcesOf(g));
  return new Set(all).size === all.length;
}

/** Wholes and the ways the narrative splits them, from the subjects it states. */
function partitions(keys: readonly string[]): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  const add = (whole: string, parts: string[]) => {
    if (parts.length >= 2) out.set(whole, [...(out.get(whole) ?? []), parts]);
  };
  const income = keys.filter((k) => /^income\.\w+$/.test(k));
  if (disjoint(income.map((k) => k.slice(7)))) add('total', income);
  add('total', keys.filter((k) => /^spending\.all\.(basic|project|reserve)$/.test(k)));
  for (const g of ['general_budget', 'fiscal']) {
    add(`total.${g}`, keys.filter((k) => new RegExp(`^spending\\.${g}\\.(basic|project|reserve)$`).test(k)));
    add(`total.${g}`, keys.filter((k) => new RegExp(`^function\\.${g}\\.\\d{7}$`).test(k)));
    add(`total.${g}`, keys.filter((k) => new RegExp(`^function\\.${g}\\.\\d{3}$`).test(k)));
  }
  add('total.fiscal', keys.filter((k) => /^total\.(general_budget|gov_fund_budget|state_capital_budget)$/.test(k)));
  const generalIncome = keys.filter((k) => k === 'income.general' || k === 'income.general_transfer');
  if (generalIncome.length === 2) add('total.general_budget', generalIncome);
  for (const k of keys) {
    const m = /^(spending\.\w+)\.basic$/.exec(k) ?? /^(function\.\w+\.\d+)$/.exec(k);
    if (m) add(k, keys.filter((x) => new RegExp(`^${m[1]!.replaceAll('.', '\\.')}\\.(personnel|public${m[0].startsWith('function') ? '|project' : ''})$`).test(x)));
  }
  const tp = (items: string[]) => items.map((i) => `three_public.${i}`).filter((k) => keys.includes(k));
  add('three_public.total', tp(['abroad', 'vehicle_purchase', 'vehicle_operation', 'reception']));
  add('three_public.total', tp(['abroad', 'vehicle_total', 'reception']));
  add('three_public.vehicle_total', tp(['vehicle_purchase', 'vehicle_operation']));
  return out;
}

/** TXT-PRIOR-CONSISTENCY: implied prior figures agree across sentences. */
export function checkPriorConsistency(ctx: RuleContext): void {
  const n = narrativeOf(ctx);
  const implied = impliedPriors(ctx, n);
  if (implied.size === 0) ctx.notApplicable('说明中没有可推算上年数的增减 (no stated change implies a prior year)');
  let compared = 0;
  // The same subject stated twice implies one prior.
  for (const [key, list] of implied) {
    for (const other of list.slice(1)) {
      compared++;
      if (other.prior === list[0]!.prior) continue;
      const blamed = !confirmed(ctx, n, other.claim) || confirmed(ctx, n, list[0]!.claim) ? other.claim : list[0]!.claim;
      ctx.report({
        message: {
          zh: `“${other.claim.label}”推算的上年数（${money(other.current)} − 增减 ${money(signedChange(other.claim))} = ${money(other.prior)}）与“${headingOf(ctx, list[0]!.claim.at)}”中推算的 ${money(list[0]!.prior)} 不一致`,
          en: `The prior year implied for ${key} (${money(other.prior)}) differs from the one implied earlier (${money(list[0]!.prior)})`,
        },
        location: sentenceAt(ctx, blamed.at),
        expected: money(list[0]!.prior),
        actual: money(other.prior),
        difference: money(other.prior - list[0]!.prior),
      });
    }
  }
  // Parts add to their whole.
  for (const [whole, splits] of partitions([...implied.keys()])) {
    const wholeCurrent = currentOf(ctx, n.claims, { at: 0, section: 'other', kind: 'statement', label: whole, key: whole })?.fen;
    const values: { label: string; prior: Fen; claims: Claim[]; parts: number }[] = [];
    const own = implied.get(whole)?.[0];
    if (own) values.push({ label: `“${own.claim.label}”`, prior: own.prior, claims: [own.claim], parts: 1 });
    for (const split of splits) {
      const parts = split.map((k) => implied.get(k)![0]!);
      const currentSum = parts.reduce((a, p) => a + p.current, 0);
      if (wholeCurrent === undefined || Math.abs(currentSum - wholeCurrent) > sumBound(parts.length + 1, ctx.doc.meta.unit)) continue;
      values.push({ label: parts.map((p) => `“${p.claim.label}”${money(p.prior)}`).join(' + '), prior: parts.reduce((a, p) => a + p.prior, 0), claims: parts.map((p) => p.claim), parts: parts.length });
    }
    if (values.length < 2) continue;
    compared++;
    const agree = (a: Fen, b: Fen, parts: number) => Math.abs(a - b) <= sumBound(parts, ctx.doc.meta.unit);
    const odd = values.filter((v) => values.filter((w) => w !== v && agree(v.prior, w.prior, Math.max(v.parts, w.parts))).length === 0);
    if (odd.length === 0) continue;
    const doubtfulIn = (v: (typeof values)[number]) => v.claims.filter((c) => !confirmed(ctx, n, c)).length;
    const blamed = odd.length < values.length ? odd[0]! : ([...values].sort((a, b) => doubtfulIn(b) - doubtfulIn(a))[0] ?? values[1]!);
    const reference = values.find((v) => v !== blamed && !odd.includes(v)) ?? values.find((v) => v !== blamed)!;
    // Point at the one figure nothing else bears out, when there is one; else at the first sentence of the odd sum.
    const doubtful = blamed.claims.filter((c) => !confirmed(ctx, n, c));
    const at = (doubtful.length === 1 ? doubtful[0]! : [...blamed.claims].sort((a, b) => a.at - b.at)[0]!).at;
    ctx.report({
      message: {
        zh: `推算的上年数不一致（${nameOf(n, whole)}）：${values.map((v) => `${v.label} = ${money(v.prior)}`).join('；')}`,
        en: `The prior-year figures the narrative implies for ${nameOf(n, whole)} (${whole}) disagree: ${values.map((v) => money(v.prior)).join(' vs ')}`,
      },
      location: sentenceAt(ctx, at),
      expected: money(reference.prior),
      actual: money(blamed.prior),
      difference: money(blamed.prior - reference.prior),
    });
  }
  if (compared === 0) ctx.notApplicable('没有可相互印证的上年数 (no implied prior figures to compare)');
}

const WHOLE_NAMES: Record<string, string> = {
  total: '收支总预算',
  'total.general_budget': '一般公共预算拨款合计',
  'total.fiscal': '财政拨款合计',
  'three_public.total': '“三公”经费',
  'three_public.vehicle_total': '公务用车购置及运行费',
};

/** A subject in words: as the narrative states it, else its usual name, else the code or key. */
function nameOf(n: NarrativeClaims, key: string): string {
  return n.claims.find((c) => c.key === key)?.label ?? WHOLE_NAMES[key] ?? key.split('.').slice(1).join(' ');
}

// ---------------------------------------------------------------------------------------------- reasons

const FUND_WORDS: Record<string, string> = {
  all: '全部资金',
  general: '一般公共预算本级',
  general_budget: '一般公共预算（含上级转移支付）',
  fiscal: '财政拨款',
  fiscal_all: '财政拨款（含结转）',
};
const fundWords = (key: string) => {
  const group = key.split('.')[1] ?? '';
  return FUND_WORDS[group] ?? group;
};

/** Two spending subjects of the same kind whose funds contain one another ("general" ⊂ "general_budget"). */
function related(a: string, b: string): { wider: string; narrower: string } | undefined {
  const ma = /^spending\.(\w+)\.(\w+)$/.exec(a);
  const mb = /^spending\.(\w+)\.(\w+)$/.exec(b);
  if (!ma || !mb || ma[2] !== mb[2] || ma[1] === mb[1]) return undefined;
  const sa = sourcesOf(ma[1]!);
  const sb = sourcesOf(mb[1]!);
  if (sa.every((s) => sb.includes(s))) return { wider: mb[1]!, narrower: ma[1]! };
  if (sb.every((s) => sa.includes(s))) return { wider: ma[1]!, narrower: mb[1]! };
  return undefined;
}

/** Is a stated change borne out by something else: the Disclosure, the same or a related subject stated elsewhere, or its own X and W? */
function confirmed(ctx: RuleContext, n: NarrativeClaims, c: Claim): boolean {
  const key = c.key;
  if (!c.change || !key) return false;
  const prior = priorFigure(ctx, key);
  const current = currentOf(ctx, n.claims, c);
  if (prior !== undefined && current) return signedChange(c) === current.fen - prior;
  const elsewhere = n.claims.filter((o) => o !== c && o.kind === 'statement' && o.change && o.key && (o.key === key || related(o.key, key)));
  if (elsewhere.some((o) => signedChange(o) === signedChange(c))) return true;
  const x = statedCurrent(n.claims, c);
  if (x && c.percent && x.fen - signedChange(c) > 0) return pctScaled(signedChange(c), x.fen - signedChange(c), c.percent.decimals) === c.percent.scaled;
  return false;
}

/** TXT-REASONS: a reason's amounts restate, or add up to, the change (and amount) they explain. */
export function checkReasons(ctx: RuleContext): void {
  const n = narrativeOf(ctx);
  const reasons = n.claims.filter((c) => c.kind === 'reason' && c.explains && c.key && (c.change || c.amount));
  if (reasons.length === 0) ctx.notApplicable('原因说明中没有金额 (no amounts in the reasons)');
  const explained = [...new Set(reasons.map((r) => r.explains!))];
  for (const s of explained) {
    const mine = reasons.filter((r) => r.explains === s);
    // Restated: the reason names the same subject.
    for (const r of mine.filter((x) => x.key === s.key)) {
      if (r.change && s.change && signedChange(r) !== signedChange(s)) {
        ctx.report({
          message: {
            zh: `原因中“${r.label}”${r.change.word}${printed(r.change)}，与所说明的增减（${s.change.word}${printed(s.change)}）不符`,
            en: `The reason restates the change of “${r.label}” as ${r.change.word} ${printed(r.change)}, but the sentence states ${s.change.word} ${printed(s.change)}`,
          },
          location: sentenceAt(ctx, r.at),
          expected: money(signedChange(s)),
          actual: money(signedChange(r)),
          difference: money(signedChange(r) - signedChange(s)),
        });
      }
    }
    // Parts of the amount: personnel + public of a 项.
    const amountParts = mine.filter((r) => r.amount && r.key !== s.key && s.key && r.key!.startsWith(`${s.key}.`));
    if (amountParts.length >= 2 && s.amount) {
      const sum = amountParts.reduce((a, r) => a + r.amount!.fen, 0);
      if (Math.abs(sum - s.amount.fen) > sumBound(amountParts.length, s.amount.unit)) {
        // The figure the tables (or data) do not bear out; else the last part.
        const off = [s, ...amountParts].filter((c) => currentFigure(ctx, c.key!)?.fen !== c.amount!.fen);
        const last = off.length === 1 ? off[0]! : amountParts.at(-1)!;
        ctx.report({
          message: {
            zh: `原因中的 ${amountParts.map((r) => `“${r.label}”${printed(r.amount!)}`).join(' + ')} = ${money(sum)}，与“${s.label}”${printed(s.amount)}不符`,
            en: `The reason's parts ${amountParts.map((r) => printed(r.amount!)).join(' + ')} = ${money(sum)} do not make “${s.label}” ${printed(s.amount)}`,
          },
          location: sentenceAt(ctx, last.at),
          expected: money(s.amount.fen),
          actual: money(sum),
          difference: money(sum - s.amount.fen),
        });
      }
    }
    // Parts of the change: two or more subjects whose changes make the explained one.
    const changeParts = mine.filter((r) => r.change && r.key !== s.key);
    if (changeParts.length >= 2 && s.change && new Set(changeParts.map((r) => r.key)).size === changeParts.length) {
      checkChangeParts(ctx, n, s, changeParts);
    }
    for (const r of mine.filter((x) => x.change && x.key !== s.key)) crossReference(ctx, n, r);
  }
}

function checkChangeParts(ctx: RuleContext, n: NarrativeClaims, s: Claim, parts: readonly Claim[]): void {
  const sum = parts.reduce((a, r) => a + signedChange(r), 0);
  if (sum === signedChange(s)) return;
  const list = parts.map((r) => `“${r.label}”${r.change!.word}${printed(r.change!)}`).join('、');
  // n printed changes against the printed change they make up: n half-units of their last digit.
  const bound = statedSumBound(parts.map((r) => r.change!), s.change!);
  if (Math.abs(sum - signedChange(s)) <= bound) {
    ctx.report({
      severity: 'info',
      message: {
        zh: `原因中各项增减（${list}）合计 ${money(sum)}，与“${s.label}”${s.change!.word}${printed(s.change!)}相差 ${money(sum - signedChange(s))}，在四舍五入尾差范围内（±${money(bound)}）`,
        en: `The reason's changes (${list}) add to ${money(sum)} against the ${money(signedChange(s))} of “${s.label}”: within rounding (±${money(bound)})`,
      },
      location: sentenceAt(ctx, s.at),
      expected: money(signedChange(s)),
      actual: money(sum),
      difference: money(sum - signedChange(s)),
    });
    return;
  }
  const figures = [s, ...parts];
  const doubtful = figures.filter((c) => !confirmed(ctx, n, c));
  if (doubtful.length === 1 && doubtful[0] !== s) {
    const r = doubtful[0]!;
    const should = signedChange(s) - (sum - signedChange(r));
    ctx.report({
      message: {
        zh: `原因中各项增减（${list}）合计 ${money(sum)}，与“${s.label}”${s.change!.word}${printed(s.change!)}不符；其余数字均有印证，“${r.label}”应为${should < 0 ? '减少' : '增加'}${money(Math.abs(should))}万元`,
        en: `The reason's changes (${list}) add to ${money(sum)}, not the ${money(signedChange(s))} they explain; the others are borne out, so “${r.label}” should be ${money(should)}`,
      },
      location: sentenceAt(ctx, r.at),
      expected: money(Math.abs(should)),
      actual: money(r.change!.fen),
      difference: money(r.change!.fen - Math.abs(should)),
    });
    return;
  }
  ctx.report({
    message: {
      zh: `原因中各项增减（${list}）合计 ${money(sum)}，与“${s.label}”${s.change!.word}${printed(s.change!)}不符`,
      en: `The reason's changes (${list}) add to ${money(sum)}, not the ${money(signedChange(s))} of “${s.label}” they explain`,
    },
    location: sentenceAt(ctx, s.at),
    expected: money(signedChange(s)),
    actual: money(sum),
    difference: money(sum - signedChange(s)),
  });
}

/** A reason's change of a subject the narrative also states elsewhere: the same, or explained by the funds that differ. */
function crossReference(ctx: RuleContext, n: NarrativeClaims, r: Claim): void {
  const same = n.claims.find((o) => o.kind === 'statement' && o.change && o.key === r.key);
  if (same) {
    if (signedChange(same) !== signedChange(r)) {
      ctx.report({
        message: {
          zh: `原因中“${r.label}”${r.change!.word}${printed(r.change!)}，与“${headingOf(ctx, same.at)}”中的${same.change!.word}${printed(same.change!)}不符`,
          en: `The reason's change of “${r.label}” (${money(signedChange(r))}) differs from the ${money(signedChange(same))} stated under “${headingOf(ctx, same.at)}”`,
        },
        location: sentenceAt(ctx, r.at),
        expected: money(signedChange(same)),
        actual: money(signedChange(r)),
      });
    }
    return;
  }
  const candidates = n.claims
    .filter((o) => o.kind === 'statement' && o.change && o.key && related(o.key, r.key!))
    .sort((a, b) => sourcesOf(related(a.key!, r.key!)!.wider).length - sourcesOf(related(b.key!, r.key!)!.wider).length);
  const other = candidates[0];
  if (!other || signedChange(other) === signedChange(r)) return;
  const rel = related(other.key!, r.key!)!;
  const wider = rel.wider === other.key!.split('.')[1] ? other : r;
  const narrower = wider === other ? r : other;
  const gap = signedChange(wider) - signedChange(narrower);
  const rest = sourcesOf(rel.wider).filter((x) => !sourcesOf(rel.narrower).includes(x));
  const restChanges = n.claims.filter((o) => o.kind === 'statement' && o.change && /^income\.\w+$/.test(o.key ?? '') && sourcesOf(o.key!.slice(7)).every((x) => rest.includes(x)));
  const restSum = restChanges.reduce((a, o) => a + signedChange(o), 0);
  const explainedBy = restChanges.length > 0 && restSum === gap;
  ctx.report({
    severity: explainedBy ? 'info' : 'warning',
    message: {
      zh: `原因中“${r.label}”${r.change!.word}${printed(r.change!)}（${fundWords(r.key!)}口径）与“${headingOf(ctx, other.at)}”中“${other.label}”${other.change!.word}${printed(other.change!)}（${fundWords(other.key!)}口径）相差 ${money(Math.abs(gap))} 万元${explainedBy ? `，恰为${restChanges.map((o) => `“${o.label}”${o.change!.word}${printed(o.change!)}`).join('、')}，口径不同可以解释` : '，口径不同也无法解释，请核对'}`,
      en: `The reason's change of “${r.label}” (${money(signedChange(r))}) differs from the ${money(signedChange(other))} stated under “${headingOf(ctx, other.at)}” by ${money(Math.abs(gap))}${explainedBy ? ', exactly the change of the funds one includes and the other does not' : ', which the funds they differ by do not explain'}`,
    },
    location: sentenceAt(ctx, r.at),
    expected: money(signedChange(other)),
    actual: money(signedChange(r)),
    difference: money(signedChange(r) - signedChange(other)),
  });
}
