import { decisiveAttempt } from '../merge/final-status.js';
import { isFailing } from '../model.js';
import type { Metrics } from '../metrics/metrics.js';
import { passRate } from '../metrics/pass-rate.js';
import { CONTRACT_VERSIONS } from '../contracts/versions.js';
import type { AttemptStatus, TestAttempt, TestResult, TestRun, TestStatus } from '../model.js';

type CtrfStatus = 'passed' | 'failed' | 'skipped' | 'pending' | 'other';

export interface CtrfMeta {
  toolName: string;
  toolVersion?: string;
  /** Run start/stop, ms since the epoch; derived from attempt start times when absent. */
  start?: number;
  stop?: number;
  generatedBy?: string;
  /** ISO 8601 generation time; left out when absent, so output stays reproducible. */
  timestamp?: string;
  reportId?: string;
  runId?: string;
  environment?: Record<string, unknown>;
}

export interface CtrfRetryAttempt {
  attempt: number;
  status: CtrfStatus;
  /** "errored" where CTRF's status can only say failed. */
  rawStatus?: string;
  duration: number;
  message?: string;
  trace?: string;
  start?: number;
}

export interface CtrfTest {
  name: string;
  status: CtrfStatus;
  duration: number;
  suite: string[];
  message?: string;
  trace?: string;
  rawStatus?: string;
  filePath?: string;
  line?: number;
  retries: number;
  flaky: boolean;
  stdout?: string[];
  stderr?: string[];
  retryAttempts?: CtrfRetryAttempt[];
  extra: { id: string; classname?: string; category?: string; marker?: string; attempts: TestAttempt[] };
}

export interface CtrfReport {
  reportFormat: 'CTRF';
  specVersion: string;
  reportId?: string;
  runId?: string;
  timestamp?: string;
  generatedBy: string;
  /** CTRF's extension point; testpipe records its contract version here (contracts/ctrf.ts). */
  extra: { testpipeSchemaVersion: number };
  results: {
    tool: { name: string; version?: string };
    summary: {
      tests: number;
      passed: number;
      failed: number;
      skipped: number;
      pending: number;
      other: number;
      flaky: number;
      suites: number;
      start: number;
      stop: number;
      duration: number;
      extra: { errored: number; passRate: number | null };
    };
    tests: CtrfTest[];
    environment?: Record<string, unknown>;
    extra?: Record<string, unknown>;
  };
}

const CTRF_STATUS: Record<AttemptStatus | TestStatus, CtrfStatus> = {
  passed: 'passed',
  flaky: 'passed',
  failed: 'failed',
  errored: 'failed',
  skipped: 'skipped',
};

function lines(text: string | undefined): string[] | undefined {
  return text ? text.split(/\r?\n/) : undefined;
}

function epochMs(iso: string | undefined): number | undefined {
  if (!iso) return undefined;
  const time = Date.parse(iso);
  return Number.isNaN(time) ? undefined : time;
}

function retryAttempt(attempt: TestAttempt, index: number): CtrfRetryAttempt {
  const entry: CtrfRetryAttempt = {
    attempt: index + 1,
    status: CTRF_STATUS[attempt.status],
    duration: Math.round(attempt.durationMs),
  };
  if (attempt.status === 'errored') entry.rawStatus = 'errored';
  if (attempt.failure?.message !== undefined) entry.message = attempt.failure.message;
  if (attempt.failure?.body) entry.trace = attempt.failure.body;
  const start = epochMs(attempt.startedAt);
  if (start !== undefined) entry.start = start;
  return entry;
}

