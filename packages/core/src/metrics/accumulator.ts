import { CATEGORY_RECOMMENDATIONS } from '../categories/recommendations.js';
import {
  FAILURE_CATEGORIES,
  isFailing,
  type FailureCategory,
  type IngestError,
  type SourceFile,
  type TestStatus,
} from '../model.js';
import { compareIds } from '../merge/test-identity.js';
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
   * no name for most passing and failing single-attempt tests): it is left out of the slowest list
   * and of its category's ids (it is still counted), and the caller checks that it could not have
   * been in them. Such a test is never flaky. Undefined = true.
   */
  readonly hasName?: boolean;
  id(): string;
  summary(): TestSummary;
}

const INITIAL_TALLIES = 64;
/** Per-tally Uint32 counts, in this order, `FIELDS` per tally. */
const COUNT_FIELDS = ['total', 'passed', 'failed', 'errored', 'skipped', 'flaky'] as const;
const FIELDS = COUNT_FIELDS.length;
const FIELD_OF: Readonly<Record<TestStatus, number>> = { passed: 1, failed: 2, errored: 3, skipped: 4, flaky: 5 };

/**
 * Counts and exact duration sums of the suites (or the files), one index per name, held in
 * typed-array columns instead of an object per name (~240,000 of them in a 120,000-class run).
 * A duration sum is the same exact sum as ExactSum (Shewchuk partials), kept inline as up to two
 * partials in two Float64 columns; the rare sum that needs more (or meets a non-finite value)
 * moves to an ExactSum of its own.
 */
class Tallies {
  private readonly indexes = new Map<string, number>();
  private readonly names: string[] = [];
  private counts = new Uint32Array(INITIAL_TALLIES * FIELDS);
  /** The inline partials, increasing magnitude: p0 then p1; `used` says how many. */
  private p0 = new Float64Array(INITIAL_TALLIES);
  private p1 = new Float64Array(INITIAL_TALLIES);
  private used = new Uint8Array(INITIAL_TALLIES);
  private readonly overflow = new Map<number, ExactSum>();

  get size(): number {
    return this.names.length;
  }

  /** The index of `name`, made if new. */
  index(name: string): number {
    let index = this.indexes.get(name);
    if (index === undefined) {
      index = this.names.length;
      if (index === this.used.length) this.grow(index * 2);
      this.indexes.set(name, index);
      this.names.push(name);
    }
    return index;
  }

  count(index: number, status: TestStatus, durationMs: number): void {
    const at = index * FIELDS;
    this.counts[at]!++;
    this.counts[at + FIELD_OF[status]]!++;
    this.addDuration(index, durationMs);
  }

  /** Adds the exact duration sum of tally `index` to `sum`. */
  addTo(index: number, sum: ExactSum): void {
    const big = this.overflow.get(index);
    if (big !== undefined) {
      sum.addSum(big);
      return;
    }
    const used = this.used[index]!;
    if (used > 0) sum.add(this.p0[index]!);
    if (used > 1) sum.add(this.p1[index]!);
  }

  /** Name → GroupMetrics in code-unit order of the names, made one at a time; ends lookups by name. */
  record(scratch: ExactSum): Record<string, GroupMetrics> {
    // No more lookups by name (finish() is the end): free the index while the output is built.
    this.indexes.clear();
    const names = this.names;
    const order = new Uint32Array(names.length);
    for (let i = 0; i < order.length; i++) order[i] = i;
    order.sort((a, b) => compareIds(names[a]!, names[b]!));
    // Object.fromEntries defines each key as an own data property ("__proto__" included), as before.
    return Object.fromEntries(this.entries(order, scratch)) as Record<string, GroupMetrics>;
  }

  private *entries(order: Uint32Array, scratch: ExactSum): Generator<[string, GroupMetrics]> {
    const counts = this.counts;
    for (const index of order) {
      const at = index * FIELDS;
      scratch.reset();
      this.addTo(index, scratch);
      const metrics: GroupMetrics = {
        total: counts[at]!,
        passed: counts[at + 1]!,
        failed: counts[at + 2]!,
        errored: counts[at + 3]!,
        skipped: counts[at + 4]!,
        flaky: counts[at + 5]!,
        passRate: null,
        durationMs: scratch.value(),
      };
      metrics.passRate = passRate(metrics.passed + metrics.flaky, metrics.total - metrics.skipped);
      yield [this.names[index]!, metrics];
    }
  }

