// A disclosure published as several files — the narrative (情况说明) in one PDF, the tables in another — read
// as one document (`yusuan check 说明.pdf 公开表.pdf --together`): the tables from the file that has them, the
// narrative sentences of every file in the order given, and one identity (body, year, stage, scope) that all
// the files must share. Every table and sentence keeps its file, so each finding can say which file and page.
import type { CheckDocument, DocumentMeta } from '../../check/document.ts';
import { sameBody } from '../../model/body-names.ts';
import { IngestError } from '../ingest-error.ts';
import { sectionsPart } from '../sections/sections.ts';

const STAGE = { budget: { zh: '预算', en: 'budget' }, final: { zh: '决算', en: 'final accounts' } } as const;
const SCOPE = { department: { zh: '部门', en: 'department' }, unit: { zh: '单位', en: 'unit' } } as const;

const describe = (m: DocumentMeta) => ({
  zh: `${m.body || '（未知单位）'}${m.year ? `${m.year}年` : ''}${SCOPE[m.scope].zh}${STAGE[m.stage].zh}`,
  en: `${m.body || '(unknown body)'} ${m.year || ''} ${SCOPE[m.scope].en} ${STAGE[m.stage].en}`.replace(/\s+/g, ' '),
});

/** What two files' identities disagree on, or undefined when they can be one document. */
function disagreement(a: DocumentMeta, b: DocumentMeta): { zh: string; en: string } | undefined {
  if (a.body && b.body && !sameBody(a.body, b.body)) return { zh: '单位不同', en: 'different bodies' };
  if (a.year && b.year && a.year !== b.year) return { zh: '年度不同', en: 'different years' };
  if (a.stage !== b.stage) return { zh: '一为预算一为决算', en: 'a budget and final accounts' };
  if (a.scope !== b.scope) return { zh: '一为部门一为单位', en: 'a department and a unit' };
  return undefined;
}

/** The most common narrative unit among the files, weighted by their sentences. */
function narrativeUnit(docs: readonly CheckDocument[]): DocumentMeta['unit'] {
  const weight = new Map<DocumentMeta['unit'], number>();
  for (const d of docs) weight.set(d.meta.unit, (weight.get(d.meta.unit) ?? 0) + (d.narrative?.length ?? 0));
  return [...weight].sort((x, y) => y[1] - x[1])[0]![0];
}

/**
 * One document of several files read apart (each with its own `meta.path`). Files of different bodies,
 * years, stages or scopes, or two files that both hold the tables, are an IngestError naming both files.
 */
export function documentTogether(docs: readonly CheckDocument[]): CheckDocument {
  if (docs.length === 1) return docs[0]!;
  const files = docs.map((d) => d.meta.path);
  const both = files.join('、');
  for (let i = 1; i < docs.length; i++) {
    const a = docs[0]!.meta;
    const b = docs[i]!.meta;
    const why = disagreement(a, b);
    if (why) {
      const [da, db] = [describe(a), describe(b)];
      throw new IngestError(
        `${a.path}、${b.path}`,
        'not_one_document',
        `不是同一份公开文件，不能一起校验（${why.zh}）：前者为 ${da.zh}，后者为 ${db.zh}`,
        `not one disclosure, cannot be checked together (${why.en}): the first is ${da.en}, the second ${db.en}`,
      );
    }
  }
  const withTables = docs.filter((d) => d.tables.length > 0);
  if (withTables.length > 1) {
    const [a, b] = withTables.map((d) => d.meta.path);
    throw new IngestError(both, 'tables_twice', `${a} 和 ${b} 都有公开表；一起校验时公开表只能在一个文件中`, `${a} and ${b} both hold tables: checked together, the tables must be in one file`);
  }
  const tablesDoc = withTables[0];
  const main = tablesDoc ?? docs.find((d) => d.template) ?? docs[0]!;
  // the formal name the tables print (部门：中国共产党…委员会办公厅) over the narrative's short one
  const body = [main, ...docs].map((d) => d.meta.body).find(Boolean) ?? '';
  const year = [main, ...docs].map((d) => d.meta.year).find(Boolean) ?? 0;
  const template = tablesDoc?.template ?? docs.find((d) => d.template)?.template;
  const { stage, scope } = main.meta;
  const meta: DocumentMeta = {
    path: files.join(' + '),
    title: `${body}${year ? `${year}年` : ''}${SCOPE[scope].zh}${STAGE[stage].zh}`,
    body,
    year,
    stage,
    scope,
    template: template?.id ?? 'unknown',
    unit: narrativeUnit(docs),
    files: docs.map((d) => ({ path: d.meta.path, ...(d.meta.pages !== undefined ? { pages: d.meta.pages } : {}) })),
    ...(docs.find((d) => d.meta.bodyKind)?.meta.bodyKind ? { bodyKind: docs.find((d) => d.meta.bodyKind)!.meta.bodyKind! } : {}),
  };
  // a sentence two files both print (the same heading and words) is read once, from the first file
  const seen = new Set<string>();
  const narrative = docs.flatMap((d) =>
    (d.narrative ?? []).flatMap((s) => {
      const key = `${s.section.join('>')}|${s.text}`;
      if (seen.has(key)) return [];
      seen.add(key);
      return [{ ...s, file: d.meta.path }];
    }),
  );
  const department = docs.map((d) => d.goals?.department).find((g) => g !== undefined);
  return {
    meta,
    ...(template ? { template } : {}),
    tables: (tablesDoc?.tables ?? []).map((t) => ({ ...t, file: tablesDoc!.meta.path })),
    ...(docs.some((d) => d.narrative) ? { narrative } : {}),
    // the goal tables of every file that reads them, in the order given
    ...(docs.some((d) => d.goals) ? { goals: { ...(department ? { department } : {}), projects: docs.flatMap((d) => d.goals?.projects ?? []) } } : {}),
    ...sectionsPart(narrative),
  };
}
