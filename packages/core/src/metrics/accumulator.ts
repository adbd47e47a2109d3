import { CATEGORY_RECOMMENDATIONS } from '../categories/recommendations.js';
import type { FailureCategory, IngestError, SourceFile, TestStatus } from '../model.js';
import { ExactSum } from './exact-sum.js';
import type {
  CategoryMetrics,
  FlakyTestSummary,
  GroupMetrics,
  Metrics,
  MetricsOptions,
  StatusCounts,
  TestSummary,
} from './metrics.js';
import { passRate } from './pass-rate.js';

export const UNSHARDED = '(unsharded)';
const CATEGORIES: readonly FailureCategory[] = ['environment', 'data', 'timeout', 'test-logic', 'unknown'];

/**
 * One merged test as the accumulator reads it. Callers reuse one view object and change it
 * per test; `id()` and `summary()` are called only for the few tests that end up listed.
 */
export interface TestView {
  readonly status: TestStatus;
  /** Duration of the final attempt. */
  readonly durationMs: number;
  readonly category: FailureCategory | undefined;
  /** Read for flaky tests only. */
  readonly attemptCount: number;
  /** Read for flaky tests only. */
  readonly failedAttempts: number;
  /**
   * False for a test whose name the caller did not keep (RunBuilder with retain: 'metrics' keeps
   * no name for most passing tests): it is left out of the slowest list, and the caller checks
   * that it could not have been in it. Such a test is never failing or flaky. Undefined = true.
   */
  readonly hasName?: boolean;
  id(): string;
  summary(): TestSummary;
}

/** Counts of one suite or file; obtained once per name and passed with every test in it. */
export class GroupTally {
  readonly metrics: GroupMetrics = {
    total: 0,
    passed: 0,
    failed: 0,
    errored: 0,
    skipped: 0,
    flaky: 0,
    passRate: null,
    durationMs: 0,
  };
  readonly duration = new ExactSum();

  count(status: TestStatus, durationMs: number): void {
    this.metrics.total++;
    this.metrics[status]++;
    this.duration.add(durationMs);
  }

  finish(): GroupMetrics {
    const metrics = this.metrics;
    metrics.durationMs = this.duration.value();
    metrics.passRate = passRate(metrics.passed + metrics.flaky, metrics.total - metrics.skipped);
    return metrics;
  }
}

/**
 * The order lists follow: 'input' = the order tests are added in (computeMetrics over a
 * TestRun, whose tests are already in id order); 'id' = sorted by id whatever the arrival
 * order (RunBuilder.metrics(), which reads its tests unsorted).
 */
export type ListOrder = 'input' | 'id';

interface SlowCandidate {
  durationMs: number;
  summary: TestSummary;
}

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The slowest list's order: longer first, then by id. Negative when (aMs, aId) comes first. */
export function slownessOrder(aMs: number, aId: string, bMs: number, bId: string): number {
  return bMs - aMs || byCodeUnits(aId, bId);
}

function bySlowness(a: SlowCandidate, b: SlowCandidate): number {
  return slownessOrder(a.durationMs, a.summary.id, b.durationMs, b.summary.id);
}

function sortedRecord<T>(entries: Iterable<[string, T]>): Record<string, T> {
  return Object.fromEntries([...entries].sort(([a], [b]) => byCodeUnits(a, b)));
}

/**
 * Computes Metrics from tests fed one at a time. Apart from the flaky list, memory is bounded
 * by the number of suites, files and shards: the slowest list and the per-category id lists
 * keep a bounded set of candidates. Shared by computeMetrics (a TestRun) and
 * RunBuilder.metrics() (its columns), so both give the same Metrics.
 */
export class MetricsAccumulator {
  private readonly counts: StatusCounts = { total: 0, passed: 0, failed: 0, errored: 0, skipped: 0, flaky: 0 };
  private readonly suites = new Map<string, GroupTally>();
  private readonly fileTallies = new Map<string, GroupTally>();
  private readonly shards = new Map<string, ExactSum>();
  private readonly slowestLimit: number;
  /** Whole-number limit that candidates can be pruned to; undefined = keep all (odd limits). */
  private readonly slowestBound: number | undefined;
  private slowThreshold = -Infinity;
  private readonly slow: SlowCandidate[] = [];
  private readonly flaky: FlakyTestSummary[] = [];
  private readonly categoryLimit: number;
  /** How many ids per category the `tests.length < limit` rule lets through. */
  private readonly categoryKeep: number;
  private readonly categories: Record<FailureCategory, CategoryMetrics>;

