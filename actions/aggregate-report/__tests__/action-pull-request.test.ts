import { forkPullRequestEvent, pullRequestEvent, pushEvent } from '@testpipe/testkit';
import {
  errors,
  junitSuite,
  REPOSITORY,
  removeDir,
  runReport,
  startWorld,
  tempWorkspace,
  warnings,
  writeFiles,
  type CaseSpec,
  type World,
} from './action-helpers.js';

const COMMENTS_ROUTE = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments';
const MARKER = '<!-- testpipe-report: Test report -->';

let world: World;
let workspace: string | undefined;

beforeAll(async () => {
  world = await startWorld();
});

afterAll(async () => {
  await world.close();
});

afterEach(async () => {
  await removeDir(workspace);
  workspace = undefined;
  world.github.assertNoInvalidRequests();
});

function addPullRequest(number: number, headSha: string, headRepo?: string): void {
  world.github.addPullRequest({
    repo: REPOSITORY,
    number,
    head: { ref: `feature-${number}`, sha: headSha, repo: headRepo },
    base: { ref: 'main' },
  });
}

async function workspaceWith(cases: CaseSpec[]): Promise<string> {
  workspace = await tempWorkspace();
  await writeFiles(workspace, { 'results/junit.xml': junitSuite('app', cases) });
  return workspace;
}

