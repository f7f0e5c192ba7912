// What `yusuan parse` prints of a published document as read: the meta, the tables, the sections (overview,
// statements, glossary) and the narrative sentences, each with its page — text (Chinese first) or JSON with
// provenance (a PDF value's page and box where it was placed from its position).
import type { CheckDocument } from '../check/document.ts';
import type { AssetHolding, DocumentSections, PrintedAmount, SectionSource, StaffKind, StatedFigure } from '../check/sections.ts';
import type { PdfCheckTable } from '../ingest/pdf/pdf-document.ts';
import type { PdfText } from '../ingest/pdf/parse-pdf.ts';
import { tableToJson } from '../tables/table-model.ts';
import { tableToText } from './table-text.ts';

/** A document as read, and the PDF text layer it was read from (PDF inputs). */
export interface ParsedDocument {
  doc: CheckDocument;
  pdf?: PdfText;
}

const STAGES = { budget: '预算 (budget)', final: '决算 (final accounts)' } as const;
const SCOPES = { department: '部门 (department)', unit: '单位 (unit)' } as const;
const r1 = (n: number): number => Math.round(n * 10) / 10 || 0;

function tableJson(t: PdfCheckTable): object {
  const json = tableToJson(t) as { rows: object[] };
  return {
    ...json,
    ...(t.page !== undefined ? { page: t.page } : {}),
    ...(t.file !== undefined ? { file: t.file } : {}),
    rows: json.rows.map((row, r) => {
      const src = t.sources?.[r];
      if (!src?.some(Boolean)) return row;
      // where each value was printed: page and box (PDF units, top-left origin), null where not placed from its position
      return { ...row, sources: src.map((s) => (s ? { page: s.page, bbox: { x: r1(s.bbox.x), y: r1(s.bbox.y), width: r1(s.bbox.width), height: r1(s.bbox.height) } } : null)) };
    }),
    ...(t.notes?.length ? { notes: t.notes } : {}),
  };
}

/** JSON: meta (with where the PDF's cover said it), tables with value sources, sections, sentences with pages. */
export function parsedToJson({ doc, pdf }: ParsedDocument): unknown {
  const m = doc.meta;
  return {
    file: m.path,
    meta: {
      title: m.title,
      body: m.body,
      year: m.year,
      stage: m.stage,
      scope: m.scope,
      template: m.template,
      unit: m.unit,
      ...(m.pages !== undefined ? { pages: m.pages } : {}),
      ...(pdf ? { sources: pdf.meta.sources } : {}),
    },
    ...(pdf?.warnings.length ? { warnings: pdf.warnings } : {}),
    tables: doc.tables.map(tableJson),
    sections: doc.sections ?? {},
    narrative: (doc.narrative ?? []).map((s) => ({ text: s.text, section: s.section, ...(s.page !== undefined ? { page: s.page } : {}), ...(s.file !== undefined ? { file: s.file } : {}) })),
  };
}

const at = (s: SectionSource) => (s.page !== undefined ? `  [第 ${s.page} 页${s.file ? ` ${s.file}` : ''}]` : '');
const amount = (a: PrintedAmount | undefined) => (a ? `${a.value} ${a.unit}` : '');

function figureLine(f: StatedFigure): string {
  const parts = [`${f.label}${f.amount ? ` ${amount(f.amount)}` : ''}`];
  if (f.budget) parts.push(`年初预算 ${amount(f.budget)}`);
  if (f.change) parts.push([f.change.word, amount(f.change.amount), f.change.percent !== undefined ? `${f.change.percent}%` : ''].filter(Boolean).join(' '));
  if (f.reason) parts.push(`原因：${f.reason}`);
  return `  ${parts.join('，')}${at(f)}`;
}

const holdingLine = (h: AssetHolding) =>
  `  ${h.planned ? '（预算安排购置）' : ''}${h.label}${h.quantity !== undefined ? ` ${h.quantity}${h.measure ?? ''}` : ''}${h.value ? `，价值 ${amount(h.value)}` : ''}${at(h)}`;

