// zod codecs for the JSON form of amounts: decimal strings in 元 ("9293740.00") <-> integer fen.
import { z } from 'zod';
import { fenToYuanString, MoneyError, yuanStringToFen } from './money.ts';

/** An amount: JSON "1234.56" (元, at most two decimals) <-> integer fen in memory. */
export const amountSchema = z.codec(z.string(), z.int(), {
  decode: (text, ctx) => {
    try {
      return yuanStringToFen(text);
    } catch (err) {
      ctx.issues.push({ code: 'custom', input: text, message: err instanceof MoneyError ? err.message : String(err) });
      return z.NEVER;
    }
  },
  encode: (fen) => fenToYuanString(fen),
});

/** A non-money decimal quantity kept exactly as text (area in m², indicator values): "21269.17". */
export const decimalSchema = z.string().regex(/^-?\d+(\.\d+)?$/, '应为十进制数字 (expected a decimal number such as "21269.17")');

/** Calendar date "YYYY-MM-DD". */
export const dateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '应为日期 YYYY-MM-DD (expected a date YYYY-MM-DD)');
