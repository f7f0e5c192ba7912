// Shares and year-on-year changes the narrative states, checked against the tables, the Disclosure's
// prior-year figures and each other: "X万元，占Y%，比上年增加Z万元，增长W%".
import { roundToUnit, type Fen } from '../model/money.ts';
import { resolveSubject } from './claim-subjects.ts';
import type { Claim, NarrativeClaims, StatedPercent } from './claims.ts';
import { currentOf, money, narrativeOf, printed, sentenceAt, signedChange, statedCurrent } from './narrative-context.ts';
import { currentFigure, exactFigure, priorFigure, type Figure } from './narrative-figures.ts';
import { pctRange, pctScaled, percentVerdict, shownPct } from './percent-math.ts';
import { halfUnit, repeatedFigureBound } from './tolerance.ts';
import type { RuleContext } from './types.ts';

const sign = (x: number) => (x > 0 ? 1 : x < 0 ? -1 : 0);
const pctText = (p: StatedPercent) => `${p.text}%`;

/** Reports a stated percentage against the one computed from figures; rounding of the figures is info. */
function reportPercent(
  ctx: RuleContext,
  c: Claim,
  stated: StatedPercent,
  exact: bigint,
  range: readonly [bigint, bigint],
  what: { zh: string; en: string },
  hint = { zh: '', en: '' },
): boolean {
  const verdict = percentVerdict(stated.scaled, exact, range);
  if (verdict === 'equal') return true;
  const d = stated.decimals;
  const figures = { expected: shownPct(exact, d), actual: shownPct(stated.scaled, d), difference: shownPct(stated.scaled - exact, d) };
  if (verdict === 'rounding') {
    ctx.report({
      severity: 'info',
      message: {
        zh: `${what.zh}：说明为 ${figures.actual}%，按印刷数计算为 ${figures.expected}%，在金额四舍五入可解释的范围内（${shownPct(range[0], d)}%–${shownPct(range[1], d)}%）`,
        en: `${what.en}: stated ${figures.actual}%, the printed figures give ${figures.expected}% — within what rounding of the figures explains (${shownPct(range[0], d)}%–${shownPct(range[1], d)}%)`,
      },
      location: sentenceAt(ctx, c.at),
      ...figures,
    });
    return true;
  }
  ctx.report({
    message: {
      zh: `${what.zh}不符：说明为 ${figures.actual}%，应为 ${figures.expected}%${hint.zh}`,
      en: `${what.en} does not hold: stated ${figures.actual}%, should be ${figures.expected}%${hint.en}`,
    },
    location: sentenceAt(ctx, c.at),
    ...figures,
  });
  return false;
}

/** The whole a share is of: named ("占“三公”经费的"), the "其中" whole, else the subject's parent. */
function parentKey(key: string): string | undefined {
  const [head, group, code] = key.split('.');
  if (head === 'income' || (head === 'spending' && group === 'all')) return 'total';
  if (head === 'spending') return `total.${group}`;
  if (head === 'function' && code) return group === 'all' ? 'total' : `total.${group}`;
  if (head === 'three_public') return 'three_public.total';
  if (head === 'procurement') return 'procurement';
  if (head === 'carryover') return 'carryover';
  return undefined;
}

function wholeOf(ctx: RuleContext, n: NarrativeClaims, c: Claim): { fen: number; label: string; slack: number } | undefined {
  const unit = c.amount?.unit ?? '万元';
  const named = c.share?.whole;
  let key = !named ? undefined : /^(本年|部门|本部门)?(支出|收入|收支)(预算)?(合计|总计|总额)|^收支总/.test(named) ? 'total' : resolveSubject({ label: named, lead: '', before: '', section: c.section, reason: false }, n.names);
  if (!key && c.parent?.amount) return { fen: c.parent.amount.fen, label: c.parent.label, slack: halfUnit(unit, c.parent.amount.decimals) };
  key ??= c.key ? parentKey(c.key) : undefined;
  if (!key) return undefined;
  const stated = n.claims.filter((o) => o.key === key && o.amount && o.kind === 'statement' && o.at <= c.at).at(-1);
  if (stated?.amount) return { fen: stated.amount.fen, label: stated.label, slack: halfUnit(unit, stated.amount.decimals) };
  const fig = currentFigure(ctx, key);
  return fig ? { fen: fig.fen, label: fig.source.zh, slack: halfUnit(fig.unit) } : undefined;
}

