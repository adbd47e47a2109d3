export {
  readOptionalInput,
  readRequiredInput,
  readSecretInput,
  readBooleanInput,
  readEnumInput,
  readNumberInput,
  readIntegerInput,
  readDurationInput,
  readListInput,
} from './inputs.js';
export { runnerStateProvider, memoryStateProvider, type StateProvider } from './state-provider.js';
export { actionsLogger } from './logger.js';
export {
  createGitHubClient,
  describeRequestCounter,
  type GitHubClient,
  type GitHubClientOptions,
  type RequestCounter,
} from './octokit.js';
export { DEFAULT_RETRY_POLICY, GitHubRateLimitError, type RetryPolicy } from './request-retry.js';
export {
  commentMarker,
  tokenIdentity,
  upsertStickyComment,
  type StickyCommentOptions,
  type StickyCommentResult,
  type StickyCommentTarget,
} from './sticky-comment.js';
export { ANNOTATIONS_PER_REQUEST, publishCheckRun, type CheckRunResult, type CheckRunTarget } from './check-run.js';
export { createArtifactStore, splitRepository, type ArtifactStoreOptions } from './artifact-store.js';
export {
  findBaseReport,
  MAX_BASE_RUNS_INSPECTED,
  type BaseReport,
  type FindBaseReportInput,
} from './find-base-report.js';
export { findPullRequestForRun, type RunLocation, type RunPullRequest } from './find-pull-request.js';
export { createGitHubCodeHost, lazyGitHubClient, type GitHubConnection } from './code-host.js';
export { readRunContext, type RunContext } from './run-context.js';
