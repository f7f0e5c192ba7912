// 部门概况 from the narrative: the 主要职能 list, the offices (内设机构: 下设 N 个科室，分别是：…, or numbered
// "（1）办公室负责…"), the units (下属单位 / 单位构成, a numbered list or a table copied into the text) and the
// staff (编制数, 实有人数, 在职, 退休, 离休, 离退休人员, with their changes).
import type { OverviewSection, SectionItem, SectionUnit, StaffCount, StaffKind } from '../../check/sections.ts';
import { headingWords, stretches, type NarrativeBlock } from './narrative-blocks.ts';
import { numberedItems, numberedList, type Piece } from './numbered-items.ts';

const FUNCTIONS = /主要职能|主要职责|部门职责|职能职责|职责职能/;
const ORGANISATION = /机构设置|内设机构|机构情况|单位构成|所属单位|下属单位|人员情况|编制情况|人员构成/;
/** The overview's own part heading, printed out of place inside it (the seed: after 一、主要职能 (一)…). */
const overviewPart = (heading: string) => /^第[一二三四五六七八九十]+部分.*概况$/.test(heading);

const pieces = (stretch: readonly NarrativeBlock[]): Piece[] => stretch.filter((b) => !(b.heading && overviewPart(b.text))).map(({ text, page, file }) => ({ text, ...(page !== undefined ? { page } : {}), ...(file !== undefined ? { file } : {}) }));

const clean = (item: string) => item.replace(/[；;，,\s]+$/, '').trim();
const src = (p: { page?: number; file?: string }) => ({ ...(p.page !== undefined ? { page: p.page } : {}), ...(p.file !== undefined ? { file: p.file } : {}) });

function functionsOf(blocks: readonly NarrativeBlock[]): SectionItem[] {
  for (const stretch of stretches(blocks, (h) => FUNCTIONS.test(h), { keeps: overviewPart })) {
    const { items } = numberedItems(pieces(stretch), { lastIsOneSentence: true });
    if (items.length) return items.map((i) => ({ text: clean(i.text), ...src(i) })).filter((i) => i.text);
  }
  return [];
}

/** Splits a list at 、 (and 和/及 before the last) outside brackets: "办公室(组织人事科)、法规科" → two names. */
function splitNames(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const c of list) {
    if ('(（'.includes(c)) depth++;
    if (')）'.includes(c)) depth = Math.max(0, depth - 1);
    if (depth === 0 && '、，,；;'.includes(c)) {
      out.push(current);
      current = '';
    } else current += c;
  }
  out.push(current);
  return out.map((n) => n.replace(/[。.；;]$/, '').trim()).filter(Boolean);
}

/** How an office's name ends, and the verb its duties start with ("办公室协助…", "执行局执行…"). */
const OFFICE_END = '(?:室|处|庭|局|科|部|委|厅|中心|组|队|所|站|会)';
const DUTY_VERB = '(?:负责|协助|依法|承担|承办|执行|宣传|主要|组织|指导|管理|统筹|研究|拟订|拟定|开展|履行|是)';
const OFFICE_LEAD = new RegExp(`^(.{2,20}?${OFFICE_END})${DUTY_VERB}`);

/** A sub-heading naming its list: （一）机关内设机构 1.办公室 2.… / （二）下属事业单位 1.…; the blocks under it with the heading's own text after its title. */
function listUnder(stretch: readonly Piece[], title: RegExp): Piece[] | undefined {
  const marker = /^[(（][一二三四五六七八九十]+[)）]/;
  const at = stretch.findIndex((p) => marker.test(p.text) && title.test(p.text.replace(marker, '')));
  if (at < 0) return undefined;
  const head = stretch[at]!;
  const rest = stretch.slice(at + 1);
  const end = rest.findIndex((p) => marker.test(p.text));
  const own = head.text.replace(marker, '').replace(title, '');
  return [{ ...head, text: own }, ...(end < 0 ? rest : rest.slice(0, end))];
}
const OFFICES_TITLE = /^(?:机关)?(?:内设机构|内设处室|内设科室|职能处室)[：:]?/;
const UNITS_TITLE = /^(?:下属|所属|直属)(?:事业|行政)?单位[：:]?/;

