import { accessSync, constants, statSync } from 'node:fs';
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

/** What to do about a missing program, beyond putting it on PATH, for the programs the runners start. */
const INSTALL_HINTS: Record<string, string> = {
  python3: 'A pytest suite can name its interpreter with python: in testpipe.yml, e.g. python: .venv/bin/python.',
  python: 'A pytest suite can name its interpreter with python: in testpipe.yml, e.g. python: .venv/bin/python.',
  go: 'Install Go (https://go.dev/dl/), e.g. with actions/setup-go.',
  jest: 'Install it in the project: npm install --save-dev jest.',
  vitest: 'Install it in the project: npm install --save-dev vitest.',
  mocha: 'Install it in the project: npm install --save-dev mocha.',
  playwright: 'Install it in the project: npm install --save-dev @playwright/test.',
};

/** The hint for a program that was not found: the same words when discovery and when a shard cannot start it. */
export function programNotFoundHint(file: string): string {
  if (file.includes('/')) return `does ${file} exist? (a relative path starts at the suite's working directory)`;
  const more = INSTALL_HINTS[file];
  return `is ${file} installed and on PATH?${more ? ` ${more}` : ''}`;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Why `file` could not be started in `cwd`, saying what to fix: spawn reports a missing working directory
 * and a missing program alike as "spawn <file> ENOENT".
 */
export function startFailureMessage(error: NodeJS.ErrnoException, file: string, cwd: string): string {
  if (!isDirectory(cwd)) return `the working directory ${cwd} does not exist; check working-directory in testpipe.yml`;
  if (error.code === 'ENOENT') return `${error.message}; ${programNotFoundHint(file)}`;
  return error.message;
}
