// The explicit order in which a placement is chosen when the arithmetic leaves several (each such choice is
// also recorded as a note on the table): economic classes of project spending in the order such spending
// most commonly falls in them, every other column from left to right as printed.

/** 商品和服务支出, 资本性支出, 对个人和家庭的补助, 其他支出, 工资福利支出, 资本性支出（基本建设）, 对企业补助, … */
export const ECON_PREFERENCE = ['302', '310', '303', '399', '301', '309', '312', '311', '313', '307'] as const;

/** Each column's rank (lower is preferred) and the order in words. */
export function columnPreference(roles: readonly string[], columns: readonly string[]): { rank: number[]; why: string } {
  const econ = roles.map((r) => /\.econ:(\d{3})/.exec(r)?.[1]);
  const rank = roles.map((_, c) => {
    const e = econ[c];
    if (e === undefined) return 100 + c;
    const i = (ECON_PREFERENCE as readonly string[]).indexOf(e);
    return i < 0 ? 50 + c : i;
  });
  if (!econ.some(Boolean)) return { rank, why: '按印刷顺序靠左的列优先 (leftmost column first)' };
  const named = roles
    .map((_, c) => c)
    .filter((c) => econ[c] !== undefined)
    .sort((a, b) => rank[a]! - rank[b]!)
    .map((c) => columns[c]);
  const first = `${named.slice(0, 3).join('、')}${named.length > 3 ? '…' : ''}`;
  return { rank, why: `经济分类列按项目支出最常见的顺序优先：${first}；其余列靠左优先 (economic classes in the order project spending most often falls in: ${ECON_PREFERENCE.slice(0, 3).join(', ')}…; other columns leftmost first)` };
}
