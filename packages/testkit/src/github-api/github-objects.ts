import type {
  Actor,
  WorkflowArtifactRecord,
  CheckRunAnnotationRecord,
  CheckRunRecord,
  IssueCommentRecord,
  PullRequestRecord,
  RepositoryRecord,
  WorkflowRunRecord,
} from './state.js';

/** Where links in responses point: `api` is the stand-in itself, `html` is the web UI (github.com). */
export interface UrlBases {
  api: string;
  html: string;
}

const EPOCH = '2024-01-01T00:00:00Z';

function nodeId(prefix: string, id: number): string {
  return Buffer.from(`${prefix}:${id}`).toString('base64');
}

export function simpleUserJson(bases: UrlBases, actor: Actor): Record<string, unknown> {
  const url = `${bases.api}/users/${encodeURIComponent(actor.login)}`;
  return {
    login: actor.login,
    id: actor.id,
    node_id: nodeId(actor.type, actor.id),
    avatar_url: `https://avatars.githubusercontent.com/u/${actor.id}?v=4`,
    gravatar_id: '',
    url,
    html_url: `${bases.html}/${encodeURIComponent(actor.type === 'Bot' ? `apps/${actor.login.replace('[bot]', '')}` : actor.login)}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type: actor.type,
    user_view_type: 'public',
    site_admin: false,
  };
}

/** `GET /user` for a personal access token: the public-user shape. */
export function authenticatedUserJson(bases: UrlBases, actor: Actor): Record<string, unknown> {
  return {
    ...simpleUserJson(bases, actor),
    name: actor.login,
    company: null,
    blog: '',
    location: null,
    email: null,
    hireable: null,
    bio: null,
    twitter_username: null,
    public_repos: 0,
    public_gists: 0,
    followers: 0,
    following: 0,
    created_at: EPOCH,
    updated_at: EPOCH,
  };
}

export function githubActionsAppJson(bases: UrlBases): Record<string, unknown> {
  return {
    id: 15368,
    slug: 'github-actions',
    node_id: 'MDM6QXBwMTUzNjg=',
    owner: simpleUserJson(bases, { login: 'github', id: 9919, type: 'Organization' }),
    name: 'GitHub Actions',
    description: 'Automate your workflow from idea to production',
    external_url: 'https://help.github.com/en/actions',
    html_url: `${bases.html}/apps/github-actions`,
    created_at: '2018-07-30T09:30:17Z',
    updated_at: '2019-12-10T19:04:12Z',
    permissions: { actions: 'write', checks: 'write', contents: 'write', issues: 'write', pull_requests: 'write' },
    events: ['check_run', 'check_suite', 'pull_request', 'push', 'workflow_run'],
  };
}

// The `*_url` members every repository object carries, as GitHub spells them relative to the repository URL.
const REPOSITORY_URL_SUFFIXES: Record<string, string> = {
  archive_url: '/{archive_format}{/ref}',
  assignees_url: '/assignees{/user}',
  blobs_url: '/git/blobs{/sha}',
  branches_url: '/branches{/branch}',
  collaborators_url: '/collaborators{/collaborator}',
  comments_url: '/comments{/number}',
  commits_url: '/commits{/sha}',
  compare_url: '/compare/{base}...{head}',
  contents_url: '/contents/{+path}',
  contributors_url: '/contributors',
  deployments_url: '/deployments',
  downloads_url: '/downloads',
  events_url: '/events',
  forks_url: '/forks',
  git_commits_url: '/git/commits{/sha}',
  git_refs_url: '/git/refs{/sha}',
  git_tags_url: '/git/tags{/sha}',
  hooks_url: '/hooks',
  issue_comment_url: '/issues/comments{/number}',
  issue_events_url: '/issues/events{/number}',
  issues_url: '/issues{/number}',
  keys_url: '/keys{/key_id}',
  labels_url: '/labels{/name}',
  languages_url: '/languages',
  merges_url: '/merges',
  milestones_url: '/milestones{/number}',
  notifications_url: '/notifications{?since,all,participating}',
  pulls_url: '/pulls{/number}',
  releases_url: '/releases{/id}',
  stargazers_url: '/stargazers',
  statuses_url: '/statuses/{sha}',
  subscribers_url: '/subscribers',
  subscription_url: '/subscription',
  tags_url: '/tags',
  teams_url: '/teams',
  trees_url: '/git/trees{/sha}',
};

export function minimalRepositoryJson(bases: UrlBases, repository: RepositoryRecord): Record<string, unknown> {
  const url = `${bases.api}/repos/${repository.fullName}`;
  const urls = Object.fromEntries(
    Object.entries(REPOSITORY_URL_SUFFIXES).map(([name, suffix]) => [name, `${url}${suffix}`]),
  );
  return {
    id: repository.id,
    node_id: nodeId('Repository', repository.id),
    name: repository.name,
    full_name: repository.fullName,
    owner: simpleUserJson(bases, repository.owner),
    private: repository.private,
    html_url: `${bases.html}/${repository.fullName}`,
    description: null,
    fork: false,
    url,
    ...urls,
  };
}

export function fullRepositoryJson(bases: UrlBases, repository: RepositoryRecord): Record<string, unknown> {
  const html = `${bases.html}/${repository.fullName}`;
  return {
    ...minimalRepositoryJson(bases, repository),
    clone_url: `${html}.git`,
    git_url: `git://${new URL(bases.html).host}/${repository.fullName}.git`,
    ssh_url: `git@${new URL(bases.html).host}:${repository.fullName}.git`,
    svn_url: html,
    mirror_url: null,
    homepage: null,
    language: 'TypeScript',
    default_branch: repository.defaultBranch,
    visibility: repository.private ? 'private' : 'public',
    forks: 0,
    forks_count: 0,
    stargazers_count: 0,
    watchers: 0,
    watchers_count: 0,
    open_issues: 0,
    open_issues_count: 0,
    network_count: 0,
    subscribers_count: 0,
    size: 0,
    has_issues: true,
    has_projects: false,
    has_wiki: false,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: false,
    disabled: false,
    license: null,
    topics: [],
    pushed_at: repository.createdAt,
    created_at: repository.createdAt,
    updated_at: repository.createdAt,
  };
}

