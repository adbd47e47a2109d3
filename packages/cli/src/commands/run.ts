import { parseTimings, renderMarkdownReport, type Timings } from '@testpipe/core';
import { buildReport } from '@testpipe/action-aggregate-report/report-stage';
import {
  loadPipelineConfig,
  PipelineConfigInvalidError,
  type PipelineConfig,
  type SuiteConfig,
} from '@testpipe/action-run-matrix/config';
import { planPipeline, shardAssignment, type PipelinePlan } from '@testpipe/action-run-matrix/plan-stage';
import { planSummaryText } from '@testpipe/action-run-matrix/plan-summary';
import { DiscoveryError, type TestUnit } from '@testpipe/action-run-matrix/runners';
import { runShard } from '@testpipe/action-run-matrix/shard';
import { createWriteStream, existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from '../commands.js';
import { runWithConcurrency } from '../run/pool.js';
import { PlainProgress, TerminalProgress, type ShardProgress } from '../run/progress.js';
import { parseRunArgs, RUN_USAGE, type RunArgs } from '../run/run-args.js';
import { UsageError } from '../usage-error.js';
import { formatMetrics } from './metrics.js';

const INTERRUPTED_EXIT_CODE = 130;

/** A problem that makes the run impossible (config, suite names, discovery): printed, exit 2. */
class RunSetupError extends Error {
  override readonly name = 'RunSetupError';
}

interface ShardJob {
  name: string;
  suite: SuiteConfig;
  units: TestUnit[];
  predictedMs: number;
  resultsDir: string;
}

const stdoutLog = {
  info: (message: string) => process.stdout.write(`${message}\n`),
  warning: (message: string) => process.stderr.write(`warning: ${message}\n`),
};

async function loadConfig(file: string, suites: readonly string[]): Promise<PipelineConfig> {
  let config: PipelineConfig;
  try {
    config = await loadPipelineConfig(file);
  } catch (error) {
    if (error instanceof PipelineConfigInvalidError) throw new RunSetupError(error.message);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new RunSetupError(`${file} does not exist; pass --config with your testpipe.yml.`);
    if (code === 'EISDIR') throw new RunSetupError(`${file} is a directory; pass --config with your testpipe.yml.`);
    throw error;
  }
  if (suites.length === 0) return config;
  const known = config.suites.map((s) => s.name);
  const unknown = suites.filter((name) => !known.includes(name));
  if (unknown.length > 0) {
    throw new RunSetupError(
      `${config.file} has no suite ${unknown.map((n) => `"${n}"`).join(', ')}; its suites are: ${known.join(', ')}.`,
    );
  }
  return { ...config, suites: config.suites.filter((s) => suites.includes(s.name)) };
}

/** The timings file to plan with and merge into: --timings, else the last local run's report. */
function timingsFile(args: RunArgs, reportDir: string): string | undefined {
  if (args.timings) return path.resolve(args.timings);
  const previous = path.join(reportDir, 'timings.json');
  return existsSync(previous) ? previous : undefined;
}

async function loadTimings(file: string | undefined): Promise<Timings | undefined> {
  if (!file) return undefined;
  try {
    const timings = parseTimings(JSON.parse(await readFile(file, 'utf8')), file);
    stdoutLog.info(`Timings from ${file}.`);
    return timings;
  } catch (error) {
    stdoutLog.warning(`Timings were not used, the plan is estimated: ${(error as Error).message}`);
    return undefined;
  }
}

/** The planner's advice names the action's inputs; locally the loop closes through <out>/report/timings.json. */
const ACTION_TIMINGS_ADVICE =
  /Pass timings\.json from aggregate-report \(timings-file or timings-artifact\) to balance it\.$/;

async function plan(config: PipelineConfig, timings: Timings | undefined, reportDir: string): Promise<PipelinePlan> {
  const log = {
    info: stdoutLog.info,
    warning: (message: string) =>
      stdoutLog.warning(
        message.replace(
          ACTION_TIMINGS_ADVICE,
          `The next run plans with the timings this one writes to ${path.join(reportDir, 'timings.json')} (or pass --timings).`,
        ),
      ),
  };
  try {
    return await planPipeline({ config, rootDir: process.cwd(), timings, log });
  } catch (error) {
    if (error instanceof DiscoveryError) throw new RunSetupError(error.message);
    throw error;
  }
}

/** Every shard of every suite, longest predicted first so the slowest do not start last. */
function shardJobs(pipelinePlan: PipelinePlan, config: PipelineConfig, resultsRoot: string): ShardJob[] {
  const jobs = pipelinePlan.suites.flatMap((suitePlan) =>
    suitePlan.shards.map((shard) => {
      const { suite, units } = shardAssignment(pipelinePlan, config, shard.name);
      return {
        name: shard.name,
        suite,
        units,
        predictedMs: shard.predictedMs,
        resultsDir: path.join(resultsRoot, shard.name),
      };
    }),
  );
  return jobs.sort((a, b) => b.predictedMs - a.predictedMs);
}

/** Runs one shard into results/<shard>/, its output kept in output.log; never throws. */
async function runJob(job: ShardJob, signal: AbortSignal, progress: ShardProgress): Promise<boolean> {
  const startedAt = Date.now();
  await rm(job.resultsDir, { recursive: true, force: true }); // an earlier run's attempts must not mix in
  await mkdir(job.resultsDir, { recursive: true });
  const output = createWriteStream(path.join(job.resultsDir, 'output.log'));
  progress.started(job.name, job.units.length);
  try {
    const outcome = await runShard({
      suite: job.suite,
      units: job.units,
      resultsDir: job.resultsDir,
      shardName: job.name,
      rootDir: process.cwd(),
      signal,
      log: {
        info: (line) => output.write(`${line}\n`),
        warning: (line) => {
          output.write(`warning: ${line}\n`);
          progress.message(`  ⚠ ${job.name}: ${line}`);
        },
      },
    });
    progress.finished(job.name, outcome, Date.now() - startedAt);
    return true;
  } catch (error) {
    const failure = error instanceof Error ? error : new Error(String(error));
    output.write(`error: ${failure.stack ?? failure.message}\n`);
    progress.crashed(job.name, failure, Date.now() - startedAt);
    return false;
  } finally {
    await new Promise((done) => output.end(done));
  }
}

/** Ctrl-C (or SIGTERM) aborts the running shards once; a second Ctrl-C exits at once. */
function cancelOnSignals(controller: AbortController, progress: () => ShardProgress | undefined): () => void {
  const onSignal = (signal: NodeJS.Signals): void => {
    if (controller.signal.aborted) {
      progress()?.stop();
      process.stderr.write(`\n${signal} again: exiting without a report.\n`);
      process.exit(INTERRUPTED_EXIT_CODE);
    }
    const message = `${signal}: stopping the running shards (their process groups are killed); press Ctrl-C again to exit at once.`;
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

async function runPipeline(args: RunArgs): Promise<number> {
  const outDir = path.resolve(args.out);
  const resultsRoot = path.join(outDir, 'results');
  const reportDir = path.join(outDir, 'report');
  const config = await loadConfig(args.config, args.suites);
  const previousTimings = timingsFile(args, reportDir);
  const pipelinePlan = await plan(config, await loadTimings(previousTimings), reportDir);
  const jobs = shardJobs(pipelinePlan, config, resultsRoot);
  const parallel = Math.min(args.parallel, Math.max(1, jobs.length));
  process.stdout.write(
    `\nPlan ${pipelinePlan.planHash.slice(0, 12)}: ${jobs.length} shard(s) of ${config.suites.length} suite(s), ` +
      `${parallel} at a time\n${planSummaryText(pipelinePlan)}\n\n`,
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
        if (!(await runJob(job, controller.signal, progress!))) crashed += 1;
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

  const junitFiles = jobs.map((job) => path.join(job.resultsDir, 'junit.xml')).filter((file) => existsSync(file));
  const reportName = 'testpipe run';
  const report = await buildReport({
    reportPaths: junitFiles,
    outputDir: reportDir,
    reportName,
    minPassRate: args.minPassRate,
    failOn: args.failOn,
    previousTimings,
    now: new Date(),
    log: stdoutLog,
  });
  const { markdown } = renderMarkdownReport(
    {
      reportName,
      run: report.run,
      metrics: report.metrics,
      status: report.gate.status,
      gate: { minPassRate: args.minPassRate, failOn: args.failOn, reason: report.gate.reason },
    },
    { target: 'summary' },
  );
  await writeFile(path.join(reportDir, 'summary.md'), markdown);
  process.stdout.write(`\n${formatMetrics(report.metrics)}\n\n${report.gate.reason}\n`);
  if (crashed > 0) {
    process.stdout.write(
      `${crashed} shard(s) could not run, so their tests are missing from the report; see results/<shard>/output.log.\n`,
    );
  }
  process.stdout.write(`Report: ${report.files.html}\n`);
  if (interrupted) return INTERRUPTED_EXIT_CODE;
  if (crashed > 0) return 1;
  if (report.gate.status === 'no-tests') return args.allowNoTests ? 0 : 1;
  return report.gate.failStep ? 1 : 0;
}

export const runCommand: Command = {
  name: 'run',
  summary: 'plan, run every shard in parallel, and report: the whole pipeline on this machine',
  async run(args) {
    let parsed: RunArgs | 'help';
    try {
      parsed = parseRunArgs(args);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      process.stderr.write(`testpipe run: ${error.message}\n\n${RUN_USAGE}\n`);
      return 2;
    }
    if (parsed === 'help') {
      process.stdout.write(`${RUN_USAGE}\n`);
      return 0;
    }
    try {
      return await runPipeline(parsed);
    } catch (error) {
      if (!(error instanceof RunSetupError)) throw error;
      process.stderr.write(`testpipe run: ${error.message}\n`);
      return 2;
    }
  },
};
