// The published document as one self-contained HTML file: semantic tables (caption, thead, th scope, the
// header's spans, the numbering row), amounts right-aligned with thousands separators, and print CSS —
// A4, each table on a page of its own, wide tables landscape, header rows repeated when a table runs over
// pages, 草稿 on every page of a draft. Chinese first.
import type { Block, DocumentPart, GoalTableBlock, PublishedDocument } from './document-model.ts';
import { GOAL_COLUMNS, indicatorCells, runLength } from './goal-rows.ts';
import { cjkNumber, parenMarker } from './cjk-numbers.ts';
import { bodyCells, headerGrid, isWide, leafCount } from './table-cells.ts';
import type { TableModel } from '../tables/table-model.ts';

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

const CSS = `
@page { size: A4 portrait; margin: 20mm 18mm; }
@page wide { size: A4 landscape; margin: 15mm 15mm; }
html { font-family: "Noto Serif CJK SC", "Source Han Serif SC", "SimSun", "Songti SC", serif; font-size: 12pt; line-height: 1.8; color: #000; }
body { max-width: 60em; margin: 0 auto; padding: 1em; }
.cover { text-align: center; padding-top: 30vh; break-after: page; }
.cover h1 { font-size: 24pt; letter-spacing: 0.1em; }
h2 { font-size: 16pt; text-align: center; break-before: page; }
h3 { font-size: 13pt; } h4, h5 { font-size: 12pt; }
p { text-indent: 2em; margin: 0.3em 0; text-align: justify; }
ol.paren, ol.glossary { list-style: none; padding-left: 0; }
ol.paren li, ol.glossary li { text-indent: 2em; }
section.table { break-before: page; }
section.table.wide { page: wide; }
section.part > section.table:first-of-type { break-before: auto; }
.table-no { text-align: right; margin: 0; text-indent: 0; }
table { border-collapse: collapse; width: 100%; font-size: 10pt; line-height: 1.4; }
caption { font-size: 15pt; font-weight: bold; padding-bottom: 0.2em; caption-side: top; }
caption .meta { display: flex; justify-content: space-between; font-size: 10pt; font-weight: normal; padding-top: 0.3em; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th, td { border: 1px solid #000; padding: 2px 4px; vertical-align: middle; }
thead th { text-align: center; font-weight: bold; }
tr.numbering th { font-weight: normal; }
td.amount { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
td.code { text-align: center; white-space: nowrap; }
td.note { text-align: center; padding: 1em; }
section.goal { break-before: page; }
section.goal h4 { text-align: center; font-size: 14pt; margin-bottom: 0; }
section.goal .subtitle { text-align: center; text-indent: 0; }
table.goal th[scope="row"] { text-align: left; font-weight: normal; white-space: nowrap; }
.end { text-align: right; margin-top: 3em; }
.end p { text-align: right; text-indent: 0; }
.watermark { position: fixed; top: 40%; left: 0; right: 0; text-align: center; font-size: 120pt; color: rgba(200, 0, 0, 0.15); transform: rotate(-30deg); pointer-events: none; z-index: 10; }
@media print { body { max-width: none; padding: 0; } }
`;

function tableHtml(t: TableModel): string {
  const width = leafCount(t);
  const head: string[] = [];
  const grid = headerGrid(t);
  t.header.forEach((_, r) => {
    const cells = grid
      .filter((c) => c.row === r)
      .map((c) => `<th scope="${c.colspan > 1 ? 'colgroup' : 'col'}"${c.colspan > 1 ? ` colspan="${c.colspan}"` : ''}${c.rowspan > 1 ? ` rowspan="${c.rowspan}"` : ''}>${escape(c.label)}</th>`);
    head.push(`<tr>${cells.join('')}</tr>`);
  });
  if (t.numbering) head.push(`<tr class="numbering">${t.numbering.map((n) => `<th scope="col">${escape(n)}</th>`).join('')}</tr>`);
  const body =
    t.rows.length === 0
      ? [`<tr><td class="note" colspan="${width}">${escape(t.note ?? '')}</td></tr>`]
      : t.rows.map((row) => {
          const cells = bodyCells(t, row).map((c) => {
            if (c.kind === 'amount') return `<td class="amount">${escape(c.text)}</td>`;
            const span = c.colspan > 1 ? ` colspan="${c.colspan}"` : '';
            const style = c.indent ? ` style="padding-left:${0.3 + c.indent}em"` : '';
            // the row's own label heads it: its name, a total's label, a two-sided row's left label
            return c.role === 'name'
              ? `<th scope="row"${span}${style}>${escape(c.text)}</th>`
              : `<td${c.role === 'code' ? ' class="code"' : ''}${span}${style}>${escape(c.text)}</td>`;
          });
          return `<tr${row.level === 0 ? ' class="total"' : ''}>${cells.join('')}</tr>`;
        });
  return `<section class="table${isWide(t) ? ' wide' : ''}" id="table-${t.number}">
<p class="table-no">表${t.number}</p>
<table>
<caption>${escape(t.title)}<span class="meta"><span>编制部门：${escape(t.preparer)}</span><span>单位：${escape(t.unit)}</span></span></caption>
<thead>
${head.join('\n')}
</thead>
<tbody>
${body.join('\n')}
</tbody>
</table>
</section>`;
}

