/** A webhook event as the runner hands it to a step: GITHUB_EVENT_NAME and the JSON at GITHUB_EVENT_PATH. */
export interface GitHubEvent {
  name: string;
  payload: Record<string, unknown>;
}

export interface RepositoryOptions {
  /** `owner/name`; default `testpipe-org/demo-app`. */
  fullName?: string;
  defaultBranch?: string;
  fork?: boolean;
  id?: number;
}

export const DEFAULT_REPOSITORY = 'testpipe-org/demo-app';
const SERVER_URL = 'https://github.com';
const API_URL = 'https://api.github.com';

function fakeSha(seed: string): string {
  let hex = '';
  for (let i = 0; hex.length < 40; i += 1) hex += ((seed.charCodeAt(i % seed.length) * (i + 7)) % 4096).toString(16);
  return hex.slice(0, 40);
}

function user(login: string, type: 'User' | 'Bot' | 'Organization' = 'User'): Record<string, unknown> {
  return { login, id: login.length * 1000 + 1, type, html_url: `${SERVER_URL}/${login}` };
}

/** A `repository` object shaped like the one in webhook payloads (the fields actions read). */
export function repositoryPayload(options: RepositoryOptions = {}): Record<string, unknown> {
  const fullName = options.fullName ?? DEFAULT_REPOSITORY;
  const [owner = '', name = ''] = fullName.split('/');
  return {
    id: options.id ?? 424242,
    name,
    full_name: fullName,
    private: false,
    fork: options.fork ?? false,
    owner: user(owner, 'Organization'),
    default_branch: options.defaultBranch ?? 'main',
    html_url: `${SERVER_URL}/${fullName}`,
    url: `${API_URL}/repos/${fullName}`,
    clone_url: `${SERVER_URL}/${fullName}.git`,
  };
}

export interface PushEventOptions {
  repository?: RepositoryOptions;
  ref?: string;
  before?: string;
  after?: string;
  pusher?: string;
}

export function pushEvent(options: PushEventOptions = {}): GitHubEvent {
  const ref = options.ref ?? 'refs/heads/main';
  const after = options.after ?? fakeSha(`push-${ref}`);
  const pusher = options.pusher ?? 'octocat';
  return {
    name: 'push',
    payload: {
      ref,
      before: options.before ?? fakeSha(`before-${ref}`),
      after,
      created: false,
      deleted: false,
      forced: false,
      head_commit: { id: after, message: 'Update tests', author: { name: pusher, username: pusher } },
      commits: [{ id: after, message: 'Update tests' }],
      pusher: { name: pusher },
      repository: repositoryPayload(options.repository),
      sender: user(pusher),
    },
  };
}

export interface PullRequestEventOptions {
  repository?: RepositoryOptions;
  number?: number;
  action?: string;
  title?: string;
  author?: string;
  headRef?: string;
  headSha?: string;
  baseRef?: string;
  baseSha?: string;
  mergeCommitSha?: string;
  draft?: boolean;
  /** Full name of the repository the head branch lives in; defaults to the base repository. */
  headRepository?: RepositoryOptions;
}

export function pullRequestEvent(options: PullRequestEventOptions = {}): GitHubEvent {
  const base = repositoryPayload(options.repository);
  const head = options.headRepository ? repositoryPayload(options.headRepository) : base;
  const number = options.number ?? 7;
  const author = options.author ?? 'octocat';
  const headRef = options.headRef ?? 'feature/faster-tests';
  const headSha = options.headSha ?? fakeSha(`head-${number}`);
  const baseRef = options.baseRef ?? String(base.default_branch);
  return {
    name: 'pull_request',
    payload: {
      action: options.action ?? 'synchronize',
      number,
      pull_request: {
        id: 900000 + number,
        number,
        state: 'open',
        draft: options.draft ?? false,
        title: options.title ?? 'Make the tests faster',
        user: user(author),
        html_url: `${SERVER_URL}/${String(base.full_name)}/pull/${number}`,
        url: `${API_URL}/repos/${String(base.full_name)}/pulls/${number}`,
        merge_commit_sha: options.mergeCommitSha ?? fakeSha(`merge-${number}`),
        head: { label: `${author}:${headRef}`, ref: headRef, sha: headSha, user: user(author), repo: head },
        base: {
          label: `${String((base.owner as { login: string }).login)}:${baseRef}`,
          ref: baseRef,
          sha: options.baseSha ?? fakeSha(`base-${number}`),
          repo: base,
        },
      },
      repository: base,
      sender: user(author),
    },
  };
}

export interface ForkPullRequestEventOptions extends Omit<PullRequestEventOptions, 'headRepository'> {
  /** Owner of the fork; default `outside-contributor`. */
  forkOwner?: string;
}

/** A pull_request from a fork: head.repo is a different repository with `fork: true` (token is read-only). */
export function forkPullRequestEvent(options: ForkPullRequestEventOptions = {}): GitHubEvent {
  const baseFullName = options.repository?.fullName ?? DEFAULT_REPOSITORY;
  const forkOwner = options.forkOwner ?? 'outside-contributor';
  const repoName = baseFullName.split('/')[1] ?? 'demo-app';
  return pullRequestEvent({
    author: forkOwner,
    ...options,
    headRepository: { fullName: `${forkOwner}/${repoName}`, fork: true, id: 525252 },
  });
}

export interface WorkflowRunEventOptions {
  repository?: RepositoryOptions;
  workflowName?: string;
  runId?: number;
  runAttempt?: number;
  conclusion?: 'success' | 'failure' | 'cancelled' | null;
  headBranch?: string;
  headSha?: string;
  event?: string;
  pullRequestNumbers?: number[];
}

export function workflowRunEvent(options: WorkflowRunEventOptions = {}): GitHubEvent {
  const repository = repositoryPayload(options.repository);
  const runId = options.runId ?? 5550001;
  const headBranch = options.headBranch ?? String(repository.default_branch);
  const conclusion = options.conclusion === undefined ? 'success' : options.conclusion;
  return {
    name: 'workflow_run',
    payload: {
      action: 'completed',
      workflow_run: {
        id: runId,
        name: options.workflowName ?? 'CI',
        run_attempt: options.runAttempt ?? 1,
        event: options.event ?? 'pull_request',
        status: 'completed',
        conclusion,
        head_branch: headBranch,
        head_sha: options.headSha ?? fakeSha(`run-${runId}`),
        html_url: `${String(repository.html_url)}/actions/runs/${runId}`,
        pull_requests: (options.pullRequestNumbers ?? []).map((number) => ({ number })),
        repository,
      },
      workflow: { name: options.workflowName ?? 'CI', path: '.github/workflows/ci.yml' },
      repository,
      sender: user('octocat'),
    },
  };
}
