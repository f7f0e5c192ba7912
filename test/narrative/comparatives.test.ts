// Prior-year comparatives of the sample against every "比上年…增加/减少 X 万元，增长/下降 Y%" the seed prints.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatAmount, parseFen } from '../../src/model/money.ts';
import { allChanges, changeOf, currentAmount } from '../../src/narrative/comparatives.ts';
import { loadSample, seedText } from '../support/reference.ts';
import { compact, section } from '../support/seed-text.ts';

const d = loadSample();
const narrative = compact(section(seedText(), '第三部分', '部门整体绩效目标表'));
const wan = (fen: number) => formatAmount(fen, '万元', { grouping: false });

// "<amount>万元，[占 s%，]比上年预算增加<change>万元，增长<pct>%"
const CLAIM = /(\d[\d,]*\.\d{2})万元，(?:占\d+\.\d{2}%，)?比上年预算(增加|减少)(\d+\.\d{2})万元，(增长|下降)(\d+\.\d{2})%/g;
const claims = [...narrative.matchAll(CLAIM)].map((m) => ({
  text: m[0],
  amount: wan(parseFen(m[1]!, '万元')!),
  direction: m[2]!,
  change: m[3]!,
  percent: m[5]!,
}));

test('the seed states at least 25 year-on-year changes with amount, change and percentage', () => {
  assert.ok(claims.length >= 25, `found ${claims.length}`);
});

test('each stated change is reproduced by a comparative of the sample: amount, direction, change and percentage', () => {
  const changes = allChanges(d);
  for (const claim of claims) {
    const match = changes.find(
      (c) =>
        wan(c.current) === claim.amount &&
        wan(Math.abs(c.change)) === claim.change &&
        c.direction === claim.direction &&
        (c.percent ?? '').replace('-', '') === claim.percent,
    );
    assert.ok(match, `no comparative reproduces: ${claim.text}`);
  }
});

test('一般公共预算: 1,733.57 万元, +229.83 万元, 15.28% — the reason is kept', () => {
  const c = changeOf(d, 'income.general')!;
  assert.equal(wan(c.current), '1733.57');
  assert.equal(wan(c.change), '229.83');
  assert.equal(c.percent, '15.28');
  assert.match(c.reason ?? '', /人员工资调增/);
});

test('a fall to zero is -100.00% (上级转移支付 0.00, 比上年减少 10.00)', () => {
  const c = changeOf(d, 'income.general_transfer')!;
  assert.equal(c.current, 0);
  assert.equal(c.direction, '减少');
  assert.equal(c.percent, '-100.00');
});

test('unchanged 三公 items are 持平 and a zero base gives no percentage', () => {
  assert.equal(changeOf(d, 'three_public.vehicle_operation')!.direction, '持平');
  assert.equal(changeOf(d, 'three_public.abroad')!.percent, null);
});

test('current amounts follow the key grammar', () => {
  assert.equal(wan(currentAmount(d, 'function.general_budget.2080101.personnel')), '756.34');
  assert.equal(wan(currentAmount(d, 'function.general_budget.2080101.public')), '173.03');
  assert.equal(wan(currentAmount(d, 'carryover.yuanjiang')), '48.00');
  assert.equal(wan(currentAmount(d, 'three_public.total')), '9.20');
  assert.throws(() => currentAmount(d, 'nonsense.key'), /unknown comparison key/);
});
