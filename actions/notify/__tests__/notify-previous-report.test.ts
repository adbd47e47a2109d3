// on: change with neither previous-metrics nor history-file: the previous verdict comes from the newest
// testpipe-report artifact of the branch, found through the GitHub API stand-in and the artifact service.
import { readFile } from 'node:fs/promises';
import {
  DEFAULT_REPOSITORY,
  fakeGitHubToken,
  pushEvent,
  removeDir,
  runStep,
  startArtifactService,
  startGitHubApiServer,
  startSlackWebhookSink,
  type ArtifactService,
  type GitHubApiServer,
  type SlackWebhookSink,
} from '@testpipe/testkit';
import { ACTION_YML, cases, tempDir, writeReport } from './notify-helpers.js';

let github: GitHubApiServer;
let artifacts: ArtifactService;
let slack: SlackWebhookSink;
let workspace: string;
const token = fakeGitHubToken();

beforeAll(async () => {
  github = await startGitHubApiServer({ tokens: [{ token, kind: 'installation' }], repos: [DEFAULT_REPOSITORY] });
  artifacts = await startArtifactService({ firstArtifactId: 800_000 });
  github.attachArtifactService(artifacts);
  slack = await startSlackWebhookSink();
});

afterAll(async () => {
  await Promise.all([github.close(), artifacts.close(), slack.close()]);
});

afterEach(async () => {
  await removeDir(workspace);
  github.assertNoInvalidRequests();
});

/** A finished earlier run of `main` whose testpipe-report artifact holds these results' metrics.json. */
async function earlierRun(runId: number, failing: string[]): Promise<void> {
  const dir = await tempDir();
  try {
    const metrics = await writeReport(dir, cases(3, failing));
    const record = artifacts.seedArtifact(runId, 'testpipe-report', {
      'metrics.json': await readFile(metrics, 'utf8'),
      'ctrf-report.json': '{}',
    });
    github.addWorkflowRun({
      repo: DEFAULT_REPOSITORY,
      id: runId,
      headBranch: 'main',
      event: 'push',
      conclusion: 'success',
    });
    github.addArtifactFrom(DEFAULT_REPOSITORY, record);
  } finally {
    await removeDir(dir);
  }
}

function notify(runId: number) {
  return runStep({
    actionYml: ACTION_YML,
    workspace,
    token,
    event: pushEvent({ ref: 'refs/heads/main' }),
    github: { apiUrl: github.url, runId, repository: DEFAULT_REPOSITORY },
    env: { ...artifacts.envFor(runId, 'notify') } as unknown as Record<string, string>,
    inputs: { metrics: 'metrics.json', on: 'change', 'slack-webhook': slack.url },
  });
}

it('reads the verdict of the branch from its last report artifact, and notifies only on a change', async () => {
  await earlierRun(6100001, ['was broken']);
  workspace = await tempDir();
  await writeReport(workspace, cases(4, ['still broken']));
  const same = await notify(6100002);
  expect(same.outputs).toMatchObject({ notified: 'false', verdict: 'failed', 'previous-verdict': 'failed' });
  expect(slack.requests).toHaveLength(0);

  await writeReport(workspace, cases(4));
  const changed = await notify(6100003);
  expect(changed.outputs).toMatchObject({ notified: 'true', verdict: 'passed', 'previous-verdict': 'failed' });
  expect(slack.messages).toHaveLength(1);
});
