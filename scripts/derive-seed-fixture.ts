// Derives test/fixtures/changji-hrss-2025.tables.json (the 11 tables of 第二部分, as printed)
// from test/fixtures/changji-hrss-2025.seed.txt (plain text extracted from the published PDF).
//
//   npx tsx scripts/derive-seed-fixture.ts
//
// The text extraction lost the table layout: blank cells vanished, headers repeat on continuation
// pages, cell text wraps over several lines and a name can be split across a page break. This
// script re-assembles the rows and then places every printed amount in its column:
//
//   1. by the table's own arithmetic (合计 = Σ parts, 小计 = Σ its funds; amounts are printed
//      left to right, so a row's amounts occupy increasing column positions);
//   2. where the arithmetic leaves several placements, by an explicit evidence rule per table
//      (the document's other tables and its narrative: see the "PLACEMENT RULE 表N" comments);
//   3. where even that cannot decide (table 7's economic columns), by a documented default,
//      with a WARNING printed on every run.
//
// It then checks that every printed amount of every table landed in the output (same sequence),
// and prints a self-check of each table's arithmetic and of the cross-table identities.
// Nothing here edits a printed value: rounding traces in the document are reported, not fixed.

import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SEED = join(ROOT, 'test/fixtures/changji-hrss-2025.seed.txt');
const OUT = join(ROOT, 'test/fixtures/changji-hrss-2025.tables.json');

// ---------------------------------------------------------------------------------------------
// Output model

interface Pair {
  code: string;
  name: string;
}

interface Row {
  code: string;
  name: string;
  project?: string;
  pair?: Pair;
  values: string[];
}

interface Table {
  number: number;
  key: string;
  title: string;
  preparer: string;
  unit: string;
  rows: Row[];
  note?: string;
}

// Per-table column knowledge (the numeric columns, in printed order).
const SPEC: Record<number, { key: string; columns: string[] }> = {
  1: { key: 'income_expenditure_summary', columns: ['收入预算数', '支出预算数'] },
  2: {
    key: 'income_summary',
    columns: [
      '总计',
      '财政拨款（补助）小计',
      '一般公共预算',
      '上级一般公共预算安排的转移支付',
      '政府性基金预算',
      '上级政府性基金安排的转移支付',
      '国有资本经营预算',
      '上级国有资本经营预算安排的转移支付',
      '财政专户（教育收费）',
      '单位资金',
      '财政拨款结转',
      '非财政拨款结转结余',
    ],
  },
  3: { key: 'expenditure_summary', columns: ['合计', '基本支出', '项目支出'] },
  4: { key: 'fiscal_summary', columns: ['收入合计', '支出合计', '一般公共预算', '政府性基金预算', '国有资本经营预算'] },
  5: { key: 'general_budget_expenditure', columns: ['合计', '基本支出', '项目支出'] },
  6: { key: 'general_budget_basic_expenditure', columns: ['合计', '人员经费', '公用经费'] },
  7: {
    key: 'general_budget_project_expenditure',
    columns: [
      '项目支出合计',
      '工资福利支出',
      '商品和服务支出',
      '对个人和家庭的补助',
      '债务利息及费用支出',
      '资本性支出（基本建设）',
      '资本性支出',
      '对企业补助（基本建设）',
      '对企业补助',
      '对社会保障基金补助',
      '其他支出',
    ],
  },
  8: { key: 'gov_fund_expenditure', columns: ['合计', '人员经费', '公用经费', '项目支出'] },
  9: { key: 'state_capital_expenditure', columns: ['合计', '人员经费', '公用经费', '项目支出'] },
  10: { key: 'three_public_expenses', columns: ['合计', '一般公共预算', '政府性基金', '国有资本经营预算'] },
  11: {
    key: 'carryover_detail',
    columns: [
      '合计',
      '财政拨款小计',
      '财政拨款基本支出人员经费',
      '财政拨款基本支出公用经费',
      '财政拨款项目支出',
      '非财政拨款小计',
      '非财政拨款基本支出人员经费',
      '非财政拨款基本支出公用经费',
      '非财政拨款项目支出',
    ],
  },
};

// ---------------------------------------------------------------------------------------------
// Small helpers

function must<T>(value: T | undefined | null, what: string): T {
  if (value === undefined || value === null) throw new Error(`derive-seed-fixture: missing ${what}`);
  return value;
}

const AMOUNT = /^-?\d{1,3}(?:,\d{3})*\.\d{2}$/;

/** Printed amount without thousands separators ("1,845.57" → "1845.57"). */
function plain(amount: string): string {
  return amount.replace(/,/g, '');
}

/** Amount in fen (integer); money never passes through a float. "" (blank cell) is 0. */
function fen(amount: string): number {
  if (amount === '') return 0;
  const m = /^(-?)(\d+)\.(\d{2})$/.exec(plain(amount));
  if (!m) throw new Error(`not an amount: ${amount}`);
  const value = Number(m[2]) * 100 + Number(m[3]);
  return m[1] === '-' ? -value : value;
}

function yuan(f: number): string {
  const sign = f < 0 ? '-' : '';
  const a = Math.abs(f);
  return `${sign}${Math.floor(a / 100)}.${String(a % 100).padStart(2, '0')}`;
}

// "CJK" for the whitespace rule: ideographs, CJK punctuation, full-width forms, curly quotes.
const CJK = '\\u2018-\\u201f\\u3000-\\u303f\\u3400-\\u4dbf\\u4e00-\\u9fff\\uff00-\\uffef';
const SPACE_AFTER_CJK = new RegExp(`([${CJK}]) (?=[${CJK}A-Za-z0-9])`, 'g');
const SPACE_BEFORE_CJK = new RegExp(`([A-Za-z0-9]) (?=[${CJK}])`, 'g');

/** Removes extraction whitespace between CJK/CJK and CJK/digit-latin; keeps everything else. */
function norm(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(SPACE_AFTER_CJK, '$1').replace(SPACE_BEFORE_CJK, '$1');
}

function sum(xs: number[]): number {
  return xs.reduce((s, x) => s + x, 0);
}

