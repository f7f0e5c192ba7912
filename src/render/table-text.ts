// Plain-text and CSV renderings of the table model, for the terminal and spreadsheets.
import type { TableModel, TableRow } from '../tables/table-model.ts';

/** Thousands separators as the official tables print them ("1845.57" -> "1,845.57"). */
export function grouped(value: string): string {
  const m = /^(-?)(\d+)(\.\d+)?$/.exec(value);
  if (!m) return value;
  return m[1] + m[2]!.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (m[3] ?? '');
}

/** Display width: CJK and full-width characters take two columns. */
function width(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return w;
}
const padEnd = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - width(s)));
const padStart = (s: string, n: number) => ' '.repeat(Math.max(0, n - width(s))) + s;

const CODE_PARTS = ['类', '款', '项'];

/** The text cells of a row under the table's label columns: code split 类/款/项, the name (indented), the project. */
function labelCells(t: TableModel, row: TableRow): string[] {
  if (row.pair) return [row.name, `${row.pair.code} ${row.pair.name}`.trim()];
  if (t.labelColumns.length === 0) return []; // a one-row table (Shanghai's 三公) has no label column
  const parts = t.labelColumns.filter((l) => CODE_PARTS.includes(l)).length;
  const codeCells = [row.code.slice(0, 3), row.code.slice(3, 5), row.code.slice(5, 7)].slice(0, parts);
  const name = '  '.repeat(Math.max(0, row.level - 1)) + row.name;
  return [...codeCells, name, ...(row.project !== undefined ? [row.project] : [])];
}

export function tableToText(t: TableModel): string {
  const paired = t.rows[0]?.pair !== undefined;
  const head = paired ? t.labelColumns.slice(0, 2) : t.labelColumns;
  const lines: string[][] = [[...head, ...t.columns]];
  if (t.numbering) lines.push(t.numbering);
  for (const row of t.rows) lines.push([...labelCells(t, row), ...row.values.map(grouped)]);
  const labelCount = head.length;
  const widths = lines[0]!.map((_, i) => Math.max(...lines.map((l) => width(l[i] ?? ''))));
  const body = lines.map((l) =>
    l.map((c, i) => (i < labelCount ? padEnd(c, widths[i]!) : padStart(c, widths[i]!))).join('  ').trimEnd(),
  );
  return [
    `表${t.number}  ${t.title}`,
    `编制部门：${t.preparer}    单位：${t.unit}`,
    ...body,
    ...(t.note ? [t.note] : []),
  ].join('\n');
}

function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** One CSV block per table: a title line, the header, then rows (code, name, [project,] values). */
export function tableToCsv(t: TableModel): string {
  const paired = t.rows.some((r) => r.pair);
  const hasProject = t.rows.some((r) => r.project !== undefined);
  const head = paired ? ['项目', '功能分类编码', '功能分类'] : ['编码', '名称', ...(hasProject ? ['项目名称'] : [])];
  const rows = t.rows.map((r) =>
    paired
      ? [r.name, r.pair?.code ?? '', r.pair?.name ?? '', ...r.values]
      : [r.code, r.name, ...(hasProject ? [r.project ?? ''] : []), ...r.values],
  );
  return [[`表${t.number} ${t.title}`, `单位：${t.unit}`], [...head, ...t.columns], ...rows, ...(t.note ? [[t.note]] : [])]
    .map((line) => line.map(csvField).join(','))
    .join('\n');
}
