import { glob } from 'tinyglobby';
import type { SuiteConfig } from '../pipeline-config/index.js';
import { listOutput, nonEmptyLines } from './list-output.js';
import type { TestUnit } from './runner-types.js';

/** Test files matching `patterns` under cwd, sorted, as file units. */
export async function filesByGlob(patterns: readonly string[], cwd: string): Promise<TestUnit[]> {
  const files = await glob([...patterns], { cwd, ignore: ['**/node_modules/**', '**/.git/**'], onlyFiles: true });
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
  if (suite.discover?.glob) return filesByGlob(suite.discover.glob, cwd);
  return undefined;
}

/** Distinct files of the units, in order: what file-based runners are given. */
export function unitFiles(units: readonly TestUnit[]): string[] {
  return [...new Set(units.map((unit) => unit.file ?? unit.id))];
}
