// Which template table a printed table is, by its title and the template's aliases, and which template a
// document follows, by the set of its tables.
import type { TableSpec, Template } from '../../templates/template.ts';

/** A title reduced to what identifies the table: no spaces, quotes, year, body name, numbering or scope word. */
export function titleKey(title: string, body = ''): string {
  let t = title.replace(/\{year\}|\{body\}/g, '');
  if (body) t = t.replaceAll(body, '');
  return t
    .replace(/\s+/g, '')
    .replace(/[(（]?(19|20)\d{2}年(度)?[)）]?/g, '')
    .replace(/^((附表|表)\d+[.、:：-]?|\d+[.、:：-])/, '')
    .replace(/[“”"'‘’「」]/g, '')
    .replace(/预算单位|部门|单位/g, '');
}

export interface SpecMatch {
  template: Template;
  spec: TableSpec;
}

/**
 * The template table a title names: its title or an alias, equal once reduced; failing that, the one whose
 * reduced title or alias the reduced title ends with (the longest, so 财政拨款收支总表 is not 收支总表).
 */
export function specForTitle(template: Template, title: string, body = ''): TableSpec | undefined {
  const key = titleKey(title, body);
  if (key === '') return undefined;
  let best: { spec: TableSpec; length: number } | undefined;
  for (const spec of template.tables) {
    for (const name of [spec.title, ...(spec.aliases ?? [])]) {
      const k = titleKey(name);
      if (k === key) return spec;
      if (k.length >= 4 && key.endsWith(k) && (!best || k.length > best.length)) best = { spec, length: k.length };
    }
  }
  return best?.spec;
}

export interface TemplateChoice {
  /** The template the tables follow; undefined when none fits ("unknown"). */
  template?: Template;
  /** For each title, the table it is: of the chosen template, else of any template that has it. */
  matches: (SpecMatch | undefined)[];
}

/**
 * A template fits when at least two thirds of its tables are printed and at least two thirds of the printed
 * tables are its tables; among those that fit (and are for the document's stage), the one with the most
 * tables found (a template for the other scope — 部门 or 单位 — is passed over). Titles no template has are still extracted, as generic tables.
 */
export function chooseTemplate(titles: readonly string[], templates: readonly Template[], stage: 'budget' | 'final', body = '', scope?: 'department' | 'unit'): TemplateChoice {
  let chosen: { template: Template; found: number } | undefined;
  for (const template of templates) {
    if (template.stage !== stage) continue;
    // a template for one scope only is for documents of that scope (when the document says which)
    if (scope !== undefined && template.scope !== undefined && template.scope !== scope) continue;
    const specs = titles.map((t) => specForTitle(template, t, body));
    const found = new Set(specs.filter(Boolean)).size;
    const fits = found >= Math.ceil((template.tables.length * 2) / 3) && found >= Math.ceil((titles.length * 2) / 3);
    if (fits && (!chosen || found > chosen.found)) chosen = { template, found };
  }
  const order = chosen ? [chosen.template, ...templates.filter((t) => t !== chosen!.template)] : templates;
  const matches = titles.map((title) => {
    for (const template of order) {
      const spec = specForTitle(template, title, body);
      if (spec) return { template, spec };
    }
    return undefined;
  });
  return { ...(chosen ? { template: chosen.template } : {}), matches };
}
