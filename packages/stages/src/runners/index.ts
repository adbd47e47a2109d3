import type { RunnerName } from '../pipeline-config/index.js';
import { discoverChecked } from './checked-discovery.js';
import { commandRunner } from './command-runner.js';
import { goRunner } from './go-runner.js';
import { jestRunner } from './jest-runner.js';
import { mochaRunner } from './mocha-runner.js';
import { nodeTestRunner } from './node-test-runner.js';
import { playwrightRunner } from './playwright-runner.js';
import { pytestRunner } from './pytest-runner.js';
import type { RunnerAdapter } from './runner-types.js';
import { vitestRunner } from './vitest-runner.js';

const RUNNERS: Record<RunnerName, RunnerAdapter> = {
  pytest: pytestRunner,
  jest: jestRunner,
  vitest: vitestRunner,
  go: goRunner,
  node: nodeTestRunner,
  mocha: mochaRunner,
  playwright: playwrightRunner,
  command: commandRunner,
};

/** The runner's adapter; its discovery names a working directory that does not exist. */
export function runnerFor(name: RunnerName): RunnerAdapter {
  const adapter = RUNNERS[name];
  return { ...adapter, discover: (suite, cwd) => discoverChecked(adapter, suite, cwd) };
}

export type {
  RunnerAdapter,
  RunnerCommand,
  ReportSource,
  TestUnit,
  FailedTest,
  CommandContext,
  RetryContext,
} from './runner-types.js';
export { DiscoveryError } from './list-output.js';
export { escapeRegex, exactNamesPattern } from './regex-escape.js';
export { parsePytestCollection, pytestNodeId, pytestClassname } from './pytest-runner.js';
export { parseGoTestList } from './go-runner.js';
export { jestJsonRecords } from './jest-json.js';
export { goTestJsonRecords } from './go-test-json.js';
export { writeRecordsAsJUnit } from './records-to-junit.js';
export { emptyDiscoveryReason } from './checked-discovery.js';
