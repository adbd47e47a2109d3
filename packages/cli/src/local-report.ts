import type { FailOn } from '@testpipe/core';
import { REPORT_DEFAULTS, type ReportInput } from '@testpipe/stages';
import path from 'node:path';

export interface LocalReportOptions {
  results: string[];
  outputDir: string;
  reportName: string;
  minPassRate: number;
  failOn: FailOn;
  allowNoTests: boolean;
  previousTimings?: string;
}

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
  };
}
