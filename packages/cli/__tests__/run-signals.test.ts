// `testpipe run` (the committed bundle) as a user stops it, and with a runner program that is missing:
// real processes, outcomes only (exit codes, pids gone), no timings.
import { execFile, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { jest } from '@jest/globals';
import { killProcesses, pollFor, waitForProcessesGone } from '@testpipe/testkit';

jest.setTimeout(120_000);

const exec = promisify(execFile);
const bin = path.resolve('packages/cli/bin/testpipe.js');

let project: string;
const started: number[] = [];

beforeEach(() => {
  project = mkdtempSync(path.join(os.tmpdir(), 'testpipe-run-signals-'));
});

afterEach(async () => {
  await killProcesses(started.splice(0));
  rmSync(project, { recursive: true, force: true });
});

/** A test that ignores SIGTERM, as does the process it starts; both write their pids to pids.txt. */
const STUBBORN_TEST = `trap '' TERM
sh -c 'trap "" TERM; while :; do sleep 1; done' &
printf '%s\\n%s\\n' $$ $! > pids.tmp && mv pids.tmp pids.txt
while :; do sleep 1; done
`;

test('a second signal still kills every process the shards started before exiting', async () => {
  writeFileSync(path.join(project, 'stubborn.sh'), STUBBORN_TEST);
  writeFileSync(
    path.join(project, 'testpipe.yml'),
    'version: 1\nsuites:\n  - name: slow\n    runner: command\n    command: [bash, stubborn.sh]\n',
  );
  const cli = spawn(process.execPath, [bin, 'run', '--no-progress'], {
    cwd: project,
    env: { ...process.env, CI: 'true' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(cli.pid!);
  let output = '';
  cli.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  cli.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => cli.once('exit', (code) => resolve(code)));

  const pids = await pollFor('the test to start', async () => {
    const text = (() => {
      try {
        return readFileSync(path.join(project, 'pids.txt'), 'utf8');
      } catch {
        return '';
      }
    })();
    return text.endsWith('\n') ? text.trim().split('\n').map(Number) : undefined;
  });
  started.push(...pids);
  cli.kill('SIGINT');
  await pollFor('the first signal to be handled', async () =>
    output.includes('stopping the running shards') ? true : undefined,
  );
  cli.kill('SIGTERM');

  expect(await exited).toBe(130);
  expect(output).toContain('SIGTERM again');
  expect(await waitForProcessesGone(pids)).toEqual([]);
});

test('a runner program that is not installed fails at once instead of holding the process open', async () => {
  writeFileSync(path.join(project, 'testpipe.yml'), 'version: 1\nsuites:\n  - name: api\n    runner: go\n');
  const emptyPath = path.join(project, 'no-programs');
  mkdirSync(emptyPath);

  const result = await exec(process.execPath, [bin, 'run', '--no-progress'], {
    cwd: project,
    env: { ...process.env, CI: 'true', PATH: emptyPath },
    timeout: 100_000, // far beyond a prompt failure; the bug held the process for 10 minutes
  }).then(
    () => ({ code: 0, signal: null, stderr: '' }),
    (error: { code: number; signal: NodeJS.Signals | null; stderr: string }) => error,
  );

  expect(result.signal).toBeNull();
  expect(result.code).toBe(2);
  expect(result.stderr).toContain('spawn go ENOENT; is go installed and on PATH?');
});
