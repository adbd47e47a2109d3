import { accessSync, constants } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** A program on PATH, or undefined; lets an adapter prefer a tool (gotestsum) when it is installed. */
export function findOnPath(name: string, path = process.env.PATH ?? ''): string | undefined {
  for (const dir of path.split(delimiter)) {
    if (dir && isExecutable(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

/**
 * The project's own copy of a Node tool (node_modules/.bin/<name>, looking upwards from cwd, as
 * npm workspaces hoist it), else the name itself to be found on PATH.
 */
export function localBin(cwd: string, name: string): string {
  for (let dir = cwd; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', '.bin', name);
    if (isExecutable(candidate)) return candidate;
    if (dirname(dir) === dir) return name;
  }
}
