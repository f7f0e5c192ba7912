// Family 7 — the other statements: 政府采购, 三公, vehicles and assets, staff, projects described, 机关运行经费
// and carried-over projects. Prepared data derives its totals, so a sum is checked where a document states
// it: in the narrative ("政府采购预算 122.30 万元，其中：…") or in a table (三公).
import type { Sentence } from '../check/document.ts';
import { roundToUnit, sumFen, type Fen } from '../model/money.ts';
import { cellLocation, figure, isPrinted, reportComparison } from './figures.ts';
import { carryoverProjects, currentProjects, listedProjectNames, listedProjects, projectLocation, projectMoney, projectTables, sameName } from './projects.ts';
import {
  AMOUNT,
  compareStated,
  Passage,
  reportAtMost,
  compareWithData,
  reportCount,
  statedSumBound,
  statementsAbout,
  textLocation,
  type Stated,
} from './stated.ts';
import { dataLine, readThreePublic } from './three-public.ts';
import { halfUnit, repeatedFigureBound, shown, sumBound, type Precision } from './tolerance.ts';
import type { Location, Rule, RuleContext } from './types.ts';

const FIRST = (p: Passage, re: RegExp) => {
  const m = p.find(re);
  return m ? p.amount(m) : undefined;
};

/** The narrative's sentences, or none when the document has no narrative. */
const narrativeOf = (ctx: RuleContext): readonly Sentence[] => ctx.doc.narrative ?? [];

/** With no statement to check: derived data passes; without data either, the rule cannot check. */
function nothingStated(ctx: RuleContext, what: string): void {
  if (!ctx.doc.disclosure) ctx.unchecked(`既无${what}的文字说明，也无数据 (neither a statement nor data)`);
}

// --- 政府采购 ---------------------------------------------------------------------------------------------
const procurementPart = (kind: string) => new RegExp(`(?:拟?购买|采购)?${kind}类?(?:政府采购)?(?:支出)?(?:预算)?(?:金额)?(?:为)?\\s*${AMOUNT}`);
const PROCUREMENT = {
  total: new RegExp(`(?<![物务程]类)政府采购(?:支出)?预算(?:总金额|总额)?(?:为)?\\s*${AMOUNT}`),
  goods: procurementPart('货物'),
  works: procurementPart('工程'),
  services: procurementPart('服务'),
  sme: new RegExp(`面向中小企业预留(?:政府采购)?(?:项目)?预算(?:金额)?(?:为)?\\s*${AMOUNT}`),
  small: new RegExp(`(?:小微|小型和微型)企业[^，。；]*?预算(?:金额)?(?:为)?\\s*${AMOUNT}`),
};

/** The statement of the total and the parts that follow it ("其中拟购买货物 59 万元…" may be the next sentence). */
function procurementStated(ctx: RuleContext) {
  const sentences = narrativeOf(ctx);
  for (const p of statementsAbout(sentences, /政府采购/)) {
    const total = FIRST(p, PROCUREMENT.total);
    if (!total) continue;
    const at = sentences.indexOf(total.sentence);
    const near = new Passage(sentences.slice(at, at + 4).filter((s) => s.section.join() === total.sentence.section.join()));
    const parts = { goods: FIRST(near, PROCUREMENT.goods), works: FIRST(near, PROCUREMENT.works), services: FIRST(near, PROCUREMENT.services) };
    return { total, parts };
  }
  return undefined;
}

function reservesStated(ctx: RuleContext) {
  for (const p of statementsAbout(narrativeOf(ctx), /中小企业|小微企业|小型和微型企业/)) {
    const sme = FIRST(p, PROCUREMENT.sme);
    if (sme) return { sme, small: FIRST(p, PROCUREMENT.small) };
  }
  return undefined;
}


// --- vehicles and assets -----------------------------------------------------------------------------------
const VEHICLE_TOTAL = new RegExp(`(?<!其他)(购置)?车辆\\s*([0-9]+)\\s*辆(?:[，,]?\\s*价值\\s*${AMOUNT})?`, 'g');
const VEHICLE_CATEGORY = new RegExp(`([\\u4e00-\\u9fa5]{2,12}?用车|其他车辆)\\s*([0-9]+)\\s*辆(?:[，,]?\\s*价值\\s*${AMOUNT})?`, 'g');

