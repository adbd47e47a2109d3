// Runs one shard of a suite: the runner once, then only its failed tests again (up to `retries`),
// each attempt's JUnit kept under attempts/, all merged into results/<shard>/junit.xml + ctrf.json.
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import {
  backoffDelayMs,
  formatDurationSetting,
  ingestFile,
  isFailing,
  RunBuilder,
  SHARD_ATTEMPTS_DIR,
  SHARD_CTRF_FILE,
  SHARD_JUNIT_FILE,
  SHARD_RECORD_FILE,
  systemClock,
  toCtrfReport,
  writeJsonContract,
  writeMergedJUnit,
  type Clock,
  type Logger,
  type TestCaseRecord,
  type TestResult,
  type TestRun,
} from '@testpipe/core';
import type { SuiteConfig } from '../pipeline-config/index.js';
import { runnerFor, type FailedTest, type RunnerAdapter, type RunnerCommand, type TestUnit } from '../runners/index.js';
import { writeAttemptReport } from './attempt-report.js';
import { onlyUnitOf, recordInSuite } from './record-in-suite.js';
import { ShardTiming } from './shard-timing.js';
import { runInProcessGroup, type ProcessGroupResult } from './process-group.js';
import type { TrackedProcess } from './process-tree.js';
import { cancelledCase, didNotRunCase, timedOutCase } from './synthetic-cases.js';

export interface RunShardAttemptsOptions {
  suite: SuiteConfig;
  units: readonly TestUnit[];
  /** results/<shard>/ */
  resultsDir: string;
  shardName: string;
  log: Pick<Logger, 'info' | 'warning'>;
  /** Default: the system clock. */
  clock?: Clock;
  signal?: AbortSignal;
  /** Repository root; the suite's working-directory is resolved against it. Default: process.cwd(). */
  rootDir?: string;
  /** Default: the suite's kill-grace-period (10 s). */
  killGraceMs?: number;
  /** Backoff between retries; default 2 s base, 30 s cap, full jitter. */
  retryDelay?: { baseDelayMs: number; maxDelayMs: number };
  adapter?: RunnerAdapter;
  /** The plan's prediction for this shard, kept in shard.json to compare with what it took. */
  predictedMs?: number;
}

export type ShardStatus = 'passed' | 'failed' | 'timed-out' | 'errored';

export interface ShardAttemptRecord {
  attempt: number;
  file: string;
  args: string[];
  exitCode: number | null;
  junitPath: string;
  /** The runner wrote results for this attempt. */
  reported: boolean;
  /** Process (group) id the attempt ran as. */
  pid?: number;
}

export interface ShardOutcome {
  status: ShardStatus;
  total: number;
  /** failed + errored, final status. */
  failed: number;
  flaky: number;
  attempts: number;
  /** results/<shard>/ */
  resultsPath: string;
  junitPath: string;
  ctrfPath: string;
  commands: ShardAttemptRecord[];
}

const COLLECTION_ERROR = /collection failure|error collecting|Test suite failed to run/i;

function commandLine(command: RunnerCommand): string {
  return [command.file, ...command.args]
    .map((arg) => (/^[\w@%+=:,./-]+$/.test(arg) ? arg : JSON.stringify(arg)))
    .join(' ');
}

function isFailingResult(test: TestResult): boolean {
  return isFailing(test.status);
}

function straysWarning(strays: readonly TrackedProcess[], command: RunnerCommand): string {
  const list = strays.map((stray) => `pid ${stray.pid}: ${stray.command}`).join('; ');
  return (
    `${command.file} exited, leaving ${strays.length} process(es) running (they held its output open or would ` +
    `outlive the shard); killed them: ${list}`
  );
}

function howItEnded(execution: ProcessGroupResult, command: RunnerCommand): string {
  if (execution.spawnError) return `could not start ${command.file}: ${execution.spawnError.message}`;
  if (execution.exitSignal) return `${command.file} was killed by ${execution.exitSignal}`;
  return `${command.file} exited with code ${execution.exitCode}`;
}

