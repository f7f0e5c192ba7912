// Two-sided summary tables: income lines on the left, function 类 on the right (收支总表, 财政拨款收支总表).
import type { PairedSummarySpec } from '../../templates/template.ts';
import { incomeBySource, incomeOf } from '../../model/income.ts';
import { compileFilter, sumItems } from '../../model/line-filter.ts';
import { unknownName } from '../names.ts';
import type { TableModel, TableRow } from '../table-model.ts';
import { cell, tableFrame, type ViewContext } from '../view-context.ts';

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1..99 as a Chinese numeral, as list items are numbered ("一", "十", "十二", "二十九"). */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`chineseNumeral: 1..99, got ${n}`);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return (tens === 0 ? '' : (tens === 1 ? '' : DIGITS[tens]!) + '十') + DIGITS[ones]!;
}

/** The template's 类 list, then any 类 the data has that the list lacks (never dropped from the table). */
function withUnlisted(listed: readonly string[], present: readonly string[]): string[] {
  return [...listed, ...[...new Set(present)].filter((code) => !listed.includes(code)).sort()];
}

export function pairedSummaryTable(ctx: ViewContext, spec: PairedSummarySpec): TableModel {
  const income = incomeBySource(ctx.disclosure);
  const items = ctx.disclosure.lineItems.filter(compileFilter(spec.filter));
  const spending = spec.columns.slice(1).map((c) => compileFilter(c.filter));
  const classes =
    spec.classRows === 'with_amounts'
      ? [...new Set(items.map((i) => i.func.slice(0, 3)))].sort().filter((code) => sumItems(items, (i) => i.func.startsWith(code)) !== 0)
      : withUnlisted(ctx.template.functionClasses, items.map((i) => i.func.slice(0, 3)));
  const classLabel = (code: string, index: number) => {
    const name = ctx.names.functionName(code) ?? unknownName(code);
    return spec.classLabel === 'ordinal' ? { code: '', name: `${chineseNumeral(index + 1)}、${name}` } : { code, name };
  };
  const rows: TableRow[] = [];
  const uses = spec.useLines ?? [];
  for (let i = 0; i < Math.max(spec.incomeLines.length, classes.length, uses.length); i++) {
    const line = spec.incomeLines[i];
    const use = uses[i];
    const code = classes[i];
    const ofClass = code ? items.filter((item) => item.func.startsWith(code)) : [];
    rows.push({
      code: '',
      name: line?.label ?? '',
      pair: code ? classLabel(code, i) : { code: '', name: '' },
      ...(use ? { use: { name: use.label, value: cell(ctx, spec, sumItems(items, compileFilter(use.filter))) } } : {}),
      level: 1,
      values: [
        line && line.sources.length ? cell(ctx, spec, incomeOf(income, line.sources)) : '',
        ...spending.map((c) => (code ? cell(ctx, spec, sumItems(ofClass, c)) : '')),
      ],
    });
  }
  rows.push({
    code: '',
    name: spec.incomeTotal.label,
    pair: { code: '', name: spec.expenditureTotalLabel },
    level: 0,
    values: [cell(ctx, spec, incomeOf(income, spec.incomeTotal.sources)), ...spending.map((c) => cell(ctx, spec, sumItems(items, c)))],
  });
  return { ...tableFrame(ctx, spec), rows };
}
