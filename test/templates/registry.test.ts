// Every template in the registry is well-formed data: the checks a template author needs before any table
// is built, so that a new jurisdiction is a template file and its tests, nothing else.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { namesForYear } from '../../src/catalog/index.ts';
import { FUND_GROUP_NAMES, FUND_SOURCES, SPENDING_KINDS, type FundSource } from '../../src/model/fund-source.ts';
import { FEN_PER_UNIT } from '../../src/model/money.ts';
import { buildTable, buildTables } from '../../src/tables/build.ts';
import { headerLeaves } from '../../src/tables/header.ts';
import { TABLE_KEYS } from '../../src/tables/table-model.ts';
import { getTemplate, listTemplates } from '../../src/templates/registry.ts';
import type { ByFunctionSpec, HeaderNode, IncomeLine, LineFilter, TableSpec, Template, ThreePublicSpec } from '../../src/templates/template.ts';
import { RULES } from '../../src/rules/registry.ts';
import { loadSample } from '../support/reference.ts';

const TEMPLATE_FIELDS = ['id', 'jurisdiction', 'name', 'stage', 'scope', 'unit', 'decimals', 'blankZero', 'subItemsComplete', 'functionClasses', 'goalWeightTotal', 'sectionsNotRequired', 'tables'];
const BASE_FIELDS = [
  'number', 'key', 'title', 'aliases', 'unit', 'view', 'header', 'labelColumns', 'columns', 'numbered', 'filter',
  'totalLabel', 'totalRow', 'emptyNote',
];
const VIEW_FIELDS: Record<TableSpec['view'], string[]> = {
  paired_summary: ['incomeLines', 'incomeTotal', 'expenditureTotalLabel', 'classRows', 'classLabel', 'useLines', 'subtotalLines'],
  by_function: ['rows'],
  by_economic: [],
  project_by_function: [],
  three_public: ['layout', 'lines', 'funds'],
  carryover_detail: ['basicLabel'],
  procurement: ['lines'],
  income_list: ['lines'],
};
const SOURCES = new Set<string>([...FUND_SOURCES, ...FUND_GROUP_NAMES]);
const UNITS = Object.keys(FEN_PER_UNIT);
const THREE_PUBLIC_ITEMS = ['abroad', 'vehiclePurchase', 'vehicleOperation', 'reception', 'operatingCosts', 'meetingCosts', 'trainingCosts'];