function ctrfTest(test: TestResult): CtrfTest {
  const final = decisiveAttempt(test.attempts);
  const entry: CtrfTest = {
    name: test.name,
    status: CTRF_STATUS[test.status],
    duration: Math.round(test.durationMs),
    suite: [test.suite],
    retries: Math.max(0, test.attempts.length - 1),
    flaky: test.flaky,
    extra: { id: test.id, attempts: test.attempts },
  };
  if (final && isFailing(final.status)) {
    if (final.failure?.message !== undefined) entry.message = final.failure.message;
    if (final.failure?.body) entry.trace = final.failure.body;
  }
  if (test.status === 'errored') entry.rawStatus = 'errored';
  if (test.file !== undefined) entry.filePath = test.file;
  if (test.line !== undefined) entry.line = test.line;
  const stdout = lines(final?.stdout);
  const stderr = lines(final?.stderr);
  if (stdout) entry.stdout = stdout;
  if (stderr) entry.stderr = stderr;
  // retryAttempts are the attempts before the final one, which the entry itself describes.
  if (test.attempts.length > 1) entry.retryAttempts = test.attempts.slice(0, -1).map(retryAttempt);
  if (test.classname !== undefined) entry.extra.classname = test.classname;
  if (test.category) entry.extra.category = test.category;
  if (test.marker) entry.extra.marker = test.marker;
  return entry;
}

/** Earliest attempt start and latest attempt end, when reports gave start times. */
function attemptSpan(tests: readonly TestResult[]): { start: number; stop: number } | undefined {
  let start = Infinity;
  let stop = -Infinity;
  for (const test of tests) {
    for (const attempt of test.attempts) {
      const begun = epochMs(attempt.startedAt);
      if (begun === undefined) continue;
      start = Math.min(start, begun);
      stop = Math.max(stop, begun + attempt.durationMs);
    }
  }
  return Number.isFinite(start) ? { start, stop: Math.round(stop) } : undefined;
}

function countStatuses(tests: readonly TestResult[]): Record<TestStatus, number> {
  const counts: Record<TestStatus, number> = { passed: 0, failed: 0, errored: 0, skipped: 0, flaky: 0 };
  for (const test of tests) counts[test.status]++;
  return counts;
}

/**
 * The merged run in the open CTRF format (ctrf.io). errored becomes failed with rawStatus
 * "errored"; flaky becomes passed with flaky: true. Every attempt is kept in extra.attempts
 * (testpipe's lossless copy) and, for retried tests, in the standard retryAttempts.
 */
export function toCtrfReport(run: TestRun, metrics: Metrics | undefined, meta: CtrfMeta): CtrfReport {
  const counts = metrics ?? countStatuses(run.tests);
  const span = attemptSpan(run.tests);
  const duration = Math.round(metrics?.durationMs.wall ?? 0);
  const start = meta.start ?? span?.start ?? 0;
  const stop = meta.stop ?? span?.stop ?? start + duration;
  const report: CtrfReport = {
    reportFormat: 'CTRF',
    specVersion: '0.0.0',
    generatedBy: meta.generatedBy ?? 'testpipe',
    extra: { testpipeSchemaVersion: CONTRACT_VERSIONS.ctrf.current },
    results: {
      tool: meta.toolVersion ? { name: meta.toolName, version: meta.toolVersion } : { name: meta.toolName },
      summary: {
        tests: counts.passed + counts.failed + counts.errored + counts.skipped + counts.flaky,
        passed: counts.passed + counts.flaky,
        failed: counts.failed + counts.errored,
        skipped: counts.skipped,
        pending: 0,
        other: 0,
        flaky: counts.flaky,
        suites: new Set(run.tests.map((test) => test.suite)).size,
        start,
        stop,
        duration: duration || Math.max(0, stop - start),
        extra: {
          errored: counts.errored,
          passRate:
            metrics?.passRate ??
            passRate(counts.passed + counts.flaky, counts.passed + counts.flaky + counts.failed + counts.errored),
        },
      },
      tests: run.tests.map(ctrfTest),
    },
  };
  if (meta.reportId) report.reportId = meta.reportId;
  if (meta.runId) report.runId = meta.runId;
  if (meta.timestamp) report.timestamp = meta.timestamp;
  if (meta.environment) report.results.environment = meta.environment;
  const fileErrors = run.files.flatMap((file) => file.errors);
  if (fileErrors.length || run.duplicates.length) report.results.extra = { fileErrors, duplicates: run.duplicates };
  return report;
}
