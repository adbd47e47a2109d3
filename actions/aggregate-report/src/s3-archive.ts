import * as core from '@actions/core';
import type { HistoryPoint, Metrics } from '@testpipe/core';
import {
  archivePrefixUnder,
  archiveReports,
  defaultArchivePrefix,
  historyEntryFromMetrics,
  historyKeyForPrefix,
  readHistory,
  type ArchiveResult,
} from './archive/index.js';
import type { AggregateReportConfig } from './config.js';
import type { RunContext } from './run-context.js';

type S3Config = NonNullable<AggregateReportConfig['s3']>;

/** This run's key prefix: under `s3-prefix` when given, so runs never overwrite each other. */
function runPrefix(s3: S3Config, config: AggregateReportConfig, context: RunContext): string {
  return s3.prefix
    ? archivePrefixUnder(s3.prefix, config.pipelineId)
    : defaultArchivePrefix(`${context.owner}/${context.repo}`, config.pipelineId);
}

export async function archiveToS3(
  config: AggregateReportConfig,
  context: RunContext,
  outputDir: string,
  metrics: Metrics,
): Promise<ArchiveResult | undefined> {
  const s3 = config.s3;
  if (!s3) return undefined;
  const result = await archiveReports({
    outputDir,
    bucket: s3.bucket,
    endpoint: s3.endpoint,
    prefix: runPrefix(s3, config, context),
    history: s3.history,
    historyEntry: historyEntryFromMetrics(metrics, {
      runId: String(context.runId),
      pipelineId: config.pipelineId,
      at: new Date(),
      branch: process.env.GITHUB_HEAD_REF || process.env.GITHUB_REF_NAME,
      sha: context.headSha,
    }),
    log: { info: core.info, warning: core.warning },
  });
  core.info(`Archived ${result.tarballBytes} bytes of reports to ${result.url}`);
  return result;
}

/** The last runs' pass rate and duration for the HTML trend. */
export async function readTrend(config: AggregateReportConfig, context: RunContext): Promise<HistoryPoint[]> {
  const s3 = config.s3;
  if (!s3) return [];
  return readHistory({
    bucket: s3.bucket,
    endpoint: s3.endpoint,
    key: historyKeyForPrefix(runPrefix(s3, config, context)),
    lastN: s3.historyRuns,
    log: { warning: core.warning },
  });
}
