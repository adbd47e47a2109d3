// The CodeHost port of the report stage bound to GitHub: Octokit is created on the first call that
// needs it, so a run that never talks to the API never loads it.
import type { Clock, CodeHost, Logger } from '@testpipe/core';
import { publishCheckRun } from './check-run.js';
import { findBaseReport } from './find-base-report.js';
import { findPullRequestForRun } from './find-pull-request.js';
import { createGitHubClient, describeRequestCounter, type GitHubClient, type RequestCounter } from './octokit.js';
import { splitRepository } from './artifact-store.js';
import { commentMarker, upsertStickyComment } from './sticky-comment.js';

export interface GitHubConnection {
  token: string;
  /** `owner/name`. */
  repository: string;
  /** REST base URL; default GITHUB_API_URL, else api.github.com. */
  apiUrl?: string;
  log: Pick<Logger, 'debug' | 'warning'>;
  /** What retries and rate-limit waits sleep on; the system clock by default. */
  clock?: Clock;
}

/** One Octokit per step, made when first asked for. */
export function lazyGitHubClient(connection: GitHubConnection): {
  octokit(): Promise<GitHubClient>;
  counter(): RequestCounter | undefined;
} {
  let client: Promise<{ octokit: GitHubClient; counter: RequestCounter }> | undefined;
  let counter: RequestCounter | undefined;
  return {
    octokit: async () => {
      client ??= createGitHubClient(connection.token, {
        baseUrl: connection.apiUrl,
        log: connection.log,
        clock: connection.clock,
      });
      const made = await client;
      counter = made.counter;
      return made.octokit;
    },
    counter: () => counter,
  };
}

export function createGitHubCodeHost(connection: GitHubConnection, client = lazyGitHubClient(connection)): CodeHost {
  const { owner, repo } = splitRepository(connection.repository);
  return {
    async findPullRequestForRun(runId) {
      return findPullRequestForRun(await client.octokit(), { owner, repo, runId });
    },
    async findBaseReport(request) {
      const found = await findBaseReport(await client.octokit(), {
        ...request,
        owner,
        repo,
        token: connection.token,
      });
      return 'unavailable' in found ? found : { runId: found.runId, ctrfPath: found.ctrfPath };
    },
    async upsertComment(request) {
      const target = { owner, repo, issueNumber: request.issueNumber, marker: commentMarker(request.reportName) };
      return upsertStickyComment(await client.octokit(), target, request.body, {
        mode: request.mode,
        digest: request.digest,
        createIfMissing: request.createIfMissing,
      });
    },
    async publishCheckRun(request) {
      const { url, undelivered } = await publishCheckRun(await client.octokit(), { ...request, owner, repo });
      return { url, undelivered };
    },
    describeApiCalls() {
      const counter = client.counter();
      return counter ? describeRequestCounter(counter) : 'GitHub API calls: 0';
    },
  };
}