/** TXT-SHARE: "占Y%" is the part over the whole of its paragraph. */
export function checkShares(ctx: RuleContext): void {
  const n = narrativeOf(ctx);
  const shares = n.claims.filter((c) => c.share);
  if (shares.length === 0) ctx.notApplicable('说明中没有“占…%” (no shares stated)');
  let checked = 0;
  for (const c of shares) {
    const part = c.amount;
    const whole = wholeOf(ctx, n, c);
    if (!part || !whole || whole.fen === 0) continue;
    checked++;
    const d = c.share!.decimals;
    const exact = pctScaled(part.fen, whole.fen, d);
    const range = pctRange(part.fen, whole.fen, halfUnit(part.unit, part.decimals), whole.slack, d);
    if (adjustedToHundred(n, c, exact, whole.fen)) {
      ctx.report({
        severity: 'info',
        message: {
          zh: `“${c.label}”占比说明为 ${c.share!.text}%，按印刷数为 ${shownPct(exact, d)}%；同组各占比合计为 100%，系调整尾数`,
          en: `The share of “${c.label}” is ${c.share!.text}% against ${shownPct(exact, d)}% computed: adjusted so that the shares of its group total 100%`,
        },
        location: sentenceAt(ctx, c.at),
        expected: shownPct(exact, d),
        actual: c.share!.text,
      });
      continue;
    }
    // the whole the stated share implies, to help find what it was taken of (a total with other items in it)
    const scaled = c.share!.scaled;
    const implied = scaled > 0n ? roundToUnit(Number((BigInt(part.fen) * 100n * 10n ** BigInt(d)) / scaled), part.unit, part.decimals) : undefined;
    const hint = implied === undefined ? undefined : { zh: `；按说明的占比，整体应约为 ${money(implied, part.unit)}`, en: `; the stated share implies a whole of about ${money(implied, part.unit)}` };
    reportPercent(
      ctx,
      c,
      c.share!,
      exact,
      range,
      { zh: `“${c.label}”占比（${printed(part)} ÷ “${whole.label}”${money(whole.fen)}）`, en: `The share of “${c.label}” (${printed(part)} of ${money(whole.fen)})` },
      hint,
    );
  }
  if (checked === 0) ctx.unchecked('找不到占比的整体 (the whole of no share could be found)');
}

/**
 * The convention of adjusting one share by a last-digit unit so that the shares of a whole total 100%: the
 * stated shares of the parts total exactly 100, the computed ones do not, and this one is off by one unit.
 */
function adjustedToHundred(n: NarrativeClaims, c: Claim, exact: bigint, whole: number): boolean {
  const d = c.share!.decimals;
  const diff = c.share!.scaled - exact;
  if (!c.parent || (diff !== 1n && diff !== -1n)) return false;
  const group = n.claims.filter((o) => o.parent === c.parent && o.share && o.amount && o.share.decimals === d);
  const hundred = 100n * 10n ** BigInt(d);
  const stated = group.reduce((a, o) => a + o.share!.scaled, 0n);
  const computed = group.reduce((a, o) => a + pctScaled(o.amount!.fen, whole, d), 0n);
  return stated === hundred && computed !== hundred;
}

/** Claims with a change or a percentage change, whose subject is known. */
const changeClaims = (n: NarrativeClaims) => n.claims.filter((c) => c.key && (c.change || c.percent));

/**
 * TXT-CHANGE: X, Z and W agree. With the Disclosure's prior-year figure P and this year's C: Z = C − P and
 * W = Z / P; without it, W = Z / (X − Z). Says which number is off and what it should be.
 */
export function checkChanges(ctx: RuleContext): void {
  const n = narrativeOf(ctx);
  const claims = changeClaims(n);
  if (claims.length === 0) ctx.notApplicable('说明中没有与上年比较的增减 (no year-on-year changes stated)');
  for (const c of claims) {
    const prior = priorFigure(ctx, c.key!);
    const current = currentOf(ctx, n.claims, c);
    if (!current) continue;
    if (prior !== undefined) checkAgainstPrior(ctx, c, current, prior, exactFigure(ctx, c.key!));
    else checkInternally(ctx, n, c);
  }
}

