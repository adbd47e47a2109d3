import { parsePipelineConfig, type SuiteConfig } from '../src/pipeline-config/index.js';
import {
  exactNamesPattern,
  goTestJsonRecords,
  jestJsonRecords,
  parseGoTestList,
  parsePytestCollection,
  pytestNodeId,
  runnerFor,
  type CommandContext,
  type FailedTest,
} from '../src/runners/index.js';

function suite(runner: string, extra = ''): SuiteConfig {
  const result = parsePipelineConfig(`version: 1\nsuites:\n  - name: s\n    runner: ${runner}\n${extra}`);
  if (!result.config) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.config.suites[0]!;
}

function context(config: SuiteConfig, units: string[], attempt = 1): CommandContext {
  return {
    suite: config,
    units: units.map((id) => ({ id, file: id.split('::')[0] })),
    attempt,
    junitPath: '/r/attempt-1.xml',
    cwd: '/repo',
  };
}

// Names a shell would expand or split, and a regex would read as syntax.
const NASTY = 'test_x[a b; $(rm -rf ~) `id` | "q" *.py (1+1)?]';

describe('pytest', () => {
  it('runs node ids as literal arguments after --, writing xunit1 JUnit', () => {
    const command = runnerFor('pytest').command(
      context(suite('pytest', '    command: [-m, not slow]\n'), [`tests/test_a.py::${NASTY}`]),
    );
    expect(command.file).toBe('python3');
    expect(command.args).toEqual([
      '-m',
      'pytest',
      '--rootdir=/repo',
      '-v',
      '-o',
      'junit_family=xunit1',
      '--junitxml=/r/attempt-1.xml',
      '-m',
      'not slow',
      '--',
      `tests/test_a.py::${NASTY}`,
    ]);
  });

  it('retries failed tests by node id, found from the JUnit classname', () => {
    const units = ['tests/api/test_cart.py::TestCart::TestTotals::test_sum[1-2]', `tests/api/test_cart.py::${NASTY}`];
    const failed: FailedTest[] = [
      {
        suite: 'pytest',
        classname: 'tests.api.test_cart.TestCart.TestTotals',
        name: 'test_sum[1-2]',
        file: 'tests/api/test_cart.py',
      },
      { suite: 'pytest', classname: 'tests.api.test_cart', name: NASTY, file: 'tests/api/test_cart.py' },
    ];
    const command = runnerFor('pytest').retryCommand({ ...context(suite('pytest'), units, 2), failed });
    expect(command.args.slice(command.args.indexOf('--') + 1)).toEqual(units);
  });

  it('rebuilds a node id from file and classname when the unit list does not hold it', () => {
    expect(
      pytestNodeId({ suite: 'p', classname: 'pkg.v1.test_m.TestA', name: 'test_b', file: 'pkg/v1/test_m.py' }, []),
    ).toBe('pkg/v1/test_m.py::TestA::test_b');
  });

  it('parses --collect-only -q output', () => {
    const output = 'tests/test_a.py::test_one\ntests/test_a.py::TestX::test_two[p-1]\n\n2 tests collected in 0.01s\n';
    expect(parsePytestCollection(output)).toEqual([
      'tests/test_a.py::test_one',
      'tests/test_a.py::TestX::test_two[p-1]',
    ]);
  });
});

describe('exactNamesPattern', () => {
  it('matches each name literally and nothing else', () => {
    const pattern = new RegExp(exactNamesPattern(['a.b (c)', 'x|y', 'a.b (c)']));
    expect(exactNamesPattern(['a.b (c)', 'x|y', 'a.b (c)'])).toBe('^(?:a\\.b \\(c\\)|x\\|y)$');
    expect(pattern.test('a.b (c)')).toBe(true);
    expect(pattern.test('x|y')).toBe(true);
    expect(pattern.test('aXb (c)')).toBe(false);
    expect(pattern.test('x')).toBe(false);
    expect(new RegExp(exactNamesPattern([NASTY])).test(NASTY)).toBe(true);
  });
});

