import { isFailing, type TestAttempt, type TestStatus } from '../model.js';

/**
 * The attempt that decides a test's final status: the last one that ran, or the last
 * attempt when none ran (all skipped). A skip after failures (a retry that was skipped)
 * therefore does not hide the failure.
 */
export function decisiveAttempt(attempts: readonly TestAttempt[]): TestAttempt | undefined {
  return attempts.findLast((attempt) => attempt.status !== 'skipped') ?? attempts.at(-1);
}

/** Final status per DESIGN: failing attempts then a final pass → flaky; else the decisive attempt's status. */
export function finalStatus(attempts: readonly TestAttempt[]): TestStatus {
  const decisive = decisiveAttempt(attempts);
  if (!decisive) return 'skipped';
  if (decisive.status === 'passed' && attempts.some((attempt) => isFailing(attempt.status))) return 'flaky';
  return decisive.status;
}
