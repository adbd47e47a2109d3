// The report stage on this machine, for `report` and `run`: loaded once their arguments are usable.
import { SUMMARY_FILE, type FailOn } from '@testpipe/core';
import { REPORT_DEFAULTS, type ReportInput, type ReportResult } from '@testpipe/stages';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { formatMetrics } from './commands/metrics.js';

export { runReport, valuesToRedact } from '@testpipe/stages';
export { terminalLogger } from './terminal-logger.js';

export interface LocalReportOptions {
  results: string[];
  outputDir: string;
  reportName: string;
  minPassRate: number;
  failOn: FailOn;
  allowNoTests: boolean;
  previousTimings?: string;
  /** Values redacted from every file written (see `--redact`). */
  redact?: string[];
  /** Globs leaving the current directory (see `--allow-outside-workspace`); default 'allow' (run's own). */
  outsideWorkspace?: 'allow' | 'refuse-globs';
}

const ALLOW_OUTSIDE_FLAG = {
  refusedBecause: '--allow-outside-workspace was not given',
  toAllow: 'pass --allow-outside-workspace',
};

/** The report stage's input on this machine: paths relative to the current directory, nothing to publish. */
export function localReportInput(options: LocalReportOptions): ReportInput {
  const workspace = process.cwd();
  return {
    results: options.results,
    reportName: options.reportName,
    minPassRate: options.minPassRate,
    failOn: options.failOn,
    ifNoResults: options.allowNoTests ? 'ignore' : 'error',
    outputDir: options.outputDir,
    reportArtifact: '',
    previousTimings: options.previousTimings,
    comment: 'off',
    commentMode: REPORT_DEFAULTS['comment-mode'],
    checkRun: false,
    maxAnnotations: 0,
    pipelineId: 'local',
    context: { repository: '', headSha: '', workspace },
    workDir: path.join(options.outputDir, '.work'),
    redact: options.redact ?? [],
    // `run` reads its own results wherever --out is; `report` reads outside only with the flag.
    outsideWorkspace: options.outsideWorkspace ?? 'allow',
    outsideWorkspaceOption: ALLOW_OUTSIDE_FLAG,
  };
}

/** What `report` and `run` print and keep after the report stage: summary.md, the metrics, the verdict. */
export async function finishLocalReport(result: ReportResult, outputDir: string): Promise<void> {
  if (result.summaryMarkdown) await writeFile(path.join(outputDir, SUMMARY_FILE), result.summaryMarkdown);
  if (result.metrics && result.gate) {
    process.stdout.write(`${formatMetrics(result.metrics)}\n\n${result.gate.reason}\n`);
  }
  if (result.failure && result.failure !== result.gate?.reason) process.stderr.write(`${result.failure}\n`);
}
