// Real runs of python3 -m pytest on a project written to a temp dir.
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parsePipelineConfig, type SuiteConfig } from '../src/pipeline-config/index.js';
import { runnerFor } from '../src/runners/index.js';
import type { Logger } from '@testpipe/core';
import { waitForProcessesGone } from '@testpipe/testkit';
import { runShardAttempts } from '../src/shard/index.js';

let project: string;

function suiteFrom(yaml: string): SuiteConfig {
  const result = parsePipelineConfig(`version: 1\nsuites:\n  - name: api\n    runner: pytest\n${yaml}`);
  if (!result.config) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.config.suites[0]!;
}

function recordingLog(): Pick<Logger, 'info' | 'warning'> & { lines: string[] } {
  const lines: string[] = [];
  return { lines, info: (line: string) => lines.push(line), warning: (line: string) => lines.push(`warning: ${line}`) };
}

async function shard(suite: SuiteConfig, log = recordingLog()) {
  const units = await runnerFor('pytest').discover(suite, project);
  const outcome = await runShardAttempts({
    suite,
    units,
    resultsDir: join(project, 'results', 'shard-1'),
    shardName: 'shard-1',
    log,
    rootDir: project,
    killGraceMs: 1000,
    retryDelay: { baseDelayMs: 0, maxDelayMs: 0 },
  });
  const junit = await readFile(outcome.junitPath, 'utf8');
  const ctrf = JSON.parse(await readFile(outcome.ctrfPath, 'utf8')) as {
    results: { tests: Array<Record<string, unknown>> };
  };
  return { outcome, units, log, junit, ctrf };
}

beforeEach(async () => {
  project = await mkdtemp(join(tmpdir(), 'testpipe-pytest-'));
});

afterEach(async () => {
  await rm(project, { recursive: true, force: true });
});

function passing(count: number): string {
  return Array.from({ length: count }, (_, i) => `def test_ok_${i}():\n    assert True\n`).join('\n');
}

it('runs a passing project: one attempt, merged junit.xml and ctrf.json, raw attempt kept apart', async () => {
  await writeFile(join(project, 'test_ok.py'), passing(3));
  const { outcome, units, junit, ctrf, log } = await shard(suiteFrom('    retries: 2\n'));
  expect(units.map((unit) => unit.id)).toEqual([
    'test_ok.py::test_ok_0',
    'test_ok.py::test_ok_1',
    'test_ok.py::test_ok_2',
  ]);
  expect(outcome).toMatchObject({ status: 'passed', total: 3, failed: 0, flaky: 0, attempts: 1 });
  expect(junit).toContain('tests="3" failures="0" errors="0"');
  expect(ctrf.results.tests).toHaveLength(3);
  expect((await readdir(outcome.resultsPath)).sort()).toEqual(['attempts', 'ctrf.json', 'junit.xml', 'shard.json']);
  const record = JSON.parse(await readFile(join(outcome.resultsPath, 'shard.json'), 'utf8'));
  expect(record).toMatchObject({ suite: 'api', attempts: 1 });
  // The first attempt's clock time includes Python's start-up, which its tests' durations do not.
  expect(record.firstAttempt.durationMs).toBeGreaterThan(record.firstAttempt.testsMs);
  expect(await readdir(join(outcome.resultsPath, 'attempts'))).toEqual(['attempt-1.xml']);
  expect(log.lines.some((line) => line.includes('test_ok.py::test_ok_2 PASSED'))).toBe(true);
});

