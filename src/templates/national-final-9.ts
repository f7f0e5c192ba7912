// The national 9-table department final accounts template (部门决算公开表, stage 'final'), amounts in 万元.
// Titles, columns and order as printed in the 2024 决算 of 上海市普陀区财政局 (corpus:
// 2024_shanghai_putuo_finance_bureau_final_accounts.pdf), the form the Ministry of Finance prescribes for
// every department: zero cells blank, no numbering row, no year in the titles.
// A 决算 reports money received and spent in the year; 收入 and 支出 need not balance, the difference
// standing in 年初/年末结转和结余. The views print this year's spending (line items, carry-over spent
// included) and the income the disclosure states; what they cannot print (年末结转和结余, 使用非财政拨款结余,
// 结余分配, 上缴上级/经营/对附属单位补助支出, the 三公 预算数 columns, the two-sided 基本支出 layout) is
// listed in docs/templates.md.
import type { ColumnSpec, HeaderNode, Template } from './template.ts';

const leaf = (label: string): HeaderNode => ({ label });
const group = (label: string, ...children: HeaderNode[]): HeaderNode => ({ label, children });

const funcItem = group('项目', group('支出功能分类科目编码', leaf('类'), leaf('款'), leaf('项')), leaf('科目名称'));
const funcLabels = ['类', '款', '项', '科目名称'];

/** 一般公共预算财政拨款: this year's appropriations and the carry-over of earlier ones spent this year. */
const generalFiscal = ['general_budget', 'carryover_general'] as const;
const govFundFiscal = ['gov_fund_budget', 'carryover_gov_fund'] as const;
const stateCapitalFiscal = ['state_capital_budget', 'carryover_state_capital'] as const;

const basicProject = (heading: string): { header: HeaderNode[]; labelColumns: string[]; columns: ColumnSpec[] } => ({
  header: [funcItem, group(heading, leaf('小计'), leaf('基本支出'), leaf('项目支出'))],
  labelColumns: funcLabels,
  columns: [
    { label: '本年支出小计' },
    { label: '基本支出', filter: { kinds: ['personnel', 'public'] } },
    { label: '项目支出', filter: { kinds: ['project'] } },
  ],
});
const emptyNote = (fund: string) => `注：{body}无${fund}财政拨款支出，故本表无数据。`;

