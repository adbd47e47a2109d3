import type { Metrics } from '../../metrics/metrics.js';
import type { TestRun } from '../../model.js';
import type { BaseComparison } from './compare.js';

export type ReportStatus = 'passed' | 'failed' | 'no-tests';

export interface ReportLinks {
  /** e.g. https://github.com/o/r/blob/<sha>/ ; test files become file:line links below it. */
  blobBaseUrl?: string;
  /** Absolute checkout path (GITHUB_WORKSPACE); stripped from absolute test paths before linking. */
  workspace?: string;
  /** The HTML report / report artifact of this run (else the run page): linked under the verdict. */
  reportUrl?: string;
  runUrl?: string;
  checkUrl?: string;
}

export interface MarkdownReportInput {
  reportName: string;
  run: TestRun;
  metrics: Metrics;
  status: ReportStatus;
  gate: { minPassRate: number; failOn: string; reason?: string };
  comparison?: BaseComparison | { unavailable: string };
  links?: ReportLinks;
}

export type MarkdownTarget = 'summary' | 'comment';

export interface MarkdownReportOptions {
  target: MarkdownTarget;
  /**
   * Size limit: UTF-8 bytes for the summary (default and ceiling 1 MiB), characters for a comment
   * (default and ceiling 65,535). Pass less to leave room, e.g. for a sticky-comment marker.
   */
  maxChars?: number;
}

export interface MarkdownReport {
  markdown: string;
  /** What was left out to fit the limit, in words; empty when everything fit. */
  dropped: string[];
}
