// Family 5 — classification: codes exist in the catalog edition and carry their names, 项 sit inside their 款
// inside their 类, rows in code order, personnel and public costs under the economic 类 that may carry them,
// basic spending only under function 项 that can carry it, project economic columns by 类.
import type { CheckDocument, CheckTable } from '../check/document.ts';
import { loadCatalog, type Catalog, type CatalogKind } from '../catalog/index.ts';
import type { TableRow } from '../tables/table-model.ts';
import { cellLocation, figure, unitSections } from './figures.ts';
import { shown } from './tolerance.ts';
import type { Location, Rule, RuleContext } from './types.ts';

type Axis = 'function' | 'economic';

const KIND: Record<Axis, CatalogKind> = { function: 'function', economic: 'dept_economic' };
const LENGTHS: Record<Axis, readonly number[]> = { function: [3, 5, 7], economic: [3, 5] };
const AXIS_ZH: Record<Axis, string> = { function: '功能分类', economic: '经济分类' };

const catalogFor = (doc: CheckDocument, axis: Axis): Catalog => loadCatalog(KIND[axis], doc.meta.year);

/** A printed code with its name and where it stands. */
interface CodeUse {
  axis: Axis;
  code: string;
  name: string;
  table: CheckTable;
  row: TableRow;
}

/** Every code the tables print: rows of tables by code, and the function 类 on the right of two-sided tables. */
function codeUses(doc: CheckDocument): CodeUse[] {
  const out: CodeUse[] = [];
  for (const t of doc.tables) {
    for (const row of t.rows) {
      if (t.axis && row.code) out.push({ axis: t.axis, code: row.code, name: row.name, table: t, row });
      if (row.pair?.code) out.push({ axis: 'function', code: row.pair.code, name: row.pair.name, table: t, row });
    }
  }
  return out;
}

function requireCodes(ctx: RuleContext): CodeUse[] {
  const uses = codeUses(ctx.doc);
  if (uses.length === 0) ctx.notApplicable('表中没有科目编码 (no classification codes in the tables)');
  return uses;
}

/** The location of a code as printed (table, row). */
const useLocation = (u: CodeUse): Location => cellLocation(u.table, u.row);

/** Each distinct key once, with the tables it is printed in. */
function distinct<T extends CodeUse>(uses: readonly T[], key: (u: T) => string): { first: T; tables: number[] }[] {
  const seen = new Map<string, { first: T; tables: number[] }>();
  for (const u of uses) {
    const k = key(u);
    const entry = seen.get(k) ?? { first: u, tables: [] };
    if (!entry.tables.includes(u.table.number)) entry.tables.push(u.table.number);
    seen.set(k, entry);
  }
  return [...seen.values()];
}

const codedTables = (doc: CheckDocument, axis?: Axis) => doc.tables.filter((t) => t.axis && (!axis || t.axis === axis) && t.rows.some((r) => r.code));
const spaced = (code: string) => [code.slice(0, 3), code.slice(3, 5), code.slice(5, 7)].filter(Boolean).join(' ');

/** Amount of the columns with one of the roles ending in `suffixes` in a row. */
function amountIn(t: CheckTable, row: TableRow, suffixes: readonly string[]): number {
  return t.roles.reduce((sum, role, i) => (suffixes.some((s) => role.endsWith(s)) ? sum + figure(t, row, i) : sum), 0);
}

// ---------------------------------------------------------------------------------------------------------

const codeExists: Rule = {
  id: 'CLS-CODE-EXISTS',
  family: 'classification',
  severity: 'warning',
  title: { zh: '科目编码在参考目录中', en: 'Every classification code is in the catalog edition' },
  check(ctx) {
    for (const { first, tables } of distinct(requireCodes(ctx), (u) => `${u.axis}:${u.code}`)) {
      const catalog = catalogFor(ctx.doc, first.axis);
      if (catalog.has(first.code)) continue;
      ctx.report({
        message: {
          zh: `${AXIS_ZH[first.axis]}科目 ${spaced(first.code)} ${first.name} 不在参考目录中，请核对（目录版本 ${catalog.edition}；见表${tables.join('、')}）`,
          en: `${first.axis} code ${first.code} (${first.name}) is not in the catalog edition "${catalog.edition}": please check (tables ${tables.join(', ')})`,
        },
        location: useLocation(first),
        actual: first.code,
      });
    }
  },
};

