// One glob walker for every glob a user gives testpipe (discover.glob, results globs): it refuses a glob
// that leaves the working directory unless the caller allows it, and it stops the walk after a number of
// entries or a time, so `/**/*` fails in seconds with a message naming the glob instead of walking the
// whole machine for minutes and gigabytes.
import { readdir } from 'node:fs';
import path from 'node:path';
import { systemClock, UserError, type Clock } from '@testpipe/core';
import { glob, isDynamicPattern, type GlobOptions } from 'tinyglobby';
import { GLOB_LIMITS } from '../defaults.js';

export interface GlobLimits {
  /** Files and directories the walk may visit (read from directories), whatever matches. */
  maxEntries: number;
  /** How long the walk may take. */
  timeoutMs: number;
}

export interface BoundedGlobOptions {
  cwd: string;
  /** Names the glob's origin in messages: `discover.glob of suite "unit"`, `results entry "x"`. */
  what: string;
  /**
   * How a user allows a glob that leaves cwd (`set "allow-outside-workspace" to true`); undefined when such
   * a glob is refused (discover.glob). `allowed` walks it.
   */
  outside: { allowed: boolean; howToAllow?: string; warn?: (message: string) => void };
  /** What the user should narrow the glob to, for the limit messages: `the folders of your tests (e.g. ...)`. */
  narrowHint?: string;
  ignore?: string[];
  onlyFiles?: boolean;
  expandDirectories?: boolean;
  absolute?: boolean;
  dot?: boolean;
  limits?: Partial<GlobLimits>;
  clock?: Clock;
}

function isInside(target: string, directory: string): boolean {
  const relative = path.relative(directory, target);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** An alternative of a brace group that starts at the root or goes up (`{/etc,src}`, `{../x,y}`). */
const ESCAPING_BRACE = /\{(?:[^{}]*,)?\s*(?:\/|[A-Za-z]:[\\/]|\.\.(?:[\\/,}]|$))/;

/**
 * Where the walk of `pattern` starts when it leaves `cwd` (its fixed leading folders resolved), or
 * undefined when it stays inside. A `..` after the first wildcard, or a brace alternative that is absolute
 * or goes up, counts as leaving: where such a walk goes cannot be told from the pattern alone.
 */
export function globLeavesDirectory(pattern: string, cwd: string): string | undefined {
  const positive = pattern.startsWith('!') ? pattern.slice(1) : pattern;
  const root = path.resolve(cwd);
  if (ESCAPING_BRACE.test(positive)) return positive;
  const segments = positive.replace(/\\(?![()[\]{}*?!+@])/g, '/').split('/');
  const fixed: string[] = [];
  let index = 0;
  for (; index < segments.length && !isDynamicPattern(segments[index]!); index++) fixed.push(segments[index]!);
  if (segments.slice(index).includes('..')) return positive;
  // The last fixed segment may be a file name: its folder is where the walk starts.
  const start = path.resolve(
    root,
    fixed.length === segments.length ? fixed.slice(0, -1).join('/') || '.' : fixed.join('/') || '.',
  );
  const base = fixed.length === 1 && fixed[0] === '' ? path.parse(root).root : start;
  return isInside(base, root) ? undefined : base;
}

type Stop = { why: 'entries' | 'time'; visited: number };

function limitMessage(pattern: string, options: BoundedGlobOptions, limits: GlobLimits, stop: Stop): string {
  const hit =
    stop.why === 'entries'
      ? `visited more than ${limits.maxEntries.toLocaleString('en')} files and directories (the limit) without finishing`
      : `did not finish within ${limits.timeoutMs / 1000} s (the limit; ${stop.visited.toLocaleString('en')} entries visited)`;
  const narrow = options.narrowHint ?? 'the folder that holds what you mean';
  return `${options.what}: the glob "${pattern}" ${hit} in ${options.cwd}. Narrow it to ${narrow}, so its walk stays small.`;
}

function refusedMessage(pattern: string, base: string, options: BoundedGlobOptions): string {
  const allow = options.outside.howToAllow ? `, or ${options.outside.howToAllow}` : '';
  return (
    `${options.what}: the glob "${pattern}" leaves the working directory ${options.cwd} (it would walk ${base}). ` +
    `Use a glob relative to ${options.cwd} that stays inside it${allow}.`
  );
}

/**
 * tinyglobby with the checks above: the paths `patterns` match (as tinyglobby returns them), or a
 * UserError naming the glob, the limit it hit and what to do. Memory stays bounded because the walk
 * is: it never holds more than `maxEntries` paths.
 */
export async function boundedGlob(patterns: readonly string[], options: BoundedGlobOptions): Promise<string[]> {
  const limits: GlobLimits = { ...GLOB_LIMITS, ...options.limits };
  for (const pattern of patterns) {
    const base = globLeavesDirectory(pattern, options.cwd);
    if (base === undefined) continue;
    if (!options.outside.allowed) throw new UserError(refusedMessage(pattern, base, options));
    options.outside.warn?.(
      `${options.what}: the glob "${pattern}" leaves the working directory ${options.cwd} (it walks ${base}); ` +
        'walked because it is allowed.',
    );
  }
  const clock = options.clock ?? systemClock;
  const stopWalk = new AbortController();
  const stopTimer = new AbortController();
  let stop: Stop | undefined;
  let visited = 0;
  const halt = (why: Stop['why']): void => {
    stop ??= { why, visited };
    stopWalk.abort();
  };
  // Counts what each directory read returns: the walk's cost, matching or not.
  const countingReaddir = ((
    directory: string,
    readOptions: object,
    callback: (e: unknown, entries?: unknown[]) => void,
  ) =>
    readdir(directory, readOptions as { withFileTypes: true }, (error, entries) => {
      if (!error) {
        visited += entries.length;
        if (visited > limits.maxEntries) halt('entries');
      }
      callback(error, entries);
    })) as unknown as typeof readdir;
  clock.sleep(limits.timeoutMs, stopTimer.signal).then(
    () => halt('time'),
    () => undefined,
  );
  const globOptions: GlobOptions = {
    cwd: options.cwd,
    onlyFiles: options.onlyFiles ?? true,
    signal: stopWalk.signal,
    fs: { readdir: countingReaddir },
    ...(options.ignore && { ignore: options.ignore }),
    ...(options.expandDirectories !== undefined && { expandDirectories: options.expandDirectories }),
    ...(options.absolute !== undefined && { absolute: options.absolute }),
    ...(options.dot !== undefined && { dot: options.dot }),
  };
  try {
    const matches = await glob([...patterns], globOptions);
    if (stop) throw new UserError(limitMessage(patterns.join('", "'), options, limits, stop));
    return matches;
  } finally {
    stopTimer.abort();
  }
}
