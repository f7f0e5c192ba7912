// Tables printed as a PDF's text layer gives them once copied out: one line per row, cells separated by a
// space, blank cells gone, codes split 类 款 项, amounts with thousands separators; each table after a
// "表 N" line, its title and its 编制部门/单位 line. For reading tests of templates without a published text.
import type { TableModel } from '../../src/tables/table-model.ts';
import { grouped } from '../../src/render/table-text.ts';

const spaced = (code: string) => [code.slice(0, 3), code.slice(3, 5), code.slice(5, 7)].filter(Boolean).join(' ');

export function extractedText(tables: readonly TableModel[], cover: string[] = []): string {
  const lines = [...cover];
  for (const t of tables) {
    lines.push(`表 ${t.number}`, t.title, `编制部门：${t.preparer} 单位：${t.unit}`);
    lines.push([...t.labelColumns, ...t.columns].join(' '));
    if (t.numbering) lines.push(t.numbering.join(' '));
    if (t.note !== undefined && t.rows.length === 0) lines.push(t.note);
    for (const r of t.rows) {
      const cells = r.pair
        ? [r.name, grouped(r.values[0]!), r.pair.code, r.pair.name, ...r.values.slice(1).map(grouped)]
        : [spaced(r.code), r.name, r.project ?? '', ...r.values.map(grouped)];
      lines.push(cells.filter((c) => c !== '').join(' '));
    }
  }
  return `${lines.join('\n')}\n`;
}
