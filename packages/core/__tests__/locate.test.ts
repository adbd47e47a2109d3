import { describe, expect, it } from '@jest/globals';
import { framesIn, locateFailures, locateTest, TrackedFiles } from '../src/locate/index.js';
import type { TestResult } from '../src/model.js';

const TRACKED = new TrackedFiles([
  'services/checkout/src/main/java/com/acme/checkout/CheckoutService.java',
  'services/checkout/src/test/java/com/acme/checkout/CheckoutServiceTest.java',
  'web/src/cart/basket.test.ts',
  'web/src/cart/basket.ts',
  'web/src/orders/index.test.ts',
  'api/src/orders/index.test.ts',
  'tests/test_orders.py',
  'pkg/flaky/flaky_test.go',
]);

function failing(overrides: Partial<TestResult>, body?: string, message?: string): TestResult {
  return {
    id: 'x',
    suite: 'suite',
    name: 'fails',
    status: 'failed',
    flaky: false,
    durationMs: 1,
    attempts: [{ status: 'failed', durationMs: 1, failure: { message, body } }],
    ...overrides,
  };
}

const JAVA_TRACE = `org.opentest4j.AssertionFailedError: expected: <PAID> but was: <PENDING>
\tat org.junit.jupiter.api.AssertionUtils.fail(AssertionUtils.java:55)
\tat com.acme.checkout.CheckoutService.settle(CheckoutService.java:120)
\tat com.acme.checkout.CheckoutServiceTest.paysTheOrder(CheckoutServiceTest.java:57)`;

describe('framesIn', () => {
  it('reads Java, Python, .NET, JS and Go frames in order', () => {
    expect(framesIn(JAVA_TRACE).map((f) => `${f.file}:${f.line}`)).toEqual([
      'AssertionUtils.java:55',
      'CheckoutService.java:120',
      'CheckoutServiceTest.java:57',
    ]);
    expect(framesIn('  File "tests/test_orders.py", line 12, in test_total')).toEqual([
      { file: 'tests/test_orders.py', line: 12 },
    ]);
    expect(framesIn('   at Tests.OrderTests.Total() in /src/Tests/OrderTests.cs:line 42')[0]).toEqual({
      file: '/src/Tests/OrderTests.cs',
      line: 42,
    });
    expect(
      framesIn('    at Object.<anonymous> (/home/runner/work/shop/shop/web/src/cart/basket.test.ts:14:23)'),
    ).toEqual([{ file: '/home/runner/work/shop/shop/web/src/cart/basket.test.ts', line: 14 }]);
    expect(framesIn('    flaky_test.go:16: first attempt fails')).toEqual([{ file: 'flaky_test.go', line: 16 }]);
  });
});

describe('locateTest', () => {
  it('takes the frame in the test’s own class, not the library frame above it', () => {
    const test = failing({ classname: 'com.acme.checkout.CheckoutServiceTest' }, JAVA_TRACE);
    expect(locateTest(test, TRACKED)).toEqual({
      path: 'services/checkout/src/test/java/com/acme/checkout/CheckoutServiceTest.java',
      line: 57,
    });
  });

  it('strips the workspace from an absolute JS frame and matches the tracked file', () => {
    const body =
      'Error: expect(received).toBe(expected)\n    at Object.<anonymous> (/home/runner/work/shop/shop/web/src/cart/basket.test.ts:14:23)';
    const test = failing({ suite: 'web/src/cart/basket.test.ts' }, body);
    expect(locateTest(test, TRACKED, ['/home/runner/work/shop/shop'])).toEqual({
      path: 'web/src/cart/basket.test.ts',
      line: 14,
    });
  });

  it('uses the file attribute first, with a line from a frame in that file', () => {
    const test = failing({ file: './tests/test_orders.py' }, 'tests/test_orders.py:12: AssertionError');
    expect(locateTest(test, TRACKED)).toEqual({ path: 'tests/test_orders.py', line: 12 });
  });

  it('falls back to a suite that is a repository path (jest), without a line', () => {
    expect(locateTest(failing({ suite: 'web/src/cart/basket.test.ts' }), TRACKED)).toEqual({
      path: 'web/src/cart/basket.test.ts',
    });
  });

  it('does not guess between two files of one name', () => {
    expect(locateTest(failing({ suite: 'index.test.ts' }), TRACKED)).toBeUndefined();
    expect(locateTest(failing({ suite: 'src/orders/index.test.ts' }), TRACKED)).toBeUndefined();
    expect(locateTest(failing({ suite: 'web/src/orders/index.test.ts' }), TRACKED)).toEqual({
      path: 'web/src/orders/index.test.ts',
    });
  });

  it('locates only failing and flaky tests of a run', () => {
    const passed = { ...failing({ suite: 'tests/test_orders.py' }), status: 'passed' as const };
    const run = { tests: [failing({ suite: 'tests/test_orders.py' }), passed], files: [], duplicates: [] };
    expect(locateFailures(run, TRACKED)).toBe(1);
    expect(run.tests[0]!.location).toEqual({ path: 'tests/test_orders.py' });
    expect(run.tests[1]!.location).toBeUndefined();
  });
});
