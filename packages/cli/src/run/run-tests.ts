// Plan, run every shard N at a time, and report: the part `testpipe run` and `testpipe pipeline` share.
import {
  nullLogger,
  SHARD_JUNIT_FILE,
  TIMINGS_FILE,
  type FailOn,
  type Logger,
  type PipelinePlan,
} from '@testpipe/core';
import {
  planSummaryText,
  runPlan,
  runReport,
  runShard,
  type PipelineConfig,
  type ReportResult,
} from '@testpipe/stages';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { GitLabPublishing } from '../gitlab-context.js';
import { localReportInput } from '../local-report.js';
import { runWithConcurrency } from './pool.js';
import type { ShardProgress } from './progress.js';

export interface ShardJob {
  name: string;
  units: number;
  predictedMs: number;
}

export interface TestRunOptions {
  configFile: string;
  suites: string[];
  outDir: string;
  /** timings.json to plan with (and merge into the new one). */
  timingsFile?: string;
  parallel: number;
  signal: AbortSignal;
  /** Lines of the plan stage (discovery, timings used). */
  planLogger: Logger;
  /** Lines of the report stage. */
  reportLogger: Logger;
  /** The shards' display, made once their number is known. */
  progress(jobs: readonly ShardJob[]): ShardProgress;
  /** Told the plan before any shard starts: its summary, the shards, and how many run at once. */
  onPlanned?(summary: string, jobs: readonly ShardJob[], parallel: number): void;
  /** Every shard has ended; the report is next. */
  onShardsDone?(): void;
  redact: string[];
  minPassRate: number;
  failOn: FailOn;
  allowNoTests: boolean;
  reportName: string;
  /** More JUnit files for the report (the seed's smoke checks). */
  extraResults?: string[];
  /** A GitLab merge-request pipeline's sticky note (see gitlabPublishing). */
  gitlab?: GitLabPublishing;
}

export interface TestRunResult {
  report: ReportResult;
  reportDir: string;
  jobs: number;
  /** Shards that started. */
  ran: number;
  /** Shards that could not run at all. */
  crashed: number;
}

/** The timings file to plan with and merge into: the given one, else the last local run's report. */
export function previousTimingsFile(explicit: string | undefined, reportDir: string): string | undefined {
  if (explicit) return path.resolve(explicit);
  const previous = path.join(reportDir, TIMINGS_FILE);
  return existsSync(previous) ? previous : undefined;
}

/** Every shard of every suite, longest predicted first so the slowest do not start last. */
function shardJobs(plan: PipelinePlan): ShardJob[] {
  const jobs = plan.suites.flatMap((suite) =>
    suite.shards.map((shard) => ({ name: shard.name, units: shard.units.length, predictedMs: shard.predictedMs })),
  );
  return jobs.sort((a, b) => b.predictedMs - a.predictedMs);
}

/** A shard's log for the terminal: its lines go to results/<shard>/output.log, its warnings to the display. */
function shardLogger(name: string, progress: ShardProgress): Logger {
  const show = (message: string) => progress.message(`  ⚠ ${name}: ${message}`);
  return { ...nullLogger, warning: show, error: show };
}

/** Runs one shard into <out>/results/<shard>/; never throws, resolves false when it could not run. */
async function runJob(
  job: ShardJob,
  planned: { plan: PipelinePlan; config: PipelineConfig },
  options: TestRunOptions,
  progress: ShardProgress,
): Promise<boolean> {
  const startedAt = Date.now();
  progress.started(job.name, job.units);
  const out = path.resolve(options.outDir);
  try {
    const result = await runShard(
      {
        shard: job.name,
        rootDir: process.cwd(),
        planned,
        resultsDir: out,
        workDir: out,
        signal: options.signal,
        redact: options.redact,
      },
      { logger: shardLogger(job.name, progress) },
    );
    progress.finished(job.name, result.outcome!, Date.now() - startedAt);
    return true;
  } catch (error) {
    progress.crashed(job.name, error instanceof Error ? error : new Error(String(error)), Date.now() - startedAt);
    return false;
  }
}

/**
 * Plans, runs the shards and writes the report into <out>/report; the report is written even when
 * interrupted. The caller prints the verdict (finishLocalReport).
 */
export async function planRunAndReport(options: TestRunOptions): Promise<TestRunResult> {
  const outDir = path.resolve(options.outDir);
  const reportDir = path.join(outDir, 'report');
  const planned = await runPlan(
    {
      configFile: options.configFile,
      rootDir: process.cwd(),
      suites: options.suites,
      timingsFile: options.timingsFile,
      workDir: outDir,
      timingsAdvice: `The next run plans with the timings this one writes to ${path.join(reportDir, TIMINGS_FILE)} (or pass --timings).`,
    },
    { logger: options.planLogger },
  );
  const jobs = shardJobs(planned.plan);
  const parallel = Math.min(options.parallel, Math.max(1, jobs.length));
  options.onPlanned?.(
    `Plan ${planned.plan.planHash.slice(0, 12)}: ${jobs.length} shard(s) of ${planned.config.suites.length} suite(s), ` +
      `${parallel} at a time\n${planSummaryText(planned.plan)}`,
    jobs,
    parallel,
  );
  let crashed = 0;
  let ran = 0;
  const progress = options.progress(jobs);
  try {
    await runWithConcurrency(jobs, parallel, options.signal, async (job) => {
      ran += 1;
      if (!(await runJob(job, planned, options, progress))) crashed += 1;
    });
  } finally {
    progress.stop();
  }
  options.onShardsDone?.();
  const junitFiles = jobs
    .map((job) => path.join(outDir, 'results', job.name, SHARD_JUNIT_FILE))
    .filter((file) => existsSync(file));
  const report = await runReport(
    localReportInput({
      results: [...junitFiles, ...(options.extraResults ?? [])],
      outputDir: reportDir,
      reportName: options.reportName,
      minPassRate: options.minPassRate,
      failOn: options.failOn,
      allowNoTests: options.allowNoTests,
      previousTimings: options.timingsFile,
      redact: options.redact,
      gitlab: options.gitlab,
    }),
    { logger: options.reportLogger, host: options.gitlab?.host },
  );
  return { report, reportDir, jobs: jobs.length, ran, crashed };
}
