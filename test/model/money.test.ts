// Tests for src/model/money.ts. Expected values are written out by hand (or taken from the
// 2025 budget disclosure used as the project sample), never computed by the code under test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  FEN_PER_UNIT,
  MoneyError,
  formatAmount,
  fenToYuanString,
  halfUnitFen,
  parseFen,
  percent,
  roundToUnit,
  sumFen,
  yuanStringToFen,
  type MoneyUnit,
} from '../../src/model/money.ts';

const MAX = 9007199254740991; // Number.MAX_SAFE_INTEGER, written out

/** Asserts that fn throws a MoneyError whose message names `input` and matches `pattern`. */
function throwsMoney(fn: () => unknown, input: string, pattern?: RegExp): void {
  assert.throws(fn, (err: unknown) => {
    assert.ok(err instanceof MoneyError, `expected MoneyError, got ${String(err)}`);
    assert.equal(err.input, input);
    assert.ok(err.message.includes(`"${input}"`), `message ${err.message} should quote ${input}`);
    if (pattern) assert.match(err.message, pattern);
    return true;
  });
}

test('FEN_PER_UNIT', () => {
  assert.deepEqual(FEN_PER_UNIT, { 元: 100n, 万元: 1000000n, 亿元: 10000000000n });
});

test('parseFen: plain 元 amounts', () => {
  assert.equal(parseFen('0'), 0);
  assert.equal(parseFen('12'), 1200);
  assert.equal(parseFen('12.3'), 1230);
  assert.equal(parseFen('12.30'), 1230);
  assert.equal(parseFen('0.05'), 5);
  assert.equal(parseFen('1,845.57'), 184557);
  assert.equal(parseFen('18,455,700.00'), 1845570000);
  assert.equal(parseFen('  12.30\t'), 1230);
  assert.equal(parseFen('+12.30'), 1230);
});

test('parseFen: negatives (ASCII, full-width, U+2212, accounting parentheses)', () => {
  assert.equal(parseFen('-12.30'), -1230);
  assert.equal(parseFen('－12.30'), -1230);
  assert.equal(parseFen('\u221212.30'), -1230);
  assert.equal(parseFen('(12.30)'), -1230);
  assert.equal(parseFen('（12.30）'), -1230);
  assert.equal(parseFen('( 1,845.57 )'), -184557);
  assert.equal(parseFen('(12.30万元)'), -12300000);
  assert.equal(parseFen('(12.30)万元'), -12300000);
  assert.ok(Object.is(parseFen('-0.00'), 0), '-0.00 is 0, not -0');
});

test('parseFen: full-width digits, comma, period and spaces', () => {
  assert.equal(parseFen('１，８４５．５７'), 184557);
  assert.equal(parseFen('\u3000１２．３０\u3000'), 1230);
  assert.equal(parseFen('１８４５．５７万元'), 1845570000);
  assert.equal(parseFen('＋５'), 500);
});

test('parseFen: units, from suffix or argument', () => {
  assert.equal(parseFen('1845.57万元'), 1845570000);
  assert.equal(parseFen('18,455,700.00元'), 1845570000);
  assert.equal(parseFen('3亿元'), 30000000000); // 300,000,000 元
  assert.equal(parseFen('1845.57 万元'), 1845570000);
  assert.equal(parseFen('1845.57', '万元'), 1845570000);
  assert.equal(parseFen('0.5', '亿元'), 5000000000);
  // a suffix overrides the argument
  assert.equal(parseFen('12元', '万元'), 1200);
  assert.equal(parseFen('1万元', '亿元'), 1000000);
});

test('parseFen: decimal places down to one fen, never below', () => {
  assert.equal(parseFen('0.000001万元'), 1);
  assert.equal(parseFen('1.234', '万元'), 1234000); // 12,340 元
  assert.equal(parseFen('0.0000000001亿元'), 1);
  throwsMoney(() => parseFen('1.234'), '1.234', /分/);
  throwsMoney(() => parseFen('1.234元', '万元'), '1.234元');
  throwsMoney(() => parseFen('0.0000001万元'), '0.0000001万元');
  throwsMoney(() => parseFen('0.0000001', '万元'), '0.0000001');
  throwsMoney(() => parseFen('0.00000000001亿元'), '0.00000000001亿元');
});

test('parseFen: "no value" cells are null', () => {
  for (const blank of ['', '   ', '\u3000', '-', '－', '—', '——', '/', ' - ', '／']) {
    assert.equal(parseFen(blank), null, JSON.stringify(blank));
  }
});

