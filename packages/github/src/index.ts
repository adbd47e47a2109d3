export { ConfigurationError } from './configuration-error.js';
export { readBooleanInput, readEnumInput, readListInput, readNumberInput } from './inputs.js';
export { createGitHubClient, type GitHubClient, type GitHubClientOptions, type RequestCounter } from './octokit.js';
export {
  commentMarker,
  tokenIdentity,
  upsertStickyComment,
  type CommentMode,
  type StickyCommentOptions,
  type StickyCommentResult,
  type StickyCommentTarget,
} from './sticky-comment.js';
export {
  ANNOTATIONS_PER_REQUEST,
  publishCheckRun,
  type CheckAnnotation,
  type CheckRunRequest,
  type CheckRunResult,
} from './check-run.js';
export {
  downloadCurrentRunArtifact,
  downloadLatestRepositoryArtifact,
  uploadDirectoryArtifact,
  uploadRunArtifact,
  type RepositoryRef,
} from './artifacts.js';
