import type { TestResult, TestRun } from '../model.js';
import { isFailing } from '../model.js';
import { framesIn } from './stack-frames.js';
import type { TrackedFiles } from './tracked-files.js';

/** Where a test's failure is, repository-relative: what annotations, Location columns and links use. */
export interface TestLocation {
  path: string;
  line?: number;
}

/** Strips a root (workspace, repository checkout) from an absolute path. */
function withoutRoots(file: string, roots: readonly string[]): string {
  const path = file.replace(/\\/g, '/');
  for (const root of roots) {
    const prefix = `${root.replace(/\\/g, '/').replace(/\/+$/, '')}/`;
    if (path.startsWith(prefix)) return path.slice(prefix.length);
  }
  return path;
}

function failureTexts(test: TestResult): string[] {
  const failing = test.attempts.findLast((attempt) => isFailing(attempt.status));
  const failure = failing?.failure;
  return [failure?.body, failure?.message, failing?.stderr, failing?.stdout].filter(
    (text): text is string => text !== undefined,
  );
}

/**
 * A failing or flaky test's location, worked out in order from: its `file`/`line` attributes (a
 * line from a frame in that file when the report gives none), the first stack frame that names a
 * tracked file, then its suite or classname as a path or class. Undefined when nothing resolves.
 */
export function locateTest(
  test: TestResult,
  tracked: TrackedFiles,
  roots: readonly string[] = [],
): TestLocation | undefined {
  const resolve = (file: string) => tracked.resolve(withoutRoots(file, roots));
  const frames = failureTexts(test).flatMap(framesIn);
  const framePath = (frame: { file: string; className?: string }) => {
    if (frame.className) {
      const byClass = tracked.resolveClass(frame.className);
      if (byClass?.endsWith(`/${frame.file}`) || byClass === frame.file) return byClass;
    }
    return resolve(frame.file);
  };
  if (test.file) {
    const path = resolve(test.file);
    if (path) {
      const line = test.line ?? frames.find((frame) => framePath(frame) === path)?.line;
      return line === undefined ? { path } : { path, line };
    }
  }
  // Frames in the test's own class first (a Java trace starts deep in the library under test).
  const ownClass = test.classname && tracked.resolveClass(test.classname);
  for (const frame of frames) {
    const path = framePath(frame);
    if (path && (!ownClass || path === ownClass)) return { path, line: frame.line };
  }
  for (const frame of frames) {
    const path = framePath(frame);
    if (path && !path.includes('node_modules/')) return { path, line: frame.line };
  }
  for (const name of [test.suite, test.classname]) {
    if (!name) continue;
    const path = resolve(name) ?? tracked.resolveClass(name);
    if (path) return { path };
  }
  return undefined;
}

/** Sets `location` on every failing and flaky test of the run that can be located; returns how many. */
export function locateFailures(run: TestRun, tracked: TrackedFiles, roots: readonly string[] = []): number {
  let located = 0;
  for (const test of run.tests) {
    if (!isFailing(test.status) && test.status !== 'flaky') continue;
    const location = locateTest(test, tracked, roots);
    if (location) {
      test.location = location;
      located++;
    }
  }
  return located;
}