interface VehicleStatement {
  planned: boolean;
  count: { value: number; sentence: Sentence };
  value?: Stated;
  categories: { name: string; count: { value: number; sentence: Sentence }; value?: Stated }[];
}

function vehicleStatements(ctx: RuleContext): VehicleStatement[] {
  const out: VehicleStatement[] = [];
  for (const p of statementsAbout(narrativeOf(ctx), /车辆|用车/)) {
    const totals = p.findAll(VEHICLE_TOTAL);
    totals.forEach((m, k) => {
      const end = totals[k + 1]?.index ?? p.text.length;
      const categories = p
        .findAll(VEHICLE_CATEGORY)
        .filter((c) => c.index > m.index && c.index < end)
        .map((c) => ({ name: c[1]!, count: p.count(c, 2)!, ...(c[3] ? { value: p.amount(c, 3)! } : {}) }));
      out.push({ planned: m[1] === '购置', count: p.count(m, 2)!, ...(m[3] ? { value: p.amount(m, 3)! } : {}), categories });
    });
  }
  return out;
}

const NUMBER = String.raw`([0-9][0-9,]*(?:\.[0-9]+)?)`;
const sameDecimal = (a: string, b: string) => {
  const norm = (s: string) => {
    const [i = '0', f = ''] = s.replace(/,/g, '').split('.');
    return `${BigInt(i)}.${f.replace(/0+$/, '')}`;
  };
  return norm(a) === norm(b);
};

// --- staff -------------------------------------------------------------------------------------------------
const STAFF = {
  authorized: /编制(?:数|人数)?\s*(?:为)?\s*([0-9]+)/,
  total: /实有(?:人数|人员)?\s*(?:为)?\s*([0-9]+)\s*人/,
  inService: /在职(?:人员)?\s*([0-9]+)\s*人(?:[，,]?\s*(增加|减少)\s*([0-9]+)\s*人)?/,
  retired: /(?<!离)退休(?:人员)?\s*([0-9]+)\s*人(?:[，,]?\s*(增加|减少)\s*([0-9]+)\s*人)?/,
  separated: /离休(?:人员)?\s*([0-9]+)\s*人(?:[，,]?\s*(增加|减少)\s*([0-9]+)\s*人)?/,
};
type StaffPart = 'inService' | 'retired' | 'separated';
const STAFF_NAMES: Record<StaffPart, string> = { inService: '在职', retired: '退休', separated: '离休' };

function staffStatement(ctx: RuleContext) {
  for (const p of statementsAbout(narrativeOf(ctx), /实有人数|实有人员|编制数/)) {
    const at = (re: RegExp) => p.find(re);
    const total = at(STAFF.total);
    const authorized = at(STAFF.authorized);
    if (!total && !authorized) continue;
    const part = (k: StaffPart) => {
      const m = at(STAFF[k]);
      if (!m) return undefined;
      const change = m[2] ? (m[2] === '减少' ? -1 : 1) * Number(m[3]) : undefined;
      return { ...p.count(m)!, change };
    };
    return {
      total: total && p.count(total)!,
      authorized: authorized && p.count(authorized)!,
      parts: { inService: part('inService'), retired: part('retired'), separated: part('separated') },
    };
  }
  return undefined;
}

const dataLocation = (row: string): Location => ({ row });