describe('jest', () => {
  it('runs files by path with --json and retries by exact full name', () => {
    const runner = runnerFor('jest');
    const config = suite('jest');
    const first = runner.command(context(config, ['src/a.test.ts', 'src/b [1].test.ts']));
    expect(first.args).toEqual([
      '--ci',
      '--json',
      '--outputFile=/r/attempt-1.jest.json',
      '--reporters=default',
      '--reporters=/r/jest-progress-reporter.cjs',
      '--runTestsByPath',
      'src/a.test.ts',
      'src/b [1].test.ts',
    ]);
    expect(first.report).toEqual({
      kind: 'jest-json',
      path: '/r/attempt-1.jest.json',
      progressPath: '/r/attempt-1.jest-progress.jsonl',
    });
    const retry = runner.retryCommand({
      ...context(config, ['src/a.test.ts', 'src/b [1].test.ts'], 2),
      failed: [
        {
          suite: 'src/b [1].test.ts',
          classname: 'src/b [1].test.ts',
          name: 'cart adds $5 (once)?',
          file: 'src/b [1].test.ts',
        },
      ],
    });
    expect(retry.args).toEqual([
      '--ci',
      '--json',
      '--outputFile=/r/attempt-1.jest.json',
      '--reporters=default',
      '--reporters=/r/jest-progress-reporter.cjs',
      '--testNamePattern',
      '^(?:cart adds \\$5 \\(once\\)\\?)$',
      '--runTestsByPath',
      'src/b [1].test.ts',
    ]);
  });

  it('converts --json results, a file that failed to run being one errored case', () => {
    const records = jestJsonRecords(
      {
        testResults: [
          {
            name: '/repo/src/a.test.ts',
            status: 'failed',
            assertionResults: [
              { ancestorTitles: ['cart'], title: 'adds', status: 'passed', duration: 5 },
              {
                ancestorTitles: ['cart'],
                title: 'removes',
                status: 'failed',
                duration: 7,
                failureMessages: ['Error: expected 1\n  at x'],
              },
              { ancestorTitles: [], title: 'later', status: 'todo' },
            ],
          },
          {
            name: '/repo/src/b.test.ts',
            status: 'failed',
            message: 'SyntaxError: Unexpected token',
            assertionResults: [],
          },
        ],
      },
      '/repo',
    );
    expect(records.map((r) => [r.file, r.name, r.attempts[0]!.status])).toEqual([
      ['src/a.test.ts', 'cart adds', 'passed'],
      ['src/a.test.ts', 'cart removes', 'failed'],
      ['src/a.test.ts', 'later', 'skipped'],
      ['src/b.test.ts', 'Test suite failed to run', 'errored'],
    ]);
    expect(records[1]!.attempts[0]!.failure).toEqual({
      message: 'Error: expected 1',
      body: 'Error: expected 1\n  at x',
    });
  });
});

describe('go', () => {
  it('parses go test -list output into package::test units', () => {
    const output =
      'TestA\nTestB\nok  \texample.com/m/cart\t0.002s\n?   \texample.com/m/cmd\t[no test files]\nTestC\nok  \texample.com/m/pay\t0.001s\n';
    expect(parseGoTestList(output).map((u) => u.id)).toEqual([
      'example.com/m/cart::TestA',
      'example.com/m/cart::TestB',
      'example.com/m/pay::TestC',
    ]);
  });

  it('runs exactly the units and retries failed tests (subtests by their parent) with -run', () => {
    const runner = runnerFor('go');
    const config = suite('go');
    const first = runner.command(context(config, ['example.com/m/cart::TestA', 'example.com/m/cart::TestB']));
    expect(first.args.slice(first.args.indexOf('-run'))).toEqual(['-run', '^(?:TestA|TestB)$', 'example.com/m/cart']);
    const retry = runner.retryCommand({
      ...context(config, ['example.com/m/cart::TestA'], 2),
      failed: [
        { suite: 'example.com/m/cart', classname: 'example.com/m/cart', name: 'TestA/case_(1)' },
        { suite: 'example.com/m/cart', classname: 'example.com/m/cart', name: 'TestA/case_2' },
      ],
    });
    expect(retry.args.slice(retry.args.indexOf('-run'))).toEqual(['-run', '^(?:TestA)$', 'example.com/m/cart']);
  });

  it('converts go test -json events', () => {
    const events = [
      { Action: 'run', Package: 'p', Test: 'TestA' },
      { Action: 'output', Package: 'p', Test: 'TestA', Output: 'boom\n' },
      { Action: 'fail', Package: 'p', Test: 'TestA', Elapsed: 0.5 },
      { Action: 'pass', Package: 'p', Test: 'TestB', Elapsed: 0 },
      { Action: 'fail', Package: 'p', Elapsed: 0.6 },
    ];
    const records = goTestJsonRecords(events.map((e) => JSON.stringify(e)).join('\n'));
    expect(records.map((r) => [r.name, r.attempts[0]!.status])).toEqual([
      ['TestA', 'failed'],
      ['TestB', 'passed'],
    ]);
    expect(records[0]!.attempts[0]).toMatchObject({ durationMs: 500, failure: { body: 'boom\n' } });
  });
});