/** Every problem of one template, as readable lines (empty when well-formed). */
function problems(t: Template): string[] {
  const out: string[] = [];
  const unknown = (what: string, obj: object, allowed: readonly string[]) => {
    for (const k of Object.keys(obj)) if (!allowed.includes(k)) out.push(`${what}: unknown field "${k}"`);
  };
  const placeholders = (what: string, text: string | undefined) => {
    for (const m of (text ?? '').matchAll(/\{(\w*)\}/g)) if (m[1] !== 'year' && m[1] !== 'body') out.push(`${what}: unknown placeholder {${m[1]}}`);
  };
  const checkFilter = (what: string, f: LineFilter | undefined) => {
    if (!f) return;
    unknown(what, f, ['sources', 'kinds', 'econ']);
    for (const s of f.sources ?? []) if (!SOURCES.has(s)) out.push(`${what}: unknown source "${s}"`);
    for (const k of f.kinds ?? []) if (!(SPENDING_KINDS as readonly string[]).includes(k)) out.push(`${what}: unknown kind "${k}"`);
    for (const e of f.econ ?? []) if (!/^\d{3}(\d{2})?$/.test(e)) out.push(`${what}: economic prefix "${e}" is not a 类 or 款 code`);
  };
  const checkIncome = (what: string, line: IncomeLine) => {
    unknown(what, line, ['label', 'aliases', 'sources']);
    for (const s of line.sources) if (!SOURCES.has(s)) out.push(`${what}: unknown source "${s}"`);
  };
  const checkHeader = (what: string, nodes: readonly HeaderNode[]) => {
    for (const n of nodes) {
      unknown(what, n, ['label', 'children']);
      if (!n.label) out.push(`${what}: a header cell without a label`);
      if (n.children) checkHeader(what, n.children);
    }
  };

  unknown(t.id, t, TEMPLATE_FIELDS);
  if (!UNITS.includes(t.unit)) out.push(`${t.id}: unknown unit ${t.unit}`);
  if (!Number.isInteger(t.decimals) || t.decimals < 0 || t.decimals > 4) out.push(`${t.id}: decimals ${t.decimals}`);
  if (!['budget', 'final'].includes(t.stage)) out.push(`${t.id}: stage ${t.stage}`);
  if (t.functionClasses.some((c) => !/^\d{3}$/.test(c))) out.push(`${t.id}: functionClasses must be 3-digit 类 codes`);
  if (new Set(t.functionClasses).size !== t.functionClasses.length) out.push(`${t.id}: functionClasses repeat a code`);
  if (t.tables.length === 0) out.push(`${t.id}: no tables`);

  const numbers = t.tables.map((s) => s.number);
  if (new Set(numbers).size !== numbers.length) out.push(`${t.id}: table numbers repeat (${numbers.join(', ')})`);
  if (numbers.some((n, i) => i > 0 && n <= numbers[i - 1]!)) out.push(`${t.id}: tables out of order (${numbers.join(', ')})`);
  const keys = t.tables.map((s) => s.key);
  if (new Set(keys).size !== keys.length) out.push(`${t.id}: table keys repeat`);

  for (const spec of t.tables) {
    const what = `${t.id} 表${spec.number}`;
    unknown(what, spec, [...BASE_FIELDS, ...VIEW_FIELDS[spec.view]]);
    if (!(TABLE_KEYS as readonly string[]).includes(spec.key)) out.push(`${what}: unknown key "${spec.key}"`);
    if (!spec.title) out.push(`${what}: no title`);
    placeholders(what, spec.title);
    placeholders(what, spec.emptyNote);
    if (spec.unit !== undefined && !UNITS.includes(spec.unit)) out.push(`${what}: unknown unit ${spec.unit}`);
    checkHeader(what, spec.header);
    checkFilter(what, spec.filter);
    for (const c of spec.columns) {
      unknown(`${what} column ${c.label}`, c, ['label', 'filter', 'unmodelled', 'role']);
      if (c.unmodelled !== undefined && (c.filter !== undefined || !/^[a-z_]+$/.test(c.unmodelled))) out.push(`${what} column ${c.label}: an unmodelled column has a role name and no filter`);
      checkFilter(`${what} column ${c.label}`, c.filter);
    }

    const leaves = headerLeaves(spec.header);
    const width = spec.labelColumns.length + spec.columns.length;
    if (leaves.length !== width) out.push(`${what}: ${leaves.length} header leaves for ${width} label and numeric columns`);
    // Two-sided tables interleave the two sides; every other view has its label columns first.
    if (spec.view !== 'paired_summary' && leaves.slice(0, spec.labelColumns.length).join('|') !== spec.labelColumns.join('|')) {
      out.push(`${what}: header leaves ${leaves.join('|')} do not start with the label columns ${spec.labelColumns.join('|')}`);
    }

    if (spec.view === 'paired_summary') {
      if (spec.labelColumns.length !== 2) out.push(`${what}: a two-sided table has two label columns`);
      if (spec.columns.length < 2) out.push(`${what}: needs the income column and at least one spending column`);
      for (const u of spec.useLines ?? []) {
        unknown(`${what} use line ${u.label}`, u, ['label', 'filter']);
        checkFilter(`${what} use line ${u.label}`, u.filter);
      }
      spec.incomeLines.forEach((line, i) => checkIncome(`${what} income line ${i + 1}`, line));
      checkIncome(`${what} income total`, spec.incomeTotal);
      if (spec.incomeTotal.sources.length === 0) out.push(`${what}: the income total sums nothing`);
      if ((spec.classRows ?? 'listed') === 'listed' && t.functionClasses.length === 0) {
        out.push(`${what}: lists the template's functionClasses, which are empty`);
      }
    }
    if (spec.view === 'income_list') {
      if (spec.columns.length !== 1) out.push(`${what}: a list has one amount column`);
      if (spec.lines[0]?.level !== 0 || spec.lines.filter((l) => l.level === 0).length !== 1) out.push(`${what}: a list starts with its one total line`);
      for (const line of spec.lines) {
        unknown(`${what} line ${line.label}`, line, ['label', 'group', 'groupAliases', 'sources', 'level']);
        for (const s of line.sources) if (!SOURCES.has(s)) out.push(`${what} line ${line.label}: unknown source "${s}"`);
        if ((line.level === 1) !== (line.group !== undefined)) out.push(`${what} line ${line.label}: a group's 小计 (level 1), and only it, names the group`);
      }
    }
    if (spec.view === 'three_public') {
      const tp: ThreePublicSpec = spec;
      for (const f of tp.funds) if (!['general', 'gov_fund', 'state_capital'].includes(f)) out.push(`${what}: unknown fund ${f}`);
      for (const line of tp.lines) {
        unknown(`${what} line ${line.label}`, line, ['label', 'items', 'level']);
        for (const item of line.items) if (!THREE_PUBLIC_ITEMS.includes(item)) out.push(`${what}: unknown item ${item}`);
      }
      if (tp.layout === 'single_row') {
        if (tp.lines.length !== tp.columns.length) out.push(`${what}: single_row needs one line per column`);
        if (tp.labelColumns.length !== 0) out.push(`${what}: single_row has no label columns`);
      } else {
        if (tp.funds.length + 1 !== tp.columns.length) out.push(`${what}: by_fund columns are the total and one per fund`);
        if (tp.lines.some((l) => l.items.includes('operatingCosts'))) out.push(`${what}: 机关运行经费 has no fund split`);
      }
    }
  }
  return out;
}

