// What the narrative states: amounts and counts read out of its sentences by wording patterns, located at the
// sentence that states them, and compared with figures from the tables or the data.
import type { Sentence } from '../check/document.ts';
import { parseFen, roundToUnit, type Fen, type MoneyUnit } from '../model/money.ts';
import { reportComparison } from './figures.ts';
import { halfUnit, shown } from './tolerance.ts';
import type { Location, RuleContext, Severity } from './types.ts';

/** An amount with its unit as the narrative prints it: two capture groups, number and unit. */
export const AMOUNT = String.raw`([0-9][0-9,]*(?:\.[0-9]+)?)\s*(亿元|万元|元)`;
/** A count (人, 辆, 个 …): one capture group. */
export const COUNT = String.raw`([0-9]+)`;

/** A figure stated in the narrative. */
export interface Stated {
  fen: Fen;
  /** The precision the figure claims: its decimals, two at least ("64万元" means 64.00 万元). */
  decimals: number;
  unit: MoneyUnit;
  sentence: Sentence;
}

/** Sentences joined into one text, so that a statement split at "；" can be read as one. */
export class Passage {
  readonly text: string;
  private readonly starts: number[] = [];
  constructor(readonly sentences: readonly Sentence[]) {
    let text = '';
    for (const s of sentences) {
      this.starts.push(text.length);
      text += s.text;
    }
    this.text = text;
  }

  /** The sentence the character at `index` belongs to. */
  sentenceAt(index: number): Sentence {
    let i = this.starts.length - 1;
    while (i > 0 && this.starts[i]! > index) i--;
    return this.sentences[i]!;
  }

  /** The amount captured by groups `group` (number) and `group + 1` (unit) of a match. */
  amount(m: RegExpExecArray, group = 1): Stated | undefined {
    const number = m[group];
    const unit = m[group + 1] as MoneyUnit | undefined;
    if (number === undefined || unit === undefined) return undefined;
    const fen = parseFen(`${number}${unit}`);
    if (fen === null) return undefined;
    // Narratives drop trailing zeros ("64万元", "139.8万元" for 64.00, 139.80): two decimals at least.
    const decimals = Math.max(2, number.includes('.') ? number.length - number.indexOf('.') - 1 : 0);
    return { fen, decimals, unit, sentence: this.sentenceAt(m.index + m[0].indexOf(number)) };
  }

  /** The count captured by group `group` of a match, with its sentence. */
  count(m: RegExpExecArray, group = 1): { value: number; sentence: Sentence } | undefined {
    const text = m[group];
    if (text === undefined) return undefined;
    return { value: Number(text), sentence: this.sentenceAt(m.index + m[0].indexOf(text)) };
  }

  /** The first match of a pattern from `from` on, or undefined. */
  find(pattern: RegExp, from = 0): RegExpExecArray | undefined {
    const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
    re.lastIndex = from;
    return re.exec(this.text) ?? undefined;
  }

  findAll(pattern: RegExp): RegExpExecArray[] {
    const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
    return [...this.text.matchAll(re)];
  }
}

/** The narrative's sentences, or the rule cannot check. */
export function requireNarrative(ctx: RuleContext): Sentence[] {
  return ctx.doc.narrative ?? ctx.unchecked('没有情况说明文字 (no narrative)');
}

/**
 * Statements: runs of sentences up to one that ends with "。" (the narrative is cut at "；" too), each a
 * Passage, among the sentences whose heading or text matches `about`.
 */
export function statementsAbout(sentences: readonly Sentence[], about: RegExp): Passage[] {
  const out: Passage[] = [];
  let run: Sentence[] = [];
  for (const s of sentences) {
    run.push(s);
    if (!s.text.endsWith('；') && !s.text.endsWith(';')) {
      if (run.some((r) => about.test(r.text) || r.section.some((h) => about.test(h)))) out.push(new Passage(run));
      run = [];
    }
  }
  if (run.length && run.some((r) => about.test(r.text))) out.push(new Passage(run));
  return out;
}

/** All the sentences under a heading that matches `heading`, as one passage (undefined when none). */
export function sectionPassage(sentences: readonly Sentence[], heading: RegExp): Passage | undefined {
  const under = sentences.filter((s) => s.section.some((h) => heading.test(h)));
  return under.length ? new Passage(under) : undefined;
}

