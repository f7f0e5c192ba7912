// Jiangsu's 12-table provincial department budget template (部门预算表), amounts in 万元.
// Titles, numbering (表一 … 表十二), columns and order as printed in the 2017 budgets of the 江苏省政协办公厅,
// 省高级人民法院, 省人民检察院 and 省人大常委会办公厅 (corpus: 2017_jiangsu_*.pdf): every table in 万元 with
// two decimals, zero cells blank, no numbering row, the 合计 row above the rows, no year in the titles
// (except 政府采购预算表). Spending splits into 基本支出, 项目支出 and 单位预留机动经费 (kind 'reserve').
// 表二 is a list of income by source (view income_list), 表三 a single unlabelled row of totals. What the
// views cannot print as Jiangsu does is listed in docs/templates.md.
import type { ColumnSpec, HeaderNode, Template } from './template.ts';

const leaf = (label: string): HeaderNode => ({ label });
const group = (label: string, ...children: HeaderNode[]): HeaderNode => ({ label, children });

/** 功能科目代码 (one column, 201 / 20102 / 2010201) and 功能科目名称. */
const funcHeader = [leaf('功能科目代码'), leaf('功能科目名称')];
const funcLabels = ['功能科目代码', '功能科目名称'];
/** 科目编码 (economic 类/款 in one column) and 科目名称. */
const econHeader = [leaf('科目编码'), leaf('科目名称')];
const econLabels = ['科目编码', '科目名称'];
const amount: ColumnSpec[] = [{ label: '金额' }];

/** 基本支出 (人员经费 and 公用经费), 项目支出, 单位预留机动经费. */
const basic = { kinds: ['personnel', 'public'] } as const;
/** The 支出用途 side of 表一 and 表四. */
const useLines = [
  { label: '一、基本支出', filter: basic },
  { label: '二、项目支出', filter: { kinds: ['project'] } },
  { label: '三、单位预留机动经费', filter: { kinds: ['reserve'] } },
] as const;

