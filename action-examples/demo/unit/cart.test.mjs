import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cartTotal } from './shop.mjs';

test('an empty cart costs nothing', () => {
  assert.equal(cartTotal([]), 0);
});

test('quantities multiply prices', () => {
  assert.equal(cartTotal([{ price: 250, quantity: 3 }]), 750);
});

test('several items add up', async () => {
  await new Promise((resolve) => setTimeout(resolve, 150));
  assert.equal(
    cartTotal([
      { price: 100, quantity: 1 },
      { price: 5, quantity: 4 },
    ]),
    120,
  );
});
