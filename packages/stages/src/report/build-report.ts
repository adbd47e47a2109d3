import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { readShardRecords } from './shard-records.js';
import {
  buildTimings,
  withShardClock,
  compareWithBase,
  computeMetrics,
  CTRF_REPORT_FILE,
  describeFileSystemError,
  evaluateGate,
  HTML_REPORT_FILE,
  ingestReports,
  locateFailures,
  redactRun,
  MERGED_JUNIT_FILE,
  METRICS_FILE,
  readTimingsFile,
  renderHtmlReport,
  TIMINGS_FILE,
  toCtrfReport,
  writeJsonContract,
  writeMergedJUnit,
  type BaseComparison,
  type FailOn,
  type GateVerdict,
  type HistoryPoint,
  type Logger,
  type Metrics,
  type Secrets,
  type TrackedFiles,
  type TestRun,
  type Timings,
} from '@testpipe/core';

export interface ReportStageInput {
  reportPaths: string[];
  outputDir: string;
  reportName: string;
  minPassRate: number;
  failOn: FailOn;
  /** Path of an earlier timings.json to merge with. */
  previousTimings?: string;
  /** Earlier runs for the trend; this run is appended. */
  history?: HistoryPoint[];
  base?: { run: TestRun; label: string };
  repositoryUrl?: string;
  commitSha?: string;
  runId?: string;
  now: Date;
  log: Logger;
  /** Redacted from everything read, before anything is logged, written or posted. */
  secrets: Secrets;
  /** Told each value a test masked with `::add-mask::`, so the log hides it too. */
  maskInLog?: (value: string) => void;
  /** The repository's tracked files, to locate failures; without them only what reports say is shown. */
  tracked?: TrackedFiles;
  /** Roots stripped from absolute paths in reports and stack traces (the workspace). */
  roots?: string[];
}

export interface ReportFiles {
  metrics: string;
  ctrf: string;
  junit: string;
  html: string;
  timings: string;
}

export interface ReportStageResult {
  run: TestRun;
  metrics: Metrics;
  gate: GateVerdict;
  files: ReportFiles;
  comparison?: BaseComparison;
}

async function loadPreviousTimings(file: string, log: Logger): Promise<Timings | undefined> {
  try {
    return await readTimingsFile(file);
  } catch (error) {
    log.warning(`Previous timings ${file} were not used: ${(error as Error).message}`);
    return undefined;
  }
}

/** Reads every report, merges them, and writes metrics.json, ctrf-report.json, junit.xml, report.html, timings.json. */
export async function buildReport(input: ReportStageInput): Promise<ReportStageResult> {
  const run = await ingestReports(input.reportPaths);
  for (const value of redactRun(run, input.secrets)) input.maskInLog?.(value);
  if (input.base) redactRun(input.base.run, input.secrets);
  if (input.tracked) locateFailures(run, input.tracked, input.roots);
  for (const file of run.files) {
    for (const problem of file.errors) input.log.warning(problem.message);
  }
  for (const duplicate of run.duplicates) input.log.warning(duplicate.message);
  const shardRecords = await readShardRecords(input.reportPaths, input.log);
  const metrics = withShardClock(computeMetrics(run), shardRecords);
  const gate = evaluateGate(metrics, input.minPassRate, input.failOn);

  await mkdir(input.outputDir, { recursive: true }).catch((error: unknown) => {
    throw describeFileSystemError(error, 'Creating the report directory');
  });
  const files: ReportFiles = {
    metrics: path.join(input.outputDir, METRICS_FILE),
    ctrf: path.join(input.outputDir, CTRF_REPORT_FILE),
    junit: path.join(input.outputDir, MERGED_JUNIT_FILE),
    html: path.join(input.outputDir, HTML_REPORT_FILE),
    timings: path.join(input.outputDir, TIMINGS_FILE),
  };
  const generatedAt = input.now.toISOString();
  const comparison = input.base ? compareWithBase(run, input.base.run, input.base.label) : undefined;
  const history = input.history && [
    ...input.history,
    {
      runId: input.runId ?? 'this run',
      at: generatedAt,
      passRate: metrics.passRate,
      durationMs: metrics.durationMs.wall,
    },
  ];
  await writeJsonContract(files.metrics, metrics);
  const ctrf = toCtrfReport(run, metrics, {
    toolName: 'testpipe',
    timestamp: generatedAt,
    runId: input.runId,
  });
  await writeFile(files.ctrf, `${JSON.stringify(ctrf)}\n`);
  await writeMergedJUnit(run, files.junit);
  const previous = input.previousTimings ? await loadPreviousTimings(input.previousTimings, input.log) : undefined;
  const timings = buildTimings(run, previous, { now: input.now, shards: shardRecords });
  await writeJsonContract(files.timings, timings);
  await writeFile(
    files.html,
    renderHtmlReport({
      title: input.reportName,
      run,
      metrics,
      generatedAt,
      history,
      baseComparison: comparison,
      repositoryUrl: input.repositoryUrl,
      commitSha: input.commitSha,
      roots: input.roots,
    }),
  );
  return { run, metrics, gate, files, comparison };
}
