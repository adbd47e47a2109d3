// The validated form of testpipe.yml: every default applied, durations in milliseconds.

export const RUNNER_NAMES = ['pytest', 'jest', 'vitest', 'go', 'node', 'mocha', 'playwright', 'command'] as const;
export type RunnerName = (typeof RUNNER_NAMES)[number];

/** `test`: a unit is one test (pytest node id, go test name); `file`: one test file (or go package). */
export type Granularity = 'test' | 'file';

export interface DiscoverConfig {
  /** Test files, relative to the working directory. */
  glob?: string[];
  /** A program with arguments whose output lists the tests; replaces the runner's own list command. */
  command?: string[];
}

export interface SuiteConfig {
  name: string;
  runner: RunnerName;
  /** Relative to the repository root; default ".". */
  workingDirectory: string;
  discover?: DiscoverConfig;
  /** `command` runner: the program and its arguments. Other runners: extra arguments. */
  command?: string[];
  env: Record<string, string>;
  timeoutMs: number;
  /** Grace between SIGTERM and SIGKILL when the timeout kills the shard. */
  killGraceMs: number;
  retries: number;
  retryMaxFailureRatio: number;
  shards: number | 'auto';
  maxParallel: number;
  granularity: Granularity;
  /** Extra files to upload with the results (screenshots, traces). */
  artifacts: string[];
  /** `command` runner: where the command writes its JUnit XML (path or globs). */
  junit?: string[];
  /** pytest: the Python interpreter that runs `-m pytest` (default python3); relative to the working directory. */
  python?: string;
}

export interface PipelineConfig {
  version: 1;
  /** The file it was read from, for messages. */
  file: string;
  suites: SuiteConfig[];
}

export const DEFAULT_GRANULARITY: Record<RunnerName, Granularity> = {
  pytest: 'test',
  go: 'test',
  jest: 'file',
  vitest: 'file',
  node: 'file',
  mocha: 'file',
  playwright: 'file',
  command: 'file',
};

export const SUITE_DEFAULTS = {
  workingDirectory: '.',
  timeoutMs: 30 * 60_000,
  killGraceMs: 10_000,
  retries: 0,
  retryMaxFailureRatio: 0.3,
  shards: 'auto',
  maxParallel: 4,
} as const;
