// Rows of two-sided summary tables (收支总表, 财政拨款收支总表): the income line and its amount on the left
// (read directly: one column), the function 类 and its amounts on the right (placed among the spending columns).
import { incomeLabels, type PairedSummarySpec } from '../../templates/template.ts';
import type { Group } from './placement-solver.ts';
import { pairedLine, RowError } from './row-reader.ts';
import type { DraftRow } from './table-draft.ts';
import type { BodyLine } from './table-block.ts';
import { cellText } from './text-lines.ts';

export function pairedRows(body: readonly BodyLine[], width: number, spec: PairedSummarySpec | undefined): { rows: DraftRow[]; groups: Group[] } {
  const labels = spec ? [...spec.incomeLines.flatMap(incomeLabels), spec.incomeTotal.label] : [];
  const totals = spec ? [cellText(spec.incomeTotal.label), cellText(spec.expenditureTotalLabel)] : ['收入总计', '支出总计'];
  const rows: DraftRow[] = body.map((line) => {
    const p = pairedLine(line, labels);
    if (p.leftAmounts.length > 1) throw new RowError(p.line, `收入一侧有 ${p.leftAmounts.length} 个金额，只有一列 (the income side has one column)`);
    const isTotal = totals.includes(p.left) || totals.includes(p.right);
    return {
      code: '',
      name: p.left,
      pair: { code: p.rightCode, name: p.right },
      level: isTotal ? 0 : 1,
      preset: [p.leftAmounts[0] ?? '', ...new Array<string>(width - 1).fill('')],
      amounts: p.rightAmounts,
      slots: Array.from({ length: width - 1 }, (_, c) => c + 1),
      ...(isTotal ? { key: 'T' } : p.rightCode ? { key: p.rightCode } : {}),
      line: p.line,
    };
  });
  // the totals line's spending = Σ the 类 on the right
  const total = rows.findIndex((r) => r.level === 0);
  const classes = rows.map((r, i) => (r.level > 0 && r.pair?.name ? i : -1)).filter((i) => i >= 0);
  const spending = Array.from({ length: width - 1 }, (_, c) => c + 1);
  return { rows, groups: total >= 0 && classes.length ? [{ parent: total, children: classes, columns: spending }] : [] };
}