describe('aggregate-report on pull_request', () => {
  it('creates ONE sticky comment, and a second run updates that same comment', async () => {
    const headSha = 'c0de'.repeat(10);
    addPullRequest(7, headSha);
    const event = pullRequestEvent({ number: 7, headSha, headRef: 'feature-7' });
    const root = await workspaceWith([
      { classname: 'app', name: 'boots', file: 'test/app.test.ts' },
      { classname: 'app', name: 'serves /health', file: 'test/app.test.ts', line: 12, outcome: 'fail' },
    ]);
    const inputs = { results: 'results/*.xml', 'min-pass-rate': 50 };

    const first = await runReport(world, { workspace: root, event, inputs, runId: 3100001 });
    expect({ exit: first.exitCode, errors: errors(first), warnings: warnings(first) }).toEqual({
      exit: 0,
      errors: [],
      warnings: [],
    });
    const afterFirst = world.github.state.commentsOn(REPOSITORY, 7);
    expect(afterFirst).toHaveLength(1);
    const comment = afterFirst[0]!;
    expect(comment.body).toContain(MARKER);
    expect(comment.body).toContain('serves /health');
    expect(comment.user.login).toBe('github-actions[bot]');
    expect(first.outputs['comment-url']).toMatch(new RegExp(`/pull/7#issuecomment-${comment.id}$`));
    expect(first.outputs['check-url']).toMatch(/\/runs\/\d+$/);

    // The fix lands: the second run edits the same comment instead of adding one.
    await writeFiles(root, {
      'results/junit.xml': junitSuite('app', [
        { classname: 'app', name: 'boots', file: 'test/app.test.ts' },
        { classname: 'app', name: 'serves /health', file: 'test/app.test.ts', line: 12 },
      ]),
    });
    const second = await runReport(world, { workspace: root, event, inputs, runId: 3100002 });
    expect({ exit: second.exitCode, errors: errors(second), warnings: warnings(second) }).toEqual({
      exit: 0,
      errors: [],
      warnings: [],
    });
    const afterSecond = world.github.state.commentsOn(REPOSITORY, 7);
    expect(afterSecond.filter((c) => c.body.includes(MARKER))).toHaveLength(1);
    expect(afterSecond).toHaveLength(1);
    expect(afterSecond[0]!.id).toBe(comment.id);
    expect(afterSecond[0]!.body).toContain('Test report: passed');
    expect(second.outputs['comment-url']).toBe(first.outputs['comment-url']);
    expect(world.github.requestCount(COMMENTS_ROUTE)).toBe(1);
    expect(world.github.requestCount('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}')).toBe(1);

    // Check runs go on the PR head commit, not the merge commit GITHUB_SHA names.
    const checks = world.github.state.checkRuns(REPOSITORY).filter((c) => c.headSha === headSha);
    expect(checks.map((c) => c.conclusion)).toEqual(['success', 'success']);
    const mergeSha = (event.payload.pull_request as { merge_commit_sha: string }).merge_commit_sha;
    expect(world.github.state.checkRuns(REPOSITORY).filter((c) => c.headSha === mergeSha)).toEqual([]);
    expect(checks[0]!.annotations).toEqual([
      expect.objectContaining({ path: 'test/app.test.ts', startLine: 12, annotationLevel: 'failure' }),
    ]);
  }, 120_000);

  it('from a fork (read-only token): succeeds, warns once about the workflow_run companion, writes the summary', async () => {
    const readonlyToken = `ghs_${'f0'.repeat(18)}`;
    world.github.registerToken(readonlyToken, 'installation-readonly');
    const headSha = 'f00d'.repeat(10);
    addPullRequest(8, headSha, 'outside-contributor/demo-app');
    const checksBefore = world.github.state.checkRuns(REPOSITORY).length;
    const root = await workspaceWith([
      { classname: 'app', name: 'boots', file: 'test/app.test.ts' },
      { classname: 'app', name: 'retries', file: 'test/app.test.ts', line: 30, outcome: 'flaky' },
    ]);

    const result = await runReport(world, {
      workspace: root,
      token: readonlyToken,
      event: forkPullRequestEvent({ number: 8, headSha, headRef: 'feature-8' }),
      inputs: { results: 'results/*.xml' },
      runId: 3200001,
    });

    expect({ exit: result.exitCode, outcome: result.outcome, errors: errors(result) }).toEqual({
      exit: 0,
      outcome: 'success',
      errors: [],
    });
    expect(result.outputs.status).toBe('passed');
    const warned = warnings(result);
    expect(warned).toHaveLength(1);
    expect(warned[0]).toContain('workflow_run');
    expect(warned[0]).toContain('run-id');
    expect(result.annotations).toHaveLength(1);
    expect(result.summary).toContain('Test report: passed');
    expect(result.outputs['comment-url']).toBeUndefined();
    expect(result.outputs['check-url']).toBeUndefined();
    expect(world.github.state.commentsOn(REPOSITORY, 8)).toEqual([]);
    expect(world.github.state.checkRuns(REPOSITORY).length).toBe(checksBefore);
    // The report artifact does not need the GitHub token: it is still uploaded.
    expect(world.artifacts.artifacts(3200001).map((a) => a.name)).toEqual(['testpipe-report']);
  }, 120_000);

  it('a rate limit on the comment is called one, and the check run is published with the annotations that arrived', async () => {
    const headSha = '5ec0'.repeat(10);
    addPullRequest(10, headSha);
    const root = await workspaceWith(
      Array.from({ length: 1000 }, (_, i) => ({
        classname: 'app',
        name: `case ${i}`,
        file: `test/case${i}.test.ts`,
        outcome: 'fail' as const,
      })),
    );
    // GitHub asks for waits longer than a step may spend: on the comment, and on annotation batch 16.
    world.github.injectFaults([{ kind: 'secondary-rate-limit', retryAfterSeconds: 3600 }], COMMENTS_ROUTE);
    world.github.injectFaults(
      [{ kind: 'secondary-rate-limit', retryAfterSeconds: 3600 }],
      'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}',
      { after: 14 },
    );

    const result = await runReport(world, {
      workspace: root,
      event: pullRequestEvent({ number: 10, headSha, headRef: 'feature-10' }),
      inputs: { results: 'results/*.xml', 'fail-on': 'nothing', 'report-artifact': '', 'compare-to': 'none' },
      runId: 3400001,
    });
    world.github.clearFaults();

    expect({ exit: result.exitCode, errors: errors(result) }).toEqual({ exit: 0, errors: [] });
    const [check] = world.github.state.checkRuns(REPOSITORY).filter((c) => c.headSha === headSha);
    expect(check?.annotations).toHaveLength(750);
    expect(result.outputs['check-url']).toMatch(new RegExp(`/runs/${check?.id}$`));
    expect(result.outputs['comment-url']).toBeUndefined();
    expect(warnings(result)).toEqual([
      expect.stringContaining(
        'The PR comment was not published because of a GitHub rate limit, not a permission problem',
      ),
      expect.stringContaining(
        'The check run was published with 750 of 1,000 annotations (batches 16–20 failed: GitHub rate limit',
      ),
    ]);
  }, 120_000);

  it("compares with the base branch's latest report: lists the new failure and the fixed test", async () => {
    // The base: a push run on main, whose report artifact a later PR run finds.
    const baseRunId = 3300001;
    const baseRoot = await workspaceWith([
      { classname: 'cart', name: 'adds an item', file: 'test/cart.test.ts' },
      { classname: 'cart', name: 'applies a coupon', file: 'test/cart.test.ts', line: 20, outcome: 'fail' },
      { classname: 'cart', name: 'empties the cart', file: 'test/cart.test.ts' },
    ]);
    const base = await runReport(world, {
      workspace: baseRoot,
      event: pushEvent({ ref: 'refs/heads/main' }),
      inputs: { results: 'results/*.xml', 'fail-on': 'nothing', 'check-run': false },
      runId: baseRunId,
    });
    expect({ exit: base.exitCode, warnings: warnings(base) }).toEqual({ exit: 0, warnings: [] });
    const uploaded = world.artifacts.artifacts(baseRunId).find((a) => a.name === 'testpipe-report');
    expect(uploaded?.finalized).toBe(true);
    world.github.addWorkflowRun({
      repo: REPOSITORY,
      id: baseRunId,
      headBranch: 'main',
      event: 'push',
      conclusion: 'failure',
    });
    world.github.addArtifactFrom(REPOSITORY, uploaded!);
    await removeDir(baseRoot);

    const headSha = 'beef'.repeat(10);
    addPullRequest(9, headSha);
    const root = await workspaceWith([
      { classname: 'cart', name: 'adds an item', file: 'test/cart.test.ts', line: 5, outcome: 'fail' },
      { classname: 'cart', name: 'applies a coupon', file: 'test/cart.test.ts' },
      { classname: 'cart', name: 'empties the cart', file: 'test/cart.test.ts' },
    ]);
    const result = await runReport(world, {
      workspace: root,
      event: pullRequestEvent({ number: 9, headSha, baseRef: 'main' }),
      inputs: { results: 'results/*.xml', 'fail-on': 'nothing' },
      runId: 3300002,
    });

    expect({ exit: result.exitCode, warnings: warnings(result) }).toEqual({ exit: 0, warnings: [] });
    expect(result.summary).toContain(`Compared with main (run ${baseRunId})`);
    const section = result.summary.slice(result.summary.indexOf('Compared with main'));
    expect(section).toMatch(/\*\*New failures\*\*\n\n- [^\n]*adds an item/);
    expect(section).toMatch(/\*\*Fixed\*\*\n\n- [^\n]*applies a coupon/);
    const [comment] = world.github.state.commentsOn(REPOSITORY, 9);
    expect(comment?.body).toContain(`Compared with main (run ${baseRunId})`);
    expect(
      world.github.requestCount('GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}'),
    ).toBe(1);
  }, 120_000);
});
