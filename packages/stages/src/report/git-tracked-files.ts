import { execFile } from 'node:child_process';
import { TrackedFiles } from '@testpipe/core';

/** Generous: a monorepo of 1M files lists in well under this. */
const MAX_LISTING_BYTES = 256 << 20;

/**
 * The files git tracks in `directory`'s repository, repo-relative; undefined when it is not a
 * checkout (no git, not a repository): callers then show only what reports say.
 */
export function gitTrackedFiles(directory: string): Promise<TrackedFiles | undefined> {
  return new Promise((resolve) => {
    execFile(
      'git',
      ['ls-files', '-z', '--full-name'],
      { cwd: directory, maxBuffer: MAX_LISTING_BYTES, encoding: 'utf8', windowsHide: true },
      (error, stdout) => {
        if (error) resolve(undefined);
        else resolve(new TrackedFiles(stdout.split('\0')));
      },
    );
  });
}
