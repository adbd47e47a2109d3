// The report stage on this machine, for `report` and `run`: loaded once their arguments are usable.
import { SUMMARY_FILE, type FailOn } from '@testpipe/core';
import { REPORT_DEFAULTS, type ReportInput, type ReportResult } from '@testpipe/stages';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { formatMetrics } from './commands/metrics.js';
import type { GitLabPublishing } from './gitlab-context.js';

export { runReport, valuesToRedact } from '@testpipe/stages';
export { terminalLogger } from './terminal-logger.js';
export { gitlabPublishing } from './gitlab-context.js';

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
  /** A GitLab merge-request pipeline's note (see gitlabPublishing); nothing is published without it. */
  gitlab?: GitLabPublishing;
}

const ALLOW_OUTSIDE_FLAG = {
  refusedBecause: '--allow-outside-workspace was not given',
  toAllow: 'pass --allow-outside-workspace',
};

/**
 * The report stage's input on this machine: paths relative to the current directory, nothing to publish
 * but a GitLab merge-request note when `gitlab` is given.
 */
export function localReportInput(options: LocalReportOptions): ReportInput {
  const workspace = process.cwd();
  const { gitlab } = options;
  return {
    results: options.results,
    reportName: options.reportName,
    minPassRate: options.minPassRate,
    failOn: options.failOn,
    ifNoResults: options.allowNoTests ? 'ignore' : 'error',
    outputDir: options.outputDir,
    // Nothing is uploaded here (no artifact store); with a host, the name makes the stage ask it for an
    // earlier report, so the note says why there is none (GitLab: none is looked up).
    reportArtifact: gitlab ? REPORT_DEFAULTS['report-artifact'] : '',
    previousTimings: options.previousTimings,
    comment: gitlab?.comment ?? 'off',
    commentMode: gitlab?.commentMode ?? REPORT_DEFAULTS['comment-mode'],
    checkRun: false,
    maxAnnotations: 0,
    pipelineId: 'local',
    context: {
      repository: '',
      headSha: '',
      workspace,
      ...(gitlab && { pullRequest: gitlab.pullRequest, runUrl: gitlab.runUrl }),
    },
    workDir: path.join(options.outputDir, '.work'),
    redact: [...(options.redact ?? []), ...(gitlab?.redact ?? [])],
    // `run` reads its own results wherever --out is; `report` reads outside only with the flag.
    outsideWorkspace: options.outsideWorkspace ?? 'allow',
    outsideWorkspaceOption: ALLOW_OUTSIDE_FLAG,
  };
}

/** What `report` and `run` print and keep after the report stage: summary.md, the metrics, the verdict. */
export async function finishLocalReport(
  result: ReportResult,
  outputDir: string,
  print: { out: { write(text: string): unknown }; err: { write(text: string): unknown } } = {
    out: process.stdout,
    err: process.stderr,
  },
): Promise<void> {
  if (result.summaryMarkdown) await writeFile(path.join(outputDir, SUMMARY_FILE), result.summaryMarkdown);
  if (result.metrics && result.gate) print.out.write(`${formatMetrics(result.metrics)}\n\n${result.gate.reason}\n`);
  if (result.failure && result.failure !== result.gate?.reason) print.err.write(`${result.failure}\n`);
}
