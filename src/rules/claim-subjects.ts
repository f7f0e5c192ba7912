// What a stated figure is of: the section it stands in (by its headings) and the words before it, resolved
// to a subject key. Keys follow the prior-year comparison keys (src/model/prior-year.ts) where one exists:
//   total · total.fiscal · total.general_budget · income.<source|group> · spending.<group>.<kind>
//   function.<group>.<code>[.<kind>] · three_public.<item> · operating_costs · procurement[.<part>]
//   carryover · carryover.fiscal · carryover.nonfiscal · carryover.project:<name> · project:<name>
//   performance.<total|fiscal_projects|nonfiscal_projects> · assets.<buildings|vehicles|vehicle:<category>|furniture|other>
import type { CheckDocument } from '../check/document.ts';
import { loadCatalog, normaliseName } from '../catalog/index.ts';

export type SectionKind =
  | 'overview' | 'income' | 'spending' | 'fiscal' | 'general' | 'basic' | 'projects' | 'gov_fund' | 'state_capital'
  | 'three_public' | 'carryover' | 'operating' | 'procurement' | 'assets' | 'performance' | 'notes' | 'glossary' | 'other';

/** Heading wordings of the 情况说明, most specific first; the innermost heading that matches decides. */
const SECTION_PATTERNS: readonly [SectionKind, RegExp][] = [
  ['glossary', /名词解释/],
  ['three_public', /三公/],
  ['carryover', /上年结转结余|结转结余预算/],
  ['operating', /运行经费/],
  ['procurement', /政府采购/],
  ['assets', /国有资产/],
  ['performance', /绩效/],
  ['gov_fund', /政府性基金(预算)?(拨款|支出)/],
  ['state_capital', /国有资本经营(预算)?(拨款|支出)/],
  ['basic', /基本支出/],
  ['projects', /项目支出/],
  ['general', /一般公共预算/],
  ['fiscal', /财政拨款(收支|预算|支出|收入)/],
  ['income', /收入预算|收入情况/],
  ['spending', /支出预算|支出情况/],
  ['overview', /收支|总体/],
  ['notes', /其他/],
];

export function sectionKind(section: readonly string[]): SectionKind {
  for (let i = section.length - 1; i >= 0; i--) {
    const heading = section[i]!.replace(/^第[一二三四五六七八九十]+部分/, '');
    for (const [kind, pattern] of SECTION_PATTERNS) if (pattern.test(heading)) return kind;
  }
  return 'other';
}

interface Coded {
  code: string;
  name: string;
}

/** The names a document uses: function codes (its tables, then the catalog of its year) and its projects. */
export class DocumentNames {
  readonly #byLevel = new Map<number, Coded[]>();
  /** Project names: the project table, the carry-over table and the Disclosure's projects. */
  readonly projects: string[];

  constructor(doc: CheckDocument) {
    const seen = new Set<string>();
    const add = (code: string, name: string) => {
      if (!/^\d{3}(\d{2}){0,2}$/.test(code) || !name || seen.has(`${code}|${name}`)) return;
      seen.add(`${code}|${name}`);
      const level = (code.length - 1) / 2;
      this.#byLevel.set(level, [...(this.#byLevel.get(level) ?? []), { code, name: normaliseName(name) }]);
    };
    for (const t of doc.tables) {
      for (const r of t.rows) {
        if (t.axis === 'function' && !r.project) add(r.code, r.name);
        if (r.pair) add(r.pair.code, r.pair.name);
      }
    }
    try {
      for (const e of loadCatalog('function', doc.meta.year).entries()) add(e.code, e.name);
    } catch {
      // No bundled catalog: the tables' own names are all there is.
    }
    const projects = new Set<string>();
    for (const t of doc.tables) {
      for (const r of t.rows) if (r.project) projects.add(r.project);
      if (t.key === 'carryover_detail') for (const r of t.rows) if (r.level >= 2 && r.name) projects.add(r.name);
    }
    for (const p of doc.disclosure?.projects ?? []) projects.add(p.name);
    // Longest first, so that a name containing another is found before it.
    this.projects = [...projects].sort((a, b) => b.length - a.length);
  }

  /** The first project named in a text. */
  projectIn(text: string): string | undefined {
    return this.projects.find((p) => text.includes(p));
  }

