// Rows of two-sided summary tables (收支总表, 财政拨款收支总表): the income line and its amount on the left
// (read directly: one column), the function 类 and its amounts on the right (placed among the spending columns).
import { incomeLabels, type PairedSummarySpec } from '../../templates/template.ts';
import type { Group } from './placement-solver.ts';
import { pairedLine, RowError } from './row-reader.ts';
import type { DraftRow } from './table-draft.ts';
import type { BodyLine } from './table-block.ts';
import { cellText } from './text-lines.ts';

export function pairedRows(body: readonly BodyLine[], width: number, spec: PairedSummarySpec | undefined): { rows: DraftRow[]; groups: Group[] } {
  const subtotals = spec?.subtotalLines ?? [];
  const labels = spec ? [...spec.incomeLines.flatMap(incomeLabels), spec.incomeTotal.label, ...subtotals.map((s) => s.income)] : [];
  const rightLabels = spec ? [spec.expenditureTotalLabel, ...subtotals.map((s) => s.expenditure)] : [];
  const totals = spec ? [cellText(spec.incomeTotal.label), cellText(spec.expenditureTotalLabel)] : ['收入总计', '支出总计'];
  const bare = (t: string) => cellText(t).replace(/\s/g, '');
  const sub = new Set(subtotals.flatMap((s) => [bare(s.income), bare(s.expenditure)]));
  const uses = spec?.useLines?.map((l) => l.label) ?? [];
  const read = body.map((line) => pairedLine(line, labels, uses, rightLabels));
  // a label wrapped over a page break ("当年收入" … "小计"): a line with only left text that completes the
  // line before it to a known label ends that label
  // (the same on the right: "八、社会保障和就" … "业支出", a 类 name not beginning with its ordinal)
  const ordinal = /^[一二三四五六七八九十]+、/;
  const joined = read.filter((p, i) => {
    const prev = read[i - 1];
    if (!prev || !body[i]!.afterBreak || p.leftAmounts.length || p.rightAmounts.length || p.use) return true;
    if (spec?.classLabel === 'ordinal' && !p.left && p.right && !p.rightCode && ordinal.test(prev.right) && !ordinal.test(p.right)) {
      prev.right = cellText(prev.right + p.right);
      return false;
    }
    if (p.left && p.right) return true;
    const piece = p.left || p.right;
    const known = (t: string) => sub.has(bare(t)) || labels.some((l) => bare(l) === bare(t));
    if (!known(prev.left + piece)) return true;
    prev.left = cellText(prev.left + piece);
    return false;
  });
  let underSubtotal = false;
  const rows: DraftRow[] = joined.map((p) => {
    // a subtotal line before the totals line may print the spending total's label (决算: 本年收入合计 | 本年支出合计)
    const subtotal = sub.has(bare(p.left)) || sub.has(bare(p.right));
    if (p.leftAmounts.length > 1) throw new RowError(p.line, `收入一侧有 ${p.leftAmounts.length} 个金额，只有一列 (the income side has one column)`);
    const isTotal = !subtotal && (totals.includes(p.left) || totals.includes(p.right));
    // lines under a subtotal line, with nothing on the right, are its parts (决算 表4: 年初财政拨款结转和结余, then
    // 一、一般公共预算财政拨款 … by fund)
    const part = underSubtotal && !subtotal && !isTotal && !p.right && !p.rightAmounts.length;
    if (subtotal) underSubtotal = true;
    return {
      code: '',
      name: p.left,
      pair: { code: p.rightCode, name: p.right },
      ...(p.use ? { use: { name: p.use.name, value: p.use.amount } } : {}),
      level: isTotal || subtotal ? 0 : part ? 2 : 1,
      preset: [p.leftAmounts[0] ?? '', ...new Array<string>(width - 1).fill('')],
      amounts: p.rightAmounts,
      slots: Array.from({ length: width - 1 }, (_, c) => c + 1),
      ...(isTotal ? { key: 'T' } : p.rightCode ? { key: p.rightCode } : {}),
      line: p.line,
    };
  });
  // the totals line's spending = Σ the 类 on the right; with subtotal lines, the first (当年支出小计, 本年支出合计)
  // = Σ the 类 and the totals line = Σ the subtotal lines (+ 结转下年资金, 结余分配, 年末结转和结余)
  const total = rows.findIndex((r) => r.key === 'T');
  const classes = rows.map((r, i) => (r.level > 0 && r.pair?.name ? i : -1)).filter((i) => i >= 0);
  const subs = rows.map((r, i) => (r.level === 0 && i !== total ? i : -1)).filter((i) => i >= 0);
  const spending = Array.from({ length: width - 1 }, (_, c) => c + 1);
  if (total < 0 || classes.length === 0) return { rows, groups: [] };
  if (subs.length === 0) return { rows, groups: [{ parent: total, children: classes, columns: spending }] };
  return {
    rows,
    groups: [
      { parent: subs[0]!, children: classes, columns: spending },
      { parent: total, children: subs, columns: spending },
    ],
  };
}
