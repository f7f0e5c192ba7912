// 名词解释 from the narrative: the numbered entries under its heading, each "term：definition" (the
// definition running over several sentences until the next entry), a dated signature after the last left out.
import type { GlossaryItem } from '../../check/sections.ts';
import { stretches, type NarrativeBlock } from './narrative-blocks.ts';
import { numberedItems, type Piece } from './numbered-items.ts';

/** The body's name and the date that sign the document ("昌吉…保障局2025年2月14日"): not part of an entry. */
const SIGNATURE = /^[^，。；：:]{0,40}\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/;
const ENTRY = /^([^：:，。；]{1,30})[：:]\s*(.+)$/s;

export function glossaryOf(blocks: readonly NarrativeBlock[]): GlossaryItem[] | undefined {
  for (const stretch of stretches(blocks, (h) => /名词解释|名词说明|术语解释/.test(h))) {
    const pieces: Piece[] = stretch
      .filter((b) => !SIGNATURE.test(b.text))
      .map(({ text, page, file }) => ({ text, ...(page !== undefined ? { page } : {}), ...(file !== undefined ? { file } : {}) }));
    const { items } = numberedItems(pieces);
    // without numbering, each sentence that starts "term：" starts an entry
    const entries = items.length ? items : pieces.filter((p) => ENTRY.test(p.text)).map((p) => ({ ...p, number: 0 }));
    const out: GlossaryItem[] = [];
    for (const e of entries) {
      const m = ENTRY.exec(e.text.trim());
      if (!m) continue;
      out.push({ term: m[1]!.trim(), definition: m[2]!.trim(), ...(e.page !== undefined ? { page: e.page } : {}), ...(e.file !== undefined ? { file: e.file } : {}) });
    }
    if (out.length) return out;
  }
  return undefined;
}