const codeName: Rule = {
  id: 'CLS-CODE-NAME',
  family: 'classification',
  severity: 'warning',
  title: { zh: '科目编码与科目名称一致', en: 'Code and printed name agree with the catalog' },
  check(ctx) {
    for (const { first, tables } of distinct(requireCodes(ctx), (u) => `${u.axis}:${u.code}:${u.name}`)) {
      if (!first.name) continue;
      const result = catalogFor(ctx.doc, first.axis).lookup(first.code, first.name);
      if (result.status !== 'name_mismatch') continue;
      const entry = result.entry!;
      const trusted = entry.confidence === 'verified' || entry.confidence === 'official';
      ctx.report({
        severity: trusted ? 'error' : 'warning',
        message: {
          zh: `科目 ${spaced(first.code)} 印为“${first.name}”，目录名称为“${entry.name}”（目录可信度 ${entry.confidence}；见表${tables.join('、')}）`,
          en: `Code ${first.code} is printed as "${first.name}"; the catalog names it "${entry.name}" (confidence ${entry.confidence}; tables ${tables.join(', ')})`,
        },
        location: useLocation(first),
        expected: entry.name,
        actual: first.name,
      });
    }
  },
};

const codeFormat: Rule = {
  id: 'CLS-CODE-FORMAT',
  family: 'classification',
  severity: 'error',
  title: { zh: '科目编码位数正确（功能分类 3/5/7 位，经济分类 3/5 位）', en: 'Codes have a valid length (function 3/5/7 digits, economic 3/5)' },
  check(ctx) {
    for (const u of requireCodes(ctx)) {
      if (/^\d+$/.test(u.code) && LENGTHS[u.axis].includes(u.code.length)) continue;
      ctx.report({
        message: {
          zh: `${AXIS_ZH[u.axis]}科目编码“${u.code}”位数不对（应为 ${LENGTHS[u.axis].join('/')} 位数字）`,
          en: `${u.axis} code "${u.code}" is not ${LENGTHS[u.axis].join('/')} digits`,
        },
        location: useLocation(u),
        actual: u.code,
      });
    }
  },
};

const hierarchy: Rule = {
  id: 'CLS-HIERARCHY',
  family: 'classification',
  severity: 'error',
  title: { zh: '“项”列在其“款”之下，“款”列在其“类”之下', en: 'Each 项 sits under its 款, each 款 under its 类' },
  check(ctx) {
    const tables = codedTables(ctx.doc);
    if (tables.length === 0) ctx.notApplicable('没有按科目编码列示的表 (no table with rows by code)');
    for (const t of tables) {
      const lengths = LENGTHS[t.axis!];
      const open = new Map<number, string>(); // the code of the last row at each length, within its parent
      for (const row of t.rows) {
        const level = lengths.indexOf(row.code.length);
        if (level < 0) continue;
        for (const len of lengths.slice(level)) open.delete(len);
        open.set(row.code.length, row.code);
        for (const len of lengths.slice(0, level)) {
          const parent = row.code.slice(0, len);
          if (open.get(len) === parent) continue;
          const exists = t.rows.some((r) => r.code === parent);
          const what = len === 3 ? '类' : '款';
          ctx.report({
            message: exists
              ? { zh: `${spaced(row.code)} ${row.name} 未列在其${what} ${spaced(parent)} 之下`, en: `${row.code} is not listed under its parent ${parent}` }
              : { zh: `${spaced(row.code)} ${row.name} 的${what} ${spaced(parent)} 未列出`, en: `The parent ${parent} of ${row.code} is missing from the table` },
            location: cellLocation(t, row),
            expected: parent,
          });
          break;
        }
      }
    }
  },
};

