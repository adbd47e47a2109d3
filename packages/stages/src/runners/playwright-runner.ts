// Playwright: units are spec files; the junit reporter writes to PLAYWRIGHT_JUNIT_OUTPUT_NAME.
import { localBin } from './find-program.js';
import { configuredUnits, filesByGlob, unitFiles } from './glob-units.js';
import { escapeRegex } from './regex-escape.js';
import type { CommandContext, RetryContext, RunnerAdapter, RunnerCommand } from './runner-types.js';

export const PLAYWRIGHT_DEFAULT_GLOB = ['**/*.@(spec|test).?(c|m)[jt]s?(x)'];

function run(context: CommandContext, files: readonly string[], lastFailed: boolean): RunnerCommand {
  return {
    file: localBin(context.cwd, 'playwright'),
    args: [
      'test',
      '--reporter=list,junit',
      ...(lastFailed ? ['--last-failed'] : []),
      ...(context.suite.command ?? []),
      '--',
      // Playwright reads each filter as a regular expression over the file path: escape to keep it literal.
      ...files.map((file) => escapeRegex(file)),
    ],
    env: { ...context.suite.env, PLAYWRIGHT_JUNIT_OUTPUT_NAME: context.junitPath },
    report: { kind: 'junit' },
  };
}

export const playwrightRunner: RunnerAdapter = {
  name: 'playwright',

  async discover(suite, cwd) {
    return (await configuredUnits(suite, cwd)) ?? filesByGlob(PLAYWRIGHT_DEFAULT_GLOB, cwd);
  },

  command(context) {
    return run(context, unitFiles(context.units), false);
  },

  /** --last-failed reads Playwright's own record of the previous attempt; the failed files narrow it further. */
  retryCommand(context: RetryContext) {
    const files = [...new Set(context.failed.map((test) => test.file ?? test.classname ?? test.suite))];
    return run(context, files, true);
  },
};
