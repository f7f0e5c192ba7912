// Rows of 收入预算总表 printed as a list (Jiangsu 2017): 项目名称 | 金额, a group's name in a cell spanning its
// lines (一般公共预算资金 over 小计, 公共财政拨款(补助)资金, 专项收入). The group cell prints on whichever of its
// lines the text falls, and either cell may wrap ("一般公共预" … "算资金"), so lines are matched to the
// template's lines in order by their own cells, the group names and their pieces set aside.
import { incomeListName, type IncomeListSpec } from '../../templates/template.ts';
import { incomeListRoles } from '../../tables/views/income-list.ts';
import { splitCodeLine } from './row-reader.ts';
import type { DraftRow } from './table-draft.ts';
import type { BodyLine } from './table-block.ts';

const key = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

interface Open {
  line: number;
  /** The template line's index. */
  at: number;
  text: string;
  amounts: string[];
}

/**
 * The list's rows, one per template line it prints (in order; a line not printed gets no row), and what
 * could not be matched: text that is no line's label or group, amounts beside no line.
 */
export function incomeListRows(body: readonly BodyLine[], spec: IncomeListSpec, number: number): { rows: DraftRow[]; notes: string[] } {
  const labels = spec.lines.map((l) => key(l.label));
  const groups = spec.lines.flatMap((l) => (l.group ? [l.group, ...(l.groupAliases ?? [])] : [])).map(key);
  const roles = incomeListRoles(spec);
  const rows: DraftRow[] = [];
  const stray: string[] = [];
  const strayAmounts: string[] = [];
  let next = 0;
  let group: string | undefined;
  let sub: Open | undefined;

  const close = (o: Open) => {
    const line = spec.lines[o.at]!;
    rows.push({
      code: '',
      name: incomeListName(line),
      level: line.level,
      ...(roles[o.at] ? { role: roles[o.at] } : {}),
      preset: [''],
      amounts: o.amounts,
      slots: [0],
      ...(line.level === 0 ? { key: 'T' } : {}),
      line: o.line,
    });
    next = o.at + 1;
  };
  /** The first template line from `next` whose label is `text` (exactly) or starts with it. */
  const find = (text: string, exact: boolean) => {
    for (let j = next; j < labels.length; j++) if (exact ? labels[j] === text : labels[j]!.startsWith(text)) return j;
    return -1;
  };

  for (const line of body) {
    const { label, amounts } = splitCodeLine(line.tokens, false);
    let unplaced = [...amounts];
    const take = (o: Open) => {
      if (o.amounts.length === 0 && unplaced.length) {
        o.amounts = unplaced;
        unplaced = [];
      }
    };
    for (const token of label.map(key).filter(Boolean)) {
      if (group !== undefined && groups.some((g) => g.startsWith(group + token))) {
        group = groups.includes(group + token) ? undefined : group + token;
        continue;
      }
      if (sub) {
        const text = sub.text + token;
        const exact = find(text, true);
        const at = exact >= 0 ? exact : find(text, false);
        if (at >= 0) {
          sub = { ...sub, text, at };
          take(sub);
          if (exact >= 0) {
            close(sub);
            sub = undefined;
          }
          continue;
        }
      }
      if (groups.includes(token)) continue;
      if (groups.some((g) => g.startsWith(token))) {
        group = token;
        continue;
      }
      const exact = find(token, true);
      const at = exact >= 0 ? exact : find(token, false);
      if (at < 0) {
        stray.push(token);
        continue;
      }
      if (sub) stray.push(sub.text);
      sub = { line: line.line, at, text: token, amounts: [] };
      take(sub);
      if (exact >= 0) {
        close(sub);
        sub = undefined;
      }
    }
    if (unplaced.length && sub) take(sub);
    const last = rows.at(-1);
    if (unplaced.length && !sub && last && last.amounts.length === 0 && last.line === line.line) {
      last.amounts = unplaced;
      unplaced = [];
    }
    strayAmounts.push(...unplaced);
  }
  if (sub) stray.push(sub.text);
  const notes: string[] = [];
  const n = (zh: string, en: string) => notes.push(`表${number}：${zh} (${en})`);
  if (stray.length) n(`未能对应模板行的文字：${stray.join('、')}`, `text matching no line of the template: ${stray.join(', ')}`);
  if (strayAmounts.length) n(`未能对应到行的金额：${strayAmounts.join('、')}`, `amounts beside no line: ${strayAmounts.join(', ')}`);
  const extra = rows.filter((r) => r.amounts.length > 1);
  if (extra.length) n(`${extra.map((r) => r.name).join('、')} 印有多个金额`, `several amounts on one line`);
  return { rows: rows.map((r) => (r.amounts.length > 1 ? { ...r, amounts: r.amounts.slice(0, 1) } : r)), notes };
}
