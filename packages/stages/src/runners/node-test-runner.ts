// node:test: units are test files; testpipe's events reporter writes the results, the spec reporter the log.
import { basename, dirname, join } from 'node:path';
import { configuredUnits, filesByGlob, unitFiles } from './glob-units.js';
import { NODE_TEST_EVENTS_REPORTER } from './node-test-events.js';
import { exactNamesPattern } from './regex-escape.js';
import type { CommandContext, RetryContext, RunnerAdapter, RunnerCommand } from './runner-types.js';

export const NODE_TEST_DEFAULT_GLOB = [
  '**/*.test.{js,mjs,cjs}',
  '**/*-test.{js,mjs,cjs}',
  '**/*_test.{js,mjs,cjs}',
  '**/test-*.{js,mjs,cjs}',
  '**/test/**/*.{js,mjs,cjs}',
];

function run(context: CommandContext, files: readonly string[], namePattern?: string): RunnerCommand {
  const events = join(dirname(context.junitPath), `${basename(context.junitPath, '.xml')}.node-events.jsonl`);
  const reporter = join(dirname(context.junitPath), 'node-test-events-reporter.mjs');
  return {
    file: process.execPath,
    args: [
      '--test',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      `--test-reporter=${reporter}`,
      `--test-reporter-destination=${events}`,
      ...(namePattern === undefined ? [] : [`--test-name-pattern=${namePattern}`]),
      ...(context.suite.command ?? []),
      ...files,
    ],
    env: { ...context.suite.env },
    report: { kind: 'node-test-events', path: events },
    files: [{ path: reporter, content: NODE_TEST_EVENTS_REPORTER }],
  };
}

export const nodeTestRunner: RunnerAdapter = {
  name: 'node',

  async discover(suite, cwd) {
    return (await configuredUnits(suite, cwd)) ?? filesByGlob(NODE_TEST_DEFAULT_GLOB, cwd);
  },

  command(context) {
    return run(context, unitFiles(context.units));
  },

  /** The failed tests' files, filtered by name; a test without a file reruns the shard's files. */
  retryCommand(context: RetryContext) {
    const files = context.failed.every((test) => test.file !== undefined)
      ? [...new Set(context.failed.map((test) => test.file!))]
      : unitFiles(context.units);
    return run(context, files, exactNamesPattern(context.failed.map((test) => test.name)));
  },
};
