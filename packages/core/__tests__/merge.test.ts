import { describe, expect, it } from '@jest/globals';
import { RunBuilder } from '../src/merge/run-builder.js';
import { testId } from '../src/merge/test-identity.js';
import { computeMetrics } from '../src/metrics/metrics.js';
import type { AttemptStatus, TestAttempt, TestCaseRecord } from '../src/model.js';

function attempt(status: AttemptStatus, extra: Partial<TestAttempt> = {}): TestAttempt {
  const failure = status === 'failed' || status === 'errored' ? { message: `${status} run` } : undefined;
  return { status, durationMs: 10, ...(failure ? { failure } : {}), ...extra };
}

function record(name: string, attempts: TestAttempt[], extra: Partial<TestCaseRecord> = {}): TestCaseRecord {
  return {
    suite: 'tests.test_orders',
    classname: 'tests.test_orders',
    name,
    file: 'tests/test_orders.py',
    attempts,
    ...extra,
  };
}

describe('RunBuilder', () => {
  it('merges shards of one matrix into one test per id, sorted by id, with the shard on each attempt', () => {
    const builder = new RunBuilder();
    builder.add(record('test_b', [attempt('passed')]), { path: 'results/2/junit.xml', shard: '2' });
    builder.add(record('test_a', [attempt('failed')]), { path: 'results/1/junit.xml', shard: '1' });
    const run = builder.build();
    expect(
      run.tests.map((test) => [test.name, test.status, test.attempts[0]!.shard, test.attempts[0]!.source]),
    ).toEqual([
      ['test_a', 'failed', '1', 'results/1/junit.xml'],
      ['test_b', 'passed', '2', 'results/2/junit.xml'],
    ]);
    expect(run.tests[0]!.id).toBe('tests/test_orders.py::tests.test_orders::test_a');
    expect(run.duplicates).toEqual([]);
  });

  it('makes a retry written as a separate file an attempt of the same test (flaky), not a duplicate', () => {
    const builder = new RunBuilder();
    builder.add(record('test_pay', [attempt('failed', { durationMs: 30 })]), {
      path: 'results/1/junit.xml',
      shard: '1',
    });
    builder.add(record('test_pay', [attempt('passed', { durationMs: 12 })]), {
      path: 'results/1/retry-1.xml',
      shard: '1',
    });
    const test = builder.build().tests[0]!;
    expect(test.status).toBe('flaky');
    expect(test.flaky).toBe(true);
    expect(test.durationMs).toBe(12);
    expect(test.attempts.map((a) => [a.status, a.source])).toEqual([
      ['failed', 'results/1/junit.xml'],
      ['passed', 'results/1/retry-1.xml'],
    ]);
    expect(test.category).toBe('unknown');
  });

  it('merges testcases repeated in one file when the reader recognised reruns, and Surefire rerun children', () => {
    const builder = new RunBuilder();
    const source = { path: 'junit.xml' };
    const rerun = { repeatsAreAttempts: true } as const;
    builder.add(record('test_rerun', [attempt('failed')], rerun), source);
    builder.add(record('test_rerun', [attempt('failed')], rerun), source);
    builder.add(record('test_rerun', [attempt('passed')], rerun), source);
    builder.add(record('testSurefire', [attempt('errored'), attempt('failed'), attempt('passed')]), source);
    const run = builder.build();
    expect(run.tests.map((test) => [test.name, test.status, test.attempts.length])).toEqual([
      ['testSurefire', 'flaky', 3],
      ['test_rerun', 'flaky', 3],
    ]);
    expect(run.duplicates).toEqual([]);
  });

  it('takes the final status of an all-failing test from its last attempt', () => {
    const builder = new RunBuilder();
    builder.add(record('error_then_fail', [attempt('errored'), attempt('failed')]), { path: 'a.xml' });
    builder.add(
      record('fail_then_error', [
        attempt('failed'),
        attempt('errored', { failure: { message: 'connect ECONNREFUSED 127.0.0.1:5432' } }),
      ]),
      { path: 'a.xml' },
    );
    const tests = builder.build().tests;
    expect(tests.map((test) => [test.name, test.status, test.flaky, test.category])).toEqual([
      ['error_then_fail', 'failed', false, 'unknown'],
      ['fail_then_error', 'errored', false, 'environment'],
    ]);
  });

  it('ignores a skipped retry after a failure and counts a test that only skipped as skipped', () => {
    const builder = new RunBuilder();
    builder.add(record('failed_then_skipped', [attempt('failed'), attempt('skipped')]), { path: 'a.xml' });
    builder.add(record('only_skipped', [attempt('skipped', { durationMs: 0 })]), { path: 'a.xml' });
    const tests = builder.build().tests;
    expect(tests.map((test) => [test.name, test.status])).toEqual([
      ['failed_then_skipped', 'failed'],
      ['only_skipped', 'skipped'],
    ]);
  });

  it('reports a test seen again after a pass as a duplicate naming both sources, counted once', () => {
    const builder = new RunBuilder();
    builder.add(record('test_same_name', [attempt('passed')]), { path: 'results/1/junit.xml', shard: '1' });
    builder.add(record('test_same_name', [attempt('failed')]), { path: 'results/2/junit.xml', shard: '2' });
    const run = builder.build();
    expect(run.tests).toHaveLength(1);
    expect(run.tests[0]!.status).toBe('failed');
    expect(run.duplicates).toHaveLength(1);
    expect(run.duplicates[0]).toMatchObject({ kind: 'duplicate-test', path: 'results/2/junit.xml' });
    expect(run.duplicates[0]!.message).toContain('results/1/junit.xml (shard 1)');
    expect(run.duplicates[0]!.message).toContain('results/2/junit.xml (shard 2)');
    expect(run.duplicates[0]!.message).toContain('tests/test_orders.py::tests.test_orders::test_same_name');
  });

  it('orders attempts by start time when every attempt has one, else by source order', () => {
    const timed = new RunBuilder();
    timed.add(record('t', [attempt('passed', { startedAt: '2026-01-01T10:05:00Z' })]), { path: 'retry.xml' });
    timed.add(record('t', [attempt('failed', { startedAt: '2026-01-01T10:00:00Z' })]), { path: 'first.xml' });
    const timedRun = timed.build();
    expect(timedRun.tests[0]!.status).toBe('flaky');
    expect(timedRun.duplicates).toEqual([]);

    const untimed = new RunBuilder();
    untimed.add(record('t', [attempt('passed', { startedAt: '2026-01-01T10:05:00Z' })]), { path: 'retry.xml' });
    untimed.add(record('t', [attempt('failed')]), { path: 'first.xml' });
    const untimedRun = untimed.build();
    expect(untimedRun.tests[0]!.status).toBe('failed');
    expect(untimedRun.duplicates).toHaveLength(1);
  });

  it('identifies a test by file (normalised) when present, else by suite', () => {
    expect(testId({ suite: 'S', classname: 'C', name: 'n', file: './tests\\a.py' })).toBe('tests/a.py::C::n');
    expect(testId({ suite: 'S', name: 'n' })).toBe('S::::n');
    const builder = new RunBuilder();
    builder.add(record('n', [attempt('failed')], { file: './tests/a.py' }), { path: 'x.xml' });
    builder.add(record('n', [attempt('passed')], { file: 'tests\\a.py' }), { path: 'y.xml' });
    const run = builder.build();
    expect(run.tests).toHaveLength(1);
    expect(run.tests[0]!.file).toBe('tests/a.py');
    expect(run.tests[0]!.status).toBe('flaky');
  });

  it('keeps the first line and file, unions truncated fields and lists files in the order added', () => {
    const builder = new RunBuilder();
    builder.add(record('n', [attempt('failed')], { line: 3, truncated: ['stdout'] }), { path: 'x.xml' });
    builder.add(record('n', [attempt('passed')], { line: 9, truncated: ['body', 'stdout'] }), { path: 'y.xml' });
    builder.addFile({ path: 'x.xml', format: 'junit', tests: 1, bytes: 10, errors: [] });
    builder.addFile({ path: 'y.xml', format: 'junit', tests: 1, bytes: 10, errors: [] });
    const run = builder.build();
    expect(run.tests[0]!.line).toBe(3);
    expect(run.tests[0]!.truncated).toEqual(['body', 'stdout']);
    expect(run.files.map((file) => file.path)).toEqual(['x.xml', 'y.xml']);
  });

  it('gives the same output whatever order records of different tests arrive in', () => {
    const names = ['zeta', 'alpha', 'Mid', 'beta_2', 'beta_10'];
    const forward = new RunBuilder();
    const backward = new RunBuilder();
    names.forEach((name) => forward.add(record(name, [attempt('passed')]), { path: 'a.xml' }));
    [...names].reverse().forEach((name) => backward.add(record(name, [attempt('passed')]), { path: 'a.xml' }));
    expect(JSON.stringify(forward.build())).toBe(JSON.stringify(backward.build()));
  });
});

