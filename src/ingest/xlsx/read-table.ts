// One sheet table read into the table model: its header's columns mapped to the template table's columns by
// their labels (merged header cells give every column its path of labels), code columns (类/款/项, or one
// column with the whole code) joined, the amounts read from numeric cells (see cell-value.ts) or from text.
import type { CheckTable } from '../../check/document.ts';
import type { MoneyUnit } from '../../model/money.ts';
import { headerRows } from '../../tables/header.ts';
import type { TableRow } from '../../tables/table-model.ts';
import { codeLevel, columnRoles } from '../../tables/view-context.ts';
import type { HeaderNode, TableSpec, Template } from '../../templates/template.ts';
import type { SpecMatch } from '../text/recognise.ts';
import { cellText } from '../text/text-lines.ts';
import { amountOfNumber, amountOfText, NO_VALUE } from './cell-value.ts';
import { preparerAndUnit } from '../text/table-block.ts';
import { rowTexts, type GridRow } from './sheet-grid.ts';
import { columnPath, isNumbering, norm, ownCell, type SheetTable } from './sheet-tables.ts';

/** What a header leaf is: the k-th label column or the k-th numeric column of the table model. */
export interface Slot {
  kind: 'label' | 'value';
  index: number;
}

/**
 * The slots of a template table's header leaves, left to right: label columns then numeric columns, except in
 * two-sided tables (收入 | 支出), whose leaves are the income label, its amount, the expenditure label, its amounts.
 */
export function leafSlots(leaves: number, labels: number, paired: boolean): Slot[] {
  return Array.from({ length: leaves }, (_, i): Slot => {
    if (!paired) return i < labels ? { kind: 'label', index: i } : { kind: 'value', index: i - labels };
    return i === 0 ? { kind: 'label', index: 0 } : i === 1 ? { kind: 'value', index: 0 } : i === 2 ? { kind: 'label', index: 1 } : { kind: 'value', index: i - 2 };
  });
}

function leafPaths(nodes: readonly HeaderNode[], above: string[] = []): string[][] {
  return nodes.flatMap((n) => (n.children?.length ? leafPaths(n.children, [...above, n.label]) : [[...above, n.label]]));
}

/** Labels of header groups that hold a code's parts (类, 款, 项): a single column under such a label holds whole codes. */
function codeGroups(nodes: readonly HeaderNode[]): string[] {
  return nodes.flatMap((n) => (n.children?.length ? (n.children.every((c) => ['类', '款', '项'].includes(c.label)) ? [norm(n.label)] : codeGroups(n.children)) : []));
}

const CODE_PART: Record<string, number> = { 类: 0, 款: 1, 项: 2 };
const CODE_WIDTH = [3, 2, 2];
/** A label column of whole codes. */
const WHOLE_CODE = /(编码|代码)$/;

type ColumnUse = Slot | { kind: 'code' };

/** The rows a template table starts its body with: its total and income / 三公 / carry-over line labels. */
function rowStarts(spec: TableSpec | undefined): string[] {
  if (!spec) return [];
  const labels = [spec.totalLabel ?? ''];
  if (spec.view === 'paired_summary') labels.push(...spec.incomeLines.map((l) => l.label), spec.incomeTotal.label);
  if (spec.view === 'three_public' && spec.layout !== 'single_row') labels.push(...spec.lines.map((l) => l.label));
  if (spec.view === 'carryover_detail') labels.push(spec.basicLabel);
  return labels.filter(Boolean).map(norm);
}

/** A row that starts the body: it holds a number or an amount, a code in its first column, a row label the table starts with, or a sentence. */
function isBodyRow(row: GridRow, firstCol: number, starts: readonly string[]): boolean {
  const cells = [...row.cells.values()].filter((c) => !c.covered);
  if (cells.some((c) => c.number !== undefined || amountOfText(c.text, 2) !== undefined)) return true;
  const first = ownCell(row, firstCol)?.text ?? '';
  if (/^\d{3}/.test(first)) return true;
  if (first !== '' && starts.includes(norm(first))) return true;
  return cells.length === 1 && (/[。；]$/.test(cells[0]!.text) || /空表/.test(cells[0]!.text));
}

