// The other statements from the narrative: "三公"经费, 机关运行经费, 政府采购 and 国有资产, each from the text
// under its heading. A figure is a label (因公出国（境）费, 政府采购货物…), the amount printed after it in its
// clause, the change (增加 30.13 万元，增长 21.08%, 持平) and the reason (主要原因是…) that follow it; a label
// named again later (the changes stated in a second sentence) adds to the same figure.
import type { AssetHolding, AssetsStatement, PrintedAmount, StatedChange, StatedFigure, StatementsSection } from '../../check/sections.ts';
import type { MoneyUnit } from '../../model/money.ts';
import { stretches, type NarrativeBlock } from './narrative-blocks.ts';

interface Label {
  key: string;
  pattern: RegExp;
}

const THREE_PUBLIC: Label[] = [
  { key: 'abroad', pattern: /因公出国[(（]境[)）]费?/ },
  { key: 'vehicles', pattern: /公务(?:用)?车购置及运行(?:维护)?费?/ },
  { key: 'vehicle_purchase', pattern: /公务用车购置费?/ },
  { key: 'vehicle_operation', pattern: /公务(?:用)?车(?:用车)?运行(?:维护)?费/ },
  { key: 'reception', pattern: /公务接待费/ },
  { key: 'total', pattern: /[“"]?三公[”"]?经费/ },
];
const OPERATING: Label[] = [{ key: 'total', pattern: /(?:机关|单位)运行经费/ }];
const PROCUREMENT: Label[] = [
  { key: 'sme_reserve', pattern: /面向中小企业预留(?:的)?(?:政府采购项目)?(?:预算)?(?:金额)?/ },
  { key: 'small_micro_reserve', pattern: /(?:小微企业|小型和微型企业)(?:预留)?(?:的)?(?:政府采购项目)?(?:预算)?(?:金额)?/ },
  { key: 'goods', pattern: /(?:政府采购|拟购买|购买)货物(?:预算|支出)?/ },
  { key: 'works', pattern: /(?:政府采购|拟购买|购买)工程(?:预算|支出)?/ },
  { key: 'services', pattern: /(?:政府采购|拟购买|购买)服务(?:预算|支出)?/ },
  { key: 'total', pattern: /政府采购(?!项目)(?:预算|支出)?(?:总金额|总额|金额)?/ },
];

const AMOUNT = /(-?\d[\d,]*(?:\.\d+)?)\s*(万元|亿元|元)/;
const CHANGE_WORD = /增加|减少|增长|下降|降低|上升|减|增/;
const FLAT = /持平|保持不变|与上年一致|保持一致|无变化|零增长/;
const REASON = /(?:主要)?原因(?:是|为|：|:)/;

const amountOf = (m: RegExpExecArray): PrintedAmount => ({ value: m[1]!.replace(/,/g, ''), unit: m[2] as MoneyUnit });
const signOf = (word: string): -1 | 1 => (/减|下降|降低/.test(word) ? -1 : 1);

interface Text {
  text: string;
  page?: number;
  file?: string;
}

/** The label occurrences of a text: the labels in order, longest first where two start together; a label inside a reason or a share ("占“三公”经费的…") is none. */
function occurrences(text: string, labels: readonly Label[]): { key: string; label: string; start: number; end: number }[] {
  const out: { key: string; label: string; start: number; end: number }[] = [];
  let i = 0;
  while (i < text.length) {
    let best: { key: string; label: string; length: number } | undefined;
    for (const l of labels) {
      const m = new RegExp(`^(?:${l.pattern.source})`).exec(text.slice(i));
      if (m && (!best || m[0].length > best.length)) best = { key: l.key, label: m[0], length: m[0].length };
    }
    if (!best) {
      i++;
      continue;
    }
    const before = text.slice(Math.max(0, text.lastIndexOf('，', i - 1) + 1, text.lastIndexOf('；', i - 1) + 1), i);
    if (!/占$/.test(text.slice(0, i)) && !REASON.test(before)) out.push({ key: best.key, label: best.label, start: i, end: i + best.length });
    i += best.length;
  }
  return out;
}

