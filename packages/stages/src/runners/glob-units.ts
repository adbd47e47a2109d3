import { boundedGlob } from '../files/bounded-glob.js';
import type { SuiteConfig } from '../pipeline-config/index.js';
import { listOutput, nonEmptyLines } from './list-output.js';
import type { TestUnit } from './runner-types.js';

/**
 * Test files matching `patterns` under cwd, sorted, as file units. The walk is bounded and never leaves
 * cwd (see bounded-glob.ts); `what` names the glob's origin in its errors.
 */
export async function filesByGlob(
  patterns: readonly string[],
  cwd: string,
  what = 'test discovery',
): Promise<TestUnit[]> {
  const files = await boundedGlob(patterns, {
    cwd,
    what,
    outside: { allowed: false, howToAllow: "set the suite's working-directory to the folder that holds the tests" },
    narrowHint: 'the folders that hold your tests (e.g. "tests/**/*.test.js" rather than "**/*")',
    ignore: ['**/node_modules/**', '**/.git/**'],
  });
  return files.sort().map((file) => ({ id: file, file }));
}

/**
 * The user's own discovery (discover.command: one unit per output line, or discover.glob),
 * or undefined when the suite leaves discovery to the runner's default.
 */
export async function configuredUnits(suite: SuiteConfig, cwd: string): Promise<TestUnit[] | undefined> {
  if (suite.discover?.command) {
    const [file, ...args] = suite.discover.command;
    const output = await listOutput(file!, args, { cwd, env: suite.env });
    return nonEmptyLines(output).map((id) => ({ id, file: id.split('::')[0] }));
  }
  if (suite.discover?.glob) return filesByGlob(suite.discover.glob, cwd, `discover.glob of suite "${suite.name}"`);
  return undefined;
}

/** Distinct files of the units, in order: what file-based runners are given. */
export function unitFiles(units: readonly TestUnit[]): string[] {
  return [...new Set(units.map((unit) => unit.file ?? unit.id))];
}
