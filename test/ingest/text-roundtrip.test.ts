// Tables of both templates printed as extracted text (one line per row, blank cells gone, see
// test/support/extracted-text.ts) read back to the same tables: the reading is the template's, not the
// reference document's.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { namesForYear } from '../../src/catalog/index.ts';
import { documentFromText } from '../../src/ingest/text/read-text.ts';
import { buildTables } from '../../src/tables/build.ts';
import { tableToJson } from '../../src/tables/table-model.ts';
import { getTemplate } from '../../src/templates/registry.ts';
import { extractedText } from '../support/extracted-text.ts';
import { loadSample } from '../support/reference.ts';

for (const id of ['xinjiang-11', 'shanghai-9']) {
  test(`${id}: the sample's tables, printed as extracted text, read back cell for cell`, () => {
    const d = loadSample();
    const tables = buildTables({ ...d, meta: { ...d.meta, template: id } }, { names: namesForYear(2025), template: getTemplate(id) });
    const doc = documentFromText(extractedText(tables, [`${d.meta.body.name}2025年部门预算`]), `${id}.txt`);
    assert.equal(doc.meta.template, id);
    assert.equal(doc.meta.year, 2025);
    assert.equal(doc.meta.body, d.meta.body.name);
    assert.equal(doc.tables.length, tables.length);
    for (const t of tables) {
      const got = doc.tables.find((x) => x.number === t.number)!;
      assert.deepEqual(tableToJson(got), tableToJson(t), `表${t.number} ${t.title}`);
    }
    // only the project table's economic column is left to the preference order (Xinjiang's 表7)
    assert.deepEqual(
      doc.tables.filter((t) => t.notes?.length).map((t) => t.key),
      id === 'xinjiang-11' ? ['general_budget_project_expenditure'] : [],
    );
  });
}

test('shanghai-9: the one-row 三公 table is placed by what the basic-spending table fixes (公务接待费 ≥ 30217, 运行费 ≥ 30231)', () => {
  const d = loadSample();
  const tables = buildTables({ ...d, meta: { ...d.meta, template: 'shanghai-9' } }, { names: namesForYear(2025), template: getTemplate('shanghai-9') });
  const text = extractedText(tables);
  assert.match(text, /\n9\.20 0\.40 8\.80 8\.80 173\.03\n/, 'the row prints five amounts for seven columns');
  const t9 = documentFromText(text, 'shanghai.txt').tables.find((t) => t.key === 'three_public_expenses')!;
  assert.deepEqual(t9.rows[0]!.values, ['9.20', '', '0.40', '8.80', '', '8.80', '173.03']);
  assert.equal(t9.notes, undefined);
  // without the basic-spending table, the arithmetic alone leaves four placements: said, not guessed silently
  const alone = documentFromText(extractedText(tables.filter((t) => t.key !== 'general_budget_basic_expenditure')), 'shanghai.txt');
  const lonely = alone.tables.find((t) => t.key === 'three_public_expenses')!;
  assert.match(lonely.notes?.[0] ?? '', /印刷金额的位置有 4 种放法同样符合全部勾稽关系/);
});
