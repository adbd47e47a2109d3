import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
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

describe('testpipe report', () => {
  const fixture = 'packages/core/__tests__/fixtures/runners/maven-surefire/*.xml';
  let out: string;
  beforeEach(() => {
    out = mkdtempSync(path.join(os.tmpdir(), 'testpipe-cli-report-'));
  });
  afterEach(() => rmSync(out, { recursive: true, force: true }));

  test('writes the aggregate-report files and fails the default 100 % gate', async () => {
    const { code, stdout } = await testpipe('report', '--out', out, '--name', 'surefire', fixture);
    expect(code).toBe(1);
    expect(stdout).toContain('is below the required 100 %');
    expect(readdirSync(out).sort()).toEqual([
      'ctrf-report.json',
      'junit.xml',
      'metrics.json',
      'report.html',
      'summary.md',
      'timings.json',
    ]);
    const metrics = JSON.parse(readFileSync(path.join(out, 'metrics.json'), 'utf8'));
    const expected = JSON.parse(
      readFileSync('packages/core/__tests__/fixtures/runners/maven-surefire/expected.json', 'utf8'),
    ).counts;
    expect(metrics).toMatchObject(expected);
    expect(readFileSync(path.join(out, 'summary.md'), 'utf8')).toContain('surefire: failed');
  });

  test('passes a lower gate, and fail-on nothing never fails', async () => {
    expect((await testpipe('report', '--out', out, '--min-pass-rate', '50', fixture)).code).toBe(0);
    expect((await testpipe('report', '--out', out, '--fail-on', 'nothing', fixture)).code).toBe(0);
  });

  test('unusable arguments exit 2', async () => {
    const bad = await testpipe('report', '--min-pass-rate', '150', fixture);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--min-pass-rate must be 0..100');
  });
});