it('retries only the failed test, and reports it flaky when it passes on retry', async () => {
  const counter = join(project, 'counter');
  await writeFile(
    join(project, 'test_flaky.py'),
    `import os\n${passing(4)}\nclass TestCart:\n    def test_total(self):\n` +
      `        path = ${JSON.stringify(counter)}\n` +
      `        runs = int(open(path).read()) if os.path.exists(path) else 0\n` +
      `        open(path, 'w').write(str(runs + 1))\n` +
      `        assert runs > 0, 'first run fails'\n`,
  );
  const { outcome, junit, ctrf } = await shard(suiteFrom('    retries: 2\n'));
  expect(outcome).toMatchObject({ status: 'passed', total: 5, failed: 0, flaky: 1, attempts: 2 });
  const retry = outcome.commands[1]!;
  const selectors = retry.args.slice(retry.args.indexOf('--') + 1);
  expect(selectors).toEqual(['test_flaky.py::TestCart::test_total']);
  expect(await readFile(counter, 'utf8')).toBe('2');
  expect(junit.match(/<testcase /g)).toHaveLength(5);
  expect(junit).toMatch(/<testcase name="test_total"[^>]*>\s*<flakyFailure message="AssertionError: first run fails/);
  const total = ctrf.results.tests.find((test) => test.name === 'test_total')!;
  expect(total).toMatchObject({ status: 'passed', flaky: true, retries: 1 });
  expect(await readdir(join(outcome.resultsPath, 'attempts'))).toEqual(['attempt-1.xml', 'attempt-2.xml']);
});

it('reports an always-failing test as failed after every retry, with rerunFailure children', async () => {
  await writeFile(join(project, 'test_broken.py'), `${passing(4)}\ndef test_broken():\n    assert 1 == 2\n`);
  const { outcome, junit } = await shard(suiteFrom('    retries: 2\n'));
  expect(outcome).toMatchObject({ status: 'failed', total: 5, failed: 1, flaky: 0, attempts: 3 });
  for (const retry of outcome.commands.slice(1)) {
    expect(retry.args.slice(retry.args.indexOf('--') + 1)).toEqual(['test_broken.py::test_broken']);
  }
  expect(junit.match(/<rerunFailure /g)).toHaveLength(2);
  expect(junit.match(/<failure /g)).toHaveLength(1);
});

it('does not retry when more than retry-max-failure-ratio of the tests failed', async () => {
  const failing = Array.from({ length: 2 }, (_, i) => `def test_bad_${i}():\n    assert False\n`).join('\n');
  await writeFile(join(project, 'test_mostly_broken.py'), `${passing(3)}\n${failing}`);
  const { outcome, log } = await shard(suiteFrom('    retries: 3\n'));
  expect(outcome).toMatchObject({ status: 'failed', total: 5, failed: 2, attempts: 1 });
  expect(log.lines).toContain('warning: 2 of 5 failed (>30 %): that is a broken build, not flakes; not retrying');
});

it('does not retry a collection error', async () => {
  await writeFile(join(project, 'test_import.py'), 'import no_such_module_here\n\ndef test_x():\n    pass\n');
  const suite = suiteFrom('    retries: 2\n    granularity: file\n    discover:\n      glob: "test_*.py"\n');
  const { outcome, junit } = await shard(suite);
  expect(outcome.attempts).toBe(1);
  expect(outcome.failed).toBe(1);
  expect(junit).toContain('collection failure');
});

it('reports the shard errored, without retrying, when pytest stops before running any test', async () => {
  await writeFile(join(project, 'test_ok.py'), passing(2));
  const suite = suiteFrom(
    '    retries: 2\n    granularity: file\n    discover:\n      glob: "test_*.py"\n    command: [--no-such-option]\n',
  );
  const { outcome, ctrf, log } = await shard(suite);
  expect(outcome).toMatchObject({ status: 'errored', attempts: 1, total: 1, failed: 1 });
  expect(ctrf.results.tests[0]).toMatchObject({ name: 'shard-1 did not run', rawStatus: 'errored' });
  expect(String(ctrf.results.tests[0]!.message)).toContain('python3 exited with code 4 before any test ran');
  expect(log.lines.some((line) => line.includes('unrecognized arguments: --no-such-option'))).toBe(true);
});

it('kills a hanging test and the process it started, and reports a timeout', async () => {
  const pidFile = join(project, 'child.pid');
  await writeFile(
    join(project, 'test_hang.py'),
    `import subprocess, time\n${passing(1)}\ndef test_hang():\n` +
      `    child = subprocess.Popen(['sleep', '600'])\n` +
      `    open(${JSON.stringify(pidFile)}, 'w').write(str(child.pid))\n` +
      `    time.sleep(600)\n`,
  );
  const { outcome, junit, ctrf } = await shard(suiteFrom('    timeout: 10s\n    retries: 2\n'));
  expect(outcome).toMatchObject({ status: 'timed-out', attempts: 1 });
  const childPid = Number(await readFile(pidFile, 'utf8'));
  expect(childPid).toBeGreaterThan(0);
  // Killed: gone, or a zombie until init reaps it (the shard is not its parent).
  expect(await waitForProcessesGone([childPid, outcome.commands[0]!.pid!])).toEqual([]);
  expect(junit).toContain('timed out after 10s');
  const timeout = ctrf.results.tests.find((test) => String(test.name).endsWith('timed out'))!;
  expect(timeout).toMatchObject({ status: 'failed', rawStatus: 'errored' });
  expect(timeout.extra).toMatchObject({ category: 'timeout' });
  expect(String(timeout.trace)).toContain('test_hang.py::test_hang');
});
