// The generated disclosure as a reader sees it, before any format: the cover, the parts in order, and in
// each part headings, paragraphs, tables and goal tables. Every writer (HTML, PDF, XLSX, DOCX) renders this
// one structure, so the formats cannot disagree; the narrative generator (src/narrative) fills the
// paragraphs, the table views (src/tables) the tables.
import type { GlossaryEntry } from '../model/glossary.ts';
import type { Indicator } from '../model/performance.ts';
import type { TableModel } from '../tables/table-model.ts';

/** A heading inside a part: level 1 "一、…", level 2 "（一）…", level 3 "1．…". */
export interface HeadingBlock {
  kind: 'heading';
  level: 1 | 2 | 3;
  text: string;
}

/** One paragraph of running text, as printed (numbers already formatted: 1,845.57). */
export interface ParagraphBlock {
  kind: 'paragraph';
  text: string;
}

/** A numbered or bulleted list (主要职能, 内设机构). */
export interface ListBlock {
  kind: 'list';
  items: string[];
  /** How the items are numbered when printed: 'paren_cjk' "(一)…(二)…" (主要职能); absent: as the writer lists. */
  numbering?: 'paren_cjk';
}

/** One of the template's tables, starting on a page of its own; wide tables print landscape. */
export interface TableBlock {
  kind: 'table';
  table: TableModel;
}

/** A performance goal table (部门整体 or 项目支出绩效目标表): the facts above the indicators, then the indicator rows. */
export interface GoalTableBlock {
  kind: 'goal_table';
  title: string;
  /** The line under the title ("（2025年）"), when printed. */
  subtitle?: string;
  /** Label/value pairs above the indicators (项目名称, 预算单位, 资金 …), in print order. */
  facts: { label: string; value: string }[];
  /** 年度目标 / 项目总体目标 */
  goal: string;
  indicators: readonly Indicator[];
}

/** The glossary as term and definition. */
export interface GlossaryBlock {
  kind: 'glossary';
  entries: readonly GlossaryEntry[];
}

export type Block = HeadingBlock | ParagraphBlock | ListBlock | TableBlock | GoalTableBlock | GlossaryBlock;

/** 第一部分 … 第四部分: a part's heading and what it holds. */
export interface DocumentPart {
  /** "第一部分 昌吉州人力资源和社会保障局概况" */
  heading: string;
  blocks: Block[];
}

export interface PublishedDocument {
  /** File-name stem and metadata: body, year and stage ("昌吉回族自治州人力资源和社会保障局-2025-部门预算"). */
  fileStem: string;
  /** "昌吉回族自治州人力资源和社会保障局2025年部门预算" */
  title: string;
  body: string;
  year: number;
  stage: 'budget' | 'final';
  scope: 'department' | 'unit';
  template: string;
  /** The cover's second line ("2025年2月"), when printed. */
  subtitle?: string;
  /** The date line at the end ("2025年2月10日"), when known. */
  date?: string;
  /** A draft built despite error-level findings: every page is marked 草稿. */
  draft: boolean;
  parts: DocumentPart[];
}
