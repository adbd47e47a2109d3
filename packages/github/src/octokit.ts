import type { getOctokit } from '@actions/github';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface GitHubClientOptions {
  /** REST base URL; defaults to GITHUB_API_URL (what the runner sets), else api.github.com. */
  baseUrl?: string;
  /** Retries after a 5xx, a 429 or a secondary rate limit before giving up. */
  maxRetries?: number;
  log?: { debug(message: string): void; warning(message: string): void };
  /** Milliseconds per second of `retry-after`: 1000 in real use; tests shrink it. */
  retryAfterUnitMs?: number;
}

/** Counts the API calls a client made, so an action can print and tests can bound them. */
export interface RequestCounter {
  total: number;
  byRoute: Map<string, number>;
}

/**
 * An Octokit with @octokit/plugin-retry (5xx) and @octokit/plugin-throttling (429 with retry-after,
 * primary and secondary rate limits), counting every request it sends, retries included. Octokit is
 * loaded here, on first use, so a step that never calls the API never pays for loading it.
 */
export async function createGitHubClient(
  token: string,
  options: GitHubClientOptions = {},
): Promise<{ octokit: GitHubClient; counter: RequestCounter }> {
  const [{ getOctokit }, { retry }, { throttling }] = await Promise.all([
    import('@actions/github'),
    import('@octokit/plugin-retry'),
    import('@octokit/plugin-throttling'),
  ]);
  const maxRetries = options.maxRetries ?? 4;
  const log = options.log;
  const counter: RequestCounter = { total: 0, byRoute: new Map() };
  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
      const again = retryCount < maxRetries;
      log?.warning(
        `GitHub ${kind} on ${request.method} ${request.url}; ` +
          (again ? `retrying in ${retryAfter} s (retry ${retryCount + 1} of ${maxRetries}).` : 'giving up.'),
      );
      return again;
    };
  // Counted at the fetch level so that every retry the plugins make is counted too.
  const countingFetch: typeof fetch = (input, init) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    const route = `${init?.method ?? 'GET'} ${url.pathname}`;
    counter.total += 1;
    counter.byRoute.set(route, (counter.byRoute.get(route) ?? 0) + 1);
    log?.debug(`GitHub API call ${counter.total}: ${route}`);
    return fetch(input, init);
  };
  const octokit = getOctokit(
    token,
    {
      baseUrl: options.baseUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com',
      request: { fetch: countingFetch },
      retry: { retries: maxRetries },
      throttle: {
        onRateLimit: onLimit('rate limit'),
        onSecondaryRateLimit: onLimit('secondary rate limit'),
        retryAfterBaseValue: options.retryAfterUnitMs ?? 1000,
      },
    },
    retry,
    throttling,
  );
  return { octokit, counter };
}

/** "GitHub API calls: 3 (GET /repos/o/r/issues/1/comments ×1, ...)" for the debug log. */
export function describeRequestCounter(counter: RequestCounter): string {
  return `GitHub API calls: ${counter.total} (${[...counter.byRoute].map(([route, n]) => `${route} ×${n}`).join(', ')})`;
}
