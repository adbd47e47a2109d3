import type {
  Actor,
  WorkflowArtifactRecord,
  GitHubState,
  PullRequestRecord,
  RepositoryRecord,
  RepositoryState,
  WorkflowRunRecord,
} from './state.js';

export interface AddPullRequestInput {
  repo: string;
  number: number;
  title?: string;
  body?: string | null;
  state?: 'open' | 'closed';
  draft?: boolean;
  merged?: boolean;
  user?: string;
  head: { ref: string; sha: string; repo?: string };
  base?: { ref?: string; sha?: string };
}

export interface AddWorkflowRunInput {
  repo: string;
  id?: number;
  name?: string;
  displayTitle?: string;
  workflowId?: number;
  path?: string;
  headBranch?: string;
  headSha?: string;
  event?: string;
  status?: string;
  conclusion?: string | null;
  runNumber?: number;
  runAttempt?: number;
  actor?: string;
  createdAt?: string;
}

export interface AddArtifactInput {
  repo: string;
  runId: number;
  name: string;
  /** Use the artifact service's id, so `/actions/artifacts/{id}/zip` redirects to that artifact's blob. */
  id?: number;
  sizeInBytes?: number;
  expired?: boolean;
  /** ISO 8601; default 90 days after creation. */
  expiresAt?: string;
}

function shaFor(seed: number): string {
  return seed.toString(16).padStart(8, '0').repeat(5);
}

/** Puts repositories, pull requests, runs and artifacts into the state, with GitHub-like defaults. */
export class GitHubStateSeeder {
  private readonly users = new Map<string, Actor>();

  constructor(
    private readonly state: GitHubState,
    private readonly now: () => Date,
  ) {}

  // One id per login, so the same person looks the same across pull requests and runs.
  private userActor(login: string): Actor {
    let actor = this.users.get(login);
    if (actor === undefined) {
      actor = { login, id: 100_000 + this.users.size, type: 'User' };
      this.users.set(login, actor);
    }
    return actor;
  }

  addRepo(fullName: string, repoOptions: { defaultBranch?: string; private?: boolean } = {}): RepositoryState {
    const [owner, name, extra] = fullName.split('/');
    if (!owner || !name || extra !== undefined) throw new Error(`A repository is "owner/name", got "${fullName}"`);
    const existing = this.state.repository(owner, name);
    if (existing !== undefined) return existing;
    const repository: RepositoryRecord = {
      id: this.state.nextId(),
      owner: { login: owner, id: this.state.nextId(), type: 'Organization' },
      name,
      fullName: `${owner}/${name}`,
      defaultBranch: repoOptions.defaultBranch ?? 'main',
      private: repoOptions.private ?? false,
      createdAt: '2024-01-01T00:00:00Z',
    };
    const repositoryState: RepositoryState = {
      repository,
      pullRequests: new Map(),
      issueNumbers: new Set(),
      comments: new Map(),
      checkRuns: new Map(),
      workflowRuns: new Map(),
      artifacts: new Map(),
    };
    this.state.repositories.set(repository.fullName.toLowerCase(), repositoryState);
    return repositoryState;
  }

  addIssue(repo: string, issueNumber: number): void {
    this.state.requireRepository(repo).issueNumbers.add(issueNumber);
  }

  addPullRequest(input: AddPullRequestInput): PullRequestRecord {
    const repository = this.state.requireRepository(input.repo);
    const created = this.now().toISOString();
    const pull: PullRequestRecord = {
      id: this.state.nextId(),
      number: input.number,
      title: input.title ?? `Pull request #${input.number}`,
      body: input.body ?? null,
      state: input.state ?? 'open',
      draft: input.draft ?? false,
      merged: input.merged ?? false,
      user: this.userActor(input.user ?? 'octocat'),
      head: {
        ref: input.head.ref,
        sha: input.head.sha,
        repoFullName: input.head.repo ?? repository.repository.fullName,
      },
      base: {
        ref: input.base?.ref ?? repository.repository.defaultBranch,
        sha: input.base?.sha ?? shaFor(input.number),
      },
      createdAt: created,
      updatedAt: created,
    };
    repository.pullRequests.set(pull.number, pull);
    return pull;
  }

  addWorkflowRun(input: AddWorkflowRunInput): WorkflowRunRecord {
    const repository = this.state.requireRepository(input.repo);
    const id = input.id ?? this.state.nextId();
    const created = input.createdAt ?? this.now().toISOString();
    const status = input.status ?? 'completed';
    const run: WorkflowRunRecord = {
      id,
      name: input.name ?? 'CI',
      displayTitle: input.displayTitle ?? input.name ?? 'CI',
      workflowId: input.workflowId ?? 161335,
      path: input.path ?? '.github/workflows/ci.yml',
      headBranch: input.headBranch ?? repository.repository.defaultBranch,
      headSha: input.headSha ?? shaFor(id),
      event: input.event ?? 'push',
      status,
      conclusion: input.conclusion !== undefined ? input.conclusion : status === 'completed' ? 'success' : null,
      runNumber: input.runNumber ?? repository.workflowRuns.size + 1,
      runAttempt: input.runAttempt ?? 1,
      actor: this.userActor(input.actor ?? 'octocat'),
      createdAt: created,
      updatedAt: created,
    };
    repository.workflowRuns.set(run.id, run);
    return run;
  }

  addArtifact(input: AddArtifactInput): WorkflowArtifactRecord {
    const repository = this.state.requireRepository(input.repo);
    if (!repository.workflowRuns.has(input.runId)) {
      throw new Error(`No workflow run ${input.runId} in ${input.repo}: call addWorkflowRun first`);
    }
    if (input.id !== undefined && repository.artifacts.has(input.id)) {
      throw new Error(`${input.repo} already has an artifact with id ${input.id}`);
    }
    let id = input.id ?? this.state.nextId();
    while (input.id === undefined && repository.artifacts.has(id)) id = this.state.nextId();
    const created = this.now();
    const artifact: WorkflowArtifactRecord = {
      id,
      runId: input.runId,
      name: input.name,
      sizeInBytes: input.sizeInBytes ?? 1024,
      expired: input.expired ?? false,
      createdAt: created.toISOString(),
      expiresAt: input.expiresAt ?? new Date(created.getTime() + 90 * 24 * 3600 * 1000).toISOString(),
    };
    repository.artifacts.set(artifact.id, artifact);
    return artifact;
  }
}
