// Family 8 — text hygiene: placeholders and template words left in, doubled punctuation, unit slips, years that do
// not fit the document, 部门/单位 wording of the wrong scope, malformed and full-width numbers. These read the
// narrative (sentences and their headings) and the tables' text (titles, row and project names, notes).
import type { CheckDocument } from '../check/document.ts';
import { cellLocation } from './figures.ts';
import type { Location, Rule } from './types.ts';

interface Text {
  text: string;
  kind: 'sentence' | 'heading' | 'title' | 'note' | 'name';
  location: Location;
}

/** Every piece of text the document prints, with where it stands. */
function textsOf(doc: CheckDocument): Text[] {
  const out: Text[] = [];
  const headings = new Set<string>();
  for (const s of doc.narrative ?? []) {
    const page = s.page !== undefined ? { page: s.page } : {};
    for (const h of s.section) {
      if (headings.has(h)) continue;
      headings.add(h);
      out.push({ text: h, kind: 'heading', location: { ...page, text: h } });
    }
    out.push({ text: s.text, kind: 'sentence', location: { ...page, text: s.text } });
  }
  for (const t of doc.tables) {
    const at: Location = { ...(t.page !== undefined ? { page: t.page } : {}), table: t.number, key: t.key };
    if (t.title) out.push({ text: t.title, kind: 'title', location: { ...at, text: t.title } });
    if (t.note) out.push({ text: t.note, kind: 'note', location: { ...at, text: t.note } });
    for (const row of t.rows) {
      for (const name of [row.name, row.project, row.pair?.name]) {
        if (name) out.push({ text: name, kind: 'name', location: { ...cellLocation(t, row), text: name } });
      }
    }
  }
  return out;
}

const quote = (matches: readonly string[]) => [...new Set(matches)].map((m) => `“${m}”`).join('、');

/** A rule that reports every text where a pattern matches, quoting what matched. */
function patternRule(
  id: string,
  severity: Rule['severity'],
  title: { zh: string; en: string },
  pattern: RegExp,
  what: (found: string) => { zh: string; en: string },
): Rule {
  return {
    id,
    family: 'hygiene',
    severity,
    title,
    check(ctx) {
      for (const t of textsOf(ctx.doc)) {
        const found = [...t.text.matchAll(new RegExp(pattern.source, 'gu'))].map((m) => m[0]);
        if (found.length === 0) continue;
        const w = what(quote(found));
        ctx.report({ message: w, location: t.location, actual: found.join(' ') });
      }
    },
  };
}

// ---------------------------------------------------------------------------------------------------------
// Years

/** Comparison words that make a prior year's budget legitimate: 比/较/与/同/高于 2024年预算, 与2016年度相比（2016年度预算…）. */
const COMPARED = /比|较|与|同|于|对比|相比|上年/;
const COMPARED_AFTER = /^.{0,6}(相比|比较|对比)/u;
const BUDGET_YEAR = /((?:19|20)\d{2})年(度)?(部门|单位)?(收支|收入|支出|财政拨款)?(总)?(预算|决算)/gu;
const AS_OF = /截至\s*((?:19|20)\d{2})年/gu;
const ANY_YEAR = /((?:19|20)\d{2})年/gu;

function yearProblems(t: Text, year: number): string[] {
  const out: string[] = [];
  if (t.kind === 'heading' || t.kind === 'title' || t.kind === 'note') {
    for (const m of t.text.matchAll(ANY_YEAR)) if (Number(m[1]) !== year && !/截至/.test(t.text.slice(0, m.index))) out.push(m[0]);
  }
  if (t.kind === 'sentence' || t.kind === 'heading') {
    for (const m of t.text.matchAll(BUDGET_YEAR)) {
      const y = Number(m[1]);
      if (y === year) continue;
      const before = t.text.slice(Math.max(0, m.index - 8), m.index);
      if (y === year - 1 && (COMPARED.test(before) || COMPARED_AFTER.test(t.text.slice(m.index + m[0].length)))) continue;
      out.push(m[0]);
    }
  }
  for (const m of t.text.matchAll(AS_OF)) {
    const y = Number(m[1]);
    if (y !== year && y !== year - 1) out.push(m[0]);
  }
  return [...new Set(out)];
}

