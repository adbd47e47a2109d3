import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyDiscount, discountAmount, discountPercent } from '../shop/discount.mjs';

test('ten percent off', () => {
  assert.equal(applyDiscount(1000, 10), 900);
});

test('discounts round down to a whole cent, in the shop’s favour', () => {
  assert.equal(discountAmount(999, 25), 249);
});

test('an out-of-range discount is refused', () => {
  assert.throws(() => applyDiscount(1000, 120), RangeError);
});

test('codes are case-insensitive; no code is no discount', () => {
  assert.equal(discountPercent('spring25'), 25);
  assert.equal(discountPercent(undefined), 0);
});

test('an unknown code names itself', () => {
  assert.throws(() => discountPercent('FREESTUFF'), /unknown discount code "FREESTUFF"/);
});
