// The check report for people: findings grouped by severity, then by table, with their locations.
import { basename } from 'node:path';
import type { Lang, Report } from '../rules/report.ts';

const WORDS = {
  zh: { error: '错误', warning: '警告', info: '提示', table: '表', row: '行', column: '列', page: '第{n}页', expected: '应为', actual: '实际', none: '未发现问题', rules: '规则', narrative: '说明', notes: '读取说明（公开文件中无法确定的地方）', files: '一起校验的文件：', pages: '{n} 页' },
  en: { error: 'Errors', warning: 'Warnings', info: 'Info', table: 'Table ', row: 'row', column: 'column', page: 'p. {n}', expected: 'expected', actual: 'actual', none: 'No problems found', rules: 'rules', narrative: 'narrative', notes: 'Reading notes (what the published document left undecided)', files: 'Files checked together: ', pages: '{n} pages' },
} as const;

export function reportToText(report: Report, lang: Lang = 'zh'): string {
  const w = WORDS[lang];
  const s = report.summary;
  const lines = [
    `${report.document.title}  (${report.document.path})`,
    ...(report.document.files ? [`${w.files}${report.document.files.map((f) => `${f.path}${f.pages !== null ? ` (${w.pages.replace('{n}', String(f.pages))})` : ''}`).join('；')}`] : []),
    lang === 'zh'
      ? `错误 ${s.errors}，警告 ${s.warnings}，提示 ${s.info}；规则：运行 ${s.rules_run}，未通过 ${s.rules_failed}，不适用 ${s.rules_not_applicable}，无法检查 ${s.rules_unchecked}`
      : `${s.errors} errors, ${s.warnings} warnings, ${s.info} info; rules: ${s.rules_run} run, ${s.rules_failed} failed, ${s.rules_not_applicable} not applicable, ${s.rules_unchecked} unchecked`,
  ];
  const notes = report.tables.flatMap((t) => t.notes ?? []);
  if (notes.length) lines.push('', w.notes, ...notes.map((n) => `  ${n}`));
  for (const severity of ['error', 'warning', 'info'] as const) {
    const findings = report.findings.filter((f) => f.severity === severity);
    if (findings.length === 0) continue;
    lines.push('', `${w[severity]} (${findings.length})`);
    let group = '';
    for (const f of findings) {
      const l = f.location;
      const where = l.text !== undefined ? w.narrative : l.table !== undefined ? `${w.table}${l.table}` : '';
      if (where !== group) {
        lines.push(`  ${where || '—'}`);
        group = where;
      }
      const place = [l.file !== undefined ? basename(l.file) : '', l.page !== undefined ? w.page.replace('{n}', String(l.page)) : '', l.row ? `${w.row} ${l.row}` : '', l.column ? `${w.column} ${l.column}` : ''].filter(Boolean).join(' · ');
      lines.push(`    [${f.rule}] ${place ? `${place}: ` : ''}${f.message}`);
      if (l.text) lines.push(`      “${l.text.length > 80 ? `${l.text.slice(0, 80)}…` : l.text}”`);
    }
  }
  if (report.findings.length === 0) lines.push('', w.none);
  const unchecked = report.rules.filter((r) => r.status === 'unchecked');
  if (unchecked.length) lines.push('', lang === 'zh' ? '无法检查的规则：' : 'Rules that could not check:', ...unchecked.map((r) => `  ${r.id}: ${r.reason ?? ''}`));
  return lines.join('\n');
}

function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** One line per finding, fixed columns (for spreadsheets and reviewers' lists). */
export function reportToCsv(reports: readonly Report[]): string {
  const head = ['document', 'rule', 'severity', 'page', 'table', 'key', 'row', 'column', 'text', 'expected', 'actual', 'difference', 'message', 'file'];
  const rows = reports.flatMap((r) =>
    r.findings.map((f) => [
      r.document.path, f.rule, f.severity, String(f.location.page ?? ''), String(f.location.table ?? ''), f.location.key ?? '', f.location.row ?? '',
      f.location.column ?? '', f.location.text ?? '', f.expected ?? '', f.actual ?? '', f.difference ?? '', f.message, f.location.file ?? '',
    ]),
  );
  return [head, ...rows].map((r) => r.map(csvField).join(',')).join('\n');
}
