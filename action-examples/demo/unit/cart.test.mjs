import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cartTotals, subtotal, validateLines } from '../shop/cart.mjs';

test('quantities multiply unit prices', () => {
  assert.equal(subtotal([{ unitPriceCents: 250, quantity: 3 }]), 750);
});

test('several lines add up', () => {
  const lines = [
    { unitPriceCents: 1000, quantity: 1 },
    { unitPriceCents: 5, quantity: 4 },
  ];
  assert.deepEqual(cartTotals(lines), { subtotalCents: 1020, discountCents: 0, totalCents: 1020 });
});

test('a discount code reduces the total', () => {
  const totals = cartTotals([{ unitPriceCents: 2499, quantity: 2 }], 'welcome10');
  assert.deepEqual(totals, { subtotalCents: 4998, discountCents: 499, totalCents: 4499 });
});

test('an order needs at least one line', () => {
  assert.throws(() => validateLines([]), /at least one line/);
});

test('quantities are whole numbers from 1 to 99', () => {
  for (const quantity of [0, -1, 1.5, 100]) {
    assert.throws(() => validateLines([{ unitPriceCents: 100, quantity }]), /line 1: quantity/);
  }
});