  private addDuration(index: number, value: number): void {
    const big = this.overflow.get(index);
    if (big !== undefined) {
      big.add(value);
      return;
    }
    const used = this.used[index]!;
    if (!Number.isFinite(value)) {
      this.spill(index, used).add(value);
      return;
    }
    // ExactSum.add over the (at most two) inline partials.
    let x = value;
    let kept = 0;
    let out0 = 0;
    let out1 = 0;
    for (let j = 0; j < used; j++) {
      let y = j === 0 ? this.p0[index]! : this.p1[index]!;
      if (Math.abs(x) < Math.abs(y)) {
        const swap = x;
        x = y;
        y = swap;
      }
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) {
        if (kept === 0) out0 = lo;
        else out1 = lo;
        kept++;
      }
      x = hi;
    }
    if (kept === 2) {
      // Three partials: keep the exact sum in an ExactSum of its own.
      const big = this.spill(index, 0);
      big.add(out0);
      big.add(out1);
      big.add(x);
      return;
    }
    if (kept === 0) this.p0[index] = x;
    else {
      this.p0[index] = out0;
      this.p1[index] = x;
    }
    this.used[index] = kept + 1;
  }

  /** Moves tally `index`'s first `used` inline partials to an ExactSum. */
  private spill(index: number, used: number): ExactSum {
    const big = new ExactSum();
    if (used > 0) big.add(this.p0[index]!);
    if (used > 1) big.add(this.p1[index]!);
    this.overflow.set(index, big);
    this.used[index] = 0;
    return big;
  }

  private grow(capacity: number): void {
    const counts = new Uint32Array(capacity * FIELDS);
    counts.set(this.counts);
    this.counts = counts;
    const p0 = new Float64Array(capacity);
    p0.set(this.p0);
    this.p0 = p0;
    const p1 = new Float64Array(capacity);
    p1.set(this.p1);
    this.p1 = p1;
    const used = new Uint8Array(capacity);
    used.set(this.used);
    this.used = used;
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

/** The slowest list's order: longer first, then by id. Negative when (aMs, aId) comes first. */
export function slownessOrder(aMs: number, aId: string, bMs: number, bId: string): number {
  return bMs - aMs || compareIds(aId, bId);
}

function bySlowness(a: SlowCandidate, b: SlowCandidate): number {
  return slownessOrder(a.durationMs, a.summary.id, b.durationMs, b.summary.id);
}

function sortedRecord<T>(entries: Iterable<[string, T]>): Record<string, T> {
  return Object.fromEntries([...entries].sort(([a], [b]) => compareIds(a, b)));
}

/**
 * Computes Metrics from tests fed one at a time. Apart from the flaky list, memory is bounded
 * by the number of suites, files and shards: the slowest list and the per-category id lists
 * keep a bounded set of candidates. Shared by computeMetrics (a TestRun) and
 * RunBuilder.metrics() (its columns), so both give the same Metrics.
 */
export class MetricsAccumulator {
  private readonly counts: StatusCounts = { total: 0, passed: 0, failed: 0, errored: 0, skipped: 0, flaky: 0 };
  private readonly suites = new Tallies();
  private readonly fileTallies = new Tallies();
  private readonly shards = new Map<string, ExactSum>();
  /** Attempts with a start time (attemptTime()), for wall as clock time when that is all of them. */
  private timedAttempts = 0;
  private firstStart = Infinity;
  private lastEnd = -Infinity;
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
      FAILURE_CATEGORIES.map((category) => [
        category,
        { count: 0, flaky: 0, recommendation: CATEGORY_RECOMMENDATIONS[category], tests: [] },
      ]),
    ) as unknown as Record<FailureCategory, CategoryMetrics>;
  }

  /** The tally index of a suite; pass it with every test in the suite. */
  suite(name: string): number {
    return this.suites.index(name);
  }

  /** The tally index of a file; pass it with every test in the file. */
  file(name: string): number {
    return this.fileTallies.index(name);
  }

  /** Sum of the attempt durations of one shard (undefined = unsharded); add every attempt to it. */
  shard(name: string | undefined): ExactSum {
    const key = name ?? UNSHARDED;
    let sum = this.shards.get(key);
    if (!sum) this.shards.set(key, (sum = new ExactSum()));
    return sum;
  }

  /**
   * When an attempt started (ISO 8601, undefined = unknown) and how long it took: wall is clock time,
   * earliest start to latest end, only when every attempt fed to shard() was also fed here with a start.
   */
  attemptTime(startedAt: string | undefined, durationMs: number): void {
    this.attemptTimeMs(startedAt === undefined ? NaN : Date.parse(startedAt), durationMs);
  }

  /** attemptTime() with the start already in epoch milliseconds (NaN = unknown). */
  attemptTimeMs(start: number, durationMs: number): void {
    if (!Number.isFinite(start) || !Number.isFinite(durationMs)) return;
    this.timedAttempts++;
    if (start < this.firstStart) this.firstStart = start;
    const end = start + Math.max(0, durationMs);
    if (end > this.lastEnd) this.lastEnd = end;
  }

  /** `suite` and `file` are indexes from suite() and file(); file -1 = the test has no file. */
  addTest(test: TestView, suite: number, file: number): void {
    const status = test.status;
    const durationMs = test.durationMs;
    this.counts.total++;
    this.counts[status]++;
    this.suites.count(suite, status, durationMs);
    if (file >= 0) this.fileTallies.count(file, status, durationMs);
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
    else if (isFailing(status)) {
      entry.count++;
      if (test.hasName === false) return;
      if (this.order === 'input') {
        if (entry.tests.length < this.categoryLimit) entry.tests.push(test.id());
      } else if (this.categoryKeep > 0) {
        // Arrival order is not id order: keep ids until well over the limit, then the smallest.
        entry.tests.push(test.id());
        if (entry.tests.length >= 2 * this.categoryKeep + 64) entry.tests.sort(compareIds).length = this.categoryKeep;
      }
    }
  }

  finish(files: readonly SourceFile[], duplicates: IngestError[]): Metrics {
    // Every test is in exactly one suite, so cpu is the exact sum of the suites' sums.
    const cpu = new ExactSum();
    for (let index = 0; index < this.suites.size; index++) this.suites.addTo(index, cpu);
    const allAttempts = new ExactSum();
    const perShard = new Map<string, number>();
    let attemptCount = 0;
    for (const [shard, sum] of this.shards) {
      allAttempts.addSum(sum);
      perShard.set(shard, sum.value());
      attemptCount += sum.terms;
    }
    const slowest = this.slow
      .sort(bySlowness)
      .slice(0, this.slowestLimit)
      .map((candidate) => candidate.summary);
    if (this.order === 'id') {
      this.flaky.sort((a, b) => compareIds(a.id, b.id));
      for (const category of FAILURE_CATEGORIES) {
        const entry = this.categories[category];
        entry.tests = entry.tests.sort(compareIds).slice(0, this.categoryKeep);
      }
    }
    const counts = this.counts;
    const scratch = new ExactSum();
    return {
      schemaVersion: 1,
      ...counts,
      passRate: passRate(counts.passed + counts.flaky, counts.total - counts.skipped),
      durationMs: {
        wall: this.wall(perShard, cpu.value(), attemptCount),
        perShard: sortedRecord(perShard),
        cpu: cpu.value(),
        allAttempts: allAttempts.value(),
      },
      perSuite: this.suites.record(scratch),
      perFile: this.fileTallies.record(scratch),
      slowest,
      flakyTests: this.flaky,
      categories: this.categories,
      files: files.map(({ path, format, tests, bytes, errors }) => ({ path, format, tests, bytes, errors })),
      duplicates,
    };
  }

  /**
   * Clock time: from the earliest attempt start to the latest attempt end when every attempt has a
   * start time; else the longest shard (its attempts summed), never more than the CPU time.
   */
  private wall(perShard: ReadonlyMap<string, number>, cpu: number, attemptCount: number): number {
    if (this.timedAttempts > 0 && this.timedAttempts === attemptCount) {
      return this.lastEnd - this.firstStart;
    }
    return Math.min(Math.max(0, ...perShard.values()), cpu);
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
