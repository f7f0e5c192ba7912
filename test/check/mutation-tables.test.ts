// Exhaustive mutation of the tables: every printed amount of every table of the reference sample, raised
// by 1.00 in its unit, must produce an error located in that table.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseFen, formatAmount } from '../../src/model/money.ts';
import { RULES } from '../../src/rules/registry.ts';
import { runRules } from '../../src/rules/run.ts';
import { referenceDocument } from '../support/check.ts';

const doc = referenceDocument();

test('every amount cell changed by 1.00 is an error located in its table', () => {
  const missed: string[] = [];
  let mutants = 0;
  for (const [ti, table] of doc.tables.entries()) {
    for (const [ri, row] of table.rows.entries()) {
      for (const [ci, value] of row.values.entries()) {
        if (value === '') continue;
        mutants++;
        const mutant = structuredClone(doc);
        const fen = parseFen(value, table.unit)! + Number(parseFen('1.00', table.unit));
        mutant.tables[ti]!.rows[ri]!.values[ci] = formatAmount(fen, table.unit, { grouping: false });
        const { findings } = runRules(mutant, RULES);
        if (!findings.some((f) => f.severity === 'error' && f.location.table === table.number)) {
          missed.push(`表${table.number} ${row.code} ${row.name}${row.pair ? `|${row.pair.name}` : ''} [${table.columns[ci]}] ${value}`);
        }
      }
    }
  }
  console.log(`table mutants: ${mutants}, caught: ${mutants - missed.length}`);
  assert.ok(mutants > 300, `${mutants} mutants`);
  assert.deepEqual(missed, []);
});
