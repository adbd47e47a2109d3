// The content of timings.json (DESIGN "Data contracts"): written by aggregate-report, read by the run-matrix planner.

export interface TestTiming {
  file?: string;
  suite: string;
  /** Exponentially weighted moving average of the final attempt's duration. */
  durationMs: number;
  /** How many runs contributed to the average. */
  samples: number;
  /** Value of `Timings.runs` in the last run that timed this test; entries unseen for long are dropped. */
  lastSeen: number;
}

export interface FileTiming {
  /** Exponentially weighted moving average of the sum of the file's test durations in one run. */
  durationMs: number;
  /** Timed tests of the file in the last run that saw it. */
  tests: number;
  samples: number;
  lastSeen: number;
}

/** A suite's cost beyond its tests' durations, learned from its shards' shard.json (planning/shard-overhead.ts). */
export interface SuiteOverhead {
  /** Start-up of one shard: the runner process up to its first test. */
  shardStartMs: number;
  /** Setup of one test file (module loading, transforms, fixtures), added to each file's estimate. */
  perFileMs: number;
  samples: number;
}

export interface Timings {
  schemaVersion: 1;
  /** ISO 8601 time of the last merge. */
  updatedAt: string;
  /** How many runs have been merged into this file. */
  runs: number;
  /** Keyed by test id (for a pytest-split import, the pytest node id). */
  tests: Record<string, TestTiming>;
  /** Keyed by normalised test file path. */
  files: Record<string, FileTiming>;
  /** Fixed cost of one shard (checkout, install), when known. */
  shardOverheadMs?: number;
  /** Per suite of testpipe.yml: what its shards cost beyond their tests, learned from earlier runs. */
  suites?: Record<string, SuiteOverhead>;
  /** Set when the file was converted from another tool's format. */
  importedFrom?: 'pytest-split';
}

export const TIMINGS_SCHEMA_VERSION = 1;
/** Weight of the newest run in the moving average. */
export const DEFAULT_TIMINGS_ALPHA = 0.3;
/** Tests and files not timed in this many consecutive runs are dropped. */
export const DEFAULT_KEEP_UNSEEN_RUNS = 10;
