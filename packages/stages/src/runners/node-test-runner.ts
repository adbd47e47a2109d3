// node:test: units are test files; node's junit reporter writes the report, the spec reporter the log.
import { configuredUnits, filesByGlob, unitFiles } from './glob-units.js';
import { exactNamesPattern } from './regex-escape.js';
import type { CommandContext, RetryContext, RunnerAdapter, RunnerCommand } from './runner-types.js';

export const NODE_TEST_DEFAULT_GLOB = [
  '**/*.test.{js,mjs,cjs}',
  '**/*-test.{js,mjs,cjs}',
  '**/*_test.{js,mjs,cjs}',
  '**/test-*.{js,mjs,cjs}',
  '**/test/**/*.{js,mjs,cjs}',
];

function run(context: CommandContext, namePattern?: string): RunnerCommand {
  return {
    file: process.execPath,
    args: [
      '--test',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=junit',
      `--test-reporter-destination=${context.junitPath}`,
      ...(namePattern === undefined ? [] : [`--test-name-pattern=${namePattern}`]),
      ...(context.suite.command ?? []),
      ...unitFiles(context.units),
    ],
    env: { ...context.suite.env },
    report: { kind: 'junit' },
  };
}

export const nodeTestRunner: RunnerAdapter = {
  name: 'node',

  async discover(suite, cwd) {
    return (await configuredUnits(suite, cwd)) ?? filesByGlob(NODE_TEST_DEFAULT_GLOB, cwd);
  },

  command(context) {
    return run(context);
  },

  /** node's junit reporter does not name the file of a test, so the shard's files run, filtered by name. */
  retryCommand(context: RetryContext) {
    return run(context, exactNamesPattern(context.failed.map((test) => test.name)));
  },
};