/** Offices named in a list ("下设 13 个科室，分别是：…", "（一）机关内设机构 1.办公室…") or as numbered items each stating its duties. */
function officesOf(stretch: readonly Piece[]): SectionItem[] {
  for (const p of stretch) {
    const m = /(?:下设|内设|设有|设置)[^。；]*?(?:科室|处室|内设机构|职能部门|部门|机构)[^。；：:]*?(?:分别是|分别为|包括|为)?[：:]\s*(.+)$/.exec(p.text);
    if (m && !/具体包括[：:]$/.test(p.text)) return splitNames(m[1]!).map((text) => ({ text, ...src(p) }));
  }
  const list = listUnder(stretch, OFFICES_TITLE);
  if (list) {
    const { items } = numberedItems(list, { bare: true });
    if (items.length) return items.map((i) => ({ text: clean(i.text).replace(/[。]$/, ''), ...src(i) }));
  }
  const { items } = numberedItems(stretch);
  const named = items.map((i) => ({ m: OFFICE_LEAD.exec(i.text), i })).filter((x) => x.m);
  if (named.length >= 2 && named.length >= items.length / 2) return named.map(({ m, i }) => ({ text: m![1]!, ...src(i) }));
  return [];
}

/** A note printed after a unit's name ("预算不单列，并入本级"), and the unit's kind printed before it. */
const UNIT_NOTE = /(?:预算)?不单列(?:预算)?|单列预算|并入本[级部]|单独编制|不独立核算|不编制/;
const UNIT_KIND = /^(?:下属)?(?:行政|事业|参公)?单位(?=.{4})/;

