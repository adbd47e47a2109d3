// vitest: units are test files found by glob; JUnit from its built-in reporter; retries by -t full name.
import { localBin } from './find-program.js';
import { configuredUnits, filesByGlob, unitFiles } from './glob-units.js';
import { exactNamesPattern } from './regex-escape.js';
import type { CommandContext, RetryContext, RunnerAdapter, RunnerCommand } from './runner-types.js';

export const VITEST_DEFAULT_GLOB = ['**/*.{test,spec}.?(c|m)[jt]s?(x)'];

function run(context: CommandContext, files: readonly string[], namePattern?: string): RunnerCommand {
  return {
    file: localBin(context.cwd, 'vitest'),
    args: [
      'run',
      '--reporter=default',
      '--reporter=junit',
      `--outputFile.junit=${context.junitPath}`,
      ...(namePattern === undefined ? [] : ['--testNamePattern', namePattern]),
      ...(context.suite.command ?? []),
      '--',
      ...files,
    ],
    env: { ...context.suite.env },
    report: { kind: 'junit' },
  };
}

/** vitest's JUnit names join describe blocks with " > "; -t matches them joined with spaces. */
export function vitestFullName(junitName: string): string {
  return junitName.split(' > ').join(' ');
}

export const vitestRunner: RunnerAdapter = {
  name: 'vitest',

  async discover(suite, cwd) {
    return (await configuredUnits(suite, cwd)) ?? filesByGlob(VITEST_DEFAULT_GLOB, cwd);
  },

  command(context) {
    return run(context, unitFiles(context.units));
  },

  retryCommand(context: RetryContext) {
    const files = [...new Set(context.failed.map((test) => test.file ?? test.classname ?? test.suite))];
    return run(context, files, exactNamesPattern(context.failed.map((test) => vitestFullName(test.name))));
  },
};
