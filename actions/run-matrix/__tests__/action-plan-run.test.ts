// The run-matrix bundle, end to end, as a workflow uses it: a plan job, one job per matrix entry, a re-run.
// A real project in a temp dir: a pytest suite (12 tests in 3 files, one flaky, one always failing) and a
// command suite (a node script writing JUnit to $TESTPIPE_JUNIT_PATH).
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { jest } from '@jest/globals';
import {
  annotations,
  COMMAND_SUITE_FILES,
  describeStep,
  expectExit,
  matrixOf,
  readJson,
  removeDir,
  runMatrixStep,
  startArtifactService,
  tempProject,
  writeFiles,
  type ArtifactService,
  type MatrixEntry,
  type StepResult,
} from './action-helpers.js';

jest.setTimeout(240_000);

const PYTEST_TESTS = [
  'tests/test_cart.py::test_adds_item',
  'tests/test_cart.py::test_removes_item',
  'tests/test_cart.py::test_applies_discount',
  'tests/test_cart.py::test_empty_cart',
  'tests/test_cart.py::TestCheckout::test_total',
  'tests/test_users.py::test_creates_user',
  'tests/test_users.py::test_lists_users',
  'tests/test_users.py::test_deletes_user',
  'tests/test_users.py::test_rejects_expired_token',
  'tests/test_search.py::test_finds_by_name',
  'tests/test_search.py::test_finds_by_tag',
  'tests/test_search.py::test_empty_query',
];
const COMMAND_CHECKS = ['health_responds', 'health_reports_version', 'home_page_renders'];
const FLAKY = 'test_total';
const ALWAYS_FAILS = 'test_rejects_expired_token';

const TESTPIPE_YML = `version: 1
defaults:
  timeout: 5m
  kill-grace-period: 2s
suites:
  - name: api
    runner: pytest
    retries: 2
    # 3 tests a shard: the flaky and the broken test may share one, and both must still be retried.
    retry-max-failure-ratio: 0.75
  - name: smoke
    runner: command
    command: [node, run-checks.mjs]
    discover:
      glob: checks/*.mjs
`;

function passing(names: string[]): string {
  return names.map((name) => `def ${name}():\n    assert True\n`).join('\n');
}

const PROJECT_FILES: Record<string, string> = {
  'testpipe.yml': TESTPIPE_YML,
  'tests/test_cart.py':
    `import os\n\nCOUNTER = os.path.join(os.path.dirname(__file__), '..', '.flaky-counter')\n\n` +
    passing(['test_adds_item', 'test_removes_item', 'test_applies_discount', 'test_empty_cart']) +
    `\n\nclass TestCheckout:\n    def test_total(self):\n` +
    `        runs = int(open(COUNTER).read()) if os.path.exists(COUNTER) else 0\n` +
    `        open(COUNTER, 'w').write(str(runs + 1))\n` +
    `        assert runs > 0, 'first run fails'\n`,
  'tests/test_users.py':
    passing(['test_creates_user', 'test_lists_users', 'test_deletes_user']) +
    `\ndef test_rejects_expired_token():\n    assert False, 'expired tokens are accepted'\n`,
  'tests/test_search.py': passing(['test_finds_by_name', 'test_finds_by_tag', 'test_empty_query']),
  ...COMMAND_SUITE_FILES,
};

/** A timings.json as aggregate-report writes it, with every test and check file timed. */
function timingsJson(scale: number): string {
  const tests = Object.fromEntries(
    PYTEST_TESTS.map((id, i) => [
      id,
      { file: id.split('::')[0], suite: 'api', durationMs: (1000 + i * 700) * scale, samples: 3, lastSeen: 3 },
    ]),
  );
  const files = {
    'checks/health.mjs': { durationMs: 2000 * scale, tests: 2, samples: 3, lastSeen: 3 },
    'checks/pages.mjs': { durationMs: 1500 * scale, tests: 1, samples: 3, lastSeen: 3 },
  };
  return JSON.stringify({ schemaVersion: 1, updatedAt: '2026-11-01T00:00:00Z', runs: 3, tests, files }, null, 2);
}

let artifacts: ArtifactService;
let workspace: string;

beforeAll(async () => {
  artifacts = await startArtifactService();
  workspace = await tempProject('testpipe-run-matrix-');
  await writeFiles(workspace, {
    ...PROJECT_FILES,
    'timings.json': timingsJson(1),
    'timings-changed.json': timingsJson(3),
  });
});

afterAll(async () => {
  await artifacts?.close();
  await removeDir(workspace);
});

function plan(runId: number, inputs: Record<string, string> = {}, runAttempt = 1): Promise<StepResult> {
  return runMatrixStep(artifacts, { workspace, runId, runAttempt, inputs: { mode: 'plan', shards: 4, ...inputs } });
}