export const jiangsu12: Template = {
  id: 'jiangsu-12',
  jurisdiction: 'jiangsu',
  name: '江苏省省级部门预算公开表（12 张，2017 年格式）',
  stage: 'budget',
  unit: '万元',
  decimals: 2,
  blankZero: true,
  // The 2017 format: 部门概况, the tables, 情况说明 table by table, 名词解释 — no 国有资产 and no 绩效目标 part.
  sectionsNotRequired: ['DOC-SECTION-ASSETS', 'DOC-SECTION-PERFORMANCE'],
  // 表一 lists the twenty function 类 of the 2017 classification, with or without amounts.
  functionClasses: [
    '201', '202', '203', '204', '205', '206', '207', '208', '210', '211', '212', '213', '214', '215', '216', '217',
    '220', '221', '222', '229',
  ],
  tables: [
    {
      number: 1,
      key: 'income_expenditure_summary',
      title: '收支预算总表',
      aliases: ['部门收支预算总表'],
      view: 'paired_summary',
      header: [group('收入', leaf('项目名称'), leaf('金额')), group('支出', group('功能分类', leaf('功能科目名称'), leaf('金额')))],
      labelColumns: ['项目名称', '功能科目名称'],
      columns: [{ label: '收入金额' }, { label: '支出金额' }],
      numbered: false,
      incomeLines: [
        { label: '一、财政拨款', sources: ['fiscal'] },
        { label: '1.一般公共预算', sources: ['general_budget'] },
        { label: '2.政府性基金预算', sources: ['gov_fund_budget'] },
        { label: '二、财政专户管理资金', sources: ['special_account'] },
        { label: '三、其他资金', sources: ['unit_funds'] },
        // 当年收入小计 and 上年结转资金 print under the 类, beside 当年支出小计 and 结转下年资金; the view
        // places income lines beside the first 类 only, and an unnumbered line there would read as a part
        // of 三、其他资金. 收入合计 includes the carry-over (checked as ≤ against the lines).
      ],
      incomeTotal: { label: '收入合计', sources: ['all'] },
      expenditureTotalLabel: '支出合计',
      classRows: 'listed',
      classLabel: 'ordinal',
      useLines,
      subtotalLines: [
        { income: '当年收入小计', expenditure: '当年支出小计' },
        { income: '上年结转资金', expenditure: '结转下年资金' },
      ],
    },
    {
      number: 2,
      key: 'income_summary',
      title: '收入预算总表',
      aliases: ['部门收入预算总表'],
      view: 'income_list',
      header: [leaf('项目名称'), leaf('金额')],
      labelColumns: ['项目名称'],
      columns: amount,
      numbered: false,
      // The sources the disclosure models; 专项收入, 专户管理教育收费 and 债务资金 it does not split out.
      lines: [
        { label: '收入总计', sources: ['all'], level: 0 },
        { group: '一般公共预算资金', label: '小计', sources: ['general_budget'], level: 1 },
        { label: '公共财政拨款(补助)资金', sources: ['general_budget'], level: 2 },
        { label: '专项收入', sources: [], level: 2 },
        { group: '政府性基金', label: '小计', sources: ['gov_fund_budget'], level: 1 },
        { group: '财政转专户管理资金', groupAliases: ['财政专户管理资金'], label: '小计', sources: ['special_account'], level: 1 },
        { label: '专户管理教育收费', sources: [], level: 2 },
        { label: '其他非税收入', sources: ['special_account'], level: 2 },
        { group: '其他资金', label: '小计', sources: ['unit_funds'], level: 1 },
        { label: '事业收入', sources: ['unit_business'], level: 2 },
        { label: '经营收入', sources: ['unit_operating'], level: 2 },
        { label: '其他收入', sources: ['unit_other', 'unit_superior', 'unit_subordinate'], level: 2 },
        { label: '债务资金(银行贷款)', sources: [], level: 2 },
        { group: '上年结转和结余资金', label: '小计', sources: ['carryover'], level: 1 },
        { label: '其中：动用上年结转和结余资金', sources: ['carryover'], level: 2 },
      ],
    },
    {
      number: 3,
      key: 'expenditure_summary',
      title: '支出预算总表',
      aliases: ['部门支出预算总表'],
      view: 'by_function',
      // one unlabelled row under the column headers: the department's totals
      rows: 'total_only',
      header: [leaf('合计'), leaf('基本支出'), leaf('项目支出'), leaf('单位预留机动经费'), leaf('结转下年资金')],
      labelColumns: [],
      columns: [
        { label: '合计' },
        { label: '基本支出', filter: basic },
        { label: '项目支出', filter: { kinds: ['project'] } },
        { label: '单位预留机动经费', filter: { kinds: ['reserve'] } },
        // spending carried into next year: a budget plans none (printed blank)
        { label: '结转下年资金', unmodelled: 'next_year_carryover' },
      ],
      numbered: false,
    },
    {
      number: 4,
      key: 'fiscal_summary',
      title: '财政拨款收支预算总表',
      aliases: ['部门财政拨款收支预算总表'],
      view: 'paired_summary',
      header: [group('收入', leaf('项目名称'), leaf('金额')), group('支出', leaf('项目名称'), leaf('金额'))],
      labelColumns: ['项目名称', '项目名称'],
      columns: [{ label: '收入金额' }, { label: '支出金额' }],
      numbered: false,
      filter: { sources: ['fiscal'] },
      incomeLines: [
        { label: '一、一般公共预算', sources: ['general_budget'] },
        { label: '二、政府性基金预算', sources: ['gov_fund_budget'] },
      ],
      incomeTotal: { label: '收入合计', sources: ['fiscal'] },
      expenditureTotalLabel: '支出合计',
      classRows: 'with_amounts',
      classLabel: 'ordinal',
      useLines,
    },
    {
      number: 5,
      key: 'fiscal_expenditure',
      title: '财政拨款支出预算表',
      view: 'by_function',
      header: [...funcHeader, leaf('金额')],
      labelColumns: funcLabels,
      columns: amount,
      numbered: false,
      filter: { sources: ['fiscal'] },
      totalLabel: '合计',
    },
    {
      number: 6,
      key: 'fiscal_basic_expenditure',
      title: '财政拨款基本支出预算表',
      view: 'by_economic',
      header: [...econHeader, leaf('金额')],
      labelColumns: econLabels,
      columns: amount,
      numbered: false,
      filter: { sources: ['fiscal'], ...basic },
      totalLabel: '合计',
    },
    {
      number: 7,
      key: 'gov_fund_expenditure',
      title: '财政拨款政府性基金支出预算表',
      aliases: ['政府性基金支出预算表'],
      view: 'by_function',
      header: [...funcHeader, leaf('金额')],
      labelColumns: funcLabels,
      columns: amount,
      numbered: false,
      filter: { sources: ['gov_fund_budget'] },
      totalLabel: '合计',
      emptyNote: '注：我单位无{year}年政府性基金支出安排。',
    },
    {
      number: 8,
      key: 'general_budget_expenditure',
      title: '一般公共预算支出预算表',
      view: 'by_function',
      header: [...funcHeader, leaf('金额')],
      labelColumns: funcLabels,
      columns: amount,
      numbered: false,
      filter: { sources: ['general_budget'] },
      totalLabel: '合计',
    },
    {
      number: 9,
      key: 'general_budget_basic_expenditure',
      title: '一般公共预算基本支出预算表',
      view: 'by_economic',
      header: [...econHeader, leaf('金额')],
      labelColumns: econLabels,
      columns: amount,
      numbered: false,
      filter: { sources: ['general_budget'], ...basic },
      totalLabel: '合计',
    },
    {
      number: 10,
      // 机关运行经费 by economic 类/款. The model keeps 机关运行经费 as one amount (operatingCosts), so a
      // disclosure prints the general budget's 公用经费 here — see docs/templates.md; the checks read the
      // column as 机关运行经费 (which counts project money too), not as 公用经费.
      key: 'operating_costs',
      title: '一般公共预算机关运行经费支出预算表',
      view: 'by_economic',
      header: [...econHeader, leaf('机关运行经费支出')],
      labelColumns: econLabels,
      columns: [{ label: '机关运行经费支出', role: 'operating_costs' }],
      numbered: false,
      filter: { sources: ['general_budget'], kinds: ['public'] },
      totalLabel: '合计',
    },
    {
      number: 11,
      key: 'three_public_expenses',
      title: '“三公”经费、会议费、培训费支出预算表（一般公共预算）',
      aliases: ['一般公共预算“三公”经费、会议费、培训费支出预算表', '“三公”经费、会议费、培训费支出预算表'],
      view: 'three_public',
      layout: 'single_row',
      header: [
        leaf('合计'),
        group(
          '“三公”经费',
          leaf('小计'),
          leaf('因公出国（境）费'),
          group('公务用车购置及运行维护费', leaf('小计'), leaf('公务用车购置费'), leaf('公务用车运行维护费')),
          leaf('公务接待费'),
        ),
        leaf('会议费'),
        leaf('培训费'),
      ],
      labelColumns: [],
      columns: [
        { label: '合计' },
        { label: '“三公”经费小计' },
        { label: '因公出国（境）费' },
        { label: '公务用车购置及运行维护费小计' },
        { label: '公务用车购置费' },
        { label: '公务用车运行维护费' },
        { label: '公务接待费' },
        { label: '会议费' },
        { label: '培训费' },
      ],
      // "（一般公共预算）": the general budget only.
      funds: ['general'],
      lines: [
        { label: '合计', items: ['abroad', 'vehiclePurchase', 'vehicleOperation', 'reception', 'meetingCosts', 'trainingCosts'] },
        { label: '“三公”经费小计', items: ['abroad', 'vehiclePurchase', 'vehicleOperation', 'reception'] },
        { label: '因公出国（境）费', items: ['abroad'] },
        { label: '公务用车购置及运行维护费小计', items: ['vehiclePurchase', 'vehicleOperation'] },
        { label: '公务用车购置费', items: ['vehiclePurchase'] },
        { label: '公务用车运行维护费', items: ['vehicleOperation'] },
        { label: '公务接待费', items: ['reception'] },
        { label: '会议费', items: ['meetingCosts'] },
        { label: '培训费', items: ['trainingCosts'] },
      ],
      numbered: false,
    },
    {
      number: 12,
      key: 'procurement',
      title: '{year}年政府采购预算表',
      aliases: ['政府采购预算表', '政府采购支出预算表'],
      view: 'procurement',
      // Printed: 采购品目大类, 专项名称, 经济科目, 采购物品名称, 采购组织形式, 总计 — the statement has only the
      // 品目大类 totals, so the detail columns are left out (docs/templates.md).
      header: [leaf('采购品目大类'), leaf('总计')],
      labelColumns: ['采购品目大类'],
      columns: [{ label: '总计' }],
      numbered: false,
      lines: [
        { label: '一、货物A', items: ['goods'] },
        { label: '二、工程B', items: ['works'] },
        { label: '三、服务C', items: ['services'] },
      ],
      totalLabel: '合计',
    },
  ],
};
