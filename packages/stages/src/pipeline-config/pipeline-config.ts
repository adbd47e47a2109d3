// The validated form of testpipe.yml: every default applied, durations in milliseconds.
import type { BackendType, DestroyPolicy, NotifyOn } from '../defaults.js';

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

/** `environment:` what `testpipe pipeline` provisions before seeding and tears down after the report. */
export interface EnvironmentConfig {
  /** The Terraform configuration, relative to the repository root. */
  workingDirectory: string;
  backend: BackendType;
  backendConfig: string[];
  /** Terraform variables (-var NAME=VALUE). */
  vars: Record<string, string>;
  destroy: DestroyPolicy;
  preserveOnFailure: boolean;
  ttlMs: number;
  lockTimeoutMs: number;
  /** The same environment without Terraform (when it is not on PATH): programs run from the repository root. */
  withoutTerraform?: DirectEnvironmentConfig;
}

export interface DirectEnvironmentConfig {
  /** Starts the environment and returns once it is ready, writing its outputs; gets TESTPIPE_ENVIRONMENT_DIR. */
  start: string[];
  /** Stops everything start started; gets the same TESTPIPE_ENVIRONMENT_DIR. */
  stop: string[];
  /** The JSON file of outputs ({name: value}) start writes, relative to TESTPIPE_ENVIRONMENT_DIR. */
  outputs: string;
  /** Outputs that are secrets: redacted everywhere, never printed. */
  sensitive: string[];
}

/** `seed:` the seed stage's settings; paths relative to the repository root. */
export interface SeedConfig {
  /** Health checks; `${name}` is replaced by the environment output `name`. */
  waitFor: string[];
  timeoutMs: number;
  migrations?: string;
  datasets?: string;
  dataset?: string;
  checkWritable: boolean;
}

/** `notify:` when and where `testpipe pipeline` tells the verdict; channel secrets come from the environment. */
export interface NotifyConfig {
  on: NotifyOn;
  /** A local file sink: each notification is written there as JSON and Markdown. */
  directory?: string;
  minPassRate: number;
  topN: number;
  slackChannel?: string;
  emailTo: string[];
  mentionOnFailure?: string;
}

export interface PipelineConfig {
  version: 1;
  /** The file it was read from, for messages. */
  file: string;
  suites: SuiteConfig[];
  environment?: EnvironmentConfig;
  seed?: SeedConfig;
  notify?: NotifyConfig;
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
