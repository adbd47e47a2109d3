// How the command ends when something is wrong: one line naming the problem and an exit code a script can
// branch on; never a raw stack trace, never a crash because the reader of stdout went away.
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const bin = path.resolve('packages/cli/bin/testpipe.js');
const fixture = path.resolve('packages/core/__tests__/fixtures/runners/jest-junit/junit.xml');
let dir: string;

async function testpipe(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'testpipe-cli-errors-'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('an output directory under a file is an environment error (exit 3) naming the path, without a stack', async () => {
  const file = path.join(dir, 'a-file');
  writeFileSync(file, 'not a directory');
  const result = await testpipe('report', '--out', path.join(file, 'x'), fixture);
  expect(result.code).toBe(3);
  expect(result.stderr).toContain(`${path.join(file, 'x')} has a part that is a file, not a directory`);
  expect(result.stderr).not.toMatch(/\n\s+at /);
});

test('a testpipe.yml with mistakes is a config error (exit 2) listing them', async () => {
  const config = path.join(dir, 'testpipe.yml');
  writeFileSync(config, 'version: 1\nsuites:\n  - name: x\n    runner: nosuchrunner\n');
  const result = await testpipe('run', '--config', config, '--out', path.join(dir, 'out'));
  expect(result.code).toBe(2);
  expect(result.stderr).toContain('testpipe.yml has 1 problem');
  expect(result.stderr).not.toMatch(/\n\s+at /);
});

test('metrics --json piped into a reader that stops early ends quietly', async () => {
  // 5,000 suites make metrics.json far larger than a pipe's buffer, so writing goes on after the reader left.
  const suites = Array.from(
    { length: 5000 },
    (_, i) => `<testsuite name="suite-${i}" tests="1"><testcase classname="c${i}" name="t${i}"/></testsuite>`,
  );
  const big = path.join(dir, 'big.xml');
  writeFileSync(big, `<testsuites>${suites.join('')}</testsuites>`);
  const child = spawn(process.execPath, [bin, 'metrics', '--json', big], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  // Read one chunk, then close the pipe, as `| head -1` does.
  await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
  child.stdout.destroy();
  const code = await new Promise<number | null>((resolve) => child.once('close', (exit) => resolve(exit)));
  expect(stderr).not.toContain('EPIPE');
  expect(code).toBe(0);
});
