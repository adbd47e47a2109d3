import { startGitHubApiServer, virtualClock, type GitHubApiServer, type VirtualClock } from '@testpipe/testkit';
import {
  commentMarker,
  createGitHubClient,
  GitHubRateLimitError,
  publishCheckRun,
  upsertStickyComment,
} from '@testpipe/github';
import { rateLimitWaitMs } from '../src/request-retry.js';
import { isForbidden, isRateLimited, type CheckAnnotation } from '@testpipe/core';

const REPO = { owner: 'acme', repo: 'widgets' };
const SHA = 'c'.repeat(40);
const CREATE_COMMENT = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments';
const UPDATE_CHECK_RUN = 'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}';
const target = { ...REPO, issueNumber: 7, marker: commentMarker('unit tests') };

let server: GitHubApiServer;
let clock: VirtualClock;
let warnings: string[];

beforeEach(async () => {
  server = await startGitHubApiServer({
    repos: ['acme/widgets'],
    tokens: [{ token: 'ghs_installation', kind: 'installation' }],
  });
  server.addPullRequest({ repo: 'acme/widgets', number: 7, head: { ref: 'feature', sha: SHA } });
  clock = virtualClock();
  warnings = [];
});

afterEach(async () => {
  server.assertNoInvalidRequests();
  await server.close();
});

async function client() {
  const log = { debug: () => undefined, warning: (message: string) => warnings.push(message) };
  return (await createGitHubClient('ghs_installation', { baseUrl: server.url, clock, log })).octokit;
}

describe("waiting out GitHub's rate limits", () => {
  test('retry-after is waited as asked, doubling on repeats, then the request goes through', async () => {
    server.injectFaults(
      [
        { kind: 'secondary-rate-limit', retryAfterSeconds: 3 },
        { kind: 'secondary-rate-limit', retryAfterSeconds: 3, status: 429 },
      ],
      CREATE_COMMENT,
    );
    const result = await upsertStickyComment(await client(), target, 'report');
    expect(result.action).toBe('created');
    expect(clock.sleeps).toEqual(expect.arrayContaining([3000, 6000]));
    expect(warnings).toEqual([
      expect.stringMatching(/^GitHub rate limit on POST .*; retrying in 3 s \(retry 1 of 4\)\.$/),
      expect.stringMatching(/retrying in 6 s \(retry 2 of 4\)\.$/),
    ]);
  });

  test('a secondary limit without retry-after waits a minute, then longer each time, and gives up within the allowance', async () => {
    server.injectFaults(
      Array.from({ length: 5 }, () => ({ kind: 'secondary-rate-limit' as const })),
      CREATE_COMMENT,
    );
    const failure = await upsertStickyComment(await client(), target, 'report').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(GitHubRateLimitError);
    expect(isRateLimited(failure)).toBe(true);
    expect(isForbidden(failure)).toBe(false);
    expect((failure as Error).message).toMatch(
      /^GitHub rate limit: POST .* asks to wait 480 s, more than the 180 s left/,
    );
    expect((failure as Error).message).toContain('secondary rate limit');
    expect(clock.sleeps.filter((ms) => ms >= 60_000)).toEqual([60_000, 120_000, 240_000]);
    expect(server.state.commentsOn('acme/widgets', 7)).toEqual([]);
  });

  test('gives up after four retries when each wait is short', async () => {
    server.injectFaults(
      Array.from({ length: 5 }, () => ({ kind: 'secondary-rate-limit' as const, retryAfterSeconds: 1 })),
      CREATE_COMMENT,
    );
    const failure = await upsertStickyComment(await client(), target, 'report').catch((error: unknown) => error);
    expect((failure as Error).message).toMatch(/still limited after 4 retries/);
    expect(isRateLimited(failure)).toBe(true);
    expect(server.requestCount(CREATE_COMMENT)).toBe(5);
  });

  test('the wait follows retry-after, else x-ratelimit-reset when nothing remains, else a minute doubling', () => {
    const now = 1_700_000_000_000;
    const limited = (headers: Record<string, string>) => ({ status: 403, message: 'limit', response: { headers } });
    expect(rateLimitWaitMs(limited({ 'retry-after': '7' }), 0, now)).toBe(7000);
    expect(rateLimitWaitMs(limited({ 'retry-after': '7' }), 2, now)).toBe(28_000);
    const reset = String(now / 1000 + 90);
    expect(rateLimitWaitMs(limited({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset }), 0, now)).toBe(91_000);
    expect(rateLimitWaitMs(limited({ 'x-ratelimit-remaining': '12' }), 0, now)).toBe(60_000);
    expect(rateLimitWaitMs(limited({}), 3, now)).toBe(480_000);
  });

  test('a read-only token is forbidden, not rate limited, and is not retried', async () => {
    server.registerToken('ghs_fork', 'installation-readonly');
    const octokit = (await createGitHubClient('ghs_fork', { baseUrl: server.url, clock })).octokit;
    const failure = await upsertStickyComment(octokit, target, 'x').catch((error: unknown) => error);
    expect(isForbidden(failure)).toBe(true);
    expect(isRateLimited(failure)).toBe(false);
    expect(server.requestCount(CREATE_COMMENT)).toBe(1);
  });
});

describe('a check run whose annotation batches hit a rate limit', () => {
  const annotations: CheckAnnotation[] = Array.from({ length: 1000 }, (_, i) => ({
    path: `src/file${i}.ts`,
    start_line: 1,
    end_line: 1,
    annotation_level: 'failure',
    message: `failure ${i}`,
  }));

  test('is still returned with its URL, saying exactly which batches and annotations were not delivered', async () => {
    // Batches 2–15 go through; batch 16 meets a limit longer than the step may wait.
    server.injectFaults([{ kind: 'secondary-rate-limit', retryAfterSeconds: 3600 }], UPDATE_CHECK_RUN, { after: 14 });
    const result = await publishCheckRun(await client(), {
      ...REPO,
      headSha: SHA,
      name: 'testpipe',
      conclusion: 'failure',
      title: '1000 failed',
      summary: 'summary',
      annotations,
    });
    const [run] = server.state.checkRuns('acme/widgets');
    expect(run?.annotations).toHaveLength(750);
    expect(result.url).toMatch(/\/runs\/\d+$/);
    expect(result.annotationsSent).toBe(750);
    expect(result.undelivered).toEqual({
      annotationsDelivered: 750,
      annotationsTotal: 1000,
      failedBatches: [16, 17, 18, 19, 20],
      reason: expect.stringMatching(/^GitHub rate limit: PATCH .* asks to wait 3600 s/),
    });
    // After the rate limit, no further batch was tried.
    expect(server.requestCount(UPDATE_CHECK_RUN)).toBe(15);
  });
});
