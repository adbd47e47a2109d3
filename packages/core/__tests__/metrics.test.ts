import { describe, expect, it } from '@jest/globals';
import { RunBuilder } from '../src/merge/run-builder.js';
import { computeMetrics, toSeedNames } from '../src/metrics/metrics.js';
import { passRate } from '../src/metrics/pass-rate.js';
import type { AttemptStatus, TestAttempt } from '../src/model.js';

function run(durationMs: number, status: AttemptStatus, message?: string): TestAttempt {
  return { status, durationMs, ...(message ? { failure: { message } } : {}) };
}

function sampleRun() {
  const builder = new RunBuilder();
  const add = (suite: string, name: string, shard: string, attempts: TestAttempt[], file?: string) =>
    builder.add({ suite, name, attempts, ...(file ? { file } : {}) }, { path: `results/${shard}/junit.xml`, shard });
  add('api', 'lists orders', '1', [run(100, 'passed')], 'api.test.ts');
  add('api', 'creates order', '1', [run(300, 'failed', 'expect(received).toBe(expected)')], 'api.test.ts');
  add(
    'api',
    'deletes order',
    '1',
    [run(50, 'failed', 'connect ECONNREFUSED 127.0.0.1:5432'), run(70, 'passed')],
    'api.test.ts',
  );
  add('db', 'migrates', '2', [run(500, 'errored', 'connect ECONNREFUSED 127.0.0.1:5432')], 'db.test.ts');
  add('db', 'seeds', '2', [run(0, 'skipped')], 'db.test.ts');
  add('db', 'indexes', '2', [run(25, 'passed')]);
  builder.addFile({ path: 'results/1/junit.xml', format: 'junit', tests: 3, bytes: 100, errors: [] });
  builder.addFile({
    path: 'results/3/junit.xml',
    format: 'unknown',
    tests: 0,
    bytes: 0,
    errors: [{ path: 'results/3/junit.xml', kind: 'malformed', message: 'unexpected end of file' }],
  });
  return builder.build();
}

describe('passRate', () => {
  it('follows the DESIGN formula with two decimals and null when no test ran', () => {
    expect(passRate(2, 3)).toBe(66.67);
    expect(passRate(1, 8)).toBe(12.5);
    expect(passRate(5, 5)).toBe(100);
    expect(passRate(0, 5)).toBe(0);
    expect(passRate(0, 0)).toBeNull();
  });

  it('never shows 100 while a test failed, nor 0 while a test passed', () => {
    expect(passRate(29_999, 30_000)).toBe(99.99);
    expect(passRate(1, 30_000)).toBe(0.01);
  });
});

