// The slow suite: report exports are slow in real life (a warehouse query, a rendered file). The pauses stand
// for that latency so the demo's plan has something to balance: these files take ~2.5 s, 1.5 s and 1 s.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setTimeout as exportLatency } from 'node:timers/promises';
import { revenueByDay, toCsv } from '../shop/reports.mjs';
import { sampleOrders } from './sample-orders.mjs';

test('revenue is summed per UTC day, in day order', async () => {
  await exportLatency(1_200);
  const days = revenueByDay(sampleOrders(500));
  assert.equal(days.length, 30);
  assert.deepEqual(
    days.map((d) => d.day),
    [...days.map((d) => d.day)].sort(),
  );
  assert.equal(
    days.reduce((sum, d) => sum + d.totalCents, 0),
    sampleOrders(500).reduce((sum, o) => sum + o.totalCents, 0),
  );
});

test('the daily revenue export is valid CSV', async () => {
  await exportLatency(1_300);
  const csv = toCsv(revenueByDay(sampleOrders(100)), ['day', 'totalCents']);
  const [header, ...rows] = csv.trimEnd().split('\n');
  assert.equal(header, 'day,totalCents');
  assert.ok(rows.every((row) => /^\d{4}-\d{2}-\d{2},\d+$/.test(row)));
});
