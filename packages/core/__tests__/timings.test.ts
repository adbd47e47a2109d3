import { readFile } from 'node:fs/promises';
import type { AttemptStatus, TestResult, TestRun, TestStatus } from '../src/model.js';
import { buildTimings, parseTimings, TimingsFormatError, type Timings } from '../src/timings/index.js';

const now = new Date('2026-11-25T12:00:00.000Z');

function result(
  file: string | undefined,
  name: string,
  durations: number[],
  status: TestStatus = 'passed',
): TestResult {
  const attemptStatus: AttemptStatus = status === 'flaky' ? 'passed' : status;
  const attempts = durations.map((durationMs, index) => ({
    status: index < durations.length - 1 ? ('failed' as const) : attemptStatus,
    durationMs,
  }));
  return {
    id: `${file ?? 'suite'}::::${name}`,
    suite: 'suite',
    name,
    ...(file ? { file } : {}),
    attempts,
    status,
    flaky: status === 'flaky',
    durationMs: durations.at(-1) ?? 0,
  };
}

function run(...tests: TestResult[]): TestRun {
  return { tests, files: [], duplicates: [] };
}

describe('buildTimings', () => {
  it('times each test by its final attempt and each file by the sum of its tests', () => {
    const timings = buildTimings(
      run(
        result('a.py', 'one', [100]),
        result('a.py', 'retried', [900, 50], 'flaky'),
        result('b.py', 'two', [30]),
        result(undefined, 'no-file', [7]),
        result('a.py', 'skipped', [0], 'skipped'),
      ),
      undefined,
      { now },
    );
    expect(timings.schemaVersion).toBe(1);
    expect(timings.updatedAt).toBe(now.toISOString());
    expect(timings.runs).toBe(1);
    expect(timings.tests['a.py::::retried']).toEqual({
      file: 'a.py',
      suite: 'suite',
      durationMs: 50,
      samples: 1,
      lastSeen: 1,
    });
    expect(timings.tests['suite::::no-file']).toEqual({ suite: 'suite', durationMs: 7, samples: 1, lastSeen: 1 });
    expect(timings.tests['a.py::::skipped']).toBeUndefined();
    expect(timings.files).toEqual({
      'a.py': { durationMs: 150, tests: 2, samples: 1, lastSeen: 1 },
      'b.py': { durationMs: 30, tests: 1, samples: 1, lastSeen: 1 },
    });
  });

  it('merges with the previous file by an exponentially weighted moving average', () => {
    const first = buildTimings(run(result('a.py', 'one', [1000]), result('a.py', 'two', [200])), undefined, { now });
    const second = buildTimings(run(result('a.py', 'one', [2000]), result('a.py', 'two', [200])), first, { now });
    // 0.3 × 2000 + 0.7 × 1000
    expect(second.tests['a.py::::one']).toMatchObject({ durationMs: 1300, samples: 2, lastSeen: 2 });
    expect(second.tests['a.py::::two']?.durationMs).toBe(200);
    // 0.3 × 2200 + 0.7 × 1200
    expect(second.files['a.py']).toEqual({ durationMs: 1500, tests: 2, samples: 2, lastSeen: 2 });
    expect(second.runs).toBe(2);

    const third = buildTimings(run(result('a.py', 'one', [0])), second, { now, alpha: 0.5 });
    expect(third.tests['a.py::::one']?.durationMs).toBe(650);
  });

  it('keeps tests and files not seen this run until they are missed ten runs in a row', () => {
    let timings = buildTimings(run(result('old.py', 'gone', [40]), result('a.py', 'kept', [10])), undefined, { now });
    for (let index = 0; index < 9; index += 1) {
      timings = buildTimings(run(result('a.py', 'kept', [10])), timings, { now });
      expect(timings.tests['old.py::::gone']).toEqual({
        file: 'old.py',
        suite: 'suite',
        durationMs: 40,
        samples: 1,
        lastSeen: 1,
      });
      expect(timings.files['old.py']?.durationMs).toBe(40);
    }
    expect(timings.runs).toBe(10);
    timings = buildTimings(run(result('a.py', 'kept', [10])), timings, { now });
    expect(timings.tests['old.py::::gone']).toBeUndefined();
    expect(timings.files['old.py']).toBeUndefined();
    expect(timings.tests['a.py::::kept']).toMatchObject({ samples: 11, lastSeen: 11 });
  });

  it('keeps a skipped test at its previous duration instead of timing it at zero', () => {
    const first = buildTimings(run(result('a.py', 'sometimes', [500])), undefined, { now });
    const second = buildTimings(run(result('a.py', 'sometimes', [0], 'skipped')), first, { now });
    expect(second.tests['a.py::::sometimes']).toMatchObject({ durationMs: 500, samples: 1, lastSeen: 1 });
  });

  it('averages the shard overhead and carries it over when not measured', () => {
    const first = buildTimings(run(), undefined, { now, shardOverheadMs: 10_000 });
    const second = buildTimings(run(), first, { now, shardOverheadMs: 20_000 });
    const third = buildTimings(run(), second, { now });
    expect(second.shardOverheadMs).toBe(13_000);
    expect(third.shardOverheadMs).toBe(13_000);
  });

  it('rejects an alpha outside (0, 1]', () => {
    expect(() => buildTimings(run(), undefined, { now, alpha: 0 })).toThrow(/alpha must be in \(0, 1\], got 0/);
    expect(() => buildTimings(run(), undefined, { now, alpha: 1.5 })).toThrow(RangeError);
  });
});

