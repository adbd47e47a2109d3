import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { seededRandom } from '../src/github-api/faults.js';
import { startGitHubApiServer, type GitHubApiServer } from '../src/github-api/server.js';

const REPO = { owner: 'acme', repo: 'widgets' };
const GET_PULL = 'GET /repos/{owner}/{repo}/pulls/{pull_number}';
const CREATE_COMMENT = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments';

let server: GitHubApiServer;

beforeEach(async () => {
  server = await startGitHubApiServer({
    repos: ['acme/widgets'],
    tokens: [{ token: 'ghs_installation', kind: 'installation' }],
  });
  server.addPullRequest({ repo: 'acme/widgets', number: 3, head: { ref: 'topic', sha: 'd'.repeat(40) } });
});

afterEach(async () => {
  await server.close();
});

interface LimitCall {
  kind: 'primary' | 'secondary';
  retryAfter: number;
}

// retryAfterBaseValue 1 turns the plugins' seconds into milliseconds, so retries do not sleep.
function throttleOptions(limitCalls: LimitCall[]) {
  return {
    retryAfterBaseValue: 1,
    onRateLimit: (retryAfter: number, _options: unknown, _octokit: unknown, retryCount: number) => {
      limitCalls.push({ kind: 'primary', retryAfter });
      return retryCount < 2;
    },
    onSecondaryRateLimit: (retryAfter: number, _options: unknown, _octokit: unknown, retryCount: number) => {
      limitCalls.push({ kind: 'secondary', retryAfter });
      return retryCount < 2;
    },
  };
}

function resilientOctokit(limitCalls: LimitCall[]) {
  return getOctokit(
    'ghs_installation',
    { baseUrl: server.url, retry: { retryAfterBaseValue: 1 }, throttle: throttleOptions(limitCalls) },
    retry,
    throttling,
  );
}

