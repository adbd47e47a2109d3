import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { computeMetrics, RunBuilder, type CodeHost, type Logger, type TestAttempt } from '@testpipe/core';
import { createGitHubCodeHost } from '@testpipe/github';
import { startGitHubApiServer, virtualClock, type GitHubApiServer } from '@testpipe/testkit';
import { runReport, type ReportInput } from '../src/report/index.js';
import { publishReportCheckRun } from '../src/report/publish.js';

// The report stage publishing through the real GitHub adapters to the GitHub API stand-in, with every
// wait on a virtual clock: each side effect is published on its own, and a rate limit is called one.
const TOKEN = 'ghs_reportpublish';
const REPOSITORY = 'acme/widgets';
const HEAD_SHA = 'd'.repeat(40);
const CREATE_COMMENT = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments';
const UPDATE_CHECK_RUN = 'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}';

let github: GitHubApiServer;
let workspace: string;

beforeEach(async () => {
  github = await startGitHubApiServer({ repos: [REPOSITORY], tokens: [{ token: TOKEN, kind: 'installation' }] });
  github.addPullRequest({ repo: REPOSITORY, number: 12, head: { ref: 'feature', sha: HEAD_SHA } });
  workspace = await mkdtemp(path.join(tmpdir(), 'testpipe-report-publish-'));
});

afterEach(async () => {
  github.assertNoInvalidRequests();
  await github.close();
  await rm(workspace, { recursive: true, force: true });
});

/** A JUnit file of `failures` failing tests, each in its own file so each gets an annotation. */
async function writeFailingResults(failures: number): Promise<void> {
  const cases = Array.from(
    { length: failures },
    (_, i) =>
      `<testcase classname="app" name="case ${i}" file="test/case${i}.test.ts" time="0.01"><failure message="boom ${i}"/></testcase>`,
  );
  await mkdir(path.join(workspace, 'results'), { recursive: true });
  await writeFile(
    path.join(workspace, 'results', 'junit.xml'),
    `<?xml version="1.0"?>\n<testsuites><testsuite name="app" tests="${failures}">\n${cases.join('\n')}\n</testsuite></testsuites>\n`,
  );
}

function memoryLogger(): Logger & { warnings: string[] } {
  const warnings: string[] = [];
  return {
    warnings,
    debug: () => undefined,
    info: () => undefined,
    warning: (message) => warnings.push(message),
    error: () => undefined,
    group: (_name, body) => body(),
  };
}

function reportInput(): ReportInput {
  return {
    results: ['results/*.xml'],
    reportName: 'Test report',
    minPassRate: 100,
    failOn: 'nothing',
    ifNoResults: 'error',
    outputDir: 'testpipe-report',
    reportArtifact: '',
    comment: 'always',
    commentMode: 'update',
    checkRun: true,
    maxAnnotations: 1000,
    redact: [],
    outsideWorkspace: 'warn',
    compareTo: 'none',
    pipelineId: '1-1',
    context: {
      repository: REPOSITORY,
      runId: 1,
      headSha: HEAD_SHA,
      pullRequest: { number: 12, baseRef: 'main' },
      workspace,
      serverUrl: 'https://github.com',
      runUrl: `https://github.com/${REPOSITORY}/actions/runs/1`,
    },
    workDir: workspace,
  };
}

test('a rate-limited comment is called a rate limit, and the check run is still published with what arrived', async () => {
  await writeFailingResults(1000);
  // GitHub asks for longer waits than a step may spend: the comment, and annotation batch 16 onwards.
  github.injectFaults([{ kind: 'secondary-rate-limit', retryAfterSeconds: 3600 }], CREATE_COMMENT);
  github.injectFaults([{ kind: 'secondary-rate-limit', retryAfterSeconds: 3600 }], UPDATE_CHECK_RUN, { after: 14 });
  const logger = memoryLogger();
  const host = createGitHubCodeHost({
    token: TOKEN,
    repository: REPOSITORY,
    apiUrl: github.url,
    log: logger,
    clock: virtualClock(),
  });

  const result = await runReport(reportInput(), { logger, host });

  expect(result.failure).toBeUndefined();
  expect(result.commentUrl).toBeUndefined();
  const [check] = github.state.checkRuns(REPOSITORY);
  expect(check?.annotations).toHaveLength(750);
  expect(result.checkUrl).toBe(`https://github.com/${REPOSITORY}/runs/${check?.id}`);
  expect(logger.warnings).toEqual([
    expect.stringMatching(
      /^The PR comment was not published because of a GitHub rate limit, not a permission problem: GitHub rate limit: POST /,
    ),
    expect.stringMatching(
      /^The check run was published with 750 of 1,000 annotations \(batches 16–20 failed: GitHub rate limit: PATCH .*\)\.$/,
    ),
  ]);
  expect(logger.warnings.join('\n')).not.toMatch(/cannot write|fork/i);
});

test('a read-only token gets the fork advice once, and the check run is still attempted on its own', async () => {
  await writeFailingResults(2);
  github.registerToken('ghs_forkpr', 'installation-readonly');
  const logger = memoryLogger();
  const host = createGitHubCodeHost({
    token: 'ghs_forkpr',
    repository: REPOSITORY,
    apiUrl: github.url,
    log: logger,
    clock: virtualClock(),
  });

  const result = await runReport(reportInput(), { logger, host });

  expect(logger.warnings).toEqual([expect.stringContaining('companion workflow triggered by `workflow_run`')]);
  expect(github.requestCount('POST /repos/{owner}/{repo}/check-runs')).toBe(1);
  expect(result.checkUrl).toBeUndefined();
});

test('the check-run title gives the totals table’s words and numbers: passed and flaky apart', async () => {
  const builder = new RunBuilder();
  const source = { path: 'results/junit.xml', shard: '1' };
  const add = (name: string, attempts: TestAttempt[]) => builder.add({ suite: 'app', name, attempts }, source);
  const a = (status: TestAttempt['status']): TestAttempt => ({
    status,
    durationMs: 10,
    ...(status === 'failed' || status === 'errored' ? { failure: { message: 'boom' } } : {}),
  });
  add('passes 1', [a('passed')]);
  add('passes 2', [a('passed')]);
  add('flakes', [a('failed'), a('passed')]);
  add('fails', [a('failed')]);
  add('errors', [a('errored')]);
  add('skips', [a('skipped')]);
  const run = builder.build();
  const metrics = computeMetrics(run);
  const published: Array<{ title: string; summary: string }> = [];
  const host = {
    publishCheckRun: async (request: { title: string; summary: string }) => {
      published.push(request);
      return { url: 'https://github.com/o/r/runs/1' };
    },
  } as unknown as CodeHost;

  await publishReportCheckRun(
    host,
    { headSha: HEAD_SHA, workspace, maxAnnotations: 10 },
    { reportName: 'Test report', run, metrics, status: 'failed', gate: { minPassRate: 100, failOn: 'failures' } },
  );

  expect(published[0]!.title).toBe('1 failed, 1 errored, 2 passed, 1 flaky, 1 skipped');
  // Total | Passed | Failed | Errored | Skipped | Flaky
  expect(published[0]!.summary).toContain('| 6 | 2 | 1 | 1 | 1 | 1 |');
});