/** What the text after a label says of it: its amount, change and reason (a final account's 年初预算 … 决算 …: the 决算). */
function figureOf(segment: string): Omit<StatedFigure, 'key' | 'label' | 'page' | 'file'> {
  const clauses = segment.split(/[，；;。]|,(?!\d)/);
  const first = clauses[0] ?? '';
  const out: { amount?: PrintedAmount; budget?: PrintedAmount; change?: StatedChange; reason?: string } = {};
  const finalAmount = /决算(?:数)?(?:为|是)?\s*(-?\d[\d,]*(?:\.\d+)?)\s*(万元|亿元|元)/.exec(segment);
  const a = AMOUNT.exec(first);
  const w = CHANGE_WORD.exec(first);
  if (finalAmount) {
    out.amount = amountOf(finalAmount);
    const budget = /预算(?:数)?(?:为|是)\s*(-?\d[\d,]*(?:\.\d+)?)\s*(万元|亿元|元)/.exec(segment);
    if (budget) out.budget = amountOf(budget);
  }
  else if (a && (!w || w.index > a.index)) out.amount = amountOf(a);
  const reason = REASON.exec(segment);
  const stated = reason ? segment.slice(0, reason.index) : segment;
  const flat = FLAT.exec(stated);
  const cw = new RegExp(`(${CHANGE_WORD.source})(?:了)?\\s*(?:(-?\\d[\\d,]*(?:\\.\\d+)?)\\s*(万元|亿元|元)|(-?\\d+(?:\\.\\d+)?)\\s*%)`, 'g');
  let change: StatedChange | undefined;
  for (const m of stated.matchAll(cw)) {
    change ??= { word: m[1]!, sign: signOf(m[1]!) };
    if (m[2] && !change.amount) change.amount = { value: m[2].replace(/,/g, ''), unit: m[3] as MoneyUnit };
    if (m[4] && !change.percent) change.percent = m[4];
  }
  if (!change && flat) change = { word: flat[0], sign: 0 };
  if (change) out.change = change;
  if (reason) {
    const r = segment.slice(reason.index + reason[0].length).split(/[；;。]/)[0]!.trim();
    if (r) out.reason = r;
  }
  return out;
}

/** The figures of a statement's text, one per key in the order first stated. */
function figuresOf(texts: readonly Text[], labels: readonly Label[]): StatedFigure[] {
  const byKey = new Map<string, StatedFigure>();
  for (const t of texts) {
    const found = occurrences(t.text, labels);
    found.forEach((o, i) => {
      const segment = t.text.slice(o.end, found[i + 1]?.start ?? t.text.length);
      const f = figureOf(segment);
      if (!f.amount && !f.change && !f.reason) return;
      const known = byKey.get(o.key);
      if (!known) {
        byKey.set(o.key, { key: o.key, label: o.label, ...f, ...(t.page !== undefined ? { page: t.page } : {}), ...(t.file !== undefined ? { file: t.file } : {}) });
        return;
      }
      if (!known.amount && f.amount) known.amount = f.amount;
      if (!known.budget && f.budget) known.budget = f.budget;
      if (!known.change && f.change) known.change = f.change;
      if (!known.reason && f.reason) known.reason = f.reason;
    });
  }
  const out = [...byKey.values()];
  // the total first, then the parts in printed order
  return [...out.filter((f) => f.key === 'total'), ...out.filter((f) => f.key !== 'total')];
}

const texts = (stretch: readonly NarrativeBlock[]): Text[] => stretch.filter((b) => !b.heading || b.level === 2).map(({ text, page, file }) => ({ text, ...(page !== undefined ? { page } : {}), ...(file !== undefined ? { file } : {}) }));

const QUANTITY = /(\d[\d,]*(?:\.\d+)?)\s*(辆|台[（(]套[)）]|台\/套|台|套|平方米|项)/g;