  /** The project named last in a text. */
  lastProjectIn(text: string): string | undefined {
    let best: { name: string; at: number } | undefined;
    for (const name of this.projects) {
      const at = text.lastIndexOf(name);
      if (at >= 0 && (!best || at > best.at)) best = { name, at };
    }
    return best?.name;
  }

  /** A function code named by a path of names (类/款/项, or 款/项), each part matching a name of that level. */
  functionCode(parts: readonly { name: string; level?: number }[]): string | undefined {
    let parent = '';
    let level = parts[0]?.level ?? 1;
    for (const part of parts) {
      level = part.level ?? level;
      const want = normaliseName(part.name);
      const found = (this.#byLevel.get(level) ?? []).find(
        (c) => c.code.startsWith(parent) && (c.name === want || c.name === `${want}支出` || want === `${c.name}支出`),
      );
      if (!found) return undefined;
      parent = found.code;
      level++;
    }
    return parent || undefined;
  }

  /** The 类 a text names ("社会保障和就业支出（类）", "公共安全（类）支出"), longest name first. */
  classIn(text: string): string | undefined {
    const marked = normaliseName(text).replace(/\(类\)/g, '（类）');
    const plain = marked.replace(/（类）/g, '');
    // The full name ("社会保障和就业支出"), or the name without 支出 marked as a 类 ("公共安全（类）支出").
    const hits = (this.#byLevel.get(1) ?? []).filter((c) => plain.includes(c.name) || marked.includes(`${c.name.replace(/支出$/, '')}（类）`));
    return hits.sort((a, b) => b.name.length - a.name.length)[0]?.code;
  }

  /** A function code spelled as a path: "A（类）B（款）C（项）" or "“A-B-C”科目". */
  pathIn(text: string): string | undefined {
    // a name may hold brackets of its own: "党委办公厅（室）及相关机构事务（款）"
    const marked = [...text.matchAll(/((?:[^（）()、，：:]|[（(](?!类|款|项)[^（）()]*[）)])+?)[（(](类|款|项)[）)]/g)];
    if (marked.length > 0) {
      const parts = marked.map((m) => ({ name: m[1]!.replace(/^[\d一二三四五六七八九十]+[、．.]\s*/, '').trim(), level: { 类: 1, 款: 2, 项: 3 }[m[2] as '类'] }));
      if (parts.length === 1 && parts[0]!.level === 1) return undefined; // a 类 alone: classIn
      return this.functionCode(parts);
    }
    const quoted = /[“"]([^”"]+-[^”"]+)[”"]\s*科目/.exec(text);
    return quoted ? this.functionCode(quoted[1]!.split('-').map((name) => ({ name }))) : undefined;
  }
}

/** What the resolver knows about the words before a figure. */
export interface SubjectInput {
  /** The words right before the figure, in its clause (cleaned). */
  label: string;
  /** The clauses before it since the previous figure of the sentence. */
  lead: string;
  /** The text of its part of the sentence (statement or reason) before it. */
  before: string;
  section: SectionKind;
  /** The 项 of the paragraph ("1、…（类）…（款）…（项）：" and the sentences that continue it). */
  item?: string;
  /** For a figure in a reason (主要原因是…): the subject of the figure it explains. */
  explains?: string;
  reason: boolean;
}

const FIRST: <T>(rules: readonly [RegExp, T][], text: string) => T | undefined = (rules, text) => rules.find(([re]) => re.test(text))?.[1];

const INCOME: readonly [RegExp, string][] = [
  [/上级一般公共预算|一般公共预算.*转移支付/, 'income.general_transfer'],
  [/上级政府性基金|政府性基金.*转移支付/, 'income.gov_fund_transfer'],
  [/上级国有资本|国有资本经营.*转移支付/, 'income.state_capital_transfer'],
  [/非财政拨款结转/, 'income.carryover_nonfiscal'],
  [/财政拨款结转/, 'income.carryover_fiscal'],
  [/上年结转|结转结余|结转和结余/, 'income.carryover'],
  [/一般公共预算/, 'income.general'],
  [/政府性基金/, 'income.gov_fund'],
  [/国有资本经营/, 'income.state_capital'],
  [/财政专户/, 'income.special_account'],
  [/单位资金/, 'income.unit_funds'],
  [/经营收入/, 'income.unit_operating'],
  [/事业收入/, 'income.unit_business'],
  [/上级补助收入/, 'income.unit_superior'],
  [/附属单位上缴/, 'income.unit_subordinate'],
  [/其他收入/, 'income.unit_other'],
  [/其他资金/, 'income.unit_funds'],
  [/财政拨款/, 'income.fiscal'],
  // The whole only when nothing qualifies it ("部门收入预算", "收入、支出预算总计").
  [/^(本年|本部门|部门|单位)?(收入预算|收入总|收入合计|收支总|收支预算|收、支|收入、支出)/, 'total'],
];

/** Spending totals named by their funds ("财政拨款支出预算", "政府性基金拨款支出预算"). */
const FUND_SPENDING: readonly [RegExp, string][] = [
  [/一般公共预算.*支出/, 'total.general_budget'],
  [/政府性基金.*支出/, 'total.gov_fund_budget'],
  [/国有资本经营.*支出/, 'total.state_capital_budget'],
  [/财政拨款.*支出/, 'total.fiscal'],
];

/** In the 财政拨款 section, a fund names the whole of it (this level's money and transfers from above). */
const FISCAL_INCOME: readonly [RegExp, string][] = [
  [/财政拨款收支总|财政拨款收入总|财政拨款支出总|财政拨款收支预算|财政拨款预算/, 'total.fiscal'],
  [/上级一般公共预算|一般公共预算.*转移支付/, 'income.general_transfer'],
  [/一般公共预算/, 'income.general_budget'],
  [/政府性基金/, 'income.gov_fund_budget'],
  [/国有资本经营/, 'income.state_capital_budget'],
  [/财政拨款|收支总/, 'total.fiscal'],
];

const THREE_PUBLIC: readonly [RegExp, string][] = [
  [/因公出国/, 'three_public.abroad'],
  [/购置及运行|购置和运行/, 'three_public.vehicle_total'],
  [/公务用车购置|车辆购置/, 'three_public.vehicle_purchase'],
  [/公务用车运行|运行维护/, 'three_public.vehicle_operation'],
  [/公务接待/, 'three_public.reception'],
  [/三公/, 'three_public.total'],
];

const PROCUREMENT: readonly [RegExp, string][] = [
  [/小微|小型和微型/, 'procurement.small_micro'],
  [/中小企业/, 'procurement.sme'],
  [/货物/, 'procurement.goods'],
  [/工程/, 'procurement.works'],
  [/服务/, 'procurement.services'],
  [/采购/, 'procurement'],
];

const KIND_WORDS: readonly [RegExp, string][] = [
  [/人员经费/, 'personnel'],
  [/公用经费/, 'public'],
  [/基本支出/, 'basic'],
  [/项目(经费)?支出/, 'project'],
  [/预留机动|机动经费/, 'reserve'],
];

/** The funds a subject key is of, for the spending of a reason in the income section. */
function groupOf(key: string | undefined): string {
  const m = /^income\.(\w+)$/.exec(key ?? '');
  return m ? (m[1] === 'fiscal' ? 'fiscal' : m[1]!) : 'all';
}

function assetSubject(text: string): string | undefined {
  const vehicle = /([\u4e00-\u9fff]*?(?:用车|车辆))/.exec(text.replace(/^[\d一二三四五六七八九十]+[、．.]|其中[：:]?/g, ''));
  if (vehicle) return /^车辆$/.test(vehicle[1]!) ? 'assets.vehicles' : `assets.vehicle:${vehicle[1]}`;
  return FIRST([[/房屋|土地/, 'assets.buildings'], [/家具/, 'assets.furniture'], [/其他资产/, 'assets.other']], text);
}

/** The subject key of a stated figure, or undefined when the words do not say. */
export function resolveSubject(input: SubjectInput, names: DocumentNames): string | undefined {
  const { label, lead, section } = input;
  const words = label || lead;
  const all = `${lead}${label}`;
  // A project named in the figure's own words, or (in a reason) in the clause before it.
  const project = names.projectIn(label) ?? (input.reason || section === 'notes' ? names.lastProjectIn(input.before) : undefined);
  if (project && section !== 'projects') {
    const carried = section === 'carryover' || /结转|结余/.test(all) || /^income\.carryover|^carryover/.test(input.explains ?? '');
    return carried ? `carryover.project:${project}` : `project:${project}`;
  }
  const path = names.pathIn(words);
  switch (section) {
    case 'overview':
    case 'income': {
      if (input.reason) {
        const kind = FIRST(KIND_WORDS, words);
        if (kind) return `spending.${groupOf(input.explains)}.${kind}`;
      }
      if (section === 'overview' && /支出/.test(words) && !/收、支|收入、支出|收支/.test(words)) return FIRST(FUND_SPENDING, words) ?? spendingSubject(words, 'all', names);
      return FIRST(INCOME, words) ?? (section === 'overview' ? spendingSubject(words, 'all', names) : undefined);
    }
    case 'spending':
      return spendingSubject(words, 'all', names);
    case 'fiscal': {
      const kind = input.reason ? FIRST(KIND_WORDS, words) : undefined;
      if (kind) return `spending.fiscal.${kind}`;
      const code = path ?? names.classIn(words);
      if (code) return `function.${/一般公共预算/.test(all) ? 'general_budget' : 'fiscal'}.${code}`;
      return FIRST(FISCAL_INCOME, words);
    }
    case 'gov_fund':
    case 'state_capital':
      return FIRST(FUND_SPENDING, words);
    case 'general': {
      const kind = FIRST(KIND_WORDS, words);
      if (input.item && (kind === 'personnel' || kind === 'public')) return `function.general_budget.${input.item}.${kind}`;
      if (path) return `function.general_budget.${path}`;
      if (kind) return `spending.general_budget.${kind}`;
      const cls = names.classIn(words);
      if (cls) return `function.general_budget.${cls}`;
      if (input.item && !label) return `function.general_budget.${input.item}`;
      return /合计|总计|拨款|一般公共预算/.test(words) ? 'total.general_budget' : undefined;
    }
    case 'basic': {
      const kind = FIRST(KIND_WORDS, words);
      return kind && kind !== 'project' ? `spending.general_budget.${kind}` : undefined;
    }
    case 'three_public':
      return FIRST(THREE_PUBLIC, words) ?? FIRST(THREE_PUBLIC, all);
    case 'carryover':
      return FIRST([[/非财政拨款/, 'carryover.nonfiscal'], [/财政拨款/, 'carryover.fiscal'], [/结转|结余/, 'carryover']], words);
    case 'operating':
      return /运行经费/.test(all) ? 'operating_costs' : undefined;
    case 'procurement':
      return FIRST(PROCUREMENT, words) ?? FIRST(PROCUREMENT, all);
    case 'assets':
      return assetSubject(words) ?? assetSubject(all);
    case 'performance':
      if (/非财政拨款项目/.test(words)) return 'performance.nonfiscal_projects';
      if (/财政拨款项目/.test(words)) return 'performance.fiscal_projects';
      return /整体/.test(all) ? 'performance.total' : undefined;
    default:
      return generalSubject(words, all);
  }
}

/** Outside the sections that say what they are about, only wordings that cannot be mistaken. */
function generalSubject(words: string, all: string): string | undefined {
  if (/三公|因公出国|公务用车|公务接待/.test(words)) return FIRST(THREE_PUBLIC, words);
  if (/政府采购/.test(words)) return FIRST(PROCUREMENT, words);
  if (/机关运行经费/.test(all)) return 'operating_costs';
  if (/收入/.test(words)) return FIRST(INCOME, words);
  if (/支出/.test(words) && !/[-（(]|科目/.test(words)) return FIRST(FUND_SPENDING, words) ?? (/^(部门)?支出(预算|合计|总计)/.test(words) ? 'total' : undefined);
  return undefined;
}

function spendingSubject(words: string, group: string, names: DocumentNames): string | undefined {
  const kind = FIRST(KIND_WORDS, words);
  if (kind) return `spending.${group}.${kind}`;
  const code = names.pathIn(words) ?? names.classIn(words);
  if (code) return `function.${group}.${code}`;
  return /^(本年|本部门|部门|单位)?(支出预算|支出合计|支出总|收支总|收支预算|收、支|收入、支出)/.test(words) ? 'total' : undefined;
}