describe('plan mode', () => {
  it('plans 4 pytest shards and the command shards, uploads the plan, and warns that the timings are unknown', async () => {
    const result = await plan(101);
    expectExit(result, 0);

    const matrix = matrixOf(result);
    const api = matrix.include.filter((entry) => entry.suite === 'api');
    const smoke = matrix.include.filter((entry) => entry.suite === 'smoke');
    expect(api.map((entry) => entry.shard).sort()).toEqual(['api-1', 'api-2', 'api-3', 'api-4']);
    // Two check files: never more shards than units, and the log says so.
    expect(smoke.map((entry) => entry.shard)).toEqual(['smoke-1', 'smoke-2']);
    expect(result.stdout).toContain('smoke: 4 shards were asked for but there are only 2 units; planned 2 shards.');
    expect(matrix.include).toHaveLength(api.length + smoke.length);
    for (const entry of matrix.include) {
      expect(Object.keys(entry).sort()).toEqual(['index', 'shard', 'suite']);
      expect(JSON.stringify(entry).length).toBeLessThan(1024);
    }
    expect(result.outputs['shard-count']).toBe(String(matrix.include.length));
    expect(result.outputs['plan-hash']).toMatch(/^[0-9a-f]{64}$/);

    const uploaded = artifacts.artifacts(101);
    expect(uploaded.map((a) => [a.name, a.finalized])).toEqual([['testpipe-plan', true]]);

    expect(result.summary).toContain('## Test plan');
    expect(result.summary).toContain('| api-1 |');
    // No timings at all: no invented duration, a split by count, and how to give it timings next time.
    expect(result.summary).toContain('predicted wall time unknown (no timings yet): split by count');
    expect(result.summary).toMatch(/\| api-1 \| \d+ \| unknown \(no timings yet\) \|/);
    expect(result.summary).not.toMatch(/predicted wall time [\d.]+ (s|min)/);
    expect(annotations(result, 'warning')).toEqual([]);
    expect(result.stdout).toMatch(
      /api: no timings yet, so the predicted time is unknown \(no timings yet\); shards are split by count\. Pass timings\.json/,
    );
  });

  it('with a timings-file: no warning, and the same plan from two different runs', async () => {
    const first = await plan(201, { 'timings-file': 'timings.json' });
    const second = await plan(202, { 'timings-file': 'timings.json' });
    expectExit(first, 0);
    expectExit(second, 0);

    expect(annotations(first, 'warning')).toEqual([]);
    expect(first.summary).not.toContain('Fewer than 90 %');
    expect(first.summary).toContain('100 % of tests with known timings');
    expect(second.outputs['plan-hash']).toBe(first.outputs['plan-hash']);
    expect(second.outputs.matrix).toBe(first.outputs.matrix);
    expect(artifacts.artifacts(202).map((a) => a.name)).toEqual(['testpipe-plan']);
    // Each run planned afresh: the log says so by not mentioning a reused plan.
    expect(second.stdout).not.toContain('Reusing the plan');
  });
});

interface CtrfTest {
  name: string;
  status: string;
  flaky?: boolean;
  retries?: number;
}

