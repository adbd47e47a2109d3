// jest: units are test files; results come from --json (converted), or, when jest died before writing it,
// from testpipe's progress reporter; retries use -t with exact full names.
import { basename, dirname, join, relative } from 'node:path';
import { localBin } from './find-program.js';
import { configuredUnits, unitFiles } from './glob-units.js';
import { JEST_PROGRESS_ENV, JEST_PROGRESS_REPORTER } from './jest-progress.js';
import { listOutput, nonEmptyLines } from './list-output.js';
import { exactNamesPattern } from './regex-escape.js';
import type { CommandContext, RetryContext, RunnerAdapter, RunnerCommand } from './runner-types.js';

/** A file beside the attempt's JUnit: attempts/attempt-1.xml -> attempts/attempt-1<suffix>. */
function besideJUnit(junitPath: string, suffix: string): string {
  return join(dirname(junitPath), `${basename(junitPath, '.xml')}${suffix}`);
}

/**
 * --reporters replaces the config's reporters: jest's default one (the log) and testpipe's progress
 * reporter; a project's own reporters can be added in the suite's command.
 */
function run(context: CommandContext, files: readonly string[], namePattern?: string): RunnerCommand {
  const json = besideJUnit(context.junitPath, '.jest.json');
  const progress = besideJUnit(context.junitPath, '.jest-progress.jsonl');
  const reporter = join(dirname(context.junitPath), 'jest-progress-reporter.cjs');
  return {
    file: localBin(context.cwd, 'jest'),
    args: [
      '--ci',
      '--json',
      `--outputFile=${json}`,
      '--reporters=default',
      `--reporters=${reporter}`,
      ...(namePattern === undefined ? [] : ['--testNamePattern', namePattern]),
      ...(context.suite.command ?? []),
      '--runTestsByPath',
      ...files,
    ],
    env: { ...context.suite.env, [JEST_PROGRESS_ENV]: progress },
    report: { kind: 'jest-json', path: json, progressPath: progress },
    files: [
      { path: reporter, content: JEST_PROGRESS_REPORTER },
      { path: progress, content: '' },
    ],
  };
}

export const jestRunner: RunnerAdapter = {
  name: 'jest',

  async discover(suite, cwd) {
    const configured = await configuredUnits(suite, cwd);
    if (configured) return configured;
    const output = await listOutput(localBin(cwd, 'jest'), ['--listTests', ...(suite.command ?? [])], {
      cwd,
      env: suite.env,
    });
    return nonEmptyLines(output)
      .map((path) => relative(cwd, path).replace(/\\/g, '/'))
      .sort()
      .map((file) => ({ id: file, file }));
  },

  command(context) {
    return run(context, unitFiles(context.units));
  },

  retryCommand(context: RetryContext) {
    const files = [...new Set(context.failed.map((test) => test.file ?? test.classname ?? test.suite))];
    return run(context, files, exactNamesPattern(context.failed.map((test) => test.name)));
  },
};
