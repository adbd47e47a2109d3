import { realpath } from 'node:fs/promises';
import path from 'node:path';

/**
 * What to do with a report file outside the workspace: read it quietly, warn, or refuse; 'refuse-globs'
 * (the CLI's default) reads the files and directories a user names but refuses globs that leave it.
 */
export type OutsideWorkspacePolicy = 'allow' | 'warn' | 'refuse' | 'refuse-globs';

function isInside(file: string, directory: string): boolean {
  const relative = path.relative(directory, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/**
 * Why `file` (absolute) is outside `workspace`, or undefined when it is inside: a path that leads
 * out (`../x.xml`, an absolute path) or a symbolic link somewhere on its way that does.
 */
export async function outsideWorkspace(file: string, workspace: string): Promise<string | undefined> {
  const root = path.resolve(workspace);
  if (!isInside(file, root)) return 'its path leads outside the workspace';
  const [realFile, realRoot] = await Promise.all([realpath(file).catch(() => file), realpath(root).catch(() => root)]);
  return isInside(realFile, realRoot) ? undefined : `a symbolic link leads it to ${realFile}, outside the workspace`;
}

/** How a user turns the policy on or off, for messages: the action input, or the CLI flag. */
export interface OutsideWorkspaceOption {
  /** Why a file was refused: `"allow-outside-workspace" is false`. */
  refusedBecause: string;
  /** What to do to read it: `set the input to true`. */
  toAllow: string;
}

export const OUTSIDE_WORKSPACE_INPUT: OutsideWorkspaceOption = {
  refusedBecause: '"allow-outside-workspace" is false',
  toAllow: 'set the "allow-outside-workspace" input to true',
};

/**
 * Applies the policy to workspace report files: returns those to read, and says which were outside
 * (a warning each when read, a problem each when refused).
 */
export async function checkWorkspaceFiles(
  entry: string,
  files: readonly string[],
  workspace: string,
  policy: OutsideWorkspacePolicy,
  warn: (message: string) => void,
  option: OutsideWorkspaceOption = OUTSIDE_WORKSPACE_INPUT,
): Promise<string[]> {
  if (policy === 'allow' || policy === 'refuse-globs') return [...files];
  const kept: string[] = [];
  for (const file of files) {
    const why = await outsideWorkspace(file, workspace);
    if (why === undefined) kept.push(file);
    else if (policy === 'warn') {
      warn(
        `results entry "${entry}" reads ${file}: ${why} (${workspace}). It is read because ` +
          '"allow-outside-workspace" is true (the default); set it to false to refuse such files.',
      );
      kept.push(file);
    } else {
      warn(
        `results entry "${entry}" names ${file}: ${why} (${workspace}); not read, because ` +
          `${option.refusedBecause}. Copy the report into the workspace, or ${option.toAllow}.`,
      );
    }
  }
  return kept;
}
