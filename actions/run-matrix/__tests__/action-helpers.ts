// Shared by the action-*.test.ts files: they run the BUILT bundle (dist/run-matrix/index.js) through the
// runner harness, as `uses: org/testpipe/run-matrix@v1` would, against the artifact service stand-in.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  describeStep,
  runStep,
  startArtifactService,
  type ArtifactService,
  type InputValue,
  type StepOptions,
  type StepResult,
} from '@testpipe/testkit';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** The action.yml users reference; it runs ../dist/run-matrix/index.js. */
export const ACTION_YML = path.join(repoRoot, 'run-matrix', 'action.yml');

export { startArtifactService, type ArtifactService, type StepResult };
export {
  annotationsOf as annotations,
  describeStep,
  removeDir,
  tempWorkspace as tempProject,
  writeFiles,
} from '@testpipe/testkit';

export interface MatrixStep {
  workspace: string;
  inputs: Record<string, InputValue>;
  /** GITHUB_RUN_ID, and the run the artifact service's runtime token belongs to. */
  runId: number;
  runAttempt?: number;
  /** The job the runtime token belongs to (each matrix job has its own). */
  jobId?: string;
}

/**
 * Runs the run-matrix main step as the runner does, talking to the artifact service stand-in; `cancel`
 * cancels it as the runner does (SIGINT, SIGTERM 7.5 s later, SIGKILL 2.5 s after that).
 */
export function runMatrixStep(
  artifacts: ArtifactService,
  step: MatrixStep,
  cancel: Pick<StepOptions, 'signal'> = {},
): Promise<StepResult> {
  return runStep({
    ...cancel,
    actionYml: ACTION_YML,
    inputs: step.inputs,
    workspace: step.workspace,
    github: { runId: step.runId, runAttempt: step.runAttempt ?? 1 },
    env: { ...artifacts.envFor(step.runId, step.jobId ?? 'plan') },
  });
}

export async function readJson<T>(file: string): Promise<T> {
  return JSON.parse(await readFile(file, 'utf8')) as T;
}

/** Fails with the step's log when it did not end as expected. */
export function expectExit(result: StepResult, code: number): void {
  if (result.exitCode !== code) throw new Error(`expected exit ${code}, got:\n${describeStep(result)}`);
}

export interface MatrixEntry {
  shard: string;
  suite: string;
  index: number;
}

export function matrixOf(result: StepResult): { include: MatrixEntry[] } {
  return JSON.parse(result.outputs.matrix ?? 'null') as { include: MatrixEntry[] };
}

/**
 * A small command-runner project: a node script that runs the check files it is given and writes
 * JUnit to $TESTPIPE_JUNIT_PATH, as a k6 or custom harness would.
 */
export const COMMAND_SUITE_FILES: Record<string, string> = {
  'run-checks.mjs': `import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const cases = [];
for (const file of process.argv.slice(2)) {
  const checks = await import(pathToFileURL(resolve(file)).href);
  for (const [name, check] of Object.entries(checks)) {
    const started = Date.now();
    let failure;
    try { await check(); } catch (error) { failure = error; }
    const time = ((Date.now() - started) / 1000).toFixed(3);
    const classname = file.replace(/\\.mjs$/, '').replace(/\\//g, '.');
    cases.push('<testcase classname="' + esc(classname) + '" name="' + esc(name) + '" file="' + esc(file) + '" time="' + time + '">' +
      (failure ? '<failure message="' + esc(failure.message) + '"/>' : '') + '</testcase>');
  }
}
const failures = cases.filter((c) => c.includes('<failure')).length;
writeFileSync(process.env.TESTPIPE_JUNIT_PATH,
  '<?xml version="1.0"?>\\n<testsuites><testsuite name="smoke" tests="' + cases.length + '" failures="' + failures + '">' +
  cases.join('') + '</testsuite></testsuites>\\n');
console.log('ran ' + cases.length + ' checks, ' + failures + ' failed');
process.exit(failures > 0 ? 1 : 0);
`,
  'checks/health.mjs': `export function health_responds() {}\nexport function health_reports_version() {}\n`,
  'checks/pages.mjs': `export function home_page_renders() {}\n`,
};
