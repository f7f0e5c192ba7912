// The performance goal tables (绩效目标表) of an extracted text: the department-wide goal (部门整体绩效目标表)
// and each project's (项目支出绩效目标表), found by their titles wherever the text prints them. Text copied out
// of a table keeps the cells in reading order but not their borders: a cell wrapped over several lines
// ("产出" / "指标", "＞=3" / "人") and short cells sharing one line ("计划标准 / 10") must be told apart. A row
// is read as its columns come: the 一级/二级 指标 where a merged cell starts (names of the national framework),
// the 三级指标 up to the first piece that starts a target (an operator, a date, or a word such as 提升), the
// target with its unit, then the remaining columns up to the row's weight — the weight being the last number
// before the 赋分规则 ("…赋分") where the table prints one, else a number alone on its line.
import type { DocumentGoal, DocumentGoals, GoalAmount, GoalFunds, GoalIndicator } from '../../check/document-goals.ts';
import { targetOf } from '../../check/document-goals.ts';
import { parseFen, type MoneyUnit } from '../../model/money.ts';
import { cellText, textLines, type TextLine } from './text-lines.ts';

const compact = (s: string) => s.replace(/\s+/g, '');

/** A goal table's title on a line of its own. */
const GOAL_TITLE = /^(?:部门整体(?:支出)?绩效目标表|(?:财政)?项目(?:支出)?绩效目标(?:申报|填报)?表)$/;
/** Where the goal tables stop: a numbered heading ("(五) 其他需说明的事项") or a part ("第四部分 名词解释"). */
const END = /^(?:[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、|第[一二三四五六七八九十]+部分)/;

/** The 一级 and 二级 指标 of the national framework and the department-wide tables, as printed. */
const LEVELS = new Set([
  '产出指标', '效益指标', '满意度指标', '成本指标', '履职效能', '管理效率', '服务对象满意度指标',
  '数量指标', '质量指标', '时效指标', '经济成本指标', '社会成本指标', '生态环境成本指标',
  '经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标',
]);
/** Targets in words, printed alone in their cell. */
const WORD_TARGETS = new Set(['提升', '提高', '保障', '完善', '改善', '增强', '有效', '达标', '合规', '降低', '减少', '稳定', '良好', '明显提升', '持续提升', '逐步提升', '不断提升', '有所提升', '显著提升', '是', '否']);
/** A date target read piece by piece ("2025" / "年 12" / "月 10" / "日前"). */
const DATE_PREFIX = /^\d{4}(?:年(?:\d{1,2}(?:月(?:\d{1,2}(?:日前?)?)?)?)?)?$/;
const NUMBER = /^\d+(?:\.\d+)?$/;
/** The header of the indicator rows, in the column orders the tables print. */
const HEADERS = ['一级指标二级指标三级指标指标值指标值设置依据上年完成值指标分值权重指标赋分规则佐证资料', '一级指标二级指标三级指标指标值指标设定依据分值权重'];

/** A whitespace-separated piece of a line. */
interface Piece {
  text: string;
  line: number;
  /** Whether the piece is its line's only one. */
  alone: boolean;
  /** Whether the piece starts its line. */
  first: boolean;
}

const piecesOf = (lines: readonly TextLine[]): Piece[] =>
  lines.flatMap((l) => {
    const parts = l.text.split(' ').filter(Boolean);
    return parts.map((text, k) => ({ text, line: l.line, alone: parts.length === 1, first: k === 0 }));
  });

const joined = (pieces: readonly Piece[]) => cellText(...pieces.map((p) => p.text));

/** Columns after the target, from the header. */
interface Columns {
  basis: boolean;
  prior: boolean;
  scoring: boolean;
  evidence: boolean;
}

/** The number of pieces from `at` that make one 一级 or 二级 name ("满意" / "度指" / "标"), or 0. */
function levelAt(pieces: readonly Piece[], at: number): number {
  let text = '';
  for (let k = 1; k <= 5 && at + k <= pieces.length; k++) {
    text += pieces[at + k - 1]!.text;
    if (LEVELS.has(text)) return k;
  }
  return 0;
}

const startsTarget = (pieces: readonly Piece[], at: number) => {
  const p = pieces[at]!.text;
  return /^[＞＜>=<≥≤＝]/.test(p) || (/^\d{4}(?:年|$)/.test(p) && (p.length > 4 || /^年/.test(pieces[at + 1]?.text ?? ''))) || WORD_TARGETS.has(p);
};

/** The pieces of the target starting at `at`: an operator and value with its unit, a date, or a word. */
function targetEnd(pieces: readonly Piece[], at: number): number {
  const first = pieces[at]!.text;
  if (/^\d{4}/.test(first)) {
    let text = first;
    let k = at + 1;
    while (k < pieces.length && DATE_PREFIX.test(text + pieces[k]!.text.replace(/前$/, ''))) text += pieces[k++]!.text;
    if (k < pieces.length && pieces[k]!.text === '前' && /日$/.test(text)) k++;
    return k;
  }
  if (!/^[＞＜>=<≥≤＝]/.test(first)) return at + 1;
  let k = at + 1;
  let text = first;
  if (/^[＞＜>=<≥≤＝]{1,2}$/.test(text) && k < pieces.length) text += pieces[k++]!.text; // "＞" / "=90%"
  // the value wrapped: "=1200" / "0 人" (digits starting a line, its unit after them)
  const next = pieces[k];
  if (/\d$/.test(text) && next?.first && /^\d+$/.test(next.text) && pieces[k + 1]?.line === next.line) text += pieces[k++]!.text;
  // a unit in a piece of its own ("＞=3" / "人", "＜=32" / "万元")
  if (/\d$/.test(text) && k < pieces.length && /^[^\d\s/]{1,3}$/.test(pieces[k]!.text)) k++;
  return k;
}

/**
 * The indicator rows of a table body. `levels` carries the 一级/二级 of merged cells from row to row. A row
 * that cannot be read ends the reading, with a note.
 */
function indicatorRows(body: readonly Piece[], columns: Columns, notes: string[]): GoalIndicator[] {
  const rows: GoalIndicator[] = [];
  let [level1, level2] = ['', ''];
  let i = 0;
  while (i < body.length) {
    // a page number alone on its line between rows: no row starts with a bare number alone
    if (body[i]!.alone && NUMBER.test(body[i]!.text)) {
      i++;
      continue;
    }
    const start = body[i]!;
    const found: string[] = [];
    for (let n = levelAt(body, i); n > 0 && found.length < 2; n = levelAt(body, i)) {
      found.push(joined(body.slice(i, i + n)));
      i += n;
    }
    if (found.length === 2) [level1, level2] = found as [string, string];
    else if (found.length === 1) level2 = found[0]!;
    const fail = (why: string) => {
      notes.push(`第 ${start.line} 行起的指标行未能读出（${why}）(indicator rows from line ${start.line} not read)`);
      return rows;
    };
    if (i >= body.length) return found.length ? fail('只有指标层级') : rows;
    let t = i + 1;
    while (t < body.length && !startsTarget(body, t)) t++;
    if (t >= body.length || !level1 || !level2) return fail('未找到指标值');
    const name = joined(body.slice(i, t));
    const tEnd = targetEnd(body, t);
    const targetText = joined(body.slice(t, tEnd));
    // the weight: before the 赋分规则 where the table prints one, else a number alone on its line
    let w = tEnd;
    let end = -1;
    let scoring = '';
    for (; w < body.length; w++) {
      if (!NUMBER.test(body[w]!.text)) continue;
      if (!columns.scoring) {
        if (body[w]!.alone) {
          end = w + 1;
          break;
        }
        continue;
      }
      const s = [w + 1, w + 2].find((s) => s < body.length && !NUMBER.test(body[s]!.text) && /分$/.test(joined(body.slice(w + 1, s + 1))));
      if (s === undefined) continue;
      scoring = joined(body.slice(w + 1, s + 1));
      end = s + 1;
      break;
    }
    if (end < 0) return fail('未找到分值权重');
    let evidence = '';
    if (columns.evidence && end < body.length) {
      // the evidence: the rest of the line it starts on
      const line = body[end]!.line;
      const from = end;
      while (end < body.length && body[end]!.line === line) end++;
      evidence = joined(body.slice(from, end));
    }
    const between = body.slice(tEnd, w);
    const [basisPieces, priorPieces] = columns.prior ? [between.slice(0, 1), between.slice(1)] : [between, []];
    const basis = joined(basisPieces);
    const prior = joined(priorPieces);
    rows.push({
      level1,
      level2,
      name,
      target: targetOf(targetText),
      targetText,
      ...(columns.basis && basis ? { basis } : {}),
      ...(prior && prior !== '/' ? { prior } : {}),
      weight: body[w]!.text,
      ...(scoring ? { scoring } : {}),
      ...(evidence ? { evidence } : {}),
      line: start.line,
    });
    i = end;
  }
  return rows;
}

/** The lines of a labelled block joined, each character of a label free to be followed by a line break or space. */
const labelPattern = (label: string) => label.split('').map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*');

/** Amounts after labels in some lines, with the line each is printed on. */
function amountsIn(lines: readonly TextLine[], unit: MoneyUnit) {
  const text = lines.map((l) => l.text).join('\n');
  const lineAt = (offset: number) => lines[text.slice(0, offset).split('\n').length - 1]!.line;
  return (label: string, after = String.raw`(?:[（(][^）)]*[)）])?\s*`): GoalAmount | undefined => {
    const m = new RegExp(`${labelPattern(label)}${after}(-?[0-9][0-9,]*(?:\\.[0-9]+)?)(?![0-9])`).exec(text);
    if (!m) return undefined;
    const fen = parseFen(m[1]!, unit);
    if (fen === null) return undefined;
    return { fen, text: m[1]!, unit, label, line: lineAt(m.index + m[0].length - m[1]!.length) };
  };
}

const unitIn = (text: string): MoneyUnit | undefined => {
  const m = /[（(]\s*(亿\s*元|万\s*元|元)\s*[)）]/.exec(text);
  return m ? (compact(m[1]!) as MoneyUnit) : undefined;
};

/** The index of the first line at or after `from` whose compact text starts so. */
const lineIndex = (lines: readonly TextLine[], re: RegExp, from = 0) => {
  for (let i = from; i < lines.length; i++) if (re.test(compact(lines[i]!.text))) return i;
  return -1;
};

/** The header lines of the indicator rows: lines that are pieces of a known header, from the line starting 一级. */
function header(lines: readonly TextLine[], from: number): { end: number; columns: Columns } {
  let end = from;
  let text = '';
  while (end < lines.length && HEADERS.some((h) => h.includes(compact(lines[end]!.text)))) text += compact(lines[end++]!.text);
  return { end, columns: { basis: /依据/.test(text), prior: /上年完成/.test(text), scoring: /赋分规则/.test(text), evidence: /佐证/.test(text) } };
}

function readGoal(title: string, lines: readonly TextLine[], fallbackUnit: MoneyUnit): DocumentGoal | undefined {
  const department = /部门整体/.test(title);
  const headerAt = lineIndex(lines, /^一级/);
  const goalAt = lineIndex(lines, department ? /^年度(?:绩效)?目标$/ : /^(?:项目)?(?:总体|年度)?(?:绩效)?目标$/);
  if (headerAt < 0) return undefined;
  const notes: string[] = [];
  const head = lines.slice(0, headerAt);
  const headText = head.map((l) => l.text).join('\n');
  const fundsFrom = lineIndex(lines, department ? /^年度预算/ : /^项目资金/);
  // the funds run to the goal's label or the header, whichever comes first after them
  const fundsEnd = Math.min(...[goalAt, headerAt].filter((k) => k > fundsFrom));
  const fundLines = fundsFrom >= 0 ? lines.slice(fundsFrom, fundsEnd) : [];
  const unit = unitIn(fundLines.map((l) => l.text).join('')) ?? fallbackUnit;
  const amount = amountsIn(fundLines, unit);
  const goalEnd = department ? (fundsFrom > goalAt ? fundsFrom : headerAt) : headerAt;
  const goal = goalAt >= 0 ? cellText(...lines.slice(goalAt + 1, goalEnd).map((l) => l.text)) : undefined;
  const { end, columns } = header(lines, headerAt);
  const indicators = indicatorRows(piecesOf(lines.slice(end)), columns, notes);
  const base = { ...(goal ? { goal } : {}), indicators, line: lines[0]!.line, ...(notes.length ? { notes } : {}) };
  if (department) {
    const name = /部门名称(?:[（(]盖章[)）])?\s*(.+)/.exec(headText)?.[1]?.trim();
    const contact = /部门联系人\s*(\S+)\s*联系电话\s*(\S+)/.exec(headText);
    const funds: GoalFunds = {};
    const [superior, own, other] = [amount('上级安排', String.raw`\s*`), amount('本级安排', String.raw`\s*`), amount('其他资金', String.raw`(?:[（(][^）)]*[)）])?\s*(?:其他)?\s*`)];
    Object.assign(funds, superior ? { superior } : {}, own ? { own } : {}, other ? { other } : {});
    return { kind: 'department', name: name ? cellText(name) : '', ...(contact ? { contact: { name: contact[1]!, phone: contact[2]! } } : {}), funds, ...base };
  }
  const named = /项目名称\s*(.+?)(?:\s+项目负责人.*)?$/m.exec(headText);
  if (!named) return undefined;
  const unitName = /(?:预算单位|实施单位)\s*(.+)/.exec(headText)?.[1]?.trim();
  const funds: GoalFunds = {};
  const [total, fiscal, other] = [amount('年度预算总额', String.raw`\s*`), amount('其中：财政拨款', String.raw`\s*`), amount('其他资金', String.raw`\s*`)];
  Object.assign(funds, total ? { total } : {}, fiscal ? { fiscal } : {}, other ? { other } : {});
  return { kind: 'project', name: cellText(named[1]!), ...(unitName ? { unit: cellText(unitName) } : {}), funds, ...base };
}

/**
 * The goal tables of an extracted text; `unit` is the unit of amounts whose table prints none. Returns
 * no goals when the text prints no goal table.
 */
export function goalTablesOfText(text: string, unit: MoneyUnit = '万元'): DocumentGoals {
  const lines = textLines(text);
  const goals: DocumentGoals = { projects: [] };
  for (let i = 0; i < lines.length; i++) {
    const title = compact(lines[i]!.text);
    if (!GOAL_TITLE.test(title)) continue;
    let end = i + 1;
    while (end < lines.length && !GOAL_TITLE.test(compact(lines[end]!.text)) && !END.test(lines[end]!.text)) end++;
    const goal = readGoal(title, lines.slice(i, end), unit);
    if (goal?.kind === 'department') goals.department ??= goal;
    else if (goal) goals.projects.push(goal);
    i = end - 1;
  }
  return goals;
}
