// The goals part of the document the checks read: the performance goal tables (绩效目标表) as the document
// prints them — the department-wide goal and each project's, with their funds (amounts as printed, with
// where they stand) and indicator rows. Filled from prepared data (the Disclosure's goals and the funds its
// line items give), from extracted text and from a PDF's goal pages.
import type { Disclosure } from '../model/disclosure.ts';
import { formatAmount, type Fen, type MoneyUnit } from '../model/money.ts';
import type { Indicator, Target } from '../model/performance.ts';
import { departmentFunds, projectFunds } from '../narrative/performance-funds.ts';

/** A box on a PDF page (PDF units, top-left origin). */
export interface GoalBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where a goal table's value is printed: the page and box of a PDF, the line of an extracted text. */
export interface GoalSource {
  page?: number;
  bbox?: GoalBox;
  /** Line of the extracted text (1-based). */
  line?: number;
}

/** An amount of a goal table, exact in fen, with the text it was read from. */
export interface GoalAmount extends GoalSource {
  fen: Fen;
  /** As printed ("4,100,000.00", "1,733.57"); from prepared data, the data's amount in the document's unit. */
  text: string;
  unit: MoneyUnit;
  /** The label it is printed under ("年度资金申请总额", "其中：当年财政拨款"), when read from a document. */
  label?: string;
}

/** The funds block of a goal table; each field only where the table prints it. */
export interface GoalFunds {
  /** 年度预算总额 (新疆), 年度资金申请总额 (上海): this year's money of the goal. */
  total?: GoalAmount;
  /** 其中：财政拨款 (新疆): appropriations, carried-over appropriations included. */
  fiscal?: GoalAmount;
  /** 其中：当年财政拨款 (上海): this year's appropriations, the carry-over printed apart. */
  currentFiscal?: GoalAmount;
  /** 上年结转资金 */
  carryover?: GoalAmount;
  /** 其他资金 */
  other?: GoalAmount;
  /** Department-wide goal: 财政资金 上级安排 and 本级安排. */
  superior?: GoalAmount;
  own?: GoalAmount;
  /** The whole project over its years (上海 项目资金总额, 其中：财政资金, 其他资金). */
  project?: { total?: GoalAmount; fiscal?: GoalAmount; other?: GoalAmount };
}

/** One indicator row (三级指标) under its 一级 and 二级 指标; the columns a table does not print are absent. */
export type GoalIndicator = Omit<Indicator, 'basis' | 'weight'> &
  Partial<Pick<Indicator, 'basis' | 'weight'>> &
  GoalSource & {
    /** 指标值 as printed ("＞=2.30 万人", "≥13459.00(平方米)"). */
    targetText: string;
  };

export interface DocumentGoal extends GoalSource {
  kind: 'department' | 'project';
  /** 项目名称 as printed; for the department-wide goal, 部门名称. */
  name: string;
  /** The project's id in the Disclosure (prepared data only). */
  project?: string;
  /** 预算单位 (新疆), 实施单位 (上海). */
  unit?: string;
  /** 主管部门 (上海). */
  department?: string;
  /** 部门联系人 and 联系电话 of the department-wide goal. */
  contact?: { name: string; phone: string };
  /** 年度绩效目标, 项目总体目标 (新疆), 年度总体目标 (上海). */
  goal?: string;
  /** 项目总目标 (上海): over the project's whole life. */
  projectGoal?: string;
  funds: GoalFunds;
  indicators: GoalIndicator[];
  /** What reading the table could not decide (rows whose cells could not be told apart). */
  notes?: string[];
}

export interface DocumentGoals {
  department?: DocumentGoal;
  /** In the order the document prints them. */
  projects: DocumentGoal[];
}

/** The measurable form of a printed target: operator, value and unit, else its text ("提升", "2025年12月10日前"). */
export function targetOf(printed: string): Target {
  const text = printed.replace(/\s+/g, '');
  const ops: [RegExp, '>=' | '<=' | '=' | '>' | '<'][] = [
    [/^(?:[>＞]=|≥|>=|＞＝|不低于|不少于)/, '>='],
    [/^(?:[<＜]=|≤|<=|＜＝|不高于|不超过)/, '<='],
    [/^[>＞]/, '>'],
    [/^[<＜]/, '<'],
    [/^[=＝]/, '='],
  ];
  for (const [re, op] of ops) {
    const m = re.exec(text);
    if (!m) continue;
    const rest = text.slice(m[0].length);
    // "13459.00(平方米)", "2.30万人", "100%"; a longer tail is words, not a unit ("50人次的个体心理咨询辅导")
    const v = /^([0-9]+(?:\.[0-9]+)?)(?:[(（]([^)）]{0,6})[)）]|([^\d，,。、；的]{0,4}))$/.exec(rest);
    if (v) return { op, value: v[1]!, unit: v[2] ?? v[3] ?? '' };
  }
  return { text: text || printed };
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
