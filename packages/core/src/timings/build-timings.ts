import type { ShardRecord } from '../contracts/shard-record.js';
import type { TestResult, TestRun } from '../model.js';
import { measureSuiteOverheads, mergeSuiteOverheads } from './suite-overhead.js';
import {
  DEFAULT_KEEP_UNSEEN_RUNS,
  DEFAULT_TIMINGS_ALPHA,
  type FileTiming,
  type TestTiming,
  type Timings,
} from './types.js';

export interface BuildTimingsOptions {
  /** Weight of this run in the moving average, in (0, 1]; default 0.3. */
  alpha?: number;
  now: Date;
  /** Drop tests and files not timed in this many runs; default 10. */
  keepUnseenRuns?: number;
  /** This run's measured per-shard overhead, merged into the previous one by the same average. */
  shardOverheadMs?: number;
  /** This run's shard.json records: each suite's start-up and per-file setup are learned from them. */
  shards?: readonly ShardRecord[];
}

/** new = alpha × this run + (1 − alpha) × previous, so one noisy run does not swing the plan. */
export function movingAverage(previous: number | undefined, current: number, alpha: number): number {
  if (previous === undefined) return roundMs(current);
  return roundMs(alpha * current + (1 - alpha) * previous);
}

function roundMs(value: number): number {
  return Math.round(value * 1000) / 1000;
}

function finalAttemptDuration(test: TestResult): number {
  return test.attempts.at(-1)?.durationMs ?? test.durationMs;
}

function isTimed(test: TestResult): boolean {
  return test.status !== 'skipped';
}

function sumFileDurations(tests: readonly TestResult[]): Map<string, { durationMs: number; tests: number }> {
  const files = new Map<string, { durationMs: number; tests: number }>();
  for (const test of tests) {
    if (!test.file) continue;
    const entry = files.get(test.file) ?? { durationMs: 0, tests: 0 };
    entry.durationMs += finalAttemptDuration(test);
    entry.tests += 1;
    files.set(test.file, entry);
  }
  return files;
}

/** Keeps entries that were seen recently enough, in key order (UTF-16, as `<`) for stable diffs. */
function keepRecent<T extends { lastSeen: number }>(
  entries: Map<string, T>,
  runs: number,
  keepUnseenRuns: number,
): Record<string, T> {
  const keys = [...entries.keys()].filter((key) => runs - entries.get(key)!.lastSeen < keepUnseenRuns);
  keys.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const kept: Record<string, T> = {};
  for (const key of keys) kept[key] = entries.get(key)!;
  return kept;
}

function validateOptions(alpha: number, keepUnseenRuns: number): void {
  if (!(alpha > 0 && alpha <= 1)) throw new RangeError(`Timings alpha must be in (0, 1], got ${alpha}.`);
  if (!Number.isInteger(keepUnseenRuns) || keepUnseenRuns < 1) {
    throw new RangeError(`Timings keepUnseenRuns must be a positive integer, got ${keepUnseenRuns}.`);
  }
}

/** Turns this run's durations into timings.json, merged with the previous file by moving average. */
export function buildTimings(run: TestRun, previous: Timings | undefined, options: BuildTimingsOptions): Timings {
  const alpha = options.alpha ?? DEFAULT_TIMINGS_ALPHA;
  const keepUnseenRuns = options.keepUnseenRuns ?? DEFAULT_KEEP_UNSEEN_RUNS;
  validateOptions(alpha, keepUnseenRuns);
  const runs = (previous?.runs ?? 0) + 1;
  const timed = run.tests.filter(isTimed);

  // Maps while merging: objects with hundreds of thousands of keys are slow to grow.
  const tests = new Map<string, TestTiming>(Object.entries(previous?.tests ?? {}));
  for (const test of timed) {
    const before = tests.get(test.id);
    tests.set(test.id, {
      ...(test.file ? { file: test.file } : {}),
      suite: test.suite,
      durationMs: movingAverage(before?.durationMs, finalAttemptDuration(test), alpha),
      samples: (before?.samples ?? 0) + 1,
      lastSeen: runs,
    });
  }

  const files = new Map<string, FileTiming>(Object.entries(previous?.files ?? {}));
  for (const [file, current] of sumFileDurations(timed)) {
    const before = files.get(file);
    files.set(file, {
      durationMs: movingAverage(before?.durationMs, roundMs(current.durationMs), alpha),
      tests: current.tests,
      samples: (before?.samples ?? 0) + 1,
      lastSeen: runs,
    });
  }

  const shardOverheadMs =
    options.shardOverheadMs === undefined
      ? previous?.shardOverheadMs
      : movingAverage(previous?.shardOverheadMs, options.shardOverheadMs, alpha);

  const suites = mergeSuiteOverheads(previous?.suites, measureSuiteOverheads(options.shards ?? []), (before, current) =>
    movingAverage(before, current, alpha),
  );

  return {
    schemaVersion: 1,
    updatedAt: options.now.toISOString(),
    runs,
    tests: keepRecent(tests, runs, keepUnseenRuns),
    files: keepRecent(files, runs, keepUnseenRuns),
    ...(shardOverheadMs === undefined ? {} : { shardOverheadMs }),
    ...(suites === undefined ? {} : { suites }),
  };
}