const STAFF_NAMES: Record<StaffKind, string> = {
  authorized: '编制数 (authorized)',
  actual: '实有人数 (actual)',
  in_service: '在职 (in service)',
  retired: '退休 (retired)',
  separated: '离休 (separated)',
  retired_and_separated: '离退休 (retired and separated)',
};

function sectionLines(s: DocumentSections): string[] {
  const out: string[] = [];
  const o = s.overview;
  if (o) {
    out.push('', '== 部门概况 (overview) ==');
    if (o.functions) out.push(`主要职能 (functions): ${o.functions.length} 项`, ...o.functions.map((f, i) => `  ${i + 1}. ${f.text}${at(f)}`));
    if (o.offices) out.push(`内设机构 (offices): ${o.offices.length} 个`, ...o.offices.map((f) => `  ${f.text}${at(f)}`));
    if (o.units) out.push(`下属单位 (units): ${o.units.length} 个`, ...o.units.map((u) => `  ${u.name}${u.note ? `（${u.note}）` : ''}${at(u)}`));
    if (o.staff) out.push('人员 (staff):', ...o.staff.map((c) => `  ${STAFF_NAMES[c.kind]} ${c.count}${c.change !== undefined ? `（${c.change < 0 ? '减少' : '增加'} ${Math.abs(c.change)}）` : ''} — “${c.label}”${at(c)}`));
  }
  const st = s.statements;
  if (st) {
    out.push('', '== 其他事项 (statements) ==');
    if (st.threePublic) out.push('“三公”经费 (three public):', ...st.threePublic.map(figureLine));
    if (st.operatingCosts) out.push('机关运行经费 (operating costs):', ...st.operatingCosts.map(figureLine));
    if (st.procurement) out.push('政府采购 (procurement):', ...st.procurement.map(figureLine));
    if (st.assets) out.push(`国有资产 (assets)${st.assets.asOf ? `，截至 ${st.assets.asOf}` : ''}:`, ...st.assets.holdings.map(holdingLine));
  }
  if (s.glossary) out.push('', `== 名词解释 (glossary): ${s.glossary.length} 条 ==`, ...s.glossary.map((g) => `  ${g.term}：${g.definition}${at(g)}`));
  return out;
}

/** Text: meta, each table as printed, the sections, then the sentences under their headings. */
export function parsedToText({ doc, pdf }: ParsedDocument): string {
  const m = doc.meta;
  const from = (field: 'body' | 'year' | 'stage' | 'scope') => {
    const source = pdf?.meta.sources[field];
    return source ? `  ← 第 ${source.page} 页 (page ${source.page}): ${source.line}` : '';
  };
  const out = [
    `文件 (file): ${m.path}`,
    `单位 (body): ${m.body}${from('body')}`,
    `年度 (year): ${m.year || '未识别 (not found)'}${from('year')}`,
    `阶段 (stage): ${STAGES[m.stage]}${from('stage')}`,
    `范围 (scope): ${SCOPES[m.scope]}${from('scope')}`,
    `模板 (template): ${m.template}`,
    `说明金额单位 (narrative unit): ${m.unit}`,
    ...(m.pages !== undefined ? [`页数 (pages): ${m.pages}`] : []),
    ...(pdf?.warnings ?? []).map((w) => `警告 (warning): ${w}`),
    '',
    `== 公开表 (tables): ${doc.tables.length} 张 ==`,
  ];
  for (const t of doc.tables as PdfCheckTable[]) {
    out.push('', `表${t.number} ${t.title} (${t.key})${t.page !== undefined ? ` 第 ${t.page} 页 (page ${t.page})` : ''}${t.file ? ` ${t.file}` : ''}，${t.rows.length} 行 (rows)`);
    out.push(tableToText(t));
    for (const n of t.notes ?? []) out.push(`注 (note): ${n}`);
  }
  if (doc.sections) out.push(...sectionLines(doc.sections));
  const sentences = doc.narrative ?? [];
  out.push('', `== 说明 (narrative): ${sentences.length} 句 (sentences) ==`);
  let heading = '';
  for (const s of sentences) {
    const h = s.section.join(' › ');
    if (h !== heading) out.push(`【${h}】`);
    heading = h;
    out.push(`  ${s.page !== undefined ? `[${s.page}] ` : ''}${s.text}`);
  }
  return out.join('\n');
}