function pullRequestLinks(bases: UrlBases, repository: RepositoryRecord, number: number): Record<string, unknown> {
  const api = `${bases.api}/repos/${repository.fullName}`;
  const link = (href: string) => ({ href });
  return {
    self: link(`${api}/pulls/${number}`),
    html: link(`${bases.html}/${repository.fullName}/pull/${number}`),
    issue: link(`${api}/issues/${number}`),
    comments: link(`${api}/issues/${number}/comments`),
    review_comments: link(`${api}/pulls/${number}/comments`),
    review_comment: link(`${api}/pulls/comments{/number}`),
    commits: link(`${api}/pulls/${number}/commits`),
    statuses: link(`${api}/statuses/${number}`),
  };
}

/** The `pull-request-simple` shape (list endpoints); `pullRequestJson` adds the detail members. */
export function pullRequestSimpleJson(
  bases: UrlBases,
  repository: RepositoryRecord,
  headRepository: RepositoryRecord,
  pull: PullRequestRecord,
): Record<string, unknown> {
  const api = `${bases.api}/repos/${repository.fullName}`;
  const html = `${bases.html}/${repository.fullName}/pull/${pull.number}`;
  const branch = (ref: string, sha: string, owner: RepositoryRecord) => ({
    label: `${owner.owner.login}:${ref}`,
    ref,
    sha,
    user: simpleUserJson(bases, owner.owner),
    repo: fullRepositoryJson(bases, owner),
  });
  return {
    url: `${api}/pulls/${pull.number}`,
    id: pull.id,
    node_id: nodeId('PullRequest', pull.id),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: `${api}/issues/${pull.number}`,
    commits_url: `${api}/pulls/${pull.number}/commits`,
    review_comments_url: `${api}/pulls/${pull.number}/comments`,
    review_comment_url: `${api}/pulls/comments{/number}`,
    comments_url: `${api}/issues/${pull.number}/comments`,
    statuses_url: `${api}/statuses/${pull.head.sha}`,
    number: pull.number,
    state: pull.state,
    locked: false,
    title: pull.title,
    user: simpleUserJson(bases, pull.user),
    body: pull.body,
    labels: [],
    milestone: null,
    active_lock_reason: null,
    created_at: pull.createdAt,
    updated_at: pull.updatedAt,
    closed_at: pull.state === 'closed' ? pull.updatedAt : null,
    merged_at: pull.merged ? pull.updatedAt : null,
    merge_commit_sha: null,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: branch(pull.head.ref, pull.head.sha, headRepository),
    base: branch(pull.base.ref, pull.base.sha, repository),
    _links: pullRequestLinks(bases, repository, pull.number),
    author_association: pull.user.type === 'Bot' ? 'NONE' : 'CONTRIBUTOR',
    auto_merge: null,
    draft: pull.draft,
  };
}

export function pullRequestJson(
  bases: UrlBases,
  repository: RepositoryRecord,
  headRepository: RepositoryRecord,
  pull: PullRequestRecord,
): Record<string, unknown> {
  return {
    ...pullRequestSimpleJson(bases, repository, headRepository, pull),
    merged: pull.merged,
    mergeable: null,
    rebaseable: null,
    mergeable_state: 'unknown',
    merged_by: null,
    comments: 0,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: 1,
    additions: 0,
    deletions: 0,
    changed_files: 0,
  };
}

export function issueCommentJson(
  bases: UrlBases,
  repository: RepositoryRecord,
  comment: IssueCommentRecord,
): Record<string, unknown> {
  const api = `${bases.api}/repos/${repository.fullName}`;
  return {
    id: comment.id,
    node_id: nodeId('IssueComment', comment.id),
    url: `${api}/issues/comments/${comment.id}`,
    html_url: `${bases.html}/${repository.fullName}/pull/${comment.issueNumber}#issuecomment-${comment.id}`,
    issue_url: `${api}/issues/${comment.issueNumber}`,
    body: comment.body,
    user: simpleUserJson(bases, comment.user),
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    author_association: comment.user.type === 'Bot' ? 'NONE' : 'OWNER',
  };
}

