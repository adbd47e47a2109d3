// The run-matrix bundle through the runner harness, at its edges: a hanging test, bad inputs and
// configs, a run job without a plan, and a plan with nothing to run.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { jest } from '@jest/globals';
import {
  annotations,
  describeStep,
  expectExit,
  matrixOf,
  removeDir,
  runMatrixStep,
  startArtifactService,
  tempProject,
  writeFiles,
  type ArtifactService,
} from './action-helpers.js';

jest.setTimeout(120_000);

let artifacts: ArtifactService;
const workspaces: string[] = [];
let nextRunId = 3000;

async function project(files: Record<string, string>): Promise<string> {
  const dir = await tempProject('testpipe-run-matrix-edge-');
  workspaces.push(dir);
  await writeFiles(dir, files);
  return dir;
}

beforeAll(async () => {
  artifacts = await startArtifactService();
});

afterAll(async () => {
  await artifacts?.close();
  await Promise.all(workspaces.map(removeDir));
});

const API_SUITE = `version: 1
suites:
  - name: api
    runner: pytest
    discover:
      glob: tests/test_*.py
    granularity: file
`;

/** The errno of `process.kill(pid, 0)`: ESRCH once the process is gone (and reaped). */
function probe(pid: number): string | undefined {
  try {
    process.kill(pid, 0);
    return undefined;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code;
  }
}

/** A process is dead when gone, or a zombie waiting for init (not the action) to reap it. */
async function isRunning(pid: number): Promise<boolean> {
  if (probe(pid) === 'ESRCH') return false;
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
  return !/^\d+ \(.*\) Z/.test(stat);
}

describe('a hanging test', () => {
  it('times the shard out, kills its whole process group and reports a timeout failure in the JUnit', async () => {
    const workspace = await project({
      'testpipe.yml': `version: 1
suites:
  - name: hang
    runner: pytest
    timeout: 10s
    kill-grace-period: 2s
    retries: 1
    shards: 1
`,
      'tests/test_hang.py': `import os, subprocess, time

PIDS = os.path.join(os.path.dirname(__file__), '..', 'pids.txt')

def test_quick():
    assert True

def test_hangs():
    child = subprocess.Popen(['sleep', '600'])
    with open(PIDS, 'w') as f:
        f.write(f'{os.getpid()} {child.pid}\\n')
    time.sleep(600)
`,
    });
    const runId = nextRunId++;
    const plan = await runMatrixStep(artifacts, { workspace, runId, inputs: { mode: 'plan' } });
    expectExit(plan, 0);
    expect(matrixOf(plan).include.map((entry) => entry.shard)).toEqual(['hang-1']);

    const result = await runMatrixStep(artifacts, {
      workspace,
      runId,
      jobId: 'test-hang-1',
      inputs: { mode: 'run', shard: 'hang-1' },
    });

    expectExit(result, 1);
    expect(result.outputs).toMatchObject({ status: 'timed-out', attempts: '1' });
    expect(annotations(result, 'warning')).toContain('shard hang-1 timed out after 10s: killed its process group');
    const [pytestPid, sleepPid] = (await readFile(path.join(workspace, 'pids.txt'), 'utf8'))
      .trim()
      .split(' ')
      .map(Number) as [number, number];
    // pytest itself was the action's child, reaped by it: gone for good.
    expect(probe(pytestPid)).toBe('ESRCH');
    // The `sleep` it started was in the same process group, and was killed with it.
    expect(await isRunning(sleepPid)).toBe(false);

    const junit = await readFile(path.join(workspace, 'testpipe-results', 'results', 'hang-1', 'junit.xml'), 'utf8');
    expect(junit).toContain('hang-1 timed out');
    expect(junit).toContain('TimeoutError');
    expect(junit).toMatch(/timed out after 10s/);
    expect(artifacts.artifacts(runId).map((a) => a.name)).toEqual(['testpipe-plan', 'testpipe-results-hang-1']);
  });
});