/** A row's depth as the table views give it: 0 the total, 1 类 / unit, 2 款 / item under a unit, 3 项 / project. */
function rowLevel(spec: TableSpec | undefined, code: string, name: string, project: string, body: string): number {
  if (code) return project ? 3 : codeLevel(code);
  const n = norm(name);
  // a table of one unlabelled total row (Jiangsu 2017 支出预算总表, 'total_only')
  if (n === '') return spec?.view === 'by_function' && spec.rows === 'total_only' ? 0 : 1;
  if (n === norm(spec?.totalLabel ?? '') || (!spec?.totalLabel && /^(总计|合计)$/.test(n))) return 0;
  if (spec?.view === 'three_public') return spec.lines.find((l) => norm(l.label) === n)?.level ?? 1;
  if (spec?.view === 'carryover_detail') return n === norm(spec.basicLabel) || n !== norm(body) ? 2 : 1;
  return 1;
}

export interface TableContext {
  number: number;
  body: string;
  unit: MoneyUnit;
  decimals: number;
}

export function readTable(st: SheetTable, match: SpecMatch | undefined, ctx: TableContext): CheckTable {
  const notes: string[] = [];
  const spec = match?.spec;
  const template: Template | undefined = match?.template;
  const cols = st.rest.flatMap((r) => [...r.cells.keys()]);
  const firstCol = Math.min(...cols);
  const lastCol = Math.max(...cols);
  const starts = rowStarts(spec);
  let h = st.rest.findIndex((r) => isNumbering(r) || isBodyRow(r, firstCol, starts));
  if (h < 0) h = st.rest.length;
  const header = st.rest.slice(0, h);
  const numberingRow = st.rest[h] && isNumbering(st.rest[h]!) ? st.rest[h] : undefined;
  const body = st.rest.slice(numberingRow ? h + 1 : h);
  const where = `「${st.title}」（工作表 ${st.sheet} 第 ${st.row} 行）`;

  // what each sheet column holds
  const uses = new Map<number, ColumnUse>();
  let columns: string[];
  let labelColumns: string[];
  if (spec) {
    const paths = leafPaths(spec.header);
    const slots = leafSlots(paths.length, spec.labelColumns.length, spec.view === 'paired_summary');
    const used = new Set<number>();
    const groups = codeGroups(spec.header);
    for (let c = firstCol; c <= lastCol; c++) {
      const path = columnPath(header, c).map(norm);
      if (path.length === 0) continue;
      const leaf = path.at(-1)!;
      let k = paths.findIndex((p, i) => !used.has(i) && p.map(norm).join('/') === path.join('/'));
      if (k < 0) k = paths.findIndex((p, i) => !used.has(i) && norm(p.at(-1)!) === leaf);
      if (k < 0) k = paths.findIndex((p, i) => !used.has(i) && slots[i]!.kind === 'value' && norm(spec.columns[slots[i]!.index]!.label) === leaf);
      // a label column printed shorter or longer ("科目名称" for "功能分类科目名称")
      if (k < 0 && leaf.length >= 2) k = paths.findIndex((p, i) => { const l = norm(p.at(-1)!); return !used.has(i) && slots[i]!.kind === 'label' && !(l in CODE_PART) && (l.endsWith(leaf) || leaf.endsWith(l)); });
      if (k >= 0) {
        used.add(k);
        // a template label column of whole codes ("科目编码", "功能科目代码") holds codes, not names
        const slot = slots[k]!;
        uses.set(c, slot.kind === 'label' && WHOLE_CODE.test(norm(spec.labelColumns[slot.index]!)) ? { kind: 'code' } : slot);
      } else if (groups.includes(leaf) || /编码$/.test(leaf)) {
        uses.set(c, { kind: 'code' });
      } else if (body.some((r) => r.cells.get(c))) {
        notes.push(`表头“${columnPath(header, c).join('/')}”不是模板 ${template!.id} 表${spec.number} 的列，未读取 (a column the template table does not have: not read)`);
      }
    }
    // no header to go by: the sheet's columns in the template's order
    if (uses.size === 0 && lastCol - firstCol + 1 === paths.length) slots.forEach((s, i) => uses.set(firstCol + i, s));
    const missing = spec.columns.map((c, i) => (![...uses.values()].some((u) => u.kind === 'value' && u.index === i) ? c.label : '')).filter(Boolean);
    if (missing.length) notes.push(`未找到列 ${missing.map((m) => `“${m}”`).join('、')}：按空白读取 (columns not found: read as blank)`);
    columns = spec.columns.map((c) => c.label);
    labelColumns = [...spec.labelColumns];
  } else {
    // a table no template describes: columns with amounts are numeric, the others labels
    const numeric = (c: number) => body.some((r) => { const cell = ownCell(r, c); return cell !== undefined && (cell.number !== undefined || amountOfText(cell.text, 2) !== undefined) && !/^\d{3,7}$/.test(cell.text); });
    columns = [];
    labelColumns = [];
    for (let c = firstCol; c <= lastCol; c++) {
      const label = columnPath(header, c).at(-1) ?? `列${c - firstCol + 1}`;
      const leaf = norm(label);
      if (leaf in CODE_PART || /编码$/.test(leaf)) {
        labelColumns.push(label);
        uses.set(c, leaf in CODE_PART ? { kind: 'label', index: labelColumns.length - 1 } : { kind: 'code' });
      } else if (numeric(c)) {
        columns.push(label);
        uses.set(c, { kind: 'value', index: columns.length - 1 });
      } else {
        labelColumns.push(label);
        uses.set(c, { kind: 'label', index: labelColumns.length - 1 });
      }
    }
  }

  const unit = st.unit ?? spec?.unit ?? template?.unit ?? ctx.unit;
  const decimals = template?.decimals ?? ctx.decimals;
  const axis = spec?.view === 'by_economic' ? 'economic' : (spec?.view === 'by_function' && spec.rows !== 'total_only') || spec?.view === 'project_by_function' ? 'function' : undefined;
  const labelNames = labelColumns.map(norm);
  const nameIndex = labelNames.findIndex((l) => !(l in CODE_PART) && !WHOLE_CODE.test(l) && (l !== '项目名称' || spec?.view !== 'project_by_function'));
  const projectIndex = spec?.view === 'project_by_function' ? labelNames.indexOf('项目名称') : -1;
  const paired = spec?.view === 'paired_summary';

  const rows: TableRow[] = [];
  const noteLines: string[] = [];
  let prevParts = ['', '', ''];
  const placeholders = new Set<string>();
  // a header repeated inside the table (printed again for a second page), its title, "续表" or preparer line: skipped
  const repeats = new Set([...header.map((r) => rowTexts(r).join('|')), st.title]);
  for (const row of body) {
    const said = rowTexts(row).join('|');
    if (repeats.has(said) || isNumbering(row) || /^[(（]?续(上)?表[)）]?$/.test(said) || preparerAndUnit(said.replace(/\|/g, ' ')) !== undefined) continue;
    const labels = labelColumns.map(() => '');
    const values = columns.map(() => '');
    const parts = ['', '', ''];
    let wholeCode = '';
    let codeText = ''; // text in a code column that is not a code ("合计" merged across the code cells)
    for (const [c, use] of uses) {
      const cell = row.cells.get(c);
      if (!cell) continue;
      if (use.kind === 'value') {
        if (cell.covered) continue;
        const amount = cell.number !== undefined ? amountOfNumber(cell.number, cell.numFmt, decimals) : NO_VALUE.test(cell.text) ? '' : amountOfText(cell.text, decimals);
        if (amount === undefined) placeholders.add(cell.text);
        values[use.index] = amount ?? '';
        continue;
      }
      const text = cell.number !== undefined && cell.text === '' ? String(cell.number) : cell.text;
      const part = use.kind === 'label' ? CODE_PART[labelNames[use.index]!] : undefined;
      if (use.kind === 'code' || part !== undefined) {
        const digits = text.replace(/\s+/g, '');
        if (/^\d+$/.test(digits)) {
          if (use.kind === 'code') wholeCode = digits;
          else parts[part!] = digits.padStart(CODE_WIDTH[part!]!, '0');
        } else if (!cell.covered || codeText === '') codeText ||= text;
        continue;
      }
      if (use.kind === 'label' && !(cell.covered && labels.includes(text))) labels[use.index] = text;
    }
    const texts = [...row.cells.values()].filter((c) => !c.covered);
    if (texts.length === 0) continue;
    // a note (an empty table's explanation, a footnote): one sentence in the row, no amount
    if (texts.length === 1 && values.every((v) => v === '') && texts[0]!.number === undefined && (/[。；]$/.test(texts[0]!.text) || /^注[:：]/.test(texts[0]!.text) || /空表/.test(texts[0]!.text))) {
      noteLines.push(texts[0]!.text);
      continue;
    }
    // a code whose first parts are left blank under the row above's ("  02" under "205")
    if (parts[0] === '' && (parts[1] !== '' || parts[2] !== '')) parts[0] = prevParts[0]!;
    if (parts[1] === '' && parts[2] !== '') parts[1] = prevParts[1]!;
    const code = wholeCode || parts.join('');
    if (code) prevParts = wholeCode ? [wholeCode.slice(0, 3), wholeCode.slice(3, 5), wholeCode.slice(5, 7)] : parts;
    let name = nameIndex >= 0 ? labels[nameIndex]! : '';
    if (name === '' && codeText !== '') name = codeText;
    if (paired) {
      const right = labels[1] ?? '';
      const m = /^(\d{3,7})\s*(.*)$/.exec(right);
      const totals = spec ? [spec.incomeTotal.label, spec.expenditureTotalLabel].map(norm) : [];
      const level = totals.includes(norm(labels[0] ?? '')) || totals.includes(norm(right)) ? 0 : 1;
      rows.push({ code: '', name: labels[0] ?? '', pair: { code: m ? m[1]! : '', name: m ? m[2]! : right }, values, level });
      continue;
    }
    const project = projectIndex >= 0 ? labels[projectIndex]! : '';
    rows.push({
      code,
      name,
      ...(spec?.view === 'project_by_function' ? { project } : {}),
      values,
      level: rowLevel(spec, code, name, project, st.preparer || ctx.body),
    });
  }
  if (placeholders.size) notes.push(`不是金额、未读取的单元格 (cells that are not amounts, not read)：${[...placeholders].map((p) => `“${p}”`).join('、')}`);
  const note = rows.length === 0 && noteLines.length ? cellText(...noteLines) : undefined;
  return {
    number: ctx.number,
    key: spec?.key ?? 'other',
    title: st.title,
    preparer: st.preparer || ctx.body,
    unit,
    columns,
    roles: spec ? columnRoles(spec) : columns.map((_, i) => `column:${i + 1}`),
    ...(axis ? { axis } : {}),
    labelColumns,
    header: spec ? headerRows(spec.header) : [],
    ...(numberingRow ? { numbering: [...numberingRow.cells.values()].filter((c) => !c.covered).map((c) => c.text) } : {}),
    rows,
    ...(note !== undefined ? { note } : {}),
    ...(notes.length ? { notes: notes.map((n) => `${where}：${n}`) } : {}),
  };
}