describe('RunBuilder.metrics() and retain: metrics', () => {
  const statuses: AttemptStatus[] = ['passed', 'passed', 'passed', 'failed', 'errored', 'skipped'];
  const messages = [
    'connect ECONNREFUSED 127.0.0.1:5432',
    'expect(received).toBe(expected)',
    'Timeout of 5000ms exceeded',
  ];

  /** A seeded mix: retries across files and shards, duplicates, output, start times, odd durations. */
  function feed(builder: RunBuilder, seed: number): void {
    let state = seed;
    const next = (n: number): number => {
      state = (state * 1103515245 + 12345) % 2 ** 31;
      return state % n;
    };
    for (let i = 0; i < 400; i++) {
      const group = next(7);
      const attempts: TestAttempt[] = [];
      const count = next(10) === 0 ? 2 : 1;
      for (let a = 0; a < count; a++) {
        const status = statuses[next(statuses.length)]!;
        const extra: Partial<TestAttempt> = { durationMs: next(5000) / 1000 + 0.1 };
        if (status === 'failed' || status === 'errored') extra.failure = { message: messages[next(messages.length)]! };
        if (next(8) === 0) extra.stdout = 'output';
        if (next(6) === 0) extra.startedAt = `2026-01-01T10:0${next(10)}:00Z`;
        attempts.push(attempt(status, extra));
      }
      const extra: Partial<TestCaseRecord> = {
        suite: `suite.${group % 3}`,
        classname: group === 6 ? undefined : `Class${group}`,
        file: group < 4 ? `./tests\\file${group}.py` : undefined,
      };
      if (next(5) === 0) extra.line = next(900);
      if (next(12) === 0) extra.properties = { key: `v${next(3)}` };
      if (next(15) === 0) extra.truncated = ['stdout'];
      builder.add(record(`test_${next(250)}`, attempts, extra), {
        path: `results/${next(3)}/junit.xml`,
        ...(next(4) === 0 ? {} : { shard: String(next(3)) }),
      });
    }
    builder.addFile({ path: 'results/0/junit.xml', format: 'junit', tests: 400, bytes: 1, errors: [] });
  }

  it('gives the Metrics that computeMetrics(build()) gives, with either retain', () => {
    for (const seed of [1, 2, 3, 42]) {
      for (const options of [{}, { slowest: 3, maxTestsPerCategory: 2 }, { slowest: 0, maxTestsPerCategory: 0 }]) {
        const full = new RunBuilder();
        feed(full, seed);
        const lean = new RunBuilder({ retain: 'metrics' });
        feed(lean, seed);
        const run = full.build();
        const expected = computeMetrics(run, options);
        expect(expected.duplicates.length).toBeGreaterThan(0);
        expect(expected.flaky).toBeGreaterThan(0);
        expect(full.metrics(options)).toEqual(expected);
        expect(lean.metrics(options)).toEqual(expected);
        expect(lean.testCount).toBe(run.tests.length);
      }
    }
  });

  it('lists the slowest exactly in retain: metrics while dropping the names of other passing tests', () => {
    const full = new RunBuilder();
    const lean = new RunBuilder({ retain: 'metrics', slowestCandidates: 4 });
    for (const builder of [full, lean]) {
      for (let i = 0; i < 300; i++) {
        const status: AttemptStatus = i % 7 === 0 ? 'skipped' : i % 11 === 0 ? 'failed' : 'passed';
        const extra = { durationMs: (i * 37) % 101, ...(status === 'failed' && { failure: { message: 'x' } }) };
        // Same names in other groups, and group 'Ü' with non-ASCII names.
        builder.add(record(`t${i % 150} é`, [attempt(status, extra)], { classname: i < 150 ? 'A' : 'Ü' }), {
          path: 'a.xml',
        });
      }
      // A retry that makes a slow test fast: still exact, the candidates kept are enough.
      builder.add(record('t100 é', [attempt('passed', { durationMs: 0.5 })], { classname: 'A' }), { path: 'b.xml' });
    }
    for (const options of [{ slowest: 4 }, { slowest: 3 }, { slowest: 2, maxTestsPerCategory: 1 }]) {
      expect(lean.metrics(options)).toEqual(computeMetrics(full.build(), options));
    }
    expect(lean.testCount).toBe(300);
    // The default 20 is more than the 4 candidates kept.
    expect(() => lean.metrics()).toThrow(/slowestCandidates \(now 4\)/);
  });

  it('refuses, in retain: metrics, a slowest list that retries made it unable to know', () => {
    const lean = new RunBuilder({ retain: 'metrics', slowestCandidates: 1 });
    for (let i = 0; i < 200; i++) lean.add(record(`t${i}`, [attempt('passed', { durationMs: i })]), { path: 'a.xml' });
    // Every kept candidate is retried fast: the next slowest names were dropped.
    for (let i = 150; i < 200; i++)
      lean.add(record(`t${i}`, [attempt('passed', { durationMs: 0 })]), { path: 'b.xml' });
    expect(() => lean.metrics({ slowest: 1 })).toThrow(/slowestCandidates/);
    expect(lean.metrics({ slowest: 0 }).total).toBe(200);
    expect(() => new RunBuilder({ retain: 'metrics' }).metrics({ slowest: Infinity })).toThrow(/finite/);
  });

  it('lists the first ids per category exactly in retain: metrics while dropping other failing names', () => {
    const full = new RunBuilder();
    const lean = new RunBuilder({ retain: 'metrics', categoryCandidates: 3, slowestCandidates: 5 });
    for (const builder of [full, lean]) {
      for (let i = 0; i < 400; i++) {
        const status: AttemptStatus = i % 3 === 0 ? 'passed' : i % 3 === 1 ? 'failed' : 'errored';
        const message = i % 2 === 0 ? 'Timeout of 5000ms exceeded' : 'expect(received).toBe(expected)';
        const extra = { durationMs: (i * 53) % 97, ...(status !== 'passed' && { failure: { message } }) };
        builder.add(record(`t${(i * 7919) % 400}`, [attempt(status, extra)], { classname: i % 2 ? 'B' : 'A' }), {
          path: 'a.xml',
        });
      }
      // A retry of a failing test whose name may have been dropped.
      builder.add(record('t399', [attempt('passed', { durationMs: 1 })], { classname: 'B' }), { path: 'b.xml' });
    }
    for (const options of [
      { slowest: 5, maxTestsPerCategory: 3 },
      { slowest: 2, maxTestsPerCategory: 1 },
    ]) {
      expect(lean.metrics(options)).toEqual(computeMetrics(full.build(), options));
    }
    expect(() => lean.metrics({ slowest: 5, maxTestsPerCategory: 30 })).toThrow(/categoryCandidates \(now 3\)/);
    // Adding after metrics() (which frees the key table) finds the test again.
    for (const builder of [full, lean])
      builder.add(record('t0', [attempt('passed')], { classname: 'A' }), { path: 'c.xml' });
    expect(lean.testCount).toBe(400);
    expect(lean.metrics({ slowest: 5, maxTestsPerCategory: 3 })).toEqual(
      computeMetrics(full.build(), { slowest: 5, maxTestsPerCategory: 3 }),
    );
  });

  it('orders attempts by start time in retain: metrics as build() does', () => {
    for (const retain of ['run', 'metrics'] as const) {
      const builder = new RunBuilder({ retain });
      builder.add(record('t', [attempt('passed', { startedAt: '2026-01-01T10:05:00Z' })]), { path: 'retry.xml' });
      builder.add(record('t', [attempt('failed', { startedAt: '2026-01-01T10:00:00Z' })]), { path: 'first.xml' });
      const metrics = builder.metrics();
      expect([metrics.flaky, metrics.duplicates.length]).toEqual([1, 0]);
    }
  });

  it('keeps columns-held tests identical to what the record gave, and refuses build() in retain: metrics', () => {
    const builder = new RunBuilder();
    builder.add(record('plain', [{ status: 'passed', durationMs: 1.317, source: 'a.xml', shard: 's' }], { line: 0 }), {
      path: 'x.xml',
    });
    builder.add(record('odd_line', [attempt('passed')], { line: -4 }), { path: 'x.xml' });
    builder.add(record('odd_line', [attempt('passed')], { line: 7 }), { path: 'y.xml' });
    const tests = builder.build().tests;
    expect(tests[1]).toEqual({
      id: 'tests/test_orders.py::tests.test_orders::plain',
      suite: 'tests.test_orders',
      name: 'plain',
      classname: 'tests.test_orders',
      file: 'tests/test_orders.py',
      line: 0,
      attempts: [{ status: 'passed', durationMs: 1.317, source: 'a.xml', shard: 's' }],
      status: 'passed',
      flaky: false,
      durationMs: 1.317,
    });
    expect(tests[0]!.line).toBe(-4);
    expect(() => new RunBuilder({ retain: 'metrics' }).build()).toThrow(/retain: 'metrics'/);
  });
});
