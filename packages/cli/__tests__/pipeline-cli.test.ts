// `testpipe pipeline` from source on a small project whose environment starts without Terraform: the
// verdict and exit codes, what is written, what is redacted, and that teardown always runs.
import { jest } from '@jest/globals';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { testpipeFromSource, testpipeSourceArgv } from './cli-from-source.js';
import {
  filesContaining,
  isRunning,
  pathWithoutTerraform,
  pipelineConfig,
  SECRET_OUTPUT,
  serverPids,
  writePipelineProject,
} from './pipeline-project.js';

jest.setTimeout(120_000);

let dir: string;

beforeEach(async () => {
  dir = await writePipelineProject();
});

afterEach(async () => {
  for (const pid of serverPids(dir)) if (isRunning(pid)) process.kill(pid, 'SIGKILL');
  await rm(dir, { recursive: true, force: true });
});

function pipeline(env: Record<string, string> = {}, args: string[] = []) {
  return testpipeFromSource(['pipeline', '--out', 'out', '--parallel', '2', ...args], {
    cwd: dir,
    env: { ...process.env, PATH: pathWithoutTerraform(), ...env },
  });
}

const readJson = (file: string) => JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
const auditActions = () =>
  (readJson('out/environment/audit.json').entries as Array<{ action: string }>).map((e) => e.action);
const notifications = () => readdirSync(path.join(dir, 'out', 'notifications')).filter((f) => f.endsWith('.json'));

test('without terraform on PATH it says so, starts the environment directly, and passes with everything torn down', async () => {
  const result = await pipeline();
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  expect(result.stdout).toContain('terraform is not on PATH: starting the same environment directly');
  for (const stage of ['provision', 'seed', 'plan', 'shard unit-1', 'shard unit-2', 'report', 'teardown', 'notify']) {
    expect(result.stdout).toMatch(new RegExp(`^[✔-] ${stage}`, 'm'));
  }
  expect(result.stdout).toMatch(/^- seed: no seed section in testpipe.yml$/m);
  const env = readJson('out/environment/env.json');
  expect(env.outputs).toEqual({ api_url: 'http://127.0.0.1:9' });
  expect(auditActions()).toEqual(['created', 'destroyed']);
  expect(readJson('out/report/metrics.json').total).toBe(3);
  expect(notifications()).toHaveLength(1);
  expect(notifications()[0]).toMatch(/-passed\.json$/);
  // The sensitive output reached the test (it printed it) and nothing written holds it.
  expect(
    readFileSync(path.join(dir, 'out/results/unit-1/output.log'), 'utf8') +
      readFileSync(path.join(dir, 'out/results/unit-2/output.log'), 'utf8'),
  ).toContain('token is ***');
  expect(filesContaining(path.join(dir, 'out'), SECRET_OUTPUT)).toEqual([]);
  expect(result.stdout).not.toContain(SECRET_OUTPUT);
  expect(serverPids(dir)).toHaveLength(1);
  expect(serverPids(dir).filter(isRunning)).toEqual([]);
  expect(existsSync(path.join(dir, 'out/environment/direct'))).toBe(false);
});

test('a failing test exits 1, and the environment is still torn down and the failure notified', async () => {
  const result = await pipeline({ FAIL_TEST: '1' });
  expect(result.code).toBe(1);
  expect(result.stdout).toMatch(/^✖ report/m);
  expect(result.stdout).toMatch(/^✔ teardown/m);
  expect(result.stderr).toContain('testpipe pipeline:');
  expect(auditActions()).toEqual(['created', 'destroyed']);
  expect(notifications()[0]).toMatch(/-failed\.json$/);
  expect(serverPids(dir).filter(isRunning)).toEqual([]);
});

test('an environment that does not start exits 3 without running tests, and its stop still runs', async () => {
  const result = await pipeline({ START_FAILS: '1' });
  expect(result.code).toBe(3);
  expect(result.stdout).toMatch(
    /^✖ provision .*The environment did not start: node env\/start\.mjs exited with code 1/m,
  );
  expect(result.stdout).toMatch(/^- plan: not reached$/m);
  expect(result.stdout).toMatch(/^✔ teardown/m);
  expect(existsSync(path.join(dir, 'out/report'))).toBe(false);
  expect(notifications()[0]).toMatch(/-failed\.json$/);
  expect(serverPids(dir)).toHaveLength(1);
  expect(serverPids(dir).filter(isRunning)).toEqual([]);
  const log = readFileSync(path.join(dir, 'out/pipeline.log'), 'utf8');
  expect(log).toContain('the database did not come up');
  expect(log).toContain('server started with token ***');
});

test('a mistake in a new section is a config error with its line, exit 2, before anything starts', async () => {
  await writeFile(
    path.join(dir, 'testpipe.yml'),
    pipelineConfig('seed:\n  wait-for: [http://127.0.0.1:9]\n  migrashuns: db\n'),
  );
  const result = await pipeline();
  expect(result.code).toBe(2);
  expect(result.stderr).toContain('testpipe.yml:12:3: seed.migrashuns: unknown key; did you mean "migrations"?');
  expect(serverPids(dir)).toEqual([]);
});

test('--json prints one event per line and a result the machine can act on', async () => {
  const result = await pipeline({}, ['--json']);
  expect(result.code).toBe(0);
  const events = result.stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  const final = events.at(-1)!;
  expect(final).toMatchObject({ event: 'result', exitCode: 0, status: 'passed', passRate: 100 });
  expect((final.tasks as Array<{ name: string; status: string }>).map((t) => `${t.name}:${t.status}`)).toEqual([
    'provision:passed',
    'seed:skipped',
    'plan:passed',
    'shard unit-1:passed',
    'shard unit-2:passed',
    'report:passed',
    'teardown:passed',
    'notify:passed',
  ]);
  expect(events.filter((e) => e.event === 'note').map((e) => e.message)).toEqual([
    expect.stringContaining('terraform is not on PATH'),
  ]);
});

test('Ctrl-C while a test hangs: exit 130, the report keeps what ran, and the environment is torn down', async () => {
  const child = spawn(process.execPath, testpipeSourceArgv(['pipeline', '--out', 'out', '--parallel', '2']), {
    cwd: dir,
    env: { ...process.env, PATH: pathWithoutTerraform(), HANG_TEST: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  for (let i = 0; i < 600 && !/✔ shard unit-\d/.test(stdout); i++) await new Promise((r) => setTimeout(r, 100));
  expect(stdout).toMatch(/✔ shard unit-\d/);
  child.kill('SIGINT');
  expect(await exited).toBe(130);
  expect(stdout).toMatch(/SIGINT: stopping; the report is still written and the environment torn down/);
  expect(stdout).toMatch(/^✔ teardown \(.*\): Stopped the environment/m);
  expect(auditActions()).toEqual(['created', 'destroyed']);
  expect(existsSync(path.join(dir, 'out/report/metrics.json'))).toBe(true);
  expect(notifications()[0]).toMatch(/-cancelled\.json$/);
  expect(serverPids(dir).filter(isRunning)).toEqual([]);
});
