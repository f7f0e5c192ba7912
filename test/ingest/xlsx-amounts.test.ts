// Numeric cells become the figures they display, on decimal strings (docs/ingest-xlsx.md, "Amounts").
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { amountOfNumber, amountOfText, formatDecimals, roundDecimal } from '../../src/ingest/xlsx/index.ts';

test('number formats: decimals shown', () => {
  assert.equal(formatDecimals('#,##0.00'), 2);
  assert.equal(formatDecimals('#,##0.00_ ;[Red]-#,##0.00'), 2);
  assert.equal(formatDecimals('#,##0_ '), 0);
  assert.equal(formatDecimals('0.0000'), 4);
  assert.equal(formatDecimals('General'), undefined);
  assert.equal(formatDecimals('@'), undefined);
  assert.equal(formatDecimals('"元"#,##0.0'), 1);
  assert.equal(formatDecimals(undefined), undefined);
});

test('rounding on digits, half away from zero', () => {
  assert.equal(roundDecimal('1.005', 2), '1.01');
  assert.equal(roundDecimal('-1.005', 2), '-1.01');
  assert.equal(roundDecimal('-0.004', 2), '0.00');
  assert.equal(roundDecimal('12', 2), '12.00');
  assert.equal(roundDecimal('9.995', 2), '10.00');
  assert.equal(roundDecimal('0.5', 0), '1');
});

test('a numeric cell reads as it displays, never through float rounding', () => {
  assert.equal(amountOfNumber(1.005, '#,##0.00', 2), '1.01', 'Excel shows 1.01 (toFixed would give 1.00)');
  assert.equal(amountOfNumber(0.1 + 0.2, '#,##0.00', 2), '0.30');
  assert.equal(amountOfNumber(1845.57, '#,##0.00', 2), '1845.57');
  assert.equal(amountOfNumber(287.549999999, '#,##0.00', 2), '287.55');
  assert.equal(amountOfNumber(1234.56, '#,##0', 2), '1235.00', 'shown without decimals: the displayed figure');
  assert.equal(amountOfNumber(1234.5678, undefined, 2), '1234.57', 'General: the template decimals');
  assert.equal(amountOfNumber(-12.345, '0.00', 2), '-12.35');
  assert.equal(amountOfNumber(98765432109.87, '#,##0.00', 2), '98765432109.87');
  assert.equal(amountOfNumber(1e-9, '#,##0.00', 2), '0.00');
  assert.equal(amountOfNumber(1e16, '#,##0.00', 2), undefined, 'beyond 15 digits: not an exact figure');
  assert.equal(amountOfNumber(Number.NaN, '#,##0.00', 2), undefined);
});

test('amounts written as text', () => {
  assert.equal(amountOfText('1,845.57', 2), '1845.57');
  assert.equal(amountOfText('１２３．４', 2), '123.40');
  assert.equal(amountOfText('586.3', 2), '586.30');
  assert.equal(amountOfText('-7', 2), '-7.00');
  assert.equal(amountOfText('XX', 2), undefined);
  assert.equal(amountOfText('x,xxx', 2), undefined);
  assert.equal(amountOfText('12,34', 2), undefined);
});
