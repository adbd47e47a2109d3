import { getOctokit } from '@actions/github';
import { startGitHubApiServer, type GitHubApiServer } from '../src/github-api/server.js';

const REPO = { owner: 'acme', repo: 'widgets' };
const HEAD_SHA = 'e'.repeat(40);

let server: GitHubApiServer;

beforeEach(async () => {
  server = await startGitHubApiServer({
    repos: ['acme/widgets'],
    tokens: [{ token: 'ghs_installation', kind: 'installation' }],
  });
});

afterEach(async () => {
  await server.close();
});

function octokit() {
  return getOctokit('ghs_installation', { baseUrl: server.url });
}

function authorizedFetch(path: string, init: RequestInit = {}) {
  return fetch(`${server.url}${path}`, {
    ...init,
    headers: { authorization: 'token ghs_installation', 'content-type': 'application/json' },
  });
}

describe('repositories and pull requests', () => {
  it('serves a repository, a fork pull request, lists by state and head, and PRs for a commit', async () => {
    server.addPullRequest({
      repo: 'acme/widgets',
      number: 12,
      title: 'From a fork',
      user: 'mallory',
      head: { ref: 'patch-1', sha: HEAD_SHA, repo: 'mallory/widgets' },
    });
    server.addPullRequest({
      repo: 'acme/widgets',
      number: 11,
      state: 'closed',
      head: { ref: 'old', sha: 'f'.repeat(40) },
    });

    const repo = await octokit().rest.repos.get(REPO);
    expect(repo.data).toMatchObject({ full_name: 'acme/widgets', default_branch: 'main' });

    const pull = await octokit().rest.pulls.get({ ...REPO, pull_number: 12 });
    expect(pull.data).toMatchObject({ number: 12, title: 'From a fork', state: 'open', user: { login: 'mallory' } });
    expect(pull.data.head.repo?.full_name).toBe('mallory/widgets');
    expect(pull.data.base.repo.full_name).toBe('acme/widgets');

    const open = await octokit().rest.pulls.list(REPO);
    expect(open.data.map((item) => item.number)).toEqual([12]);
    const all = await octokit().rest.pulls.list({ ...REPO, state: 'all', direction: 'asc' });
    expect(all.data.map((item) => item.number)).toEqual([11, 12]);
    const byHead = await octokit().rest.pulls.list({ ...REPO, head: 'mallory:patch-1' });
    expect(byHead.data.map((item) => item.number)).toEqual([12]);

    const forCommit = await octokit().rest.repos.listPullRequestsAssociatedWithCommit({
      ...REPO,
      commit_sha: HEAD_SHA,
    });
    expect(forCommit.data.map((item) => item.number)).toEqual([12]);

    await expect(octokit().rest.pulls.get({ ...REPO, pull_number: 99 })).rejects.toMatchObject({ status: 404 });
    await expect(octokit().rest.repos.get({ owner: 'acme', repo: 'missing' })).rejects.toMatchObject({ status: 404 });
    server.assertNoInvalidRequests();
  });
});

