// The document a Disclosure makes: its tables as the template prints them, and the narrative when one is given.
import { namesForDisclosure } from '../catalog/index.ts';
import type { Disclosure } from '../model/disclosure.ts';
import { sentencesOf } from '../ingest/narrative-text.ts';
import { buildTables } from '../tables/build.ts';
import { getTemplate } from '../templates/registry.ts';
import type { CheckDocument } from './document.ts';
import { goalsOfDisclosure } from './document-goals.ts';

export interface FromDisclosureOptions {
  path: string;
  /** Text of a published narrative to check with the data (extracted text, as the reference document). */
  narrativeText?: string;
}

/** The sentences of a published text, without the tables part (第二部分 …公开表), which the data gives. */
function narrativeSentences(text: string) {
  return sentencesOf(text).filter((s) => !/^第二部分.*表/.test(s.section[0] ?? ''));
}

export function documentFromDisclosure(d: Disclosure, options: FromDisclosureOptions): CheckDocument {
  const template = getTemplate(d.meta.template);
  const stage = d.meta.stage === 'budget' ? '预算' : '决算';
  const scope = d.meta.scope === 'department' ? '部门' : '单位';
  return {
    meta: {
      path: options.path,
      title: `${d.meta.body.name}${d.meta.year}年${scope}${stage}`,
      body: d.meta.body.name,
      ...(d.meta.body.kind ? { bodyKind: d.meta.body.kind } : {}),
      year: d.meta.year,
      stage: d.meta.stage,
      scope: d.meta.scope,
      template: template.id,
      unit: d.meta.displayUnit,
    },
    template,
    tables: buildTables(d, { names: namesForDisclosure(d), template }),
    ...(options.narrativeText !== undefined ? { narrative: narrativeSentences(options.narrativeText) } : {}),
    disclosure: d,
    goals: goalsOfDisclosure(d),
  };
}
