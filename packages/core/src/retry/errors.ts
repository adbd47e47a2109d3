/** Thrown when the caller's AbortSignal fires; `cause` is the signal's reason. */
export class RetryAbortedError extends Error {
  override readonly name = 'AbortError';

  constructor(attempts: number, reason: unknown) {
    super(`Stopped retrying after ${attempts} attempt(s): the operation was cancelled.`, { cause: reason });
  }
}

/** Thrown when retries run out or the deadline would pass; `cause` is the last error. */
export class RetriesExhaustedError extends Error {
  override readonly name = 'RetriesExhaustedError';

  constructor(
    readonly attempts: number,
    readonly reason: 'retries' | 'deadline',
    readonly lastError: unknown,
  ) {
    const detail = lastError instanceof Error ? lastError.message : String(lastError);
    const why = reason === 'retries' ? 'no retries left' : 'waiting for another attempt would pass the deadline';
    super(
      `Gave up after ${attempts} attempt(s) (${why}). Last error: ${detail}. ` +
        'If the service is only slow to recover, raise the retries or the deadline.',
      { cause: lastError },
    );
  }
}