describe('computeMetrics', () => {
  const metrics = computeMetrics(sampleRun(), { slowest: 3 });

  it('counts one test per id with the DESIGN statuses and pass rate', () => {
    expect(metrics).toMatchObject({
      schemaVersion: 1,
      total: 6,
      passed: 2,
      failed: 1,
      errored: 1,
      skipped: 1,
      flaky: 1,
    });
    expect(metrics.total).toBe(metrics.passed + metrics.failed + metrics.errored + metrics.skipped + metrics.flaky);
    expect(metrics.passRate).toBe(60); // (2 + 1) / (6 - 1)
  });

  it('sums durations per shard for wall time and final attempts for cpu time', () => {
    expect(metrics.durationMs).toEqual({
      perShard: { '1': 520, '2': 525 },
      wall: 525,
      cpu: 100 + 300 + 70 + 500 + 0 + 25,
      allAttempts: 100 + 300 + 50 + 70 + 500 + 0 + 25,
    });
  });

  it('gives wall as clock time, earliest start to latest end across shards, when every attempt has a start', () => {
    const builder = new RunBuilder();
    const at = (second: number) => new Date(Date.UTC(2026, 0, 1, 10, 0, second)).toISOString();
    const timed = (status: AttemptStatus, durationMs: number, second: number): TestAttempt => ({
      status,
      durationMs,
      startedAt: at(second),
    });
    // Shard 1 runs 10:00:00–10:00:07 (a retry included), shard 2 10:00:01–10:00:04, in parallel.
    builder.add(
      { suite: 's', name: 'a', attempts: [timed('failed', 3000, 0), timed('passed', 3000, 4)] },
      { path: 'r/1.xml', shard: '1' },
    );
    builder.add({ suite: 's', name: 'b', attempts: [timed('passed', 3000, 1)] }, { path: 'r/2.xml', shard: '2' });
    const durations = computeMetrics(builder.build()).durationMs;
    expect(durations.wall).toBe(7000);
    expect(durations.perShard).toEqual({ '1': 6000, '2': 3000 });
    expect(durations.cpu).toBe(6000);
  });

  it('never gives a wall time larger than the cpu time when start times are unknown', () => {
    const builder = new RunBuilder();
    builder.add(
      { suite: 's', name: 'a', attempts: [run(500, 'failed', 'x'), run(100, 'passed')] },
      { path: 'r/1.xml', shard: '1' },
    );
    const durations = computeMetrics(builder.build()).durationMs;
    expect(durations.allAttempts).toBe(600);
    expect(durations.cpu).toBe(100);
    expect(durations.wall).toBe(100);
  });

  it('breaks counts down per suite and per file', () => {
    expect(metrics.perSuite.api).toEqual({
      total: 3,
      passed: 1,
      failed: 1,
      errored: 0,
      skipped: 0,
      flaky: 1,
      passRate: 66.67,
      durationMs: 470,
    });
    expect(metrics.perSuite.db).toMatchObject({ total: 3, errored: 1, skipped: 1, passed: 1, passRate: 50 });
    expect(Object.keys(metrics.perFile)).toEqual(['api.test.ts', 'db.test.ts']);
    expect(metrics.perFile['db.test.ts']!.total).toBe(2);
  });

  it('lists the slowest tests, the flaky tests and failure categories with recommendations', () => {
    expect(metrics.slowest.map((test) => [test.name, test.durationMs])).toEqual([
      ['migrates', 500],
      ['creates order', 300],
      ['lists orders', 100],
    ]);
    expect(metrics.flakyTests).toEqual([
      expect.objectContaining({ name: 'deletes order', attempts: 2, failedAttempts: 1, category: 'environment' }),
    ]);
    expect(metrics.categories.environment).toMatchObject({ count: 1, flaky: 1, tests: ['db.test.ts::::migrates'] });
    expect(metrics.categories['test-logic']).toMatchObject({ count: 1, flaky: 0 });
    expect(metrics.categories.data.count).toBe(0);
    expect(metrics.categories.environment.recommendation).toMatch(/dependency/);
  });

  it('lists files read with their errors, and the seed names follow DESIGN', () => {
    expect(metrics.files.map((file) => [file.path, file.errors.length])).toEqual([
      ['results/1/junit.xml', 0],
      ['results/3/junit.xml', 1],
    ]);
    expect(toSeedNames(metrics)).toEqual({ total_tests: 6, passed_tests: 3, failed_tests: 2, pass_rate: 60 });
  });

  it('gives a null pass rate and zero durations for a run without tests', () => {
    const empty = computeMetrics({ tests: [], files: [], duplicates: [] });
    expect(empty.passRate).toBeNull();
    expect(empty.durationMs).toEqual({ wall: 0, perShard: {}, cpu: 0, allAttempts: 0 });
    expect(toSeedNames(empty).pass_rate).toBeNull();
  });

  it('serialises to JSON without loss', () => {
    expect(JSON.parse(JSON.stringify(metrics))).toEqual(metrics);
  });
});

describe('duration sums', () => {
  it('do not depend on the order of the tests', () => {
    const durations = [0.1, 0.2, 0.3, 1e-3, 1234.567, 0.7, 1.317, 1.865];
    const runOf = (values: number[]) => {
      const builder = new RunBuilder();
      values.forEach((d, i) =>
        builder.add({ suite: 's', name: `t${i}`, attempts: [run(d, 'passed')] }, { path: 'a.xml' }),
      );
      return builder.build();
    };
    const forward = computeMetrics(runOf(durations));
    const backward = computeMetrics(runOf([...durations].reverse()));
    expect(backward.durationMs).toEqual(forward.durationMs);
  });
});