export const statementRules: Rule[] = [
  {
    id: 'STM-PROCUREMENT-SUM',
    family: 'statements',
    severity: 'error',
    title: { zh: '政府采购预算 = 货物 + 工程 + 服务', en: 'Government procurement = goods + works + services' },
    check(ctx) {
      const stated = procurementStated(ctx);
      if (!stated) return nothingStated(ctx, '政府采购');
      const parts = Object.values(stated.parts).filter((s): s is Stated => s !== undefined);
      const what = { zh: '政府采购预算 = 货物 + 工程 + 服务', en: 'procurement = goods + works + services' };
      if (parts.length === 3) {
        compareStated(ctx, { stated: stated.total, what, expected: sumFen(parts.map((s) => s.fen)), bound: statedSumBound(parts, stated.total) });
        return;
      }
      const d = ctx.doc.disclosure ?? ctx.unchecked('未分别说明货物、工程、服务，也无数据 (parts neither stated nor in the data)');
      const { goods, works, services } = d.procurement;
      compareWithData(ctx, { stated: stated.total, what, exact: sumFen([goods, works, services]) });
    },
  },
  {
    id: 'STM-PROCUREMENT-RESERVE',
    family: 'statements',
    severity: 'error',
    title: { zh: '面向中小企业预留不超过政府采购预算，其中小微企业预留不超过中小企业预留', en: 'The SME reserve is at most the procurement total; the small/micro reserve at most the SME reserve' },
    check(ctx) {
      const d = ctx.doc.disclosure;
      const stated = reservesStated(ctx);
      const unit = ctx.doc.meta.unit;
      if (d) {
        const p = d.procurement;
        const total = sumFen([p.goods, p.works, p.services]);
        const at = (s: Stated | undefined, row: string) => (s ? textLocation(s.sentence) : dataLocation(row));
        reportAtMost(ctx, { location: at(stated?.sme, '面向中小企业预留'), what: { zh: '面向中小企业预留 ≤ 政府采购预算', en: 'SME reserve ≤ procurement total' }, limit: total, actual: p.smeReserve, bound: 0, unit });
        reportAtMost(ctx, { location: at(stated?.small, '小微企业预留'), what: { zh: '小微企业预留 ≤ 面向中小企业预留', en: 'small/micro reserve ≤ SME reserve' }, limit: p.smeReserve, actual: p.smallMicroReserve, bound: 0, unit });
        if (stated) {
          compareWithData(ctx, { stated: stated.sme, what: { zh: '所述面向中小企业预留金额', en: 'the stated SME reserve' }, exact: p.smeReserve });
          if (stated.small) compareWithData(ctx, { stated: stated.small, what: { zh: '所述小微企业预留金额', en: 'the stated small/micro reserve' }, exact: p.smallMicroReserve });
        }
        return;
      }
      if (!stated) return ctx.unchecked('既无预留金额的文字说明，也无数据 (neither a statement nor data)');
      const total = procurementStated(ctx)?.total;
      const at = (s: Stated): Location => textLocation(s.sentence);
      if (total) reportAtMost(ctx, { location: at(stated.sme), what: { zh: '面向中小企业预留 ≤ 政府采购预算', en: 'SME reserve ≤ procurement total' }, limit: total.fen, actual: stated.sme.fen, bound: 0, unit });
      if (stated.small) reportAtMost(ctx, { location: at(stated.small), what: { zh: '小微企业预留 ≤ 面向中小企业预留', en: 'small/micro reserve ≤ SME reserve' }, limit: stated.sme.fen, actual: stated.small.fen, bound: 0, unit });
    },
  },
  {
    id: 'STM-THREE-PUBLIC-TABLE',
    family: 'statements',
    severity: 'error',
    title: { zh: '“三公”经费表与数据一致', en: 'The 三公 table agrees with the data' },
    check(ctx) {
      const d = ctx.doc.disclosure ?? ctx.unchecked('没有数据 (no prepared data)');
      const tp = readThreePublic(ctx.doc);
      if (!tp) {
        if (!ctx.doc.template?.tables.some((t) => t.key === 'three_public_expenses')) return ctx.notApplicable('模板没有“三公”经费表 (no 三公 table in the template)');
        return ctx.unchecked('缺少“三公”经费表 (the 三公 table is missing)');
      }
      for (const group of tp.groups) {
        for (const [line, cell] of group) {
          reportComparison(ctx, {
            location: cell.location,
            what: { zh: '“三公”经费表印刷数与数据', en: 'the 三公 table against the data' },
            expected: roundToUnit(dataLine(d, line, cell.funds), tp.table.unit),
            actual: cell.fen,
            bound: 0,
            unit: tp.table.unit,
          });
        }
      }
    },
  },
  {
    id: 'STM-VEHICLES',
    family: 'statements',
    severity: 'error',
    title: { zh: '车辆分类数量、价值合计等于所述总数；计划购置车辆须有公务用车购置费', en: 'Vehicle categories add up to the stated total; a planned purchase needs 公务用车购置费' },
    check(ctx) {
      const d = ctx.doc.disclosure;
      const statements = vehicleStatements(ctx);
      if (statements.length === 0) nothingStated(ctx, '车辆');
      const unit = ctx.doc.meta.unit;
      for (const s of statements) {
        const what = s.planned ? { zh: '计划购置车辆', en: 'planned vehicles' } : { zh: '车辆', en: 'vehicles' };
        if (s.categories.length) {
          reportCount(ctx, {
            location: textLocation(s.count.sentence),
            what: { zh: `${what.zh}总数 = 各类车辆数之和`, en: `${what.en}: total = sum of categories` },
            expected: s.categories.reduce((a, c) => a + c.count.value, 0),
            actual: s.count.value,
            unitWord: '辆',
          });
          const values = s.categories.map((c) => c.value);
          if (s.value && values.every((v) => v !== undefined)) {
            compareStated(ctx, { stated: s.value, what: { zh: '车辆价值 = 各类车辆价值之和', en: 'vehicle value = sum of categories' }, expected: sumFen(values.map((v) => v!.fen)), bound: statedSumBound(values as Stated[], s.value) });
          }
        }
        if (!d) continue;
        if (s.planned) {
          reportCount(ctx, { location: textLocation(s.count.sentence), what: { zh: '所述计划购置车辆数', en: 'stated planned vehicles' }, expected: d.assets.planned.vehicles, actual: s.count.value, unitWord: '辆' });
          continue;
        }
        const held = d.assets.vehicles;
        reportCount(ctx, { location: textLocation(s.count.sentence), what: { zh: '所述车辆总数', en: 'stated number of vehicles' }, expected: held.reduce((a, v) => a + v.count, 0), actual: s.count.value, unitWord: '辆' });
        if (s.value) compareWithData(ctx, { stated: s.value, what: { zh: '所述车辆总价值', en: 'stated value of vehicles' }, exact: sumFen(held.map((v) => v.value)) });
        for (const c of s.categories) {
          const data = held.find((v) => sameName(v.category, c.name));
          reportCount(ctx, { location: textLocation(c.count.sentence), what: { zh: `所述${c.name}数量`, en: `stated ${c.name} count` }, expected: data?.count ?? 0, actual: c.count.value, unitWord: '辆' });
          if (c.value) compareWithData(ctx, { stated: c.value, what: { zh: `所述${c.name}价值`, en: `stated ${c.name} value` }, exact: data?.value ?? 0 });
        }
      }
      if (!d) return;
      for (const v of d.assets.vehicles) {
        if (v.value < 0) ctx.report({ message: { zh: `${v.category}价值为负数 ${shown(v.value, unit)}`, en: `${v.category}: negative value ${shown(v.value, unit)}` }, location: dataLocation(v.category), actual: shown(v.value, unit) });
      }
      const purchase = dataLine(d, 'purchase', ['general', 'gov_fund', 'state_capital']);
      if (d.assets.planned.vehicles > 0 && purchase === 0) {
        ctx.report({
          severity: 'warning',
          message: {
            zh: `计划购置车辆 ${d.assets.planned.vehicles} 辆，但“三公”经费未安排公务用车购置费`,
            en: `${d.assets.planned.vehicles} vehicles are to be bought, but the 三公 statement has no 公务用车购置费`,
          },
          location: readThreePublic(ctx.doc)?.groups[0]?.get('purchase')?.location ?? dataLocation('公务用车购置费'),
          expected: '> 0.00',
          actual: shown(purchase, unit),
        });
      }
    },
  },
  {
    id: 'STM-ASSETS',
    family: 'statements',
    severity: 'error',
    title: { zh: '国有资产数额非负，所述数额与数据一致、合计相符', en: 'Asset values are non-negative; stated figures agree with the data and add up' },
    check(ctx) {
      const d = ctx.doc.disclosure;
      const unit = ctx.doc.meta.unit;
      let stated = 0;
      for (const p of statementsAbout(narrativeOf(ctx), /资产|房屋|大型设备|单价/)) {
        const building = p.find(new RegExp(`房屋\\s*${NUMBER}\\s*平方米(?:[，,]?\\s*价值\\s*${AMOUNT})?`));
        const furniture = p.find(new RegExp(`办公家具(?:价值)?\\s*${AMOUNT}`));
        const other = p.find(new RegExp(`其他资产(?:价值)?\\s*${AMOUNT}`));
        const total = p.find(new RegExp(`(?:国有)?资产(?:总额|总值|合计)\\s*(?:为)?\\s*${AMOUNT}`));
        const planned = /购置/.test(p.text);
        const over500k = p.find(/(?<![0-9.])50\s*万元(?:（含）|\(含\))?以上[^，。；0-9]*?([0-9]+)\s*台/);
        const over1m = p.find(/(?<![0-9.])100\s*万元(?:（含）|\(含\))?以上[^，。；0-9]*?([0-9]+)\s*台/);
        stated += [building, furniture, other, total, over500k, over1m].filter(Boolean).length;
        if (!d) continue;
        const a = d.assets;
        if (building) {
          const area = p.count(building)!;
          if (!sameDecimal(building[1]!, a.buildings.area)) {
            ctx.report({
              message: { zh: `所述房屋面积 ${building[1]} 平方米，数据为 ${a.buildings.area} 平方米`, en: `stated building area ${building[1]} m², the data ${a.buildings.area} m²` },
              location: textLocation(area.sentence),
              expected: a.buildings.area,
              actual: building[1]!,
            });
          }
          if (building[2]) {
            const v = p.amount(building, 2)!;
            compareWithData(ctx, { stated: v, what: { zh: '所述房屋价值', en: 'stated building value' }, exact: a.buildings.value });
          }
        }
        if (furniture) {
          const v = p.amount(furniture)!;
          compareWithData(ctx, { stated: v, what: { zh: '所述办公家具价值', en: 'stated furniture value' }, exact: a.furniture });
        }
        if (other) {
          const v = p.amount(other)!;
          compareWithData(ctx, { stated: v, what: { zh: '所述其他资产价值', en: 'stated other assets' }, exact: a.other });
        }
        if (total) {
          const v = p.amount(total)!;
          const parts = [a.buildings.value, ...a.vehicles.map((x) => x.value), a.furniture, a.other];
          compareWithData(ctx, { stated: v, what: { zh: '所述资产总额 = 各项资产之和', en: 'stated total assets = sum of the holdings' }, exact: sumFen(parts) });
        }
        const equipment: [RegExpExecArray | undefined, number, string][] = [
          [over500k, planned ? a.planned.over500k : a.largeEquipment.over500k, '50 万元以上设备'],
          [over1m, planned ? a.planned.over1m : a.largeEquipment.over1m, '100 万元以上设备'],
        ];
        for (const [m, expected, name] of equipment) {
          if (!m) continue;
          const c = p.count(m)!;
          reportCount(ctx, { location: textLocation(c.sentence), what: { zh: `所述${planned ? '计划购置' : ''}${name}台数`, en: `stated ${planned ? 'planned ' : ''}equipment (${name})` }, expected, actual: c.value, unitWord: '台' });
        }
      }
      if (!d) {
        if (stated === 0) ctx.unchecked('既无国有资产的文字说明，也无数据 (neither a statement nor data)');
        return;
      }
      const a = d.assets;
      const values: [string, Fen][] = [['房屋价值', a.buildings.value], ['办公家具价值', a.furniture], ['其他资产价值', a.other], ...a.vehicles.map((v): [string, Fen] => [`${v.category}价值`, v.value])];
      for (const [name, v] of values) {
        if (v < 0) ctx.report({ message: { zh: `${name}为负数 ${shown(v, unit)}`, en: `${name}: negative value ${shown(v, unit)}` }, location: dataLocation(name), actual: shown(v, unit) });
      }
      if (a.buildings.area.startsWith('-')) ctx.report({ message: { zh: `房屋面积为负数 ${a.buildings.area}`, en: `negative building area ${a.buildings.area}` }, location: dataLocation('房屋面积'), actual: a.buildings.area });
    },
  },
  {
    id: 'STM-STAFF-TOTAL',
    family: 'statements',
    severity: 'error',
    title: { zh: '实有人数 = 在职 + 退休 + 离休', en: 'Staff on the books = in service + retired + separated' },
    check(ctx) {
      const s = staffStatement(ctx);
      const d = ctx.doc.disclosure;
      if (!s || (!s.total && Object.values(s.parts).every((p) => !p))) return nothingStated(ctx, '人员');
      const parts = (['inService', 'retired', 'separated'] as const).map((k) => [k, s.parts[k]] as const);
      if (s.total && parts.every(([, p]) => p)) {
        reportCount(ctx, { location: textLocation(s.total.sentence), what: { zh: '实有人数 = 在职 + 退休 + 离休', en: 'staff = in service + retired + separated' }, expected: parts.reduce((a, [, p]) => a + p!.value, 0), actual: s.total.value, unitWord: '人' });
      }
      if (!d) return;
      const staff = d.overview.staffing;
      if (s.total) {
        const expected = staff.inService.count + staff.retired.count + staff.separated.count;
        reportCount(ctx, { location: textLocation(s.total.sentence), what: { zh: '所述实有人数', en: 'stated staff on the books' }, expected, actual: s.total.value, unitWord: '人' });
      }
      for (const [k, p] of parts) {
        if (!p) continue;
        reportCount(ctx, { location: textLocation(p.sentence), what: { zh: `所述${STAFF_NAMES[k]}人数`, en: `stated ${k} count` }, expected: staff[k].count, actual: p.value, unitWord: '人' });
        if (p.change !== undefined) reportCount(ctx, { location: textLocation(p.sentence), what: { zh: `所述${STAFF_NAMES[k]}人数增减`, en: `stated change of ${k}` }, expected: staff[k].change, actual: p.change, unitWord: '人' });
      }
    },
  },
  {
    id: 'STM-STAFF-AUTHORIZED',
    family: 'statements',
    severity: 'warning',
    title: { zh: '在职人数超过编制数须关注', en: 'More staff in service than authorized posts is worth a look' },
    check(ctx) {
      const s = staffStatement(ctx);
      const d = ctx.doc.disclosure;
      const authorized = d?.overview.staffing.authorized ?? s?.authorized?.value;
      const inService = d?.overview.staffing.inService.count ?? s?.parts.inService?.value;
      if (authorized === undefined || inService === undefined) return ctx.unchecked('未说明编制数或在职人数 (authorized posts or staff in service not stated)');
      const location = s?.authorized ? textLocation(s.authorized.sentence) : dataLocation('编制数');
      // A stated figure that differs from the data is a wrong figure, not a question: an error.
      if (d && s?.authorized) {
        reportCount(ctx, { location, what: { zh: '所述编制数', en: 'stated authorized posts' }, expected: d.overview.staffing.authorized, actual: s.authorized.value, unitWord: '人', severity: 'error' });
      }
      if (inService > authorized) {
        ctx.report({
          message: { zh: `在职 ${inService} 人，超过编制数 ${authorized} 人`, en: `${inService} in service exceed the ${authorized} authorized posts` },
          location,
          expected: `≤ ${authorized}`,
          actual: String(inService),
          difference: String(inService - authorized),
        });
      }
    },
  },
  {
    id: 'STM-PROJECT-COUNT',
    family: 'statements',
    severity: 'error',
    title: { zh: '项目支出情况说明逐项说明的项目与项目支出表所列一致', en: 'The projects the narrative describes are those the project table lists' },
    check(ctx) {
      const sentences = ctx.doc.narrative ?? ctx.unchecked('没有情况说明文字 (no narrative)');
      const listed = listedProjectNames(ctx.doc);
      const text = new Passage(sentences.filter((s) => !s.section.some((h) => /绩效/.test(h))));
      const described = text.findAll(/项目名称[:：]/);
      const stated = text.findAll(/(?:共有|共计|共安排|安排)(?:预算)?项目\s*(?:共)?\s*([0-9]+)\s*个|项目共\s*([0-9]+)\s*个/);
      if (described.length === 0 && stated.length === 0) ctx.notApplicable('情况说明未逐项说明项目，也未说明项目个数 (no project described or counted)');
      if (projectTables(ctx.doc).length === 0 && !ctx.doc.tables.some((t) => t.key === 'general_budget_project_expenditure')) {
        ctx.unchecked('没有项目支出表 (no project table)');
      }
      // A stated count is of every project funded this year where the data says so, else of those listed.
      const d = ctx.doc.disclosure;
      const count = d ? currentProjects(d).length : listed.length;
      for (const m of stated) {
        const c = text.count(m, m[1] !== undefined ? 1 : 2)!;
        reportCount(ctx, { location: textLocation(c.sentence), what: { zh: '所述项目个数', en: 'stated number of projects' }, expected: count, actual: c.value, unitWord: '个' });
      }
      if (described.length === 0) return;
      const names = described.map((m) => {
        const rest = text.text.slice(m.index + m[0].length);
        return { name: listed.find((n) => rest.replace(/\s+/g, '').startsWith(n.replace(/\s+/g, ''))), sentence: text.sentenceAt(m.index), rest };
      });
      reportCount(ctx, {
        location: textLocation(names[0]!.sentence),
        what: { zh: '逐项说明的项目个数 = 项目支出表所列项目个数', en: 'projects described = projects listed' },
        expected: listed.length,
        actual: described.length,
        unitWord: '个',
      });
      for (const n of names) {
        if (n.name) continue;
        const shownName = n.rest.slice(0, 30);
        ctx.report({
          message: { zh: `说明的项目“${shownName}…”不在项目支出表中`, en: `the described project "${shownName}…" is not in the project table` },
          location: textLocation(n.sentence),
        });
      }
      for (const name of listed) {
        if (names.some((n) => n.name === name)) continue;
        const cell = listedProjects(ctx.doc).find((c) => sameName(c.row.project!, name))!;
        ctx.report({
          message: { zh: `项目支出表所列项目“${name}”在情况说明中没有逐项说明`, en: `the listed project "${name}" is not described in the narrative` },
          location: projectLocation(cell),
        });
      }
    },
  },
  {
    id: 'STM-OPERATING-PUBLIC',
    family: 'statements',
    severity: 'error',
    title: { zh: '机关运行经费不超过财政拨款基本支出中的公用经费', en: '机关运行经费 is at most the fiscal public costs of basic spending' },
    check(ctx) {
      // Public costs of basic spending from fiscal funds, from the tables' total rows.
      let limit = 0;
      let read = 0;
      let addends = 0; // non-blank cells: a blank is an exact zero
      let location: Location | undefined;
      let unit = ctx.doc.meta.unit;
      const roles = ctx.doc.tables.some((t) => t.roles.includes('fiscal.public')) ? ['fiscal.public'] : ['general_budget.public', 'gov_fund_budget.public', 'state_capital_budget.public'];
      for (const role of roles) {
        const table = ctx.doc.tables.find((t) => t.roles.includes(role) && t.rows.length > 0);
        const total = table?.rows.find((r) => r.level === 0 && r.code === '' && !r.pair);
        if (!table || !total) continue;
        const col = table.roles.indexOf(role);
        limit += figure(table, total, col);
        read++;
        if (isPrinted(table, total, col)) addends++;
        location ??= cellLocation(table, total, col);
        unit = table.unit;
      }
      if (read === 0 || !location) ctx.unchecked('没有列示公用经费的基本支出表 (no basic-spending table with public costs)');
      // 机关运行经费 of an administrative body is its public costs: printed elsewhere it repeats the cell (or the
      // cells' sum), so rounding explains only the n half-units of the addends and, across units or precisions,
      // half of the coarser last digit; the exact amount of the data may be off the n printed cells by n half-units.
      const against = (printed: Precision): Fen => repeatedFigureBound(printed, { unit }) + sumBound(addends, unit);
      const figures: { fen: Fen; bound: Fen; location: Location }[] = [];
      const d = ctx.doc.disclosure;
      if (d) figures.push({ fen: d.operatingCosts, bound: addends * halfUnit(unit), location: dataLocation('机关运行经费') });
      const tp = readThreePublic(ctx.doc);
      const cell = tp?.groups[0]?.get('operating');
      if (cell && tp) figures.push({ fen: cell.fen, bound: against({ unit: tp.table.unit }), location: cell.location });
      for (const p of statementsAbout(narrativeOf(ctx), /机关运行经费|运行经费/)) {
        const m = p.find(new RegExp(`机关运行经费[^，。；0-9]*?${AMOUNT}`));
        if (!m) continue;
        const s = p.amount(m)!;
        figures.push({ fen: s.fen, bound: against(s), location: textLocation(s.sentence) });
        break;
      }
      if (figures.length === 0) ctx.unchecked('未说明机关运行经费 (no 机关运行经费 stated)');
      for (const f of figures) {
        reportAtMost(ctx, { location: f.location, what: { zh: '机关运行经费 ≤ 公用经费', en: '机关运行经费 ≤ public costs' }, limit, actual: f.fen, bound: f.bound, unit });
      }
    },
  },
  {
    id: 'STM-CARRYOVER-USE',
    family: 'statements',
    severity: 'warning',
    title: { zh: '每个上年结转结余项目都说明了用途', en: 'Every carried-over project states what the money is for' },
    check(ctx) {
      const d = ctx.doc.disclosure;
      const rows = carryoverProjects(ctx.doc);
      const carried = d ? d.projects.filter((p) => projectMoney(d, p.id, ['carryover']) !== 0) : [];
      if (rows.length === 0 && carried.length === 0) {
        if (!d && !ctx.doc.tables.some((t) => t.key === 'carryover_detail')) ctx.unchecked('没有上年结转结余表，也无数据 (no carry-over table or data)');
        ctx.notApplicable('没有上年结转结余项目 (no carried-over project)');
      }
      for (const p of carried) {
        if (p.carryoverUse?.trim()) continue;
        const row = rows.find((r) => sameName(r.row.name, p.name));
        ctx.report({
          message: { zh: `上年结转结余项目“${p.name}”没有说明用途`, en: `carried-over project "${p.name}" states no use` },
          location: row ? cellLocation(row.table, row.row, row.col) : dataLocation(p.name),
        });
      }
      const sentences = ctx.doc.narrative;
      if (!sentences) return;
      const section = sentences.filter((s) => s.section.some((h) => /结转/.test(h)));
      if (section.length === 0) return;
      const text = new Passage(section);
      for (const r of rows) {
        const name = r.row.name;
        const at = text.text.replace(/\s+/g, '').indexOf(name.replace(/\s+/g, ''));
        const after = at < 0 ? '' : text.text.replace(/\s+/g, '').slice(at, at + name.length + 40);
        if (at >= 0 && /用于/.test(after)) continue;
        ctx.report({
          message: {
            zh: at < 0 ? `上年结转结余项目“${name}”在结转结余说明中未提及` : `上年结转结余项目“${name}”在结转结余说明中没有说明用途`,
            en: at < 0 ? `carried-over project "${name}" is not mentioned in the carry-over statement` : `carried-over project "${name}": the carry-over statement gives no use`,
          },
          location: cellLocation(r.table, r.row, r.col),
        });
      }
    },
  },
];

