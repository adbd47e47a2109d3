import type { GitHubClient } from './octokit.js';

export interface RunPullRequest {
  number: number;
  baseRef: string;
  /** Which lookup found it: the run's own list, the PRs of its head commit, or its head branch. */
  foundBy: 'run' | 'head-commit' | 'head-branch';
}

export interface RunLocation {
  owner: string;
  repo: string;
  runId: number;
}

/**
 * The pull request a workflow run tested, for the workflow_run companion that comments on fork
 * PRs. A fork PR's run has an empty `pull_requests`, so the head commit's PRs and then the open
 * PRs from its head branch are asked in turn.
 */
export async function findPullRequestForRun(
  octokit: GitHubClient,
  location: RunLocation,
): Promise<RunPullRequest | undefined> {
  const { owner, repo, runId } = location;
  const { data: run } = await octokit.rest.actions.getWorkflowRun({ owner, repo, run_id: runId });

  // `pull_requests` can list PRs of another repository (a run in a fork): keep this repository's.
  const own = (run.pull_requests ?? []).find((pull) => pull.base.repo.id === run.repository.id);
  if (own !== undefined) return { number: own.number, baseRef: own.base.ref, foundBy: 'run' };

  const { data: commitPulls } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
    owner,
    repo,
    commit_sha: run.head_sha,
  });
  const byCommit =
    commitPulls.find((pull) => pull.state === 'open' && pull.head.sha === run.head_sha) ??
    commitPulls.find((pull) => pull.state === 'open');
  if (byCommit !== undefined) return { number: byCommit.number, baseRef: byCommit.base.ref, foundBy: 'head-commit' };

  const headOwner = run.head_repository?.owner.login ?? run.repository.owner.login;
  if (!run.head_branch) return undefined;
  const { data: branchPulls } = await octokit.rest.pulls.list({
    owner,
    repo,
    state: 'open',
    head: `${headOwner}:${run.head_branch}`,
  });
  const byBranch = branchPulls[0];
  return byBranch === undefined
    ? undefined
    : { number: byBranch.number, baseRef: byBranch.base.ref, foundBy: 'head-branch' };
}