describe('run mode, one job per matrix entry of run 202', () => {
  const shards = new Map<string, { entry: MatrixEntry; result: StepResult }>();

  beforeAll(async () => {
    const planned = await plan(202, { 'timings-file': 'timings.json' }, 1); // reuses run 202's plan
    for (const entry of matrixOf(planned).include) {
      const result = await runMatrixStep(artifacts, {
        workspace,
        runId: 202,
        jobId: `test-${entry.shard}`,
        inputs: { mode: 'run', shard: entry.shard },
      });
      shards.set(entry.shard, { entry, result });
    }
  });

  async function ctrfTests(shard: string): Promise<CtrfTest[]> {
    const file = path.join(workspace, 'testpipe-results', 'results', shard, 'ctrf.json');
    return (await readJson<{ results: { tests: CtrfTest[] } }>(file)).results.tests;
  }

  it('reports each shard in its outputs; only the shard with the broken test fails the step', async () => {
    for (const [shard, { result }] of shards) {
      const tests = await ctrfTests(shard);
      const broken = tests.some((test) => test.name === ALWAYS_FAILS);
      const flaky = tests.some((test) => test.name === FLAKY);
      expectExit(result, broken ? 1 : 0);
      expect(result.outputs).toMatchObject({
        status: broken ? 'failed' : 'passed',
        total: String(tests.length),
        failed: broken ? '1' : '0',
        flaky: flaky ? '1' : '0',
        'results-path': path.join(workspace, 'testpipe-results', 'results', shard),
      });
      expect(Number(result.outputs.attempts)).toBe(broken ? 3 : flaky ? 2 : 1);
      if (broken) expect(annotations(result, 'error').join('\n')).toContain(`${shard}: failed`);
    }
  });

  it('retried the flaky test alone and reports it flaky; the broken test failed after 2 retries', async () => {
    const byName = new Map<string, { shard: string; test: CtrfTest }>();
    for (const shard of shards.keys())
      for (const test of await ctrfTests(shard)) byName.set(test.name, { shard, test });

    const flaky = byName.get(FLAKY)!;
    expect(flaky.test).toMatchObject({ status: 'passed', flaky: true });
    const broken = byName.get(ALWAYS_FAILS)!;
    expect(broken.test.status).toBe('failed');

    // A retry runs only what failed: the flaky test (and the broken one, if they shared the shard).
    const attemptsDir = path.join(workspace, 'testpipe-results', 'results', flaky.shard, 'attempts');
    const retry = await readFile(path.join(attemptsDir, 'attempt-2.xml'), 'utf8');
    const retried = [...retry.matchAll(/<testcase [^>]*name="([^"]+)"/g)].map((m) => m[1]);
    expect(retried).toContain(FLAKY);
    expect(retried.every((name) => name === FLAKY || name === ALWAYS_FAILS)).toBe(true);
    const brokenAttempts = await readdir(path.join(workspace, 'testpipe-results', 'results', broken.shard, 'attempts'));
    expect(brokenAttempts.sort()).toEqual(['attempt-1.xml', 'attempt-2.xml', 'attempt-3.xml']);
    const lastAttempt = await readFile(
      path.join(workspace, 'testpipe-results', 'results', broken.shard, 'attempts', 'attempt-3.xml'),
      'utf8',
    );
    expect([...lastAttempt.matchAll(/<testcase [^>]*name="([^"]+)"/g)].map((m) => m[1])).toEqual([ALWAYS_FAILS]);
    expect(shards.get(broken.shard)!.result.stdout).toContain('expired tokens are accepted');
  });

  it('uploads testpipe-results-<shard> with junit.xml and ctrf.json for every shard', async () => {
    const uploaded = artifacts.artifacts(202).filter((a) => a.name.startsWith('testpipe-results-'));
    expect(uploaded.map((a) => a.name).sort()).toEqual([...shards.keys()].map((s) => `testpipe-results-${s}`).sort());
    for (const artifact of uploaded) {
      const shard = artifact.name.slice('testpipe-results-'.length);
      expect(artifact.finalized).toBe(true);
      expect(artifact.workflowJobRunBackendId).toBe(`test-${shard}`);
      // Entry names are stored uncompressed in a zip's headers.
      const zip = artifacts.blobOf(artifact.id)!.content.toString('latin1');
      expect(zip).toContain(`results/${shard}/junit.xml`);
      expect(zip).toContain(`results/${shard}/ctrf.json`);
      expect(zip).toContain(`results/${shard}/output.log`);
    }
  });

  it('ran every discovered test exactly once across the shards', async () => {
    const names: string[] = [];
    for (const shard of shards.keys()) names.push(...(await ctrfTests(shard)).map((test) => test.name));
    const expected = [...PYTEST_TESTS.map((id) => id.split('::').at(-1)!), ...COMMAND_CHECKS];
    expect(names.sort()).toEqual(expected.sort());
    const junit = await Promise.all(
      [...shards.keys()].map((shard) =>
        readFile(path.join(workspace, 'testpipe-results', 'results', shard, 'junit.xml'), 'utf8'),
      ),
    );
    expect(junit.join('').match(/<testcase /g)).toHaveLength(expected.length);
  });

  it('a re-run (attempt 2) reuses the plan of the run even though the timings changed', async () => {
    const before = artifacts.artifacts(202).find((a) => a.name === 'testpipe-plan')!;
    const original = await plan(202, { 'timings-file': 'timings.json' }, 1);
    const rerun = await plan(202, { 'timings-file': 'timings-changed.json' }, 2);
    expectExit(rerun, 0);
    expect(rerun.stdout).toContain(`Reusing the plan ${original.outputs['plan-hash']!.slice(0, 12)}`);
    expect(rerun.outputs['plan-hash']).toBe(original.outputs['plan-hash']);
    expect(rerun.outputs.matrix).toBe(original.outputs.matrix);
    expect(rerun.outputs['shard-count']).toBe(original.outputs['shard-count']);
    expect(artifacts.artifacts(202).filter((a) => a.name === 'testpipe-plan')).toEqual([before]);

    // The changed timings alone would have planned differently in a fresh run.
    const fresh = await plan(203, { 'timings-file': 'timings-changed.json' });
    expectExit(fresh, 0);
    expect(describeStep(fresh)).not.toContain('Reusing the plan');
    expect(fresh.outputs['plan-hash']).not.toBe(original.outputs['plan-hash']);
  });
});