describe('parseTimings', () => {
  const valid: Timings = buildTimings(run(result('a.py', 'one', [12.5])), undefined, { now, shardOverheadMs: 3 });

  it('reads back what buildTimings writes', () => {
    expect(parseTimings(JSON.parse(JSON.stringify(valid)), 'timings.json')).toEqual(valid);
  });

  it.each<[string, unknown, RegExp]>([
    ['a non-object', [], /^Timings file prev\/timings\.json: must be an object$/],
    ['another schema version', { ...valid, schemaVersion: 2 }, /"schemaVersion" is 2; this version reads 1/],
    ['a bad updatedAt', { ...valid, updatedAt: 'yesterday' }, /"updatedAt" must be an ISO 8601 time/],
    ['a negative run count', { ...valid, runs: -1 }, /"runs" must be a non-negative integer/],
    ['tests not an object', { ...valid, tests: [] }, /"tests" must be an object/],
    [
      'a test without a duration',
      { ...valid, tests: { 'a.py::::one': { suite: 's', samples: 1 } } },
      /"tests\["a\.py::::one"\]\.durationMs" must be a non-negative number of milliseconds/,
    ],
    [
      'a file with a string count',
      { ...valid, files: { 'a.py': { durationMs: 1, tests: '2', samples: 1 } } },
      /"files\["a\.py"\]\.tests" must be a non-negative integer/,
    ],
    ['a bad shard overhead', { ...valid, shardOverheadMs: 'x' }, /"shardOverheadMs" must be a non-negative number/],
  ])('rejects %s with the source and the key', (_label, json, message) => {
    expect(() => parseTimings(json, 'prev/timings.json')).toThrow(TimingsFormatError);
    expect(() => parseTimings(json, 'prev/timings.json')).toThrow(message);
  });

  it('fills lastSeen with the run count when an older writer left it out', () => {
    const json = {
      schemaVersion: 1,
      updatedAt: now.toISOString(),
      runs: 4,
      tests: { t: { suite: 's', durationMs: 1, samples: 2 } },
      files: {},
    };
    expect(parseTimings(json, 'x').tests.t).toEqual({ suite: 's', durationMs: 1, samples: 2, lastSeen: 4 });
  });

  it('converts pytest-split durations from seconds to milliseconds, filed by the part before "::"', () => {
    const timings = parseTimings(
      { 'tests/test_a.py::test_one[x]': 0.25, 'tests/test_a.py::TestC::test_two': 1.5, 'tests/test_b.py::t': 0.001 },
      '.test_durations',
    );
    expect(timings.importedFrom).toBe('pytest-split');
    expect(timings.tests['tests/test_a.py::TestC::test_two']).toEqual({
      file: 'tests/test_a.py',
      suite: 'tests/test_a.py',
      durationMs: 1500,
      samples: 1,
      lastSeen: 1,
    });
    expect(timings.files).toEqual({
      'tests/test_a.py': { durationMs: 1750, tests: 2, samples: 1, lastSeen: 1 },
      'tests/test_b.py': { durationMs: 1, tests: 1, samples: 1, lastSeen: 1 },
    });
  });

  it('rejects a negative pytest-split duration naming the node id', () => {
    expect(() => parseTimings({ 'tests/a.py::t': -1 }, '.test_durations')).toThrow(
      /Timings file \.test_durations: "tests\/a\.py::t" must be a non-negative number of seconds/,
    );
  });

  it('converts the nf-metro .test_durations file', async () => {
    const source = '/work/shared/timings/nf-metro.test_durations.json';
    const raw = JSON.parse(await readFile(source, 'utf8')) as Record<string, number>;
    const timings = parseTimings(raw, source);
    expect(Object.keys(timings.tests)).toHaveLength(23_422);
    expect(Object.keys(timings.files)).toHaveLength(133);
    const totalSeconds = Object.values(raw).reduce((sum, seconds) => sum + seconds, 0);
    const fileTotal = Object.values(timings.files).reduce((sum, file) => sum + file.durationMs, 0);
    expect(fileTotal).toBeCloseTo(totalSeconds * 1000, 0);
    const first = 'tests/test_animation.py::test_motion_path_segments_lie_on_rendered_geometry[fan_in_merge]';
    expect(timings.tests[first]?.durationMs).toBeCloseTo(41.71, 2);
    // A converted file is a valid previous timings file for the next merge.
    const merged = buildTimings(run(result('tests/test_animation.py', 'x', [5])), timings, { now });
    expect(merged.runs).toBe(2);
    expect(Object.keys(merged.tests)).toHaveLength(23_423);
  });
});
