// The project goal tables (项目绩效目标表, 上海 财政项目支出绩效目标填报表) of a PDF, read from the page's drawn
// rules: every run of text belongs to the cell its centre falls in (the nearest rules left, right, above
// and below it, so merged cells are whole), a label's value is the cell to its right, a column heading's
// text the cell below it, and the indicator rows are the cells of the 三级指标 column under its heading, each
// row's 一级/二级 指标 the (merged) cells of their columns at the row's height. Every amount keeps its page and box.
import type { DocumentGoal, DocumentGoals, GoalAmount, GoalFunds, GoalIndicator } from '../../check/document-goals.ts';
import { targetOf } from '../../check/document-goals.ts';
import { parseFen, type MoneyUnit } from '../../model/money.ts';
import { amountToken, cellText } from '../text/text-lines.ts';
import type { PdfPage, PdfRule } from './page-model.ts';

/** A page of a goal table: its title (…绩效目标…表) among its first lines. */
export const isGoalPage = (p: PdfPage) => p.lines.slice(0, 4).some((l) => /绩效目标.{0,6}表/.test(l.text));

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Token extends Box {
  text: string;
  /** Index of its line on the page (top to bottom). */
  line: number;
}

/** A cell the rules make, and the tokens in it in reading order. */
interface Cell {
  x1: number;
  x2: number;
  y1: number;
  y2: number;
  tokens: Token[];
  text: string;
}

const compact = (s: string) => s.replace(/\s+/g, '');
/** Full-width characters take two half-width ones' room. */
const charWidth = (c: string) => (/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uff60\u3000-\u303f“”‘’]/.test(c) ? 2 : 1);

/** A line's whitespace-separated tokens, each with its share of its run's width (full-width characters counting double). */
function tokensOf(page: PdfPage): Token[] {
  return page.lines
    .filter((l) => l.angle === 0)
    .flatMap((line, k) =>
      line.items.flatMap((item) => {
        const units = [...item.text].map(charWidth);
        const per = item.width / Math.max(1, units.reduce((a, b) => a + b, 0));
        const at = (i: number) => units.slice(0, [...item.text.slice(0, i)].length).reduce((a, b) => a + b, 0) * per;
        return [...item.text.matchAll(/\S+/g)].map((m) => {
          const x = item.x + at(m.index);
          return { text: m[0], x, width: item.x + at(m.index + m[0].length) - x, y: item.y, height: item.height, line: k };
        });
      }),
    );
}

/** The cell around a point: the nearest rules crossing it on each side; undefined outside the grid. */
function cellBounds(rules: readonly PdfRule[], x: number, y: number) {
  const vs = rules.filter((r) => r.orientation === 'vertical' && r.y1 - 1 <= y && r.y2 + 1 >= y).map((r) => r.x1);
  const hs = rules.filter((r) => r.orientation === 'horizontal' && r.x1 - 1 <= x && r.x2 + 1 >= x).map((r) => r.y1);
  const x1 = Math.max(...vs.filter((v) => v <= x));
  const x2 = Math.min(...vs.filter((v) => v > x));
  const y1 = Math.max(...hs.filter((h) => h <= y));
  const y2 = Math.min(...hs.filter((h) => h > y));
  return [x1, x2, y1, y2].every(Number.isFinite) ? { x1, x2, y1, y2 } : undefined;
}

/** The page as cells: each token in the cell its centre falls in. */
function pageCells(page: PdfPage) {
  const cells = new Map<string, Cell>();
  for (const t of tokensOf(page)) {
    const b = cellBounds(page.rules, t.x + t.width / 2, t.y + t.height / 2);
    if (!b) continue;
    const key = [b.x1, b.x2, b.y1, b.y2].map((v) => Math.round(v)).join(',');
    if (!cells.has(key)) cells.set(key, { ...b, tokens: [], text: '' });
    cells.get(key)!.tokens.push(t);
  }
  for (const c of cells.values()) {
    const lines = [...new Set(c.tokens.map((t) => t.line))].map((l) => c.tokens.filter((t) => t.line === l).map((t) => t.text).join(' '));
    c.text = cellText(...lines);
  }
  const list = [...cells.values()];
  const at = (x: number, y: number) => {
    const b = cellBounds(page.rules, x, y);
    if (!b) return undefined;
    return list.find((c) => Math.abs(c.x1 - b.x1) < 1 && Math.abs(c.x2 - b.x2) < 1 && Math.abs(c.y1 - b.y1) < 1 && Math.abs(c.y2 - b.y2) < 1) ?? { ...b, tokens: [], text: '' };
  };
  return { list, at };
}

type Cells = ReturnType<typeof pageCells>;

const labelled = (cells: Cells, label: string) => cells.list.filter((c) => compact(c.text) === label).sort((a, b) => a.x1 - b.x1);
const rightOf = (cells: Cells, c: Cell) => cells.at(c.x2 + 1, (c.y1 + c.y2) / 2);
const below = (cells: Cells, c: Cell) => cells.at((c.x1 + c.x2) / 2, c.y2 + 1);

function amountIn(cell: Cell | undefined, unit: MoneyUnit, page: number, label: string): GoalAmount | undefined {
  const t = cell?.tokens.find((x) => amountToken(x.text) !== undefined);
  if (!t) return undefined;
  const fen = parseFen(amountToken(t.text)!, unit);
  if (fen === null) return undefined;
  return { fen, text: t.text, unit, label, page, bbox: { x: t.x, y: t.y, width: t.width, height: t.height } };
}

