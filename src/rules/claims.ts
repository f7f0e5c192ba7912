// Claims the narrative states: every amount ("X万元"), share ("占Y%"), change ("比上年增加Z万元") and
// percentage change ("增长W%"), what each is of (its subject key, see claim-subjects.ts), and the lists,
// project allocations and empty-fund statements around them. Built once per document from its sentences.
import type { CheckDocument, Sentence } from '../check/document.ts';
import { parseFen, type Fen, type MoneyUnit } from '../model/money.ts';
import { bodyNames } from '../model/body-names.ts';
import { DocumentNames, resolveSubject, sectionKind, type SectionKind } from './claim-subjects.ts';

/** A number as printed in a sentence. */
export interface Num {
  text: string;
  /** Offsets of the number (without unit) in the sentence. */
  start: number;
  end: number;
  decimals: number;
}
export interface StatedAmount extends Num {
  fen: Fen;
  unit: MoneyUnit;
}
/** A percentage: its magnitude scaled by 10^decimals ("15.28" → 1528n). */
export interface StatedPercent extends Num {
  scaled: bigint;
}
export type Sign = -1 | 0 | 1;
export interface Direction {
  sign: Sign;
  /** The word as printed (增加, 减少, 增长, 下降 …). */
  word: string;
}

export type ClaimKind = 'statement' | 'reason' | 'scale' | 'allocation';

export interface Claim {
  /** Index of the sentence in doc.narrative. */
  at: number;
  section: SectionKind;
  kind: ClaimKind;
  /** The subject as worded. */
  label: string;
  key?: string;
  amount?: StatedAmount;
  /** "未安排" / "无": stated as nothing (amount 0). */
  absent?: boolean;
  share?: StatedPercent & { whole?: string };
  change?: StatedAmount & Direction;
  percent?: StatedPercent & Direction;
  /** The prior year's amount when the sentence states it ("与2016年度相比（2016年度…为8,648.07万元），增加…"). */
  prior?: StatedAmount;
  /** 持平 / 与上年一致 / 零增长. */
  flat?: string;
  /** For a reason: the claim it explains. */
  explains?: Claim;
  /** The whole of the "其中" list this claim is a part of. */
  parent?: Claim;
  /** Project of a 预算安排规模 or 资金分配 claim. */
  project?: string;
  /** 0-based position of an allocation within its project. */
  position?: number;
}

/** "9人*0.3万元/套=2.7万元": a count times a unit price stated as a total. */
export interface Product {
  at: number;
  count: number;
  price: StatedAmount;
  total: StatedAmount;
}

/** "收入预算包括：A、B" / "支出预算包括：…" / "收入全部为A" / "无B和C". */
export interface StatedList {
  at: number;
  section: SectionKind;
  what: 'income' | 'spending' | 'only' | 'none';
  items: string[];
}

/** "…没有使用政府性基金预算拨款安排的支出，…为空表". */
export interface EmptyFundStatement {
  at: number;
  fund: 'gov_fund' | 'state_capital';
}

export interface NarrativeClaims {
  claims: Claim[];
  products: Product[];
  lists: StatedList[];
  emptyFunds: EmptyFundStatement[];
  names: DocumentNames;
}

// ---------------------------------------------------------------------------------------------- numbers