test('parseFen: malformed text throws MoneyError naming the text', () => {
  const bad = [
    '12.3.4', '1,84,5x', 'abc', '1.2.3万元', '12元元', '1,84', '12,3456', ',123', '1,234,',
    '1,,234', '.5', '12.', '--12', '+-12', '(-12)', '(12', '12)', '-(12)', '1 234', '12美元',
    '元', '万元', '()', '1e5', '0x10', 'NaN', 'Infinity', '12.3万', '12 .3', '+', '1,234.5,6',
  ];
  for (const text of bad) throwsMoney(() => parseFen(text), text, /无法识别的金额.*not an amount/);
  throwsMoney(() => parseFen('12.3.4'), '12.3.4');
  assert.throws(() => parseFen('12.3.4'), { message: '无法识别的金额 "12.3.4" (not an amount)' });
});

test('parseFen: safe-integer limit', () => {
  assert.equal(parseFen('90071992547409.91'), MAX);
  assert.equal(parseFen('-90,071,992,547,409.91'), -MAX);
  assert.equal(parseFen('9007199254.740991万元'), MAX);
  throwsMoney(() => parseFen('9007199254.740992万元'), '9007199254.740992万元', /too large/);
  assert.equal(parseFen('900719.9254740991亿元'), MAX);
  throwsMoney(() => parseFen('90071992547409.92'), '90071992547409.92', /过大.*too large/);
  throwsMoney(() => parseFen('-90071992547409.92'), '-90071992547409.92', /too large/);
  throwsMoney(() => parseFen('900720亿元'), '900720亿元', /too large/);
  throwsMoney(() => parseFen('123456789012345678901234567890'), '123456789012345678901234567890', /too large/);
});

test('formatAmount: 万元 half-up at the x.xx5 boundary', () => {
  assert.equal(formatAmount(1845570000, '万元'), '1,845.57');
  assert.equal(formatAmount(1845574999, '万元'), '1,845.57');
  assert.equal(formatAmount(1845575000, '万元'), '1,845.58');
  assert.equal(formatAmount(1845565000, '万元'), '1,845.57');
  assert.equal(formatAmount(1845564999, '万元'), '1,845.56');
  // 1.005 万元: a float would show 1.00 ((1005000 / 1e6).toFixed(2) === '1.00')
  assert.equal(formatAmount(1005000, '万元'), '1.01');
});

test('formatAmount: negatives round half away from zero, zero has no sign', () => {
  assert.equal(formatAmount(-1230, '元'), '-12.30');
  assert.equal(formatAmount(-1845575000, '万元'), '-1,845.58');
  assert.equal(formatAmount(-1845574999, '万元'), '-1,845.57');
  assert.equal(formatAmount(-5000, '万元'), '-0.01');
  assert.equal(formatAmount(-4999, '万元'), '0.00');
  assert.equal(formatAmount(-1005000, '万元'), '-1.01');
  assert.equal(formatAmount(0, '万元'), '0.00');
  assert.equal(formatAmount(0, '元'), '0.00');
});

test('formatAmount: units, decimals and grouping options', () => {
  assert.equal(formatAmount(184557, '元'), '1,845.57');
  assert.equal(formatAmount(1845570000, '元'), '18,455,700.00');
  assert.equal(formatAmount(1845570000, '元', { grouping: false }), '18455700.00');
  assert.equal(formatAmount(1845570000, '万元', { decimals: 0 }), '1,846');
  assert.equal(formatAmount(1845570000, '万元', { decimals: 1 }), '1,845.6');
  assert.equal(formatAmount(1845570000, '万元', { decimals: 4 }), '1,845.5700');
  assert.equal(formatAmount(1230, '元', { decimals: 4 }), '12.3000');
  assert.equal(formatAmount(300000000000, '亿元'), '30.00');
  assert.equal(formatAmount(5, '元'), '0.05');
  assert.equal(formatAmount(50, '元', { decimals: 0 }), '1');
  assert.equal(formatAmount(-50, '元', { decimals: 0 }), '-1');
  assert.equal(formatAmount(49, '元', { decimals: 0 }), '0');
  assert.equal(formatAmount(123456, '元', { decimals: 0, grouping: true }), '1,235');
});