function unitOf(text: string, where: Piece | { page?: number; file?: string }): SectionUnit | undefined {
  let name = clean(text).replace(/[。.]$/, '');
  let note: string | undefined;
  const n = UNIT_NOTE.exec(name);
  if (n && n.index > 0) {
    note = name.slice(n.index).replace(/^[，,]/, '');
    name = name.slice(0, n.index).replace(/[，,（(]$/, '');
  }
  name = name.replace(UNIT_KIND, '').replace(/^下属/, '');
  if (!name || name.length > 40) return undefined;
  return { name, ...(note ? { note } : {}), ...src(where) };
}

/** Units: the list after "单位包括：" / "具体包括：" (numbered, or a copied table of 序号 单位名称 备注), or "包含了 A、B 等 4 个所属事业单位". */
function unitsOf(stretch: readonly Piece[]): SectionUnit[] {
  const list = listUnder(stretch, UNITS_TITLE);
  if (list) {
    const units = numberedItems(list, { bare: true })
      .items.map((i) => unitOf(i.text, i))
      .filter((u): u is SectionUnit => u !== undefined);
    if (units.length) return units;
  }
  const text = stretch.map((p) => p.text).join('');
  const lead = /(?:单位(?:包括|包含|有|如下)|具体包括)[^：:。]*[：:]/.exec(text);
  if (lead) {
    let from = lead.index + lead[0].length;
    const header = /^序号(?:单位)?名称(?:备注)?/.exec(text.slice(from));
    if (header) from += header[0].length;
    // a list straight after the lead; else the lead names one unit
    const { items, start } = numberedList(stretch, { from, bare: true });
    const listed = text.slice(from, start).trim() === '' ? items : [];
    const units = listed.map((i) => unitOf(i.text.split(/。/)[0]!, i)).filter((u): u is SectionUnit => u !== undefined);
    if (units.length) return units;
    // one unit named after the lead ("下属单位如下：徐州铁路运输法院，其工作职责…")
    const one = /^[^，。；,]{4,30}?(?:院|局|所|中心|校|站|队|馆|社)(?=[，。；,]|$)/.exec(text.slice(from));
    const where = stretch.find((p, i) => stretch.slice(0, i + 1).map((q) => q.text).join('').length > from) ?? stretch[0]!;
    if (one) return [{ name: one[0], ...src(where) }];
  }
  for (const p of stretch) {
    const m = /(?:包含|包括)了?([^。；]+?)等\d+个(?:所属|下属)?(?:事业|行政)?单位/.exec(p.text);
    if (m) return splitNames(m[1]!).map((name) => ({ name, ...src(p) }));
  }
  return [];
}

const STAFF: { kind: StaffKind; label: RegExp }[] = [
  { kind: 'authorized', label: /(?:核定)?编制(?:数|人数)?(?:为|共)?/ },
  { kind: 'actual', label: /实有人数|实有(?:人员)?/ },
  { kind: 'retired_and_separated', label: /离退休(?:人员)?/ },
  { kind: 'in_service', label: /(?:实际)?在编在职(?:人员)?|在职(?:人员|人数)?/ },
  { kind: 'retired', label: /退休(?:人员|人数)?/ },
  { kind: 'separated', label: /离休(?:人员|人数)?/ },
];

/**
 * Headcounts: a label, then its number (人/名, or none: 编制数 59) straight after it; a change after it in
 * the same clause (增加 1 人, 减少 2 人). "在职 7 名人员" of one unit among several is read as printed.
 */
function staffOf(stretch: readonly Piece[]): StaffCount[] {
  const out: StaffCount[] = [];
  for (const p of stretch) {
    const clauses = p.text.split(/[，；;。]|,(?!\d)/).map((c) => c.replace(/^.*?其中[：:]/, ''));
    clauses.forEach((clause, c) => {
      for (const { kind, label } of STAFF) {
        // "在职 7 名人员" counts the staff of one unit among several, not the department's
        const m = new RegExp(`(${label.source})\\s*(\\d+)\\s*(?!\\d)(?!\\s*(?:人|名)?人员)(?!\\s*[.万元%个])`).exec(clause);
        if (!m || out.some((s) => s.kind === kind)) continue;
        // 离退休 and 退休 overlap: "离退休人员150名" is neither 退休 nor 离休 alone
        if ((kind === 'retired' || kind === 'separated') && /离退休/.test(clause)) continue;
        // the change in the same clause or the next ("在职 56 人，增加 1 人")
        const change = /(增加|减少)\s*(\d+)\s*(?:人|名)/.exec(clause.slice(m.index + m[0].length)) ?? /^(?:比上年)?(增加|减少)\s*(\d+)\s*(?:人|名)/.exec(clauses[c + 1] ?? '');
        out.push({
          kind,
          label: m[1]!,
          count: Number(m[2]),
          ...(change ? { change: change[1] === '减少' ? -Number(change[2]) : Number(change[2]) } : {}),
          ...src(p),
        });
        break;
      }
    });
  }
  return out;
}

/** The overview as the narrative prints it; undefined when it prints none of it. */
export function overviewOf(blocks: readonly NarrativeBlock[]): OverviewSection | undefined {
  const functions = functionsOf(blocks);
  const organisation = stretches(blocks, (h) => ORGANISATION.test(headingWords(h)) && !FUNCTIONS.test(h), { keeps: overviewPart }).map(pieces);
  const offices = organisation.map(officesOf).find((o) => o.length) ?? [];
  const units = organisation.map(unitsOf).find((u) => u.length) ?? [];
  const staff = organisation.map(staffOf).find((s) => s.length) ?? [];
  const out: OverviewSection = {
    ...(functions.length ? { functions } : {}),
    ...(offices.length ? { offices } : {}),
    ...(units.length ? { units } : {}),
    ...(staff.length ? { staff } : {}),
  };
  return Object.keys(out).length ? out : undefined;
}
