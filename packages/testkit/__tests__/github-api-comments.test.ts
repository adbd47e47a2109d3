import { getOctokit } from '@actions/github';
import { GITHUB_ACTIONS_BOT } from '../src/github-api/state.js';
import { startGitHubApiServer, type GitHubApiServer } from '../src/github-api/server.js';

const REPO = { owner: 'acme', repo: 'widgets' };
const LIST_COMMENTS = 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments';

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
  server.addPullRequest({ repo: 'acme/widgets', number: 7, head: { ref: 'feature', sha: 'a'.repeat(40) } });
});

afterEach(async () => {
  await server.close();
});

function octokitFor(token: string) {
  return getOctokit(token, { baseUrl: server.url });
}

describe('issue comments through the real Octokit client', () => {
  it('creates, reads, updates and deletes a comment authored by github-actions[bot]', async () => {
    const octokit = octokitFor('ghs_installation');

    const created = await octokit.rest.issues.createComment({ ...REPO, issue_number: 7, body: 'first' });
    expect(created.status).toBe(201);
    expect(created.data.user).toMatchObject({ login: 'github-actions[bot]', type: 'Bot', id: 41898282 });
    expect(created.headers['x-github-request-id']).toMatch(/\S/);
    expect(created.headers['x-ratelimit-remaining']).toBe('999');

    const updated = await octokit.rest.issues.updateComment({ ...REPO, comment_id: created.data.id, body: 'second' });
    expect(updated.data.body).toBe('second');
    const fetched = await octokit.rest.issues.getComment({ ...REPO, comment_id: created.data.id });
    expect(fetched.data.body).toBe('second');
    expect(server.state.commentsOn('acme/widgets', 7).map((comment) => comment.body)).toEqual(['second']);

    await octokit.rest.issues.deleteComment({ ...REPO, comment_id: created.data.id });
    expect(server.state.commentsOn('acme/widgets', 7)).toEqual([]);
    await expect(octokit.rest.issues.getComment({ ...REPO, comment_id: created.data.id })).rejects.toMatchObject({
      status: 404,
    });
    server.assertNoInvalidRequests();
  });

  it('pages through more than 100 comments with Link headers, as octokit.paginate follows them', async () => {
    for (let index = 1; index <= 205; index += 1) {
      server.state.requireRepository('acme/widgets').comments.set(index, {
        id: index,
        issueNumber: 7,
        body: `comment ${index}`,
        user: GITHUB_ACTIONS_BOT,
        createdAt: '2024-01-01T00:00:00Z',
        updatedAt: '2024-01-01T00:00:00Z',
      });
    }
    const octokit = octokitFor('ghs_installation');

    const firstPage = await octokit.rest.issues.listComments({ ...REPO, issue_number: 7, per_page: 100 });
    expect(firstPage.data).toHaveLength(100);
    expect(firstPage.headers.link).toContain('page=2>; rel="next"');
    expect(firstPage.headers.link).toContain('page=3>; rel="last"');

    const all = await octokit.paginate(octokit.rest.issues.listComments, { ...REPO, issue_number: 7, per_page: 100 });
    expect(all.map((comment) => comment.body)).toEqual(
      Array.from({ length: 205 }, (_, index) => `comment ${index + 1}`),
    );
    expect(server.requestCount(LIST_COMMENTS)).toBe(4);
    server.assertNoInvalidRequests();
  });

  it('authors comments as the user of a personal access token, and GET /user answers for it', async () => {
    const octokit = octokitFor('ghp_alice');
    const created = await octokit.rest.issues.createComment({ ...REPO, issue_number: 7, body: 'by alice' });
    expect(created.data.user).toMatchObject({ login: 'alice', type: 'User' });
    const user = await octokit.rest.users.getAuthenticated();
    expect(user.data.login).toBe('alice');
    expect(user.headers['x-ratelimit-limit']).toBe('5000');
    server.assertNoInvalidRequests();
  });

  it('answers GET /user with 403 for the installation token, as GitHub does for GITHUB_TOKEN', async () => {
    const octokit = octokitFor('ghs_installation');
    await expect(octokit.rest.users.getAuthenticated()).rejects.toMatchObject({
      status: 403,
      message: expect.stringContaining('Resource not accessible by integration'),
    });
    const viewer = await octokit.graphql<{ viewer: { login: string } }>('query { viewer { login } }');
    expect(viewer.viewer.login).toBe('github-actions[bot]');
    server.assertNoInvalidRequests();
  });

  it("refuses every write with a fork pull request's read-only token but still lets it read", async () => {
    const octokit = octokitFor('ghs_fork');
    await expect(octokit.rest.issues.createComment({ ...REPO, issue_number: 7, body: 'hi' })).rejects.toMatchObject({
      status: 403,
      message: expect.stringContaining('Resource not accessible by integration'),
    });
    const listed = await octokit.rest.issues.listComments({ ...REPO, issue_number: 7 });
    expect(listed.data).toEqual([]);
    expect(server.state.commentsOn('acme/widgets', 7)).toEqual([]);
    server.assertNoInvalidRequests();
  });

  it('answers 401 Bad credentials for an unknown token and for none', async () => {
    await expect(octokitFor('ghs_unknown').rest.repos.get(REPO)).rejects.toMatchObject({
      status: 401,
      message: expect.stringContaining('Bad credentials'),
    });
    const response = await fetch(`${server.url}/repos/acme/widgets`);
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await response.json()).toMatchObject({ message: 'Bad credentials' });
  });

  it('rejects a comment without a body with 422 and records it as an invalid request', async () => {
    const octokit = octokitFor('ghs_installation');
    const route: string = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments';
    await expect(octokit.request(route, { ...REPO, issue_number: 7 })).rejects.toMatchObject({ status: 422 });
    expect(server.validationErrors).toEqual([
      expect.objectContaining({
        kind: 'invalid-request',
        route: 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
        problems: ['body is required'],
      }),
    ]);
    const emptyObject = await fetch(`${server.url}/repos/acme/widgets/issues/7/comments`, {
      method: 'POST',
      headers: { authorization: 'token ghs_installation', 'content-type': 'application/json' },
      body: '{}',
    });
    expect(emptyObject.status).toBe(422);
    expect(server.validationErrors[1]?.problems).toEqual(["body must have required property 'body'"]);
    expect(() => server.assertNoInvalidRequests()).toThrow(/invalid-request.*body/);
    expect(server.state.commentsOn('acme/widgets', 7)).toEqual([]);
  });

  it('rejects a non-numeric comment id in the path against the OpenAPI parameter schema', async () => {
    const response = await fetch(`${server.url}/repos/acme/widgets/issues/comments/not-a-number`, {
      headers: { authorization: 'token ghs_installation' },
    });
    expect(response.status).toBe(422);
    expect(server.validationErrors[0]?.problems.join()).toContain('path/comment_id must be integer');
  });

  it('refuses a comment body of 65,536 characters as GitHub does', async () => {
    const octokit = octokitFor('ghs_installation');
    await expect(
      octokit.rest.issues.createComment({ ...REPO, issue_number: 7, body: 'x'.repeat(65_536) }),
    ).rejects.toMatchObject({ status: 422, message: expect.stringContaining('body is too long') });
    await octokit.rest.issues.createComment({ ...REPO, issue_number: 7, body: 'x'.repeat(65_535) });
    expect(server.state.commentsOn('acme/widgets', 7)).toHaveLength(1);
  });

  it('answers 404 for comments on an issue that does not exist', async () => {
    const octokit = octokitFor('ghs_installation');
    await expect(octokit.rest.issues.listComments({ ...REPO, issue_number: 99 })).rejects.toMatchObject({
      status: 404,
    });
    server.assertNoInvalidRequests();
  });
});