// ---------------------------------------------------------------------------------------------
// Splitting the seed into table blocks

interface BodyLine {
  text: string;
  /** first line after a repeated (continuation-page) table header */
  afterPageBreak: boolean;
}

interface Block {
  number: number;
  title: string;
  preparer: string;
  unit: string;
  /** every line of the block (for the completeness count) */
  all: string[];
  body: BodyLine[];
}

const seedLines = readFileSync(SEED, 'utf8')
  .split(/\r?\n/)
  .map((l) => l.replace(/[\f\u00a0]/g, ' ').replace(/\s+/g, ' ').trim())
  .filter((l) => l !== '');

const part2Start = seedLines.findIndex((l) => /^第二部分/.test(l));
const part3Start = seedLines.findIndex((l, i) => i > part2Start && /^第三部分/.test(l));
const part4Start = seedLines.findIndex((l, i) => i > part3Start && /^第四部分/.test(l));
if (part2Start < 0 || part3Start < 0) throw new Error('第二部分 / 第三部分 not found');
const part2 = seedLines.slice(part2Start + 1, part3Start);
const part3 = seedLines.slice(part3Start + 1, part4Start < 0 ? undefined : part4Start);

function splitBlocks(lines: string[]): Block[] {
  const blocks: Block[] = [];
  let cur: string[] | null = null;
  let num = 0;
  const flush = (): void => {
    if (cur) blocks.push(parseBlock(num, cur));
  };
  for (const line of lines) {
    const m = /^表\s*(\d+)$/.exec(line);
    if (m) {
      flush();
      num = Number(m[1]);
      cur = [];
    } else if (cur) {
      cur.push(line);
    }
  }
  flush();
  return blocks;
}

function parseBlock(number: number, lines: string[]): Block {
  const title = norm(must(lines[0], `title of 表${number}`));
  const prep = /^编制部门：(.+?)\s+单位：(.+)$/.exec(must(lines[1], `编制部门 of 表${number}`));
  if (!prep) throw new Error(`表${number}: no 编制部门/单位 line`);
  const rest = lines.slice(2);
  // The header ends with the "※ ※ 1 2 3" numbering line; tables 1 and 4 have none: their data
  // starts at the first line carrying a 3-digit function 类 code.
  let start = rest.findIndex((l) => l.startsWith('※'));
  if (start >= 0) start += 1;
  else start = rest.findIndex((l) => l.split(' ').some((t) => /^2\d\d$/.test(t)));
  if (start < 0) throw new Error(`表${number}: data start not found`);
  const body: BodyLine[] = [];
  let skipping = false;
  let afterBreak = false;
  for (const line of rest.slice(start)) {
    if (line.startsWith('编制部门：')) {
      // repeated header on a continuation page: skip through its numbering line
      skipping = true;
      continue;
    }
    if (skipping) {
      if (line.startsWith('※')) {
        skipping = false;
        afterBreak = true;
      }
      continue;
    }
    body.push({ text: line, afterPageBreak: afterBreak });
    afterBreak = false;
  }
  if (skipping) throw new Error(`表${number}: unterminated continuation header`);
  return { number, title, preparer: norm(must(prep[1], 'preparer')), unit: norm(must(prep[2], 'unit')), all: lines, body };
}

// ---------------------------------------------------------------------------------------------
// Row assembly (single-sided tables)

interface RawRow {
  code: string;
  text: string;
  amounts: string[];
}

function splitLine(line: string): RawRow {
  const toks = line.split(' ');
  let i = 0;
  let code = '';
  if (toks[0] !== undefined && /^\d{3}$/.test(toks[0])) {
    code = toks[0];
    i = 1;
    while (i < toks.length && code.length < 7 && /^\d{2}$/.test(toks[i] ?? '')) code += toks[i++];
  }
  let j = toks.length;
  while (j > i && AMOUNT.test(toks[j - 1] ?? '')) j--;
  return { code, text: toks.slice(i, j).join(' '), amounts: toks.slice(j) };
}

/**
 * Re-assembles logical rows. A row starts with its code (or, without a code, with its name) and
 * ends with its amounts; lines in between are wrapped cell text. A text-only line right after a
 * repeated page header, with no row open, is the rest of the previous row's name split by the
 * page break (表2: "机关事业单位职业年金缴费支" … "出"). With eachLineIsRow (表10, whose rows may be
 * entirely blank) every line is one row.
 */
function assemble(block: Block, eachLineIsRow = false): RawRow[] {
  const rows: RawRow[] = [];
  let open: RawRow | null = null;
  for (const { text, afterPageBreak } of block.body) {
    const p = splitLine(text);
    if (p.amounts.some((a) => !AMOUNT.test(a))) throw new Error(`表${block.number}: bad amount in "${text}"`);
    if (eachLineIsRow) {
      if (p.code !== '' || p.text === '') throw new Error(`表${block.number}: unexpected line "${text}"`);
      rows.push(p);
      continue;
    }
    if (p.code !== '') {
      if (open) throw new Error(`表${block.number}: row "${open.code} ${open.text}" has no amounts`);
      if (p.amounts.length > 0) rows.push(p);
      else open = p;
      continue;
    }
    if (afterPageBreak && !open && p.amounts.length === 0) {
      const prev = must(rows[rows.length - 1], `row before the page break in 表${block.number}`);
      prev.text = `${prev.text} ${p.text}`;
      continue;
    }
    if (open) {
      open.text = `${open.text} ${p.text}`.trim();
      if (p.amounts.length > 0) {
        open.amounts = p.amounts;
        rows.push(open);
        open = null;
      }
      continue;
    }
    if (p.amounts.length > 0) rows.push(p);
    else open = p;
  }
  if (open) throw new Error(`表${block.number}: row "${open.text}" has no amounts`);
  return rows;
}

// Two-sided tables (1 and 4): left = income item + amount, right = 类 code + name + amounts.
interface TwoSided {
  left: string;
  leftAmounts: string[];
  rightCode: string;
  rightName: string;
  rightAmounts: string[];
}

