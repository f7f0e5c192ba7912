// What the narrative rules share: the claims of the document, where a sentence is, and the figures a claim
// is compared with (its own stated amount, the same subject stated elsewhere, the tables, the Disclosure).
import type { Fen, MoneyUnit } from '../model/money.ts';
import { claimsOf, type Claim, type NarrativeClaims, type StatedAmount } from './claims.ts';
import { reportComparison } from './figures.ts';
import { currentFigure, type Figure } from './narrative-figures.ts';
import { repeatedFigureBound, shown, sumBound } from './tolerance.ts';
import type { Location, RuleContext } from './types.ts';

/** The claims of the narrative; the rule cannot check without one. */
export function narrativeOf(ctx: RuleContext): NarrativeClaims {
  return claimsOf(ctx.doc) ?? ctx.unchecked('没有说明文字 (the document has no narrative to check)');
}

/** The location of a sentence: its text (and page). */
export function sentenceAt(ctx: RuleContext, at: number, extra: Location = {}): Location {
  const s = ctx.doc.narrative![at]!;
  return { ...extra, ...(s.page !== undefined ? { page: s.page } : {}), text: s.text };
}

/** An amount in words of the narrative's unit, as precise as it is ("1,845.57", "1,259.2698"). */
export const money = (fen: Fen, unit: MoneyUnit = '万元') => shown(fen, unit);

/** The figure as the sentence prints it ("1,845.57万元"), or its wording ("未安排"). */
export const printed = (a: StatedAmount) => (/\d/.test(a.text) ? `${a.text}${a.unit}` : a.text);

/** A change with its sign: +Z for 增加, −Z for 减少. */
export const signedChange = (c: Claim): Fen => (c.change ? c.change.sign * c.change.fen : 0);

/** This year's amount of a claim's subject as the narrative states it: the claim's own, else the same subject's nearest. */
export function statedCurrent(claims: readonly Claim[], c: Claim): StatedAmount | undefined {
  if (c.amount) return c.amount;
  const same = claims.filter((o) => o.key === c.key && o.amount && !o.absent && o.kind !== 'allocation');
  return (same.filter((o) => o.at <= c.at).at(-1) ?? same[0])?.amount;
}

/** This year's amount: the tables' (or the Disclosure's) figure, else the narrative's own. */
export function currentOf(ctx: RuleContext, claims: readonly Claim[], c: Claim): { fen: Fen; figure?: Figure } | undefined {
  const figure = c.key ? currentFigure(ctx, c.key) : undefined;
  if (figure) return { fen: figure.fen, figure };
  const stated = statedCurrent(claims, c);
  return stated ? { fen: stated.fen } : undefined;
}

/** Compares a stated amount with the figure of the tables or the Disclosure; 尾差 as info. */
export function compareStated(ctx: RuleContext, c: Claim, stated: StatedAmount, fig: Figure, what?: { zh: string; en: string }): void {
  // One figure printed twice must match (up to a coarser text's rounding); a sum of n printed cells n half-units.
  const bound = repeatedFigureBound(stated, { unit: fig.unit }) + sumBound(fig.addends, fig.unit);
  reportComparison(ctx, {
    location: sentenceAt(ctx, c.at, fig.location),
    what: what ?? { zh: `说明中“${c.label}”${printed(stated)}与${fig.source.zh}`, en: `The narrative's “${c.label}” (${printed(stated)}) against ${fig.source.en}` },
    expected: fig.fen,
    actual: stated.fen,
    bound,
    unit: stated.unit,
  });
}

/** A check of stated parts against a stated whole inside the narrative (e.g. 三公 items against the 三公 total). */
export function checkTextParts(ctx: RuleContext, whole: Claim, parts: readonly Claim[], what: { zh: string; en: string }): void {
  if (!whole.amount || parts.length < 2 || parts.some((p) => !p.amount)) return;
  const unit = whole.amount.unit;
  reportComparison(ctx, {
    location: sentenceAt(ctx, whole.at),
    what: {
      zh: `${what.zh}：${parts.map((p) => `“${p.label}”${printed(p.amount!)}`).join(' + ')} 对“${whole.label}”`,
      en: `${what.en}: ${parts.map((p) => `“${p.label}” ${printed(p.amount!)}`).join(' + ')} against “${whole.label}”`,
    },
    expected: parts.reduce((a, p) => a + p.amount!.fen, 0),
    actual: whole.amount.fen,
    bound: sumBound(parts.length, unit),
    unit,
  });
}

/** Where another sentence stands, for messages: its innermost heading. */
export function headingOf(ctx: RuleContext, at: number): string {
  const s = ctx.doc.narrative![at]!;
  return s.section.at(-1)?.replace(/^第[一二三四五六七八九十]+部分/, '') ?? `第 ${at + 1} 句`;
}
