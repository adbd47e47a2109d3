// The results model shared by every stage. Counting rules: DESIGN.md, "Counting tests".

/** Status of one execution of a test. */
export type AttemptStatus = 'passed' | 'failed' | 'errored' | 'skipped';

/** Final status of a test over all its attempts; `flaky` = a failing attempt, then a passing one. */
export type TestStatus = AttemptStatus | 'flaky';

export type FailureCategory = 'environment' | 'data' | 'timeout' | 'test-logic' | 'unknown';

/** Every failure category, in the order reports show them. */
export const FAILURE_CATEGORIES: readonly FailureCategory[] = [
  'environment',
  'data',
  'timeout',
  'test-logic',
  'unknown',
];

/** What counts as failing, everywhere: a failed assertion or an error. A flaky test passed in the end. */
export function isFailing(status: TestStatus): boolean {
  return status === 'failed' || status === 'errored';
}

export interface FailureDetail {
  /** JUnit `type` attribute, exception class, or the format's equivalent. */
  type?: string;
  message?: string;
  /** Stack trace or element body. */
  body?: string;
}

/** One execution of one test, as read from one report (or one rerun child inside it). */
export interface TestAttempt {
  status: AttemptStatus;
  durationMs: number;
  failure?: FailureDetail;
  stdout?: string;
  stderr?: string;
  /** Report file the attempt was read from. */
  source?: string;
  /** Shard that produced it, when known (run-matrix writes results/<shard>/...). */
  shard?: string;
  /** Start time (ISO 8601) when the report gives one. */
  startedAt?: string;
}

/** One test case as read from a report: the parsers' output, before merging. */
export interface TestCaseRecord {
  suite: string;
  classname?: string;
  name: string;
  file?: string;
  line?: number;
  properties?: Record<string, string>;
  /** Attempts in the order they ran; usually one, more for Surefire rerun children. */
  attempts: TestAttempt[];
  /** Fields shortened by the configured cap, e.g. ['stdout']. */
  truncated?: string[];
  /** pytest xfail/xpass and similar markers, kept for display. */
  marker?: 'xfail' | 'xpass';
  /**
   * Set by a reader that recognised, from the file itself, a runner that writes reruns as repeated test
   * elements (gotestsum --rerun-fails, ctest --repeat): a later record with this test's id in the same
   * file is another attempt of it. Without it, same-id records in one file are distinct tests.
   */
  repeatsAreAttempts?: true;
}

/** One test after merging every file, shard and retry. */
export interface TestResult extends TestCaseRecord {
  /** Stable identity: (file or suite, classname, name). */
  id: string;
  status: TestStatus;
  flaky: boolean;
  /** Duration of the final attempt. */
  durationMs: number;
  category?: FailureCategory;
  /**
   * Set on the 2nd, 3rd… of same-named tests in one report file (named `name #2`, …): the name they
   * share, which is what the runner knows them by (a retry selects them by it).
   */
  instanceOf?: string;
  /** Failing and flaky tests: where the failure is in the repository, worked out by locateFailures. */
  location?: { path: string; line?: number };
}

/** A report file that was read, with the problems met in it. */
export interface SourceFile {
  path: string;
  format: string;
  tests: number;
  bytes: number;
  errors: IngestError[];
}

export interface IngestError {
  path: string;
  line?: number;
  column?: number;
  message: string;
  kind: 'unreadable' | 'malformed' | 'not-a-report' | 'duplicate-test';
}

export interface TestRun {
  tests: TestResult[];
  files: SourceFile[];
  /** Genuine duplicates (same id, same source, not retries) reported, not merged silently. */
  duplicates: IngestError[];
}
