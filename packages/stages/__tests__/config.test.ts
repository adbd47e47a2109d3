import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDurationMs } from '@testpipe/core';
import {
  loadPipelineConfig,
  parsePipelineConfig,
  PipelineConfigInvalidError,
  type TestpipeConfigError,
} from '../src/pipeline-config/index.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

function errorsOf(text: string): TestpipeConfigError[] {
  const result = parsePipelineConfig(text, 'testpipe.yml');
  expect(result.config).toBeUndefined();
  return result.errors;
}

describe('loadPipelineConfig with the seed example', () => {
  it('parses every suite with defaults applied', async () => {
    const config = await loadPipelineConfig(join(fixtures, 'testpipe.yml'));
    expect(config.suites.map((suite) => suite.name)).toEqual([
      'e2e-checkout',
      'e2e-account',
      'api-integration',
      'data-isolation',
      'performance',
    ]);
    const [checkout, account, api, isolation, performance] = config.suites;
    expect(checkout).toMatchObject({
      runner: 'playwright',
      workingDirectory: 'e2e',
      discover: { glob: ['tests/checkout/**/*.spec.ts'] },
      shards: 'auto',
      granularity: 'file',
      timeoutMs: 20 * 60_000,
      retries: 1,
      artifacts: ['test-results/**/*.png', 'test-results/**/trace.zip'],
      env: { APP_ENV: 'test' },
    });
    expect(account).toMatchObject({ maxParallel: 2, retryMaxFailureRatio: 0.3, killGraceMs: 10_000 });
    expect(api).toMatchObject({
      runner: 'pytest',
      retries: 2,
      retryMaxFailureRatio: 0.25,
      granularity: 'test',
      command: ['-m', 'not slow'],
      env: { APP_ENV: 'test', DATABASE_URL: 'postgresql://localhost:5432/test' },
    });
    expect(isolation).toMatchObject({ maxParallel: 1, granularity: 'file' });
    expect(performance).toMatchObject({
      runner: 'command',
      command: ['k6', 'run', '--summary-export', 'results/summary.json', 'perf/checkout.js'],
      timeoutMs: 45 * 60_000,
      retries: 0,
      shards: 1,
      workingDirectory: '.',
    });
  });

  it('applies the documented defaults to a minimal suite', () => {
    const result = parsePipelineConfig('version: 1\nsuites:\n  - name: unit\n    runner: jest\n');
    expect(result.config?.suites[0]).toEqual({
      name: 'unit',
      runner: 'jest',
      workingDirectory: '.',
      env: {},
      timeoutMs: 30 * 60_000,
      killGraceMs: 10_000,
      retries: 0,
      retryMaxFailureRatio: 0.3,
      shards: 'auto',
      maxParallel: 4,
      granularity: 'file',
      artifacts: [],
    });
  });
});

describe('parsePipelineConfig errors', () => {
  it('names the key and line of a wrong type', () => {
    const errors = errorsOf('version: 1\nsuites:\n  - name: api\n    runner: pytest\n    retries: [1]\n');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'testpipe.yml', line: 5, column: 14, key: 'suites[0].retries' });
    expect(errors[0]!.message).toBe(
      'testpipe.yml:5:14: suites[0].retries: expected a whole number from 0 to 5 (retries of failed tests), got a list',
    );
  });

  it('rejects an unknown runner with a suggestion', () => {
    const [error] = errorsOf('version: 1\nsuites:\n  - name: api\n    runner: pytests\n');
    expect(error).toMatchObject({ line: 4, key: 'suites[0].runner' });
    expect(error!.message).toContain('unknown runner "pytests" (did you mean pytest?)');
    expect(error!.message).toContain('command');
  });

  it('reports a duplicate suite name at the second use, naming the first line', () => {
    const [error] = errorsOf(
      'version: 1\nsuites:\n  - name: api\n    runner: pytest\n  - name: api\n    runner: jest\n',
    );
    expect(error).toMatchObject({ line: 5, key: 'suites[1].name' });
    expect(error!.message).toContain('duplicate suite name "api" (first used on line 3)');
  });

  it.each(['10 minutes', '-5s', '0', 'm10', true])('rejects the timeout %p', (timeout) => {
    const [error] = errorsOf(`version: 1\nsuites:\n  - name: api\n    runner: pytest\n    timeout: ${timeout}\n`);
    expect(error).toMatchObject({ line: 5, key: 'suites[0].timeout' });
    expect(error!.message).toContain('expected a duration such as 90s, 10m or 1h30m');
  });

  it('reports every problem at once, in file order', () => {
    const text = [
      'version: 2', // 1
      'defaults:', // 2
      '  retrys: 2', // 3
      'suites:', // 4
      '  - name: Bad_Name', // 5
      '    runner: jest', // 6
      '    timeout: soon', // 7
      '  - name: perf', // 8
      '    runner: command', // 9
      '    shards: 0', // 10
      '  - name: perf', // 11
      '    runner: go', // 12
      '    command: go test ./...', // 13
      '    junit: out.xml', // 14
      '    retry-max-failure-ratio: 1.5', // 15
    ].join('\n');
    const errors = errorsOf(text);
    expect(errors.map((error) => [error.line, error.key])).toEqual([
      [1, 'version'],
      [3, 'defaults.retrys'],
      [5, 'suites[0].name'],
      [7, 'suites[0].timeout'],
      [8, 'suites[1].command'],
      [10, 'suites[1].shards'],
      [11, 'suites[2].name'],
      [13, 'suites[2].command'],
      [14, 'suites[2].junit'],
      [15, 'suites[2].retry-max-failure-ratio'],
    ]);
    expect(errors[1]!.message).toContain('did you mean "retries"?');
    expect(errors[7]!.message).toContain('["go","test","./..."]');
    expect(errors[7]!.message).toContain('never through a shell');
  });

  it('throws one error listing all problems from loadPipelineConfig', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'testpipe-config-'));
    try {
      const file = join(dir, 'testpipe.yml');
      await writeFile(file, 'version: 1\nsuites:\n  - runner: jest\n  - name: x\n    runner: rspec\n');
      const error = await loadPipelineConfig(file).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(PipelineConfigInvalidError);
      const invalid = error as PipelineConfigInvalidError;
      expect(invalid.errors.map((e) => e.line)).toEqual([3, 5]);
      expect(invalid.message).toContain('has 2 problems');
      expect(invalid.message).toContain('every suite needs a name');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('reports YAML syntax errors with their line', () => {
    const [error] = errorsOf('version: 1\nsuites:\n  - name: a\n   runner: [jest\n');
    expect(error!.message).toMatch(/^testpipe\.yml:\d+:\d+: YAML syntax error/);
  });
});

describe('parseDurationMs', () => {
  it.each([
    ['10m', 600_000],
    ['90s', 90_000],
    ['1h30m', 5_400_000],
    ['500ms', 500],
    [45, 45_000],
    ['2.5s', 2_500],
  ])('%p → %p ms', (input, ms) => {
    expect(parseDurationMs(input)).toBe(ms);
  });
});
