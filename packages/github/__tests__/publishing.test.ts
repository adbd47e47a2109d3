import { startGitHubApiServer, virtualClock, type GitHubApiServer } from '@testpipe/testkit';
import { commentMarker, createGitHubClient, publishCheckRun, upsertStickyComment } from '@testpipe/github';
import type { CheckAnnotation } from '@testpipe/core';

const REPO = { owner: 'acme', repo: 'widgets' };
const SHA = 'b'.repeat(40);
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
  server.addPullRequest({ repo: 'acme/widgets', number: 7, head: { ref: 'feature', sha: SHA } });
});

afterEach(async () => {
  server.assertNoInvalidRequests();
  await server.close();
});

// Waits (back-off, rate limits, write pacing) pass on a virtual clock: no test sleeps for real.
function client(token = 'ghs_installation', clock = virtualClock()) {
  return createGitHubClient(token, { baseUrl: server.url, clock });
}

const target = { ...REPO, issueNumber: 7, marker: commentMarker('unit tests') };

function ourComments() {
  return server.state.commentsOn('acme/widgets', 7).filter((c) => c.body.includes(target.marker));
}

describe('sticky PR comment', () => {
  test('creates once, then updates the same comment', async () => {
    const { octokit } = await client();
    const first = await upsertStickyComment(octokit, target, 'run 1: 3 passed');
    const second = await upsertStickyComment(octokit, target, 'run 2: 1 failed');
    const third = await upsertStickyComment(octokit, target, 'run 2: 1 failed');
    expect(first.action).toBe('created');
    expect(second).toMatchObject({ action: 'updated', commentId: first.commentId });
    expect(third).toMatchObject({ action: 'unchanged', commentId: first.commentId });
    expect(ourComments().map((c) => c.body)).toEqual([`${target.marker}\nrun 2: 1 failed`]);
  });

  test('finds its comment beyond the first page and ignores look-alikes by other authors', async () => {
    const { octokit: aliceClient } = await client('ghp_alice');
    const created = await aliceClient.rest.issues.createComment({
      ...REPO,
      issue_number: 7,
      body: `${target.marker}\nquoted by alice`,
    });
    const alice = server.state.commentsOn('acme/widgets', 7).find((c) => c.id === created.data.id)!.user;
    const { octokit } = await client();
    const mine = await upsertStickyComment(octokit, target, 'report');
    const comments = server.state.requireRepository('acme/widgets').comments;
    for (let i = 0; i < 130; i += 1) {
      const id = server.state.nextId();
      const at = '2024-01-01T00:00:00Z';
      comments.set(id, { id, issueNumber: 7, body: `chatter ${i}`, user: alice, createdAt: at, updatedAt: at });
    }
    const { octokit: again, counter } = await client();
    const updated = await upsertStickyComment(again, target, 'report 2');
    expect(updated).toMatchObject({ action: 'updated', commentId: mine.commentId });
    expect(server.state.commentsOn('acme/widgets', 7).find((c) => c.id === mine.commentId)?.body).toContain('report 2');
    // viewer + two pages of comments + one update
    expect(counter.total).toBe(4);
  });

  test('two jobs reporting at once still end with one comment', async () => {
    const a = (await client()).octokit;
    const b = (await client()).octokit;
    await Promise.all([upsertStickyComment(a, target, 'from job a'), upsertStickyComment(b, target, 'from job b')]);
    expect(ourComments()).toHaveLength(1);
  });

  test('a comment with the same digest is left alone; createIfMissing: false never creates', async () => {
    const { octokit } = await client();
    expect(await upsertStickyComment(octokit, target, 'passing', { createIfMissing: false })).toEqual({
      action: 'skipped',
    });
    expect(ourComments()).toHaveLength(0);
    const first = await upsertStickyComment(octokit, target, 'run 1, 2 s', { digest: 'abc' });
    const same = await upsertStickyComment(octokit, target, 'run 2, 3 s', { digest: 'abc' });
    expect(same).toMatchObject({ action: 'unchanged', commentId: first.commentId });
    expect(ourComments()[0]?.body).toContain('run 1, 2 s');
    const changed = await upsertStickyComment(octokit, target, 'run 3', { digest: 'def', createIfMissing: false });
    expect(changed).toMatchObject({ action: 'updated', commentId: first.commentId });
  });

  test('recreate mode replaces the comment', async () => {
    const { octokit } = await client();
    const first = await upsertStickyComment(octokit, target, 'one');
    const second = await upsertStickyComment(octokit, target, 'two', { mode: 'recreate' });
    expect(second.action).toBe('recreated');
    expect(second.commentId).not.toBe(first.commentId);
    expect(ourComments().map((c) => c.id)).toEqual([second.commentId]);
  });

  test('recreate: two jobs at once, again and again, leave exactly one comment, the newest', async () => {
    for (let round = 1; round <= 6; round++) {
      const a = (await client()).octokit;
      const b = (await client()).octokit;
      await Promise.all([
        upsertStickyComment(a, target, `round ${round}, job a`, { mode: 'recreate' }),
        upsertStickyComment(b, target, `round ${round}, job b`, { mode: 'recreate' }),
      ]);
      const createdThisRound = server.requests.filter(
        (r) => r.route === 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments' && r.status === 201,
      );
      expect(createdThisRound.length).toBe(round * 2);
      const left = ourComments();
      expect(left).toHaveLength(1);
      // Only comment creation takes ids here: the newest comment has the last id handed out.
      const newestId = server.state.nextId() - 1;
      expect(left[0]!.id).toBe(newestId);
      expect(left[0]!.body).toMatch(new RegExp(`round ${round}, job [ab]$`));
    }
  });

  test("a report quoting another report's marker never takes over that report's comment", async () => {
    const e2e = { ...target, marker: commentMarker('e2e') };
    const { octokit } = await client();
    // The unit report's body carries the e2e marker further down, as a test name or path could.
    const unit = await upsertStickyComment(octokit, target, `| \`${e2e.marker}\` | failed |`);
    const first = await upsertStickyComment(octokit, e2e, 'e2e run 1');
    const second = await upsertStickyComment(octokit, e2e, 'e2e run 2', { mode: 'recreate' });
    expect(first.action).toBe('created');
    expect(second.action).toBe('recreated');
    const bodies = server.state.commentsOn('acme/widgets', 7).map((c) => c.body);
    expect(bodies).toEqual([`${target.marker}\n| \`${e2e.marker}\` | failed |`, `${e2e.marker}\ne2e run 2`]);
    expect(server.state.commentsOn('acme/widgets', 7)[0]!.id).toBe(unit.commentId);
  });

  test('the marker keeps a report name from ending the hidden comment or spanning lines', () => {
    expect(commentMarker('unit tests')).toBe('<!-- testpipe-report: unit tests -->');
    expect(commentMarker('a--->b\nc')).toBe('<!-- testpipe-report: a- - ->b c -->');
  });

  test('hide-previous minimizes the old comment and posts a new one', async () => {
    const { octokit } = await client();
    const first = await upsertStickyComment(octokit, target, 'one');
    const second = await upsertStickyComment(octokit, target, 'two', { mode: 'hide-previous' });
    expect(second.commentId).not.toBe(first.commentId);
    const [old, fresh] = ourComments();
    expect(old).toMatchObject({ id: first.commentId, minimizedAs: 'OUTDATED' });
    expect(fresh).toMatchObject({ id: second.commentId });
    expect(fresh?.minimizedAs).toBeUndefined();
  });

  test('a fork PR token is refused with 403 and nothing is written', async () => {
    const { octokit } = await client('ghs_fork');
    await expect(upsertStickyComment(octokit, target, 'x')).rejects.toMatchObject({ status: 403 });
    expect(ourComments()).toHaveLength(0);
  });

  test('with 30 % of calls failing the run still ends with exactly one comment', async () => {
    server.failRatio({ ratio: 0.3, seed: 7, fault: { kind: 'server-error', status: 502 } });
    const { octokit } = await client();
    await upsertStickyComment(octokit, target, 'one');
    await upsertStickyComment(octokit, target, 'two');
    server.clearFaults();
    expect(ourComments().map((c) => c.body)).toEqual([`${target.marker}\ntwo`]);
    expect(server.requestCount(LIST_COMMENTS)).toBeGreaterThan(1);
  }, 60_000);
});