function splitTwoSided(line: string, number: number): TwoSided {
  const toks = line.split(' ');
  let cut = toks.findIndex((t) => /^\d{3}$/.test(t));
  let rightCode = '';
  let right: string[];
  if (cut >= 0) {
    rightCode = must(toks[cut], 'code');
    right = toks.slice(cut + 1);
  } else {
    // totals line: "收 入 总 计 1,845.57 支 出 总 计 1,845.57"
    cut = toks.findIndex((t) => AMOUNT.test(t));
    while (cut >= 0 && cut < toks.length && AMOUNT.test(toks[cut] ?? '')) cut++;
    if (cut < 0) throw new Error(`表${number}: cannot split "${line}"`);
    right = toks.slice(cut);
  }
  const left = toks.slice(0, cut);
  const la = left.findIndex((t) => AMOUNT.test(t));
  const ra = right.findIndex((t) => AMOUNT.test(t));
  const leftAmounts = la < 0 ? [] : left.slice(la);
  const rightAmounts = ra < 0 ? [] : right.slice(ra);
  if (!leftAmounts.every((t) => AMOUNT.test(t)) || !rightAmounts.every((t) => AMOUNT.test(t))) {
    throw new Error(`表${number}: amounts interleaved with text in "${line}"`);
  }
  return {
    left: norm((la < 0 ? left : left.slice(0, la)).join(' ')),
    leftAmounts,
    rightCode,
    rightName: norm((ra < 0 ? right : right.slice(0, ra)).join(' ')),
    rightAmounts,
  };
}

// ---------------------------------------------------------------------------------------------
// Placement machinery

interface SumRule {
  total: number;
  parts: number[];
}

interface Placed {
  amounts: string[];
  cols: number[];
  how: string;
}

function spread(amounts: number[], cols: number[], width: number): number[] {
  const v = new Array<number>(width).fill(0);
  cols.forEach((c, i) => {
    v[c] = must(amounts[i], 'amount');
  });
  return v;
}

function combos(width: number, k: number): number[][] {
  const out: number[][] = [];
  const cur: number[] = [];
  const rec = (start: number): void => {
    if (cur.length === k) {
      out.push([...cur]);
      return;
    }
    for (let c = start; c <= width - (k - cur.length); c++) {
      cur.push(c);
      rec(c + 1);
      cur.pop();
    }
  };
  rec(0);
  return out;
}

function holds(v: number[], rules: SumRule[]): boolean {
  return rules.every((r) => v[r.total] === sum(r.parts.map((p) => v[p] ?? 0)));
}

/** Every placement of the printed amounts (left to right) that satisfies the row's arithmetic. */
function arithmeticCandidates(amounts: string[], width: number, rules: SumRule[]): number[][] {
  const f = amounts.map(fen);
  const out = combos(width, amounts.length).filter((cols) => holds(spread(f, cols, width), rules));
  if (out.length === 0) throw new Error(`no placement of [${amounts.join(' ')}] satisfies the row arithmetic`);
  return out;
}

function valuesOf(p: Placed, width: number): string[] {
  const v = new Array<string>(width).fill('');
  p.cols.forEach((c, i) => {
    v[c] = plain(must(p.amounts[i], 'amount'));
  });
  return v;
}

function vectorOf(p: Placed, width: number): number[] {
  return spread(p.amounts.map(fen), p.cols, width);
}

/** Children of row i by level: the following rows one level deeper, until a row not deeper. */
function childrenOf(levels: number[], i: number): number[] {
  const out: number[] = [];
  const lv = must(levels[i], 'level');
  for (let j = i + 1; j < levels.length; j++) {
    const lj = must(levels[j], 'level');
    if (lj <= lv) break;
    if (lj === lv + 1) out.push(j);
  }
  return out;
}

interface Resolver {
  width: number;
  rules: SumRule[];
  /** evidence: columns that may hold an amount in this table (others are known to be zero) */
  allowed?: { cols: Set<number>; why: string };
  /** evidence for an ambiguous leaf row: return the chosen candidate or undefined */
  leaf?: (i: number, cands: number[][]) => { cols: number[]; how: string } | undefined;
  levels?: number[];
}

/**
 * Places the amounts of every row: arithmetic first, then the table's evidence for leaves, then
 * parents (bottom-up) by the sums of their already placed children.
 */
function placeRows(number: number, raw: RawRow[], r: Resolver): Placed[] {
  const placed: (Placed | undefined)[] = [];
  const pending: { i: number; cands: number[][] }[] = [];
  raw.forEach((row, i) => {
    let cands = arithmeticCandidates(row.amounts, r.width, r.rules);
    if (cands.length === 1) {
      placed[i] = { amounts: row.amounts, cols: must(cands[0], 'cand'), how: 'arithmetic' };
      return;
    }
    if (r.allowed) {
      const allowed = r.allowed.cols;
      cands = cands.filter((cols) => cols.every((c) => allowed.has(c)));
      if (cands.length === 1) {
        placed[i] = { amounts: row.amounts, cols: must(cands[0], 'cand'), how: `evidence: ${r.allowed.why}` };
        return;
      }
      if (cands.length === 0) throw new Error(`表${number}: evidence excludes every placement of "${row.text}"`);
    }
    pending.push({ i, cands });
  });
  const levels = r.levels;
  const isLeaf = (i: number): boolean => !levels || childrenOf(levels, i).length === 0;
  for (const { i, cands } of pending.filter((p) => isLeaf(p.i))) {
    const row = must(raw[i], 'row');
    const pick = r.leaf?.(i, cands);
    if (!pick) throw new Error(`表${number}: cannot place [${row.amounts.join(' ')}] of "${row.code} ${row.text}"`);
    placed[i] = { amounts: row.amounts, cols: pick.cols, how: pick.how };
  }
  const parents = pending.filter((p) => !isLeaf(p.i));
  parents.sort((a, b) => must(levels?.[b.i], 'level') - must(levels?.[a.i], 'level'));
  for (const { i, cands } of parents) {
    const row = must(raw[i], 'row');
    const kids = childrenOf(must(levels, 'levels'), i).map((j) => vectorOf(must(placed[j], `child ${j} placed`), r.width));
    const sums = new Array<number>(r.width).fill(0).map((_, c) => sum(kids.map((k) => k[c] ?? 0)));
    const amounts = row.amounts.map(fen);
    const fits = cands.filter((cols) => spread(amounts, cols, r.width).every((x, c) => Math.abs(x - (sums[c] ?? 0)) <= 2));
    if (fits.length !== 1) throw new Error(`表${number}: children do not decide "${row.code} ${row.text}"`);
    placed[i] = { amounts: row.amounts, cols: must(fits[0], 'fit'), how: 'arithmetic: sum of its children' };
  }
  return raw.map((_, i) => must(placed[i], `placement of row ${i} in 表${number}`));
}

