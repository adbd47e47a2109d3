// One POST for every webhook channel: fetch, with core's retry. 429 waits the Retry-After the service asks
// for (on the Clock), 5xx and network errors back off, any other 4xx is final: the same request will not
// start working, and a retry could post twice.
import { retryWithBackoff, RetriesExhaustedError, type Clock, type Logger } from '@testpipe/core';
import { NOTIFY_RETRY } from './defaults.js';
import { RetryableHttpError } from './errors.js';

export interface HttpAnswer {
  status: number;
  body: string;
}

export interface PostOptions {
  /** Names the channel in log lines. */
  channel: string;
  headers?: Record<string, string>;
  clock: Clock;
  logger: Logger;
  random?: () => number;
  signal?: AbortSignal;
  /** Per attempt; default 30 s. */
  timeoutMs?: number;
}

function describeNetworkError(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}

async function attempt(url: string, body: string, options: PostOptions): Promise<HttpAnswer> {
  // A timer of our own, cleared when the attempt ends, so no pending timeout outlives the request.
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(new Error('timed out')), options.timeoutMs ?? 30_000);
  try {
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8', ...options.headers },
        body,
        signal: options.signal ? AbortSignal.any([options.signal, timeout.signal]) : timeout.signal,
        redirect: 'error',
      });
    } catch (error) {
      if (options.signal?.aborted) throw error;
      throw new RetryableHttpError(`no answer (${describeNetworkError(error)})`, undefined, undefined);
    }
    const text = await response.text().catch(() => '');
    if (response.status === 429 || response.status >= 500) {
      const retryAfter = response.headers.get('retry-after') ?? undefined;
      throw new RetryableHttpError(`HTTP ${response.status}`, response.status, retryAfter);
    }
    return { status: response.status, body: text };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * POSTs `body` and returns the first answer that is not 429, 5xx or a network error (2xx or another 4xx:
 * the caller reads it). Throws RetriesExhaustedError when every attempt was retryable.
 */
export async function postWithRetry(url: string, body: string, options: PostOptions): Promise<HttpAnswer> {
  return retryWithBackoff(() => attempt(url, body, options), {
    ...NOTIFY_RETRY,
    clock: options.clock,
    random: options.random,
    signal: options.signal,
    isRetryable: (error) => error instanceof RetryableHttpError,
    retryAfter: (error) => (error instanceof RetryableHttpError ? error.retryAfter : undefined),
    onAttempt: ({ attempt: n, error, delayMs }) =>
      options.logger.info(
        `${options.channel}: ${(error as Error).message} on attempt ${n}; retrying in ${Math.ceil(delayMs / 1000)} s.`,
      ),
  });
}

/** The last answer of an exhausted retry, in words. */
export function describeExhausted(error: RetriesExhaustedError): string {
  const last = error.lastError instanceof Error ? error.lastError.message : String(error.lastError);
  return `gave up after ${error.attempts} attempt(s), last: ${last}`;
}
