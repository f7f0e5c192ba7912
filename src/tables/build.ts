// Every table of a disclosure's template, each a pure function of the disclosure.
import type { Disclosure } from '../model/disclosure.ts';
import { getTemplate } from '../templates/registry.ts';
import type { TableSpec, Template } from '../templates/template.ts';
import { TemplateError } from '../templates/template-error.ts';
import type { ClassificationNames } from './names.ts';
import type { TableModel } from './table-model.ts';
import type { ViewContext } from './view-context.ts';
import { byEconomicTable, byFunctionTable } from './views/by-code.ts';
import { carryoverDetailTable } from './views/carryover-detail.ts';
import { incomeListTable } from './views/income-list.ts';
import { pairedSummaryTable } from './views/paired-summary.ts';
import { procurementTable } from './views/procurement.ts';
import { projectByFunctionTable } from './views/project-by-function.ts';
import { threePublicTable } from './views/three-public.ts';

export function buildTable(ctx: ViewContext, spec: TableSpec): TableModel {
  switch (spec.view) {
    case 'paired_summary':
      return pairedSummaryTable(ctx, spec);
    case 'by_function':
      return byFunctionTable(ctx, spec);
    case 'by_economic':
      return byEconomicTable(ctx, spec);
    case 'project_by_function':
      return projectByFunctionTable(ctx, spec);
    case 'three_public':
      return threePublicTable(ctx, spec);
    case 'carryover_detail':
      return carryoverDetailTable(ctx, spec);
    case 'procurement':
      return procurementTable(ctx, spec);
    case 'income_list':
      return incomeListTable(ctx, spec);
  }
}

export interface BuildOptions {
  names: ClassificationNames;
  /** Overrides the template named in the disclosure's meta. */
  template?: Template;
}

export function buildTables(disclosure: Disclosure, options: BuildOptions): TableModel[] {
  const template = options.template ?? getTemplate(disclosure.meta.template);
  if (template.stage !== disclosure.meta.stage) {
    const words = { budget: '预算', final: '决算' };
    throw new TemplateError(
      `模板 ${template.id} 用于${words[template.stage]}，而披露数据是${words[disclosure.meta.stage]} (template is for stage "${template.stage}", the disclosure is "${disclosure.meta.stage}")`,
    );
  }
  const ctx: ViewContext = { disclosure, template, names: options.names };
  return template.tables.map((spec) => buildTable(ctx, spec));
}
