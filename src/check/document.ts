// What the checks read: a document's tables (the shared table model), its narrative sentences and, for
// data being prepared, the Disclosure itself. Built the same way from prepared data and from a published
// document (ingestion), so every rule runs on both.
import type { Disclosure } from '../model/disclosure.ts';
import type { DocumentGoals } from './document-goals.ts';
import type { BodyKind } from '../model/meta.ts';
import type { MoneyUnit } from '../model/money.ts';
import type { TableModel } from '../tables/table-model.ts';
import type { Template } from '../templates/template.ts';
import type { DocumentSections } from './sections.ts';

/** One sentence of the narrative, with where it stands. */
export interface Sentence {
  text: string;
  /** The headings above it, outermost first ("三、关于…支出预算情况说明"). */
  section: string[];
  page?: number;
  /** The file it is printed in, when the document is several files (`check --together`). */
  file?: string;
}

export interface DocumentMeta {
  path: string;
  title: string;
  body: string;
  /** 单位性质 (行政单位, 参公, 事业单位, mixed), when known. */
  bodyKind?: BodyKind;
  year: number;
  stage: 'budget' | 'final';
  scope: 'department' | 'unit';
  /** Template id, or "unknown". */
  template: string;
  /** Unit of the narrative (tables carry their own). */
  unit: MoneyUnit;
  pages?: number;
  /** The files of a document published as several (narrative and tables apart), in the order given. */
  files?: { path: string; pages?: number }[];
}

export interface CheckTable extends TableModel {
  /** Page the table starts on, when known. */
  page?: number;
  /** The file it is printed in, when the document is several files. */
  file?: string;
  /**
   * What reading the table from a published document could not decide or had to assume (a placement of
   * printed amounts that several columns fit equally, read by an explicit order of preference); shown in the report.
   */
  notes?: string[];
  /**
   * 预算数 printed beside the values (a 决算 table printing both, 三公: 预算数 | 决算数 under each column; the values
   * are the 决算数): by row and column, "" when blank.
   */
  budget?: string[][];
}

export interface CheckDocument {
  meta: DocumentMeta;
  template?: Template;
  tables: CheckTable[];
  /** The narrative (情况说明 and the other statements); undefined when the document has none to check. */
  narrative?: Sentence[];
  /** The overview, statements and glossary found in the narrative (src/check/sections.ts). */
  sections?: DocumentSections;
  /** The data behind the document, when checking prepared data. */
  disclosure?: Disclosure;
  /**
   * The performance goal tables (绩效目标表) as printed (`document-goals.ts`); undefined where the reader does
   * not read them, empty where the document prints none.
   */
  goals?: DocumentGoals;
}