function levelByCode(row: RawRow): number {
  if (row.code === '') return 0; // 总计
  return { 3: 1, 5: 2, 7: 3 }[row.code.length] ?? 9;
}

// ---------------------------------------------------------------------------------------------
// Parse every block

const blocks = new Map<number, Block>();
for (const b of splitBlocks(part2)) blocks.set(b.number, b);
for (let n = 1; n <= 11; n++) if (!blocks.has(n)) throw new Error(`表${n} not found in 第二部分`);
const block = (n: number): Block => must(blocks.get(n), `表${n}`);

const warnings: string[] = [];
const decisions = new Map<number, Map<string, number>>();
function tally(number: number, placed: Placed[]): void {
  const m = new Map<string, number>();
  for (const p of placed) m.set(p.how, (m.get(p.how) ?? 0) + 1);
  decisions.set(number, m);
}

function header(n: number): Omit<Table, 'rows'> {
  const b = block(n);
  const spec = must(SPEC[n], `spec ${n}`);
  return { number: n, key: spec.key, title: b.title, preparer: b.preparer, unit: b.unit };
}

// Function-class names as printed in 表3 (one line per row there): the dictionary used to split
// 表7's "功能分类科目名称 + 项目名称" text and to check the names of 表2/表5/表7.
const raw3 = assemble(block(3));
const funcName = new Map<string, string>();
for (const r of raw3) if (r.code !== '') funcName.set(r.code, norm(r.text));

// ---- 表1 ----------------------------------------------------------------------------------------
const two1 = block(1).body.map((l) => splitTwoSided(l.text, 1));
for (const t of two1) {
  if (t.leftAmounts.length > 1 || t.rightAmounts.length > 1) throw new Error('表1: more than one amount per side');
}
const table1: Table = {
  ...header(1),
  rows: two1.map((t) => ({
    code: '',
    name: t.left,
    pair: { code: t.rightCode, name: t.rightName },
    values: [plain(t.leftAmounts[0] ?? ''), plain(t.rightAmounts[0] ?? '')],
  })),
};
decisions.set(1, new Map([['one amount per side', table1.rows.length]]));

/** 表1 income line amount (fen) by its printed label; throws if the label is not printed. */
function t1Income(label: string): number {
  const row = must(
    table1.rows.find((r) => r.name === label),
    `表1 income line "${label}"`,
  );
  return fen(must(row.values[0], 'value'));
}

// ---- 表4 ----------------------------------------------------------------------------------------
const two4 = block(4).body.map((l) => splitTwoSided(l.text, 4));
function t4Income(label: string): number {
  const row = must(
    two4.find((r) => r.left === label),
    `表4 income line "${label}"`,
  );
  return fen(row.leftAmounts[0] ?? '');
}
// PLACEMENT RULE 表4 (right side: 支出合计, 一般公共预算, 政府性基金预算, 国有资本经营预算).
// Arithmetic: 合计 = Σ funds, so "X X" is 合计 plus one fund column. Evidence: a fund column can only
// hold expenditure if the same table's income side prints that fund (一般公共预算 1,733.57;
// 政府性基金预算 / 国有资本经营预算 blank — and 表8/表9 are empty tables).
const fundAllowed = new Set<number>([0]);
if (t4Income('一般公共预算') !== 0) fundAllowed.add(1);
if (t4Income('政府性基金预算') !== 0) fundAllowed.add(2);
if (t4Income('国有资本经营预算') !== 0) fundAllowed.add(3);
const fundWhy = '表4 income side prints only the funds with money (一般公共预算)';
const table4Placed: Placed[] = [];
const table4: Table = {
  ...header(4),
  rows: two4.map((t) => {
    if (t.leftAmounts.length > 1) throw new Error('表4: more than one income amount');
    let right = ['', '', '', ''];
    if (t.rightAmounts.length > 0) {
      const [p] = placeRows(4, [{ code: t.rightCode, text: t.rightName, amounts: t.rightAmounts }], {
        width: 4,
        rules: [{ total: 0, parts: [1, 2, 3] }],
        allowed: { cols: fundAllowed, why: fundWhy },
      });
      const placed = must(p, 'placement');
      table4Placed.push(placed);
      right = valuesOf(placed, 4);
    }
    return {
      code: '',
      name: t.left,
      pair: { code: t.rightCode, name: t.rightName },
      values: [plain(t.leftAmounts[0] ?? ''), ...right],
    };
  }),
};
tally(4, table4Placed);

