// Lines of extracted text (a PDF's text layer copied out): spaces, lookalike characters and page furniture
// normalised, and the cell text and amount tokens the table readers work with.

/** One non-empty line of the text, with its line number in the file (1-based) for messages. */
export interface TextLine {
  text: string;
  line: number;
  /** The line follows a page break the text marks (form feed, a page-number line). */
  afterBreak?: boolean;
}

// CJK radicals that PDF fonts map some ideographs to (U+2E80–U+2EFF have no compatibility decomposition;
// the Kangxi radicals U+2F00–U+2FDF are mapped by NFKC below).
const RADICALS: Record<string, string> = {
  '⺠': '民', '⻄': '西', '⻅': '见', '⻆': '角', '⻉': '贝', '⻋': '车', '⻓': '长', '⻔': '门', '⻘': '青', '⻙': '韦',
  '⻚': '页', '⻛': '风', '⻜': '飞', '⻝': '食', '⻢': '马', '⻤': '鬼', '⻩': '黄', '⻬': '齐', '⻮': '齿', '⻰': '龙', '⻳': '龟',
};

/** A page number or footer on a line of its own: "- 12 -", "第 3 页", "第3页 共20页", "3/20". */
const PAGE_FURNITURE = /^([-—–－]\s*\d+\s*[-—–－]|第\s*\d+\s*页(\s*[,，/]?\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+)$/;

/** A line that is only page furniture (a page number or footer). */
export const isPageFurniture = (line: string): boolean => PAGE_FURNITURE.test(cleanLine(line));

/** Ideographic and no-break spaces, tabs and lookalike radicals replaced; runs of spaces collapsed. */
export function cleanLine(raw: string): string {
  return raw
    .replace(/[\u2e80-\u2eff]/g, (c) => RADICALS[c] ?? c)
    .replace(/[\u2f00-\u2fdf]/g, (c) => c.normalize('NFKC'))
    .replace(/[\t\v\u00a0\u3000\u2002-\u200b\ufeff]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The text's non-empty lines; form feeds and page-number lines are dropped and mark the next line. */
export function textLines(text: string): TextLine[] {
  const out: TextLine[] = [];
  let pending = false;
  text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .forEach((raw, i) => {
      if (raw.includes('\f')) pending = true;
      const text = cleanLine(raw.replace(/\f/g, ' '));
      if (text === '') return;
      if (PAGE_FURNITURE.test(text)) {
        pending = true;
        return;
      }
      out.push({ text, line: i + 1, ...(pending ? { afterBreak: true } : {}) });
      pending = false;
    });
  return out;
}

// "CJK" for the spacing rule: ideographs, CJK punctuation, full-width forms and curly quotes.
const CJK = '\\u2018-\\u201f\\u3000-\\u303f\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef';
const SPACE_AFTER_CJK = new RegExp(`([${CJK}]) (?=[${CJK}A-Za-z0-9])`, 'g');
const SPACE_BEFORE_CJK = new RegExp(`([A-Za-z0-9]) (?=[${CJK}])`, 'g');

/**
 * Cell text as printed: the pieces of a wrapped cell joined, and the spaces the extraction puts between two
 * CJK characters or between a CJK character and a digit or letter removed ("收 入 总 计" → "收入总计",
 * "12333 热线平台" → "12333热线平台"); everything else (full-width brackets, "其中：") is kept.
 */
export function cellText(...pieces: string[]): string {
  return pieces.join(' ').replace(/\s+/g, ' ').trim().replace(SPACE_AFTER_CJK, '$1').replace(SPACE_BEFORE_CJK, '$1');
}

/** Full-width digits, commas, points and minus signs as ASCII (only for tokens read as numbers). */
const asciiNumber = (token: string) => token.replace(/[\uff10-\uff19\uff0c\uff0e\uff0d\u2212]/g, (c) => (c === '\u2212' ? '-' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));

/** An amount as tables print it: digits with a decimal point, optional thousands separators and sign. */
const AMOUNT = /^-?(\d{1,3}(,\d{3})+|\d+)\.\d+$/;

/** The amount a token prints, without thousands separators ("1,845.57" → "1845.57"); undefined if none. */
export function amountToken(token: string): string | undefined {
  const t = asciiNumber(token);
  return AMOUNT.test(t) ? t.replace(/,/g, '') : undefined;
}
