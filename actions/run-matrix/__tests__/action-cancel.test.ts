// The run-matrix bundle cancelled as the runner cancels a step, with the default inputs and settings:
// SIGINT, SIGTERM 7.5 s later, SIGKILL 2.5 s after that. Within that window the shard must kill a test
// that ignores SIGTERM (and what it started) and write its partial results.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { jest } from '@jest/globals';
import { killProcesses, pollFor, waitForProcessesGone } from '@testpipe/testkit';
import {
  expectExit,
  removeDir,
  runMatrixStep,
  startArtifactService,
  tempProject,
  writeFiles,
  type ArtifactService,
} from './action-helpers.js';

jest.setTimeout(180_000);

let artifacts: ArtifactService;
let workspace: string | undefined;
const started: number[] = [];

beforeAll(async () => {
  artifacts = await startArtifactService();
});

afterEach(async () => {
  await killProcesses(started.splice(0));
  await removeDir(workspace);
});

afterAll(async () => {
  await artifacts?.close();
});

/** No timeout or kill-grace-period: the defaults. The test and the process it starts ignore SIGTERM. */
const PROJECT = {
  'testpipe.yml': `version: 1
suites:
  - name: slow
    runner: command
    command: [bash, stubborn.sh]
`,
  'stubborn.sh': `trap '' TERM
sh -c 'trap "" TERM; while :; do sleep 1; done' &
printf '%s\\n%s\\n' $$ $! > pids.tmp && mv pids.tmp pids.txt
while :; do sleep 1; done
`,
};

it('a cancelled shard kills its SIGTERM-ignoring tests and writes junit.xml and ctrf.json before SIGKILL', async () => {
  workspace = await tempProject('testpipe-run-matrix-cancel-');
  await writeFiles(workspace, PROJECT);
  const runId = 4100;
  expectExit(await runMatrixStep(artifacts, { workspace, runId, inputs: { mode: 'plan' } }), 0);

  const controller = new AbortController();
  const step = runMatrixStep(
    artifacts,
    { workspace, runId, jobId: 'test-slow-1', inputs: { mode: 'run', shard: 'slow-1' } },
    { signal: controller.signal },
  );
  const pids = await pollFor('the test to start', async () => {
    const text = await readFile(path.join(workspace!, 'pids.txt'), 'utf8').catch(() => '');
    return text.endsWith('\n') ? text.trim().split('\n').map(Number) : undefined;
  });
  started.push(...pids);
  controller.abort();
  const result = await step;

  // The step ended on its own, before the runner's SIGKILL: nothing it started is left.
  expect(result.signalsSent).not.toContain('SIGKILL');
  expect(result.signal).toBeNull();
  expect(await waitForProcessesGone(pids)).toEqual([]);
  const results = path.join(workspace, 'testpipe-results', 'results', 'slow-1');
  expect(await readFile(path.join(results, 'junit.xml'), 'utf8')).toContain('slow-1 cancelled');
  expect(await readFile(path.join(results, 'ctrf.json'), 'utf8')).toContain('slow-1 cancelled');
  expect(await readFile(path.join(results, 'output.log'), 'utf8')).toContain('attempt 1: bash stubborn.sh');
  expect(result.outputs.status).toBe('errored');
});
