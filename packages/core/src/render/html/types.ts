import type { BaseComparison } from '../markdown/compare.js';
import type { TestRun } from '../../model.js';
import type { Metrics } from '../../metrics/metrics.js';

/** One earlier run, for the pass-rate and duration trend. */
export interface HistoryPoint {
  runId: string;
  /** ISO 8601 time of the run. */
  at: string;
  /** Null when no test ran in that run. */
  passRate: number | null;
  durationMs: number;
}

export type { BaseComparison } from '../markdown/compare.js';

export interface HtmlReportInput {
  title: string;
  run: TestRun;
  metrics: Metrics;
  /** ISO 8601; passed in so the same input always renders the same page. */
  generatedAt: string;
  history?: HistoryPoint[];
  baseComparison?: BaseComparison;
  /** e.g. https://github.com/org/repo; file paths link to it only when commitSha is also given. */
  repositoryUrl?: string;
  commitSha?: string;
  /**
   * Workspace roots (e.g. GITHUB_WORKSPACE) stripped from absolute paths in file names, stack traces and
   * ids, so the page shows repository-relative paths.
   */
  roots?: readonly string[];
}
