// The sections of a published document from its narrative sentences: overview, statements, glossary.
import type { Sentence } from '../../check/document.ts';
import type { DocumentSections } from '../../check/sections.ts';
import { glossaryOf } from './glossary.ts';
import { narrativeBlocks } from './narrative-blocks.ts';
import { overviewOf } from './overview.ts';
import { statementsOf } from './statements.ts';

/** What the sentences print of the overview, the statements and the glossary; each part absent when not printed. */
export function sectionsOf(sentences: readonly Sentence[]): DocumentSections {
  const blocks = narrativeBlocks(sentences);
  const overview = overviewOf(blocks);
  const statements = statementsOf(blocks);
  const glossary = glossaryOf(blocks);
  return { ...(overview ? { overview } : {}), ...(statements ? { statements } : {}), ...(glossary ? { glossary } : {}) };
}

/** `{ sections }` for a document whose narrative prints some of them, else nothing (spread into a CheckDocument). */
export function sectionsPart(narrative: readonly Sentence[] | undefined): { sections?: DocumentSections } {
  const sections = sectionsOf(narrative ?? []);
  return Object.keys(sections).length ? { sections } : {};
}
