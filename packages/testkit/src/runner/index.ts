export {
  ActionDefinitionError,
  inputEnvName,
  loadActionDefinition,
  type ActionDefinition,
  type ActionInputDefinition,
  type StepName,
} from './action-definition.js';
export {
  DEFAULT_REPOSITORY,
  forkPullRequestEvent,
  pullRequestEvent,
  pushEvent,
  repositoryPayload,
  workflowRunEvent,
  type ForkPullRequestEventOptions,
  type GitHubEvent,
  type PullRequestEventOptions,
  type PushEventOptions,
  type RepositoryOptions,
  type WorkflowRunEventOptions,
} from './event-payloads.js';
export { evaluateDefaultValue, UnsupportedExpressionError, type ExpressionContexts } from './expressions.js';
export { FileCommandFormatError, parseKeyValueFileCommand, parsePathFileCommand } from './file-commands.js';
export { buildRunnerEnvironment, inheritedEnvironment, type GitHubRunContext } from './github-context.js';
export { node24BinaryPath } from './node-binary.js';
export { shouldRunPost, UnsupportedPostIfError } from './post-condition.js';
export { runAction, type ActionRunResult } from './run-action.js';
export {
  fakeGitHubToken,
  runStep,
  type InputValue,
  type RunStepOptions,
  type StepOptions,
  type StepOutcome,
  type StepResult,
} from './run-step.js';
export { MASK, SecretMasker } from './secret-masker.js';
export { STEP_SUMMARY_LIMIT_BYTES, type DroppedSummary, type FileCommandResults } from './step-files.js';
export { DEFAULT_SIGINT_GRACE_MS, DEFAULT_SIGTERM_GRACE_MS, type CancelTimings } from './step-process.js';
export { KEEP_TMP_ENV } from './temp-dirs.js';
export {
  LineSplitter,
  parseWorkflowCommandLine,
  WorkflowCommandProcessor,
  type Annotation,
  type AnnotationLevel,
  type WorkflowCommand,
} from './workflow-commands.js';
export { tempWorkspace, removeDir, writeFiles, annotationsOf, describeStep } from './action-test-helpers.js';
export { isProcessRunning, killProcesses, pollFor, waitForProcessesGone } from './process-probe.js';
