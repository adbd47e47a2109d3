import * as core from '@actions/core';
import {
  COMMENT_LIMIT_CHARS,
  failureAnnotations,
  renderCheckRunSummary,
  renderMarkdownReport,
  type MarkdownReportInput,
} from '@testpipe/core';
import {
  commentMarker,
  publishCheckRun,
  upsertStickyComment,
  type CheckRunResult,
  type GitHubClient,
  type StickyCommentResult,
} from '@testpipe/github';
import { createHash } from 'node:crypto';
import type { AggregateReportConfig } from './config.js';
import type { RunContext } from './run-context.js';

/** Writes the job summary: always within GitHub's 1 MiB, shortened (and saying so) when needed. */
export async function writeJobSummary(input: MarkdownReportInput): Promise<string[]> {
  const { markdown, dropped } = renderMarkdownReport(input, { target: 'summary' });
  await core.summary.addRaw(markdown, true).write({ overwrite: false });
  return dropped;
}

/** What decides `comment: on-change`: the verdict and which tests fail, not durations. */
function commentDigest(input: MarkdownReportInput): string {
  const failing = input.run.tests
    .filter((t) => t.status === 'failed' || t.status === 'errored' || t.status === 'flaky')
    .map((t) => `${t.status}:${t.id}`);
  const m = input.metrics;
  const key = [input.status, m.total, m.passed, m.failed, m.errored, m.skipped, m.flaky, ...failing].join('\n');
  return createHash('sha256').update(key).digest('hex').slice(0, 16);
}

export async function publishComment(
  octokit: GitHubClient,
  config: AggregateReportConfig,
  context: RunContext,
  issueNumber: number,
  input: MarkdownReportInput,
): Promise<StickyCommentResult | undefined> {
  if (config.comment === 'off') return undefined;
  const marker = commentMarker(config.reportName);
  const digest = commentDigest(input);
  // Room for the marker and digest lines the upsert adds.
  const { markdown } = renderMarkdownReport(input, { target: 'comment', maxChars: COMMENT_LIMIT_CHARS - 200 });
  return upsertStickyComment(octokit, { owner: context.owner, repo: context.repo, issueNumber, marker }, markdown, {
    mode: config.commentMode,
    digest: config.comment === 'on-change' ? digest : undefined,
    // on-failure: a passing run only updates a comment an earlier failure left.
    createIfMissing: config.comment !== 'on-failure' || input.status === 'failed',
  });
}

export async function publishReportCheckRun(
  octokit: GitHubClient,
  config: AggregateReportConfig,
  context: RunContext,
  input: MarkdownReportInput,
): Promise<CheckRunResult> {
  const annotations = failureAnnotations(input.run, { workspace: context.workspace, max: config.maxAnnotations });
  const m = input.metrics;
  const title =
    input.status === 'no-tests'
      ? 'No tests ran'
      : `${m.failed + m.errored} failed, ${m.passed + m.flaky} passed` +
        (m.flaky ? ` (${m.flaky} flaky)` : '') +
        (m.skipped ? `, ${m.skipped} skipped` : '');
  return publishCheckRun(octokit, {
    owner: context.owner,
    repo: context.repo,
    headSha: context.headSha,
    name: config.reportName,
    conclusion: input.status === 'failed' ? 'failure' : input.status === 'passed' ? 'success' : 'neutral',
    title,
    summary: renderCheckRunSummary(input),
    annotations,
    detailsUrl: context.runUrl,
  });
}
