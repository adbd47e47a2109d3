import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setTimeout as exportLatency } from 'node:timers/promises';
import { inventory } from '../shop/reports.mjs';

test('stock value and the products to reorder', async () => {
  await exportLatency(1_000);
  const report = inventory([
    { sku: 'MUG-001', priceCents: 899, stock: 10 },
    { sku: 'PEN-005', priceCents: 4500, stock: 3 },
  ]);
  assert.deepEqual(report, { valueCents: 8990 + 13500, reorder: ['PEN-005'] });
});
