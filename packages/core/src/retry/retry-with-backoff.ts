import { systemClock, type Clock } from '../ports/clock.js';
import { RetriesExhaustedError, RetryAbortedError } from './errors.js';
import { parseRetryAfterMs } from './retry-after.js';

export interface RetryAttemptInfo {
  /** The attempt that failed, 1 = the first call. */
  attempt: number;
  error: unknown;
  /** How long we wait before the next attempt. */
  delayMs: number;
}

export interface RetryOptions {
  /** Retries after the first attempt: fn runs at most retries + 1 times. */
  retries: number;
  baseDelayMs: number;
  /** Cap on each computed delay. */
  maxDelayMs: number;
  /** Overall budget from the first call; no wait that would end past it is started. */
  deadlineMs?: number;
  /** Default: every error is retryable. A non-retryable error is rethrown as it is. */
  isRetryable?(error: unknown): boolean;
  signal?: AbortSignal;
  onAttempt?(info: RetryAttemptInfo): void;
  /** A Retry-After value (seconds or HTTP date) read from the error; it replaces the computed delay. */
  retryAfter?(error: unknown): string | number | undefined;
  clock?: Clock;
  random?: () => number;
}

function validate(options: RetryOptions): void {
  const checks: Array<[string, number | undefined]> = [
    ['retries', options.retries],
    ['baseDelayMs', options.baseDelayMs],
    ['maxDelayMs', options.maxDelayMs],
    ['deadlineMs', options.deadlineMs],
  ];
  for (const [name, value] of checks) {
    if (value !== undefined && !(Number.isFinite(value) && value >= 0)) {
      throw new RangeError(`retry option ${name} must be a finite number ≥ 0, got ${String(value)}`);
    }
  }
  if (!Number.isInteger(options.retries))
    throw new RangeError(`retry option retries must be an integer, got ${options.retries}`);
}

/** Full jitter: a uniform delay in [0, min(cap, base × 2^(attempt − 1))). */
export function backoffDelayMs(
  attempt: number,
  options: Pick<RetryOptions, 'baseDelayMs' | 'maxDelayMs'>,
  random: () => number,
): number {
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (attempt - 1));
  return Math.floor(random() * ceiling);
}

/** Settles with `promise`, or rejects as soon as `signal` aborts. */
function raceAbort<T>(promise: Promise<T>, signal: AbortSignal | undefined, onAbort: () => unknown): Promise<T> {
  if (!signal) return promise;
  return new Promise<T>((resolve, reject) => {
    const abort = (): void => reject(onAbort());
    if (signal.aborted) return abort();
    signal.addEventListener('abort', abort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', abort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', abort);
        reject(error);
      },
    );
  });
}

/**
 * Calls fn until it resolves, waiting with exponential backoff and full jitter between
 * attempts. Honours Retry-After, an overall deadline and cancellation (even mid-wait).
 */
export async function retryWithBackoff<T>(fn: (attempt: number) => Promise<T>, options: RetryOptions): Promise<T> {
  validate(options);
  const clock = options.clock ?? systemClock;
  const random = options.random ?? Math.random;
  const { signal } = options;
  const startedAt = clock.now();
  for (let attempt = 1; ; attempt++) {
    const aborted = (): RetryAbortedError => new RetryAbortedError(attempt, signal?.reason);
    if (signal?.aborted) throw aborted();
    let error: unknown;
    try {
      return await raceAbort(
        Promise.resolve().then(() => fn(attempt)),
        signal,
        aborted,
      );
    } catch (caught) {
      if (caught instanceof RetryAbortedError) throw caught;
      error = caught;
    }
    if (signal?.aborted) throw aborted();
    if (options.isRetryable && !options.isRetryable(error)) throw error;
    if (attempt > options.retries) throw new RetriesExhaustedError(attempt, 'retries', error);
    const now = clock.now();
    const delayMs = parseRetryAfterMs(options.retryAfter?.(error), now) ?? backoffDelayMs(attempt, options, random);
    if (options.deadlineMs !== undefined && now + delayMs - startedAt > options.deadlineMs) {
      throw new RetriesExhaustedError(attempt, 'deadline', error);
    }
    options.onAttempt?.({ attempt, error, delayMs });
    await raceAbort(clock.sleep(delayMs, signal), signal, aborted);
  }
}