export function checkRunJson(
  bases: UrlBases,
  repository: RepositoryRecord,
  checkRun: CheckRunRecord,
): Record<string, unknown> {
  const url = `${bases.api}/repos/${repository.fullName}/check-runs/${checkRun.id}`;
  return {
    id: checkRun.id,
    head_sha: checkRun.headSha,
    node_id: nodeId('CheckRun', checkRun.id),
    external_id: checkRun.externalId ?? '',
    url,
    html_url: `${bases.html}/${repository.fullName}/runs/${checkRun.id}`,
    details_url: checkRun.detailsUrl ?? `${bases.html}/${repository.fullName}/runs/${checkRun.id}`,
    status: checkRun.status,
    conclusion: checkRun.conclusion,
    started_at: checkRun.startedAt,
    completed_at: checkRun.completedAt,
    output: {
      ...checkRun.output,
      annotations_count: checkRun.annotations.length,
      annotations_url: `${url}/annotations`,
    },
    name: checkRun.name,
    check_suite: { id: checkRun.id + 500_000 },
    app: githubActionsAppJson(bases),
    pull_requests: [],
  };
}

export function checkAnnotationJson(
  bases: UrlBases,
  repository: RepositoryRecord,
  headSha: string,
  annotation: CheckRunAnnotationRecord,
): Record<string, unknown> {
  return {
    path: annotation.path,
    blob_href: `${bases.html}/${repository.fullName}/blob/${headSha}/${annotation.path}`,
    start_line: annotation.startLine,
    end_line: annotation.endLine,
    start_column: annotation.startColumn,
    end_column: annotation.endColumn,
    annotation_level: annotation.annotationLevel,
    title: annotation.title,
    message: annotation.message,
    raw_details: annotation.rawDetails,
  };
}

export function workflowRunJson(
  bases: UrlBases,
  repository: RepositoryRecord,
  run: WorkflowRunRecord,
): Record<string, unknown> {
  const api = `${bases.api}/repos/${repository.fullName}`;
  const url = `${api}/actions/runs/${run.id}`;
  return {
    id: run.id,
    name: run.name,
    node_id: nodeId('WorkflowRun', run.id),
    check_suite_id: run.id + 500_000,
    head_branch: run.headBranch,
    head_sha: run.headSha,
    path: run.path,
    display_title: run.displayTitle,
    run_number: run.runNumber,
    run_attempt: run.runAttempt,
    event: run.event,
    status: run.status,
    conclusion: run.conclusion,
    workflow_id: run.workflowId,
    url,
    html_url: `${bases.html}/${repository.fullName}/actions/runs/${run.id}`,
    pull_requests: [],
    created_at: run.createdAt,
    updated_at: run.updatedAt,
    run_started_at: run.createdAt,
    actor: simpleUserJson(bases, run.actor),
    triggering_actor: simpleUserJson(bases, run.actor),
    jobs_url: `${url}/jobs`,
    logs_url: `${url}/logs`,
    check_suite_url: `${api}/check-suites/${run.id + 500_000}`,
    artifacts_url: `${url}/artifacts`,
    cancel_url: `${url}/cancel`,
    rerun_url: `${url}/rerun`,
    previous_attempt_url: run.runAttempt > 1 ? `${url}/attempts/${run.runAttempt - 1}` : null,
    workflow_url: `${api}/actions/workflows/${run.workflowId}`,
    head_commit: {
      id: run.headSha,
      tree_id: run.headSha,
      message: run.displayTitle,
      timestamp: run.createdAt,
      author: { name: run.actor.login, email: `${run.actor.id}+${run.actor.login}@users.noreply.github.com` },
      committer: { name: 'GitHub', email: 'noreply@github.com' },
    },
    repository: minimalRepositoryJson(bases, repository),
    head_repository: minimalRepositoryJson(bases, repository),
  };
}

export function artifactJson(
  bases: UrlBases,
  repository: RepositoryRecord,
  run: WorkflowRunRecord | undefined,
  artifact: WorkflowArtifactRecord,
): Record<string, unknown> {
  const url = `${bases.api}/repos/${repository.fullName}/actions/artifacts/${artifact.id}`;
  return {
    id: artifact.id,
    node_id: nodeId('Artifact', artifact.id),
    name: artifact.name,
    size_in_bytes: artifact.sizeInBytes,
    url,
    archive_download_url: `${url}/zip`,
    expired: artifact.expired,
    created_at: artifact.createdAt,
    expires_at: artifact.expiresAt,
    updated_at: artifact.createdAt,
    workflow_run:
      run === undefined
        ? null
        : {
            id: run.id,
            repository_id: repository.id,
            head_repository_id: repository.id,
            head_branch: run.headBranch,
            head_sha: run.headSha,
          },
  };
}
