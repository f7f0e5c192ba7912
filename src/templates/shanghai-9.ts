// Shanghai's 9-table district department budget template (区级部门预算, 部门预算表), amounts in 元.
// Titles, header cells and columns as in the workbook 上海市普陀区 gives its departments for 2026
// (sheets 部门收支总表 … 部门“三公”经费和机关运行费预算表) and as printed in the 2025 budget of
// 上海市普陀区人民政府办公室: every table in 元 with two decimals except the 三公 table in 万元, zero
// cells blank, the 合计 row under the rows, the title led by the year, no numbering row.
// Income-line labels follow the 2026 workbook; the 2025 documents print "1. 一般公共预算资金",
// "2. 政府性基金" (表1) and "一、一般公共预算资金", "二、政府性基金" (表4) — see docs/templates.md.
import type { FundGroup, FundSource } from '../model/fund-source.ts';
import type { ColumnSpec, HeaderNode, Template } from './template.ts';

const leaf = (label: string): HeaderNode => ({ label });
const group = (label: string, ...children: HeaderNode[]): HeaderNode => ({ label, children });

/** 项目 over the function code (类/款/项) and name columns. */
const funcItem = group('项目', group('功能分类科目编码', leaf('类'), leaf('款'), leaf('项')), leaf('功能分类科目名称'));
const funcLabels = ['类', '款', '项', '功能分类科目名称'];

/** 合计 / 基本支出 / 项目支出 (表3, 5, 6, 7). */
const basicProjectColumns: ColumnSpec[] = [
  { label: '合计' },
  { label: '基本支出', filter: { kinds: ['personnel', 'public'] } },
  { label: '项目支出', filter: { kinds: ['project'] } },
];
const basicProjectHeader = (heading: string): HeaderNode[] => [funcItem, group(heading, leaf('合计'), leaf('基本支出'), leaf('项目支出'))];

/**
 * 其他收入: "除上述“财政拨款收入”、“事业收入”、“事业单位经营收入”等以外的收入" (名词解释) — every other
 * source of this year's income. Carry-overs are not income: the form has no line for them.
 */
const otherIncome: readonly (FundSource | FundGroup)[] = ['special_account', 'unit_superior', 'unit_subordinate', 'unit_other'];

const emptyFundNote = (fund: string) => `注:本部门{year}年无${fund}财政拨款安排的预算，故本表为空表。`;

