// Table views on variations of the reference sample: each behaviour shown passing and changing.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Disclosure } from '../../src/model/disclosure.ts';
import type { LineItem } from '../../src/model/line-item.ts';
import { getTemplate } from '../../src/templates/registry.ts';
import type { TableModel } from '../../src/tables/table-model.ts';
import { loadSample, tablesOf } from '../support/reference.ts';

const base = loadSample();
const variant = (change: (d: Disclosure) => void): Disclosure => {
  const d = structuredClone(base);
  change(d);
  return d;
};
const table = (d: Disclosure, n: number): TableModel => tablesOf(d).find((t) => t.number === n)!;
const row = (t: TableModel, name: string) => t.rows.find((r) => r.name === name || r.code === name)!;
const item = (fields: Partial<LineItem> & Pick<LineItem, 'func' | 'source' | 'kind' | 'amount'>): LineItem => fields as LineItem;

test('cells round half-up per cell: one fen below x.xx5 万元 prints the lower figure', () => {
  // 事业单位医疗 is 10.9950 万元 in the sample (printed 11.00); one fen less is 10.99.
  assert.deepEqual(row(table(base, 2), '2101102').values.slice(0, 3), ['11.00', '11.00', '11.00']);
  const d = variant((d) => {
    d.lineItems.find((i) => i.func === '2101102')!.amount -= 1;
  });
  assert.deepEqual(row(table(d, 2), '2101102').values.slice(0, 3), ['10.99', '10.99', '10.99']);
  // The 款 and 类 rows are rounded from their own exact sums, not added from printed cells.
  assert.equal(row(table(d, 2), '21011').values[0], '61.12');
});

test('an empty fund table prints its explanation; spending from that fund fills it instead', () => {
  assert.equal(table(base, 8).rows.length, 0);
  assert.match(table(base, 8).note ?? '', /^昌吉回族自治州人力资源和社会保障局2025年没有使用政府性基金预算拨款安排的支出/);
  const d = variant((d) => {
    d.lineItems.push(item({ func: '2296002', econ: '302', source: 'gov_fund', kind: 'project', project: 'yuanjiang', amount: 1_234_500_00 }));
  });
  const t8 = table(d, 8);
  assert.equal(t8.note, undefined);
  assert.deepEqual(
    t8.rows.map((r) => [r.code, r.values]),
    [
      ['', ['123.45', '', '', '123.45']],
      ['229', ['123.45', '', '', '123.45']],
      ['22960', ['123.45', '', '', '123.45']],
      ['2296002', ['123.45', '', '', '123.45']],
    ],
  );
  // The same money shows on the income side of table 1 and in table 4.
  assert.equal(row(table(d, 1), '2.政府性基金预算拨款').values[0], '123.45');
  assert.equal(row(table(d, 1), '收入总计').values[0], '1969.02');
  assert.deepEqual(row(table(d, 4), '收入总计').values, ['1857.02', '1857.02', '1733.57', '123.45', '']);
});

test('zero amounts print blank in this template, non-zero ones with two decimals', () => {
  const t10 = table(base, 10);
  assert.deepEqual(row(t10, '因公出国（境）费').values, ['', '', '', '']);
  assert.deepEqual(row(t10, '公务接待费').values, ['0.40', '0.40', '', '']);
});

test('carried-over basic spending gets its own row in table 11, split personnel/public', () => {
  const d = variant((d) => {
    d.lineItems.push(item({ func: '2080101', econ: '30201', source: 'carryover_general', kind: 'public', amount: 50_000_00 }));
  });
  const t11 = table(d, 11);
  assert.deepEqual(row(t11, '基本支出').values, ['5.00', '5.00', '', '5.00', '', '', '', '', '']);
  assert.deepEqual(row(t11, '总计').values, ['117.00', '5.00', '', '5.00', '', '112.00', '', '', '112.00']);
});

test('line items of a subordinate unit are grouped under that unit in the project table', () => {
  const d = variant((d) => {
    d.lineItems.find((i) => i.project === 'zhongcai')!.unit = '昌吉州劳动人事争议仲裁院';
  });
  const t7 = table(d, 7);
  const names = t7.rows.filter((r) => r.code === '' && r.level === 1).map((r) => `${r.name} ${r.values[0]}`);
  assert.deepEqual(names, ['昌吉回族自治州人力资源和社会保障局 459.30', '昌吉州劳动人事争议仲裁院 15.00']);
});

test('multi-level headers: spans and leaves follow the template', () => {
  const t2 = table(base, 2);
  assert.equal(t2.header.length, 2);
  assert.deepEqual(t2.header[0]!.find((c) => c.label === '财政拨款（补助）'), { label: '财政拨款（补助）', colspan: 7, rowspan: 1 });
  assert.deepEqual(t2.header[0]!.find((c) => c.label === '总计'), { label: '总计', colspan: 1, rowspan: 2 });
  assert.deepEqual(t2.numbering, ['※', '※', '※', '※', ...Array.from({ length: 12 }, (_, i) => String(i + 1))]);
  const t11 = table(base, 11);
  assert.equal(t11.header.length, 3);
  assert.deepEqual(t11.header[2]!.map((c) => c.label), ['人员经费', '公用经费', '人员经费', '公用经费']);
  for (const t of tablesOf(base)) {
    const spans = t.header[0]!.reduce((n, c) => n + c.colspan, 0);
    assert.equal(spans, t.labelColumns.length + t.columns.length, `表${t.number} header width`);
  }
});

test('templates are looked up by id, with a clear error for an unknown one', () => {
  assert.equal(getTemplate('xinjiang-11').tables.length, 11);
  assert.throws(() => getTemplate('mars-99'), /未知模板 "mars-99".*xinjiang-11/);
});

test('units print the body first, then subordinate units in the overview order, whatever the item order', () => {
  const d = variant((d) => {
    d.overview.subordinateUnits = [{ name: '乙单位' }, { name: '甲单位' }];
    const moved = d.lineItems.filter((i) => i.kind === 'project' && i.source === 'general');
    moved[0]!.unit = '甲单位';
    moved[1]!.unit = '乙单位';
    d.lineItems = [moved[0]!, moved[1]!, ...d.lineItems.filter((i) => !moved.slice(0, 2).includes(i))];
  });
  const units = table(d, 7).rows.filter((r) => r.code === '' && r.level === 1).map((r) => r.name);
  assert.deepEqual(units, ['昌吉回族自治州人力资源和社会保障局', '乙单位', '甲单位']);
});

test('a function 类 missing from the template list still shows on table 1, so its sides add up', () => {
  const d = variant((d) => {
    d.lineItems.push(item({ func: '2340101', econ: '302', source: 'general', kind: 'project', project: 'yuanjiang', amount: 1_000_000_0 }));
  });
  const t1 = table(d, 1);
  const extra = t1.rows.find((r) => r.pair?.code === '234')!;
  assert.equal(extra.values[1], '10.00');
  assert.equal(t1.rows.at(-1)!.values[1], '1855.57');
});

test('items that net to zero print no row', () => {
  const d = variant((d) => {
    d.lineItems.push(item({ func: '2080101', econ: '30215', source: 'general', kind: 'public', amount: 5_000_00 }));
    d.lineItems.push(item({ func: '2080101', econ: '30215', source: 'general', kind: 'public', amount: -5_000_00 }));
  });
  assert.equal(table(d, 6).rows.some((r) => r.code === '30215'), false);
  assert.deepEqual(table(d, 6).rows, table(base, 6).rows);
});
