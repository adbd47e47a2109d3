// pytest: tests are node ids ("tests/test_x.py::TestY::test_z[param]"), run and retried by node id.
import type { SuiteConfig } from '../pipeline-config/index.js';
import { configuredUnits, unitFiles } from './glob-units.js';
import { listOutput, nonEmptyLines } from './list-output.js';
import type {
  CommandContext,
  FailedTest,
  RetryContext,
  RunnerAdapter,
  RunnerCommand,
  TestUnit,
} from './runner-types.js';

/** The interpreter when the suite names none (`python` in testpipe.yml). */
const DEFAULT_PYTHON = 'python3';
/** pytest's exit code when nothing was collected. */
const NO_TESTS_COLLECTED = 5;

/** Node ids from `pytest --collect-only -q`: lines up to the blank line before the summary. */
export function parsePytestCollection(output: string): string[] {
  return nonEmptyLines(output).filter((line) => line.includes('::') && !/^(?:=|ERROR|FAILED)\b/.test(line));
}

/** rootdir pinned to the working directory, so node ids and JUnit file attributes agree. */
function baseArgs(cwd: string): string[] {
  return ['-m', 'pytest', `--rootdir=${cwd}`];
}

/** The classname pytest's xunit1 JUnit gives a node id: path dotted, .py dropped, classes appended. */
export function pytestClassname(nodeId: string): { classname: string; name: string } {
  const parts = nodeId.split('::');
  const name = parts.pop() ?? '';
  const module = (parts[0] ?? '').replace(/\.py$/, '').replace(/[/\\]/g, '.');
  return { classname: [module, ...parts.slice(1)].filter(Boolean).join('.'), name };
}

/** The node id of a failed test: by matching the known node ids, else rebuilt from file and classname. */
export function pytestNodeId(test: FailedTest, known: readonly TestUnit[]): string {
  for (const unit of known) {
    if (!unit.id.includes('::')) continue;
    const { classname, name } = pytestClassname(unit.id);
    if (name === test.name && classname === (test.classname ?? '')) return unit.id;
  }
  const file = test.file ?? `${(test.classname ?? '').split('.').join('/')}.py`;
  const module = file.replace(/\.py$/, '').replace(/[/\\]/g, '.');
  const classname = test.classname ?? module;
  const classes = classname.startsWith(`${module}.`) ? classname.slice(module.length + 1).split('.') : [];
  return [file, ...classes, test.name].join('::');
}

function run(context: CommandContext, selectors: readonly string[]): RunnerCommand {
  const { suite, cwd, junitPath } = context;
  return {
    file: suite.python ?? DEFAULT_PYTHON,
    args: [
      ...baseArgs(cwd),
      '-v',
      '-o',
      'junit_family=xunit1',
      `--junitxml=${junitPath}`,
      ...(suite.command ?? []),
      '--',
      ...selectors,
    ],
    env: { ...suite.env },
    report: { kind: 'junit' },
  };
}

export const pytestRunner: RunnerAdapter = {
  name: 'pytest',

  async discover(suite: SuiteConfig, cwd: string): Promise<TestUnit[]> {
    const configured = await configuredUnits(suite, cwd);
    if (configured) return configured;
    const python = suite.python ?? DEFAULT_PYTHON;
    const output = await listOutput(python, [...baseArgs(cwd), '--collect-only', '-q', ...(suite.command ?? [])], {
      cwd,
      env: suite.env,
      okExitCodes: [NO_TESTS_COLLECTED],
    });
    const units = parsePytestCollection(output).map((id) => ({ id, file: id.split('::')[0] }));
    if (suite.granularity === 'test') return units;
    return unitFiles(units).map((file) => ({ id: file, file }));
  },

  command(context) {
    return run(
      context,
      context.units.map((unit) => unit.id),
    );
  },

  retryCommand(context: RetryContext) {
    return run(context, [...new Set(context.failed.map((test) => pytestNodeId(test, context.units)))]);
  },
};