/** 国有资产: "截至 2024 年底"; each clause a holding (label, quantity, measure, value), "价值 …" adding to the one before. */
function assetsOf(stretch: readonly NarrativeBlock[]): AssetsStatement | undefined {
  const holdings: AssetHolding[] = [];
  let asOf: string | undefined;
  let first: Text | undefined;
  for (const t of texts(stretch)) {
    asOf ??= /截[至止]\s*(\d{4}\s*年(?:\s*\d{1,2}\s*月\s*\d{1,2}\s*日|底|末)?)/.exec(t.text)?.[1]?.replace(/\s/g, '');
    const planned = /安排购置|拟购置|计划购置/.test(t.text);
    // a count's breakdown in brackets is clauses of its own: "车辆7辆（一般公务用车3辆，…）"
    const text = t.text.replace(/(辆|台|套|平方米|项)[（(]/g, '$1，');
    for (const clause of text.split(/[，；;。：:、]|,(?!\d)/)) {
      const c = clause.replace(/^\s*\d+\s*[.、．]/, '').replace(/^其中/, '').trim();
      if (!c) continue;
      const quantities = [...c.matchAll(QUANTITY)];
      const value = /(?:价值|金额|共计)?\s*(-?\d[\d,]*(?:\.\d+)?)\s*(万元|亿元|元)(?!以上|（含）|\(含\))/.exec(c.slice(quantities.at(-1) ? quantities.at(-1)!.index + quantities.at(-1)![0].length : 0));
      const q = quantities.at(-1);
      const labelEnd = q ? q.index : value ? c.indexOf(value[0]) : -1;
      const label = labelEnd > 0 ? c.slice(0, labelEnd).replace(/^.*?(?:共有|占用使用|占有使用|拥有)/, '').replace(/^(?:部门|本部门|本单位)/, '')
            .replace(/^.*?(?:安排购置|拟购置|计划购置)/, '').replace(/价值$/, '').trim() : '';
      if (!label) {
        // "价值 69.18 万元" after a holding is its value
        const previous = holdings.at(-1);
        if (value && /^价值/.test(c) && previous && !previous.value) previous.value = amountOf(value);
        continue;
      }
      if (!q && !value) continue;
      if (/截[至止]/.test(label)) continue;
      first ??= t;
      holdings.push({
        label,
        ...(q ? { quantity: q[1]!.replace(/,/g, ''), measure: q[2]! } : {}),
        ...(value ? { value: amountOf(value) } : {}),
        ...(planned ? { planned: true } : {}),
        ...(t.page !== undefined ? { page: t.page } : {}),
        ...(t.file !== undefined ? { file: t.file } : {}),
      });
    }
  }
  if (holdings.length === 0) return undefined;
  return { ...(asOf ? { asOf } : {}), holdings, ...(first?.page !== undefined ? { page: first.page } : {}), ...(first?.file !== undefined ? { file: first.file } : {}) };
}

/** The statements as the narrative prints them; undefined when it prints none. */
export function statementsOf(blocks: readonly NarrativeBlock[]): StatementsSection | undefined {
  const under = (heading: RegExp, labels: readonly Label[]) => {
    for (const s of stretches(blocks, (h) => heading.test(h))) {
      const figures = figuresOf(texts(s), labels);
      if (figures.length) return figures;
    }
    return [];
  };
  const threePublic = under(/三公/, THREE_PUBLIC);
  const operatingCosts = under(/(?:机关|单位)运行经费/, OPERATING);
  const procurement = under(/政府采购/, PROCUREMENT);
  const assets = stretches(blocks, (h) => /国有资产/.test(h))
    .map(assetsOf)
    .find((a) => a !== undefined);
  const out: StatementsSection = {
    ...(threePublic.length ? { threePublic } : {}),
    ...(operatingCosts.length ? { operatingCosts } : {}),
    ...(procurement.length ? { procurement } : {}),
    ...(assets ? { assets } : {}),
  };
  return Object.keys(out).length ? out : undefined;
}
