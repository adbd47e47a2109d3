import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export const KEEP_TMP_ENV = 'TESTPIPE_KEEP_TMP';

export async function createTempDir(prefix: string): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), `testpipe-${prefix}-`));
}

/**
 * Removes a harness temp dir, unless TESTPIPE_KEEP_TMP=1 and the step failed (or TESTPIPE_KEEP_TMP=always).
 * Returns the path when it was kept, so a failing test can print where to look.
 */
export async function removeTempDir(dir: string, failed: boolean): Promise<string | undefined> {
  const keep = process.env[KEEP_TMP_ENV];
  if (keep === 'always' || (failed && (keep === '1' || keep === 'true'))) return dir;
  await rm(dir, { recursive: true, force: true });
  return undefined;
}
