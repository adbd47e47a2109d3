import type { TestCaseRecord } from '@testpipe/core';
import type { RunnerName, SuiteConfig } from '../pipeline-config/index.js';

/** What a shard is given to run: one test or one file, as the runner names it. */
export interface TestUnit {
  /** pytest node id, file path (relative to the working directory), go "pkg::TestName" or package. */
  id: string;
  /** The file (or go package) the unit belongs to, for planning by file. */
  file?: string;
}

/** A test whose final attempt failed, as read back from the runner's JUnit XML. */
export interface FailedTest {
  suite: string;
  classname?: string;
  name: string;
  file?: string;
}

/** Where the runner leaves its results; the shard turns any of them into JUnit XML at junitPath. */
export type ReportSource =
  /** The runner writes JUnit XML to junitPath itself. */
  | { kind: 'junit' }
  /** jest --json --outputFile=path, converted; progressPath: what finished before jest died (jest-progress.ts). */
  | { kind: 'jest-json'; path: string; progressPath: string }
  /** node:test through testpipe's events reporter (node-test-events.ts), converted. */
  | { kind: 'node-test-events'; path: string }
  /** go test -json on stdout, captured to path and converted. */
  | { kind: 'go-test-json'; path: string }
  /** The user's command writes JUnit XML matching these globs (relative to the working directory). */
  | { kind: 'junit-glob'; patterns: string[] }
  /** JUnit at junitPath if the command wrote one, else one test case from the exit code. */
  | { kind: 'junit-or-exit-code' };

/** A program to run with an argument array (never a shell string). */
export interface RunnerCommand {
  file: string;
  args: string[];
  /** Added to the inherited environment (the suite's env included). */
  env: Record<string, string>;
  report: ReportSource;
  /** stdout is also written here (go test -json). */
  stdoutFile?: string;
  /** Files written just before the program starts (jest's progress reporter). */
  files?: Array<{ path: string; content: string }>;
}

export interface CommandContext {
  suite: SuiteConfig;
  units: readonly TestUnit[];
  /** 1 = first run. */
  attempt: number;
  /** Absolute path the attempt's JUnit XML must end up at. */
  junitPath: string;
  /** Absolute working directory of the suite. */
  cwd: string;
}

export interface RetryContext extends CommandContext {
  /** Only these are run again. */
  failed: readonly FailedTest[];
}

/** One test framework: how to list its tests, run them, and run only the failed ones again. */
export interface RunnerAdapter {
  readonly name: RunnerName;
  discover(suite: SuiteConfig, cwd: string): Promise<TestUnit[]>;
  command(context: CommandContext): RunnerCommand;
  retryCommand(context: RetryContext): RunnerCommand;
  /** The unit a result that names no file belongs to (go: its package), so timings match discovery. */
  unitOfRecord?(record: TestCaseRecord): string | undefined;
}
