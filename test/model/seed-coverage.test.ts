// Nothing of the reference document is left out of the model: every amount, share, change and count the
// seed prints is found in the sample disclosure — stated in it, or computed from it by yusuan.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Disclosure } from '../../src/model/disclosure.ts';
import { encodeDisclosure } from '../../src/model/io.ts';
import { parseFen, percent, roundToUnit, type Fen } from '../../src/model/money.ts';
import { allChanges } from '../../src/narrative/comparatives.ts';
import { departmentFunds, projectFunds } from '../../src/narrative/performance-funds.ts';
import { loadSample, seedText, tablesOf } from '../support/reference.ts';
import { compact, section } from '../support/seed-text.ts';

const d = loadSample();
const seed = seedText();
const toWan = (text: string): Fen => roundToUnit(parseFen(text, '万元')!, '万元');

/** Every amount (in fen, rounded as printed in 万元) the model states or yusuan derives. */
function amountsOf(d: Disclosure): Set<Fen> {
  const out = new Set<Fen>();
  const add = (fen: Fen) => out.add(roundToUnit(Math.abs(fen), '万元'));
  for (const t of tablesOf(d)) for (const r of t.rows) for (const v of r.values) if (v) out.add(toWan(v));
  for (const c of allChanges(d)) [c.current, c.prior, c.change].forEach(add);
  for (const p of d.projects) Object.values(projectFunds(d, p.id)).forEach(add);
  Object.values(departmentFunds(d)).forEach(add);
  // Stated amounts (元 strings in the JSON form) and numbers written inside text (reasons, targets, priors).
  const walk = (value: unknown): void => {
    if (typeof value === 'string') {
      if (/^-?\d+\.\d{2}$/.test(value)) add(parseFen(value, '元')!);
      for (const m of value.matchAll(/(?<![\d.])\d{1,9}(?:\.\d{1,6})?(?![\d.])/g)) out.add(toWan(m[0]));
    } else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(encodeDisclosure(d));
  add(d.procurement.goods + d.procurement.works + d.procurement.services);
  return out;
}

/** Shares of the wholes the narrative divides by, and the percentages of the stated changes. */
function percentagesOf(d: Disclosure): Set<string> {
  const out = new Set<string>();
  for (const c of allChanges(d)) out.add((c.percent ?? '0.00').replace('-', ''));
  const tables = tablesOf(d);
  const cells = tables.flatMap((t) => t.rows.flatMap((r) => r.values)).filter(Boolean).map(toWan);
  const wholes = [tables[0]!.rows.at(-1)!.values[0]!, tables[4]!.rows[0]!.values[0]!].map(toWan);
  for (const whole of wholes) for (const part of [0, ...cells, ...allChanges(d).map((c) => c.shown)]) out.add(percent(part, whole)!);
  return out;
}

/** Whole numbers the model states (counts, weights, phone digits) or derives (totals of people, offices, projects). */
function countsOf(d: Disclosure): Set<string> {
  const out = new Set<string>();
  const walk = (value: unknown): void => {
    if (typeof value === 'number') out.add(String(value));
    else if (typeof value === 'string') for (const m of value.matchAll(/\d+/g)) out.add(String(Number(m[0])));
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(encodeDisclosure(d));
  const s = d.overview.staffing;
  out.add(String(s.inService.count + s.retired.count + s.separated.count));
  out.add(String(d.overview.offices.length));
  out.add(String(d.projects.filter((p) => projectFunds(d, p.id).fiscal > 0).length));
  out.add(String(d.assets.vehicles.reduce((n, v) => n + v.count, 0)));
  out.add(String(d.performance.department ? 1 : 0));
  return out;
}

test('every amount of the tables (第二部分) is a cell of the generated tables', () => {
  const tables = compact(section(seed, '第二部分', '第三部分'));
  const cells = new Set(tablesOf(d).flatMap((t) => t.rows.flatMap((r) => r.values)).filter(Boolean).map(toWan));
  const printed = [...tables.matchAll(/\d{1,3}(?:,\d{3})*\.\d{2}/g)].map((m) => m[0]);
  assert.ok(printed.length > 250, `found ${printed.length}`);
  assert.deepEqual(printed.filter((p) => !cells.has(toWan(p))), []);
});

test('every 万元 amount of the narrative, goal tables and notes (第三部分) is in the model', () => {
  const text = compact(section(seed, '第三部分', '第四部分'));
  const amounts = amountsOf(d);
  const printed = [...text.matchAll(/(\d[\d,]*(?:\.\d+)?)万+元/g)].map((m) => m[1]!);
  assert.ok(printed.length > 150, `found ${printed.length}`);
  assert.deepEqual(printed.filter((p) => !amounts.has(toWan(p))), []);
});

test('every percentage the narrative prints (shares and changes) is computed from the model', () => {
  const text = compact(section(seed, '第三部分', '部门整体绩效目标表'));
  const percentages = percentagesOf(d);
  const printed = [...text.matchAll(/(\d+\.\d{2})%/g)].map((m) => m[1]!);
  assert.ok(printed.length >= 40, `found ${printed.length}`);
  assert.deepEqual(printed.filter((p) => !percentages.has(p)), []);
});

test('every count of the overview and statements (人, 个, 辆, 台, 平方米, %) is in the model', () => {
  const counts = countsOf(d);
  const amounts = amountsOf(d);
  const percentages = percentagesOf(d);
  const overview = compact(section(seed, '第一部分', '第二部分'));
  const statements = compact(section(seed, '十二、', '部门整体绩效目标表'));
  const printed = [
    ...[...overview.matchAll(/(\d+)(?:人|个)/g)].map((m) => m[1]!),
    ...[...statements.matchAll(/(\d[\d,]*(?:\.\d+)?)(?:辆|台|个|平方米|%)/g)].map((m) => m[1]!.replaceAll(',', '')),
  ];
  assert.ok(printed.length >= 20, `found ${printed.length}`);
  const missing = printed.filter((n) => !counts.has(n) && !percentages.has(n) && !amounts.has(toWan(n)));
  assert.deepEqual(missing, []);
});

test('every target of the goal tables (＞=, ＜=, = with a unit) is an indicator target of the model', () => {
  const goals = compact(section(seed, '部门整体绩效目标表', '其他需说明的事项'));
  const targets = new Set(
    [d.performance.department!, ...d.performance.projects].flatMap((g) =>
      g.indicators.flatMap((i) => ('op' in i.target ? [`${i.target.op}${i.target.value}${i.target.unit}`] : [])),
    ),
  );
  const printed = [...goals.matchAll(/(＞=|＜=|=)(\d[\d.]*)(%|万人次|万人|万元|万条|人|次|个|条|件|份|套|项|批|场|部|日|年)/g)].map(
    (m) => `${m[1] === '＞=' ? '>=' : m[1] === '＜=' ? '<=' : '='}${m[2]}${m[3]}`,
  );
  assert.ok(printed.length >= 75, `found ${printed.length}`);
  assert.deepEqual(printed.filter((t) => !targets.has(t)), []);
});
