export type TokenKind = 'installation' | 'installation-readonly' | 'user';

export interface Actor {
  login: string;
  id: number;
  type: 'User' | 'Bot' | 'Organization';
}

/** Who GitHub says wrote a comment or check run created with the default GITHUB_TOKEN. */
export const GITHUB_ACTIONS_BOT: Actor = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };

export interface RepositoryRecord {
  id: number;
  owner: Actor;
  name: string;
  fullName: string;
  defaultBranch: string;
  private: boolean;
  createdAt: string;
}

export interface PullRequestRecord {
  id: number;
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  draft: boolean;
  merged: boolean;
  user: Actor;
  head: { ref: string; sha: string; repoFullName: string };
  base: { ref: string; sha: string };
  createdAt: string;
  updatedAt: string;
}

export interface IssueCommentRecord {
  id: number;
  issueNumber: number;
  body: string;
  user: Actor;
  createdAt: string;
  updatedAt: string;
  /** Set by the GraphQL minimizeComment mutation ("hide" in the UI). */
  minimizedAs?: string;
}

export interface CheckRunAnnotationRecord {
  path: string;
  startLine: number;
  endLine: number;
  startColumn: number | null;
  endColumn: number | null;
  annotationLevel: 'notice' | 'warning' | 'failure';
  message: string;
  title: string | null;
  rawDetails: string | null;
}

export interface CheckRunRecord {
  id: number;
  name: string;
  headSha: string;
  status: string;
  conclusion: string | null;
  startedAt: string | null;
  completedAt: string | null;
  externalId: string | null;
  detailsUrl: string | null;
  output: { title: string | null; summary: string | null; text: string | null };
  /** Every annotation sent, in order, across the create and all updates (GitHub appends). */
  annotations: CheckRunAnnotationRecord[];
  /** How many annotations each create/update request carried, to check the 50-per-request batching. */
  annotationBatchSizes: number[];
  createdBy: Actor;
}

export interface WorkflowRunRecord {
  id: number;
  name: string;
  displayTitle: string;
  workflowId: number;
  path: string;
  headBranch: string;
  headSha: string;
  event: string;
  status: string;
  conclusion: string | null;
  runNumber: number;
  runAttempt: number;
  actor: Actor;
  createdAt: string;
  updatedAt: string;
}

export interface WorkflowArtifactRecord {
  id: number;
  runId: number;
  name: string;
  sizeInBytes: number;
  expired: boolean;
  createdAt: string;
  expiresAt: string;
}

export interface RepositoryState {
  repository: RepositoryRecord;
  pullRequests: Map<number, PullRequestRecord>;
  /** Issue numbers that exist apart from pull requests (every PR is also an issue). */
  issueNumbers: Set<number>;
  comments: Map<number, IssueCommentRecord>;
  checkRuns: Map<number, CheckRunRecord>;
  workflowRuns: Map<number, WorkflowRunRecord>;
  artifacts: Map<number, WorkflowArtifactRecord>;
}

/** The stand-in's whole in-memory world; tests read it directly to assert what an action wrote. */
export class GitHubState {
  readonly repositories = new Map<string, RepositoryState>();
  private lastId = 1000;

  nextId(): number {
    this.lastId += 1;
    return this.lastId;
  }

  repository(owner: string, repo: string): RepositoryState | undefined {
    return this.repositories.get(`${owner}/${repo}`.toLowerCase());
  }

  requireRepository(fullName: string): RepositoryState {
    const [owner = '', repo = ''] = fullName.split('/');
    const found = this.repository(owner, repo);
    if (found === undefined) throw new Error(`The GitHub stand-in has no repository ${fullName}: call addRepo first`);
    return found;
  }

  /** Comments on one issue or pull request, oldest first, as GitHub lists them. */
  commentsOn(fullName: string, issueNumber: number): IssueCommentRecord[] {
    return [...this.requireRepository(fullName).comments.values()]
      .filter((comment) => comment.issueNumber === issueNumber)
      .sort((a, b) => a.id - b.id);
  }

  /** A comment by GraphQL node id (base64 of "IssueComment:<id>"), in any repository. */
  commentByNodeId(nodeId: string): IssueCommentRecord | undefined {
    const match = /^IssueComment:(\d+)$/.exec(Buffer.from(nodeId, 'base64').toString('utf8'));
    if (!match) return undefined;
    for (const repository of this.repositories.values()) {
      const comment = repository.comments.get(Number(match[1]));
      if (comment) return comment;
    }
    return undefined;
  }

  checkRuns(fullName: string): CheckRunRecord[] {
    return [...this.requireRepository(fullName).checkRuns.values()].sort((a, b) => a.id - b.id);
  }
}