/** The indicator columns by their headings (an alternative list per column). */
const COLUMNS = {
  level1: ['一级指标'],
  level2: ['二级指标'],
  name: ['三级指标'],
  target: ['年度(/项目)指标值', '指标值', '年度指标值'],
  basis: ['指标值设置依据', '指标设定依据'],
  prior: ['上年完成值'],
  weight: ['分值权重', '指标分值权重'],
  scoring: ['指标赋分规则'],
  evidence: ['佐证资料'],
} as const;

function indicatorsOf(cells: Cells, page: number): GoalIndicator[] {
  const heads = Object.fromEntries(
    Object.entries(COLUMNS).map(([k, names]) => [k, cells.list.find((c) => (names as readonly string[]).includes(compact(c.text)))]),
  ) as Record<keyof typeof COLUMNS, Cell | undefined>;
  const head = heads.name;
  if (!head || !heads.level1 || !heads.level2 || !heads.target) return [];
  const rows: GoalIndicator[] = [];
  for (let y = head.y2 + 1, row = cells.at((head.x1 + head.x2) / 2, y); row && Math.abs(row.x1 - head.x1) < 2; y = row.y2 + 1, row = cells.at((head.x1 + head.x2) / 2, y)) {
    if (!row.text) continue;
    const mid = (row.y1 + row.y2) / 2;
    const text = (k: keyof typeof COLUMNS) => {
      const h = heads[k];
      return h ? cells.at((h.x1 + h.x2) / 2, mid)?.text ?? '' : '';
    };
    const targetText = text('target');
    const optional = (['basis', 'prior', 'weight', 'scoring', 'evidence'] as const).flatMap((k) => {
      const v = text(k);
      return v && v !== '/' ? [[k, v] as const] : [];
    });
    rows.push({
      level1: text('level1'),
      level2: text('level2'),
      name: row.text,
      target: targetOf(targetText),
      targetText,
      ...Object.fromEntries(optional),
      page,
      bbox: { x: row.x1, y: row.y1, width: row.x2 - row.x1, height: row.y2 - row.y1 },
    });
  }
  return rows;
}

/** One project goal page; undefined when it has no 项目名称. */
function readPage(page: PdfPage): DocumentGoal | undefined {
  const cells = pageCells(page);
  const value = (label: string) => {
    const c = labelled(cells, label)[0];
    return c ? rightOf(cells, c)?.text || undefined : undefined;
  };
  const name = value('项目名称');
  if (!name) return undefined;
  const unitCell = cells.list.find((c) => /^项目资金[（(]/.test(compact(c.text)));
  const unit = (/[（(](亿元|万元|元)[)）]/.exec(compact(unitCell?.text ?? ''))?.[1] as MoneyUnit | undefined) ?? '元';
  const amount = (c: Cell | undefined, label: string) => (c ? amountIn(rightOf(cells, c), unit, page.number, label) : undefined);
  // 上海: the project's whole money on the left (项目资金总额 …), this year's on the right (年度资金申请总额 …)
  const annual = labelled(cells, '年度资金申请总额')[0];
  const others = labelled(cells, '其他资金');
  const sideOther = (right: boolean) => others.find((c) => (annual ? c.x1 >= annual.x1 - 1 : true) === right);
  const funds: GoalFunds = {};
  const set = (field: 'total' | 'fiscal' | 'currentFiscal' | 'carryover' | 'other', a: GoalAmount | undefined) => {
    if (a) funds[field] = a;
  };
  set('total', amount(annual ?? labelled(cells, '年度预算总额')[0], annual ? '年度资金申请总额' : '年度预算总额'));
  set('currentFiscal', amount(labelled(cells, '其中：当年财政拨款')[0], '其中：当年财政拨款'));
  set('fiscal', amount(labelled(cells, '其中：财政拨款')[0], '其中：财政拨款'));
  set('carryover', amount(labelled(cells, '上年结转资金')[0], '上年结转资金'));
  set('other', amount(sideOther(true), '其他资金'));
  if (annual) {
    const project = {
      ...(amount(labelled(cells, '项目资金总额')[0], '项目资金总额') ? { total: amount(labelled(cells, '项目资金总额')[0], '项目资金总额')! } : {}),
      ...(amount(labelled(cells, '其中：财政资金')[0], '其中：财政资金') ? { fiscal: amount(labelled(cells, '其中：财政资金')[0], '其中：财政资金')! } : {}),
      ...(amount(sideOther(false), '其他资金') ? { other: amount(sideOther(false), '其他资金')! } : {}),
    };
    if (Object.keys(project).length) funds.project = project;
  }
  const textBelow = (label: string) => {
    const c = labelled(cells, label)[0];
    return c ? below(cells, c)?.text || undefined : undefined;
  };
  const goal = textBelow('年度总体目标') ?? value('项目总体目标') ?? textBelow('项目总体目标');
  const projectGoal = textBelow('项目总目标');
  const unitName = value('实施单位') ?? value('预算单位');
  const department = value('主管部门');
  return {
    kind: 'project',
    name,
    ...(unitName ? { unit: unitName } : {}),
    ...(department ? { department } : {}),
    ...(goal ? { goal } : {}),
    ...(projectGoal ? { projectGoal } : {}),
    funds,
    indicators: indicatorsOf(cells, page.number),
    page: page.number,
  };
}

/**
 * The project goal tables of a PDF's goal pages, one per page. A department-wide goal page (部门整体绩效目标表)
 * is not read yet, nor a goal table continued on a page without its title.
 */
export function goalPagesOf(pages: readonly PdfPage[]): DocumentGoals {
  const projects = pages
    .filter((p) => isGoalPage(p) && !p.lines.slice(0, 4).some((l) => /部门整体/.test(l.text)))
    .map(readPage)
    .filter((g): g is DocumentGoal => g !== undefined);
  return { projects };
}
