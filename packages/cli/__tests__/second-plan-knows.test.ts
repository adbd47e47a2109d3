// For every runner this machine has, `testpipe run` twice on one project: the second plan must know the
// timings of at least 90 % of its units from what the first run recorded (ids match between discovery,
// results and timings.json), its report's suites are the testpipe.yml suites, and shard.json learns
// each suite's start-up and per-file setup.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { jest } from '@jest/globals';

jest.setTimeout(240_000);
const exec = promisify(execFile);
const bin = path.resolve('packages/cli/bin/testpipe.js');
const node = JSON.stringify(process.execPath);

const NODE_TEST = (n: number) =>
  `import { test, describe } from 'node:test';\ndescribe('group ${n}', () => { test('works ${n}', () => {}); });\ntest('adds', () => {});\n`;
const JEST_TEST = (n: number) =>
  `describe('group ${n}', () => { test('works ${n}', () => {}); });\ntest('adds', () => {});\n`;
const PY_TEST = (n: number) => `def test_works_${n}():\n    assert True\n\ndef test_adds():\n    assert True\n`;
const COMMAND = `const { writeFileSync } = require('node:fs');
writeFileSync(process.env.TESTPIPE_JUNIT_PATH, '<testsuites><testsuite name="k6" tests="2"><testcase classname="load" name="p95" time="0.2"/><testcase classname="load" name="errors" time="0.1"/></testsuite></testsuites>');
`;

interface Case {
  runner: string;
  files: (dir: string) => void;
  suite: string;
}

function writeFiles(dir: string, names: (n: number) => string, content: (n: number) => string): void {
  for (let n = 1; n <= 4; n++) {
    const file = path.join(dir, names(n));
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content(n));
  }
}

const CASES: Case[] = [
  {
    runner: 'node',
    files: (dir) => writeFiles(dir, (n) => `test/m${n}.test.mjs`, NODE_TEST),
    suite: '    runner: node\n    shards: 2\n',
  },
  {
    runner: 'jest',
    files: (dir) => {
      writeFiles(dir, (n) => `src/m${n}.test.js`, JEST_TEST);
      writeFileSync(
        path.join(dir, 'package.json'),
        JSON.stringify({ name: 'p', jest: { testEnvironment: 'node', transform: {}, watchman: false } }),
      );
      mkdirSync(path.join(dir, 'node_modules'));
      symlinkSync(path.resolve('node_modules', '.bin'), path.join(dir, 'node_modules', '.bin'), 'dir');
    },
    suite: '    runner: jest\n    shards: 2\n',
  },
  {
    runner: 'pytest',
    files: (dir) => writeFiles(dir, (n) => `tests/test_m${n}.py`, PY_TEST),
    suite: '    runner: pytest\n    shards: 2\n',
  },
  {
    runner: 'command',
    files: (dir) => writeFileSync(path.join(dir, 'load.cjs'), COMMAND),
    suite: `    runner: command\n    command: [${node}, load.cjs]\n`,
  },
];

const projects: string[] = [];
afterAll(() => {
  for (const dir of projects) rmSync(dir, { recursive: true, force: true });
});

async function testpipe(cwd: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec(process.execPath, [bin, ...args], {
      cwd,
      env: { ...process.env, CI: 'true' },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    return error as { code: number; stdout: string; stderr: string };
  }
}

const read = (dir: string, file: string) => JSON.parse(readFileSync(path.join(dir, 'testpipe-out', file), 'utf8'));

it.each(CASES)(
  '$runner: the second plan knows at least 90 % of the units the first run timed',
  async ({ runner, files, suite }) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), `testpipe-known-${runner}-`));
    projects.push(dir);
    files(dir);
    writeFileSync(
      path.join(dir, 'testpipe.yml'),
      `version: 1\nsuites:\n  - name: checks-${runner}\n${suite}    retries: 0\n`,
    );

    const first = await testpipe(dir, 'run', '--config', 'testpipe.yml');
    expect(first).toMatchObject({ code: 0 });
    expect(first.stdout + first.stderr).toContain('unknown (no timings yet)');
    const metrics = read(dir, 'report/metrics.json');
    expect(Object.keys(metrics.perSuite)).toEqual([`checks-${runner}`]);
    expect(metrics.shards.map((s: { suite: string }) => s.suite)).toEqual(metrics.shards.map(() => `checks-${runner}`));
    expect(read(dir, 'report/timings.json').suites[`checks-${runner}`].samples).toBe(1);

    const second = await testpipe(dir, 'run', '--config', 'testpipe.yml');
    expect(second).toMatchObject({ code: 0 });
    const [plan] = read(dir, 'plan/testpipe-plan.json').suites;
    expect(plan.knownShare).toBeGreaterThanOrEqual(0.9);
    expect(second.stdout + second.stderr).not.toContain('unknown (no timings yet)');
  },
);