describe('check run', () => {
  const annotations: CheckAnnotation[] = Array.from({ length: 120 }, (_, i) => ({
    path: `src/file${i}.ts`,
    start_line: i + 1,
    end_line: i + 1,
    annotation_level: i % 10 === 0 ? 'warning' : 'failure',
    message: `failure ${i}`,
  }));

  test('delivers every annotation in batches of 50', async () => {
    const { octokit, counter } = await client();
    const result = await publishCheckRun(octokit, {
      ...REPO,
      headSha: SHA,
      name: 'testpipe: unit tests',
      conclusion: 'failure',
      title: '12 failed',
      summary: 'summary',
      annotations,
    });
    const [run] = server.state.checkRuns('acme/widgets');
    expect(run?.annotations).toHaveLength(120);
    expect(run?.annotationBatchSizes).toEqual([50, 50, 20]);
    expect(result).toMatchObject({ annotationsSent: 120, requests: 3 });
    expect(counter.total).toBe(3);
  });

  test('survives secondary rate limits and 5xx on the way', async () => {
    server.injectFaults([
      { kind: 'secondary-rate-limit', retryAfterSeconds: 1 },
      { kind: 'server-error', status: 503 },
      { kind: 'rate-limit', retryAfterSeconds: 1, status: 429 },
    ]);
    const { octokit } = await client();
    await publishCheckRun(octokit, {
      ...REPO,
      headSha: SHA,
      name: 'testpipe',
      conclusion: 'success',
      title: 'ok',
      summary: 'ok',
      annotations,
    });
    expect(server.state.checkRuns('acme/widgets')[0]?.annotations).toHaveLength(120);
  }, 60_000);
});
