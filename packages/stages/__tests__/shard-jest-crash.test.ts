// jest dying mid-shard (a test calls process.exit) on a real jest project: the tests that finished are
// kept, and the crash is an error of the file that was running.
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { jest } from '@jest/globals';
import { parsePipelineConfig } from '../src/pipeline-config/index.js';
import { runShardAttempts } from '../src/shard/index.js';

jest.setTimeout(120_000);

/** The repository's node_modules/.bin (jest 30 is a devDependency). */
const REPO_BIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'node_modules', '.bin');

let project: string;

beforeEach(async () => {
  project = await mkdtemp(path.join(tmpdir(), 'testpipe-jest-crash-'));
  await writeFile(
    path.join(project, 'package.json'),
    JSON.stringify({ name: 'crash', private: true, jest: { testEnvironment: 'node', transform: {}, watchman: false } }),
  );
  // jest installed the way npm leaves it: node_modules/.bin/jest.
  await mkdir(path.join(project, 'node_modules'));
  await symlink(REPO_BIN, path.join(project, 'node_modules', '.bin'), 'dir');
  await mkdir(path.join(project, 'tests'));
  await writeFile(
    path.join(project, 'tests', 'a.test.js'),
    // jest runs the biggest file first (no timings yet): a.test.js is made the bigger one.
    `${'// padding\n'.repeat(50)}test('a adds', () => expect(1 + 1).toBe(2));\n` +
      "test('a subtracts', () => expect(2 - 1).toBe(1));\n",
  );
  await writeFile(
    path.join(project, 'tests', 'b.test.js'),
    "test('b reads', () => {});\ntest('b exits', () => process.exit(1));\ntest('b never runs', () => {});\n",
  );
});

afterEach(async () => {
  await rm(project, { recursive: true, force: true });
});

interface CtrfTest {
  name: string;
  status: string;
  message?: string;
}

it('keeps the tests that finished and reports the crash as an error of the running file', async () => {
  // In band, as jest runs small shards: process.exit then ends jest itself, before it writes any report.
  const config = parsePipelineConfig(
    'version: 1\nsuites:\n  - name: web\n    runner: jest\n    retries: 2\n    command: [--runInBand]\n',
  );
  const suite = config.config!.suites[0]!;
  const lines: string[] = [];

  const outcome = await runShardAttempts({
    suite,
    units: ['tests/a.test.js', 'tests/b.test.js'].map((file) => ({ id: file, file })),
    resultsDir: path.join(project, 'results', 'web-1'),
    shardName: 'web-1',
    log: { info: (line) => lines.push(line), warning: (line) => lines.push(`warning: ${line}`) },
    rootDir: project,
  });

  const ctrf = JSON.parse(await readFile(outcome.ctrfPath, 'utf8')) as { results: { tests: CtrfTest[] } };
  const statuses = Object.fromEntries(ctrf.results.tests.map((test) => [test.name, test.status]));
  expect(statuses).toEqual({
    'a adds': 'passed',
    'a subtracts': 'passed',
    'b reads': 'passed',
    'Test file crashed': 'failed',
  });
  const crash = ctrf.results.tests.find((test) => test.name === 'Test file crashed')!;
  expect(crash.message).toContain('exited with code 1 while running tests/b.test.js');
  expect(outcome).toMatchObject({ status: 'failed', total: 4, failed: 1, attempts: 1 });
  expect(lines.join('\n')).not.toContain('before any test ran');
  expect(lines).toContain('warning: a retry of the failed tests cannot run the tests the crash skipped; not retrying');
});
