// go: units are "package::TestName" (granularity test) or packages (granularity file).
// JUnit via gotestsum when it is installed, else `go test -json` converted by us.
import { dirname, join } from 'node:path';
import type { SuiteConfig } from '../pipeline-config/index.js';
import { findOnPath } from './find-program.js';
import { configuredUnits } from './glob-units.js';
import { listOutput } from './list-output.js';
import { exactNamesPattern } from './regex-escape.js';
import type { CommandContext, RetryContext, RunnerAdapter, RunnerCommand, TestUnit } from './runner-types.js';

const PACKAGE_RESULT = /^(?:ok|FAIL|\?)\s+(\S+)/;

/** Tests per package from `go test -list . ./...`: names come before their package's "ok" line. */
export function parseGoTestList(output: string): TestUnit[] {
  const units: TestUnit[] = [];
  let pending: string[] = [];
  for (const raw of output.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    const result = PACKAGE_RESULT.exec(line);
    if (result) {
      const pkg = result[1]!;
      units.push(...pending.map((name) => ({ id: `${pkg}::${name}`, file: pkg })));
      pending = [];
    } else if (/^(?:Test|Example|Fuzz|Benchmark)\w*$/.test(line)) pending.push(line);
  }
  return units;
}

function splitUnit(unit: TestUnit): { pkg: string; name?: string } {
  const at = unit.id.indexOf('::');
  return at === -1 ? { pkg: unit.id } : { pkg: unit.id.slice(0, at), name: unit.id.slice(at + 2) };
}

/**
 * One `go test` over the packages; with test names, a -run of exactly those top-level tests.
 * A name shared by two packages of one shard runs in both: -run applies to every package.
 */
function run(context: CommandContext, packages: readonly string[], names: readonly string[]): RunnerCommand {
  const goArgs = [
    ...(names.length > 0 ? ['-run', exactNamesPattern(names)] : []),
    ...(context.suite.command ?? []),
    ...packages,
  ];
  const gotestsum = findOnPath('gotestsum');
  if (gotestsum) {
    return {
      file: gotestsum,
      args: ['--format', 'standard-verbose', '--junitfile', context.junitPath, '--', ...goArgs],
      env: { ...context.suite.env },
      report: { kind: 'junit' },
    };
  }
  const jsonPath = join(dirname(context.junitPath), `${context.junitPath.split(/[/\\]/).pop()}.go-test.json`);
  return {
    file: 'go',
    args: ['test', '-json', ...goArgs],
    env: { ...context.suite.env },
    report: { kind: 'go-test-json', path: jsonPath },
    stdoutFile: jsonPath,
  };
}

export const goRunner: RunnerAdapter = {
  name: 'go',

  async discover(suite: SuiteConfig, cwd: string) {
    const configured = await configuredUnits(suite, cwd);
    if (configured) return configured;
    const output = await listOutput('go', ['test', '-list', '.', './...'], { cwd, env: suite.env });
    const tests = parseGoTestList(output);
    if (suite.granularity === 'test') return tests;
    return [...new Set(tests.map((unit) => unit.file!))].map((pkg) => ({ id: pkg, file: pkg }));
  },

  command(context) {
    const parts = context.units.map(splitUnit);
    const names = parts.every((part) => part.name !== undefined) ? parts.map((part) => part.name!) : [];
    return run(context, [...new Set(parts.map((part) => part.pkg))], names);
  },

  /** Failed subtests ("TestX/case") rerun their top-level test: -run's first level is the parent. */
  retryCommand(context: RetryContext) {
    const packages = [...new Set(context.failed.map((test) => test.classname ?? test.suite))];
    const names = context.failed.map((test) => test.name.split('/')[0]!);
    return run(context, packages, names);
  },

  unitOfRecord: (record) => record.classname,
};
