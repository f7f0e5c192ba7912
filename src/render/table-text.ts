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

/**
 * One cell per label column: the code split into its 类/款/项 cells (as many as the table has code
 * columns), then the indented name, then the project name on project tables. A table without label
 * columns (Shanghai's one-row 三公 table) has none.
 */
function labelCells(t: TableModel, row: TableRow): string[] {
  if (row.pair) return [row.name, `${row.pair.code} ${row.pair.name}`.trim()];
  if (t.labelColumns.length === 0) return [];
  const project = row.project !== undefined ? [row.project] : [];
  const code = row.code;
  const parts = [code.slice(0, 3), code.slice(3, 5), code.slice(5, 7)];
  const codeCells = parts.slice(0, Math.max(0, t.labelColumns.length - 1 - project.length));
  return [...codeCells, '  '.repeat(Math.max(0, row.level - 1)) + row.name, ...project];
}

export function tableToText(t: TableModel): string {
  const head = t.rows[0]?.pair ? [t.labelColumns[0]!, t.labelColumns[1]!] : t.labelColumns;
  const lines: string[][] = [[...head, ...t.columns]];
  for (const row of t.rows) {
    const values = row.values.map(grouped);
    if (row.pair) lines.push([row.name, `${row.pair.code} ${row.pair.name}`.trim(), ...values]);
    else lines.push([...labelCells(t, row), ...values]);
  }
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
