import * as core from '@actions/core';

/** GitHub's answer when a token may not write (a fork PR's GITHUB_TOKEN). */
export function isForbidden(error: unknown): boolean {
  return (error as { status?: number }).status === 403;
}

/**
 * Runs an optional side effect (comment, check run, archive, artifact): a failure becomes a warning
 * naming what was skipped and why, never a lost report.
 */
export async function optionalSideEffect<T>(what: string, effect: () => Promise<T>): Promise<T | undefined> {
  try {
    return await effect();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    core.warning(`${what} was skipped: ${reason}`);
    return undefined;
  }
}
