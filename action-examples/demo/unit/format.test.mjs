import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatPrice } from '../shop/format.mjs';

test('prices are shown in euros by default', () => {
  assert.equal(formatPrice(1999), '€19.99');
});

test('other currencies can be asked for', () => {
  assert.equal(formatPrice(500, 'GBP'), '£5.00');
});

test('fractions of a cent are refused', () => {
  assert.throws(() => formatPrice(19.5), TypeError);
});

test.skip('prices in yen (not supported yet)', () => {});