/** Why the failed tests are not run again, or undefined when they should be. */
function reasonNotToRetry(run: TestRun, failing: readonly TestResult[], suite: SuiteConfig): string | undefined {
  const ran = run.tests.filter((test) => test.status !== 'skipped').length;
  if (failing.some((test) => test.attempts.some((a) => COLLECTION_ERROR.test(a.failure?.message ?? '')))) {
    return 'tests could not be collected (an import or syntax error): a retry cannot fix that; not retrying';
  }
  if (ran > 0 && failing.length / ran > suite.retryMaxFailureRatio) {
    const percent = Math.round(suite.retryMaxFailureRatio * 100);
    return `${failing.length} of ${ran} failed (>${percent} %): that is a broken build, not flakes; not retrying`;
  }
  return undefined;
}

/** Runs the suite's runner for the shard's units, then only the failed tests again, and merges every attempt. */
export async function runShardAttempts(options: RunShardAttemptsOptions): Promise<ShardOutcome> {
  const { suite, shardName, log, signal } = options;
  const clock = options.clock ?? systemClock;
  const adapter = options.adapter ?? runnerFor(suite.runner);
  const cwd = resolve(options.rootDir ?? process.cwd(), suite.workingDirectory);
  const resultsPath = resolve(options.resultsDir);
  const attemptsDir = join(resultsPath, SHARD_ATTEMPTS_DIR);
  await mkdir(attemptsDir, { recursive: true });
  const graceMs = options.killGraceMs ?? suite.killGraceMs;
  const retryDelay = options.retryDelay ?? { baseDelayMs: 2000, maxDelayMs: 30_000 };
  const deadline = clock.now() + suite.timeoutMs;
  const builder = new RunBuilder();
  const commands: ShardAttemptRecord[] = [];
  let status: ShardStatus | undefined;
  let failing: TestResult[] = [];
  if (options.units.length === 0) log.info(`shard ${shardName} has no tests: nothing to run`);

  const unitOf = adapter.unitOfRecord ?? onlyUnitOf(suite, options.units);
  const timing = new ShardTiming(clock.now());
  for (let attempt = 1; options.units.length > 0; attempt++) {
    const junitPath = join(attemptsDir, `attempt-${attempt}.xml`);
    const context = { suite, units: options.units, attempt, junitPath, cwd };
    const command =
      attempt === 1 ? adapter.command(context) : adapter.retryCommand({ ...context, failed: failing.map(failedTest) });
    log.info(`attempt ${attempt}: ${commandLine(command)}`);
    for (const file of command.files ?? []) await writeFile(file.path, file.content);
    const startedAtMs = clock.now();
    const execution = await runInProcessGroup({
      file: command.file,
      args: command.args,
      cwd,
      // Every runner's tests can tell which attempt and shard they are (fixtures, ports, flaky demos).
      env: { ...process.env, ...command.env, TESTPIPE_ATTEMPT: String(attempt), TESTPIPE_SHARD: shardName },
      timeoutMs: deadline - startedAtMs,
      graceMs,
      onLine: (line) => log.info(line),
      ...(signal && { signal }),
      ...(command.stdoutFile && { stdoutFile: command.stdoutFile }),
    });
    if (execution.strays.length > 0) log.warning(straysWarning(execution.strays, command));
    const { reported, crashedIn = [] } = await writeAttemptReport({
      command,
      junitPath,
      cwd,
      suiteName: suite.name,
      execution,
      startedAtMs,
    });
    commands.push({
      attempt,
      file: command.file,
      args: command.args,
      exitCode: execution.exitCode,
      junitPath,
      reported,
    });
    if (execution.pid !== undefined) commands.at(-1)!.pid = execution.pid;
    if (crashedIn.length > 0) {
      log.warning(
        `${howItEnded(execution, command)} while running ${crashedIn.join(', ')}: the tests that finished are ` +
          'kept, the crash is reported as an error of that file',
      );
    }
    const records: TestCaseRecord[] = [];
    if (reported) {
      const inSuite = (record: TestCaseRecord) => recordInSuite(record, suite.name, cwd, unitOf);
      builder.addFile(await ingestFile(junitPath, (record) => records.push(inSuite(record)), { shard: shardName }));
      // A retry filters by name (jest and vitest -t), and those runners report every other test of the
      // retried files as skipped: such a skip is not an attempt of that test, so it is left out.
      const retried = attempt === 1 ? undefined : new Set(failing.map((test) => test.instanceOf ?? test.name));
      for (const record of records) {
        if (retried && !retried.has(record.name) && record.attempts.every((a) => a.status === 'skipped')) continue;
        builder.add(record, { path: junitPath, shard: shardName });
      }
    }
    timing.attemptEnded(attempt, clock.now() - startedAtMs, records);
    const identity = { suite: suite.name, shard: shardName, commandLine: commandLine(command), tail: execution.tail };
    if (execution.timedOut) {
      log.warning(
        `shard ${shardName} timed out after ${formatDurationSetting(suite.timeoutMs)}: killed its process group`,
      );
      builder.add(timedOutCase(identity, suite.timeoutMs, clock.now() - startedAtMs), {
        path: junitPath,
        shard: shardName,
      });
      status = 'timed-out';
      break;
    }
    if (execution.cancelled) {
      builder.add(cancelledCase(identity), { path: junitPath, shard: shardName });
      status = 'errored';
      break;
    }
    if (records.length === 0) {
      const how = howItEnded(execution, command);
      log.warning(`${how} before any test ran; not retrying`);
      builder.add(didNotRunCase(identity, how), { path: junitPath, shard: shardName });
      status = 'errored';
      break;
    }
    const run = builder.build();
    failing = run.tests.filter(isFailingResult);
    if (failing.length === 0) {
      if (execution.exitCode !== 0) log.warning(`${howItEnded(execution, command)} although no test failed`);
      break;
    }
    if (attempt > suite.retries) break;
    const reason =
      crashedIn.length > 0
        ? 'a retry of the failed tests cannot run the tests the crash skipped; not retrying'
        : reasonNotToRetry(run, failing, suite);
    if (reason) {
      log.warning(reason);
      break;
    }
    const waitMs = backoffDelayMs(attempt, retryDelay, Math.random);
    if (clock.now() + waitMs >= deadline) {
      log.warning(`no time left in the suite timeout to retry ${failing.length} failed test(s)`);
      break;
    }
    log.info(`retrying ${failing.length} failed test(s) in ${waitMs} ms (retry ${attempt} of ${suite.retries})`);
    // A cancel ends the wait; the next attempt then sees the aborted signal and records the cancel.
    await clock.sleep(waitMs, signal).catch(() => undefined);
  }

  const run = builder.build();
  const junitPath = join(resultsPath, SHARD_JUNIT_FILE);
  const ctrfPath = join(resultsPath, SHARD_CTRF_FILE);
  await writeMergedJUnit(run, junitPath, { name: suite.name });
  const ctrf = toCtrfReport(run, undefined, {
    toolName: suite.runner,
    environment: { suite: suite.name, shard: shardName },
  });
  await writeJsonContract(ctrfPath, ctrf);
  const identity = {
    shard: shardName,
    suite: suite.name,
    ...(options.predictedMs !== undefined && { predictedMs: options.predictedMs }),
  };
  await writeJsonContract(
    join(resultsPath, SHARD_RECORD_FILE),
    timing.record(identity, options.units, commands.length, clock.now()),
  );
  const failed = run.tests.filter(isFailingResult).length;
  return {
    status: status ?? (failed > 0 ? 'failed' : 'passed'),
    total: run.tests.length,
    failed,
    flaky: run.tests.filter((test) => test.flaky).length,
    attempts: commands.length,
    resultsPath,
    junitPath,
    ctrfPath,
    commands,
  };
}

function failedTest(test: TestResult): FailedTest {
  // Same-named instances (`name #2`) are known to the runner by the name they share.
  const failed: FailedTest = { suite: test.suite, name: test.instanceOf ?? test.name };
  if (test.classname !== undefined) failed.classname = test.classname;
  if (test.file !== undefined) failed.file = test.file;
  return failed;
}