const yearRule: Rule = {
  id: 'HYG-YEAR',
  family: 'hygiene',
  severity: 'warning',
  title: { zh: '年份与文档年度相符（本年、上年）', en: 'Year references fit the document year (this year, last year)' },
  check(ctx) {
    const year = ctx.doc.meta.year;
    for (const t of textsOf(ctx.doc)) {
      const problems = yearProblems(t, year);
      if (problems.length === 0) continue;
      ctx.report({
        message: {
          zh: `${quote(problems)}与文档年度 ${year} 不符（${year}年预算应说本年 ${year}、上年 ${year - 1}），请核对是否沿用了往年文字`,
          en: `${problems.join(', ')} does not fit the document year ${year} (a ${year} budget speaks of ${year} and ${year - 1}): text copied from another year?`,
        },
        location: t.location,
        expected: String(year),
        actual: problems.join(' '),
      });
    }
  },
};

// ---------------------------------------------------------------------------------------------------------
// 部门/单位 scope

const SCOPE_WORDS = /(本|(?:19|20)\d{2}年度?)(部门|单位)(预算|决算)|(部门|单位)(预算|决算)(情况|编制)?说明/gu;

const scopeRule: Rule = {
  id: 'HYG-SCOPE-WORDING',
  family: 'hygiene',
  severity: 'warning',
  title: { zh: '部门预算称“部门”，单位预算称“单位”', en: 'A department budget calls itself 部门, a unit budget 单位' },
  check(ctx) {
    if (!ctx.doc.narrative?.length) ctx.unchecked('没有情况说明 (no narrative)');
    const own = ctx.doc.meta.scope === 'department' ? '部门' : '单位';
    const wrong = own === '部门' ? '单位' : '部门';
    for (const t of textsOf(ctx.doc).filter((x) => x.kind === 'sentence' || x.kind === 'heading')) {
      const found = [...t.text.matchAll(SCOPE_WORDS)].map((m) => m[0]).filter((w) => w.includes(`${wrong}预算`) || w.includes(`${wrong}决算`));
      if (found.length === 0) continue;
      ctx.report({
        message: {
          zh: `本文档是${own}${ctx.doc.meta.stage === 'budget' ? '预算' : '决算'}，却写作${quote(found)}`,
          en: `This is a ${ctx.doc.meta.scope} document but it says ${found.join(', ')}`,
        },
        location: t.location,
        expected: own,
        actual: found.join(' '),
      });
    }
  },
};

// ---------------------------------------------------------------------------------------------------------
// Numbers

/** A number with thousands separators or several decimal points, as printed ("1,845.57", "18,45.57", "1.845.57"). */
const GROUPED = /\d[\d,]*,\d[\d,]*(\.\d+)?|\d+\.\d+\.\d+/gu;
const WELL_GROUPED = /^\d{1,3}(,\d{3})+(\.\d+)?$/;
const DATE_LIKE = /^(19|20)\d{2}\.\d{1,2}\.\d{1,2}$/;
const CELL = /^-?(\d{1,3}(,\d{3})+|\d+)(\.(\d+))?$/;

const numberFormatRule: Rule = {
  id: 'HYG-NUMBER-FORMAT',
  family: 'hygiene',
  severity: 'warning',
  title: { zh: '金额的千分位与小数位数正确', en: 'Amounts have well-placed thousands separators and the table’s number of decimals' },
  check(ctx) {
    for (const t of textsOf(ctx.doc)) {
      const bad = [...t.text.matchAll(GROUPED)].map((m) => m[0]).filter((n) => !WELL_GROUPED.test(n) && !DATE_LIKE.test(n));
      if (bad.length === 0) continue;
      ctx.report({
        message: { zh: `数字${quote(bad)}的千分位或小数点有误`, en: `Malformed number ${bad.join(', ')} (thousands separator or decimal point)` },
        location: t.location,
        actual: bad.join(' '),
      });
    }
    const decimals = ctx.doc.template?.decimals ?? 2;
    for (const table of ctx.doc.tables) {
      for (const row of table.rows) {
        row.values.forEach((value, col) => {
          const v = value.trim();
          if (v === '' || /^[-—/]+$/.test(v)) return;
          const m = CELL.exec(v);
          const places = m?.[4]?.length ?? 0;
          if (m && places === decimals) return;
          ctx.report({
            message: m
              ? { zh: `金额“${v}”有 ${places} 位小数，本表为 ${decimals} 位`, en: `Amount "${v}" has ${places} decimals; the table prints ${decimals}` }
              : { zh: `金额“${v}”格式有误`, en: `Amount "${v}" is malformed` },
            location: cellLocation(table, row, col),
            expected: `${decimals} 位小数`,
            actual: v,
          });
        });
      }
    }
  },
};

