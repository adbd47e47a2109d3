// The run-matrix bundle with a real jest project: planned into 2 shards, each shard run as its own job.
// A CommonJS project in a temp dir (8 tests in 3 files: one flaky, one always failing, one skipped, names
// with regex and shell specials) that runs the repository's own jest, found as the project's
// node_modules/.bin/jest like any project with jest installed.
import { mkdir, readFile, readdir, symlink } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { jest } from '@jest/globals';
import {
  annotations,
  describeStep,
  expectExit,
  matrixOf,
  readJson,
  removeDir,
  runMatrixStep,
  startArtifactService,
  tempProject,
  writeFiles,
  type ArtifactService,
  type MatrixEntry,
  type StepResult,
} from './action-helpers.js';

jest.setTimeout(240_000);

/** The repository's node_modules/.bin (jest 30 is a devDependency), found from this file. */
const REPO_BIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'node_modules', '.bin');

const RUN_ID = 701;
const FILES = ['tests/cart.test.js', 'tests/search.test.js', 'tests/users.test.js'];
/** Full names as jest reports them (describe titles and the test title, space-joined). */
const FLAKY = 'cart applies a discount';
const ALWAYS_FAILS = 'users rejects an expired token (401|403) [auth] $TOKEN';
const SPECIAL = 'search handles (a|b) [x] $HOME * "q"';
const SKIPPED = 'users exports users as csv';
const ALL_TESTS = [
  'cart adds an item',
  'cart removes an item',
  FLAKY,
  'search finds by tag',
  SPECIAL,
  'users creates a user',
  ALWAYS_FAILS,
  SKIPPED,
];

const TESTPIPE_YML = `version: 1
defaults:
  timeout: 5m
  kill-grace-period: 2s
suites:
  - name: web
    runner: jest
    retries: 2
    retry-max-failure-ratio: 0.6
`;

const PROJECT_FILES: Record<string, string> = {
  'testpipe.yml': TESTPIPE_YML,
  'package.json': JSON.stringify(
    {
      name: 'jest-fixture',
      private: true,
      // No transform: plain CommonJS needs no babel; no watchman on CI.
      jest: { testEnvironment: 'node', transform: {}, watchman: false },
    },
    null,
    2,
  ),
  'tests/cart.test.js': `describe('cart', () => {
  test('adds an item', () => expect([1].length).toBe(1));
  test('removes an item', () => expect([].length).toBe(0));
  // TESTPIPE_ATTEMPT is set by the shard for every attempt: 1 = first run.
  test('applies a discount', () => {
    expect(process.env.TESTPIPE_ATTEMPT).toBeDefined();
    if (process.env.TESTPIPE_ATTEMPT === '1') throw new Error('discount service warming up (first attempt)');
  });
});
`,
  'tests/search.test.js': `describe('search', () => {
  test('finds by tag', () => expect('a,b'.split(',')).toEqual(['a', 'b']));
  test('handles (a|b) [x] $HOME * "q"', () => expect(/(a|b)/.test('b')).toBe(true));
});
`,
  'tests/users.test.js': `describe('users', () => {
  test('creates a user', () => expect({ id: 1 }).toHaveProperty('id'));
  test('rejects an expired token (401|403) [auth] $TOKEN', () => {
    throw new Error('expired tokens are accepted');
  });
  test.skip('exports users as csv', () => {
    throw new Error('never runs');
  });
});
`,
};

interface CtrfTest {
  name: string;
  status: string;
  flaky?: boolean;
  retries?: number;
}

let artifacts: ArtifactService;
let workspace: string;
let planned: StepResult;
const shards = new Map<string, { entry: MatrixEntry; result: StepResult }>();

const resultsDir = (shard: string): string => path.join(workspace, 'testpipe-results', 'results', shard);

async function ctrfTests(shard: string): Promise<CtrfTest[]> {
  return (await readJson<{ results: { tests: CtrfTest[] } }>(path.join(resultsDir(shard), 'ctrf.json'))).results.tests;
}