// ---- 表2 ----------------------------------------------------------------------------------------
// PLACEMENT RULE 表2. Arithmetic: 总计 = 小计 + 财政专户 + 单位资金 + 财政拨款结转 + 非财政拨款结转结余,
// 小计 = Σ its six fund columns. That fixes 总计 and 小计 but not which fund / which non-fiscal
// column holds an amount. Evidence: 表1's income lines, column by column (a column may hold money
// only if its 表1 line prints an amount): 一般财力 1,733.57 → 一般公共预算; 上级一般公共预算安排转移支付,
// 政府性基金…, 国有资本…, 4.财政专户核拨, 5.单位资金, 1.财政拨款结转 blank; 2.非财政拨款结转结余 112.00.
// The narrative agrees (单位资金 0.00 万元, 财政拨款结转 0.00 万元, 非财政拨款结转结余 112.00 万元).
const t2Evidence: [number, string][] = [
  [2, '其中：一般财力'],
  [3, '上级一般公共预算安排转移支付'],
  [4, '其中：政府性基金收入'],
  [5, '上级政府性基金安排转移支付'],
  [6, '其中：国有资本经营收入'],
  [7, '上级国有资本经营预算安排转移支付'],
  [8, '4.财政专户核拨'],
  [9, '5.单位资金'],
  [10, '1.财政拨款结转'],
  [11, '2.非财政拨款结转结余'],
];
const t2Allowed = new Set<number>([0, 1]);
for (const [col, label] of t2Evidence) if (t1Income(label) !== 0) t2Allowed.add(col);
const raw2 = assemble(block(2));
const placed2 = placeRows(2, raw2, {
  width: 12,
  rules: [
    { total: 0, parts: [1, 8, 9, 10, 11] },
    { total: 1, parts: [2, 3, 4, 5, 6, 7] },
  ],
  allowed: { cols: t2Allowed, why: '表1 income lines (only 一般财力 and 非财政拨款结转结余 print money)' },
});
tally(2, placed2);
const table2: Table = {
  ...header(2),
  rows: raw2.map((r, i) => ({ code: r.code, name: norm(r.text), values: valuesOf(must(placed2[i], 'p'), 12) })),
};

// ---- 表7 ----------------------------------------------------------------------------------------
// Rows: 总计, the body-name row, 类, 款, and project rows "项 code + 项 name + 项目名称". The 项 name
// is taken from 表3's dictionary; the rest of the (re-joined) text is the project name.
const raw7 = assemble(block(7));
const body7Name = block(7).preparer;
const rows7 = raw7.map((r) => {
  const text = norm(r.text);
  if (r.code === '') return { code: '', name: text, project: '' };
  const name = must(funcName.get(r.code), `表3 name of ${r.code}`);
  if (!text.startsWith(name)) throw new Error(`表7: "${text}" does not start with 表3's name "${name}"`);
  const project = text.slice(name.length);
  if (r.code.length < 7 && project !== '') throw new Error(`表7: 类/款 row with project text "${text}"`);
  return { code: r.code, name, project };
});
const levels7 = rows7.map((r) => {
  if (r.code === '') return r.name === body7Name ? 1 : 0;
  return { 3: 2, 5: 3, 7: 4 }[r.code.length] ?? 9;
});
// PLACEMENT RULE 表7 (UNDECIDABLE, default + WARNING). Arithmetic: 合计 = Σ the ten economic 类
// columns, so each "X X" row is 合计 plus exactly one 类 column; the 总计 row itself has a single
// 类 column, hence all projects share one column. Nothing in the document says which: the default
// is 商品和服务支出 (column 3), the plausible one for these service projects (物业, 系统维护,
// 宣传, 培训 by 政府购买服务, 审计, 证书制作).
const T7_DEFAULT_COL = 2;
const t7Defaulted: string[] = [];
const placed7 = placeRows(7, raw7, {
  width: 11,
  rules: [{ total: 0, parts: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] }],
  levels: levels7,
  leaf: (i, cands) => {
    const pick = cands.find((cols) => cols.length === 2 && cols[1] === T7_DEFAULT_COL);
    if (!pick) return undefined;
    const r = must(rows7[i], 'row');
    t7Defaulted.push(`${r.code} ${r.project} ${must(raw7[i], 'raw').amounts[0]}`);
    return { cols: pick, how: 'DEFAULT (undecidable): 商品和服务支出' };
  },
});
if (t7Defaulted.length > 0) {
  warnings.push(
    `WARNING 表7: the economic 类 column of ${t7Defaulted.length} project rows is not decidable from the text ` +
      `(each prints "X X": 项目支出合计 plus one economic column); placed by default in ${SPEC[7]?.columns[T7_DEFAULT_COL]}:`,
    ...t7Defaulted.map((d) => `  ${d}`),
  );
}
tally(7, placed7);
const table7: Table = {
  ...header(7),
  rows: rows7.map((r, i) => ({ code: r.code, name: r.name, project: r.project, values: valuesOf(must(placed7[i], 'p'), 11) })),
};

/** 表7 project total (fen) by 项 code. */
function t7ProjectsOf(code: string): number {
  return sum(table7.rows.filter((r) => r.code === code && r.project !== '').map((r) => fen(must(r.values[0], 'v'))));
}

// ---- 表5 ----------------------------------------------------------------------------------------
// PLACEMENT RULE 表5. Arithmetic: 合计 = 基本支出 + 项目支出; a "X X" row is 基本 or 项目. Evidence for a
// 项 row: 表7 (this table's project detail) — if 表7's project rows under that 项 code add up to the
// amount it is 项目支出, if 表7 has none it is 基本支出. 款/类 rows then follow from their children.
const raw5 = assemble(block(5));
const placed5 = placeRows(5, raw5, {
  width: 3,
  rules: [{ total: 0, parts: [1, 2] }],
  levels: raw5.map(levelByCode),
  leaf: (i, cands) => {
    const row = must(raw5[i], 'row');
    const project = t7ProjectsOf(row.code);
    const pick = cands.find((cols) => spread(row.amounts.map(fen), cols, 3)[2] === project);
    return pick && { cols: pick, how: 'evidence: 表7 project rows of the 项' };
  },
});
tally(5, placed5);
const table5: Table = {
  ...header(5),
  rows: raw5.map((r, i) => ({ code: r.code, name: norm(r.text), values: valuesOf(must(placed5[i], 'p'), 3) })),
};
function t5(code: string, col: number): number {
  const row = table5.rows.find((r) => r.code === code);
  return row ? fen(must(row.values[col], 'v')) : 0;
}