export const nationalFinal9: Template = {
  id: 'national-final-9',
  jurisdiction: 'national',
  name: '部门决算公开表（9 张，财政部统一格式）',
  stage: 'final',
  unit: '万元',
  decimals: 2,
  blankZero: true,
  // The two-sided tables list the 26 function 类 of the 2024 classification, with or without amounts.
  functionClasses: [
    '201', '202', '203', '204', '205', '206', '207', '208', '210', '211', '212', '213', '214', '215', '216', '217',
    '219', '220', '221', '222', '223', '224', '229', '231', '232', '234',
  ],
  tables: [
    {
      number: 1,
      key: 'income_expenditure_summary',
      title: '收入支出决算总表',
      aliases: ['部门收入支出决算总表'],
      view: 'paired_summary',
      header: [group('收入', leaf('项目'), leaf('决算数')), group('支出', leaf('项目'), leaf('决算数'))],
      labelColumns: ['项目', '项目'],
      columns: [{ label: '收入决算数' }, { label: '支出决算数' }],
      numbered: false,
      incomeLines: [
        { label: '一、一般公共预算财政拨款收入', sources: ['general_budget'] },
        { label: '二、政府性基金预算财政拨款收入', sources: ['gov_fund_budget'] },
        { label: '三、国有资本经营预算财政拨款收入', sources: ['state_capital_budget'] },
        { label: '四、上级补助收入', sources: ['unit_superior'] },
        { label: '五、事业收入', sources: ['unit_business'] },
        { label: '六、经营收入', sources: ['unit_operating'] },
        { label: '七、附属单位上缴收入', sources: ['unit_subordinate'] },
        // 财政专户 income has no line of its own on the national form; it is counted as 其他收入.
        { label: '八、其他收入', sources: ['unit_other', 'special_account'] },
      ],
      // under the 类: this year's totals, then the balances used and left (read from a published 决算; the view
      // does not print them yet)
      subtotalLines: [
        { income: '本年收入合计', expenditure: '本年支出合计' },
        { income: '使用非财政拨款结余（含专用结余）', expenditure: '结余分配' },
        { income: '年初结转和结余', expenditure: '年末结转和结余' },
      ],
      // 总计 on the income side: this year's income and the opening balance. The spending side's 总计 is
      // this year's spending only — the form's 年末结转和结余, which would make the two equal, has no place.
      incomeTotal: { label: '总计', sources: ['all'] },
      expenditureTotalLabel: '本年支出合计',
      classRows: 'listed',
      classLabel: 'ordinal',
    },
    {
      number: 2,
      key: 'income_summary',
      title: '收入决算表',
      aliases: ['部门收入决算表'],
      view: 'by_function',
      header: [
        funcItem,
        leaf('本年收入合计'),
        leaf('财政拨款收入'),
        leaf('上级补助收入'),
        leaf('事业收入'),
        leaf('经营收入'),
        leaf('附属单位上缴收入'),
        leaf('其他收入'),
      ],
      labelColumns: funcLabels,
      columns: [
        { label: '本年收入合计' },
        { label: '财政拨款收入', filter: { sources: ['fiscal'] } },
        { label: '上级补助收入', filter: { sources: ['unit_superior'] } },
        { label: '事业收入', filter: { sources: ['unit_business'] } },
        { label: '经营收入', filter: { sources: ['unit_operating'] } },
        { label: '附属单位上缴收入', filter: { sources: ['unit_subordinate'] } },
        { label: '其他收入', filter: { sources: ['unit_other', 'special_account'] } },
      ],
      numbered: false,
      // This year's income by the function it was spent on: carry-over is not income.
      filter: { sources: ['current'] },
      totalLabel: '合计',
    },
    {
      number: 3,
      key: 'expenditure_summary',
      title: '支出决算表',
      aliases: ['部门支出决算表'],
      view: 'by_function',
      header: [funcItem, leaf('本年支出合计'), leaf('基本支出'), leaf('项目支出')],
      labelColumns: funcLabels,
      columns: [
        { label: '本年支出合计' },
        { label: '基本支出', filter: { kinds: ['personnel', 'public'] } },
        { label: '项目支出', filter: { kinds: ['project'] } },
      ],
      numbered: false,
      totalLabel: '合计',
    },
    {
      number: 4,
      key: 'fiscal_summary',
      title: '财政拨款收入支出决算总表',
      aliases: ['部门财政拨款收入支出决算总表'],
      view: 'paired_summary',
      header: [
        group('收入', leaf('项目'), leaf('决算数')),
        group('支出', leaf('项目'), leaf('合计'), leaf('一般公共预算财政拨款'), leaf('政府性基金预算财政拨款'), leaf('国有资本经营预算财政拨款')),
      ],
      labelColumns: ['项目', '项目'],
      columns: [
        { label: '收入决算数' },
        { label: '支出合计' },
        { label: '一般公共预算财政拨款', filter: { sources: [...generalFiscal] } },
        { label: '政府性基金预算财政拨款', filter: { sources: [...govFundFiscal] } },
        { label: '国有资本经营预算财政拨款', filter: { sources: [...stateCapitalFiscal] } },
      ],
      numbered: false,
      filter: { sources: ['fiscal_all'] },
      incomeLines: [
        { label: '一、一般公共预算财政拨款', sources: ['general_budget'] },
        { label: '二、政府性基金预算财政拨款', sources: ['gov_fund_budget'] },
        { label: '三、国有资本经营预算财政拨款', sources: ['state_capital_budget'] },
      ],
      // 年初财政拨款结转和结余 is followed by its own 一、二、三 by fund (read as its parts)
      subtotalLines: [
        { income: '本年收入合计', expenditure: '本年支出合计' },
        { income: '年初财政拨款结转和结余', expenditure: '年末财政拨款结转和结余' },
      ],
      incomeTotal: { label: '总计', sources: ['fiscal_all'] },
      expenditureTotalLabel: '本年支出合计',
      classRows: 'listed',
      classLabel: 'ordinal',
    },
    {
      number: 5,
      key: 'general_budget_expenditure',
      title: '一般公共预算财政拨款支出决算表',
      view: 'by_function',
      header: [funcItem, leaf('合计'), leaf('基本支出'), leaf('项目支出')],
      labelColumns: funcLabels,
      columns: [
        { label: '合计' },
        { label: '基本支出', filter: { kinds: ['personnel', 'public'] } },
        { label: '项目支出', filter: { kinds: ['project'] } },
      ],
      numbered: false,
      filter: { sources: [...generalFiscal] },
      totalLabel: '合计',
      totalRow: 'last',
    },
    {
      number: 6,
      key: 'general_budget_basic_expenditure',
      title: '一般公共预算财政拨款基本支出决算表',
      view: 'by_economic',
      // Printed two-sided (人员经费 on the left, 公用经费 on the right, each with its 合计); here one list.
      header: [group('经济分类科目编码', leaf('类'), leaf('款')), leaf('科目名称'), leaf('决算数')],
      labelColumns: ['类', '款', '科目名称'],
      columns: [{ label: '决算数' }],
      numbered: false,
      filter: { sources: [...generalFiscal], kinds: ['personnel', 'public'] },
      totalLabel: '合计',
      totalRow: 'last',
    },
    {
      number: 7,
      key: 'three_public_expenses',
      title: '财政拨款“三公”经费支出决算表',
      view: 'three_public',
      layout: 'single_row',
      // The form prints 预算数 and 决算数 for each figure; the disclosure states one figure (决算数).
      header: [
        group(
          '财政拨款“三公”经费决算数',
          leaf('合计'),
          leaf('因公出国（境）费'),
          group('公务用车购置及运行费', leaf('小计'), leaf('公务用车购置费'), leaf('公务用车运行费')),
          leaf('公务接待费'),
        ),
      ],
      labelColumns: [],
      columns: [
        { label: '合计' },
        { label: '因公出国（境）费' },
        { label: '公务用车购置及运行费小计' },
        { label: '公务用车购置费' },
        { label: '公务用车运行费' },
        { label: '公务接待费' },
      ],
      funds: ['general', 'gov_fund', 'state_capital'],
      lines: [
        { label: '合计', items: ['abroad', 'vehiclePurchase', 'vehicleOperation', 'reception'] },
        { label: '因公出国（境）费', items: ['abroad'] },
        { label: '公务用车购置及运行费小计', items: ['vehiclePurchase', 'vehicleOperation'] },
        { label: '公务用车购置费', items: ['vehiclePurchase'] },
        { label: '公务用车运行费', items: ['vehicleOperation'] },
        { label: '公务接待费', items: ['reception'] },
      ],
      numbered: false,
    },
    {
      number: 8,
      key: 'gov_fund_expenditure',
      title: '政府性基金预算财政拨款收入支出决算表',
      view: 'by_function',
      ...basicProject('本年支出'),
      numbered: false,
      filter: { sources: [...govFundFiscal] },
      totalLabel: '合计',
      emptyNote: emptyNote('政府性基金预算'),
    },
    {
      number: 9,
      key: 'state_capital_expenditure',
      title: '国有资本经营预算财政拨款收入支出决算表',
      view: 'by_function',
      ...basicProject('本年支出'),
      numbered: false,
      filter: { sources: [...stateCapitalFiscal] },
      totalLabel: '合计',
      emptyNote: emptyNote('国有资本经营预算'),
    },
  ],
};
