import type { getOctokit } from '@actions/github';
import { systemClock, type Clock } from '@testpipe/core';
import { DEFAULT_RETRY_POLICY, retryingRequest, type RetryLog, type RetryPolicy } from './request-retry.js';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface GitHubClientOptions {
  /** REST base URL; defaults to GITHUB_API_URL (what the runner sets), else api.github.com. */
  baseUrl?: string;
  /** Retries, the rate-limit allowance and write pacing; defaults to DEFAULT_RETRY_POLICY. */
  retry?: Partial<RetryPolicy>;
  log?: RetryLog;
  /** Every wait (back-off, rate limit, pacing) goes through it: tests pass a virtual clock. */
  clock?: Clock;
}

/** Counts the API calls a client made, so an action can print and tests can bound them. */
export interface RequestCounter {
  total: number;
  byRoute: Map<string, number>;
}

/**
 * An Octokit that retries 5xx and waits out rate limits as GitHub asks (request-retry.ts), counting
 * every request it sends, retries included. Octokit is loaded here, on first use, so a step that never
 * calls the API never pays for loading it.
 */
export async function createGitHubClient(
  token: string,
  options: GitHubClientOptions = {},
): Promise<{ octokit: GitHubClient; counter: RequestCounter }> {
  const { getOctokit } = await import('@actions/github');
  const log = options.log;
  const counter: RequestCounter = { total: 0, byRoute: new Map() };
  // Counted at the fetch level so that every retry is counted too.
  const countingFetch: typeof fetch = (input, init) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    const route = `${init?.method ?? 'GET'} ${url.pathname}`;
    counter.total += 1;
    counter.byRoute.set(route, (counter.byRoute.get(route) ?? 0) + 1);
    log?.debug(`GitHub API call ${counter.total}: ${route}`);
    return fetch(input, init);
  };
  const octokit = getOctokit(token, {
    baseUrl: options.baseUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com',
    request: { fetch: countingFetch },
  });
  const policy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
  const retrying = retryingRequest(policy, options.clock ?? systemClock, log);
  octokit.hook.wrap('request', (request, requestOptions) => retrying(request, requestOptions));
  return { octokit, counter };
}

/** "GitHub API calls: 3 (GET /repos/o/r/issues/1/comments ×1, ...)" for the debug log. */
export function describeRequestCounter(counter: RequestCounter): string {
  return `GitHub API calls: ${counter.total} (${[...counter.byRoute].map(([route, n]) => `${route} ×${n}`).join(', ')})`;
}
