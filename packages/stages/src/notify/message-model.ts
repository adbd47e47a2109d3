// The one description of a notification that every channel renders and every template receives
// (documented in notify/README.md, "Template data model"). All strings here are raw, as the report
// said them (secrets already redacted): each renderer escapes them for its own format.
import {
  evaluateGate,
  FAILURE_CATEGORIES,
  formatCount,
  formatDuration,
  formatPercent,
  safeHttpUrl,
  type FailureCategory,
  type Metrics,
  type Secrets,
} from '@testpipe/core';
import type { NotifyVerdict } from './defaults.js';
import type { NotifyRunContext } from './types.js';

export interface FailingTest {
  id: string;
  category: FailureCategory;
  /** Not failing in the previous run (only when the previous run's metrics were given). */
  isNew: boolean;
}

export interface FlakyTest {
  id: string;
  attempts: number;
  failedAttempts: number;
}

export interface NotifyMessage {
  schemaVersion: 1;
  verdict: NotifyVerdict;
  /** Passed, Failed, No tests, Cancelled. */
  verdictWord: string;
  /** One sentence: why the verdict is what it is. */
  reason: string;
  /** Where the run happened: "owner/repo · main" ('' when unknown). */
  where: string;
  /** The verdict and where: "Failed: owner/repo · main". */
  title: string;
  repository?: string;
  repositoryUrl?: string;
  branch?: string;
  commit?: { sha: string; short: string; url?: string };
  pullRequest?: { number: number; url?: string; title?: string };
  runUrl?: string;
  reportUrl?: string;
  workflow?: string;
  actor?: string;
  runAttempt?: number;
  /** Absent when notifying a status without metrics. */
  totals?: { total: number; passed: number; failed: number; errored: number; skipped: number; flaky: number };
  /** "97.50 %", or "–" when no test ran. */
  passRate: string;
  passRateValue: number | null;
  /** Wall-clock duration in the one duration format ("3 min 20 s"). */
  duration?: string;
  /** True when the previous run's failures are known, so `isNew` means something. */
  comparedWithPrevious: boolean;
  /** The first `topN` failing tests, new ones first. */
  failures: FailingTest[];
  /** Failing tests not listed (beyond topN, or not named in metrics.json). */
  failuresNotShown: number;
  newFailureCount: number;
  flaky: FlakyTest[];
  flakyNotShown: number;
  previousVerdict?: NotifyVerdict;
  /** The Slack mention for a failing run, as given (only set when the run failed). */
  mention?: string;
}

const VERDICT_WORDS: Record<NotifyVerdict, string> = {
  passed: 'Passed',
  failed: 'Failed',
  'no-tests': 'No tests',
  cancelled: 'Cancelled',
};

/** The verdict of a run, by the report's own gate (the exact pass rate against min-pass-rate). */
export function verdictOfMetrics(metrics: Metrics, minPassRate: number): NotifyVerdict {
  return evaluateGate(metrics, minPassRate, 'nothing').status;
}

/** A job status (`success`, `failure`, `cancelled`) or a verdict word, as a verdict; undefined when unknown. */
export function verdictOfStatus(status: string): NotifyVerdict | undefined {
  const value = status.trim().toLowerCase();
  if (value === 'success' || value === 'passed') return 'passed';
  if (value === 'failure' || value === 'failed') return 'failed';
  if (value === 'cancelled' || value === 'canceled') return 'cancelled';
  if (value === 'no-tests' || value === 'skipped') return 'no-tests';
  return undefined;
}

/** Ids of the failing tests metrics.json names, in the order of the failure categories. */
export function failingTestIds(metrics: Metrics): Array<{ id: string; category: FailureCategory }> {
  const seen = new Set<string>();
  const list: Array<{ id: string; category: FailureCategory }> = [];
  const names = [...new Set([...FAILURE_CATEGORIES, ...(Object.keys(metrics.categories) as FailureCategory[])])];
  for (const category of names) {
    for (const id of metrics.categories[category]?.tests ?? []) {
      if (seen.has(id)) continue;
      seen.add(id);
      list.push({ id, category });
    }
  }
  return list;
}