function unescapeXml(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Test case names in a JUnit file, unescaped, with each case's status. */
async function junitCases(file: string): Promise<Array<{ name: string; status: string }>> {
  const xml = await readFile(file, 'utf8');
  return [...xml.matchAll(/<testcase\b([^>]*?)(\/>|>([\s\S]*?)<\/testcase>)/g)].map((match) => {
    const body = match[3] ?? '';
    const status = /<skipped\b/.test(body)
      ? 'skipped'
      : /<failure\b/.test(body)
        ? 'failed'
        : /<error\b/.test(body)
          ? 'errored'
          : 'passed';
    return { name: unescapeXml(/\sname="([^"]*)"/.exec(match[1]!)![1]!), status };
  });
}

/** The `attempt N: <command line>` the shard logged. */
function attemptLine(result: StepResult, attempt: number): string {
  const line = result.stdout.split('\n').find((l) => l.startsWith(`attempt ${attempt}: `));
  if (!line) throw new Error(`no attempt ${attempt} line in:\n${describeStep(result)}`);
  return line;
}

/** Names each shard's first attempt ran, from its attempt-1 JUnit. */
const shardTests = new Map<string, string[]>();

function shardWith(name: string): string {
  for (const [shard, names] of shardTests) if (names.includes(name)) return shard;
  throw new Error(`no shard ran ${name}`);
}

beforeAll(async () => {
  artifacts = await startArtifactService();
  workspace = await tempProject('testpipe-run-matrix-jest-');
  await writeFiles(workspace, PROJECT_FILES);
  // jest is "installed" in the project the way npm leaves it: node_modules/.bin/jest. Only .bin is
  // linked (not the repo's whole node_modules), so jest's file crawl of the project stays small;
  // bin/jest.js resolves its own dependencies from its real path in the repository.
  await mkdir(path.join(workspace, 'node_modules'));
  await symlink(REPO_BIN, path.join(workspace, 'node_modules', '.bin'), 'dir');

  planned = await runMatrixStep(artifacts, { workspace, runId: RUN_ID, inputs: { mode: 'plan', shards: 2 } });
  expectExit(planned, 0);
  for (const entry of matrixOf(planned).include) {
    const result = await runMatrixStep(artifacts, {
      workspace,
      runId: RUN_ID,
      jobId: `test-${entry.shard}`,
      inputs: { mode: 'run', shard: entry.shard },
    });
    shards.set(entry.shard, { entry, result });
    shardTests.set(
      entry.shard,
      (await junitCases(path.join(resultsDir(entry.shard), 'attempts', 'attempt-1.xml'))).map((c) => c.name),
    );
  }
});

afterAll(async () => {
  await artifacts?.close();
  await removeDir(workspace);
});

it('plans the 3 test files that jest --listTests finds into 2 shards', () => {
  const matrix = matrixOf(planned);
  expect(matrix.include.map((entry) => [entry.suite, entry.shard])).toEqual([
    ['web', 'web-1'],
    ['web', 'web-2'],
  ]);
  expect(planned.outputs['shard-count']).toBe('2');
});

it('ran every test exactly once across the shards, each file in one shard', async () => {
  const names: string[] = [];
  for (const shard of shards.keys()) names.push(...(await ctrfTests(shard)).map((test) => test.name));
  expect([...names].sort()).toEqual([...ALL_TESTS].sort());

  const merged: string[] = [];
  for (const shard of shards.keys())
    merged.push(...(await junitCases(path.join(resultsDir(shard), 'junit.xml'))).map((c) => c.name));
  expect(merged.sort()).toEqual([...ALL_TESTS].sort());

  // The first attempt of each shard ran its files only, by path.
  const firstRuns = [...shards.values()].map(({ result }) => attemptLine(result, 1));
  for (const file of FILES) expect(firstRuns.filter((line) => line.includes(` ${file}`))).toHaveLength(1);
  for (const line of firstRuns) {
    expect(line).toContain(`${path.join(workspace, 'node_modules', '.bin', 'jest')} --ci --json`);
    expect(line).toContain('--runTestsByPath');
    expect(line).not.toContain('--testNamePattern');
  }
});

it('reports each shard in its outputs; the shard with the broken test fails the step', async () => {
  let totals = 0;
  for (const [shard, { result }] of shards) {
    const tests = await ctrfTests(shard);
    totals += Number(result.outputs.total);
    const broken = tests.some((test) => test.name === ALWAYS_FAILS);
    const flaky = tests.some((test) => test.name === FLAKY);
    expectExit(result, broken ? 1 : 0);
    expect(result.outputs).toMatchObject({
      status: broken ? 'failed' : 'passed',
      total: String(tests.length),
      failed: broken ? '1' : '0',
      flaky: flaky ? '1' : '0',
      'results-path': resultsDir(shard),
    });
    expect(Number(result.outputs.attempts)).toBe(broken ? 3 : flaky ? 2 : 1);
    if (broken) expect(annotations(result, 'error').join('\n')).toContain(`${shard}: failed`);
  }
  expect(totals).toBe(ALL_TESTS.length);
});

it('retried only the flaky test (and the broken one if they shared a shard) and reports it flaky', async () => {
  const shard = shardWith(FLAKY);
  const result = shards.get(shard)!.result;
  const flaky = (await ctrfTests(shard)).find((test) => test.name === FLAKY)!;
  expect(flaky).toMatchObject({ status: 'passed', flaky: true, retries: 1 });

  const retried = shardTests.get(shard)!.includes(ALWAYS_FAILS) ? [FLAKY, ALWAYS_FAILS] : [FLAKY];
  // The retry names exactly the failed tests (anchored, regex specials escaped) in their files only.
  const retry = attemptLine(result, 2);
  expect(retry).toContain('--testNamePattern');
  const escaped = retried.map((name) => name.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&'));
  expect(retry).toContain(JSON.stringify(`^(?:${escaped.join('|')})$`));
  expect(retry).toMatch(/--runTestsByPath tests\/cart\.test\.js( tests\/users\.test\.js)?$/);
  for (const file of FILES.filter((f) => f !== 'tests/cart.test.js' && f !== 'tests/users.test.js'))
    expect(retry).not.toContain(file);

  // jest ran the retried tests alone; it lists the others of their files as skipped (filtered out by -t)...
  const attempt2 = await junitCases(path.join(resultsDir(shard), 'attempts', 'attempt-2.xml'));
  expect(
    attempt2
      .filter((c) => c.status !== 'skipped')
      .map((c) => c.name)
      .sort(),
  ).toEqual([...retried].sort());
  expect(attempt2.find((c) => c.name === FLAKY)!.status).toBe('passed');
  // ...which are no attempts of those tests: they ran once.
  for (const test of await ctrfTests(shard)) {
    if (!retried.includes(test.name))
      expect({ name: test.name, retries: test.retries ?? 0 }).toEqual({ name: test.name, retries: 0 });
  }
  expect(result.stdout).toContain('discount service warming up (first attempt)');
  expect(result.stdout).toContain(`retrying ${retried.length} failed test(s)`);
});

it('failed the always-failing test after 3 attempts, retrying it alone the last time', async () => {
  const shard = shardWith(ALWAYS_FAILS);
  const result = shards.get(shard)!.result;
  const broken = (await ctrfTests(shard)).find((test) => test.name === ALWAYS_FAILS)!;
  expect(broken).toMatchObject({ status: 'failed', retries: 2 });
  expect(broken.flaky ?? false).toBe(false);

  expect((await readdir(path.join(resultsDir(shard), 'attempts'))).filter((f) => f.endsWith('.xml')).sort()).toEqual([
    'attempt-1.xml',
    'attempt-2.xml',
    'attempt-3.xml',
  ]);
  const last = await junitCases(path.join(resultsDir(shard), 'attempts', 'attempt-3.xml'));
  // It ran (a mis-escaped -t pattern would have filtered it out as skipped) and failed again; nothing else ran.
  expect(last.filter((c) => c.status !== 'skipped')).toEqual([{ name: ALWAYS_FAILS, status: 'failed' }]);
  const escaped = ALWAYS_FAILS.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
  expect(attemptLine(result, 3)).toContain(`--testNamePattern ${JSON.stringify(`^(?:${escaped})$`)}`);
  expect(attemptLine(result, 3)).toMatch(/--runTestsByPath tests\/users\.test\.js$/);
  expect(result.stdout).toContain('expired tokens are accepted');
  expect(result.stdout).not.toMatch(/^attempt 4: /m);
});

it('keeps the skipped test skipped, never retried', async () => {
  const shard = shardWith(SKIPPED);
  const skipped = (await ctrfTests(shard)).find((test) => test.name === SKIPPED)!;
  expect(skipped.status).toBe('skipped');
  expect(skipped.retries ?? 0).toBe(0);
  const cases = await junitCases(path.join(resultsDir(shard), 'junit.xml'));
  expect(cases.filter((c) => c.name === SKIPPED)).toEqual([{ name: SKIPPED, status: 'skipped' }]);
});

it('keeps a test name with regex and shell specials intact in results/<shard>/junit.xml and ctrf.json', async () => {
  const shard = shardWith(SPECIAL);
  const xml = await readFile(path.join(resultsDir(shard), 'junit.xml'), 'utf8');
  expect(xml).toContain('name="search handles (a|b) [x] $HOME * &quot;q&quot;"');
  const cases = await junitCases(path.join(resultsDir(shard), 'junit.xml'));
  expect(cases.filter((c) => c.name === SPECIAL)).toEqual([{ name: SPECIAL, status: 'passed' }]);
  expect((await ctrfTests(shard)).filter((test) => test.name === SPECIAL)).toEqual([
    expect.objectContaining({ name: SPECIAL, status: 'passed' }),
  ]);
  const broken = shardWith(ALWAYS_FAILS);
  expect(await readFile(path.join(resultsDir(broken), 'junit.xml'), 'utf8')).toContain(
    'name="users rejects an expired token (401|403) [auth] $TOKEN"',
  );
});
