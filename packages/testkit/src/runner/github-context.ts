import { DEFAULT_REPOSITORY, type GitHubEvent } from './event-payloads.js';
import type { ExpressionContexts } from './expressions.js';

/** The run a step pretends to be part of; each field has a default. */
export interface GitHubRunContext {
  repository?: string;
  runId?: string | number;
  runAttempt?: string | number;
  runNumber?: string | number;
  sha?: string;
  ref?: string;
  job?: string;
  action?: string;
  actor?: string;
  workflow?: string;
  apiUrl?: string;
  serverUrl?: string;
  graphqlUrl?: string;
}

export interface RunnerEnvironmentParts {
  event: GitHubEvent;
  eventPath: string;
  token: string;
  workspace: string;
  runnerTemp: string;
  github?: GitHubRunContext;
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

function stringAt(record: Record<string, unknown>, ...keys: string[]): string | undefined {
  let value: unknown = record;
  for (const key of keys) value = asRecord(value)[key];
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

function runnerOs(): string {
  if (process.platform === 'win32') return 'Windows';
  if (process.platform === 'darwin') return 'macOS';
  return 'Linux';
}

/** GITHUB_REF / GITHUB_SHA as the runner derives them from the triggering event. */
function refAndShaFromEvent(event: GitHubEvent): { ref?: string; sha?: string; headRef?: string; baseRef?: string } {
  const payload = event.payload;
  if (event.name === 'pull_request' || event.name === 'pull_request_target') {
    const number = stringAt(payload, 'pull_request', 'number') ?? stringAt(payload, 'number');
    const target = event.name === 'pull_request_target';
    return {
      ref: target ? `refs/heads/${stringAt(payload, 'pull_request', 'base', 'ref')}` : `refs/pull/${number}/merge`,
      sha: target
        ? stringAt(payload, 'pull_request', 'base', 'sha')
        : (stringAt(payload, 'pull_request', 'merge_commit_sha') ?? stringAt(payload, 'pull_request', 'head', 'sha')),
      headRef: stringAt(payload, 'pull_request', 'head', 'ref'),
      baseRef: stringAt(payload, 'pull_request', 'base', 'ref'),
    };
  }
  if (event.name === 'push') return { ref: stringAt(payload, 'ref'), sha: stringAt(payload, 'after') };
  if (event.name === 'workflow_run') {
    return {
      ref: `refs/heads/${stringAt(payload, 'repository', 'default_branch') ?? 'main'}`,
      sha: stringAt(payload, 'workflow_run', 'head_sha'),
    };
  }
  return {};
}

/** The GITHUB_* / RUNNER_* variables the runner gives every step, and the same values as expression contexts. */
export function buildRunnerEnvironment(parts: RunnerEnvironmentParts): {
  env: Record<string, string>;
  contexts: ExpressionContexts;
} {
  const overrides = parts.github ?? {};
  const fromEvent = refAndShaFromEvent(parts.event);
  const repository =
    overrides.repository ?? stringAt(parts.event.payload, 'repository', 'full_name') ?? DEFAULT_REPOSITORY;
  const ref = overrides.ref ?? fromEvent.ref ?? 'refs/heads/main';
  const serverUrl = overrides.serverUrl ?? 'https://github.com';
  const apiUrl = overrides.apiUrl ?? 'https://api.github.com';
  const github = {
    token: parts.token,
    event_name: parts.event.name,
    event_path: parts.eventPath,
    event: parts.event.payload,
    workspace: parts.workspace,
    repository,
    repository_owner: repository.split('/')[0] ?? '',
    run_id: String(overrides.runId ?? 1000001),
    run_attempt: String(overrides.runAttempt ?? 1),
    run_number: String(overrides.runNumber ?? 1),
    sha: overrides.sha ?? fromEvent.sha ?? 'c0ffee0000000000000000000000000000000001',
    ref,
    ref_name: ref.replace(/^refs\/(heads|tags)\//, ''),
    head_ref: fromEvent.headRef ?? '',
    base_ref: fromEvent.baseRef ?? '',
    job: overrides.job ?? 'test',
    action: overrides.action ?? '__run',
    actor: overrides.actor ?? stringAt(parts.event.payload, 'sender', 'login') ?? 'octocat',
    workflow: overrides.workflow ?? 'CI',
    server_url: serverUrl,
    api_url: apiUrl,
    graphql_url: overrides.graphqlUrl ?? `${apiUrl}/graphql`,
  };
  const runner = { os: runnerOs(), arch: process.arch === 'arm64' ? 'ARM64' : 'X64', temp: parts.runnerTemp };

  const env: Record<string, string> = {
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: github.event_name,
    GITHUB_EVENT_PATH: github.event_path,
    GITHUB_WORKSPACE: github.workspace,
    GITHUB_REPOSITORY: github.repository,
    GITHUB_REPOSITORY_OWNER: github.repository_owner,
    GITHUB_RUN_ID: github.run_id,
    GITHUB_RUN_ATTEMPT: github.run_attempt,
    GITHUB_RUN_NUMBER: github.run_number,
    GITHUB_SHA: github.sha,
    GITHUB_REF: github.ref,
    GITHUB_REF_NAME: github.ref_name,
    GITHUB_HEAD_REF: github.head_ref,
    GITHUB_BASE_REF: github.base_ref,
    GITHUB_JOB: github.job,
    GITHUB_ACTION: github.action,
    GITHUB_ACTOR: github.actor,
    GITHUB_TRIGGERING_ACTOR: github.actor,
    GITHUB_WORKFLOW: github.workflow,
    GITHUB_SERVER_URL: github.server_url,
    GITHUB_API_URL: github.api_url,
    GITHUB_GRAPHQL_URL: github.graphql_url,
    RUNNER_OS: runner.os,
    RUNNER_ARCH: runner.arch,
    RUNNER_TEMP: runner.temp,
    RUNNER_NAME: 'testpipe-harness',
  };
  return { env, contexts: { github, runner } };
}

// Variables of the test process that must not reach the step: it sees only what the runner would give it.
const RUNNER_OWNED_PREFIXES = ['GITHUB_', 'INPUT_', 'RUNNER_', 'STATE_', 'ACTIONS_'];
const TEST_PROCESS_VARIABLES = new Set(['CI', 'NODE_ENV', 'JEST_WORKER_ID']);

/** The parent's environment without GITHUB_* / INPUT_* / RUNNER_* / STATE_* / ACTIONS_* nor jest's own variables. */
export function inheritedEnvironment(parentEnv: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const inherited: Record<string, string> = {};
  for (const [name, value] of Object.entries(parentEnv)) {
    if (value === undefined) continue;
    const upper = name.toUpperCase();
    if (RUNNER_OWNED_PREFIXES.some((prefix) => upper.startsWith(prefix)) || TEST_PROCESS_VARIABLES.has(upper)) continue;
    inherited[name] = value;
  }
  return inherited;
}
