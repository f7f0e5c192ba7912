// The document a Disclosure makes: its tables as the template prints them, and the narrative when one is given.
import { namesForDisclosure } from '../catalog/index.ts';
import type { Disclosure } from '../model/disclosure.ts';
import { sentencesOf } from '../ingest/narrative-text.ts';
import { buildTables } from '../tables/build.ts';
import { getTemplate } from '../templates/registry.ts';
import { fenToYuanString, sumFen, type Fen } from '../model/money.ts';
import type { CheckDocument } from './document.ts';
import { goalsOfDisclosure } from './document-goals.ts';
import type { DocumentSections, PrintedAmount, StatedFigure } from './sections.ts';

export interface FromDisclosureOptions {
  path: string;
  /** Text of a published narrative to check with the data (extracted text, as the reference document). */
  narrativeText?: string;
}

/** The sentences of a published text, without the tables part (第二部分 …公开表), which the data gives. */
function narrativeSentences(text: string) {
  return sentencesOf(text).filter((s) => !/^第二部分.*表/.test(s.section[0] ?? ''));
}

const yuan = (amount: Fen): PrintedAmount => ({ value: fenToYuanString(amount), unit: '元' });
const total = (amounts: readonly Fen[]): PrintedAmount => yuan(sumFen(amounts));
const figure = (key: string, label: string, amount: PrintedAmount): StatedFigure => ({ key, label, amount });

/** The sections as the prepared data holds them (amounts in 元, as the data keeps them; no pages). */
export function sectionsFromDisclosure(d: Disclosure): DocumentSections {
  const { overview: o, threePublic: t, procurement: p, assets: a } = d;
  const split = (s: { general: Fen; gov_fund: Fen; state_capital: Fen }) => [s.general, s.gov_fund, s.state_capital];
  const staff = o.staffing;
  return {
    overview: {
      ...(o.functions.length ? { functions: o.functions.map((text) => ({ text })) } : {}),
      ...(o.offices.length ? { offices: o.offices.map((text) => ({ text })) } : {}),
      ...(o.subordinateUnits.length ? { units: o.subordinateUnits.map((u) => ({ name: u.name })) } : {}),
      staff: [
        { kind: 'authorized', label: '编制数', count: staff.authorized },
        { kind: 'actual', label: '实有人数', count: staff.inService.count + staff.retired.count + staff.separated.count },
        { kind: 'in_service', label: '在职', count: staff.inService.count, change: staff.inService.change },
        { kind: 'retired', label: '退休', count: staff.retired.count, change: staff.retired.change },
        { kind: 'separated', label: '离休', count: staff.separated.count, change: staff.separated.change },
      ],
    },
    statements: {
      threePublic: [
        figure('total', '“三公”经费', total([t.abroad, t.vehiclePurchase, t.vehicleOperation, t.reception].flatMap(split))),
        figure('abroad', '因公出国（境）费', total(split(t.abroad))),
        figure('vehicle_purchase', '公务用车购置费', total(split(t.vehiclePurchase))),
        figure('vehicle_operation', '公务用车运行费', total(split(t.vehicleOperation))),
        figure('reception', '公务接待费', total(split(t.reception))),
      ],
      operatingCosts: [figure('total', '机关运行经费', yuan(d.operatingCosts))],
      procurement: [
        figure('total', '政府采购', total([p.goods, p.works, p.services])),
        figure('goods', '货物', yuan(p.goods)),
        figure('works', '工程', yuan(p.works)),
        figure('services', '服务', yuan(p.services)),
        figure('sme_reserve', '面向中小企业预留', yuan(p.smeReserve)),
        figure('small_micro_reserve', '小微企业预留', yuan(p.smallMicroReserve)),
      ],
      assets: {
        asOf: a.asOf,
        holdings: [
          { label: '房屋', quantity: a.buildings.area, measure: '平方米', value: yuan(a.buildings.value) },
          ...a.vehicles.map((v) => ({ label: v.category, quantity: String(v.count), measure: '辆', value: yuan(v.value) })),
          { label: '办公家具', value: yuan(a.furniture) },
          { label: '其他资产', value: yuan(a.other) },
          { label: '单位价值50万元以上大型设备', quantity: String(a.largeEquipment.over500k), measure: '台' },
          { label: '单位价值100万元以上大型设备', quantity: String(a.largeEquipment.over1m), measure: '台' },
          { label: '购置车辆', quantity: String(a.planned.vehicles), measure: '辆', planned: true },
          { label: '购置50万元以上大型设备', quantity: String(a.planned.over500k), measure: '台', planned: true },
          { label: '购置100万元以上大型设备', quantity: String(a.planned.over1m), measure: '台', planned: true },
        ],
      },
    },
    ...(d.glossary.length ? { glossary: d.glossary.map((g) => ({ term: g.term, definition: g.definition })) } : {}),
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
    sections: sectionsFromDisclosure(d),
    disclosure: d,
    goals: goalsOfDisclosure(d),
  };
}
