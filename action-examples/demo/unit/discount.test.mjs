import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyDiscount } from './shop.mjs';

test('ten percent off', () => {
  assert.equal(applyDiscount(1000, 10), 900);
});

test('an out-of-range discount is refused', () => {
  assert.throws(() => applyDiscount(1000, 120), RangeError);
});

// Fails on the first attempt only: the demo shows a flaky test retried alone and reported as flaky.
test('the pricing service answers in time', () => {
  const attempt = Number(process.env.TESTPIPE_ATTEMPT ?? '1');
  assert.ok(attempt > 1, 'pricing service timed out (simulated on the first attempt)');
});
