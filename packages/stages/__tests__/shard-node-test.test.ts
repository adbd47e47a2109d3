// runner: node through testpipe's events reporter, on the Node that runs the tests and on Node 24 (what
// GitHub runs): files relative to the working directory, describe paths, skips, hook failures, crashes.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ingestFile, type TestCaseRecord } from '@testpipe/core';
import { node24BinaryPath } from '@testpipe/testkit';
import { parsePipelineConfig } from '../src/pipeline-config/index.js';
import { runnerFor } from '../src/runners/index.js';
import { runShardAttempts } from '../src/shard/index.js';

const FILES: Record<string, string> = {
  'test/cart.test.mjs': `import { describe, test } from 'node:test';
describe('cart', () => {
  test('adds', () => {});
  test('later', { skip: 'not yet' }, () => {});
});
test('adds', () => { throw new Error('cart total was 3'); });
`,
  'test/price.test.mjs': `import { describe, test, before } from 'node:test';
test('adds', () => {});
describe('currency', () => {
  before(() => { throw new Error('rates service down'); });
  test('converts', () => {});
});
`,
  'test/broken.test.mjs': 'this is not javascript(\n',
};

const runtimes = [
  ['this Node', process.execPath],
  ['Node 24', node24BinaryPath(resolve(import.meta.dirname, '..', '..', '..'))],
] as const;

let project: string;
beforeEach(async () => {
  project = await mkdtemp(join(tmpdir(), 'testpipe-node-test-'));
  for (const [file, content] of Object.entries(FILES)) {
    await mkdir(join(project, 'test'), { recursive: true });
    await writeFile(join(project, file), content);
  }
});
afterEach(async () => {
  await rm(project, { recursive: true, force: true });
});

it.each(runtimes)(
  '%s: every test names its file relative to the working directory, and no failure is lost',
  async (_, node) => {
    if (node === undefined) throw new Error('Node 24 is missing: run scripts/ensure-test-tools.sh');
    const yaml = `version: 1\nsuites:\n  - name: unit\n    runner: node\n    retries: 0\n`;
    const suite = parsePipelineConfig(yaml).config!.suites[0]!;
    const units = await runnerFor('node').discover(suite, project);
    expect(units.map((unit) => unit.id)).toEqual(['test/broken.test.mjs', 'test/cart.test.mjs', 'test/price.test.mjs']);
    const runner = runnerFor('node');
    const adapter = {
      ...runner,
      command: (context: Parameters<typeof runner.command>[0]) => ({ ...runner.command(context), file: node }),
    };
    const outcome = await runShardAttempts({
      suite,
      units,
      adapter,
      resultsDir: join(project, 'results', 'unit-1'),
      shardName: 'unit-1',
      log: { info: () => {}, warning: () => {} },
      rootDir: project,
    });
    const records: TestCaseRecord[] = [];
    await ingestFile(outcome.junitPath, (record) => records.push(record));
    const seen = records.map((r) => [r.suite, r.file, r.classname, r.name, r.attempts.at(-1)!.status]);
    expect(seen).toEqual(
      expect.arrayContaining([
        ['unit', 'test/cart.test.mjs', 'cart', 'adds', 'passed'],
        ['unit', 'test/cart.test.mjs', 'cart', 'later', 'skipped'],
        ['unit', 'test/cart.test.mjs', 'test/cart.test.mjs', 'adds', 'failed'],
        ['unit', 'test/price.test.mjs', 'test/price.test.mjs', 'adds', 'passed'],
        ['unit', 'test/price.test.mjs', 'currency', 'converts', 'failed'],
      ]),
    );
    const failure = records.find((r) => r.file === 'test/cart.test.mjs' && r.classname !== 'cart')!.attempts[0]!
      .failure;
    expect(failure?.message).toBe('cart total was 3');
    // The file that does not parse is a failure of that file, never a pass or nothing.
    expect(records.some((r) => r.file === 'test/broken.test.mjs' && r.attempts[0]!.status === 'failed')).toBe(true);
    expect(outcome.status).toBe('failed');
    expect(records.map((r) => `${r.file} ${r.name}`).join('\n')).not.toContain(project);
    expect(await readFile(outcome.junitPath, 'utf8')).toContain('name="test/broken.test.mjs"');
  },
);