export const shanghai9: Template = {
  id: 'shanghai-9',
  jurisdiction: 'shanghai',
  name: '上海市区级部门预算表（9 张，普陀区 2026 年格式）',
  stage: 'budget',
  scope: 'department',
  unit: '元',
  decimals: 2,
  blankZero: true,
  // The two-sided tables list only the 类 with amounts (classRows 'with_amounts'), so no list is needed.
  functionClasses: [],
  goalWeightTotal: 100,
  tables: [
    {
      number: 1,
      key: 'income_expenditure_summary',
      title: '{year}年部门财务收支预算总表',
      aliases: ['部门财务收支预算总表', '部门收支总表'],
      view: 'paired_summary',
      header: [group('本年收入', leaf('项目'), leaf('预算数')), group('本年支出', leaf('项目'), leaf('预算数'))],
      labelColumns: ['项目', '项目'],
      columns: [{ label: '收入预算数' }, { label: '支出预算数' }],
      numbered: false,
      incomeLines: [
        { label: '一、财政拨款收入', sources: ['fiscal'] },
        { label: '1. 一般公共预算', aliases: ['1. 一般公共预算资金', '1、一般公共预算资金'], sources: ['general_budget'] },
        { label: '2. 政府性基金预算', aliases: ['2. 政府性基金', '2、政府性基金'], sources: ['gov_fund_budget'] },
        { label: '3. 国有资本经营预算', aliases: ['3、国有资本经营预算'], sources: ['state_capital_budget'] },
        { label: '二、事业收入', sources: ['unit_business'] },
        { label: '三、事业单位经营收入', sources: ['unit_operating'] },
        { label: '四、其他收入', sources: otherIncome },
      ],
      // A budget balances: 收入总计 is all the money 支出总计 spends, carry-over included.
      incomeTotal: { label: '收入总计', sources: ['all'] },
      expenditureTotalLabel: '支出总计',
      classRows: 'with_amounts',
      classLabel: 'ordinal',
    },
    {
      number: 2,
      key: 'income_summary',
      title: '{year}年部门收入预算总表',
      aliases: ['部门收入预算总表', '部门收入总表'],
      view: 'by_function',
      header: [
        funcItem,
        group('收入预算', leaf('合计'), leaf('财政拨款收入'), leaf('事业收入'), leaf('事业单位经营收入'), leaf('其他收入')),
      ],
      labelColumns: funcLabels,
      columns: [
        { label: '合计' },
        { label: '财政拨款收入', filter: { sources: ['fiscal'] } },
        { label: '事业收入', filter: { sources: ['unit_business'] } },
        { label: '事业单位经营收入', filter: { sources: ['unit_operating'] } },
        { label: '其他收入', filter: { sources: otherIncome } },
      ],
      numbered: false,
      totalLabel: '合计',
      totalRow: 'last',
    },
    {
      number: 3,
      key: 'expenditure_summary',
      title: '{year}年部门支出预算总表',
      aliases: ['部门支出预算总表', '部门支出总表'],
      view: 'by_function',
      header: basicProjectHeader('支出预算'),
      labelColumns: funcLabels,
      columns: basicProjectColumns,
      numbered: false,
      totalLabel: '合计',
      totalRow: 'last',
    },
    {
      number: 4,
      key: 'fiscal_summary',
      title: '{year}年部门财政拨款收支预算总表',
      aliases: ['部门财政拨款收支预算总表', '部门财政拨款收支总表'],
      view: 'paired_summary',
      header: [
        group('财政拨款收入', leaf('项目'), leaf('预算数')),
        group('财政拨款支出', leaf('项目'), leaf('合计'), leaf('一般公共预算'), leaf('政府性基金预算'), leaf('国有资本经营预算')),
      ],
      labelColumns: ['项目', '项目'],
      columns: [
        { label: '财政拨款收入预算数' },
        { label: '财政拨款支出合计', filter: { sources: ['fiscal'] } },
        { label: '一般公共预算', filter: { sources: ['general_budget'] } },
        { label: '政府性基金预算', filter: { sources: ['gov_fund_budget'] } },
        { label: '国有资本经营预算', filter: { sources: ['state_capital_budget'] } },
      ],
      numbered: false,
      filter: { sources: ['fiscal'] },
      incomeLines: [
        { label: '一、一般公共预算', aliases: ['一、一般公共预算资金'], sources: ['general_budget'] },
        { label: '二、政府性基金预算', aliases: ['二、政府性基金'], sources: ['gov_fund_budget'] },
        { label: '三、国有资本经营预算', sources: ['state_capital_budget'] },
      ],
      incomeTotal: { label: '收入总计', sources: ['fiscal'] },
      expenditureTotalLabel: '支出总计',
      classRows: 'with_amounts',
      classLabel: 'ordinal',
    },
    {
      number: 5,
      key: 'general_budget_expenditure',
      title: '{year}年部门一般公共预算支出功能分类预算表',
      aliases: ['部门一般公共预算支出功能分类预算表', '部门一般公共预算拨款表'],
      view: 'by_function',
      header: basicProjectHeader('一般公共预算支出'),
      labelColumns: funcLabels,
      columns: basicProjectColumns,
      numbered: false,
      filter: { sources: ['general_budget'] },
      totalLabel: '合计',
      totalRow: 'last',
    },
    {
      number: 6,
      key: 'gov_fund_expenditure',
      title: '{year}年部门政府性基金预算支出功能分类预算表',
      aliases: ['部门政府性基金预算支出功能分类预算表', '部门政府性基金拨款表'],
      view: 'by_function',
      header: basicProjectHeader('政府性基金预算支出'),
      labelColumns: funcLabels,
      columns: basicProjectColumns,
      numbered: false,
      filter: { sources: ['gov_fund_budget'] },
      totalLabel: '合计',
      totalRow: 'last',
      emptyNote: emptyFundNote('政府性基金预算'),
    },
    {
      number: 7,
      key: 'state_capital_expenditure',
      title: '{year}年部门国有资本经营预算支出功能分类预算表',
      aliases: ['部门国有资本经营预算支出功能分类预算表', '部门国有资本经营预算拨款表'],
      view: 'by_function',
      header: basicProjectHeader('国有资本经营预算支出'),
      labelColumns: funcLabels,
      columns: basicProjectColumns,
      numbered: false,
      filter: { sources: ['state_capital_budget'] },
      totalLabel: '合计',
      totalRow: 'last',
      emptyNote: emptyFundNote('国有资本经营预算'),
    },
    {
      number: 8,
      key: 'general_budget_basic_expenditure',
      title: '{year}年部门一般公共预算基本支出部门预算经济分类预算表',
      aliases: ['部门一般公共预算基本支出部门预算经济分类预算表', '部门一般公共预算拨款基本支出明细表'],
      view: 'by_economic',
      header: [
        group('项目', group('部门预算经济分类科目编码', leaf('类'), leaf('款')), leaf('经济分类科目名称')),
        group('一般公共预算基本支出', leaf('合计'), leaf('人员经费'), leaf('公用经费')),
      ],
      labelColumns: ['类', '款', '经济分类科目名称'],
      columns: [
        { label: '合计' },
        { label: '人员经费', filter: { kinds: ['personnel'] } },
        { label: '公用经费', filter: { kinds: ['public'] } },
      ],
      numbered: false,
      filter: { sources: ['general_budget'], kinds: ['personnel', 'public'] },
      totalLabel: '合计',
      totalRow: 'last',
    },
    {
      number: 9,
      key: 'three_public_expenses',
      title: '{year}年部门“三公”经费和机关运行经费预算表',
      aliases: ['部门“三公”经费和机关运行经费预算表', '部门“三公”经费和机关运行费预算表'],
      view: 'three_public',
      unit: '万元',
      layout: 'single_row',
      header: [
        group(
          '“三公”经费预算数',
          leaf('合计'),
          leaf('因公出国(境)费'),
          leaf('公务接待费'),
          group('公务用车购置及运行费', leaf('小计'), leaf('购置费'), leaf('运行费')),
        ),
        leaf('机关运行经费预算数'),
      ],
      labelColumns: [],
      columns: [
        { label: '“三公”经费合计' },
        { label: '因公出国(境)费' },
        { label: '公务接待费' },
        { label: '公务用车购置及运行费小计' },
        { label: '公务用车购置费' },
        { label: '公务用车运行费' },
        { label: '机关运行经费' },
      ],
      // 三公: "使用区级财政拨款安排的" — every fiscal fund.
      funds: ['general', 'gov_fund', 'state_capital'],
      lines: [
        { label: '“三公”经费合计', items: ['abroad', 'reception', 'vehiclePurchase', 'vehicleOperation'] },
        { label: '因公出国(境)费', items: ['abroad'] },
        { label: '公务接待费', items: ['reception'] },
        { label: '公务用车购置及运行费小计', items: ['vehiclePurchase', 'vehicleOperation'] },
        { label: '公务用车购置费', items: ['vehiclePurchase'] },
        { label: '公务用车运行费', items: ['vehicleOperation'] },
        { label: '机关运行经费', items: ['operatingCosts'] },
      ],
      numbered: false,
    },
  ],
};

