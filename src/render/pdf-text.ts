// What `yusuan parse` prints of a PDF's text layer: text (lines page by page) or JSON (with positions).
import type { PdfText } from '../ingest/pdf/parse-pdf.ts';

const STAGE_NAMES = { budget: '预算 (budget)', final: '决算 (final accounts)' } as const;
const SCOPE_NAMES = { department: '部门 (department)', unit: '单位 (unit)' } as const;
const NOT_FOUND = '未识别 (not found)';

/** The detected meta as labelled lines, each with the page it was read from. */
function metaLines(doc: PdfText): string[] {
  const { meta } = doc;
  const from = (field: keyof typeof meta.sources) => {
    const source = meta.sources[field];
    return source ? `  ← 第 ${source.page} 页 (page ${source.page}): ${source.line}` : '';
  };
  return [
    `单位 (body): ${meta.body ?? NOT_FOUND}${from('body')}`,
    `年度 (year): ${meta.year ?? NOT_FOUND}${from('year')}`,
    `阶段 (stage): ${meta.stage ? STAGE_NAMES[meta.stage] : NOT_FOUND}${from('stage')}`,
    `范围 (scope): ${meta.scope ? SCOPE_NAMES[meta.scope] : NOT_FOUND}${from('scope')}`,
  ];
}

export function pdfTextToText(doc: PdfText): string {
  const out = [`${doc.file}: ${doc.pageCount} 页 (pages)`, ...metaLines(doc), ...doc.warnings.map((w) => `警告 (warning): ${w}`)];
  for (const page of doc.pages) {
    const rules = page.rules.length ? `, ${page.rules.length} 条表格线 (rules)` : '';
    out.push('', `— 第 ${page.number} 页 (page ${page.number}) ${page.width}×${page.height}${rules} —`);
    if (page.needsOcr) out.push('（只有图片，没有文字层：需要 OCR — no text layer: OCR needed）');
    for (const line of page.lines) out.push(line.text);
  }
  return out.join('\n');
}

const r1 = (n: number): number => Math.round(n * 10) / 10 || 0;

/** JSON with positions rounded to 0.1 unit: lines with their runs' x, and the page's rules. */
export function pdfTextToJson(doc: PdfText): unknown {
  return {
    file: doc.file,
    pageCount: doc.pageCount,
    meta: doc.meta,
    warnings: doc.warnings,
    pages: doc.pages.map((page) => ({
      number: page.number,
      width: page.width,
      height: page.height,
      rotation: page.rotation,
      needsOcr: page.needsOcr,
      images: page.images,
      lines: page.lines.map((line) => ({
        text: line.text,
        normalised: line.normalised,
        x: r1(line.x),
        y: r1(line.y),
        width: r1(line.width),
        height: r1(line.height),
        fontSize: r1(line.fontSize),
        ...(line.angle ? { angle: line.angle } : {}),
        items: line.items.map((item) => ({
          text: item.text,
          ...(item.raw !== item.text ? { raw: item.raw } : {}),
          x: r1(item.x),
          width: r1(item.width),
        })),
      })),
      rules: page.rules.map((rule) => ({ ...rule, x1: r1(rule.x1), y1: r1(rule.y1), x2: r1(rule.x2), y2: r1(rule.y2), thickness: r1(rule.thickness) })),
    })),
  };
}
