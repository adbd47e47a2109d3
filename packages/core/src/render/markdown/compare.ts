import { computeMetrics } from '../../metrics/metrics.js';
import { isFailing, type TestResult, type TestRun, type TestStatus } from '../../model.js';

/** How the current run differs from a base run (the target branch's last run). Lists hold test ids. */
export interface BaseComparison {
  baseLabel: string;
  /** Failing (failed or errored) now, and not failing in the base or absent from it. */
  newFailures: string[];
  /** Failing in the base, passing now (passed, or flaky: its final attempt passed). */
  fixed: string[];
  newTests: string[];
  removedTests: string[];
  /** Current minus base pass rate, in percentage points; null when either run has no rate. */
  passRateDelta: number | null;
  /** Current minus base wall duration. */
  durationDeltaMs: number | null;
}

function isPassing(status: TestStatus): boolean {
  return status === 'passed' || status === 'flaky';
}

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function statusById(tests: readonly TestResult[]): Map<string, TestStatus> {
  return new Map(tests.map((test) => [test.id, test.status]));
}

export function compareWithBase(current: TestRun, base: TestRun, baseLabel: string): BaseComparison {
  const baseStatus = statusById(base.tests);
  const currentStatus = statusById(current.tests);
  const newFailures: string[] = [];
  const fixed: string[] = [];
  const newTests: string[] = [];
  for (const [id, status] of currentStatus) {
    const before = baseStatus.get(id);
    if (before === undefined) newTests.push(id);
    if (isFailing(status) && (before === undefined || !isFailing(before))) newFailures.push(id);
    if (isPassing(status) && before !== undefined && isFailing(before)) fixed.push(id);
  }
  const removedTests = [...baseStatus.keys()].filter((id) => !currentStatus.has(id));
  const now = computeMetrics(current, { slowest: 0, maxTestsPerCategory: 0 });
  const then = computeMetrics(base, { slowest: 0, maxTestsPerCategory: 0 });
  const passRateDelta =
    now.passRate === null || then.passRate === null ? null : Math.round((now.passRate - then.passRate) * 100) / 100;
  const durationDeltaMs = now.total === 0 || then.total === 0 ? null : now.durationMs.wall - then.durationMs.wall;
  return {
    baseLabel,
    newFailures: newFailures.sort(byCodeUnits),
    fixed: fixed.sort(byCodeUnits),
    newTests: newTests.sort(byCodeUnits),
    removedTests: removedTests.sort(byCodeUnits),
    passRateDelta,
    durationDeltaMs,
  };
}
