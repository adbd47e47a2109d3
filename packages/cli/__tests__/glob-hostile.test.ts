// Hostile globs through the real command (from source): a results glob or a discovery glob that leaves the
// working directory is refused at once with a message naming it, instead of walking the whole machine.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { jest } from '@jest/globals';
import { testpipeFromSource } from './cli-from-source.js';

jest.setTimeout(120_000);

let project: string;

beforeEach(() => {
  project = mkdtempSync(path.join(os.tmpdir(), 'testpipe-glob-hostile-'));
});

afterEach(() => rmSync(project, { recursive: true, force: true }));

test("testpipe report '/**/*.xml' is refused, naming the glob and --allow-outside-workspace", async () => {
  const result = await testpipeFromSource(['report', '--out', 'out', '/**/*.xml'], { cwd: project });
  expect(result.code).toBe(2);
  expect(result.stderr).toContain(`the glob "/**/*.xml" leaves the working directory ${project} (it would walk /)`);
  expect(result.stderr).toContain('pass --allow-outside-workspace');
});

test('testpipe report reads a glob outside the directory with --allow-outside-workspace', async () => {
  const reports = mkdtempSync(path.join(os.tmpdir(), 'testpipe-glob-reports-'));
  try {
    writeFileSync(
      path.join(reports, 'junit.xml'),
      '<testsuite name="s" tests="1"><testcase classname="s" name="passes"/></testsuite>',
    );
    const glob = `${reports}/*.xml`;
    expect((await testpipeFromSource(['report', '--out', 'out', glob], { cwd: project })).code).toBe(2);
    const allowed = await testpipeFromSource(['report', '--out', 'out', '--allow-outside-workspace', glob], {
      cwd: project,
    });
    expect(allowed.code).toBe(0);
    expect(allowed.stdout).toContain('Report:');
    // A file named as it is, outside the directory, is read without the flag: only globs walk.
    const named = await testpipeFromSource(['report', '--out', 'out', path.join(reports, 'junit.xml')], {
      cwd: project,
    });
    expect(named.code).toBe(0);
    expect(named.stdout).toContain('Report:');
  } finally {
    rmSync(reports, { recursive: true, force: true });
  }
});

test("testpipe run with discover.glob '/**/*' fails naming the suite and the glob", async () => {
  writeFileSync(
    path.join(project, 'testpipe.yml'),
    "version: 1\nsuites:\n  - name: everything\n    runner: command\n    command: [node, run.cjs]\n    discover:\n      glob: ['/**/*']\n",
  );
  const result = await testpipeFromSource(['run', '--no-progress'], { cwd: project });
  expect(result.code).toBe(2);
  expect(result.stderr).toContain(
    `discover.glob of suite "everything": the glob "/**/*" leaves the working directory ${project} (it would walk /)`,
  );
  expect(result.stderr).toContain("set the suite's working-directory to the folder that holds the tests");
});