const FULLWIDTH = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A][\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A.,．，]*/gu;

const fullwidthRule: Rule = {
  id: 'HYG-FULLWIDTH-DIGITS',
  family: 'hygiene',
  severity: 'warning',
  title: { zh: '数字、字母使用半角', en: 'Digits and letters are half-width' },
  check(ctx) {
    for (const t of textsOf(ctx.doc)) {
      const found = [...t.text.matchAll(FULLWIDTH)].map((m) => m[0]);
      if (found.length === 0) continue;
      ctx.report({
        message: { zh: `${quote(found)}使用了全角数字或字母`, en: `Full-width digits or letters: ${found.join(', ')}` },
        location: t.location,
        expected: found.map((f) => f.normalize('NFKC')).join(' '),
        actual: found.join(' '),
      });
    }
    for (const table of ctx.doc.tables) {
      for (const row of table.rows) {
        row.values.forEach((value, col) => {
          if (!new RegExp(FULLWIDTH.source, 'u').test(value)) return;
          ctx.report({
            message: { zh: `金额“${value}”使用了全角数字`, en: `Amount "${value}" has full-width digits` },
            location: cellLocation(table, row, col),
            expected: value.normalize('NFKC'),
            actual: value,
          });
        });
      }
    }
  },
};

// ---------------------------------------------------------------------------------------------------------

export const hygieneRules: Rule[] = [
  patternRule(
    'HYG-PLACEHOLDER',
    'error',
    { zh: '没有遗留的占位符（XX、××、某某、待填、【】）', en: 'No placeholders left in (XX, ××, 某某, 待填, 【】)' },
    /(?<![A-Za-z])[XxＸｘ]{2,}(?![A-Za-z])|[×╳]{2,}|某某|待填|待补充|【\s*】|\[\s*\]|（\s*）|\(\s*\)|(?<=[是为:：])\s*(…{2,}|\.{3,})/,
    (q) => ({ zh: `遗留占位符 ${q}`, en: `Placeholder left in: ${q}` }),
  ),
  patternRule(
    'HYG-TEMPLATE-WORDS',
    'error',
    { zh: '没有遗留的模板用语（“增加（减少）”“增长（下降）”）', en: 'No template words left in ("增加（减少）", "增长（下降）")' },
    /(增加|增长|上升|提高|高于)\s*[（(]\s*(减少|下降|降低|低于)\s*[)）]|(减少|下降)\s*[（(]\s*(增加|增长)\s*[)）]|(增加|增长|上升)\s*[/／]\s*(减少|下降)|增\s*[（(]\s*减\s*[)）]/,
    (q) => ({ zh: `遗留模板用语 ${q}，应按实际增减写明“增加”或“减少”`, en: `Template words left in: ${q} — say which it is` }),
  ),
  patternRule(
    'HYG-DOUBLE-PUNCT',
    'warning',
    { zh: '没有重复或叠用的标点（。。，，、、）', en: 'No doubled punctuation (。。，，、、)' },
    /[。，、；！？,;]{2,}|[：:]{2,}/,
    (q) => ({ zh: `标点重复 ${q}`, en: `Doubled punctuation ${q}` }),
  ),
  patternRule(
    'HYG-UNIT-SLIP',
    'warning',
    { zh: '金额单位没有笔误（万万元、元元、万元万）', en: 'No unit slips (万万元, 元元, 万元万)' },
    /万万元|亿亿元|千千元|(?<!美|日|欧)元元|万元万(?!人|户|条|次|名|件|册|份)|亿元万元/,
    (q) => ({ zh: `金额单位笔误 ${q}`, en: `Unit slip ${q}` }),
  ),
  yearRule,
  scopeRule,
  numberFormatRule,
  fullwidthRule,
];
