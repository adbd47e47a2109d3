import { createHash } from 'node:crypto';
import {
  COMMENT_LIMIT_CHARS,
  failureAnnotations,
  isFailing,
  renderCheckRunSummary,
  renderMarkdownReport,
  type CodeHost,
  type CommentMode,
  type MarkdownReportInput,
} from '@testpipe/core';
import type { CommentWhen } from '../defaults.js';

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
): Promise<{ url: string }> {
  const annotations = failureAnnotations(input.run, { workspace: request.workspace, max: request.maxAnnotations });
  const m = input.metrics;
  const title =
    input.status === 'no-tests'
      ? 'No tests ran'
      : `${m.failed + m.errored} failed, ${m.passed + m.flaky} passed` +
        (m.flaky ? ` (${m.flaky} flaky)` : '') +
        (m.skipped ? `, ${m.skipped} skipped` : '');
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
