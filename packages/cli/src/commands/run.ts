import { nullLogger, SHARD_JUNIT_FILE, TIMINGS_FILE, type Logger, type PipelinePlan } from '@testpipe/core';
import {
  killAllProcessTreesNow,
  planSummaryText,
  runPlan,
  runReport,
  runShard,
  valuesToRedact,
  type PipelineConfig,
} from '@testpipe/stages';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Command } from '../commands.js';
import { finishLocalReport, localReportInput } from '../local-report.js';
import { runWithConcurrency } from '../run/pool.js';
import { PlainProgress, TerminalProgress, type ShardProgress } from '../run/progress.js';
import { parseRunArgs, RUN_USAGE, type RunArgs } from '../run/run-args.js';
import { terminalLogger } from '../terminal-logger.js';

const INTERRUPTED_EXIT_CODE = 130;

interface ShardJob {
  name: string;
  units: number;
  predictedMs: number;
}

/** The timings file to plan with and merge into: --timings, else the last local run's report. */
function timingsFile(args: RunArgs, reportDir: string): string | undefined {
  if (args.timings) return path.resolve(args.timings);
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

/** A shard's log for the terminal: its lines go to results/<shard>/output.log, its warnings above the progress. */
function shardLogger(name: string, progress: ShardProgress): Logger {
  const show = (message: string) => progress.message(`  ⚠ ${name}: ${message}`);
  return { ...nullLogger, warning: show, error: show };
}

/** Runs one shard into <out>/results/<shard>/; never throws. */
async function runJob(
  job: ShardJob,
  planned: { plan: PipelinePlan; config: PipelineConfig },
  out: string,
  signal: AbortSignal,
  progress: ShardProgress,
  redact: string[],
): Promise<boolean> {
  const startedAt = Date.now();
  progress.started(job.name, job.units);
  try {
    const result = await runShard(
      { shard: job.name, rootDir: process.cwd(), planned, resultsDir: out, workDir: out, signal, redact },
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
 * Ctrl-C (or SIGTERM) stops the running shards (their results and the report are still written); a
 * second signal kills every process the shards started and exits at once, without a report.
 */
function cancelOnSignals(controller: AbortController, progress: () => ShardProgress | undefined): () => void {
  const onSignal = (signal: NodeJS.Signals): void => {
    if (controller.signal.aborted) {
      killAllProcessTreesNow();
      progress()?.stop();
      process.stderr.write(`\n${signal} again: killed the shards' processes; exiting without a report.\n`);
      process.exit(INTERRUPTED_EXIT_CODE);
    }
    const message = `${signal}: stopping the running shards (every process they started is killed); press Ctrl-C again to exit at once.`;
    const view = progress();
    if (view) view.message(message);
    else process.stderr.write(`${message}\n`);
    controller.abort(new Error(`Interrupted by ${signal}.`));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return () => {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  };
}

async function runPipeline(args: RunArgs, debug: boolean): Promise<number> {
  const outDir = path.resolve(args.out);
  const reportDir = path.join(outDir, 'report');
  const previousTimings = timingsFile(args, reportDir);
  const logger = terminalLogger({ info: process.stdout, debug });
  const redact = valuesToRedact(args.redactNames, process.env);
  for (const name of redact.unset) logger.warning(`--redact ${name}: the environment has no value for ${name}.`);
  const planned = await runPlan(
    {
      configFile: args.config,
      rootDir: process.cwd(),
      suites: args.suites,
      timingsFile: previousTimings,
      workDir: outDir,
      timingsAdvice: `The next run plans with the timings this one writes to ${path.join(reportDir, TIMINGS_FILE)} (or pass --timings).`,
    },
    { logger },
  );
  const jobs = shardJobs(planned.plan);
  const parallel = Math.min(args.parallel, Math.max(1, jobs.length));
  process.stdout.write(
    `\nPlan ${planned.plan.planHash.slice(0, 12)}: ${jobs.length} shard(s) of ${planned.config.suites.length} suite(s), ` +
      `${parallel} at a time\n${planSummaryText(planned.plan)}\n\n`,
  );

  const controller = new AbortController();
  let progress: ShardProgress | undefined;
  const stopListening = cancelOnSignals(controller, () => progress);
  let crashed = 0;
  let ran = 0;
  try {
    const terminal = args.progress && process.stdout.isTTY === true && process.env.TERM !== 'dumb';
    progress = terminal
      ? new TerminalProgress(process.stdout, jobs.length)
      : new PlainProgress(process.stdout, jobs.length);
    try {
      await runWithConcurrency(jobs, parallel, controller.signal, async (job) => {
        ran += 1;
        if (!(await runJob(job, planned, outDir, controller.signal, progress!, redact.values))) crashed += 1;
      });
    } finally {
      progress.stop();
    }
  } finally {
    stopListening();
  }
  const interrupted = controller.signal.aborted;
  if (interrupted) {
    process.stderr.write(
      `Interrupted: ${ran} of ${jobs.length} shard(s) started; the report has what they wrote, ` +
        'shards that never started are missing from it.\n',
    );
  }

  const junitFiles = jobs
    .map((job) => path.join(outDir, 'results', job.name, SHARD_JUNIT_FILE))
    .filter((file) => existsSync(file));
  const report = await runReport(
    localReportInput({
      results: junitFiles,
      outputDir: reportDir,
      reportName: 'testpipe run',
      minPassRate: args.minPassRate,
      failOn: args.failOn,
      allowNoTests: args.allowNoTests,
      previousTimings,
      redact: redact.values,
    }),
    // stdout keeps the plan, the progress and the verdict; the report stage's own lines go to stderr.
    { logger: terminalLogger({ info: process.stderr, debug }) },
  );
  process.stdout.write('\n');
  await finishLocalReport(report, reportDir);
  if (crashed > 0) {
    process.stdout.write(
      `${crashed} shard(s) could not run, so their tests are missing from the report; see results/<shard>/output.log.\n`,
    );
  }
  if (report.files) process.stdout.write(`Report: ${report.files.html}\n`);
  if (interrupted) return INTERRUPTED_EXIT_CODE;
  if (crashed > 0) return 1;
  return report.failure ? 1 : 0;
}

export const runCommand: Command = {
  name: 'run',
  usage: RUN_USAGE,
  run: (args, options) => runPipeline(parseRunArgs(args), options.debug),
};