function checkAgainstPrior(ctx: RuleContext, c: Claim, current: { fen: Fen; figure?: Figure }, prior: number, exact: number | undefined): void {
  // The narrative's unit, and the unit this year's figure is printed in (a table in 元 under a narrative in 万元).
  const unit = c.change?.unit ?? c.amount?.unit ?? ctx.doc.meta.unit;
  const figureUnit = current.figure?.unit ?? unit;
  const change = current.fen - prior;
  const basis = { zh: `本年 ${money(current.fen)} − 上年 ${money(prior)}`, en: `this year ${money(current.fen)} − prior year ${money(prior)}` };
  if (c.change) {
    const diff = c.change.fen - Math.abs(change);
    // The change of figures printed in the narrative's unit: exact when the table prints them so, else within
    // half of the narrative's last digit.
    const bound = repeatedFigureBound(c.change, { unit: figureUnit });
    if (diff !== 0) {
      const rounding = Math.abs(diff) <= bound;
      ctx.report({
        ...(rounding ? { severity: 'info' as const } : {}),
        message: rounding
          ? {
              zh: `“${c.label}”比上年增减额：说明为${c.change.word}${printed(c.change)}，按${basis.zh}为${change < 0 ? '减少' : '增加'}${money(Math.abs(change))}万元，在四舍五入尾差范围内（±${money(bound)}）`,
              en: `The change of “${c.label}”: stated ${c.change.word} ${printed(c.change)}, ${basis.en} gives ${money(change)} — within rounding (±${money(bound)})`,
            }
          : {
              zh: `“${c.label}”比上年增减额不符：说明为${c.change.word}${printed(c.change)}，按${basis.zh}应为${change < 0 ? '减少' : '增加'}${money(Math.abs(change))}万元`,
              en: `The change of “${c.label}” does not hold: stated ${c.change.word} ${printed(c.change)}, ${basis.en} gives ${money(change)}`,
            },
        location: sentenceAt(ctx, c.at),
        expected: money(Math.abs(change)),
        actual: money(c.change.fen),
        difference: money(diff),
      });
    }
  }
  if (c.percent && prior > 0 && current.fen !== 0) {
    const d = c.percent.decimals;
    const printedPct = pctScaled(change, prior, d);
    // With the exact amount known, the percentage may be of the printed figure, of the exact one, or — a table
    // finer than the narrative — of the figure as the narrative prints it (rounded to its unit); else anything
    // rounding of the narrative's figures explains.
    const candidates = [
      printedPct,
      ...(exact !== undefined ? [pctScaled(exact - prior, prior, d)] : []),
      ...(figureUnit !== unit ? [pctScaled(roundToUnit(current.fen, unit) - prior, prior, d)] : []),
    ];
    const range: [bigint, bigint] =
      exact !== undefined
        ? [candidates.reduce((a, b) => (a < b ? a : b)), candidates.reduce((a, b) => (a > b ? a : b))]
        : pctRange(change, prior, halfUnit(unit), 0, d);
    reportPercent(ctx, c, c.percent, printedPct, range, {
      zh: `“${c.label}”增减幅度（${basis.zh}，除以上年）`,
      en: `The percentage change of “${c.label}” (${basis.en}, over the prior year)`,
    });
  }
}

function checkInternally(ctx: RuleContext, n: NarrativeClaims, c: Claim): void {
  const x = statedCurrent(n.claims, c);
  if (!x || !c.change || !c.percent) return;
  const z = signedChange(c);
  // a prior year the sentence states itself is the base of its percentage
  const prior = c.prior?.fen ?? x.fen - z;
  if (prior <= 0 || x.fen === 0) return; // zero base and negative priors: TXT-ZERO-BASE
  const d = c.percent.decimals;
  const exact = pctScaled(z, prior, d);
  // Both this year's and last year's figures are rounded: the change may be off by two half-units, the prior by one.
  const slack = halfUnit(x.unit, Math.min(x.decimals, c.change.decimals));
  const w = BigInt(c.percent.sign) * c.percent.scaled;
  const scale = 100n * 10n ** BigInt(d);
  // what the other two figures imply, rounded as the sentence prints its amounts
  const decimals = Math.min(x.decimals, c.change.decimals);
  const asPrinted = (fen: bigint) => roundToUnit(Number(fen), x.unit, decimals);
  const zFromW = w === -scale ? undefined : asPrinted((BigInt(x.fen) * w) / (scale + w));
  const xFromW = w === 0n ? undefined : asPrinted((BigInt(z) * (scale + w)) / w);
  reportPercent(
    ctx,
    c,
    c.percent,
    exact,
    pctRange(z, prior, 2 * slack, slack, d),
    { zh: `“${c.label}”${printed(x)}、增减${money(z)}万元与${pctText(c.percent)}三者`, en: `“${c.label}”: amount ${printed(x)}, change ${money(z)} and ${pctText(c.percent)}` },
    {
      zh: `（按金额与增减额，上年为 ${money(prior)}）${zFromW !== undefined ? `；若金额与增幅正确，增减额应为 ${money(zFromW)}` : ''}${xFromW !== undefined ? `；若增减额与增幅正确，金额应为 ${money(xFromW)}` : ''}`,
      en: ` (amount and change imply a prior year of ${money(prior)})${zFromW !== undefined ? `; if the amount and the percentage are right, the change should be ${money(zFromW)}` : ''}${xFromW !== undefined ? `; if the change and the percentage are right, the amount should be ${money(xFromW)}` : ''}`,
    },
  );
}

