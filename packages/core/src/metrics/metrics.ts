import type { FailureCategory, IngestError, TestResult, TestRun, TestStatus } from '../model.js';
import { MetricsAccumulator, type TestView } from './accumulator.js';

export interface StatusCounts {
  total: number;
  passed: number;
  failed: number;
  errored: number;
  skipped: number;
  flaky: number;
}

export interface GroupMetrics extends StatusCounts {
  passRate: number | null;
  /** Sum of final-attempt durations of the group's tests. */
  durationMs: number;
}

export interface TestSummary {
  id: string;
  name: string;
  suite: string;
  file?: string;
  status: TestStatus;
  durationMs: number;
}

export interface FlakyTestSummary extends TestSummary {
  attempts: number;
  failedAttempts: number;
  category?: FailureCategory;
}

export interface CategoryMetrics {
  /** Failed and errored tests in this category (flaky tests are not failures). */
  count: number;
  /** Flaky tests whose failing attempts fell in this category. */
  flaky: number;
  recommendation: string;
  /** Ids of the failing tests, up to `maxTestsPerCategory`. */
  tests: string[];
}

export interface FileReadSummary {
  path: string;
  format: string;
  tests: number;
  bytes: number;
  errors: IngestError[];
}

/** The content of metrics.json (DESIGN "Data contracts"). */
export interface Metrics extends StatusCounts {
  schemaVersion: 1;
  passRate: number | null;
  durationMs: {
    /**
     * Clock time from the first shard's start to the last shard's end when the shards' shard.json are
     * read; else earliest attempt start to latest attempt end, when every attempt has a start time;
     * else the longest shard (attempts summed per shard, the maximum across shards), at most `cpu`.
     */
    wall: number;
    /** Every attempt's duration summed per shard ("(unsharded)" when the shard is unknown). */
    perShard: Record<string, number>;
    /** Sum of final-attempt durations. */
    cpu: number;
    /** Sum of every attempt's duration, retries included. */
    allAttempts: number;
  };
  perSuite: Record<string, GroupMetrics>;
  /** Tests without a file are left out. */
  perFile: Record<string, GroupMetrics>;
  slowest: TestSummary[];
  flakyTests: FlakyTestSummary[];
  categories: Record<FailureCategory, CategoryMetrics>;
  files: FileReadSummary[];
  duplicates: IngestError[];
  /** Each shard's predicted and actual clock time, when the shards' shard.json were read. */
  shards?: ShardTimingSummary[];
}

export interface ShardTimingSummary {
  shard: string;
  suite: string;
  /** The plan's prediction; absent for a shard that was not planned. */
  predictedMs?: number;
  /** Clock time from the shard's first attempt's start to its last attempt's end. */
  actualMs: number;
  attempts: number;
}

export interface MetricsOptions {
  /** How many of the slowest tests to list; default 20. */
  slowest?: number;
  /** How many test ids to list per failure category; default 50. */
  maxTestsPerCategory?: number;
}

export { UNSHARDED } from './accumulator.js';

function summarise(test: TestResult): TestSummary {
  const summary: TestSummary = {
    id: test.id,
    name: test.name,
    suite: test.suite,
    status: test.status,
    durationMs: test.durationMs,
  };
  if (test.file !== undefined) summary.file = test.file;
  return summary;
}

/** TestView over one TestResult at a time. */
class ResultView implements TestView {
  test!: TestResult;
  get status(): TestStatus {
    return this.test.status;
  }
  get durationMs(): number {
    return this.test.durationMs;
  }
  get category(): FailureCategory | undefined {
    return this.test.category;
  }
  get attemptCount(): number {
    return this.test.attempts.length;
  }
  get failedAttempts(): number {
    return this.test.attempts.filter((a) => a.status === 'failed' || a.status === 'errored').length;
  }
  id(): string {
    return this.test.id;
  }
  summary(): TestSummary {
    return summarise(this.test);
  }
}

/**
 * Counts and summaries of a merged run, following DESIGN "Counting tests"; written as metrics.json.
 * Lists follow run.tests order (ties in `slowest` by id). Duration sums are exact sums rounded
 * once, so they do not depend on the order of the tests. For a run too large to hold as
 * TestResult objects, RunBuilder.metrics() gives the same Metrics without building the run.
 */
export function computeMetrics(run: TestRun, options: MetricsOptions = {}): Metrics {
  const accumulator = new MetricsAccumulator(options, 'input');
  const view = new ResultView();
  for (const test of run.tests) {
    for (const attempt of test.attempts) {
      accumulator.shard(attempt.shard).add(attempt.durationMs);
      accumulator.attemptTime(attempt.startedAt, attempt.durationMs);
    }
    view.test = test;
    accumulator.addTest(
      view,
      accumulator.suite(test.suite),
      test.file === undefined ? -1 : accumulator.file(test.file),
    );
  }
  return accumulator.finish(run.files, run.duplicates);
}

/** The seed's output names (DESIGN "Counting tests"). */
export interface SeedTestCounts {
  total_tests: number;
  passed_tests: number;
  failed_tests: number;
  pass_rate: number | null;
}

export function toSeedNames(metrics: StatusCounts & { passRate: number | null }): SeedTestCounts {
  return {
    total_tests: metrics.total,
    passed_tests: metrics.passed + metrics.flaky,
    failed_tests: metrics.failed + metrics.errored,
    pass_rate: metrics.passRate,
  };
}