function reasonOf(verdict: NotifyVerdict, metrics: Metrics | undefined, minPassRate: number): string {
  if (!metrics) {
    if (verdict === 'cancelled') return 'The run was cancelled.';
    return verdict === 'passed' ? 'The run succeeded.' : verdict === 'failed' ? 'The run failed.' : 'No test ran.';
  }
  if (verdict === 'no-tests') return 'No test ran.';
  const failing = metrics.failed + metrics.errored;
  if (verdict === 'failed') {
    return failing > 0
      ? `${formatCount(failing)} of ${formatCount(metrics.total)} tests failed.`
      : `The pass rate is below the required ${minPassRate} %.`;
  }
  return metrics.flaky > 0 ? `All tests passed, ${formatCount(metrics.flaky)} only on retry.` : 'All tests passed.';
}

function commitOf(context: NotifyRunContext, repositoryUrl: string | undefined): NotifyMessage['commit'] {
  const sha = context.commitSha;
  if (!sha) return undefined;
  const url = repositoryUrl && /^[0-9a-f]{7,64}$/i.test(sha) ? `${repositoryUrl}/commit/${sha}` : undefined;
  return { sha, short: sha.slice(0, 7), url };
}

export interface MessageOptions {
  metrics?: Metrics;
  previousMetrics?: Metrics;
  verdict: NotifyVerdict;
  previousVerdict?: NotifyVerdict;
  minPassRate: number;
  topN: number;
  mentionOnFailure?: string;
  context: NotifyRunContext;
  secrets: Secrets;
}

/** Builds the message every channel renders: verdict, run context, totals, failing and flaky tests. */
export function buildNotifyMessage(options: MessageOptions): NotifyMessage {
  const { metrics, context, verdict, secrets } = options;
  const r = (text: string | undefined): string | undefined => (text === undefined ? undefined : secrets.redact(text));
  const repositoryUrl =
    context.repository && safeHttpUrl(`${context.serverUrl ?? 'https://github.com'}/${context.repository}`);
  const previousFailing = options.previousMetrics
    ? new Set(failingTestIds(options.previousMetrics).map((t) => t.id))
    : undefined;
  const failing = metrics
    ? failingTestIds(metrics).map((t) => ({ ...t, id: secrets.redact(t.id), isNew: !previousFailing?.has(t.id) }))
    : [];
  if (!previousFailing) for (const test of failing) test.isNew = false;
  const ordered = [...failing.filter((t) => t.isNew), ...failing.filter((t) => !t.isNew)];
  const failures = ordered.slice(0, options.topN);
  const failingCount = metrics ? metrics.failed + metrics.errored : 0;
  const flakyAll = metrics?.flakyTests ?? [];
  const word = VERDICT_WORDS[verdict];
  const where = [context.repository, context.branch].filter(Boolean).join(' · ');
  return {
    schemaVersion: 1,
    verdict,
    verdictWord: word,
    reason: reasonOf(verdict, metrics, options.minPassRate),
    where: secrets.redact(where),
    title: secrets.redact(where ? `${word}: ${where}` : word),
    repository: r(context.repository),
    repositoryUrl,
    branch: r(context.branch),
    commit: commitOf(context, repositoryUrl),
    pullRequest: context.pullRequest && {
      number: context.pullRequest.number,
      url: safeHttpUrl(context.pullRequest.url),
      title: r(context.pullRequest.title),
    },
    runUrl: safeHttpUrl(context.runUrl),
    reportUrl: safeHttpUrl(context.reportUrl),
    workflow: r(context.workflow),
    actor: r(context.actor),
    runAttempt: context.runAttempt,
    totals: metrics && {
      total: metrics.total,
      passed: metrics.passed,
      failed: metrics.failed,
      errored: metrics.errored,
      skipped: metrics.skipped,
      flaky: metrics.flaky,
    },
    passRate: formatPercent(metrics?.passRate),
    passRateValue: metrics?.passRate ?? null,
    duration: metrics ? formatDuration(metrics.durationMs.wall) : undefined,
    comparedWithPrevious: previousFailing !== undefined,
    failures,
    failuresNotShown: Math.max(0, failingCount - failures.length),
    newFailureCount: failing.filter((t) => t.isNew).length,
    flaky: flakyAll.slice(0, options.topN).map((t) => ({
      id: secrets.redact(t.id),
      attempts: t.attempts,
      failedAttempts: t.failedAttempts,
    })),
    flakyNotShown: Math.max(0, flakyAll.length - options.topN),
    previousVerdict: options.previousVerdict,
    mention: verdict === 'failed' ? options.mentionOnFailure : undefined,
  };
}