const NUMBER = /(-?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*(万万元|亿元|万元|元|%)/g;
const THRESHOLD = /^\s*([(（]含[)）])?\s*(以上|以下|及以上)/;
const PER = /^\s*[/／]/;

interface Token {
  num: Num;
  unit: MoneyUnit | '%';
  negative: boolean;
  /** Offset after the unit. */
  end: number;
}

/** Full-width digits and signs to ASCII, keeping every offset. */
function halfWidth(text: string): string {
  return text.replace(/[\uFF05\uFF0C\uFF0E\uFF10-\uFF19\uFF0D]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

function tokens(text: string, from: number, to: number): Token[] {
  const plain = halfWidth(text);
  const out: Token[] = [];
  for (const m of plain.slice(0, to).matchAll(NUMBER)) {
    const start = m.index + m[1]!.length;
    if (start < from) continue;
    const after = plain.slice(m.index + m[0].length);
    if (THRESHOLD.test(after) || PER.test(after)) continue; // "50万元以上" defines a category; "0.3万元/套" is a price
    if (/[\d.]$/.test(plain.slice(0, m.index))) continue;
    const digits = `${m[2]}${m[3] ? `.${m[3]}` : ''}`;
    const unit = m[4] === '%' ? '%' : m[4] === '万万元' ? '万元' : (m[4] as MoneyUnit); // "万万元" is a unit slip (hygiene)
    out.push({ num: { text: digits, start, end: start + digits.length, decimals: m[3]?.length ?? 0 }, unit, negative: m[1] === '-', end: m.index + m[0].length });
  }
  return out;
}

function amountOf(t: Token): StatedAmount {
  const fen = parseFen(t.num.text, t.unit as MoneyUnit) ?? 0;
  return { ...t.num, fen: t.negative ? -fen : fen, unit: t.unit as MoneyUnit };
}

function percentOf(t: Token): StatedPercent {
  return { ...t.num, scaled: BigInt(t.num.text.replaceAll(',', '').replace('.', '')) };
}

// ---------------------------------------------------------------------------------------------- words

const UP = /(增加|增长|上升|提高|增)(了)?(约)?$/;
const DOWN = /(减少|下降|降低|压减|缩减|减)(了)?(约)?$/;
/** A direction word inside the words before a figure, followed by what changed ("增加人员经费"). */
const DIR_INSIDE = /(增加|减少|增长|下降|压减)了?([^，,。；;\d]{1,24})$/;
const COMPARATOR = /(?:比|较|与)(?:上年|去年|上一年度?|\d{4}年度?|同期)(?:[（(][^）)]*[）)])?(?:预算数?|决算数?|执行数?|结转|同期)?(?:相比|比较)?|同比|相比/;
const FLAT = /持平|一致|相同|不变|零增长/;
const REASON = /主要原因(是|为|：|:)?|原因(是|为)|主要是由于|主要是因为|这是由于/;

/** The direction word of a change: at the end of the words before the figure ("比上年增加"), or inside them after a subject ("基本支出增加人员经费"); `at` is where it starts. */
function changeWord(before: string, body: string): (Direction & { at: number }) | undefined {
  const up = UP.exec(before);
  if (up) return { sign: 1, word: up[1]!, at: up.index };
  const down = DOWN.exec(before);
  if (down) return { sign: -1, word: down[1]!, at: down.index };
  const inner = DIR_INSIDE.exec(before);
  if (inner && !isBare(cleaned(before.slice(0, inner.index), body))) return { sign: inner[1]!.startsWith('增') ? 1 : -1, word: inner[1]!, at: inner.index };
  return undefined;
}

/** The words of a subject: no body name, years, numbering, lead-in or trailing filler. */
function cleaned(text: string, body: string): string {
  let s = bodyNames(body).reduce((t, name) => t.replaceAll(name, ''), body ? text.replaceAll(body, '') : text).replace(/\d{4}年度?[，,]?/g, '');
  s = s.replace(/^[\s，,；;：:、。]+/, '');
  s = s.replace(/^([(（][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|\d{1,2}[、．.](?!\d))\s*/, '');
  s = s.replace(/^(其中|包括|而|故|同时|另外|此外|以及|和|及|的)[：:，,]?/, '');
  for (let prev = ''; prev !== s; ) {
    prev = s;
    s = s.replace(/(为|是|共计|共|达|约|：|:|、|，|,)$/, '');
  }
  return s.trim();
}

const FILLER = /\d{4}年度?|本年|当年|预算数?|数额?|金额|价值|为|是|共计?|合计|总计|总额|安排|涉及|其中|包括|[：:、，,\s]/g;
const isBare = (label: string) => label.replace(FILLER, '') === '';

/**
 * An amount in brackets that states the prior year's figure, right after a comparison ("与2016年度相比（2016年度
 * 部门支出预算安排为8,648.07万元）"): where the subject's words end (before the comparison), else undefined.
 */
function priorInBracket(text: string, from: number, at: number): { subjectEnd: number } | undefined {
  const open = Math.max(text.lastIndexOf('（', at), text.lastIndexOf('(', at));
  if (open < from || /[）)]/.test(text.slice(open, at))) return undefined;
  const inside = text.slice(open + 1, at);
  if (!/^(上年|去年|上一年度?|\d{4}年度?)/.test(inside)) return undefined;
  const cmp = new RegExp(`(${COMPARATOR.source})$`).exec(text.slice(from, open));
  return cmp ? { subjectEnd: from + cmp.index } : undefined;
}

// ---------------------------------------------------------------------------------------------- clauses

interface Clause {
  start: number;
  end: number;
}

/** Clauses between ，；。： — not inside brackets ("（上一年度，下同）") nor a digit group's comma. */
function clausesOf(text: string, from: number, to: number): Clause[] {
  const out: Clause[] = [];
  let start = from;
  let depth = 0;
  for (let i = from; i <= to; i++) {
    if (/[（(]/.test(text[i] ?? '')) depth++;
    if (/[）)]/.test(text[i] ?? '')) depth = Math.max(0, depth - 1);
    const digitComma = text[i] === ',' && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '');
    if (i === to || (/[，,；;。：:]/.test(text[i]!) && !digitComma && depth === 0)) {
      if (i > start) out.push({ start, end: i });
      start = i + 1;
    }
  }
  return out;
}

/** The goal tables, extracted as run-on text: skipped from the first of them to the end of their section. */
const isGoalTable = (text: string) => /一级指标|二级指标|三级指标|指标值|年度预算总额|项目总体目标|绩效目标表[（(]/.test(text);

interface State {
  names: DocumentNames;
  body: string;
  out: NarrativeClaims;
  /** The 项 of the current paragraph. */
  item?: string;
  /** The project of the current 项目支出 paragraph, and whether its 资金分配 list is open. */
  project?: string;
  allocating: boolean;
  allocations: number;
  /** The claim whose reason continues into the next sentence, if any. */
  openReason?: Claim;
  /** The last whole introduced by "其中" in this section. */
  parent?: Claim;
  lastClaim?: Claim;
  sectionPath?: string;
  /** The section whose goal tables have begun. */
  goalSection?: string;
}

function extractPart(st: State, s: Sentence, at: number, section: SectionKind, from: number, to: number, reasonFor: Claim | undefined): Claim[] {
  const text = s.text;
  const made: Claim[] = [];
  const kind: ClaimKind = reasonFor ? 'reason' : 'statement';
  let current: Claim | undefined;
  /** Clauses without figures since the last figure: what a bare "价值…万元" or "比上年增加…" is about. */
  let lead = '';
  const newClaim = (label: string, end: number): Claim => {
    const leadText = cleaned(lead, st.body);
    const key = resolveSubject(
      {
        label,
        lead: leadText,
        before: text.slice(from, end),
        section,
        reason: kind === 'reason',
        ...(st.item ? { item: st.item } : {}),
        ...(reasonFor?.key ? { explains: reasonFor.key } : {}),
      },
      st.names,
    );
    const shown = label || leadText.replace(/(因|由于|随着).*$/, '') || leadText;
    const claim: Claim = { at, section, kind, label: shown, ...(key ? { key } : {}), ...(reasonFor ? { explains: reasonFor } : {}) };
    if (kind === 'statement' && st.parent) claim.parent = st.parent;
    made.push(claim);
    lead = '';
    return claim;
  };
  const markParent = (words: string) => {
    if (kind === 'statement' && current && /其中|(?<!主要)包括/.test(words)) st.parent = current;
  };
  for (const clause of clausesOf(text, from, to)) {
    const clauseText = text.slice(clause.start, clause.end);
    const toks = tokens(text, clause.start, clause.end);
    if (toks.length === 0) {
      const absent = /^(.+?)(未安排|无安排|没有安排)$/.exec(clauseText);
      const flat = FLAT.exec(clauseText);
      if (absent && kind === 'statement') {
        current = newClaim(cleaned(absent[1]!, st.body), clause.start);
        current.absent = true;
        current.amount = { text: absent[2]!, start: clause.start + absent[1]!.length, end: clause.end, decimals: 2, fen: 0, unit: '万元' };
      } else if (flat && kind === 'statement' && isBare(cleaned(clauseText.replace(COMPARATOR, '').replace(FLAT, ''), st.body))) {
        const target = current ?? (st.lastClaim?.at === at - 1 ? st.lastClaim : undefined);
        if (target) target.flat = flat[0];
      } else {
        lead += clauseText;
      }
      markParent(clauseText);
      continue;
    }
    let cursor = clause.start;
    for (const tok of toks) {
      const before = text.slice(cursor, tok.num.start - (tok.negative ? 1 : 0));
      cursor = tok.end;
      if (tok.unit === '%') {
        const share = /占(.*?)(的|比重为?|比例为?)?$/.exec(before);
        const dir = UP.exec(before) ?? DOWN.exec(before) ? changeWord(before, st.body) : undefined;
        if (share && current) current.share = { ...percentOf(tok), ...(share[1] ? { whole: share[1] } : {}) };
        else if (dir && current) current.percent = { ...percentOf(tok), sign: dir.sign, word: dir.word };
        continue;
      }
      const dir = changeWord(before, st.body);
      if (!dir && /^[，,]?占[^\d]*$/.test(before)) continue; // "占项目支出5533万元，占68.48%": a share phrase broken by extraction
      if (!dir) {
        const prior = priorInBracket(text, clause.start, tok.num.start);
        if (prior) {
          // the prior year's figure, in brackets after the comparison: the subject is the words before the comparison
          current = newClaim(cleaned(text.slice(clause.start, prior.subjectEnd), st.body), tok.num.start);
          current.prior = amountOf(tok);
          continue;
        }
        const label = cleaned(before, st.body);
        current = newClaim(isBare(label) ? '' : label, tok.num.start);
        current.amount = amountOf(tok);
        continue;
      }
      // "基本支出增加人员经费1,408.29万元": the subject is before the word, what it went on after it.
      const words = before.slice(0, dir.at);
      const cmp = COMPARATOR.exec(words);
      const pre = cleaned(cmp ? words.slice(0, cmp.index) : words, st.body);
      const mid = cmp ? cleaned(words.slice(cmp.index + cmp[0].length), st.body) : '';
      const subject = !isBare(pre) ? pre : !isBare(mid) ? mid : '';
      let target: Claim | undefined;
      if (subject) target = newClaim(subject, tok.num.start);
      else if (current) target = current;
      // a lead that is only the comparison ("与上年相比，增加…") names no subject of its own
      else if (!isBare(cleaned(lead.replace(COMPARATOR, ''), st.body))) target = newClaim('', tok.num.start);
      else if (kind === 'statement' && st.lastClaim?.at === at - 1 && !st.lastClaim.change) target = st.lastClaim; // "…。与上年相比增加…"
      else target = newClaim('', tok.num.start);
      target.change = { ...amountOf(tok), sign: dir.sign, word: dir.word };
      current = target;
    }
    lead = '';
    markParent(text.slice(cursor, clause.end));
  }
  return made;
}

/** 项目支出 paragraphs: 项目名称, 预算安排规模, 资金分配情况 (until 资金执行时间). */
function extractProject(st: State, s: Sentence, at: number): void {
  const text = s.text;
  const name = /项目名称[：:]\s*(.+?)(?=设立的政策依据|设立依据|政策依据|项目承担单位|预算安排规模|项目概述|[。；]|$)/.exec(text);
  if (name) {
    st.project = name[1]!.trim();
    st.allocating = false;
    st.allocations = 0;
  }
  if (!st.project) return;
  const scale = /预算安排规模[：:]\s*/.exec(text);
  const scaleTok = scale ? tokens(text, scale.index + scale[0].length, text.length)[0] : undefined;
  if (scale && scaleTok?.num.start === scale.index + scale[0].length) {
    st.out.claims.push({ at, section: 'projects', kind: 'scale', label: '预算安排规模', key: `project:${st.project}`, project: st.project, amount: amountOf(scaleTok) });
  }
  const open = /资金分配情况[：:]/.exec(text);
  if (!open && !st.allocating) return;
  const from = open ? open.index + open[0].length : 0;
  const stop = /资金执行时间/.exec(text.slice(from));
  const to = stop ? from + stop.index : text.length;
  st.allocating = !stop;
  const region = text.slice(from, to);
  for (const p of region.matchAll(/(\d+)\s*[人个套台件名次份辆]?\s*[*×xX＊]\s*(\d+(?:\.\d+)?)\s*万元\s*[/／][^=＝]{0,3}[=＝]\s*/g)) {
    const priceStart = from + p.index + p[0].indexOf(p[2]!, p[1]!.length);
    const priceEnd = priceStart + p[2]!.length;
    const price: Token = { num: { text: p[2]!, start: priceStart, end: priceEnd, decimals: p[2]!.split('.')[1]?.length ?? 0 }, unit: '万元', negative: false, end: priceEnd };
    const total = tokens(text, from + p.index + p[0].length, to)[0];
    if (total) st.out.products.push({ at, count: Number(p[1]), price: amountOf(price), total: amountOf(total) });
  }
  let cursor = from;
  for (const tok of tokens(text, from, to)) {
    if (tok.unit === '%') continue;
    const words = cleaned(text.slice(cursor, tok.num.start), st.body).replace(/[：:]?\d+\s*[人个套台件名次份辆]?\s*[*×xX＊].*$/, '');
    const label = words.replace(/[，,；;]?(预算总控制价为?|预算费用为?|费用为)$/, '') || '资金分配';
    st.out.claims.push({ at, section: 'projects', kind: 'allocation', label, project: st.project, position: st.allocations++, amount: amountOf(tok) });
    cursor = tok.end;
  }
}

const LIST_PATTERNS: readonly [StatedList['what'], RegExp][] = [
  ['income', /收入预算包括[：:](.+?)[。；]?$/],
  ['spending', /支出预算包括[：:](.+?)[。；]?$/],
  ['only', /收入全部为(.+?)(?=[，。；]|$)/],
  ['none', /[，。；]无(.+?)[。；]?$/],
];

function extractLists(st: State, s: Sentence, at: number, section: SectionKind): void {
  for (const [what, re] of LIST_PATTERNS) {
    const m = re.exec(s.text);
    if (!m || /\d/.test(m[1]!)) continue; // lists with amounts are checked claim by claim
    if (what === 'none' && !/收入全部为/.test(s.text)) continue;
    const items = m[1]!.split(what === 'none' || what === 'only' ? /[、，,]|和|及|与/ : /[、，,]/).map((x) => x.trim()).filter(Boolean);
    st.out.lists.push({ at, section, what, items });
  }
  const empty = /没有使用(政府性基金|国有资本经营)预算拨款安排的支出|(政府性基金|国有资本经营)预算支出(情况)?表为空表/.exec(s.text);
  if (empty) st.out.emptyFunds.push({ at, fund: (empty[1] ?? empty[2]) === '政府性基金' ? 'gov_fund' : 'state_capital' });
}

function extract(doc: CheckDocument, sentences: readonly Sentence[]): NarrativeClaims {
  const out: NarrativeClaims = { claims: [], products: [], lists: [], emptyFunds: [], names: new DocumentNames(doc) };
  const st: State = { names: out.names, body: doc.meta.body, out, allocating: false, allocations: 0 };
  sentences.forEach((s, at) => {
    const section = sectionKind(s.section);
    const path = s.section.join('>');
    if (isGoalTable(s.text)) st.goalSection = path;
    if (section === 'glossary' || st.goalSection === path) return;
    if (path !== st.sectionPath) {
      st.sectionPath = path;
      st.parent = undefined;
      st.item = undefined;
      st.project = undefined;
      st.openReason = undefined;
    }
    extractLists(st, s, at, section);
    if (section === 'projects') return extractProject(st, s, at);
    const numbered = /^([(（][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|\d{1,2}[、．.](?!\d))/.test(s.text);
    if (numbered) st.item = undefined;
    const reasonAt = REASON.exec(s.text);
    const continuing = st.openReason && !numbered && !reasonAt && st.openReason.section === section;
    const statementEnd = continuing ? 0 : (reasonAt?.index ?? s.text.length);
    const statements = extractPart(st, s, at, section, 0, statementEnd, undefined);
    if (section === 'general') {
      const item = statements.find((c) => c.key && /^function\.general_budget\.\d{7}$/.test(c.key) && /[(（]项[)）]|科目/.test(c.label + s.text.slice(0, c.amount?.start ?? 0)));
      if (item) st.item = item.key!.split('.')[2];
    }
    const explained = continuing
      ? st.openReason
      : ([...statements].reverse().find((c) => c.change || c.percent) ?? statements.at(-1) ?? (reasonAt?.index === 0 && st.lastClaim?.at === at - 1 ? st.lastClaim : undefined));
    const reasons = statementEnd < s.text.length ? extractPart(st, s, at, section, reasonAt ? reasonAt.index + reasonAt[0].length : 0, s.text.length, explained) : [];
    out.claims.push(...statements, ...reasons);
    st.lastClaim = statements.at(-1) ?? st.lastClaim;
    st.openReason = (reasonAt || continuing) && /[；;]$/.test(s.text) ? explained : undefined;
  });
  return out;
}

const cache = new WeakMap<CheckDocument, NarrativeClaims>();

/** The claims of a document's narrative (undefined when it has none). */
export function claimsOf(doc: CheckDocument): NarrativeClaims | undefined {
  if (!doc.narrative) return undefined;
  let found = cache.get(doc);
  if (!found) {
    found = extract(doc, doc.narrative);
    cache.set(doc, found);
  }
  return found;
}
