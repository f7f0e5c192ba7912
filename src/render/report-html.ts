// The check report as one self-contained HTML page: summary, findings by severity, rule outcomes.
import { basename } from 'node:path';
import type { Lang, Report } from '../rules/report.ts';

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

const LABELS = {
  zh: { title: '校验报告', notes: '读取说明', severity: '级别', rule: '规则', where: '位置', message: '说明', expected: '应为', actual: '实际', diff: '差额', error: '错误', warning: '警告', info: '提示', rules: '规则结果', status: '结果' },
  en: { title: 'Check report', notes: 'Reading notes', severity: 'Severity', rule: 'Rule', where: 'Location', message: 'Message', expected: 'Expected', actual: 'Actual', diff: 'Difference', error: 'error', warning: 'warning', info: 'info', rules: 'Rule outcomes', status: 'Status' },
} as const;

export function reportsToHtml(reports: readonly Report[], lang: Lang = 'zh'): string {
  const t = LABELS[lang];
  const sections = reports.map((r) => {
    const s = r.summary;
    const rows = r.findings
      .map((f) => {
        const l = f.location;
        const where = [l.file !== undefined ? basename(l.file) : '', l.page !== undefined ? `p.${l.page}` : '', l.table !== undefined ? `表${l.table}` : '', l.row ?? '', l.column ?? ''].filter(Boolean).join(' · ');
        return `<tr class="${f.severity}"><td>${t[f.severity]}</td><td><code>${escape(f.rule)}</code></td><td>${escape(where)}${l.text ? `<blockquote>${escape(l.text)}</blockquote>` : ''}</td><td>${escape(f.message)}</td><td class="num">${escape(f.expected ?? '')}</td><td class="num">${escape(f.actual ?? '')}</td><td class="num">${escape(f.difference ?? '')}</td></tr>`;
      })
      .join('\n');
    const notes = r.tables.flatMap((x) => x.notes ?? []);
    const noteList = notes.length ? `<h3>${t.notes}</h3><ul class="notes">${notes.map((n) => `<li>${escape(n)}</li>`).join('')}</ul>` : '';
    const outcomes = r.rules.map((x) => `<tr><td><code>${escape(x.id)}</code></td><td>${escape(x.status)}</td><td>${escape(x.reason ?? '')}</td></tr>`).join('\n');
    return `<section>
<h2>${escape(r.document.title)}</h2>
<p class="path">${r.document.files ? r.document.files.map((f) => escape(f.path)).join('<br>') : escape(r.document.path)}</p>
<p class="summary"><span class="error">${t.error} ${s.errors}</span> · <span class="warning">${t.warning} ${s.warnings}</span> · <span class="info">${t.info} ${s.info}</span> · ${s.rules_run}/${r.rules.length} ${t.rules}</p>
${noteList}
<table><thead><tr><th scope="col">${t.severity}</th><th scope="col">${t.rule}</th><th scope="col">${t.where}</th><th scope="col">${t.message}</th><th scope="col">${t.expected}</th><th scope="col">${t.actual}</th><th scope="col">${t.diff}</th></tr></thead>
<tbody>${rows}</tbody></table>
<details><summary>${t.rules}</summary><table><thead><tr><th scope="col">${t.rule}</th><th scope="col">${t.status}</th><th scope="col"></th></tr></thead><tbody>${outcomes}</tbody></table></details>
</section>`;
  });
  return `<!doctype html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8"><title>${t.title}</title>
<style>
body{font-family:system-ui,"Noto Sans SC","Microsoft YaHei",sans-serif;margin:2rem;color:#222}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #ccc;padding:.3rem .5rem;vertical-align:top;font-size:.9rem}
td.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
tr.error td:first-child,.summary .error{color:#b00020;font-weight:600}tr.warning td:first-child,.summary .warning{color:#a65f00}
tr.info td:first-child,.summary .info{color:#555}blockquote{margin:.3rem 0;color:#555;font-size:.85rem}.path{color:#777}
@media print{details{display:none}}
</style></head><body><h1>${t.title}</h1>
${sections.join('\n')}
</body></html>
`;
}
