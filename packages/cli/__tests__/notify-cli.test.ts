// `testpipe notify` from source (the committed CLI bundle is rebuilt at release), against loopback sinks.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { computeMetrics, ingestReports } from '@testpipe/core';
import {
  startGenericWebhookSink,
  startSlackWebhookSink,
  type GenericWebhookSink,
  type SlackWebhookSink,
} from '@testpipe/testkit';

const run = promisify(execFile);
const mainTs = path.resolve('packages/cli/src/main.ts');
let dir: string;
let entry: string;
let metrics: string;
let hook: GenericWebhookSink;
let slack: SlackWebhookSink;

async function testpipe(env: Record<string, string>, ...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', entry, ...args], {
      env: { ...process.env, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'notify-cli-'));
  entry = path.join(dir, 'cli.mts');
  await writeFile(
    entry,
    `import { main } from ${JSON.stringify(mainTs)};\nprocess.exitCode = await main(process.argv.slice(2));\n`,
  );
  const junit = path.join(dir, 'junit.xml');
  await writeFile(
    junit,
    '<testsuite name="s"><testcase classname="a.B" name="ok"/><testcase classname="a.B" name="bad"><failure message="x"/></testcase></testsuite>',
  );
  metrics = path.join(dir, 'metrics.json');
  await writeFile(metrics, JSON.stringify(computeMetrics(await ingestReports([junit]))));
  [hook, slack] = await Promise.all([startGenericWebhookSink(), startSlackWebhookSink()]);
});

afterAll(async () => {
  await Promise.all([hook.close(), slack.close()]);
  await rm(dir, { recursive: true, force: true });
});

describe('testpipe notify', () => {
  it('reads secrets from the environment, the context from CI variables, and never prints a secret', async () => {
    const env = {
      TESTPIPE_WEBHOOK_URL: hook.url,
      TESTPIPE_WEBHOOK_SECRET: 'cli-secret-9876',
      TESTPIPE_SLACK_WEBHOOK: slack.url,
      CI_PROJECT_PATH: 'group/project',
      CI_COMMIT_REF_NAME: 'release/1.2',
      CI_PIPELINE_URL: 'https://gitlab.example.com/group/project/-/pipelines/88',
    };
    slack.failNext('channel_not_found');
    const result = await testpipe(env, 'notify', '--metrics', metrics);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('Notified webhook: failed\n');
    expect(result.stderr).toContain(
      'warning: Notification through slack-webhook failed: Slack answered channel_not_found',
    );
    const body = JSON.parse(hook.requests[0]!.body) as {
      message: { repository: string; branch: string; runUrl: string };
    };
    expect(body.message).toMatchObject({
      repository: 'group/project',
      branch: 'release/1.2',
      runUrl: env.CI_PIPELINE_URL,
    });
    for (const secret of [hook.url, slack.url, 'cli-secret-9876'])
      expect(result.stdout + result.stderr).not.toContain(secret);
  });

  it('exits 1 with --fail-on-error when a channel failed', async () => {
    slack.failNext('invalid_payload');
    const result = await testpipe(
      { TESTPIPE_SLACK_WEBHOOK: slack.url },
      'notify',
      '--metrics',
      metrics,
      '--fail-on-error',
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('invalid_payload');
  });

  it('exits 2 for unusable arguments', async () => {
    expect((await testpipe({}, 'notify', '--on', 'sometimes', '--metrics', metrics)).code).toBe(2);
    expect((await testpipe({}, 'notify')).stderr).toContain('Give input "metrics"');
  });
});