test('formatAmount: huge values stay exact', () => {
  assert.equal(formatAmount(MAX, '元'), '90,071,992,547,409.91');
  assert.equal(formatAmount(MAX, '万元'), '9,007,199,254.74');
  assert.equal(formatAmount(MAX, '亿元'), '900,719.93');
  assert.equal(formatAmount(-MAX, '亿元'), '-900,719.93');
  throwsMoney(() => formatAmount(MAX + 1, '元'), '9007199254740992');
  throwsMoney(() => formatAmount(1.5, '元'), '1.5');
  throwsMoney(() => formatAmount(Number.NaN, '元'), 'NaN');
});

test('roundToUnit: exact fen of the displayed figure', () => {
  assert.equal(roundToUnit(1845574999, '万元'), 1845570000);
  assert.equal(roundToUnit(1845575000, '万元'), 1845580000);
  assert.equal(roundToUnit(-1845575000, '万元'), -1845580000);
  assert.equal(roundToUnit(-4999, '万元'), 0);
  assert.equal(roundToUnit(-5000, '万元'), -10000);
  assert.equal(roundToUnit(1845570000, '万元', 0), 1846000000);
  assert.equal(roundToUnit(12345, '元'), 12345);
  assert.equal(roundToUnit(12345, '元', 4), 12345);
  assert.equal(roundToUnit(12350, '元', 0), 12400);
  assert.equal(roundToUnit(14999999999, '亿元', 0), 10000000000);
  assert.equal(roundToUnit(MAX, '万元'), 9007199254740000);
  // 900,719.93 亿元 and 900,720 亿元 are beyond the safe range
  throwsMoney(() => roundToUnit(MAX, '亿元'), String(MAX), /too large/);
  throwsMoney(() => roundToUnit(MAX, '亿元', 0), String(MAX), /too large/);
});

test('halfUnitFen', () => {
  assert.equal(halfUnitFen('万元'), 5000);
  assert.equal(halfUnitFen('万元', 2), 5000);
  assert.equal(halfUnitFen('万元', 0), 500000);
  assert.equal(halfUnitFen('万元', 6), 0);
  assert.equal(halfUnitFen('亿元'), 50000000);
  assert.equal(halfUnitFen('元', 0), 50);
  assert.equal(halfUnitFen('元', 1), 5);
  assert.equal(halfUnitFen('元'), 0); // 元 at 2 decimals is exact: half a fen, floored
  assert.throws(() => halfUnitFen('元', -1), RangeError);
  assert.throws(() => halfUnitFen('元', 1.5), RangeError);
});

test('fenToYuanString: canonical values', () => {
  assert.equal(fenToYuanString(184557000), '1845570.00');
  assert.equal(fenToYuanString(1845570000), '18455700.00');
  assert.equal(fenToYuanString(-1230), '-12.30');
  assert.equal(fenToYuanString(0), '0.00');
  assert.equal(fenToYuanString(-0), '0.00');
  assert.equal(fenToYuanString(5), '0.05');
  assert.equal(fenToYuanString(-5), '-0.05');
  assert.equal(fenToYuanString(50), '0.50');
  assert.equal(fenToYuanString(100), '1.00');
  assert.equal(fenToYuanString(-101), '-1.01');
  assert.equal(fenToYuanString(MAX), '90071992547409.91');
  assert.equal(fenToYuanString(-MAX), '-90071992547409.91');
  throwsMoney(() => fenToYuanString(MAX + 1), '9007199254740992');
  throwsMoney(() => fenToYuanString(0.1), '0.1');
});

test('yuanStringToFen: accepts canonical and plain decimals', () => {
  assert.equal(yuanStringToFen('1845570.00'), 184557000);
  assert.equal(yuanStringToFen('-12.30'), -1230);
  assert.equal(yuanStringToFen('0.00'), 0);
  assert.equal(yuanStringToFen('12'), 1200);
  assert.equal(yuanStringToFen('12.3'), 1230);
  assert.equal(yuanStringToFen('-0.05'), -5);
  assert.equal(yuanStringToFen('0.5'), 50);
  assert.ok(Object.is(yuanStringToFen('-0'), 0));
  assert.equal(yuanStringToFen('90071992547409.91'), MAX);
  throwsMoney(() => yuanStringToFen('90071992547409.92'), '90071992547409.92', /too large/);
});

test('yuanStringToFen: rejects everything else', () => {
  const bad = [
    '', ' 12', '12 ', '+12', '1,845.57', '12.345', '12.', '.5', '１２', '(12.30)', '12元',
    '012', '-', '--1', 'abc', '1e3', '12.3.4', '−12.30',
  ];
  for (const text of bad) throwsMoney(() => yuanStringToFen(text), text, /not an amount/);
});