function goalHtml(g: GoalTableBlock): string {
  const cols = GOAL_COLUMNS.length;
  const facts = g.facts.map((f) => `<tr><th scope="row" colspan="3">${escape(f.label)}</th><td colspan="${cols - 3}">${escape(f.value)}</td></tr>`);
  const rows = g.indicators.map(indicatorCells);
  const body = rows.map((cells, i) => {
    const out: string[] = [];
    cells.forEach((text, c) => {
      if (c < 2) {
        const n = runLength(rows, i, c);
        if (n === 0) return;
        out.push(`<th scope="rowgroup"${n > 1 ? ` rowspan="${n}"` : ''}>${escape(text)}</th>`);
      } else if (c === 2) out.push(`<th scope="row">${escape(text)}</th>`);
      else out.push(`<td${c === 6 ? ' class="amount"' : ''}>${escape(text)}</td>`);
    });
    return `<tr>${out.join('')}</tr>`;
  });
  return `<section class="goal">
<h4>${escape(g.title)}</h4>
${g.subtitle ? `<p class="subtitle">${escape(g.subtitle)}</p>` : ''}
<table class="goal">
<tbody>
${facts.join('\n')}
<tr><th scope="row" colspan="3">${g.facts.some((f) => f.label === '项目名称') ? '项目总体目标' : '年度绩效目标'}</th><td colspan="${cols - 3}">${escape(g.goal)}</td></tr>
</tbody>
</table>
<table class="goal indicators">
<thead><tr>${GOAL_COLUMNS.map((c) => `<th scope="col">${c}</th>`).join('')}</tr></thead>
<tbody>
${body.join('\n')}
</tbody>
</table>
</section>`;
}

function blockHtml(b: Block): string {
  switch (b.kind) {
    case 'heading': {
      const tag = `h${b.level + 2}`;
      return `<${tag}>${escape(b.text)}</${tag}>`;
    }
    case 'paragraph':
      return `<p>${escape(b.text)}</p>`;
    case 'list':
      return b.numbering === 'paren_cjk'
        ? `<ol class="paren">${b.items.map((item, i) => `<li>${parenMarker(i)}${escape(item)}</li>`).join('\n')}</ol>`
        : `<ul>${b.items.map((item) => `<li>${escape(item)}</li>`).join('\n')}</ul>`;
    case 'table':
      return tableHtml(b.table);
    case 'goal_table':
      return goalHtml(b);
    case 'glossary':
      return `<ol class="glossary">${b.entries.map((e, i) => `<li><dfn>${cjkNumber(i + 1)}、${escape(e.term)}</dfn>：${escape(e.definition)}</li>`).join('\n')}</ol>`;
  }
}

function partHtml(p: DocumentPart): string {
  return `<section class="part">
<h2>${escape(p.heading)}</h2>
${p.blocks.map(blockHtml).join('\n')}
</section>`;
}

/** The whole document as one HTML file (no external resources). */
export function documentToHtml(doc: PublishedDocument): string {
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(doc.title)}${doc.draft ? '（草稿）' : ''}</title>
<style>${CSS}</style>
</head>
<body>
${doc.draft ? '<div class="watermark" aria-hidden="true">草稿</div>' : ''}
<header class="cover">
<h1>${escape(doc.title)}</h1>
${doc.subtitle ? `<p>${escape(doc.subtitle)}</p>` : ''}
${doc.draft ? '<p class="draft">草稿 (draft)</p>' : ''}
</header>
<main>
${doc.parts.map(partHtml).join('\n')}
</main>
<footer class="end">
<p>${escape(doc.body)}</p>
${doc.date ? `<p>${escape(doc.date)}</p>` : ''}
</footer>
</body>
</html>
`;
}
