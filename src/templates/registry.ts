// The templates yusuan knows, by id.
import type { Template } from './template.ts';
import { jiangsu12 } from './jiangsu-12.ts';
import { nationalFinal9 } from './national-final-9.ts';
import { shanghai9, shanghai9Unit } from './shanghai-9.ts';
import { TemplateError } from './template-error.ts';
import { xinjiang11 } from './xinjiang-11.ts';

const TEMPLATES: readonly Template[] = [xinjiang11, shanghai9, shanghai9Unit, jiangsu12, nationalFinal9];

export function listTemplates(): readonly Template[] {
  return TEMPLATES;
}

export function getTemplate(id: string): Template {
  const found = TEMPLATES.find((t) => t.id === id);
  if (!found) {
    throw new TemplateError(`未知模板 "${id}" (unknown template); 可用 (known): ${TEMPLATES.map((t) => t.id).join(', ')}`);
  }
  return found;
}
