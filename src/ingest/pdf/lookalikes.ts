// Characters that look like ordinary ones but are not: what a PDF's ToUnicode map sometimes gives for
// a glyph its font shares between a radical and an ideograph (⽀ U+2F40 for 支, ⼈ U+2F08 for 人).
// Searching or matching such text fails silently, so extracted text maps them to the ordinary character.

/**
 * CJK Radicals Supplement (U+2E80–U+2EFF) with an ordinary character of the same shape. Unicode gives a
 * compatibility mapping for two only (⺟ 母, ⻳ 龟); the rest are mapped by their names (C-SIMPLIFIED
 * GATE → 门). Radicals that exist only as components (⺈, ⺍, ⺮…) have no ordinary character and stay.
 */
const RADICALS_SUPPLEMENT: Readonly<Record<string, string>> = {
  '⺀': '冫', '⺁': '厂', '⺂': '乛', '⺃': '乚', '⺅': '亻', '⺆': '冂', '⺇': '几', '⺉': '刂', '⺊': '卜',
  '⺋': '㔾', '⺐': '尢', '⺒': '巳', '⺓': '幺', '⺕': '彐', '⺖': '忄', '⺘': '扌', '⺙': '攵', '⺛': '旡',
  '⺜': '日', '⺝': '月', '⺞': '歺', '⺟': '母', '⺠': '民', '⺡': '氵', '⺢': '氺', '⺣': '灬', '⺤': '爫',
  '⺦': '丬', '⺨': '犭', '⺩': '王', '⺪': '疋', '⺫': '罒', '⺬': '示', '⺭': '礻', '⺯': '糹', '⺰': '纟',
  '⺲': '罒', '⺹': '耂', '⺺': '肀', '⺻': '聿', '⺼': '月', '⺾': '艹', '⺿': '艹', '⻀': '艹', '⻁': '虍',
  '⻂': '衤', '⻃': '覀', '⻄': '西', '⻅': '见', '⻆': '角', '⻇': '角', '⻈': '讠', '⻉': '贝', '⻋': '车',
  '⻌': '辶', '⻍': '辶', '⻎': '辶', '⻏': '阝', '⻐': '钅', '⻑': '長', '⻒': '镸', '⻓': '长', '⻔': '门',
  '⻖': '阝', '⻗': '雨', '⻘': '青', '⻙': '韦', '⻚': '页', '⻛': '风', '⻜': '飞', '⻝': '食', '⻞': '飠',
  '⻠': '饣', '⻡': '首', '⻢': '马', '⻣': '骨', '⻤': '鬼', '⻥': '鱼', '⻦': '鸟', '⻧': '卤', '⻨': '麦',
  '⻩': '黄', '⻪': '黾', '⻫': '斉', '⻬': '齐', '⻭': '歯', '⻮': '齿', '⻯': '竜', '⻰': '龙', '⻱': '龜',
  '⻲': '亀', '⻳': '龟',
};

/**
 * Kangxi radicals (U+2F00–U+2FD5) and CJK compatibility ideographs (U+F900–U+FAFF, and the supplement
 * U+2F800–U+2FA1F) carry a Unicode (compatibility or canonical) mapping to the unified ideograph: NFKC of
 * that one character. The Kangxi block gives the traditional shape where the two differ (⾨ → 門), as the
 * glyph drawn is.
 */
const MAPPED_BY_NFKC = /[\u2f00-\u2fdf\uf900-\ufaff\u{2f800}-\u{2fa1f}]/u;
const LOOKALIKES = '\\u2e80-\\u2eff\\u2f00-\\u2fdf\\uf900-\\ufaff\\u{2f800}-\\u{2fa1f}';
const ANY_LOOKALIKE = new RegExp(`[${LOOKALIKES}]`, 'u');
const EACH_LOOKALIKE = new RegExp(`[${LOOKALIKES}]`, 'gu');

/** The text with CJK radical and compatibility lookalikes replaced by the ordinary characters. */
export function mapLookalikes(text: string): string {
  if (!ANY_LOOKALIKE.test(text)) return text;
  return text.replace(EACH_LOOKALIKE, (ch) => RADICALS_SUPPLEMENT[ch] ?? (MAPPED_BY_NFKC.test(ch) ? ch.normalize('NFKC') : ch));
}

/** Whether the text holds a character mapLookalikes would replace. */
export function hasLookalikes(text: string): boolean {
  return mapLookalikes(text) !== text;
}

const FULL_WIDTH_DIGIT = /[\uff10-\uff19]/g;

/**
 * Figures written in full-width forms, as ASCII: digits ０–９, and the sign, decimal point, percent sign
 * and thousands separator around them (－１２．５％ → -12.5%); the ideographic space becomes a space.
 * Chinese punctuation elsewhere (，。：（）) is left as printed.
 */
export function normaliseFigures(text: string): string {
  return text
    .replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30))
    .replace(/[－＋](?=\d)/g, (s) => (s === '－' ? '-' : '+'))
    .replace(/(?<=\d)[．，](?=\d)/g, (s) => (s === '．' ? '.' : ','))
    .replace(/(?<=\d)％/g, '%')
    .replace(/\u3000/g, ' ');
}
