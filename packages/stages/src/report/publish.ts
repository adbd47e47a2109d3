import { createHash } from 'node:crypto';
import {
  COMMENT_LIMIT_CHARS,
  failureAnnotations,
  formatCount,
  isFailing,
  isForbidden,
  isRateLimited,
  type CheckRunPublished,
  type Logger,
  renderCheckRunSummary,
  renderMarkdownReport,
  type CodeHost,
  type CommentMode,
  type MarkdownReportInput,
} from '@testpipe/core';
import type { CommentWhen } from '../defaults.js';

const FORK_ADVICE =
  'The token cannot write to this repository (a pull request from a fork gets a read-only GITHUB_TOKEN). ' +
  'The job summary and report artifact are still written. To comment on fork PRs, run aggregate-report from a ' +
  'companion workflow triggered by `workflow_run` with `run-id: ${{ github.event.workflow_run.id }}` ' +
  '(see the aggregate-report README, "Fork pull requests").';

/** What decides `comment: on-change`: the verdict and which tests fail, not durations. */
function commentDigest(input: MarkdownReportInput): string {
  const failing = input.run.tests
    .filter((t) => isFailing(t.status) || t.status === 'flaky')
    .map((t) => `${t.status}:${t.id}`);
  const m = input.metrics;
  const key = [input.status, m.total, m.passed, m.failed, m.errored, m.skipped, m.flaky, ...failing].join('\n');
  return createHash('sha256').update(key).digest('hex').slice(0, 16);
}

export interface CommentSettings {
  when: CommentWhen;
  mode: CommentMode;
}

/** The sticky PR comment, within GitHub's size limit; `on-failure` only updates a comment a failure left. */
export async function publishComment(
  host: CodeHost,
  settings: CommentSettings,
  issueNumber: number,
  input: MarkdownReportInput,
): Promise<{ url?: string } | undefined> {
  if (settings.when === 'off') return undefined;
  // Room for the marker and digest lines the upsert adds.
  const { markdown } = renderMarkdownReport(input, { target: 'comment', maxChars: COMMENT_LIMIT_CHARS - 200 });
  return host.upsertComment({
    issueNumber,
    reportName: input.reportName,
    body: markdown,
    mode: settings.mode,
    digest: settings.when === 'on-change' ? commentDigest(input) : undefined,
    createIfMissing: settings.when !== 'on-failure' || input.status === 'failed',
  });
}

/** A completed check run on the head commit, with an annotation per failing test (up to maxAnnotations). */
export async function publishReportCheckRun(
  host: CodeHost,
  request: { headSha: string; workspace: string; maxAnnotations: number; detailsUrl?: string },
  input: MarkdownReportInput,
): Promise<CheckRunPublished> {
  const annotations = failureAnnotations(input.run, { workspace: request.workspace, max: request.maxAnnotations });
  const m = input.metrics;
  const title =
    input.status === 'no-tests'
      ? 'No tests ran'
      : // The words and numbers of the totals table's columns: passed does not include flaky.
        `${formatCount(m.failed)} failed` +
        (m.errored ? `, ${formatCount(m.errored)} errored` : '') +
        `, ${formatCount(m.passed)} passed` +
        (m.flaky ? `, ${formatCount(m.flaky)} flaky` : '') +
        (m.skipped ? `, ${formatCount(m.skipped)} skipped` : '');
  return host.publishCheckRun({
    headSha: request.headSha,
    name: input.reportName,
    conclusion: input.status === 'failed' ? 'failure' : input.status === 'passed' ? 'success' : 'neutral',
    title,
    summary: renderCheckRunSummary(input),
    annotations,
    detailsUrl: request.detailsUrl,
  });
}

export interface HostPublishing {
  comment: CommentSettings;
  /** The pull request to comment on; no comment without one. */
  issueNumber?: number;
  /** No check run without a head commit. */
  checkRun?: { headSha: string; workspace: string; maxAnnotations: number; detailsUrl?: string };
}

/** "batch 3", "batches 16–20", "batches 2, 5–7". */
function describeBatches(numbers: readonly number[]): string {
  const ranges: string[] = [];
  for (let i = 0; i < numbers.length;) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === numbers[j]! + 1) j++;
    ranges.push(j > i ? `${numbers[i]}–${numbers[j]}` : `${numbers[i]}`);
    i = j + 1;
  }
  return `${numbers.length === 1 ? 'batch' : 'batches'} ${ranges.join(', ')}`;
}

/** What a partly delivered check run says: exactly what reached GitHub and what did not. */
export function describeUndelivered(undelivered: NonNullable<CheckRunPublished['undelivered']>): string {
  const { annotationsDelivered, annotationsTotal, failedBatches, reason } = undelivered;
  return (
    `The check run was published with ${formatCount(annotationsDelivered)} of ${formatCount(annotationsTotal)} ` +
    `annotations (${describeBatches(failedBatches)} failed: ${reason}).`
  );
}

/**
 * The sticky comment and the check run, each published on its own: one failing never skips the other.
 * A read-only token (fork PR) gets the fork advice once; a rate limit is said to be one.
 */
export async function publishToHost(
  host: CodeHost,
  publishing: HostPublishing,
  input: MarkdownReportInput,
  logger: Logger,
): Promise<{ commentUrl?: string; checkUrl?: string }> {
  const published: { commentUrl?: string; checkUrl?: string } = {};
  let forkAdviceGiven = false;
  const warn = (what: string, error: unknown): void => {
    const reason = error instanceof Error ? error.message : String(error);
    if (isRateLimited(error)) {
      logger.warning(`${what} was not published because of a GitHub rate limit, not a permission problem: ${reason}`);
    } else if (isForbidden(error)) {
      if (!forkAdviceGiven) logger.warning(FORK_ADVICE);
      forkAdviceGiven = true;
    } else logger.warning(`${what} was skipped: ${reason}`);
  };
  const { issueNumber, checkRun } = publishing;
  if (issueNumber !== undefined && publishing.comment.when !== 'off') {
    try {
      const comment = await publishComment(host, publishing.comment, issueNumber, input);
      if (comment?.url) published.commentUrl = comment.url;
    } catch (error) {
      warn('The PR comment', error);
    }
  }
  if (checkRun) {
    try {
      const check = await publishReportCheckRun(host, checkRun, input);
      published.checkUrl = check.url;
      if (check.undelivered) logger.warning(describeUndelivered(check.undelivered));
    } catch (error) {
      warn('The check run', error);
    }
  }
  return published;
}