  constructor(
    options: MetricsOptions = {},
    private readonly order: ListOrder = 'input',
  ) {
    this.slowestLimit = options.slowest ?? 20;
    this.slowestBound = Number.isInteger(this.slowestLimit) && this.slowestLimit >= 0 ? this.slowestLimit : undefined;
    this.categoryLimit = options.maxTestsPerCategory ?? 50;
    this.categoryKeep = this.categoryLimit > 0 ? Math.ceil(this.categoryLimit) : 0;
    this.categories = Object.fromEntries(
      CATEGORIES.map((category) => [
        category,
        { count: 0, flaky: 0, recommendation: CATEGORY_RECOMMENDATIONS[category], tests: [] },
      ]),
    ) as unknown as Record<FailureCategory, CategoryMetrics>;
  }

  suite(name: string): GroupTally {
    let tally = this.suites.get(name);
    if (!tally) this.suites.set(name, (tally = new GroupTally()));
    return tally;
  }

  file(name: string): GroupTally {
    let tally = this.fileTallies.get(name);
    if (!tally) this.fileTallies.set(name, (tally = new GroupTally()));
    return tally;
  }

  /** Sum of the attempt durations of one shard (undefined = unsharded); add every attempt to it. */
  shard(name: string | undefined): ExactSum {
    const key = name ?? UNSHARDED;
    let sum = this.shards.get(key);
    if (!sum) this.shards.set(key, (sum = new ExactSum()));
    return sum;
  }

  addTest(test: TestView, suite: GroupTally, file: GroupTally | undefined): void {
    const status = test.status;
    const durationMs = test.durationMs;
    this.counts.total++;
    this.counts[status]++;
    suite.count(status, durationMs);
    file?.count(status, durationMs);
    if (status !== 'skipped') this.considerSlow(test);
    if (status === 'flaky') {
      const summary: FlakyTestSummary = {
        ...test.summary(),
        attempts: test.attemptCount,
        failedAttempts: test.failedAttempts,
      };
      if (test.category) summary.category = test.category;
      this.flaky.push(summary);
    }
    if (!test.category) return;
    const entry = this.categories[test.category];
    if (status === 'flaky') entry.flaky++;
    else if (status === 'failed' || status === 'errored') {
      entry.count++;
      if (this.order === 'input') {
        if (entry.tests.length < this.categoryLimit) entry.tests.push(test.id());
      } else if (this.categoryKeep > 0) {
        // Arrival order is not id order: keep ids until well over the limit, then the smallest.
        entry.tests.push(test.id());
        if (entry.tests.length >= 2 * this.categoryKeep + 64) entry.tests.sort(byCodeUnits).length = this.categoryKeep;
      }
    }
  }

  finish(files: readonly SourceFile[], duplicates: IngestError[]): Metrics {
    // Every test is in exactly one suite, so cpu is the exact sum of the suites' sums.
    const cpu = new ExactSum();
    for (const tally of this.suites.values()) cpu.addSum(tally.duration);
    const allAttempts = new ExactSum();
    const perShard = new Map<string, number>();
    for (const [shard, sum] of this.shards) {
      allAttempts.addSum(sum);
      perShard.set(shard, sum.value());
    }
    const slowest = this.slow
      .sort(bySlowness)
      .slice(0, this.slowestLimit)
      .map((candidate) => candidate.summary);
    if (this.order === 'id') {
      this.flaky.sort((a, b) => byCodeUnits(a.id, b.id));
      for (const category of CATEGORIES) {
        const entry = this.categories[category];
        entry.tests = entry.tests.sort(byCodeUnits).slice(0, this.categoryKeep);
      }
    }
    const counts = this.counts;
    return {
      schemaVersion: 1,
      ...counts,
      passRate: passRate(counts.passed + counts.flaky, counts.total - counts.skipped),
      durationMs: {
        wall: Math.max(0, ...perShard.values()),
        perShard: sortedRecord(perShard),
        cpu: cpu.value(),
        allAttempts: allAttempts.value(),
      },
      perSuite: sortedRecord([...this.suites].map(([name, tally]): [string, GroupMetrics] => [name, tally.finish()])),
      perFile: sortedRecord(
        [...this.fileTallies].map(([name, tally]): [string, GroupMetrics] => [name, tally.finish()]),
      ),
      slowest,
      flakyTests: this.flaky,
      categories: this.categories,
      files: files.map(({ path, format, tests, bytes, errors }) => ({ path, format, tests, bytes, errors })),
      duplicates,
    };
  }

  private considerSlow(test: TestView): void {
    const bound = this.slowestBound;
    if (bound === 0 || test.hasName === false) return;
    const durationMs = test.durationMs;
    if (durationMs < this.slowThreshold) return;
    this.slow.push({ durationMs, summary: test.summary() });
    if (bound !== undefined && this.slow.length >= 2 * bound + 64) {
      this.slow.sort(bySlowness).length = bound;
      this.slowThreshold = this.slow[bound - 1]!.durationMs;
    }
  }
}
