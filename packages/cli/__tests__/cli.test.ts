import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const bin = path.resolve('packages/cli/bin/testpipe.js');

async function testpipe(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('testpipe command (committed bundle)', () => {
  test('--version prints the package version', async () => {
    const { code, stdout } = await testpipe('--version');
    expect(code).toBe(0);
    const { version } = JSON.parse(readFileSync('packages/cli/package.json', 'utf8')) as { version: string };
    expect(stdout.trim()).toBe(version);
  });

  test('--help lists usage and exits 0', async () => {
    const { code, stdout } = await testpipe('--help');
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: testpipe <command>');
  });

  test('an unknown command exits 2 with the usage', async () => {
    const { code, stderr } = await testpipe('frobnicate');
    expect(code).toBe(2);
    expect(stderr).toContain('unknown command "frobnicate"');
  });
});
