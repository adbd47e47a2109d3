// `testpipe run` end to end: the committed bundle as a child process on a temp project, real node
// scripts and real pytest as the suites.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const exec = promisify(execFile);
const bin = path.resolve('packages/cli/bin/testpipe.js');

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

async function testpipe(cwd: string, ...args: string[]): Promise<Result> {
  try {
    const { stdout, stderr } = await exec(process.execPath, [bin, ...args], {
      cwd,
      env: { ...process.env, CI: 'true' },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** A node script that writes JUnit to $TESTPIPE_JUNIT_PATH, as the command runner asks. */
const JUNIT_SCRIPT = `
const { writeFileSync } = require('node:fs');
const [suite, failing = ''] = process.argv.slice(2);
const names = ['parses', 'renders', 'saves'].slice(0, Number(process.env.TESTS ?? 3));
const cases = names.map((name) => '<testcase classname="' + suite + '" name="' + name + '" time="0.01">' +
  (name === failing ? '<failure message="expected 2, got 3">AssertionError</failure>' : '') + '</testcase>');
writeFileSync(process.env.TESTPIPE_JUNIT_PATH,
  '<testsuites><testsuite name="' + suite + '" tests="' + names.length + '">' + cases.join('') + '</testsuite></testsuites>');
console.log(suite + ': ran ' + names.length + ' tests');
process.exitCode = failing ? 1 : 0;
`;

const PY_A =
  'def test_one():\n    assert True\n\ndef test_two():\n    assert True\n\ndef test_three():\n    assert True\n';
const PY_B =
  'def test_four():\n    assert True\n\ndef test_five():\n    assert True\n\ndef test_six():\n    assert True\n';

function project(configYaml: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'testpipe-run-'));
  writeFileSync(path.join(dir, 'junit.cjs'), JUNIT_SCRIPT);
  mkdirSync(path.join(dir, 'py'));
  writeFileSync(path.join(dir, 'py', 'test_a.py'), PY_A);
  writeFileSync(path.join(dir, 'py', 'test_b.py'), PY_B);
  writeFileSync(path.join(dir, 'testpipe.yml'), configYaml);
  return dir;
}

const node = JSON.stringify(process.execPath);

/** alpha: 3 tests, one failing; beta: 2 tests passing; python: 6 pytest tests in 2 shards. */
const FAILING_CONFIG = `version: 1
suites:
  - name: alpha
    runner: command
    command: [${node}, junit.cjs, alpha, renders]
  - name: beta
    runner: command
    command: [${node}, junit.cjs, beta]
    env:
      TESTS: "2"
  - name: python
    runner: pytest
    working-directory: py
    shards: 2
`;

const PASSING_CONFIG = `version: 1
suites:
  - name: beta
    runner: command
    command: [${node}, junit.cjs, beta]
  - name: python
    runner: pytest
    working-directory: py
    shards: 2
`;

function metrics(dir: string): { total: number; passed: number; failed: number } {
  return JSON.parse(readFileSync(path.join(dir, 'testpipe-out', 'report', 'metrics.json'), 'utf8'));
}

function resultFolders(dir: string): string[] {
  return readdirSync(path.join(dir, 'testpipe-out', 'results')).sort();
}

const projects: string[] = [];
afterAll(() => {
  for (const dir of projects) rmSync(dir, { recursive: true, force: true });
});

describe('testpipe run', () => {
  test('runs every shard of every suite, reports them together, and exits 1 when a test fails', async () => {
    const dir = project(FAILING_CONFIG);
    projects.push(dir);
    const { code, stdout, stderr } = await testpipe(dir, 'run', '--config', 'testpipe.yml', '--parallel', '2');
    expect({ code, stderr }).toMatchObject({ code: 1 });

    const shards = ['alpha-1', 'beta-1', 'python-1', 'python-2'];
    expect(resultFolders(dir)).toEqual(shards);
    for (const shard of shards) {
      expect(existsSync(path.join(dir, 'testpipe-out', 'results', shard, 'junit.xml'))).toBe(true);
      expect(stdout).toMatch(new RegExp(`^▶ ${shard} started`, 'm'));
      expect(stdout).toMatch(new RegExp(`^[✔✖] ${shard} finished: \\w+, \\d+ tests, \\d+ failed, \\d+ flaky, `, 'm'));
    }
    expect(stdout).toMatch(/^✖ alpha-1 finished: failed, 3 tests, 1 failed, 0 flaky, /m);
    expect(stdout).toMatch(/^✔ beta-1 finished: passed, 2 tests, 0 failed, 0 flaky, /m);
    expect(stdout).toMatch(/^✔ python-1 finished: passed, 3 tests, 0 failed, 0 flaky, /m);
    expect(stdout).toMatch(/^✔ python-2 finished: passed, 3 tests, 0 failed, 0 flaky, /m);
    expect(stdout).toContain('python: 2 shard(s)');
    // Plain lines only: no cursor movement when stdout is not a terminal.
    expect(stdout).not.toContain('\x1b[');

    expect(metrics(dir)).toMatchObject({ total: 3 + 2 + 6, passed: 10, failed: 1 });
    for (const file of ['metrics.json', 'ctrf-report.json', 'junit.xml', 'report.html', 'timings.json', 'summary.md']) {
      expect(existsSync(path.join(dir, 'testpipe-out', 'report', file))).toBe(true);
    }
    expect(stdout).toMatch(/total\s+passed\s+failed/);
    expect(stdout).toContain('is below the required 100 %');
    // What each shard printed is kept, not interleaved into the progress.
    expect(readFileSync(path.join(dir, 'testpipe-out', 'results', 'alpha-1', 'output.log'), 'utf8')).toContain(
      'alpha: ran 3 tests',
    );
    expect(stdout).not.toContain('alpha: ran 3 tests');
  });

  test('--suite runs only the named suite', async () => {
    const dir = project(FAILING_CONFIG);
    projects.push(dir);
    const { code, stdout } = await testpipe(dir, 'run', '--suite', 'beta', '--no-progress');
    expect(code).toBe(0);
    expect(resultFolders(dir)).toEqual(['beta-1']);
    expect(stdout).not.toContain('alpha-1');
    expect(metrics(dir)).toMatchObject({ total: 2, passed: 2, failed: 0 });

    const unknown = await testpipe(dir, 'run', '--suite', 'gamma');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('has no suite "gamma"; its suites are: alpha, beta, python');
  });

  test('a passing pipeline exits 0, and the next run plans with the timings it wrote', async () => {
    const dir = project(PASSING_CONFIG);
    projects.push(dir);
    const first = await testpipe(dir, 'run', '--parallel', '2');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Pass rate 100.00 % meets the required 100 %.');
    expect(metrics(dir)).toMatchObject({ total: 3 + 6, passed: 9, failed: 0 });
    expect(first.stdout).not.toContain('Timings from');

    const second = await testpipe(dir, 'run', '--parallel', '2', '--suite', 'beta');
    expect(second.code).toBe(0);
    expect(second.stdout).toContain(`Timings from ${path.join(dir, 'testpipe-out', 'report', 'timings.json')}`);
  });

  test('a config error exits 2 with file:line and what to fix', async () => {
    const dir = project('version: 1\nsuites:\n  - name: unit\n    runner: pytset\n');
    projects.push(dir);
    const { code, stderr, stdout } = await testpipe(dir, 'run');
    expect(code).toBe(2);
    expect(stderr).toMatch(/testpipe\.yml:4:\d+: suites\[0\]\.runner: unknown runner "pytset"/);
    expect(stdout).toBe('');
    expect(existsSync(path.join(dir, 'testpipe-out'))).toBe(false);
  });

  test('unusable arguments and a missing config exit 2', async () => {
    const dir = project(PASSING_CONFIG);
    projects.push(dir);
    const parallel = await testpipe(dir, 'run', '--parallel', '0');
    expect(parallel.code).toBe(2);
    expect(parallel.stderr).toContain('--parallel must be a whole number from 1 to 256, got "0"');
    const failOn = await testpipe(dir, 'run', '--fail-on', 'sometimes');
    expect(failOn.code).toBe(2);
    expect(failOn.stderr).toContain('--fail-on must be one of failures, errors, nothing');
    const missing = await testpipe(dir, 'run', '--config', 'nope.yml');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.yml does not exist');
    const help = await testpipe(dir, 'run', '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: testpipe run [options]');
  });
});
