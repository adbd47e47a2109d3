export { RunBuilder, type RecordSource, type RunBuilderOptions } from './run-builder.js';
export { testId, normaliseTestFile } from './test-identity.js';
export { finalStatus, decisiveAttempt } from './final-status.js';
export { expandReportPaths, inferShardFromPath, REPORT_EXTENSIONS, type ExpandedReportPaths } from './report-paths.js';
export { collectReports, type CollectReportsOptions, type ReportIngester } from './collect-reports.js';
export {
  ingestReportMetrics,
  ingestReports,
  type IngestReportMetricsOptions,
  type IngestReportsOptions,
} from './ingest-reports.js';
