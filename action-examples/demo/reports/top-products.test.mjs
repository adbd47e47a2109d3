import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setTimeout as exportLatency } from 'node:timers/promises';
import { toCsv, topProducts } from '../shop/reports.mjs';

test('the best sellers come first, ties by product id', async () => {
  await exportLatency(800);
  const lines = [
    { productId: 3, quantity: 2 },
    { productId: 1, quantity: 5 },
    { productId: 2, quantity: 5 },
    { productId: 3, quantity: 1 },
  ];
  assert.deepEqual(topProducts(lines, 2), [
    { productId: 1, quantity: 5 },
    { productId: 2, quantity: 5 },
  ]);
});

test('names with commas and quotes are quoted in the export', async () => {
  await exportLatency(700);
  assert.equal(toCsv([{ name: 'Mug, "large"' }], ['name']), 'name\n"Mug, ""large"""\n');
});