// ---- 表3 ----------------------------------------------------------------------------------------
// PLACEMENT RULE 表3. Arithmetic as 表5. Evidence for a 项 row: its 基本支出 equals 表5's 基本支出 of
// the same 项 (表3 − 表5 is the non-fiscal money, here only the 112.00 carry-over, which 表11 prints
// as 项目支出 only; 总计 基本支出 is 1,259.27 in both tables). 款/类 rows follow from their children.
const placed3 = placeRows(3, raw3, {
  width: 3,
  rules: [{ total: 0, parts: [1, 2] }],
  levels: raw3.map(levelByCode),
  leaf: (i, cands) => {
    const row = must(raw3[i], 'row');
    const basic = t5(row.code, 1);
    const pick = cands.find((cols) => spread(row.amounts.map(fen), cols, 3)[1] === basic);
    return pick && { cols: pick, how: 'evidence: 表5 基本支出 of the 项' };
  },
});
tally(3, placed3);
const table3: Table = {
  ...header(3),
  rows: raw3.map((r, i) => ({ code: r.code, name: norm(r.text), values: valuesOf(must(placed3[i], 'p'), 3) })),
};

// ---- 表6 ----------------------------------------------------------------------------------------
// PLACEMENT RULE 表6. Arithmetic: 合计 = 人员经费 + 公用经费; a "X X" row is one of the two. Evidence:
// the narrative (第三部分 六) lists by name the items of 人员经费 ("主要包括：基本工资、…") and of 公用经费
// ("主要包括：办公费、…"); each 款 row goes where its name is listed (consistent with 名词解释 五:
// 人员经费 = 工资福利支出 + 对个人和家庭的补助). 类 rows follow from their children.
const narrative = norm(part3.join(' '));
function narrativeList(label: string): Set<string> {
  const m = new RegExp(`${label}[\\d,.]+万元，主要包括：([^。]+)。`).exec(narrative);
  if (!m) throw new Error(`narrative list of ${label} not found`);
  return new Set(must(m[1], 'list').split('、'));
}
const personnel = narrativeList('人员经费');
const publicUse = narrativeList('公用经费');
const raw6 = assemble(block(6));
const placed6 = placeRows(6, raw6, {
  width: 3,
  rules: [{ total: 0, parts: [1, 2] }],
  levels: raw6.map(levelByCode),
  leaf: (i, cands) => {
    const name = norm(must(raw6[i], 'row').text);
    if (personnel.has(name) === publicUse.has(name)) return undefined; // listed in neither or both
    const col = personnel.has(name) ? 1 : 2;
    const pick = cands.find((cols) => cols[1] === col);
    return pick && { cols: pick, how: 'evidence: narrative 人员经费/公用经费 item lists' };
  },
});
tally(6, placed6);
const table6: Table = {
  ...header(6),
  rows: raw6.map((r, i) => ({ code: r.code, name: norm(r.text), values: valuesOf(must(placed6[i], 'p'), 3) })),
};

// ---- 表8, 表9 (empty tables) -----------------------------------------------------------------------
function emptyTable(n: number): Table {
  const b = block(n);
  if (b.body.some((l) => l.text.split(' ').some((t) => AMOUNT.test(t)))) throw new Error(`表${n} is not empty`);
  decisions.set(n, new Map());
  return { ...header(n), rows: [], note: norm(b.body.map((l) => l.text).join(' ')) };
}
const table8 = emptyTable(8);
const table9 = emptyTable(9);

// ---- 表10 -----------------------------------------------------------------------------------------
// PLACEMENT RULE 表10. Arithmetic: 合计 = Σ the three fund columns. Evidence: as 表4 — only
// 一般公共预算 has financial-allocation income (表4), so "X X" is 合计 + 一般公共预算.
const raw10 = assemble(block(10), true);
const placed10: Placed[] = [];
const table10: Table = {
  ...header(10),
  rows: raw10.map((r) => {
    let values = ['', '', '', ''];
    if (r.amounts.length > 0) {
      const [p] = placeRows(10, [r], {
        width: 4,
        rules: [{ total: 0, parts: [1, 2, 3] }],
        allowed: { cols: fundAllowed, why: fundWhy },
      });
      placed10.push(must(p, 'p'));
      values = valuesOf(must(p, 'p'), 4);
    }
    return { code: '', name: norm(r.text), values };
  }),
};
tally(10, placed10);

// ---- 表11 -----------------------------------------------------------------------------------------
// PLACEMENT RULE 表11. Arithmetic: 合计 = 财政拨款小计 + 非财政拨款小计; each 小计 = 人员经费 + 公用经费 +
// 项目支出. "X X X" is 合计 + one 小计 + one of its parts. Evidence: 表1 prints 1.财政拨款结转 blank and
// 2.非财政拨款结转结余 112.00 (narrative: 财政拨款 0.00 万元, 非财政拨款 112.00 万元) → 非财政拨款; 表3 − 表5
// (the non-fiscal money) has 基本支出 1,259.27 − 1,259.27 = 0 and 项目支出 586.30 − 474.30 = 112.00 →
// 非财政拨款 项目支出.
const t11Allowed = new Set<number>([0]);
if (t1Income('1.财政拨款结转') !== 0) [1, 2, 3, 4].forEach((c) => t11Allowed.add(c));
if (t1Income('2.非财政拨款结转结余') !== 0) {
  t11Allowed.add(5);
  const total3 = must(table3.rows[0], '表3 总计');
  const total5 = must(table5.rows[0], '表5 总计');
  if (fen(must(total3.values[1], 'v')) !== fen(must(total5.values[1], 'v'))) [6, 7].forEach((c) => t11Allowed.add(c));
  if (fen(must(total3.values[2], 'v')) !== fen(must(total5.values[2], 'v'))) t11Allowed.add(8);
}
const raw11 = assemble(block(11));
const placed11 = placeRows(11, raw11, {
  width: 9,
  rules: [
    { total: 0, parts: [1, 5] },
    { total: 1, parts: [2, 3, 4] },
    { total: 5, parts: [6, 7, 8] },
  ],
  allowed: { cols: t11Allowed, why: '表1 (only 非财政拨款结转结余) and 表3 − 表5 (only 项目支出)' },
});
tally(11, placed11);
const table11: Table = {
  ...header(11),
  rows: raw11.map((r, i) => ({ code: '', name: norm(r.text), values: valuesOf(must(placed11[i], 'p'), 9) })),
};
for (const r of raw11) if (r.code !== '') throw new Error('表11: unexpected code');

const tables: Table[] = [table1, table2, table3, table4, table5, table6, table7, table8, table9, table10, table11];

