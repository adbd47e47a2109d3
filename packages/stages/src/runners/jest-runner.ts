// jest: units are test files; results come from --json (converted), retries use -t with exact full names.
import { relative } from 'node:path';
import { dirname, join } from 'node:path';
import { localBin } from './find-program.js';
import { configuredUnits, unitFiles } from './glob-units.js';
import { listOutput, nonEmptyLines } from './list-output.js';
import { exactNamesPattern } from './regex-escape.js';
import type { CommandContext, RetryContext, RunnerAdapter, RunnerCommand } from './runner-types.js';

function jsonPathFor(junitPath: string): string {
  return join(
    dirname(junitPath),
    `${junitPath
      .split(/[/\\]/)
      .pop()!
      .replace(/\.xml$/, '')}.jest.json`,
  );
}

function run(context: CommandContext, files: readonly string[], namePattern?: string): RunnerCommand {
  const json = jsonPathFor(context.junitPath);
  return {
    file: localBin(context.cwd, 'jest'),
    args: [
      '--ci',
      '--json',
      `--outputFile=${json}`,
      ...(namePattern === undefined ? [] : ['--testNamePattern', namePattern]),
      ...(context.suite.command ?? []),
      '--runTestsByPath',
      ...files,
    ],
    env: { ...context.suite.env },
    report: { kind: 'jest-json', path: json },
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
