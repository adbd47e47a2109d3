// What every action's integration tests need around the harness: a workspace to write a project into,
// the step's annotations by level, and a failure message that shows the whole step.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { StepResult } from './run-step.js';

/** A fresh directory for a test's workspace; remove it with removeDir. */
export function tempWorkspace(prefix = 'testpipe-action-'): Promise<string> {
  return mkdtemp(path.join(tmpdir(), prefix));
}

export async function removeDir(dir: string | undefined): Promise<void> {
  if (dir) await rm(dir, { recursive: true, force: true });
}

/** Writes each file (path relative to root: content), creating directories. */
export async function writeFiles(root: string, files: Record<string, string>): Promise<void> {
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(root, name);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, content);
  }
}

/** The messages of the step's annotations of one level, as the runner shows them. */
export function annotationsOf(result: StepResult, level: 'error' | 'warning' | 'notice'): string[] {
  return result.annotations.filter((a) => a.level === level).map((a) => a.message);
}

/** Everything a failing assertion should show about the step. */
export function describeStep(result: StepResult): string {
  return [
    `exit ${String(result.exitCode)} (${result.outcome})`,
    ...result.annotations.map((a) => `${a.level}: ${a.message}`),
    JSON.stringify(result.outputs),
    result.stdout.slice(-6000),
    result.stderr.slice(-2000),
  ].join('\n');
}
