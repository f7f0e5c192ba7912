// The document a Disclosure makes: its tables as the template prints them, and the narrative when one is given.
import { namesForDisclosure } from '../catalog/index.ts';
import type { Disclosure } from '../model/disclosure.ts';
import { formatAmount, type Fen, type MoneyUnit } from '../model/money.ts';
import type { Indicator } from '../model/performance.ts';
import { sentencesOf } from '../ingest/narrative-text.ts';
import { departmentFunds, projectFunds } from '../narrative/performance-funds.ts';
import { buildTables } from '../tables/build.ts';
import { getTemplate } from '../templates/registry.ts';
import type { CheckDocument } from './document.ts';
import type { DocumentGoals, GoalAmount, GoalIndicator } from './document-goals.ts';

export interface FromDisclosureOptions {
  path: string;
  /** Text of a published narrative to check with the data (extracted text, as the reference document). */
  narrativeText?: string;
}

/** The sentences of a published text, without the tables part (第二部分 …公开表), which the data gives. */
function narrativeSentences(text: string) {
  return sentencesOf(text).filter((s) => !/^第二部分.*表/.test(s.section[0] ?? ''));
}

/** An indicator's printed target: the target as the goal tables print it (operator, value, unit, or its words). */
function printedTarget(i: Indicator): string {
  const t = i.target;
  if (!('op' in t)) return t.text;
  return `${t.op.replace('>=', '≥').replace('<=', '≤')}${t.value}${t.unit}`;
}

/**
 * The goal tables the data makes: the Disclosure's goals, each with the funds its line items give (the goal
 * tables' funds are the project's money, the department's by source), in the document's unit.
 */
export function goalsOfDisclosure(d: Disclosure): DocumentGoals {
  const unit: MoneyUnit = d.meta.displayUnit;
  const amount = (fen: Fen): GoalAmount => ({ fen, text: formatAmount(fen, unit), unit });
  const indicators = (list: readonly Indicator[]): GoalIndicator[] => list.map((i) => ({ ...i, targetText: printedTarget(i) }));
  const dept = d.performance.department;
  const funds = departmentFunds(d);
  return {
    ...(dept
      ? {
          department: {
            kind: 'department' as const,
            name: dept.department,
            contact: dept.contact,
            goal: dept.goal,
            funds: { superior: amount(funds.superior), own: amount(funds.own), other: amount(funds.other), total: amount(funds.total) },
            indicators: indicators(dept.indicators),
          },
        }
      : {}),
    projects: d.performance.projects.map((g) => {
      const f = projectFunds(d, g.project);
      return {
        kind: 'project' as const,
        name: d.projects.find((p) => p.id === g.project)?.name ?? g.project,
        project: g.project,
        unit: g.unit,
        goal: g.goal,
        funds: { total: amount(f.total), fiscal: amount(f.fiscal), other: amount(f.other) },
        indicators: indicators(g.indicators),
      };
    }),
  };
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
