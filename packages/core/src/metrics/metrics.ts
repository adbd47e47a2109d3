import { CATEGORY_RECOMMENDATIONS } from '../categories/recommendations.js';
import type { FailureCategory, IngestError, TestResult, TestRun, TestStatus } from '../model.js';
import { passRate } from './pass-rate.js';

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
    /** Longest shard: attempts summed per shard, then the maximum across shards. */
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
}

export interface MetricsOptions {
  /** How many of the slowest tests to list; default 20. */
  slowest?: number;
  /** How many test ids to list per failure category; default 50. */
  maxTestsPerCategory?: number;
}

export const UNSHARDED = '(unsharded)';
const CATEGORIES: FailureCategory[] = ['environment', 'data', 'timeout', 'test-logic', 'unknown'];

function emptyGroup(): GroupMetrics {
  return { total: 0, passed: 0, failed: 0, errored: 0, skipped: 0, flaky: 0, passRate: null, durationMs: 0 };
}

function countInto(group: StatusCounts & { durationMs?: number }, test: TestResult): void {
  group.total++;
  group[test.status]++;
  if (group.durationMs !== undefined) group.durationMs += test.durationMs;
}

function finishGroup(group: GroupMetrics): GroupMetrics {
  group.passRate = passRate(group.passed + group.flaky, group.total - group.skipped);
  return group;
}

function sortedRecord<T>(entries: Map<string, T>): Record<string, T> {
  return Object.fromEntries([...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

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

function groupMetrics(
  tests: readonly TestResult[],
  keyOf: (test: TestResult) => string | undefined,
): Record<string, GroupMetrics> {
  const groups = new Map<string, GroupMetrics>();
  for (const test of tests) {
    const key = keyOf(test);
    if (key === undefined) continue;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = emptyGroup()));
    countInto(group, test);
  }
  for (const group of groups.values()) finishGroup(group);
  return sortedRecord(groups);
}

function durations(tests: readonly TestResult[]): Metrics['durationMs'] {
  const perShard = new Map<string, number>();
  let cpu = 0;
  let allAttempts = 0;
  for (const test of tests) {
    cpu += test.durationMs;
    for (const attempt of test.attempts) {
      allAttempts += attempt.durationMs;
      const shard = attempt.shard ?? UNSHARDED;
      perShard.set(shard, (perShard.get(shard) ?? 0) + attempt.durationMs);
    }
  }
  const wall = Math.max(0, ...perShard.values());
  return { wall, perShard: sortedRecord(perShard), cpu, allAttempts };
}

function categoryMetrics(tests: readonly TestResult[], maxTests: number): Record<FailureCategory, CategoryMetrics> {
  const categories = Object.fromEntries(
    CATEGORIES.map((category) => [
      category,
      { count: 0, flaky: 0, recommendation: CATEGORY_RECOMMENDATIONS[category], tests: [] },
    ]),
  ) as unknown as Record<FailureCategory, CategoryMetrics>;
  for (const test of tests) {
    if (!test.category) continue;
    const entry = categories[test.category];
    if (test.status === 'flaky') entry.flaky++;
    else if (test.status === 'failed' || test.status === 'errored') {
      entry.count++;
      if (entry.tests.length < maxTests) entry.tests.push(test.id);
    }
  }
  return categories;
}

/** Counts and summaries of a merged run, following DESIGN "Counting tests"; written as metrics.json. */
export function computeMetrics(run: TestRun, options: MetricsOptions = {}): Metrics {
  const counts: StatusCounts = { total: 0, passed: 0, failed: 0, errored: 0, skipped: 0, flaky: 0 };
  for (const test of run.tests) countInto(counts, test);
  const slowestCount = options.slowest ?? 20;
  const slowest = [...run.tests]
    .filter((test) => test.status !== 'skipped')
    .sort((a, b) => b.durationMs - a.durationMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, slowestCount)
    .map(summarise);
  const flakyTests = run.tests
    .filter((test) => test.status === 'flaky')
    .map((test): FlakyTestSummary => {
      const failedAttempts = test.attempts.filter((a) => a.status === 'failed' || a.status === 'errored').length;
      const summary: FlakyTestSummary = { ...summarise(test), attempts: test.attempts.length, failedAttempts };
      if (test.category) summary.category = test.category;
      return summary;
    });
  return {
    schemaVersion: 1,
    ...counts,
    passRate: passRate(counts.passed + counts.flaky, counts.total - counts.skipped),
    durationMs: durations(run.tests),
    perSuite: groupMetrics(run.tests, (test) => test.suite),
    perFile: groupMetrics(run.tests, (test) => test.file),
    slowest,
    flakyTests,
    categories: categoryMetrics(run.tests, options.maxTestsPerCategory ?? 50),
    files: run.files.map(({ path, format, tests, bytes, errors }) => ({ path, format, tests, bytes, errors })),
    duplicates: run.duplicates,
  };
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