describe('workflow runs and artifacts', () => {
  it('gets a run, filters runs by branch, event and status or conclusion', async () => {
    const push = server.addWorkflowRun({ repo: 'acme/widgets', headBranch: 'main', event: 'push' });
    const failed = server.addWorkflowRun({
      repo: 'acme/widgets',
      headBranch: 'main',
      event: 'push',
      conclusion: 'failure',
    });
    const pr = server.addWorkflowRun({
      repo: 'acme/widgets',
      headBranch: 'topic',
      event: 'pull_request',
      status: 'in_progress',
    });

    const fetched = await octokit().rest.actions.getWorkflowRun({ ...REPO, run_id: push.id });
    expect(fetched.data).toMatchObject({
      id: push.id,
      head_branch: 'main',
      status: 'completed',
      conclusion: 'success',
    });

    const list = async (filters: Record<string, string>) =>
      (await octokit().rest.actions.listWorkflowRunsForRepo({ ...REPO, ...filters })).data.workflow_runs.map(
        (run) => run.id,
      );
    expect(await list({})).toEqual([pr.id, failed.id, push.id]);
    expect(await list({ branch: 'main' })).toEqual([failed.id, push.id]);
    expect(await list({ event: 'pull_request' })).toEqual([pr.id]);
    expect(await list({ status: 'in_progress' })).toEqual([pr.id]);
    expect(await list({ status: 'failure' })).toEqual([failed.id]);
    expect(await list({ branch: 'main', status: 'success' })).toEqual([push.id]);
    await expect(octokit().rest.actions.getWorkflowRun({ ...REPO, run_id: 1 })).rejects.toMatchObject({ status: 404 });
    server.assertNoInvalidRequests();
  });

  it('lists artifacts for a run and for the repository, filtered by name', async () => {
    const first = server.addWorkflowRun({ repo: 'acme/widgets' });
    const second = server.addWorkflowRun({ repo: 'acme/widgets' });
    server.addArtifact({ repo: 'acme/widgets', runId: first.id, name: 'timings', sizeInBytes: 10 });
    server.addArtifact({ repo: 'acme/widgets', runId: first.id, name: 'results-1' });
    const latestTimings = server.addArtifact({ repo: 'acme/widgets', runId: second.id, name: 'timings' });

    const forRun = await octokit().rest.actions.listWorkflowRunArtifacts({ ...REPO, run_id: first.id });
    expect(forRun.data.total_count).toBe(2);
    expect(forRun.data.artifacts.map((artifact) => artifact.name).sort()).toEqual(['results-1', 'timings']);

    const named = await octokit().rest.actions.listArtifactsForRepo({ ...REPO, name: 'timings' });
    expect(named.data.total_count).toBe(2);
    expect(named.data.artifacts[0]).toMatchObject({ id: latestTimings.id, workflow_run: { id: second.id } });

    const one = await octokit().rest.actions.getArtifact({ ...REPO, artifact_id: latestTimings.id });
    expect(one.data.archive_download_url).toBe(
      `${server.url}/repos/acme/widgets/actions/artifacts/${latestTimings.id}/zip`,
    );
    server.assertNoInvalidRequests();
  });
});

describe('requests outside the served contract', () => {
  it('records a route that is not GitHub API at all as unknown-route with 404', async () => {
    const response = await authorizedFetch('/repos/acme/widgets/no-such-thing');
    expect(response.status).toBe(404);
    expect(server.validationErrors).toEqual([
      expect.objectContaining({ kind: 'unknown-route', path: '/repos/acme/widgets/no-such-thing' }),
    ]);
    expect(server.requestCount()).toBe(1);
  });

  it('records a real GitHub route the stand-in does not serve as route-not-served', async () => {
    await expect(octokit().rest.issues.listLabelsForRepo(REPO)).rejects.toMatchObject({ status: 404 });
    expect(server.validationErrors[0]).toMatchObject({
      kind: 'route-not-served',
      problems: [expect.stringContaining('GET /repos/{owner}/{repo}/labels')],
    });
  });

  it('records malformed JSON and unsupported GraphQL queries', async () => {
    const malformed = await authorizedFetch('/repos/acme/widgets/check-runs', { method: 'POST', body: '{"name":' });
    expect(malformed.status).toBe(400);
    const graphql = await authorizedFetch('/graphql', {
      method: 'POST',
      body: JSON.stringify({ query: '{ repository(owner: "acme", name: "widgets") { id } }' }),
    });
    expect(graphql.status).toBe(200);
    expect(((await graphql.json()) as { errors: unknown[] }).errors).toHaveLength(1);
    expect(server.validationErrors.map((found) => found.kind)).toEqual(['invalid-json', 'unsupported-graphql']);
  });

  it('validates query parameters with type coercion', async () => {
    const ok = await authorizedFetch('/repos/acme/widgets/actions/runs?per_page=5&page=1');
    expect(ok.status).toBe(200);
    const bad = await authorizedFetch('/repos/acme/widgets/actions/runs?status=sleeping');
    expect(bad.status).toBe(422);
    expect(server.validationErrors).toHaveLength(1);
    expect(server.validationErrors[0]?.problems.join()).toContain(
      'query/status must be equal to one of the allowed values',
    );
  });
});
