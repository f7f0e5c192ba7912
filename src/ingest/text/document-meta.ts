// The document's identity from its own words: body (the tables' 编制部门, else the cover), year, stage
// (预算/决算), scope (部门/单位), and the unit of its narrative.
import type { DocumentMeta } from '../../check/document.ts';
import type { MoneyUnit } from '../../model/money.ts';
import type { Part } from './document-parts.ts';
import type { ParsedBlock } from './table-block.ts';
import { cellText } from './text-lines.ts';

export interface TextMeta {
  body: string;
  year?: number;
  stage: 'budget' | 'final';
  scope: 'department' | 'unit';
}

/** "2025 年部门预算", "2024年度单位决算": year, scope and stage. */
const STATED = /(20\d{2})\s*年\s*度?\s*(部门|单位)?\s*(预算|决算)/;

function mostCommon(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

export function documentMeta(parts: readonly Part[], blocks: readonly Pick<ParsedBlock, 'title' | 'preparer'>[]): TextMeta {
  // where the document says what it is: part headings first, then the cover and the other lines in order
  const said = [...parts.map((p) => p.heading), ...parts.flatMap((p) => p.lines.map((l) => l.text))].filter(Boolean);
  const stated = said.map((t) => STATED.exec(t.replace(/\s+/g, ' '))).find(Boolean);
  const cover = parts[0]?.number === 0 ? parts[0].lines.map((l) => l.text) : [];
  const coverBody = cover.map((t) => /^(.+?)\s*20\d{2}\s*年\s*度?\s*(部门|单位)?\s*(预算|决算)/.exec(t)?.[1]).find(Boolean);
  const body = mostCommon(blocks.map((b) => b.preparer)) ?? (coverBody ? cellText(coverBody) : '');
  // failing a statement, the year the table titles carry ("2025年部门收入预算总表")
  const titled = blocks.map((b) => /(20\d{2})\s*年/.exec(b.title)?.[1]).find(Boolean);
  const year = stated?.[1] ?? titled;
  const final = stated ? stated[3] === '决算' : blocks.some((b) => /决算/.test(b.title));
  return {
    body,
    ...(year ? { year: Number(year) } : {}),
    stage: final ? 'final' : 'budget',
    scope: stated?.[2] === '单位' ? 'unit' : 'department',
  };
}

/** The narrative's unit: 万元 when it states amounts in 万元, else 元. */
export function narrativeUnit(text: string): MoneyUnit {
  return /万元/.test(text) ? '万元' : /亿元/.test(text) ? '亿元' : '元';
}

/** The checked document's meta from what a published file says of itself. */
export function checkMeta(meta: TextMeta, path: string, template: string | undefined, narrativeText: string): DocumentMeta {
  const stage = meta.stage === 'budget' ? '预算' : '决算';
  const scope = meta.scope === 'department' ? '部门' : '单位';
  return {
    path,
    title: `${meta.body}${meta.year ?? ''}${meta.year ? '年' : ''}${scope}${stage}`,
    body: meta.body,
    year: meta.year ?? 0,
    stage: meta.stage,
    scope: meta.scope,
    template: template ?? 'unknown',
    unit: narrativeUnit(narrativeText),
  };
}
