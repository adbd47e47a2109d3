export {
  startGitHubApiServer,
  SERVED_ROUTES,
  GRAPHQL_ROUTE,
  type GitHubApiServer,
  type GitHubApiServerOptions,
  type RecordedApiRequest,
  type ContractViolation,
  type ContractViolationKind,
} from './server.js';
export type { AddPullRequestInput, AddWorkflowRunInput, AddArtifactInput } from './state-seeder.js';
export { seededRandom, type Fault, type FaultRatio, type RouteKey } from './faults.js';
export { virtualClock, type VirtualClock } from './virtual-clock.js';
export { loadGitHubOpenApiSubset, extractOpenApiSubset, type OpenApiSubset } from './openapi-subset.js';
export {
  GITHUB_ACTIONS_BOT,
  GitHubState,
  type Actor,
  type TokenKind,
  type RepositoryState,
  type IssueCommentRecord,
  type CheckRunRecord,
  type CheckRunAnnotationRecord,
  type PullRequestRecord,
  type WorkflowRunRecord,
  type WorkflowArtifactRecord,
} from './state.js';
