import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { once } from 'node:events';
import { pullRequestEvent } from '@testpipe/testkit';
import {
  errors,
  junitSuite,
  REPOSITORY,
  removeDir,
  runReport,
  startWorld,
  tempWorkspace,
  testcase,
  warnings,
  writeFiles,
  type CaseSpec,
  type World,
} from './action-helpers.js';

const COMMENT_LIMIT_CHARS = 65_535;
const SUMMARY_LIMIT_BYTES = 1_048_576;

let world: World;
let workspace: string | undefined;

beforeAll(async () => {
  world = await startWorld();
});

afterAll(async () => {
  await world.close();
});

afterEach(async () => {
  world.github.clearFaults();
  await removeDir(workspace);
  workspace = undefined;
  world.github.assertNoInvalidRequests();
});

/** Streams one JUnit file of `total` tests, every `total / failures`-th failing with a long message. */
async function writeBigJUnit(file: string, total: number, failures: number): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const out = createWriteStream(file);
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  const every = total / failures;
  await write(`<?xml version="1.0" encoding="UTF-8"?>\n<testsuites>\n<testsuite name="big" tests="${total}">\n`);
  for (let i = 0; i < total; i++) {
    const failing = i % every === 0;
    const spec: CaseSpec = {
      classname: `big.Module${i % 500}`,
      name: `handles input ${i}`,
      file: `test/big/module${i % 500}.test.ts`,
      line: 1 + (i % 400),
      time: 0.001,
      outcome: failing ? 'fail' : 'pass',
      message: failing
        ? `expected response ${i} to equal the fixture, but the ${'payload field '.repeat(30)}differed at index ${i}`
        : undefined,
    };
    await write(`${testcase(spec)}\n`);
  }
  await write('</testsuite>\n</testsuites>\n');
  out.end();
  await once(out, 'finish');
}

describe('aggregate-report at scale and under faults', () => {
  it('100,000 tests with 20,000 long failures: the summary fits 1 MiB and the comment 65,535 chars, saying so', async () => {
    workspace = await tempWorkspace();
    await writeBigJUnit(path.join(workspace, 'results', 'big.xml'), 100_000, 20_000);
    const headSha = '1b1b'.repeat(10);
    world.github.addPullRequest({ repo: REPOSITORY, number: 31, head: { ref: 'big', sha: headSha } });

    const result = await runReport(world, {
      workspace,
      runId: 5100001,
      event: pullRequestEvent({ number: 31, headSha, headRef: 'big' }),
      inputs: {
        results: 'results/*.xml',
        'fail-on': 'nothing',
        'max-annotations': 100,
        'report-artifact': '',
        'compare-to': 'none',
      },
    });

    expect({ exit: result.exitCode, errors: errors(result), warnings: warnings(result) }).toEqual({
      exit: 0,
      errors: [],
      warnings: [],
    });
    expect(result.outputs).toMatchObject({ total: '100000', failed: '20000', passed: '80000', 'pass-rate': '80.00' });
    expect(result.summaryDropped).toBeUndefined();
    const summaryBytes = Buffer.byteLength(result.summary, 'utf8');
    expect(summaryBytes).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);
    expect(summaryBytes).toBeGreaterThan(SUMMARY_LIMIT_BYTES / 2);
    expect(result.summary).toContain('Test report: failed');
    expect(result.summary).toContain("Details were shortened to fit GitHub's limit");

    const comments = world.github.state.commentsOn(REPOSITORY, 31);
    expect(comments).toHaveLength(1);
    const body = comments[0]!.body;
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT_CHARS);
    expect(body).toContain("Details were shortened to fit GitHub's limit");
    expect(body).toMatch(/characters for a comment\): /);

    const [check] = world.github.state.checkRuns(REPOSITORY).filter((c) => c.headSha === headSha);
    expect(check?.annotations).toHaveLength(100);
    expect(check?.annotationBatchSizes).toEqual([50, 50]);
    expect(check!.output.summary!.length).toBeLessThanOrEqual(COMMENT_LIMIT_CHARS);
  }, 180_000);

  it('with 30 % of GitHub requests failing: one comment, every annotation delivered, a bounded number of calls', async () => {
    workspace = await tempWorkspace();
    const failures = 120;
    const cases: CaseSpec[] = Array.from({ length: failures + 30 }, (_, i) => ({
      classname: `flappy.Suite${i % 7}`,
      name: `scenario ${i}`,
      file: `test/flappy/suite${i % 7}.test.ts`,
      line: 5 + i,
      outcome: i < failures ? ('fail' as const) : ('pass' as const),
    }));
    await writeFiles(workspace, { 'results/junit.xml': junitSuite('flappy', cases) });
    const headSha = '2c2c'.repeat(10);
    world.github.addPullRequest({ repo: REPOSITORY, number: 32, head: { ref: 'flappy', sha: headSha } });
    const requestsBefore = world.github.requests.length;
    // Seed 115 faults the GraphQL identity query, the comment POST and the check-run POST once each (so
    // writes are retried), and no request twice in a row (the retry plugin backs off 1, 4, 9, 16 s).
    world.github.failRatio({ ratio: 0.3, seed: 115, fault: { kind: 'server-error', status: 502 } });

    const result = await runReport(world, {
      workspace,
      runId: 5200001,
      event: pullRequestEvent({ number: 32, headSha, headRef: 'flappy' }),
      inputs: { results: 'results/*.xml', 'fail-on': 'nothing', 'report-artifact': '' },
    });
    world.github.clearFaults();

    expect({
      exit: result.exitCode,
      outcome: result.outcome,
      errors: errors(result),
      warnings: warnings(result),
    }).toEqual({ exit: 0, outcome: 'success', errors: [], warnings: [] });
    expect(result.outputs.status).toBe('failed');
    const requests = world.github.requests.slice(requestsBefore);
    const faulted = requests.filter((r) => r.fault !== undefined).length;
    // The seed must really exercise the retries, of writes too.
    expect(faulted).toBeGreaterThan(0);
    expect(requests.some((r) => r.fault !== undefined && r.method !== 'GET')).toBe(true);
    expect(requests.filter((r) => r.fault === undefined).every((r) => r.status < 300)).toBe(true);

    const comments = world.github.state.commentsOn(REPOSITORY, 32);
    expect(comments).toHaveLength(1);
    expect(result.outputs['comment-url']).toContain(`#issuecomment-${comments[0]!.id}`);
    const checks = world.github.state.checkRuns(REPOSITORY).filter((c) => c.headSha === headSha);
    expect(checks).toHaveLength(1);
    expect(checks[0]!.annotations).toHaveLength(failures);
    expect(new Set(checks[0]!.annotations.map((a) => `${a.path}:${a.startLine}`)).size).toBe(failures);
    expect(checks[0]!.annotationBatchSizes).toEqual([50, 50, 20]);

    // The action's own count of its calls (retries included), against what it needs.
    const line = result.debugMessages.find((message) => message.startsWith('GitHub API calls: '));
    const calls = Number(/^GitHub API calls: (\d+)/.exec(line ?? '')?.[1]);
    const commentPages = requests.filter(
      (r) => r.route === 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments' && r.fault === undefined,
    ).length;
    const bound = 3 + Math.ceil(failures / 50) + commentPages + faulted;
    console.log(`GitHub API calls: ${calls} (bound ${bound}; ${faulted} faulted, ${commentPages} comment page reads)`);
    expect(calls).toBe(requests.length);
    expect(calls).toBeLessThanOrEqual(bound);
  }, 180_000);
});
