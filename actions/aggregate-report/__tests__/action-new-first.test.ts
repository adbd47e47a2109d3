import { pullRequestEvent, pushEvent } from '@testpipe/testkit';
import {
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

// The issue "a PR author sees what broke, where and whether it is new in ten seconds", through the built
// bundle: the failing PR comment lists the failure new against the base first, marked new, links this
// run's report artifact and has no slowest-tests table; the check run's summary has the comparison.
let world: World;
const workspaces: string[] = [];

beforeAll(async () => {
  world = await startWorld();
});

afterAll(async () => {
  await Promise.all(workspaces.map((dir) => removeDir(dir)));
  await world.close();
});

afterEach(() => {
  world.github.assertNoInvalidRequests();
});

async function workspaceWith(cases: CaseSpec[]): Promise<string> {
  const root = await tempWorkspace();
  workspaces.push(root);
  await writeFiles(root, { 'results/junit.xml': junitSuite('cart', cases) });
  return root;
}

describe('aggregate-report on a failing pull request', () => {
  it('puts the new failure first, marked new, links the report artifact, and compares in the check run', async () => {
    // The base: main, where "a coupon" already fails and "z checkout" passes.
    const baseRunId = 3400001;
    const base = await runReport(world, {
      workspace: await workspaceWith([
        { classname: 'cart', name: 'a coupon', file: 'test/cart.test.ts', line: 8, outcome: 'fail' },
        { classname: 'cart', name: 'm adds', file: 'test/cart.test.ts' },
        { classname: 'cart', name: 'z checkout', file: 'test/cart.test.ts' },
      ]),
      event: pushEvent({ ref: 'refs/heads/main' }),
      inputs: { results: 'results/*.xml', 'fail-on': 'nothing', 'check-run': false },
      runId: baseRunId,
    });
    expect({ exit: base.exitCode, warnings: warnings(base) }).toEqual({ exit: 0, warnings: [] });
    const baseArtifact = world.artifacts.artifacts(baseRunId).find((a) => a.name === 'testpipe-report')!;
    world.github.addWorkflowRun({
      repo: REPOSITORY,
      id: baseRunId,
      headBranch: 'main',
      event: 'push',
      conclusion: 'failure',
    });
    world.github.addArtifactFrom(REPOSITORY, baseArtifact);

    // The PR: "z checkout" breaks. By name it comes after the old failure; new-first puts it before.
    const headSha = 'fade'.repeat(10);
    world.github.addPullRequest({
      repo: REPOSITORY,
      number: 21,
      head: { ref: 'feature-21', sha: headSha },
      base: { ref: 'main' },
    });
    const runId = 3400002;
    const result = await runReport(world, {
      workspace: await workspaceWith([
        { classname: 'cart', name: 'a coupon', file: 'test/cart.test.ts', line: 8, outcome: 'fail' },
        { classname: 'cart', name: 'm adds', file: 'test/cart.test.ts', time: 2 },
        {
          classname: 'cart',
          name: 'z checkout',
          file: 'test/cart.test.ts',
          line: 30,
          outcome: 'fail',
          message: 'total was 0',
        },
      ]),
      event: pullRequestEvent({ number: 21, headSha, baseRef: 'main' }),
      inputs: { results: 'results/*.xml', 'fail-on': 'nothing' },
      runId,
    });
    expect({ exit: result.exitCode, warnings: warnings(result) }).toEqual({ exit: 0, warnings: [] });

    const [comment] = world.github.state.commentsOn(REPOSITORY, 21);
    const body = comment!.body;
    const rows = body.split('\n').filter((line) => /^\| (a coupon|z checkout) \|/.test(line));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(/^\| z checkout \| cart \| \*\*new\*\* failed \|/);
    expect(rows[1]).toMatch(/^\| a coupon \| cart \| failed \|/);
    expect(body).toContain(`### Failed tests (2), 1 new against main (run ${baseRunId})`);

    const artifact = world.artifacts.artifacts(runId).find((a) => a.name === 'testpipe-report');
    expect(artifact?.finalized).toBe(true);
    // `${GITHUB_SERVER_URL}/<owner>/<repo>/actions/runs/<run>/artifacts/<id>`: the artifact's own page.
    const serverUrl = /\]\((https?:\/\/[^/]+)\/[^)]*\/blob\//.exec(body)![1]!;
    const artifactUrl = `${serverUrl}/${REPOSITORY}/actions/runs/${runId}/artifacts/${artifact!.id}`;
    expect(body).toContain(`📄 [Full report of this run](${artifactUrl})`);
    expect(body.indexOf(artifactUrl)).toBeLessThan(body.indexOf('### Failed tests'));
    expect(body).not.toContain('### Slowest tests');
    expect(result.summary).toContain(artifactUrl);
    expect(result.summary).toContain('### Slowest tests');

    const [check] = world.github.state.checkRuns(REPOSITORY).filter((c) => c.headSha === headSha);
    expect(check!.output.title).toBe('2 failed, 1 passed');
    const summary = check!.output.summary ?? '';
    expect(summary).toContain(`### Compared with main (run ${baseRunId})`);
    expect(summary).toContain(artifactUrl);
    expect(summary.indexOf('| z checkout |')).toBeLessThan(summary.indexOf('| a coupon |'));
  }, 120_000);
});
