export {
  gatherResults,
  type GatherLog,
  type GatherResultsInput,
  type GatheredArtifact,
  type GatheredResults,
} from './gather-results.js';
export { findPullRequestForRun, type RunLocation, type RunPullRequest } from './find-pull-request.js';
export {
  findBaseReport,
  loadBaseRun,
  BASE_REPORT_FILE,
  MAX_BASE_RUNS_INSPECTED,
  type BaseReport,
  type FindBaseReportInput,
} from './find-base-report.js';
export { classifyResultEntry, artifactNameMatcher, type ResultEntryKind } from './result-entries.js';
export { dropShardCtrfBesideRawReports, SHARD_CTRF_FILE } from './report-files.js';
export { splitRepository } from './run-artifacts.js';
