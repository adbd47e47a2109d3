export { retryWithBackoff, backoffDelayMs, type RetryOptions, type RetryAttemptInfo } from './retry-with-backoff.js';
export { RetriesExhaustedError, RetryAbortedError } from './errors.js';
export { parseRetryAfterMs } from './retry-after.js';