// ---------------------------------------------------------------------------------------------
// Completeness: the printed amounts of each block, in text order, must be exactly the non-blank
// cells of the output, in row order (amounts are placed left to right within a row).

const counts: string[] = [];
let fatal = false;
for (const t of tables) {
  const spec = must(SPEC[t.number], 'spec');
  for (const r of t.rows) {
    if (r.values.length !== spec.columns.length) throw new Error(`表${t.number}: row "${r.name}" has ${r.values.length} values`);
  }
  const printed = block(t.number)
    .all.flatMap((l) => l.split(' '))
    .filter((tok) => AMOUNT.test(tok))
    .map(plain);
  const cells = t.rows.flatMap((r) => r.values.filter((v) => v !== ''));
  const same = printed.length === cells.length && printed.every((p, i) => p === cells[i]);
  if (!same) fatal = true;
  const how = [...(decisions.get(t.number) ?? new Map<string, number>())].map(([k, n]) => `${n}× ${k}`).join('; ');
  counts.push(
    `表${String(t.number).padEnd(2)} ${t.key.padEnd(34)} rows ${String(t.rows.length).padStart(2)}  cells ${String(cells.length).padStart(3)}` +
      `  printed ${String(printed.length).padStart(3)} ${same ? 'ok' : 'MISMATCH'}${how ? `  [${how}]` : ''}`,
  );
}

// ---------------------------------------------------------------------------------------------
// Self-check of the arithmetic (printed values are never changed; ≤ 0.02 differences are reported
// as rounding traces of the document, larger ones fail the run).

const checks: string[] = [];
let checked = 0;
function check(label: string, printed: number, computed: number): void {
  checked++;
  const d = printed - computed;
  if (d === 0) return;
  if (Math.abs(d) <= 2) checks.push(`  rounding trace: ${label}: printed ${yuan(printed)}, parts add to ${yuan(computed)}`);
  else {
    checks.push(`  MISMATCH: ${label}: printed ${yuan(printed)}, parts add to ${yuan(computed)}`);
    fatal = true;
  }
}
const v = (r: Row, c: number): number => fen(must(r.values[c], `column ${c} of ${r.name}`));
function byName(t: Table, name: string): Row {
  return must(
    t.rows.find((r) => r.name === name),
    `表${t.number} row ${name}`,
  );
}
function rowRules(t: Table, rules: SumRule[]): void {
  const names = must(SPEC[t.number], 'spec').columns;
  for (const r of t.rows) {
    for (const rule of rules) {
      check(`表${t.number} ${r.code || r.name} ${names[rule.total]}`, v(r, rule.total), sum(rule.parts.map((p) => v(r, p))));
    }
  }
}
function hierarchy(t: Table, levels: number[]): void {
  const width = must(SPEC[t.number], 'spec').columns.length;
  t.rows.forEach((r, i) => {
    const kids = childrenOf(levels, i);
    if (kids.length === 0) return;
    for (let c = 0; c < width; c++) {
      const s = sum(kids.map((j) => v(must(t.rows[j], 'kid'), c)));
      check(`表${t.number} ${r.code || r.name} ${must(SPEC[t.number], 's').columns[c]} vs Σ children`, v(r, c), s);
    }
  });
}
const codeLevels = (t: Table): number[] => t.rows.map((r) => levelByCode({ code: r.code, text: r.name, amounts: [] }));

