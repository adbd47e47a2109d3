// Messages that name what failed: a mistyped option or command gets a did-you-mean, a plan names the
// suite's missing folder, the glob that found nothing, or the empty suite list.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { testpipeFromSource } from './cli-from-source.js';

let project: string;
beforeAll(async () => {
  project = await mkdtemp(path.join(os.tmpdir(), 'testpipe-cli-messages-'));
  await mkdir(path.join(project, 'checks'));
  await writeFile(path.join(project, 'checks', 'a.mjs'), '');
});
afterAll(async () => {
  await rm(project, { recursive: true, force: true });
});

test.each([
  [['run', '--paralel', '2'], 'testpipe run: unknown option "--paralel"; did you mean --parallel?'],
  [['plan', '--timing', 't.json'], 'testpipe plan: unknown option "--timing"; did you mean --timings?'],
  [['report', '--nmae', 'x', 'r.xml'], 'testpipe report: unknown option "--nmae"; did you mean --name?'],
  [['metrics', '--jsn', 'r.xml'], 'testpipe metrics: unknown option "--jsn"; did you mean --json?'],
  [['plna'], 'testpipe: unknown command "plna"; did you mean plan?'],
])('testpipe %j suggests the closest', async (args, message) => {
  const result = await testpipeFromSource(args, { cwd: project });
  expect(result.code).toBe(2);
  expect(result.stderr.split('\n')[0]).toBe(message);
});

test('an option like no other is still named, without a guess', async () => {
  const result = await testpipeFromSource(['plan', '--frobnicate'], { cwd: project });
  expect(result.code).toBe(2);
  expect(result.stderr.split('\n')[0]).toBe('testpipe plan: unknown option "--frobnicate".');
});

async function planWith(config: string) {
  await writeFile(path.join(project, 'testpipe.yml'), config);
  return testpipeFromSource(['plan'], { cwd: project });
}

test('suites: [] asks for at least one suite', async () => {
  const result = await planWith('version: 1\nsuites: []\n');
  expect(result.code).toBe(2);
  expect(result.stderr).toMatch(/testpipe\.yml:2:\d+: suites: .*at least one suite/);
});

test('a working directory that does not exist is named', async () => {
  const result = await planWith('version: 1\nsuites:\n  - name: api\n    runner: pytest\n    working-directory: api\n');
  expect(result.code).toBe(2);
  expect(result.stderr).toContain(`suite api: the working directory ${path.join(project, 'api')} does not exist`);
});

test('a discovery glob that matches nothing is named as why the suite has nothing to run', async () => {
  const result = await planWith(
    'version: 1\nsuites:\n  - name: checks\n    runner: command\n    command: [node, run.mjs]\n' +
      '    discover:\n      glob: [checks/*.spec.mjs, more/*.mjs]\n',
  );
  expect(result.code).toBe(0);
  expect(result.stdout).toContain(
    `checks: nothing to run: discover.glob "checks/*.spec.mjs", "more/*.mjs" matched no file in ${project}`,
  );
});