describe('bad input', () => {
  it('fails naming the mode input when it is missing or not plan/run', async () => {
    const workspace = await project({ 'testpipe.yml': API_SUITE });
    const missing = await runMatrixStep(artifacts, { workspace, runId: nextRunId++, inputs: {} });
    expectExit(missing, 1);
    expect(annotations(missing, 'error')).toEqual([
      'Input "mode" is required: plan (output the matrix) or run (run one shard).',
    ]);

    const invalid = await runMatrixStep(artifacts, { workspace, runId: nextRunId++, inputs: { mode: 'deploy' } });
    expectExit(invalid, 1);
    expect(annotations(invalid, 'error')).toEqual(['Input "mode" must be one of plan, run; got "deploy".']);

    const noShard = await runMatrixStep(artifacts, { workspace, runId: nextRunId++, inputs: { mode: 'run' } });
    expectExit(noShard, 1);
    expect(annotations(noShard, 'error').join('\n')).toContain('Input "shard" is required in run mode');
  });

  it('fails with file:line when testpipe.yml has a mistake', async () => {
    const workspace = await project({
      'ci/testpipe.yml': `version: 1
suites:
  - name: api
    runner: pytset
    timeout: 10 minutes
`,
    });
    const result = await runMatrixStep(artifacts, {
      workspace,
      runId: nextRunId++,
      inputs: { mode: 'plan', config: 'ci/testpipe.yml' },
    });
    expectExit(result, 1);
    const message = annotations(result, 'error').join('\n');
    const file = path.join(workspace, 'ci', 'testpipe.yml');
    expect(message).toContain(`${file} has 2 problems; fix them and re-run:`);
    expect(message).toContain(`${file}:4:13: suites[0].runner: unknown runner "pytset" (did you mean pytest?)`);
    expect(message).toMatch(
      new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:5:\\d+: suites\\[0\\]\\.timeout`),
    );
    expect(message).not.toMatch(/\n\s+at /); // a message to act on, not a stack trace
    expect(artifacts.artifacts()).not.toEqual(
      expect.arrayContaining([expect.objectContaining({ workflowRunBackendId: String(nextRunId - 1) })]),
    );
  });

  it('fails a run job whose run has no plan artifact, saying to run the plan job first', async () => {
    const workspace = await project({ 'testpipe.yml': API_SUITE, 'tests/test_a.py': 'def test_a():\n    pass\n' });
    const runId = nextRunId++;
    const result = await runMatrixStep(artifacts, {
      workspace,
      runId,
      jobId: 'test-api-1',
      inputs: { mode: 'run', shard: 'api-1' },
    });
    expectExit(result, 1);
    expect(annotations(result, 'error')).toEqual([
      'This run has no "testpipe-plan" artifact: run this action with mode: plan in an earlier job and pass its ' +
        'matrix to this job.',
    ]);
    expect(artifacts.artifacts(runId)).toEqual([]);
  });
});

describe('an empty plan', () => {
  it('outputs the single none entry with a notice, and the none job runs nothing', async () => {
    const workspace = await project({ 'testpipe.yml': API_SUITE, 'tests/README.md': 'no tests yet\n' });
    const runId = nextRunId++;
    const plan = await runMatrixStep(artifacts, { workspace, runId, inputs: { mode: 'plan' } });
    expectExit(plan, 0);
    expect(matrixOf(plan)).toEqual({ include: [{ shard: 'none', suite: '', index: 0 }] });
    expect(plan.outputs['shard-count']).toBe('0');
    const notices = annotations(plan, 'notice');
    expect(notices).toHaveLength(1);
    // The reason names the glob that matched nothing and where it looked.
    expect(notices[0]).toMatch(
      /^The plan has no tests to run: api: discover\.glob "tests\/test_\*\.py" matched no file in \S+ \(the glob is relative to working-directory in testpipe\.yml\)$/,
    );
    expect(plan.summary).toContain('Nothing to run');

    const run = await runMatrixStep(artifacts, {
      workspace,
      runId,
      jobId: 'test-none',
      inputs: { mode: 'run', shard: 'none' },
    });
    expectExit(run, 0);
    expect(run.outputs).toMatchObject({ status: 'passed', total: '0' });
    expect(run.stdout).toContain('The plan has no tests to run (see the plan job); nothing to do.');
    expect(run.stdout).not.toContain('attempt 1:');
    expect(artifacts.artifacts(runId).map((a) => a.name)).toEqual(['testpipe-plan']);
    expect(describeStep(run)).not.toContain('testpipe-results-none');
  });
});
