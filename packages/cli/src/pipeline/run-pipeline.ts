// `testpipe pipeline`: provision → seed → plan → shards → report → teardown (always) → notify, from one
// testpipe.yml, on this machine. Each step is the stage the actions run; this file only sequences them.
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { METRICS_FILE, systemClock, type Logger, type Secrets } from '@testpipe/core';
import {
  SmokeCheckError,
  stopEmbeddedEnvironment,
  valuesToRedact,
  type JobStatus,
  type PipelineConfig,
} from '@testpipe/stages';
import { cliIdentity } from '../commands/provision.js';
import { EXIT, exitCodeOfError } from '../exit-codes.js';
import { gitlabPublishing } from '../gitlab-context.js';
import type { ShardProgress } from '../run/progress.js';
import { planRunAndReport, previousTimingsFile, type TestRunResult } from '../run/run-tests.js';
import {
  environmentMode,
  InterruptedError,
  provisionEnvironment,
  teardownEnvironment,
  type EnvironmentMode,
  type EnvironmentStep,
} from './environment-step.js';
import { PipelineInterrupts } from './interrupts.js';
import type { PipelineArgs } from './pipeline-args.js';
import { notifyStep, seedStep } from './stage-steps.js';
import type { TaskBoard } from './task-board.js';

export interface PipelineOutcome {
  exitCode: number;
  pipelineId: string;
  /** Why the pipeline did not pass, when it did not. */
  reason?: string;
  tests?: TestRunResult;
  outDir: string;
}