const order: Rule = {
  id: 'CLS-ORDER',
  family: 'classification',
  severity: 'warning',
  title: { zh: '各行按科目编码顺序排列', en: 'Rows are in code order' },
  check(ctx) {
    const tables = codedTables(ctx.doc);
    if (tables.length === 0) ctx.notApplicable('没有按科目编码列示的表 (no table with rows by code)');
    for (const t of tables) {
      for (const rows of unitSections(t)) {
        let last: TableRow | undefined;
        for (const row of rows.filter((r) => r.code)) {
          // String order of codes is the printed order: 208, 20801, 2080101, 20802, 210 …
          if (last && row.code < last.code) {
            ctx.report({
              message: { zh: `${spaced(row.code)} ${row.name} 排在 ${spaced(last.code)} ${last.name} 之后`, en: `${row.code} comes after ${last.code}` },
              location: cellLocation(t, row),
            });
          } else last = row;
        }
      }
    }
  },
};

/** The economic 类 that may carry each kind of basic spending under the document's template. */
function basicClasses(doc: CheckDocument): { personnel: readonly string[]; public: readonly string[] } {
  return doc.template?.basicEconClasses ?? { personnel: ['301', '303'], public: ['302', '310'] };
}

const kindRule = (id: string, kind: 'personnel' | 'public', title: { zh: string; en: string }): Rule => ({
  id,
  family: 'classification',
  severity: 'error',
  title,
  check(ctx) {
    const tables = codedTables(ctx.doc, 'economic').filter((t) => t.roles.some((r) => r.endsWith(`.${kind}`)));
    if (tables.length === 0) ctx.notApplicable(`没有按经济分类列示${kind === 'personnel' ? '人员经费' : '公用经费'}的表 (no economic table with this column)`);
    const allowed = basicClasses(ctx.doc)[kind];
    const word = kind === 'personnel' ? '人员经费' : '公用经费';
    for (const t of tables) {
      const col = t.roles.findIndex((r) => r.endsWith(`.${kind}`));
      // The deepest rows only: a 类 with 款 under it carries what they carry.
      const leaves = t.rows.filter((r) => r.code && !t.rows.some((c) => c.code.length > r.code.length && c.code.startsWith(r.code)));
      for (const row of leaves) {
        const amount = figure(t, row, col);
        if (amount === 0 || allowed.includes(row.code.slice(0, 3))) continue;
        ctx.report({
          message: {
            zh: `${spaced(row.code)} ${row.name} 列有${word} ${shown(amount, t.unit)}；${word}只应出现在 ${allowed.join('、')} 类`,
            en: `${row.code} ${row.name} carries ${kind} costs of ${shown(amount, t.unit)}; they belong only under ${allowed.join(', ')}`,
          },
          location: cellLocation(t, row, col),
          expected: shown(0, t.unit),
          actual: shown(amount, t.unit),
        });
      }
    }
  },
});

/** Function 项 that can carry basic spending: running costs of bodies, and the staff's pensions, health and housing. */
const BASIC_NAMES = /行政运行|机关服务|事业运行|离退休|离休|退休|养老|年金|医疗|公积金|提租补贴|购房补贴|抚恤|遗属/;
const BASIC_SUBCLASSES = ['20805', '20808', '21011', '22102'];