test('the registry lists each template once, and finds each by its id', () => {
  const ids = listTemplates().map((t) => t.id);
  assert.deepEqual(ids, ['xinjiang-11', 'shanghai-9', 'shanghai-9-unit', 'jiangsu-12', 'national-final-9']);
  for (const id of ids) assert.equal(getTemplate(id).id, id);
});

for (const template of listTemplates()) {
  test(`${template.id} is well-formed: known fields, keys, sources and kinds; headers as wide as the columns`, () => {
    assert.deepEqual(problems(template), []);
    // sections not required are named by the ids of section rules that exist
    for (const id of template.sectionsNotRequired ?? []) assert.ok(RULES.some((r) => r.id === id && id.startsWith('DOC-SECTION-')), `${template.id}: ${id} is a section rule`);
  });

  test(`${template.id} builds every table of the reference sample, headers as wide as the columns`, () => {
    const d = loadSample();
    // The sample is a budget; a final-accounts template reads the same data as a 决算.
    d.meta.stage = template.stage;
    const tables = buildTables(d, { names: namesForYear(d.meta.year), template });
    assert.deepEqual(tables.map((t) => t.number), template.tables.map((s) => s.number));
    for (const t of tables) {
      for (const r of t.header) assert.ok(r.every((c) => c.colspan >= 1 && c.rowspan >= 1), `表${t.number} spans`);
      assert.equal(t.header[0]!.reduce((n, c) => n + c.colspan, 0), t.labelColumns.length + t.columns.length, `表${t.number} header width`);
      for (const r of t.rows) assert.equal(r.values.length, t.columns.length, `表${t.number} ${r.name}: one value per column`);
    }
  });
}

test('the check catches the mistakes a template author makes', () => {
  const broken = structuredClone(getTemplate('shanghai-9'));
  const t2 = broken.tables[1] as ByFunctionSpec & { totalLable?: string };
  t2.number = 1;
  t2.totalLable = '合计';
  t2.columns = t2.columns.map((c, i) => (i === 1 ? { ...c, filter: { sources: ['fiscall' as FundSource] } } : c));
  t2.title = '{yaer}年部门收入预算总表';
  t2.header = t2.header.slice(0, -1);
  delete (broken.tables[8] as ThreePublicSpec).layout;
  assert.deepEqual(problems(broken), [
    'shanghai-9: table numbers repeat (1, 1, 3, 4, 5, 6, 7, 8, 9)',
    'shanghai-9: tables out of order (1, 1, 3, 4, 5, 6, 7, 8, 9)',
    'shanghai-9 表1: unknown field "totalLable"',
    'shanghai-9 表1: unknown placeholder {yaer}',
    'shanghai-9 表1 column 财政拨款收入: unknown source "fiscall"',
    'shanghai-9 表1: 4 header leaves for 9 label and numeric columns',
    'shanghai-9 表9: by_fund columns are the total and one per fund',
    'shanghai-9 表9: 机关运行经费 has no fund split',
  ]);
});

test('a 三公 table by fund cannot print 机关运行经费, which has no fund split; a mis-sized one fails loudly', () => {
  const d = loadSample();
  const xinjiang = getTemplate('xinjiang-11');
  const names = namesForYear(2025);
  const spec = xinjiang.tables.find((s) => s.view === 'three_public') as ThreePublicSpec;
  const withOperatingCosts: ThreePublicSpec = { ...spec, lines: [...spec.lines, { label: '机关运行经费', items: ['operatingCosts'] }] };
  assert.throws(() => buildTable({ disclosure: d, template: xinjiang, names }, withOperatingCosts), /表10: 机关运行经费不分资金来源/);
  const shanghai = getTemplate('shanghai-9');
  const row = shanghai.tables.find((s) => s.view === 'three_public') as ThreePublicSpec;
  assert.throws(() => buildTable({ disclosure: d, template: shanghai, names }, { ...row, lines: row.lines.slice(1) }), /表9: 每列对应一行定义/);
});
