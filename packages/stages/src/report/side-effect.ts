import type { Logger } from '@testpipe/core';

/**
 * Runs an optional side effect (comment, check run, archive, artifact): a failure becomes a warning
 * naming what was skipped and why, never a lost report.
 */
export async function optionalSideEffect<T>(
  logger: Logger,
  what: string,
  effect: () => Promise<T>,
): Promise<T | undefined> {
  try {
    return await effect();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    logger.warning(`${what} was skipped: ${reason}`);
    return undefined;
  }
}
