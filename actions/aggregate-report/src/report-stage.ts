import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  buildTimings,
  compareWithBase,
  computeMetrics,
  ingestReports,
  parseTimings,
  renderHtmlReport,
  toCtrfReport,
  writeMergedJUnit,
  type BaseComparison,
  type HistoryPoint,
  type Metrics,
  type TestRun,
  type Timings,
} from '@testpipe/core';
import type { FailOn } from './config.js';
import { evaluateGate, type GateVerdict } from './gate.js';

/** The small world the report stage talks to, so the action, the CLI and tests share it. */
export interface ReportLog {
  info(message: string): void;
  warning(message: string): void;
}

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
  log: ReportLog;
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

async function loadPreviousTimings(file: string, log: ReportLog): Promise<Timings | undefined> {
  try {
    return parseTimings(JSON.parse(await readFile(file, 'utf8')), file);
  } catch (error) {
    log.warning(`Previous timings ${file} were not used: ${(error as Error).message}`);
    return undefined;
  }
}

/** Reads every report, merges them, and writes metrics.json, ctrf-report.json, junit.xml, report.html, timings.json. */
export async function buildReport(input: ReportStageInput): Promise<ReportStageResult> {
  const run = await ingestReports(input.reportPaths);
  for (const file of run.files) {
    for (const problem of file.errors) input.log.warning(problem.message);
  }
  for (const duplicate of run.duplicates) input.log.warning(duplicate.message);
  const metrics = computeMetrics(run);
  const gate = evaluateGate(metrics, input.minPassRate, input.failOn);

  await mkdir(input.outputDir, { recursive: true });
  const files: ReportFiles = {
    metrics: path.join(input.outputDir, 'metrics.json'),
    ctrf: path.join(input.outputDir, 'ctrf-report.json'),
    junit: path.join(input.outputDir, 'junit.xml'),
    html: path.join(input.outputDir, 'report.html'),
    timings: path.join(input.outputDir, 'timings.json'),
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
  await writeFile(files.metrics, `${JSON.stringify(metrics, null, 2)}\n`);
  const ctrf = toCtrfReport(run, metrics, {
    toolName: 'testpipe',
    timestamp: generatedAt,
    runId: input.runId,
  });
  await writeFile(files.ctrf, `${JSON.stringify(ctrf)}\n`);
  await writeMergedJUnit(run, files.junit);
  const previous = input.previousTimings ? await loadPreviousTimings(input.previousTimings, input.log) : undefined;
  const timings = buildTimings(run, previous, { now: input.now });
  await writeFile(files.timings, `${JSON.stringify(timings, null, 2)}\n`);
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
    }),
  );
  return { run, metrics, gate, files, comparison };
}
