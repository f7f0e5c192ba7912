// A page of prose that draws a small grid of words — the 2024 决算's p. 5: the last 主要职能 items, then
// 部门决算单位构成 with its list of units as a table (序号 | 单位名称 | 备注) — is narrative, not a table page
// of figures: its sentences and the grid's rows are read with the narrative (the table reader still sees
// the page, where it finds no table of a template).
import { isGridLine } from './cell-columns.ts';
import type { PdfPage } from './page-model.ts';

/** An amount as tables print them: decimals or grouped thousands. */
const FIGURE = /\d\.\d{2}(?!\d)|\d{1,3}(,\d{3})+/;

/** Prose outside the grid (three lines of sentences at least) and no amount inside it. */
export function isProseWithGrid(page: PdfPage): boolean {
  const lines = page.lines.filter((l) => l.angle === 0);
  const inGrid = (l: (typeof lines)[number]) => isGridLine(page, l);
  const prose = lines.filter((l) => !inGrid(l) && /[。；，]/.test(l.text) && l.text.replace(/\s/g, '').length >= 20);
  return prose.length >= 3 && !lines.some((l) => inGrid(l) && FIGURE.test(l.normalised));
}
