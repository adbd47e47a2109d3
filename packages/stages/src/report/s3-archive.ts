import type { HistoryPoint, Logger, Metrics } from '@testpipe/core';
import {
  archivePrefixUnder,
  archiveReports,
  defaultArchivePrefix,
  historyEntryFromMetrics,
  historyKeyForPrefix,
  readHistory,
  type ArchiveResult,
} from './archive/index.js';
import type { ReportContext } from './report-context.js';

export interface S3Settings {
  bucket: string;
  prefix?: string;
  endpoint?: string;
  history: boolean;
  historyRuns: number;
}

/** This run's key prefix: under `s3-prefix` when given, so runs never overwrite each other. */
function runPrefix(s3: S3Settings, pipelineId: string, context: ReportContext): string {
  return s3.prefix ? archivePrefixUnder(s3.prefix, pipelineId) : defaultArchivePrefix(context.repository, pipelineId);
}

export async function archiveToS3(
  s3: S3Settings,
  pipelineId: string,
  context: ReportContext,
  outputDir: string,
  metrics: Metrics,
  logger: Logger,
  now: Date,
): Promise<ArchiveResult> {
  const result = await archiveReports({
    outputDir,
    bucket: s3.bucket,
    endpoint: s3.endpoint,
    prefix: runPrefix(s3, pipelineId, context),
    history: s3.history,
    historyEntry: historyEntryFromMetrics(metrics, {
      runId: String(context.runId ?? 'local'),
      pipelineId,
      at: now,
      branch: context.branch,
      sha: context.headSha,
    }),
    log: logger,
  });
  logger.info(`Archived ${result.tarballBytes} bytes of reports to ${result.url}`);
  return result;
}

/** The last runs' pass rate and duration for the HTML trend. */
export async function readTrend(
  s3: S3Settings,
  pipelineId: string,
  context: ReportContext,
  logger: Logger,
): Promise<HistoryPoint[]> {
  return readHistory({
    bucket: s3.bucket,
    endpoint: s3.endpoint,
    key: historyKeyForPrefix(runPrefix(s3, pipelineId, context)),
    lastN: s3.historyRuns,
    log: logger,
  });
}