test('fenToYuanString / yuanStringToFen round trip', () => {
  const values: number[] = [0, 1, 5, 9, 10, 99, 100, 101, 999, 1000, 184557, 1845570000, MAX - 1, MAX];
  for (let i = -1234; i <= 1234; i += 7) values.push(i);
  for (let p = 1; p <= MAX; p *= 3) values.push(p, p + 1, -p);
  for (const v of values) {
    for (const fen of [v, -v]) assert.ok(Object.is(yuanStringToFen(fenToYuanString(fen)), fen === 0 ? 0 : fen));
  }
  for (const text of ['0.00', '0.05', '-0.05', '12.30', '-12.30', '1845570.00', '90071992547409.91']) {
    assert.equal(fenToYuanString(yuanStringToFen(text)), text);
  }
  assert.equal(fenToYuanString(yuanStringToFen('12.3')), '12.30');
  assert.equal(fenToYuanString(yuanStringToFen('-7')), '-7.00');
});

test('sumFen', () => {
  assert.equal(sumFen([]), 0);
  assert.equal(sumFen([1733570000, 112000000]), 1845570000);
  assert.equal(sumFen([1259270000, 586300000]), 1845570000);
  assert.equal(sumFen([-5, 5]), 0);
  assert.equal(sumFen([MAX, 1, -1]), MAX); // exact even though MAX + 1 overflows midway
  assert.equal(sumFen([MAX, -MAX]), 0);
  assert.throws(() => sumFen([MAX, 1]), (e: unknown) => e instanceof MoneyError && /too large/.test(e.message));
  assert.throws(() => sumFen([-MAX, -1]), MoneyError);
  throwsMoney(() => sumFen([1, 0.5]), '0.5');
  throwsMoney(() => sumFen([Number.NaN]), 'NaN');
});

test('percent: figures from the 2025 disclosure (万元 amounts)', () => {
  const total = 1845570000; // 1,845.57 万元
  assert.equal(percent(1733570000, total), '93.93'); // 财政拨款 1,733.57
  assert.equal(percent(112000000, total), '6.07'); // 其他收入 112.00
  assert.equal(percent(1259270000, total), '68.23'); // 基本支出 1,259.27
  assert.equal(percent(586300000, total), '31.77'); // 项目支出 586.30
  assert.equal(percent(229830000, 1503740000), '15.28'); // 增长 229.83 on 1,503.74
  assert.equal(percent(61120000, 1733570000), '3.53');
  assert.equal(percent(92490000, 1733570000), '5.34');
});

test('percent: sign, exact half-up, decimals, zero base', () => {
  assert.equal(percent(-4896, 10000), '-48.96');
  assert.equal(percent(4896, -10000), '-48.96');
  assert.equal(percent(-4896, -10000), '48.96');
  assert.equal(percent(1005, 100000), '1.01'); // exactly 1.005%; float gives 1.00
  assert.equal(percent(-1005, 100000), '-1.01');
  assert.equal(percent(1, 16, 1), '6.3'); // 6.25%
  assert.equal(percent(-1, 16, 1), '-6.3');
  assert.equal(percent(1, 3), '33.33');
  assert.equal(percent(2, 3), '66.67');
  assert.equal(percent(2, 3, 0), '67');
  assert.equal(percent(1, 3, 4), '33.3333');
  assert.equal(percent(-1, 300000), '0.00'); // rounds to zero: no "-0.00"
  assert.equal(percent(0, 5), '0.00');
  assert.equal(percent(5, 5), '100.00');
  assert.equal(percent(MAX, 1), '900719925474099100.00');
  assert.equal(percent(12, 0), null);
  assert.equal(percent(0, 0), null);
});

test('units agree: parse then format is stable for table cells', () => {
  const cells: [string, MoneyUnit, string][] = [
    ['1,845.57', '万元', '1,845.57'],
    ['（586.30）', '万元', '-586.30'],
    ['１２．３', '元', '12.30'],
    ['0.004999万元', '万元', '0.00'],
    ['0.005万元', '万元', '0.01'],
    ['3亿元', '万元', '30,000.00'],
  ];
  for (const [text, unit, shown] of cells) {
    const fen = parseFen(text, unit);
    assert.notEqual(fen, null);
    assert.equal(formatAmount(fen ?? 0, unit), shown, text);
  }
});