/** The variable an environment output reaches the seed and the tests as: database_url → TESTPIPE_DATABASE_URL. */
export function outputVariable(name: string): string {
  return `TESTPIPE_${name.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
}

/** The exit code of an error a step threw: an interrupt, a smoke check the data failed, else as the CLI's. */
function exitCodeOf(error: unknown): number {
  if (error instanceof InterruptedError) return EXIT.interrupted;
  if (error instanceof SmokeCheckError) return EXIT.failed;
  return exitCodeOfError(error);
}

function shardProgress(board: TaskBoard): ShardProgress {
  const task = (shard: string) => `shard ${shard}`;
  return {
    started: (shard, units) => board.start(task(shard), `${units} unit${units === 1 ? '' : 's'}`, 'report'),
    finished: (shard, outcome) => {
      const attempts = outcome.attempts > 1 ? `, ${outcome.attempts} attempts` : '';
      board.finish(
        task(shard),
        outcome.status === 'passed' ? 'passed' : 'failed',
        `${outcome.total} tests, ${outcome.failed} failed, ${outcome.flaky} flaky${attempts}`,
      );
    },
    crashed: (shard, error) => board.finish(task(shard), 'failed', `could not run: ${error.message}`),
    message: (text) => board.note(text),
    stop: () => undefined,
  };
}

export class PipelineRun {
  private readonly outDir: string;
  private readonly pipelineId: string;
  private exitCode: number = EXIT.ok;
  private tests?: TestRunResult;
  private reason?: string;

  constructor(
    private readonly args: PipelineArgs,
    private readonly config: PipelineConfig,
    private readonly board: TaskBoard,
    private readonly interrupts: PipelineInterrupts,
    /** Every secret of the run (--redact values, sensitive outputs): the board redacts with the same. */
    private readonly secrets: Secrets,
    private readonly debug: boolean,
  ) {
    this.outDir = path.resolve(args.out);
    this.pipelineId = args.pipelineId ?? `local-${new Date().toISOString().replace(/\D/g, '').slice(0, 14)}`;
  }

  private logger(task: string): Logger {
    return this.board.logger(task, this.debug);
  }

  /** Keeps the first failure: it decides the exit code and is what the pipeline says at the end. */
  private recordFailure(exitCode: number, reason: string): void {
    if (this.exitCode !== EXIT.ok) return;
    this.exitCode = exitCode;
    this.reason = reason;
  }

  /** A step that threw: its task fails (or is interrupted) and the error is recorded. */
  private fail(task: string, error: unknown): void {
    const message = this.secrets.redact(error instanceof Error ? error.message : String(error));
    this.board.finish(task, error instanceof InterruptedError ? 'interrupted' : 'failed', message);
    const exitCode = exitCodeOf(error);
    this.recordFailure(exitCode, `${task}: ${message}`);
    if (exitCode === EXIT.internal && this.debug && error instanceof Error) this.board.note(error.stack ?? '');
  }

  async run(): Promise<PipelineOutcome> {
    await mkdir(this.outDir, { recursive: true });
    const reportDir = path.join(this.outDir, 'report');
    const previousMetrics = path.join(this.outDir, 'previous-metrics.json');
    if (existsSync(path.join(reportDir, METRICS_FILE)))
      await copyFile(path.join(reportDir, METRICS_FILE), previousMetrics);
    else await rm(previousMetrics, { force: true });
    for (const stage of ['provision', 'seed', 'plan', 'report', 'teardown', 'notify']) this.board.plan(stage);
    const redact = valuesToRedact(this.args.redactNames, process.env);
    for (const value of redact.values) this.secrets.add(value);
    for (const name of redact.unset) this.board.note(`--redact ${name}: the environment has no value for ${name}.`);
    process.env.TESTPIPE_PIPELINE_ID = this.pipelineId;

    const environment = this.environmentStep();
    let mode: EnvironmentMode | undefined;
    const embeddedEnvFile = path.join(this.outDir, 'environment', 'embedded', 'env.json');
    try {
      const outputs: Record<string, string> = {};
      let envFile: string | undefined;
      if (environment) {
        mode = environmentMode(environment.config, this.args.withoutTerraform);
        if (mode === 'without-terraform' && !this.args.withoutTerraform) {
          this.board.note(
            `terraform is not on PATH: starting the same environment directly (environment.without-terraform: ${environment.config.withoutTerraform!.start.join(' ')}).`,
          );
        }
        this.board.start(
          'provision',
          mode === 'terraform' ? `terraform, ${environment.config.workingDirectory}` : 'without terraform',
        );
        const provisioned = await provisionEnvironment(environment, mode, this.interrupts.work.signal);
        Object.assign(outputs, provisioned.outputs);
        envFile = provisioned.envFile;
        this.board.finish('provision', 'passed', provisioned.detail);
      } else this.board.finish('provision', 'skipped', 'no environment section in testpipe.yml');
      for (const [name, value] of Object.entries(outputs)) process.env[outputVariable(name)] = value;

      if (this.config.seed && !this.interrupts.work.signal.aborted) {
        this.board.start('seed');
        const seeded = await seedStep(
          {
            config: this.config.seed,
            outputs,
            envFile,
            outputDir: path.join(this.outDir, 'results', 'seed'),
            embeddedEnvFile,
            databaseCreatedByPipeline: environment !== undefined,
            pipelineId: this.pipelineId,
            signal: this.interrupts.work.signal,
          },
          { logger: this.logger('seed'), clock: systemClock, secrets: this.secrets },
        );
        if (seeded.startedDatabaseUrl) process.env.TESTPIPE_DATABASE_URL = seeded.startedDatabaseUrl;
        this.board.finish('seed', 'passed', seeded.detail);
      } else if (!this.config.seed) this.board.finish('seed', 'skipped', 'no seed section in testpipe.yml');
      if (this.interrupts.work.signal.aborted) throw new InterruptedError('Interrupted before the tests ran.');

      await this.runTests(reportDir);
    } catch (error) {
      const running = this.board.list().find((task) => task.status === 'running');
      this.fail(running?.name ?? 'pipeline', error);
    }
    for (const task of this.board.list()) {
      if (task.status === 'pending' && !['teardown', 'notify'].includes(task.name)) {
        this.board.finish(task.name, 'skipped', 'not reached');
      }
    }
    await this.teardown(environment, mode, embeddedEnvFile);
    await this.notify(previousMetrics);
    const { exitCode, pipelineId, reason, tests, outDir } = this;
    return { exitCode, pipelineId, reason, tests, outDir };
  }

  private environmentStep(): EnvironmentStep | undefined {
    if (!this.config.environment) return undefined;
    return {
      config: this.config.environment,
      outputDir: path.join(this.outDir, 'environment'),
      pipelineId: this.pipelineId,
      identity: cliIdentity(undefined, 'pipeline'),
      logger: this.logger('provision'),
      clock: systemClock,
      secrets: this.secrets,
    };
  }

  private async runTests(reportDir: string): Promise<void> {
    const timingsFile = previousTimingsFile(this.args.timings, reportDir);
    this.board.start(
      'plan',
      timingsFile
        ? `with the timings of the run before (${path.relative(process.cwd(), timingsFile)})`
        : 'no timings yet: shards split by count; the next run plans with this run’s timings',
    );
    const seedJunit = path.join(this.outDir, 'results', 'seed', 'seed-checks.xml');
    const result = await planRunAndReport({
      configFile: this.args.config,
      suites: this.args.suites,
      outDir: this.outDir,
      timingsFile,
      parallel: this.args.parallel,
      signal: this.interrupts.work.signal,
      planLogger: this.logger('plan'),
      reportLogger: this.logger('report'),
      onPlanned: (_summary, jobs, parallel) => {
        for (const job of jobs) this.board.plan(`shard ${job.name}`, 'report');
        const known = timingsFile ? 'planned with the last run’s timings' : 'no timings yet (split by count)';
        this.board.finish('plan', 'passed', `${jobs.length} shard(s), ${parallel} at a time; ${known}`);
      },
      onShardsDone: () => this.board.start('report'),
      progress: () => shardProgress(this.board),
      redact: this.secrets.list(),
      minPassRate: this.args.minPassRate,
      failOn: this.args.failOn,
      allowNoTests: this.args.allowNoTests,
      reportName: 'testpipe pipeline',
      // In a GitLab merge-request pipeline with a token: the sticky note, as `testpipe report` posts it.
      gitlab: gitlabPublishing(process.env, { log: this.logger('report') }),
      extraResults: existsSync(seedJunit) ? [seedJunit] : [],
    });
    this.tests = result;
    const { report } = result;
    const verdict = report.gate?.reason ?? report.failure ?? report.status;
    const html = report.files ? ` — ${path.relative(process.cwd(), report.files.html)}` : '';
    const failed = report.failure !== undefined || result.crashed > 0;
    this.board.finish('report', failed ? 'failed' : 'passed', `${verdict.replace(/\.$/, '')}${html}`);
    if (this.interrupts.work.signal.aborted)
      throw new InterruptedError('Interrupted: the report has what the shards wrote.');
    if (failed)
      this.recordFailure(EXIT.failed, result.crashed > 0 ? `${result.crashed} shard(s) could not run` : verdict);
  }

  private jobStatus(): JobStatus {
    if (this.interrupts.count > 0) return 'cancelled';
    return this.exitCode === EXIT.ok ? 'success' : 'failure';
  }

  private async teardown(
    step: EnvironmentStep | undefined,
    mode: EnvironmentMode | undefined,
    embeddedEnvFile: string,
  ) {
    const embedded = await stopEmbeddedEnvironment(embeddedEnvFile).catch((error: Error) => `failed: ${error.message}`);
    if (!step || !mode) {
      this.board.finish(
        'teardown',
        'skipped',
        embedded ? `stopped the embedded PostgreSQL (${embedded})` : 'nothing was provisioned',
      );
      return;
    }
    this.board.start('teardown', `job status ${this.jobStatus()}`);
    const result = await teardownEnvironment(step, mode, this.jobStatus(), this.interrupts.teardown.signal);
    this.board.finish('teardown', result.ok ? 'passed' : 'failed', result.detail);
    if (!result.ok) this.recordFailure(EXIT.environment, `teardown: ${result.detail}`);
  }

  private async notify(previousMetrics: string) {
    const { tests } = this;
    if (!this.config.notify) {
      this.board.finish('notify', 'skipped', 'no notify section in testpipe.yml');
      return;
    }
    this.board.start('notify');
    // An interrupted run is told as cancelled, whatever the tests that ran said.
    const interrupted = this.interrupts.count > 0;
    const metricsFile = tests?.report.files && !interrupted ? path.join(tests.reportDir, METRICS_FILE) : undefined;
    const result = await notifyStep(
      {
        config: this.config.notify,
        metricsFile: metricsFile && existsSync(metricsFile) ? metricsFile : undefined,
        previousMetricsFile: existsSync(previousMetrics) ? previousMetrics : undefined,
        status: this.jobStatus(),
        reportHtml: tests?.report.files?.html,
      },
      { logger: this.logger('notify'), clock: systemClock, secrets: this.secrets },
    );
    // A notification that fails is a warning: it never changes the verdict.
    this.board.finish('notify', result.ok ? 'passed' : 'failed', result.detail);
  }
}
