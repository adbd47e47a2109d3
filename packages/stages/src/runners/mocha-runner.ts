// mocha: units are test files; mocha-junit-reporter (a project dependency) writes the report via MOCHA_FILE.
import { localBin } from './find-program.js';
import { configuredUnits, filesByGlob, unitFiles } from './glob-units.js';
import { exactNamesPattern } from './regex-escape.js';
import type { CommandContext, RetryContext, RunnerAdapter, RunnerCommand } from './runner-types.js';

export const MOCHA_DEFAULT_GLOB = ['test/**/*.{js,cjs,mjs}'];

function run(context: CommandContext, files: readonly string[], grep?: string): RunnerCommand {
  return {
    file: localBin(context.cwd, 'mocha'),
    args: [
      '--reporter',
      'mocha-junit-reporter',
      ...(grep === undefined ? [] : ['--grep', grep]),
      ...(context.suite.command ?? []),
      '--',
      ...files,
    ],
    env: { ...context.suite.env, MOCHA_FILE: context.junitPath },
    report: { kind: 'junit' },
  };
}

export const mochaRunner: RunnerAdapter = {
  name: 'mocha',

  async discover(suite, cwd) {
    return (await configuredUnits(suite, cwd)) ?? filesByGlob(MOCHA_DEFAULT_GLOB, cwd);
  },

  command(context) {
    return run(context, unitFiles(context.units));
  },

  /** mocha-junit-reporter names a testcase by its full title, which is what --grep matches. */
  retryCommand(context: RetryContext) {
    return run(context, unitFiles(context.units), exactNamesPattern(context.failed.map((test) => test.name)));
  },
};
