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

describe('testpipe metrics', () => {
  const fixtures = 'packages/core/__tests__/fixtures/runners';

  test('--json prints metrics.json with the runner-verified counts and exits 0 despite failures', async () => {
    const { code, stdout } = await testpipe('metrics', '--json', `${fixtures}/pytest-xunit2/*.xml`);
    expect(code).toBe(0);
    const metrics = JSON.parse(stdout);
    const expected = JSON.parse(readFileSync(`${fixtures}/pytest-xunit2/expected.json`, 'utf8')).counts;
    expect(metrics).toMatchObject(expected);
    expect(metrics.passRate).toBe(66.67); // (6 passed + 0 flaky) / (11 − 2 skipped)
  });

  test('the table lists unreadable and non-report files with their errors', async () => {
    const { code, stdout } = await testpipe(
      'metrics',
      `${fixtures}/pytest-xunit2/*.xml`,
      'package.json',
      'missing.xml',
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(/total\s+passed\s+failed/);
    expect(stdout).toMatch(/package\.json\s+\S+\s+0\s+not-a-report/);
    expect(stdout).toMatch(/missing\.xml.*unreadable/);
  });

  test('no paths or an unknown option exits 2 with the usage', async () => {
    const none = await testpipe('metrics');
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('give at least one report path');
    const bad = await testpipe('metrics', '--frob', 'x.xml');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('unknown option "--frob"');
  });
});