export function textLocation(s: Sentence): Location {
  return { ...(s.page !== undefined ? { page: s.page } : {}), text: s.text };
}

/** n stated figures added and compared with another stated figure: n half-units of the coarsest of them. */
export function statedSumBound(parts: readonly Pick<Stated, 'unit' | 'decimals'>[], total: Pick<Stated, 'unit' | 'decimals'>): Fen {
  const decimals = Math.min(total.decimals, ...parts.map((p) => p.decimals));
  if (parts.length <= 1) return parts.every((p) => p.decimals === total.decimals && p.unit === total.unit) ? 0 : halfUnit(total.unit, decimals);
  return parts.length * halfUnit(total.unit, decimals);
}

/**
 * Compares a stated figure with an exact amount of the data: the figure must be that amount rounded half-up
 * to the figure's own precision ("64万元" or "64.00万元" for 640,000.00 元); anything else is the rule's
 * severity. A correctly rounded figure is no trace worth reporting.
 */
export function compareWithData(ctx: RuleContext, c: { stated: Stated; what: { zh: string; en: string }; exact: Fen }): void {
  compareStated(ctx, { stated: c.stated, what: c.what, expected: roundToUnit(c.exact, c.stated.unit, c.stated.decimals), bound: 0 });
}

/** Compares a stated figure with what it should be (printed figures, or a sum of them); reports at the sentence. */
export function compareStated(
  ctx: RuleContext,
  c: { stated: Stated; what: { zh: string; en: string }; expected: Fen; bound: Fen },
): void {
  reportComparison(ctx, {
    location: textLocation(c.stated.sentence),
    what: c.what,
    expected: c.expected,
    actual: c.stated.fen,
    bound: c.bound,
    unit: ctx.doc.meta.unit,
  });
}

/** Reports `actual` beyond `limit` (more than rounding explains) at the rule's severity; within it as info. */
export function reportAtMost(
  ctx: RuleContext,
  c: { location: Location; what: { zh: string; en: string }; limit: Fen; actual: Fen; bound: Fen; unit: MoneyUnit },
): void {
  const excess = c.actual - c.limit;
  if (excess <= 0) return;
  const figures = { expected: shown(c.limit, c.unit), actual: shown(c.actual, c.unit), difference: shown(excess, c.unit) };
  if (excess <= c.bound) {
    ctx.report({
      severity: 'info',
      message: {
        zh: `${c.what.zh}：${figures.actual} 超出上限 ${figures.expected} ${figures.difference}，在四舍五入尾差范围内（±${shown(c.bound, c.unit)}）`,
        en: `${c.what.en}: ${figures.actual} exceeds the limit ${figures.expected} by ${figures.difference} — within rounding (±${shown(c.bound, c.unit)})`,
      },
      location: c.location,
      ...figures,
    });
    return;
  }
  ctx.report({
    message: {
      zh: `${c.what.zh}不成立：${figures.actual} 超出上限 ${figures.expected}，超出 ${figures.difference}`,
      en: `${c.what.en} does not hold: ${figures.actual} exceeds the limit ${figures.expected} by ${figures.difference}`,
    },
    location: c.location,
    ...figures,
  });
}

/** Reports two counts (people, vehicles, projects …) that should be equal. */
export function reportCount(
  ctx: RuleContext,
  c: { location: Location; what: { zh: string; en: string }; expected: number; actual: number; unitWord?: string; severity?: Severity },
): void {
  if (c.expected === c.actual) return;
  const u = c.unitWord ?? '';
  ctx.report({
    ...(c.severity ? { severity: c.severity } : {}),
    message: {
      zh: `${c.what.zh}不符：所述 ${c.actual}${u}，应为 ${c.expected}${u}，相差 ${c.actual - c.expected}${u}`,
      en: `${c.what.en} does not hold: stated ${c.actual}, expected ${c.expected}, difference ${c.actual - c.expected}`,
    },
    location: c.location,
    expected: String(c.expected),
    actual: String(c.actual),
    difference: String(c.actual - c.expected),
  });
}
