// How every GitHub request is retried, one policy for the whole client: 5xx with a growing back-off,
// rate limits as GitHub's REST documentation says ("Rate limits for the REST API": wait `retry-after`
// seconds; with `x-ratelimit-remaining: 0` wait until `x-ratelimit-reset`; otherwise wait at least a
// minute, longer on each repeat; give up after a bounded number of retries). Every wait goes through
// the Clock port, so tests wait for nothing.
import { isRateLimited, type Clock } from '@testpipe/core';

export interface RetryPolicy {
  /** Retries of one request after a 5xx or a rate limit, before giving up. */
  maxRetries: number;
  /** The most the client waits for rate limits in all; a wait beyond what is left gives up at once. */
  maxRateLimitWaitMs: number;
  /** Pause between mutating requests: GitHub asks for at least a second, to avoid secondary limits. */
  writeIntervalMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxRetries: 4,
  maxRateLimitWaitMs: 10 * 60_000,
  writeIntervalMs: 1000,
};

/** GitHub's floor for a secondary rate limit that names no wait. */
const SECONDARY_LIMIT_WAIT_MS = 60_000;

interface ResponseLike {
  status?: number;
  headers?: Record<string, string | number | undefined>;
  data?: unknown;
}

interface RequestErrorLike {
  status?: number;
  message: string;
  response?: ResponseLike;
}

interface RequestOptionsLike {
  method?: string;
  url?: string;
  query?: unknown;
}

/** A request GitHub kept rate-limiting after every wait it asked for: the step says so, never "forbidden". */
export class GitHubRateLimitError extends Error {
  readonly status: number;
  readonly response?: ResponseLike;

  constructor(cause: RequestErrorLike, detail: string) {
    super(`GitHub rate limit: ${detail} (${cause.message})`);
    this.name = 'GitHubRateLimitError';
    this.status = cause.status ?? 429;
    this.response = cause.response;
  }
}

function header(error: RequestErrorLike, name: string): string | undefined {
  const value = error.response?.headers?.[name];
  return value === undefined ? undefined : String(value);
}

/** How long GitHub asks us to wait before retry number `repeat + 1` of a rate-limited request. */
export function rateLimitWaitMs(error: RequestErrorLike, repeat: number, nowMs: number): number {
  const retryAfter = Number(header(error, 'retry-after'));
  if (header(error, 'retry-after') !== undefined && Number.isFinite(retryAfter) && retryAfter >= 0) {
    return retryAfter * 1000 * 2 ** repeat;
  }
  const reset = Number(header(error, 'x-ratelimit-reset'));
  if (header(error, 'x-ratelimit-remaining') === '0' && Number.isFinite(reset)) {
    // One second past the reset, so the retry lands after it.
    return Math.max(0, reset * 1000 - nowMs) + 1000;
  }
  return SECONDARY_LIMIT_WAIT_MS * 2 ** repeat;
}

function isServerError(error: RequestErrorLike): boolean {
  return (error.status ?? 0) >= 500;
}

function isWrite(options: RequestOptionsLike): boolean {
  const method = (options.method ?? 'GET').toUpperCase();
  if (method === 'GET' || method === 'HEAD') return false;
  if (!(options.url ?? '').endsWith('/graphql')) return true;
  return /^\s*mutation\b/.test(typeof options.query === 'string' ? options.query : '');
}

/** A GraphQL answer of 200 whose errors say RATE_LIMITED, as a rate-limit error. */
function graphqlRateLimit(response: ResponseLike): RequestErrorLike | undefined {
  const errors = (response.data as { errors?: Array<{ type?: string; message?: string }> } | undefined)?.errors;
  const limited = errors?.find((error) => error.type === 'RATE_LIMITED');
  return limited ? { status: 429, message: limited.message ?? 'GraphQL rate limit', response } : undefined;
}

function seconds(ms: number): string {
  return `${Math.ceil(ms / 1000)} s`;
}

export interface RetryLog {
  debug(message: string): void;
  warning(message: string): void;
}

/**
 * Wraps a client's request function with the policy. One instance per client: the rate-limit budget,
 * the pause a rate limit imposes on every request, and the write pacing are shared by its requests.
 */
export function retryingRequest(policy: RetryPolicy, clock: Clock, log?: RetryLog) {
  let pausedUntil = 0;
  let nextWriteAt = 0;
  let rateLimitWaitedMs = 0;

  async function waitForTurn(options: RequestOptionsLike): Promise<void> {
    let until = pausedUntil;
    if (isWrite(options)) {
      until = Math.max(until, nextWriteAt);
      nextWriteAt = Math.max(clock.now(), until) + policy.writeIntervalMs;
    }
    const wait = until - clock.now();
    if (wait > 0) await clock.sleep(wait);
  }

  return async <O extends RequestOptionsLike, R extends ResponseLike>(
    request: (options: O) => R | Promise<R>,
    options: O,
  ): Promise<R> => {
    const route = `${options.method ?? 'GET'} ${options.url ?? ''}`;
    let rateLimitRepeats = 0;
    for (let retry = 0; ; retry++) {
      await waitForTurn(options);
      let error: RequestErrorLike;
      try {
        const response = await request(options);
        const limited = graphqlRateLimit(response);
        if (!limited) return response;
        error = limited;
      } catch (thrown) {
        error = thrown as RequestErrorLike;
      }
      const again = retry < policy.maxRetries;
      if (isRateLimited(error)) {
        const wait = rateLimitWaitMs(error, rateLimitRepeats++, clock.now());
        const budgetLeft = policy.maxRateLimitWaitMs - rateLimitWaitedMs;
        if (!again) {
          throw new GitHubRateLimitError(error, `${route} was still limited after ${policy.maxRetries} retries`);
        }
        if (wait > budgetLeft) {
          throw new GitHubRateLimitError(
            error,
            `${route} asks to wait ${seconds(wait)}, more than the ${seconds(budgetLeft)} left of this step's rate-limit allowance`,
          );
        }
        log?.warning(
          `GitHub rate limit on ${route}; retrying in ${seconds(wait)} (retry ${retry + 1} of ${policy.maxRetries}).`,
        );
        rateLimitWaitedMs += wait;
        pausedUntil = Math.max(pausedUntil, clock.now() + wait);
        continue;
      }
      if (!isServerError(error) || !again) throw error;
      const wait = (retry + 1) ** 2 * 1000;
      log?.debug(`GitHub answered ${error.status} on ${route}; retrying in ${seconds(wait)}.`);
      await clock.sleep(wait);
    }
  };
}