describe('fault injection against the real Octokit retry and throttling plugins', () => {
  it('answers scripted 500/502/503 for the next matching requests; the retry plugin gets through', async () => {
    server.injectFaults(
      [
        { kind: 'server-error', status: 500 },
        { kind: 'server-error', status: 502 },
        { kind: 'server-error', status: 503 },
      ],
      GET_PULL,
    );
    const pull = await resilientOctokit([]).rest.pulls.get({ ...REPO, pull_number: 3 });
    expect(pull.data.number).toBe(3);
    expect(server.requestCount(GET_PULL)).toBe(4);
    expect(server.requests.map((request) => [request.status, request.fault])).toEqual([
      [500, 'server-error'],
      [502, 'server-error'],
      [503, 'server-error'],
      [200, undefined],
    ]);
    server.assertNoInvalidRequests();
  });

  it('surfaces a fault to a client without retries, and leaves other routes alone', async () => {
    server.injectFaults([{ kind: 'server-error', status: 502 }], GET_PULL);
    const plain = getOctokit('ghs_installation', { baseUrl: server.url });
    await expect(plain.rest.repos.get(REPO)).resolves.toMatchObject({ status: 200 });
    await expect(plain.rest.pulls.get({ ...REPO, pull_number: 3 })).rejects.toMatchObject({ status: 502 });
    await expect(plain.rest.pulls.get({ ...REPO, pull_number: 3 })).resolves.toMatchObject({ status: 200 });
    expect(server.requestCount()).toBe(3);
  });

  it('answers a primary rate limit (429, remaining 0) that the throttling plugin waits out', async () => {
    server.injectFaults([{ kind: 'rate-limit', retryAfterSeconds: 30 }], GET_PULL);
    const limitCalls: LimitCall[] = [];
    // Throttling alone: with plugin-retry too, its generic 429 retry would answer first.
    const throttled = getOctokit(
      'ghs_installation',
      { baseUrl: server.url, throttle: throttleOptions(limitCalls) },
      throttling,
    );
    const pull = await throttled.rest.pulls.get({ ...REPO, pull_number: 3 });
    expect(pull.status).toBe(200);
    expect(limitCalls).toHaveLength(1);
    expect(limitCalls[0]?.kind).toBe('primary');
    expect(limitCalls[0]?.retryAfter).toBeGreaterThanOrEqual(30);
    expect(server.requests[0]?.status).toBe(429);
    expect(server.requestCount(GET_PULL)).toBe(2);
  });

  it('answers a secondary rate limit (403 + retry-after) on a write; the comment is created once', async () => {
    server.injectFaults([{ kind: 'secondary-rate-limit', retryAfterSeconds: 7 }], CREATE_COMMENT);
    const limitCalls: LimitCall[] = [];
    const created = await resilientOctokit(limitCalls).rest.issues.createComment({
      ...REPO,
      issue_number: 3,
      body: 'report',
    });
    expect(created.status).toBe(201);
    expect(limitCalls).toEqual([{ kind: 'secondary', retryAfter: 7 }]);
    expect(server.requests.map((request) => request.status)).toEqual([403, 201]);
    expect(server.state.commentsOn('acme/widgets', 3)).toHaveLength(1);
    expect(server.requestCount(CREATE_COMMENT)).toBe(2);
  });

  it('gives the secondary rate limit body and headers GitHub sends', async () => {
    server.injectFaults([{ kind: 'secondary-rate-limit', retryAfterSeconds: 60 }]);
    const response = await fetch(`${server.url}/repos/acme/widgets`, {
      headers: { authorization: 'token ghs_installation' },
    });
    expect(response.status).toBe(403);
    expect(response.headers.get('retry-after')).toBe('60');
    expect(response.headers.get('x-github-request-id')).toMatch(/\S/);
    expect(((await response.json()) as { message: string }).message).toMatch(
      /^You have exceeded a secondary rate limit/,
    );
  });

  it('fails the same requests for the same seed, and a share of them near the ratio', async () => {
    const statusesForSeed = async (seed: number) => {
      const seeded = await startGitHubApiServer({
        repos: ['acme/widgets'],
        tokens: [{ token: 't', kind: 'installation' }],
      });
      try {
        seeded.failRatio({ ratio: 0.5, seed, fault: { kind: 'server-error', status: 503 } });
        const statuses: number[] = [];
        for (let index = 0; index < 40; index += 1) {
          const response = await fetch(`${seeded.url}/repos/acme/widgets`, { headers: { authorization: 'token t' } });
          await response.arrayBuffer();
          statuses.push(response.status);
        }
        return statuses;
      } finally {
        await seeded.close();
      }
    };
    const first = await statusesForSeed(42);
    expect(await statusesForSeed(42)).toEqual(first);
    expect(await statusesForSeed(7)).not.toEqual(first);
    const failures = first.filter((status) => status === 503).length;
    expect(failures).toBeGreaterThan(10);
    expect(failures).toBeLessThan(30);
  });

  it('applies a global scripted fault to whatever route comes next, GraphQL included', async () => {
    server.injectFaults([{ kind: 'server-error', status: 500 }]);
    const octokit = resilientOctokit([]);
    const viewer = await octokit.graphql<{ viewer: { login: string } }>('{ viewer { login } }');
    expect(viewer.viewer.login).toBe('github-actions[bot]');
    expect(server.requests.map((request) => [request.route, request.status])).toEqual([
      ['POST /graphql', 500],
      ['POST /graphql', 200],
    ]);
  });
});

describe('seededRandom', () => {
  it('repeats its sequence for a seed and stays within [0, 1)', () => {
    const a = seededRandom(1);
    const b = seededRandom(1);
    const values = Array.from({ length: 100 }, () => a());
    expect(Array.from({ length: 100 }, () => b())).toEqual(values);
    expect(values.every((value) => value >= 0 && value < 1)).toBe(true);
    expect(new Set(values).size).toBe(100);
  });
});
