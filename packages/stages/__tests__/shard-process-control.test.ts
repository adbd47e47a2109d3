// Process control of a shard on real processes: a `setsid` daemon holding the output pipe, one left by a
// hanging test, a cancel, and a shard given no tests. Outcomes only (statuses, pids gone), no timings.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { killProcesses, pollFor, waitForProcessesGone } from '@testpipe/testkit';
import { parsePipelineConfig, type SuiteConfig } from '../src/pipeline-config/index.js';
import { runShardAttempts } from '../src/shard/index.js';

jest.setTimeout(120_000);

let project: string;
const started: number[] = [];

beforeEach(async () => {
  project = await mkdtemp(join(tmpdir(), 'testpipe-process-control-'));
});

afterEach(async () => {
  await killProcesses(started.splice(0));
  await rm(project, { recursive: true, force: true });
});

function suiteFrom(yaml: string): SuiteConfig {
  const result = parsePipelineConfig(`version: 1\nsuites:\n${yaml}`);
  if (!result.config) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.config.suites[0]!;
}

function recordingLog(): { lines: string[]; info(line: string): void; warning(line: string): void } {
  const lines: string[] = [];
  return { lines, info: (line) => lines.push(line), warning: (line) => lines.push(`warning: ${line}`) };
}

/** The pids a script wrote to `file` (one per line), once it has written them. */
async function pidsIn(file: string): Promise<number[]> {
  const pids = await pollFor(file, async () => {
    const text = await readFile(join(project, file), 'utf8').catch(() => '');
    return text.endsWith('\n') ? text.trim().split('\n').map(Number) : undefined;
  });
  started.push(...pids);
  return pids;
}

function shard(suite: SuiteConfig, log = recordingLog(), signal?: AbortSignal) {
  return runShardAttempts({
    suite,
    units: [{ id: suite.name }],
    resultsDir: join(project, 'results', 'shard-1'),
    shardName: 'shard-1',
    log,
    rootDir: project,
    killGraceMs: 1000,
    ...(signal && { signal }),
  });
}

/** Starts `setsid sleep 75` (a session of its own: out of the test's process group), its pid in `file`. */
const SETSID_DAEMON = (file: string) =>
  `setsid sh -c 'echo $$ > ${file}.tmp; mv ${file}.tmp ${file}; exec sleep 75' &\n` +
  `while [ ! -s ${file} ]; do sleep 0.05; done\n` +
  `until grep -q '^sleep' /proc/$(cat ${file})/cmdline; do sleep 0.05; done\n`;

it('ends a passing test that leaves a setsid daemon holding its stdout: passed, daemon killed and named', async () => {
  await writeFile(join(project, 'test.sh'), `${SETSID_DAEMON('daemon.pid')}echo "test passed"\nexit 0\n`);
  const suite = suiteFrom('  - name: smoke\n    runner: command\n    command: [bash, test.sh]\n    timeout: 15s\n');
  const log = recordingLog();
  const startedAt = Date.now();

  const running = shard(suite, log);
  const [daemon] = await pidsIn('daemon.pid');
  const outcome = await running;

  expect(outcome).toMatchObject({ status: 'passed', total: 1, failed: 0 });
  expect(log.lines).toContain('test passed');
  const warning = log.lines.find((line) => line.includes('leaving 1 process(es) running'));
  expect(warning).toContain(`pid ${daemon}: sleep 75`);
  expect(await waitForProcessesGone([daemon!])).toEqual([]);
  expect(Date.now() - startedAt).toBeLessThan(60_000); // loose: the daemon's sleep alone is 75 s
});

it('on timeout kills the hanging test and the setsid daemon it started, which ignores SIGTERM', async () => {
  await writeFile(
    join(project, 'test.sh'),
    `setsid sh -c 'trap "" TERM; echo $$ > daemon.pid.tmp; mv daemon.pid.tmp daemon.pid; while :; do sleep 1; done' &\n` +
      `while [ ! -s daemon.pid ]; do sleep 0.05; done\necho $$ > test.pid\nsleep 600\n`,
  );
  const suite = suiteFrom('  - name: smoke\n    runner: command\n    command: [bash, test.sh]\n    timeout: 3s\n');
  const log = recordingLog();

  const running = shard(suite, log);
  const pids = [...(await pidsIn('daemon.pid')), ...(await pidsIn('test.pid'))];
  const outcome = await running;

  expect(outcome.status).toBe('timed-out');
  expect(await waitForProcessesGone(pids)).toEqual([]);
  expect(await readFile(outcome.junitPath, 'utf8')).toContain('shard-1 timed out');
});

it('on cancel kills a SIGTERM-ignoring grandchild and writes the partial results', async () => {
  await writeFile(
    join(project, 'test.sh'),
    `sh -c 'trap "" TERM; while :; do sleep 1; done' &\necho $! > stubborn.pid\nsleep 600\n`,
  );
  // A long kill-grace-period: the cancel must not wait for it.
  const suite = suiteFrom(
    '  - name: smoke\n    runner: command\n    command: [bash, test.sh]\n    kill-grace-period: 10m\n',
  );
  const controller = new AbortController();
  const running = runShardAttempts({
    suite,
    units: [{ id: suite.name }],
    resultsDir: join(project, 'results', 'shard-1'),
    shardName: 'shard-1',
    log: recordingLog(),
    rootDir: project,
    signal: controller.signal,
  });
  const [stubborn] = await pidsIn('stubborn.pid');
  controller.abort();

  const outcome = await running;

  expect(outcome.status).toBe('errored');
  expect(await waitForProcessesGone([stubborn!])).toEqual([]);
  expect(await readFile(outcome.junitPath, 'utf8')).toContain('shard-1 cancelled');
  expect(await readFile(outcome.ctrfPath, 'utf8')).toContain('shard-1 cancelled');
});

it('runs nothing for a shard given no tests (pytest without selectors would run the whole suite)', async () => {
  await writeFile(join(project, 'test_all.py'), 'def test_one():\n    pass\n\ndef test_two():\n    pass\n');
  const suite = suiteFrom('  - name: api\n    runner: pytest\n');
  const log = recordingLog();

  const outcome = await runShardAttempts({
    suite,
    units: [],
    resultsDir: join(project, 'results', 'shard-1'),
    shardName: 'shard-1',
    log,
    rootDir: project,
  });

  expect(outcome).toMatchObject({ status: 'passed', total: 0, attempts: 0, commands: [] });
  expect(log.lines).toContain('shard shard-1 has no tests: nothing to run');
  expect(await readFile(outcome.junitPath, 'utf8')).toContain('tests="0"');
});

it('fails at once, naming the program, when the runner program does not exist', async () => {
  const suite = suiteFrom('  - name: smoke\n    runner: command\n    command: [testpipe-no-such-program]\n');
  const log = recordingLog();

  const outcome = await shard(suite, log);

  expect(outcome.status).toBe('errored');
  expect(log.lines.join('\n')).toContain(
    'could not start testpipe-no-such-program: spawn testpipe-no-such-program ENOENT',
  );
});
