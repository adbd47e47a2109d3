import { getOctokit } from '@actions/github';
import { startGitHubApiServer, type GitHubApiServer } from '../src/github-api/server.js';

const REPO = { owner: 'acme', repo: 'widgets' };
const SHA = 'b'.repeat(40);

let server: GitHubApiServer;

beforeEach(async () => {
  server = await startGitHubApiServer({
    repos: ['acme/widgets'],
    tokens: [
      { token: 'ghs_installation', kind: 'installation' },
      { token: 'ghs_fork', kind: 'installation-readonly' },
      { token: 'ghp_alice', kind: 'user', login: 'alice' },
    ],
  });
});

afterEach(async () => {
  await server.close();
});

function annotations(count: number, from = 1) {
  return Array.from({ length: count }, (_, index) => ({
    path: `src/file-${from + index}.ts`,
    start_line: from + index,
    end_line: from + index,
    annotation_level: 'failure' as const,
    message: `failure ${from + index}`,
  }));
}

describe('check runs through the real Octokit client', () => {
  it('creates a check run and appends annotations sent in batches of 50 through updates', async () => {
    const octokit = getOctokit('ghs_installation', { baseUrl: server.url });
    const created = await octokit.rest.checks.create({
      ...REPO,
      name: 'testpipe report',
      head_sha: SHA,
      status: 'in_progress',
      output: { title: 'Running', summary: 'started', annotations: annotations(50) },
    });
    expect(created.data).toMatchObject({ status: 'in_progress', conclusion: null, head_sha: SHA });
    expect(created.data.app?.slug).toBe('github-actions');

    await octokit.rest.checks.update({
      ...REPO,
      check_run_id: created.data.id,
      output: { title: 'Running', summary: 'more', annotations: annotations(50, 51) },
    });
    const finished = await octokit.rest.checks.update({
      ...REPO,
      check_run_id: created.data.id,
      conclusion: 'failure',
      output: { title: '120 failed', summary: 'done', annotations: annotations(20, 101) },
    });
    expect(finished.data).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(finished.data.completed_at).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(finished.data.output).toMatchObject({ title: '120 failed', summary: 'done', annotations_count: 120 });

    const [stored] = server.state.checkRuns('acme/widgets');
    expect(stored?.annotationBatchSizes).toEqual([50, 50, 20]);
    expect(stored?.createdBy.login).toBe('github-actions[bot]');

    const listed = await octokit.paginate(octokit.rest.checks.listAnnotations, {
      ...REPO,
      check_run_id: created.data.id,
      per_page: 100,
    });
    expect(listed.map((annotation) => annotation.start_line)).toEqual(Array.from({ length: 120 }, (_, i) => i + 1));
    expect(listed[0]).toMatchObject({
      path: 'src/file-1.ts',
      annotation_level: 'failure',
      blob_href: `https://github.com/acme/widgets/blob/${SHA}/src/file-1.ts`,
    });

    const fetched = await octokit.rest.checks.get({ ...REPO, check_run_id: created.data.id });
    expect(fetched.data.output.annotations_count).toBe(120);
    server.assertNoInvalidRequests();
  });

  it('rejects 51 annotations in one request with 422, storing nothing, and reports it', async () => {
    const octokit = getOctokit('ghs_installation', { baseUrl: server.url });
    await expect(
      octokit.rest.checks.create({
        ...REPO,
        name: 'too many',
        head_sha: SHA,
        output: { title: 't', summary: 's', annotations: annotations(51) },
      }),
    ).rejects.toMatchObject({ status: 422 });
    expect(server.state.checkRuns('acme/widgets')).toEqual([]);
    expect(server.validationErrors.map((found) => found.problems.join())).toEqual([
      'body/output/annotations must NOT have more than 50 items',
    ]);
  });

  it('rejects conclusion "bogus" against the OpenAPI enum and records it', async () => {
    const octokit = getOctokit('ghs_installation', { baseUrl: server.url });
    // A route typed as plain string opts out of Octokit's parameter types, as a careless caller would.
    const route: string = 'POST /repos/{owner}/{repo}/check-runs';
    await expect(
      octokit.request(route, {
        ...REPO,
        name: 'bogus',
        head_sha: SHA,
        conclusion: 'bogus',
      }),
    ).rejects.toMatchObject({ status: 422, message: expect.stringContaining('body/conclusion') });
    expect(server.validationErrors).toHaveLength(1);
    expect(server.validationErrors[0]).toMatchObject({
      kind: 'invalid-request',
      route: 'POST /repos/{owner}/{repo}/check-runs',
    });
    expect(server.validationErrors[0]?.problems.join()).toContain('must be equal to one of the allowed values');
    expect(() => server.assertNoInvalidRequests()).toThrow(/conclusion/);
  });

  it('requires a conclusion once a check run is completed, as GitHub does', async () => {
    const octokit = getOctokit('ghs_installation', { baseUrl: server.url });
    await expect(
      octokit.rest.checks.create({ ...REPO, name: 'x', head_sha: SHA, status: 'completed' }),
    ).rejects.toMatchObject({ status: 422, message: expect.stringContaining('conclusion') });
    expect(server.state.checkRuns('acme/widgets')).toEqual([]);
  });

  it('lists the latest check run per name for a ref and filters by name', async () => {
    const octokit = getOctokit('ghs_installation', { baseUrl: server.url });
    await octokit.rest.checks.create({ ...REPO, name: 'lint', head_sha: SHA, conclusion: 'success' });
    const second = await octokit.rest.checks.create({ ...REPO, name: 'lint', head_sha: SHA, conclusion: 'failure' });
    await octokit.rest.checks.create({ ...REPO, name: 'test', head_sha: SHA });
    await octokit.rest.checks.create({ ...REPO, name: 'test', head_sha: 'c'.repeat(40) });

    const latest = await octokit.rest.checks.listForRef({ ...REPO, ref: SHA });
    expect(latest.data.total_count).toBe(2);
    expect(latest.data.check_runs.map((run) => [run.name, run.conclusion])).toEqual([
      ['test', null],
      ['lint', 'failure'],
    ]);
    const all = await octokit.rest.checks.listForRef({ ...REPO, ref: SHA, filter: 'all', check_name: 'lint' });
    expect(all.data.check_runs.map((run) => run.id)).toEqual([second.data.id, second.data.id - 1]);
    server.assertNoInvalidRequests();
  });

  it('refuses check run writes from a fork token and from a personal access token', async () => {
    const fork = getOctokit('ghs_fork', { baseUrl: server.url });
    await expect(fork.rest.checks.create({ ...REPO, name: 'x', head_sha: SHA })).rejects.toMatchObject({
      status: 403,
      message: expect.stringContaining('Resource not accessible by integration'),
    });
    const pat = getOctokit('ghp_alice', { baseUrl: server.url });
    await expect(pat.rest.checks.create({ ...REPO, name: 'x', head_sha: SHA })).rejects.toMatchObject({
      status: 403,
      message: expect.stringContaining('GitHub App'),
    });
    expect(server.state.checkRuns('acme/widgets')).toEqual([]);
    server.assertNoInvalidRequests();
  });
});