const basicFunction: Rule = {
  id: 'CLS-BASIC-FUNCTION',
  family: 'classification',
  severity: 'warning',
  title: { zh: '基本支出只列在可安排基本支出的功能科目（行政运行、机关服务、事业运行、养老、医疗、住房公积金等）', en: 'Basic spending only under function 项 that carry it (行政运行, 事业运行, pensions, health, housing …)' },
  check(ctx) {
    const tables = codedTables(ctx.doc, 'function').filter((t) => t.roles.some((r) => /\.(basic|personnel|public)$/.test(r)));
    if (tables.length === 0) ctx.notApplicable('没有分列基本支出的功能分类表 (no function table with basic spending)');
    const catalog = catalogFor(ctx.doc, 'function');
    for (const t of tables) {
      const suffixes = t.roles.some((r) => r.endsWith('.basic')) ? ['.basic'] : ['.personnel', '.public'];
      const col = t.roles.findIndex((r) => suffixes.some((s) => r.endsWith(s)));
      for (const row of t.rows.filter((r) => r.code.length === 7 && !r.project)) {
        const amount = amountIn(t, row, suffixes);
        const name = row.name || catalog.name(row.code) || '';
        if (amount === 0 || BASIC_NAMES.test(name) || BASIC_SUBCLASSES.includes(row.code.slice(0, 5))) continue;
        ctx.report({
          message: {
            zh: `${spaced(row.code)} ${name} 列有基本支出 ${shown(amount, t.unit)}；基本支出通常列在“行政运行”“事业运行”等科目，请核对`,
            en: `${row.code} ${name} carries basic spending of ${shown(amount, t.unit)}; basic spending usually sits under 行政运行/事业运行 and the like: please check`,
          },
          location: cellLocation(t, row, col),
          actual: shown(amount, t.unit),
        });
      }
    }
  },
};

const projectEconClass: Rule = {
  id: 'CLS-PROJECT-ECON-CLASS',
  family: 'classification',
  severity: 'error',
  title: { zh: '项目支出表的经济分类列为 301–399 的“类”', en: 'The economic columns of the project table are 类 codes 301–399' },
  check(ctx) {
    const tables = ctx.doc.tables.filter((t) => t.roles.some((r) => r.includes('econ:')));
    if (tables.length === 0) ctx.notApplicable('没有按经济分类分列的项目支出表 (no project table with economic columns)');
    const catalog = catalogFor(ctx.doc, 'economic');
    for (const t of tables) {
      t.roles.forEach((role, col) => {
        const codes = /econ:([^.]+)/.exec(role)?.[1]?.split('+') ?? [];
        const label = t.columns[col] ?? '';
        const location: Location = { ...(t.page !== undefined ? { page: t.page } : {}), table: t.number, key: t.key, column: label };
        for (const code of codes) {
          const n = Number(code);
          if (!/^\d{3}$/.test(code) || n < 301 || n > 399) {
            ctx.report({
              message: { zh: `列“${label}”的经济分类 ${code} 不是 301–399 的“类”`, en: `Column "${label}" is economic code ${code}, not a 类 301–399` },
              location,
              actual: code,
            });
            continue;
          }
          const result = catalog.lookup(code, codes.length === 1 ? label : undefined);
          if (result.status === 'missing') {
            ctx.report({
              severity: 'warning',
              message: { zh: `列“${label}”的经济分类 ${code} 不在参考目录中，请核对`, en: `Column "${label}": economic class ${code} is not in the catalog: please check` },
              location,
              actual: code,
            });
          } else if (result.status === 'name_mismatch') {
            ctx.report({
              severity: 'warning',
              message: { zh: `列“${label}”对应经济分类 ${code}，目录名称为“${result.entry!.name}”`, en: `Column "${label}" is economic class ${code}, which the catalog names "${result.entry!.name}"` },
              location,
              expected: result.entry!.name,
              actual: label,
            });
          }
        }
      });
    }
  },
};

export const classificationRules: Rule[] = [
  codeExists,
  codeName,
  codeFormat,
  hierarchy,
  order,
  kindRule('CLS-PERSONNEL-ECON', 'personnel', { zh: '人员经费只列在工资福利支出（301）、对个人和家庭的补助（303）', en: 'Personnel costs only in 301/303 rows of the basic-spending table' }),
  kindRule('CLS-PUBLIC-ECON', 'public', { zh: '公用经费只列在商品和服务支出（302）等模板允许的类', en: 'Public costs only in 302 (and the classes the template allows) rows of the basic-spending table' }),
  basicFunction,
  projectEconClass,
];