/**
 * The unit version (区级单位预算, 预算单位…): the same tables, titles led by 预算单位 and 编制单位 (which the
 * readers strip), 表8's header 经济分类科目编码 / 部门经济分类科目名称, and 表1's spending side split 合计 / 基本支出 (人员经费, 公用经费) / 项目支出, as the 2025 单位预算
 * of 上海市普陀区人民政府办公室 prints it.
 */
export const shanghai9Unit: Template = {
  ...shanghai9,
  id: 'shanghai-9-unit',
  name: '上海市区级单位预算表（9 张，普陀区 2025 年格式）',
  scope: 'unit',
  tables: shanghai9.tables.map((spec) =>
    spec.number === 8 && spec.view === 'by_economic'
      ? {
          ...spec,
          header: [
            group('项目', group('经济分类科目编码', leaf('类'), leaf('款')), leaf('部门经济分类科目名称')),
            group('一般公共预算基本支出', leaf('合计'), leaf('人员经费'), leaf('公用经费')),
          ],
          labelColumns: ['类', '款', '部门经济分类科目名称'],
        }
      : spec.number !== 1 || spec.view !== 'paired_summary'
      ? spec
      : {
          ...spec,
          title: '{year}年预算单位财务收支预算总表',
          aliases: ['预算单位财务收支预算总表', '单位财务收支预算总表'],
          header: [
            group('本年收入', leaf('项目'), leaf('预算数')),
            group('本年支出', leaf('项目'), group('预算数', leaf('合计'), group('基本支出', leaf('人员经费'), leaf('公用经费')), leaf('项目支出'))),
          ],
          columns: [
            { label: '收入预算数' },
            { label: '支出合计' },
            { label: '人员经费', filter: { kinds: ['personnel'] } },
            { label: '公用经费', filter: { kinds: ['public'] } },
            { label: '项目支出', filter: { kinds: ['project'] } },
          ],
        },
  ),
};