describe('file-based JavaScript runners', () => {
  const files = ['tests/a.spec.ts', 'tests/b (1).spec.ts'];

  it('vitest: JUnit reporter to the attempt path, retry by -t on the failed files', () => {
    const runner = runnerFor('vitest');
    expect(runner.command(context(suite('vitest'), files)).args).toEqual([
      'run',
      '--reporter=default',
      '--reporter=junit',
      '--outputFile.junit=/r/attempt-1.xml',
      '--',
      ...files,
    ]);
    const retry = runner.retryCommand({
      ...context(suite('vitest'), files, 2),
      failed: [{ suite: 's', classname: 'tests/b (1).spec.ts', name: 'cart > adds (x)', file: 'tests/b (1).spec.ts' }],
    });
    expect(retry.args).toEqual(expect.arrayContaining(['--testNamePattern', '^(?:cart adds \\(x\\))$']));
    expect(retry.args.slice(retry.args.indexOf('--') + 1)).toEqual(['tests/b (1).spec.ts']);
  });

  it("node: testpipe's events reporter beside the attempt, retry of the failed files with --test-name-pattern", () => {
    const runner = runnerFor('node');
    const first = runner.command(context(suite('node'), ['test/a.test.js', 'test/b.test.js']));
    expect(first.file).toBe(process.execPath);
    expect(first.args).toEqual([
      '--test',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=/r/node-test-events-reporter.mjs',
      '--test-reporter-destination=/r/attempt-1.node-events.jsonl',
      'test/a.test.js',
      'test/b.test.js',
    ]);
    expect(first.report).toEqual({ kind: 'node-test-events', path: '/r/attempt-1.node-events.jsonl' });
    expect(first.files?.map((file) => file.path)).toEqual(['/r/node-test-events-reporter.mjs']);
    const retry = runner.retryCommand({
      ...context(suite('node'), ['test/a.test.js', 'test/b.test.js'], 2),
      failed: [{ suite: 's', name: 'a+b', file: 'test/b.test.js' }],
    });
    expect(retry.args).toContain('--test-name-pattern=^(?:a\\+b)$');
    expect(retry.args.at(-1)).toBe('test/b.test.js');
    expect(retry.args).not.toContain('test/a.test.js');
  });

  it('mocha: mocha-junit-reporter via MOCHA_FILE, retry with --grep', () => {
    const runner = runnerFor('mocha');
    const retry = runner.retryCommand({
      ...context(suite('mocha'), ['test/a.js'], 2),
      failed: [{ suite: 's', name: 'cart [x] works' }],
    });
    expect(retry.env.MOCHA_FILE).toBe('/r/attempt-1.xml');
    expect(retry.args).toEqual([
      '--reporter',
      'mocha-junit-reporter',
      '--grep',
      '^(?:cart \\[x\\] works)$',
      '--',
      'test/a.js',
    ]);
  });

  it('playwright: junit via PLAYWRIGHT_JUNIT_OUTPUT_NAME, file filters escaped, retry with --last-failed', () => {
    const runner = runnerFor('playwright');
    const first = runner.command(context(suite('playwright', '    env:\n      BASE_URL: http://localhost\n'), files));
    expect(first.env).toEqual({ BASE_URL: 'http://localhost', PLAYWRIGHT_JUNIT_OUTPUT_NAME: '/r/attempt-1.xml' });
    expect(first.args).toEqual([
      'test',
      '--reporter=list,junit',
      '--',
      'tests/a\\.spec\\.ts',
      'tests/b \\(1\\)\\.spec\\.ts',
    ]);
    const retry = runner.retryCommand({
      ...context(suite('playwright'), files, 2),
      failed: [{ suite: 's', classname: 'tests/a.spec.ts', name: 'checkout', file: 'tests/a.spec.ts' }],
    });
    expect(retry.args).toEqual(['test', '--reporter=list,junit', '--last-failed', '--', 'tests/a\\.spec\\.ts']);
  });
});

describe('command', () => {
  it('runs the configured argv unchanged, again whole on retry', () => {
    const config = suite('command', `    command: [k6, run, "--env", "A=$(id)", perf/load.js]\n`);
    const ctx = context(config, ['s']);
    ctx.units = [{ id: 's' }];
    const first = runnerFor('command').command(ctx);
    expect([first.file, ...first.args]).toEqual(['k6', 'run', '--env', 'A=$(id)', 'perf/load.js']);
    expect(first.env).toMatchObject({ TESTPIPE_JUNIT_PATH: '/r/attempt-1.xml', TESTPIPE_ATTEMPT: '1' });
    expect(first.report).toEqual({ kind: 'junit-or-exit-code' });
    const retry = runnerFor('command').retryCommand({ ...ctx, attempt: 2, failed: [{ suite: 's', name: 's' }] });
    expect(retry.args).toEqual(first.args);
  });
});