// 表1
{
  const t = table1;
  const inc = (n: string): number => v(byName(t, n), 0);
  check('表1 一、本年收入', inc('一、本年收入'), sum(['1.一般公共预算拨款', '2.政府性基金预算拨款', '3.国有资本经营预算拨款', '4.财政专户核拨', '5.单位资金'].map(inc)));
  check('表1 1.一般公共预算拨款', inc('1.一般公共预算拨款'), inc('其中：一般财力') + inc('上级一般公共预算安排转移支付'));
  check('表1 二、上年结转结余', inc('二、上年结转结余'), inc('1.财政拨款结转') + inc('2.非财政拨款结转结余'));
  check('表1 2.非财政拨款结转结余', inc('2.非财政拨款结转结余'), inc('其中：财政专户核拨') + inc('单位资金'));
  check('表1 收入总计', inc('收入总计'), inc('一、本年收入') + inc('二、上年结转结余'));
  const last = must(t.rows[t.rows.length - 1], 'totals');
  check('表1 支出总计 vs Σ类', v(last, 1), sum(t.rows.slice(0, -1).map((r) => v(r, 1))));
  check('表1 支出总计 vs 收入总计', v(last, 1), v(last, 0));
  for (const r of t.rows.slice(0, -1)) {
    const t3 = table3.rows.find((x) => x.code === r.pair?.code);
    check(`表1 ${r.pair?.code ?? ''} vs 表3`, v(r, 1), t3 ? v(t3, 0) : 0);
  }
}
// 表2
rowRules(table2, [
  { total: 0, parts: [1, 8, 9, 10, 11] },
  { total: 1, parts: [2, 3, 4, 5, 6, 7] },
]);
hierarchy(table2, codeLevels(table2));
// 表3, 表5
rowRules(table3, [{ total: 0, parts: [1, 2] }]);
hierarchy(table3, codeLevels(table3));
rowRules(table5, [{ total: 0, parts: [1, 2] }]);
hierarchy(table5, codeLevels(table5));
// 表4
{
  const t = table4;
  const last = must(t.rows[t.rows.length - 1], 'totals');
  rowRules(t, [{ total: 1, parts: [2, 3, 4] }]);
  check('表4 收入总计 vs 一、财政拨款（补助）', v(last, 0), v(byName(t, '一、财政拨款（补助）'), 0));
  check('表4 一、财政拨款（补助）', v(byName(t, '一、财政拨款（补助）'), 0), sum(['一般公共预算', '政府性基金预算', '国有资本经营预算'].map((n) => v(byName(t, n), 0))));
  for (let c = 1; c <= 4; c++) check(`表4 支出总计 col ${c + 1} vs Σ类`, v(last, c), sum(t.rows.slice(0, -1).map((r) => v(r, c))));
  check('表4 支出总计 vs 收入总计', v(last, 1), v(last, 0));
  for (const r of t.rows.slice(0, -1)) if (r.pair && v(r, 1) !== 0) check(`表4 ${r.pair.code} vs 表5`, v(r, 1), t5(r.pair.code, 0));
}
// 表6
rowRules(table6, [{ total: 0, parts: [1, 2] }]);
hierarchy(table6, codeLevels(table6));
// 表7
rowRules(table7, [{ total: 0, parts: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] }]);
hierarchy(table7, levels7);
// 表10
{
  const t = table10;
  rowRules(t, [{ total: 0, parts: [1, 2, 3] }]);
  for (let c = 0; c < 4; c++) {
    const col = (n: string): number => v(byName(t, n), c);
    check(`表10 合计 col ${c + 1}`, col('合计'), col('因公出国（境）费') + col('公务接待费') + col('公务用车购置及运行费（小计）'));
    check(`表10 小计 col ${c + 1}`, col('公务用车购置及运行费（小计）'), col('其中：公务用车购置费') + col('公务用车运行费'));
  }
  const t6 = (code: string): number => v(must(table6.rows.find((r) => r.code === code), `表6 ${code}`), 0);
  check('表10 公务接待费 vs 表6 30217', v(byName(t, '公务接待费'), 0), t6('30217'));
  check('表10 公务用车运行费 vs 表6 30231', v(byName(t, '公务用车运行费'), 0), t6('30231'));
}
// 表11
rowRules(table11, [
  { total: 0, parts: [1, 5] },
  { total: 1, parts: [2, 3, 4] },
  { total: 5, parts: [6, 7, 8] },
]);
hierarchy(
  table11,
  table11.rows.map((r) => (r.name === '总计' ? 0 : r.name === block(11).preparer ? 1 : 2)),
);
// cross-table
{
  const total = (t: Table, c: number): number => v(must(t.rows.find((r) => r.name === '总计'), `表${t.number} 总计`), c);
  check('表2 总计 vs 表1 收入总计', total(table2, 0), v(byName(table1, '收入总计'), 0));
  check('表3 总计 vs 表2 总计', total(table3, 0), total(table2, 0));
  check('表5 总计 vs 表2 财政拨款小计', total(table5, 0), total(table2, 1));
  for (const r of table2.rows.filter((x) => x.code !== '')) {
    check(`表3 ${r.code} 合计 vs 表2 总计`, v(must(table3.rows.find((x) => x.code === r.code), `表3 ${r.code}`), 0), v(r, 0));
    check(`表5 ${r.code} 合计 vs 表2 小计`, t5(r.code, 0), v(r, 1));
  }
  check('表6 总计 vs 表5 基本支出', total(table6, 0), total(table5, 1));
  check('表6 人员经费 vs narrative', total(table6, 1), fen(must(/人员经费([\d,.]+)万元，主要包括/.exec(narrative)?.[1], 'narrative 人员经费')));
  check('表6 公用经费 vs narrative', total(table6, 2), fen(must(/公用经费([\d,.]+)万元，主要包括/.exec(narrative)?.[1], 'narrative 公用经费')));
  check('表7 总计 vs 表5 项目支出', total(table7, 0), total(table5, 2));
  for (const r of table5.rows.filter((x) => x.code.length === 7 && v(x, 2) !== 0)) check(`表7 projects of ${r.code} vs 表5`, t7ProjectsOf(r.code), v(r, 2));
  check('表11 总计 vs 表1 二、上年结转结余', total(table11, 0), v(byName(table1, '二、上年结转结余'), 0));
  check('表11 非财政项目支出 vs 表3 − 表5 项目支出', total(table11, 8), total(table3, 2) - total(table5, 2));
  check('表11 财政拨款 vs 表1 1.财政拨款结转', total(table11, 1), v(byName(table1, '1.财政拨款结转'), 0));
}
// names: the same function code has the same name in 表2, 表3, 表5, 表7
for (const t of [table2, table5, table7]) {
  for (const r of t.rows) {
    if (r.code !== '' && funcName.get(r.code) !== r.name) {
      checks.push(`  NAME MISMATCH: 表${t.number} ${r.code} "${r.name}" vs 表3 "${funcName.get(r.code) ?? ''}"`);
      fatal = true;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Output: 2-space indentation, one row per line.

function inline(x: unknown): string {
  if (Array.isArray(x)) return `[${x.map(inline).join(', ')}]`;
  if (x !== null && typeof x === 'object') {
    return `{ ${Object.entries(x)
      .map(([k, y]) => `${JSON.stringify(k)}: ${inline(y)}`)
      .join(', ')} }`;
  }
  return JSON.stringify(x);
}

function format(ts: Table[]): string {
  const out = ts.map((t) => {
    const fields = [
      `    "number": ${t.number}`,
      `    "key": ${JSON.stringify(t.key)}`,
      `    "title": ${JSON.stringify(t.title)}`,
      `    "preparer": ${JSON.stringify(t.preparer)}`,
      `    "unit": ${JSON.stringify(t.unit)}`,
      t.rows.length === 0 ? '    "rows": []' : `    "rows": [\n${t.rows.map((r) => `      ${inline(r)}`).join(',\n')}\n    ]`,
    ];
    if (t.note !== undefined) fields.push(`    "note": ${JSON.stringify(t.note)}`);
    return `  {\n${fields.join(',\n')}\n  }`;
  });
  return `[\n${out.join(',\n')}\n]\n`;
}

const json = format(tables);
if (JSON.stringify(JSON.parse(json)) !== JSON.stringify(tables)) throw new Error('formatter changed the data');

console.log(`seed: ${SEED}`);
console.log('tables (cells = non-blank output cells, printed = amounts printed in the seed block):');
for (const line of counts) console.log(`  ${line}`);
console.log(`self-check: ${checked} identities checked`);
for (const line of checks) console.log(line);
for (const w of warnings) console.log(w);
if (fatal) {
  console.error('derive-seed-fixture: FAILED (see MISMATCH lines); output not written');
  process.exit(1);
}
writeFileSync(OUT, json);
console.log(`wrote ${OUT}`);
