// What shards cost beyond their tests: learned from shard.json, kept in timings.json, used by the next
// plan; and the run's duration as clock time across shards.
import {
  buildTimings,
  computeMetrics,
  measureSuiteOverheads,
  parseShardRecord,
  parseTimings,
  planShards,
  renderMarkdownReport,
  withShardClock,
  type ShardRecord,
  type TestRun,
} from '../src/index.js';

function record(shard: string, files: number, durationMs: number, testsMs: number, start = 0): ShardRecord {
  return {
    schemaVersion: 1,
    shard,
    suite: 'unit',
    startedAt: new Date(Date.UTC(2026, 0, 1) + start).toISOString(),
    endedAt: new Date(Date.UTC(2026, 0, 1) + start + durationMs).toISOString(),
    predictedMs: 1000,
    units: files,
    files,
    firstAttempt: { durationMs, testsMs },
    attempts: 1,
  };
}

const emptyRun: TestRun = { tests: [], files: [], duplicates: [] } as unknown as TestRun;

describe('suite overheads from shard.json', () => {
  it('splits the gap into start-up and per-file setup when shards have different file counts', () => {
    // gap = 500 + 200 × files
    const learned = measureSuiteOverheads([record('unit-1', 2, 2900, 2000), record('unit-2', 5, 3500, 2000)]);
    expect(learned.get('unit')).toEqual({ shardStartMs: 500, perFileMs: 200 });
  });

  it('spreads one shard’s gap over its files, and a one-file shard’s gap is start-up', () => {
    expect(measureSuiteOverheads([record('unit-1', 4, 3000, 1000)]).get('unit')).toEqual({
      shardStartMs: 0,
      perFileMs: 500,
    });
    expect(measureSuiteOverheads([record('unit-1', 1, 3000, 1000)]).get('unit')).toEqual({
      shardStartMs: 2000,
      perFileMs: 0,
    });
  });

  it('is kept in timings.json, read back, and added to the next plan’s predictions', () => {
    const timings = buildTimings(emptyRun, undefined, {
      now: new Date(),
      shards: [record('unit-1', 2, 2900, 2000), record('unit-2', 5, 3500, 2000)],
    });
    const read = parseTimings(JSON.parse(JSON.stringify(timings)), 'timings.json');
    expect(read.suites).toEqual({ unit: { shardStartMs: 500, perFileMs: 200, samples: 1 } });
    const units = [{ id: 'a.test.js' }, { id: 'b.test.js' }];
    const without = planShards({ suite: 'unit', units, granularity: 'file', shards: 1 });
    const withOverhead = planShards({ suite: 'unit', units, granularity: 'file', shards: 1, timings: read });
    expect(withOverhead.shards[0]!.predictedMs - without.shards[0]!.predictedMs).toBe(500 + 2 * 200);
    expect(withOverhead.shardOverheadMs).toBe(500);
  });

  it('refuses a shard.json with a negative duration, naming the field', () => {
    const bad = { ...record('unit-1', 1, 10, 5), firstAttempt: { durationMs: -1, testsMs: 0 } };
    expect(() => parseShardRecord(bad, 'results/unit-1/shard.json')).toThrow(/firstAttempt\.durationMs/);
  });
});

describe('clock time across shards', () => {
  it('is the first shard’s start to the last shard’s end, and lists predicted against actual', () => {
    const metrics = withShardClock(computeMetrics(emptyRun), [
      record('unit-2', 1, 4000, 100, 1000),
      record('unit-1', 1, 2000, 100, 0),
    ]);
    expect(metrics.durationMs.wall).toBe(5000);
    expect(metrics.shards).toEqual([
      { shard: 'unit-1', suite: 'unit', predictedMs: 1000, actualMs: 2000, attempts: 1 },
      { shard: 'unit-2', suite: 'unit', predictedMs: 1000, actualMs: 4000, attempts: 1 },
    ]);
    const { markdown } = renderMarkdownReport(
      {
        reportName: 'Tests',
        status: 'passed',
        run: emptyRun,
        metrics,
        gate: { passed: true, minPassRate: 100, failOn: 'failed' },
      } as never,
      { target: 'summary' } as never,
    );
    expect(markdown).toContain('### Shards: predicted and actual');
    expect(markdown).toMatch(/\| unit-2 \| unit \| 1\.00 s \| 4\.00 s \| 4\.00× \| 1 \|/);
  });
});
