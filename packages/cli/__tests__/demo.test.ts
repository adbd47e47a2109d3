// `npm run demo` in a fresh copy of the repository (its tracked files and the committed bundle, with this
// checkout's node_modules): every stage's files are written, the second run plans with the first run's
// timings, and nothing of the demo (a process, a data directory) survives either run.
import { jest } from '@jest/globals';
import { execFile, execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { pathWithoutTerraform } from './pipeline-project.js';

jest.setTimeout(300_000);

const run = promisify(execFile);
let clone: string;
/** Data directories of the demo's PostgreSQL when it runs as root (in the temp directory) before the test. */
let pgdataBefore: string[];
const pgdataDirs = () => readdirSync(tmpdir()).filter((name) => name.startsWith('testpipe-demo-pgdata-'));

beforeAll(async () => {
  clone = await mkdtemp(path.join(tmpdir(), 'testpipe-demo-'));
  pgdataBefore = pgdataDirs();
  const tracked = execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const file of tracked) {
    if (!existsSync(file)) continue; // deleted in the working tree, not yet committed
    await mkdir(path.join(clone, path.dirname(file)), { recursive: true });
    await cp(file, path.join(clone, file));
  }
  await symlink(path.resolve('node_modules'), path.join(clone, 'node_modules'), 'dir');
});

afterAll(async () => {
  await rm(clone, { recursive: true, force: true });
});

async function npmRunDemo(
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('npm', ['run', '--silent', 'demo'], { cwd: clone, env, maxBuffer: 64 << 20 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const demo = (file: string) => path.join(clone, '.demo', file);
const readJson = (file: string) => JSON.parse(readFileSync(demo(file), 'utf8'));

/** Processes whose command line names the copy (the supervisor, the API) or a data directory the test made. */
function demoProcesses(): string[] {
  const found: string[] = [];
  const names = [clone, ...pgdataDirs().filter((name) => !pgdataBefore.includes(name))];
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
      if (names.some((name) => cmdline.includes(name)) && Number(pid) !== process.pid) found.push(`${pid}: ${cmdline}`);
    } catch {
      // gone meanwhile
    }
  }
  return found;
}

function expectNothingLeft(): void {
  expect(demoProcesses()).toEqual([]);
  const state = path.join(clone, 'action-examples/demo/environment/.state');
  expect(existsSync(state) ? readdirSync(state) : []).toEqual([]);
  expect(existsSync(demo('environment/direct'))).toBe(false);
  expect(pgdataDirs().filter((name) => !pgdataBefore.includes(name))).toEqual([]);
}

test('npm run demo runs every stage, twice, and leaves nothing running', async () => {
  const first = await npmRunDemo();
  expect(first.stderr).toBe('');
  expect(first.code).toBe(0);
  expect(first.stdout).toMatch(/^✔ provision \(.*\): Terraform applied/m);
  expect(first.stdout).toMatch(/^✔ plan \(.*\): 4 shard\(s\), 2 at a time; no timings yet/m);
  expect(first.stdout).toContain(`Report: ${demo('report/report.html')}`);
  expectNothingLeft();

  // env.json: the public outputs only; the database URLs are sensitive.
  const env = readJson('environment/env.json');
  expect(Object.keys(env.outputs)).toEqual(['api_url']);
  // The seed record: migrations applied, the data set loaded, customers masked.
  const seed = readJson('results/seed/seed-record.json');
  expect(seed.migrations.applied.length).toBeGreaterThanOrEqual(2);
  expect(seed.seeded.dataset).toBe('shop');
  expect(seed.seeded.tables.some((table: { masked: string[] }) => table.masked.length > 0)).toBe(true);
  expect(seed.checks.every((check: { passed: boolean }) => check.passed)).toBe(true);
  // The report: four suites, the flaky test found flaky, the run passing.
  for (const file of ['metrics.json', 'report.html', 'junit.xml', 'ctrf-report.json', 'timings.json', 'summary.md']) {
    expect(existsSync(demo(`report/${file}`))).toBe(true);
  }
  const metrics = readJson('report/metrics.json');
  expect(metrics.passRate).toBe(100);
  expect(metrics.flaky).toBe(1);
  expect(Object.keys(metrics.perSuite)).toEqual(expect.arrayContaining(['unit', 'api', 'data-isolation', 'reports']));
  expect(metrics.shards).toHaveLength(4);
  expect(readJson('environment/audit.json').entries.map((entry: { action: string }) => entry.action)).toEqual([
    'created',
    'destroyed',
  ]);
  expect(readdirSync(demo('notifications')).filter((file) => file.endsWith('-passed.json'))).toHaveLength(1);

  // The second run, on a machine without terraform: the same environment started directly, planned with
  // the first run's timings.
  const second = await npmRunDemo({ ...process.env, PATH: pathWithoutTerraform() });
  expect(second.code).toBe(0);
  expect(second.stdout).toContain('terraform is not on PATH: starting the same environment directly');
  expect(second.stdout).toMatch(/^✔ plan \(.*\): 4 shard\(s\), 2 at a time; planned with the last run’s timings/m);
  expect(second.stdout).toMatch(/^✔ teardown \(.*\): Stopped the environment/m);
  expectNothingLeft();
  expect(readdirSync(demo('notifications')).filter((file) => file.endsWith('-passed.json'))).toHaveLength(2);
});

test('Ctrl-C during the shards: exit 130, and Terraform destroys the environment as the post step would', async () => {
  const child = spawn(
    process.execPath,
    [
      'packages/cli/bin/testpipe.js',
      'pipeline',
      '--config',
      'action-examples/demo/testpipe.yml',
      '--out',
      '.demo-cancel',
    ],
    { cwd: clone, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  for (let i = 0; i < 1200 && !/^▶ shard /m.test(stdout); i++) await new Promise((r) => setTimeout(r, 100));
  expect(stdout).toMatch(/^▶ shard /m);
  child.kill('SIGINT');
  expect(await exited).toBe(130);
  expect(stdout).toMatch(/^✔ teardown \(.*\): destroyed/m);
  const audit = JSON.parse(readFileSync(path.join(clone, '.demo-cancel/environment/audit.json'), 'utf8'));
  expect(audit.entries.map((entry: { action: string }) => entry.action)).toEqual(['created', 'destroyed']);
  expectNothingLeft();
});