/** TXT-DIRECTION: 增加/增长 with a rise, 减少/下降 with a fall, 持平 with none. */
export function checkDirections(ctx: RuleContext): void {
  const n = narrativeOf(ctx);
  const claims = n.claims.filter((c) => c.key && (c.change || c.percent || c.flat));
  if (claims.length === 0) ctx.notApplicable('说明中没有增减方向 (no directions stated)');
  for (const c of claims) {
    const words = [c.change, c.percent].filter((w) => w !== undefined);
    const report = (zh: string, en: string) => ctx.report({ message: { zh: `“${c.label}”${zh}`, en: `“${c.label}”: ${en}` }, location: sentenceAt(ctx, c.at) });
    if (c.change && c.change.fen < 0) report(`“${c.change.word}”后跟负数 ${c.change.text}，方向不明`, `a negative number after “${c.change.word}” (${c.change.text}) leaves the direction unclear`);
    const moving = words.filter((w) => ('fen' in w ? w.fen !== 0 : w.scaled !== 0n));
    if (moving.length === 2 && moving[0]!.sign !== moving[1]!.sign) {
      report(`增减额用“${moving[0]!.word}”，增幅用“${moving[1]!.word}”，方向矛盾`, `the change says “${moving[0]!.word}” and the percentage “${moving[1]!.word}”`);
    }
    if (c.flat && moving.length > 0) report(`称“${c.flat}”，却有增减（${moving.map((w) => `${w.word}${w.text}`).join('，')}）`, `says “${c.flat}” but states a change`);
    const prior = priorFigure(ctx, c.key!);
    const current = currentOf(ctx, n.claims, c);
    if (prior === undefined || !current) continue;
    const actual = sign(current.fen - prior);
    const want = actual > 0 ? '增加' : actual < 0 ? '减少' : '持平';
    for (const w of moving) {
      if (actual !== 0 && w.sign !== actual) report(`用“${w.word}”，但本年 ${money(current.fen)} 对上年 ${money(prior)} 应为${want}`, `says “${w.word}” but ${money(current.fen)} against ${money(prior)} is ${actual > 0 ? 'a rise' : actual < 0 ? 'a fall' : 'no change'}`);
    }
    if (c.flat && actual !== 0) report(`称“${c.flat}”，但本年 ${money(current.fen)} 对上年 ${money(prior)} 应为${want}`, `says “${c.flat}” but ${money(current.fen)} against ${money(prior)} changed`);
  }
}

/** TXT-ZERO-BASE: from 0 ("增长100.00%" by convention, 0→0 no change), to 0 ("下降100.00%"), never a negative prior. */
export function checkZeroBase(ctx: RuleContext): void {
  const n = narrativeOf(ctx);
  let found = 0;
  for (const c of changeClaims(n)) {
    const stated = statedCurrent(n.claims, c);
    const current = currentOf(ctx, n.claims, c)?.fen ?? stated?.fen;
    const prior = priorFigure(ctx, c.key!) ?? (stated && c.change ? stated.fen - signedChange(c) : undefined);
    if (current === undefined || prior === undefined) continue;
    const report = (zh: string, en: string, expected?: string) =>
      ctx.report({
        message: { zh: `“${c.label}”${zh}`, en: `“${c.label}”: ${en}` },
        location: sentenceAt(ctx, c.at),
        ...(expected && c.percent ? { expected, actual: `${c.percent.sign < 0 ? '-' : ''}${c.percent.text}` } : {}),
      });
    const hundred = (p: StatedPercent) => p.scaled === 100n * 10n ** BigInt(p.decimals);
    if (prior < 0) {
      found++;
      report(`按本年 ${money(current)} 与增减额推算，上年为负数 ${money(prior)}，不可能`, `this year ${money(current)} and the change imply a negative prior year (${money(prior)})`);
    } else if (prior === 0 && current === 0) {
      found++;
      if (c.percent && c.percent.scaled !== 0n) report(`上年与本年均为 0，增幅应为 0.00% 或“持平”，说明为 ${pctText(c.percent)}`, `0 in both years: no percentage change, stated ${pctText(c.percent)}`, '0.00');
    } else if (prior === 0) {
      found++;
      if (c.percent && (!hundred(c.percent) || c.percent.sign < 0)) {
        report(`上年为 0（新增），增幅无法计算，惯例写“增长100.00%”，说明为${c.percent.word}${pctText(c.percent)}`, `new this year (prior 0): by convention “增长100.00%”, stated ${c.percent.word} ${pctText(c.percent)}`, '100.00');
      }
    } else if (current === 0) {
      found++;
      if (c.percent && (!hundred(c.percent) || c.percent.sign > 0)) {
        report(`本年为 0，上年 ${money(prior)}，应为“下降100.00%”，说明为${c.percent.word}${pctText(c.percent)}`, `0 this year against ${money(prior)}: “下降100.00%”, stated ${c.percent.word} ${pctText(c.percent)}`, '-100.00');
      }
    }
  }
  if (found === 0) ctx.notApplicable('说明中没有从 0 起或降到 0 的增减 (no change from or to zero)');
}
