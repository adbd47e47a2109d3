import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  describeStep,
  pullRequestEvent,
  removeDir,
  startGenericWebhookSink,
  startLocalSmtp,
  startSlackApiSink,
  startSlackWebhookSink,
  startTeamsWebhookSink,
  type GenericWebhookSink,
  type LocalSmtp,
  type SlackApiSink,
  type SlackWebhookSink,
  type TeamsWebhookSink,
} from '@testpipe/testkit';
import { cases, errors, everythingPrinted, runNotifyAction, tempDir, warnings, writeReport } from './notify-helpers.js';

const SMTP_USER = 'ci-bot@example.com';
const SMTP_PASS = 'Sm7p-p4ss/w0rd!';
const WEBHOOK_SECRET = 'whsec-5f1e0c2a9d';

let slack: SlackWebhookSink;
let slackApi: SlackApiSink;
let teams: TeamsWebhookSink;
let hook: GenericWebhookSink;
let smtp: LocalSmtp;
let workspace: string;

beforeAll(async () => {
  [slack, slackApi, teams, hook, smtp] = await Promise.all([
    startSlackWebhookSink(),
    startSlackApiSink(),
    startTeamsWebhookSink(),
    startGenericWebhookSink(),
    startLocalSmtp({ auth: { user: SMTP_USER, pass: SMTP_PASS } }),
  ]);
});

afterAll(async () => {
  await Promise.all([slack.close(), slackApi.close(), teams.close(), hook.close(), smtp.close()]);
});

beforeEach(async () => {
  workspace = await tempDir();
  for (const sink of [slack, teams, hook]) sink.requests.length = 0;
  slack.messages.length = 0;
  teams.messages.length = 0;
  smtp.messages.length = 0;
});

afterEach(async () => {
  await removeDir(workspace);
});

function smtpUrl(): string {
  return `smtp://${encodeURIComponent(SMTP_USER)}:${encodeURIComponent(SMTP_PASS)}@${smtp.host}:${smtp.port}`;
}

function allChannels(): Record<string, string> {
  return {
    'slack-webhook': slack.url,
    'teams-webhook': teams.workflowUrl,
    'webhook-url': hook.url,
    'webhook-secret': WEBHOOK_SECRET,
    'smtp-url': smtpUrl(),
    'email-to': 'qa@example.com, lead@example.com',
  };
}

function secretsOf(): string[] {
  return [
    slack.url,
    teams.workflowUrl,
    hook.url,
    WEBHOOK_SECRET,
    smtpUrl(),
    SMTP_PASS,
    encodeURIComponent(SMTP_PASS),
    slackApi.token,
  ];
}

describe('notify action, every channel', () => {
  it('delivers to Slack, Teams, the webhook and email in one step, and prints no secret anywhere', async () => {
    // A test named after a secret: it must reach no channel as written.
    await writeReport(workspace, cases(8, ['checkout <!channel> total', `leaks ${WEBHOOK_SECRET} in its name`]));
    const result = await runNotifyAction({
      workspace,
      event: pullRequestEvent({ number: 31 }),
      inputs: { metrics: 'metrics.json', 'mention-on-failure': '<!subteam^S0QA>', ...allChannels() },
    });
    expect({ exit: result.exitCode, errors: errors(result), warnings: warnings(result) }).toEqual({
      exit: 0,
      errors: [],
      warnings: [],
    });
    expect(result.outputs).toMatchObject({ notified: 'true', verdict: 'failed', 'failed-channels': '' });

    expect(slack.messages).toHaveLength(1);
    const slackText = JSON.stringify(slack.messages[0]);
    expect(slackText).toContain('<!subteam^S0QA>');
    expect(slackText).toContain('&lt;!channel&gt;');
    expect(slackText).toContain('#31');
    expect(teams.messages).toHaveLength(1);
    expect(hook.requests).toHaveLength(1);
    expect(hook.requests[0]?.headers['x-testpipe-signature-256']).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(smtp.messages).toHaveLength(1);
    expect(smtp.messages[0]).toMatchObject({
      user: SMTP_USER,
      envelope: { to: ['qa@example.com', 'lead@example.com'] },
    });
    expect(smtp.messages[0]?.attachments.map((a) => a.filename)).toEqual(['report.html']);

    const delivered = [
      ...slack.requests.map((r) => r.body),
      ...teams.requests.map((r) => r.body),
      ...hook.requests.map((r) => r.body),
      ...smtp.messages.map((m) => m.raw),
    ].join('\n');
    expect(delivered).not.toContain(WEBHOOK_SECRET);
    expect(delivered).toContain('leaks *** in its name');
    const printed = everythingPrinted(result);
    for (const secret of secretsOf()) expect(printed).not.toContain(secret);
  });

  it('waits out a 429 Retry-After from Slack and retries a 5xx from Teams, then delivers', async () => {
    await writeReport(workspace, cases(3));
    slack.rateLimitNext(1);
    teams.respondNext({ status: 502, body: 'Bad Gateway' });
    const result = await runNotifyAction({
      workspace,
      inputs: { metrics: 'metrics.json', 'slack-webhook': slack.url, 'teams-webhook': teams.workflowUrl },
    });
    expect(result.exitCode).toBe(0);
    expect(slack.requests.map((r) => r.pathname)).toHaveLength(2);
    expect(slack.messages).toHaveLength(1);
    expect(teams.requests).toHaveLength(2);
    expect(teams.messages).toHaveLength(1);
    expect(result.stdout).toContain('slack-webhook: HTTP 429 on attempt 1; retrying in 1 s.');
  });
});

describe('a channel that fails', () => {
  it('is a warning naming the webhook, not retried on a 4xx, and the other channels still deliver', async () => {
    await writeReport(workspace, cases(3, ['broken']));
    slack.failNext('channel_not_found');
    const result = await runNotifyAction({
      workspace,
      inputs: { metrics: 'metrics.json', 'slack-webhook': slack.url, 'webhook-url': hook.url },
    });
    expect(result.exitCode).toBe(0);
    expect(slack.requests).toHaveLength(1);
    expect(hook.requests).toHaveLength(1);
    expect(warnings(result)).toEqual([
      expect.stringMatching(
        /slack-webhook failed: Slack answered channel_not_found for the Slack incoming webhook \(input slack-webhook\)/,
      ),
    ]);
    expect(result.outputs['failed-channels']).toBe('slack-webhook');
    for (const secret of secretsOf()) expect(everythingPrinted(result)).not.toContain(secret);
  });

  it('fails the step with fail-on-error, after trying every channel', async () => {
    await writeReport(workspace, cases(3));
    slack.failNext('invalid_payload');
    const result = await runNotifyAction({
      workspace,
      inputs: {
        metrics: 'metrics.json',
        'slack-webhook': slack.url,
        'teams-webhook': teams.workflowUrl,
        'fail-on-error': true,
      },
    });
    expect(result.exitCode).toBe(1);
    expect(teams.messages).toHaveLength(1);
    expect(errors(result).join('\n')).toContain('invalid_payload');
    expect(errors(result).join('\n')).toContain('fail-on-error is true');
  });

  it('fails the step for a broken template, and still sends the other channels', async () => {
    await writeReport(workspace, cases(2));
    await import('node:fs/promises').then((fs) =>
      fs.writeFile(path.join(workspace, 'slack.eta'), '{"text": <%~ it.verdict %>}'),
    );
    const result = await runNotifyAction({
      workspace,
      inputs: {
        metrics: 'metrics.json',
        'slack-webhook': slack.url,
        'slack-template': 'slack.eta',
        'webhook-url': hook.url,
      },
    });
    expect(result.exitCode).toBe(1);
    expect(hook.requests).toHaveLength(1);
    expect(slack.requests).toHaveLength(0);
    expect(errors(result).join('\n')).toContain('Input "slack-template": the template');
    expect(errors(result).join('\n')).toContain('an input of the channel is unusable');
  });

  it('refuses a mention that is not a Slack mention, naming the input', async () => {
    await writeReport(workspace, cases(1, ['x']));
    const result = await runNotifyAction({
      workspace,
      inputs: { metrics: 'metrics.json', 'slack-webhook': slack.url, 'mention-on-failure': '@channel please' },
    });
    expect(result.exitCode).toBe(1);
    expect(errors(result)).toEqual([expect.stringContaining('Input "mention-on-failure" must be one Slack mention')]);
    expect(slack.requests).toHaveLength(0);
  });
});

describe('the on filter', () => {
  it('on: failure sends nothing for a passing run', async () => {
    await writeReport(workspace, cases(4));
    const result = await runNotifyAction({
      workspace,
      inputs: { metrics: 'metrics.json', on: 'failure', 'slack-webhook': slack.url },
    });
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ notified: 'false', verdict: 'passed' });
    expect(slack.requests).toHaveLength(0);
  });

  it('on: change compares with the previous metrics of the branch', async () => {
    await writeReport(workspace, cases(4, ['a']));
    await writeReport(workspace, cases(4, ['b']), 'previous.json');
    const same = await runNotifyAction({
      workspace,
      inputs: {
        metrics: 'metrics.json',
        'previous-metrics': 'previous.json',
        on: 'change',
        'slack-webhook': slack.url,
      },
    });
    expect(same.outputs).toMatchObject({ notified: 'false', verdict: 'failed', 'previous-verdict': 'failed' });
    expect(slack.requests).toHaveLength(0);

    await writeReport(workspace, cases(5), 'previous.json');
    const changed = await runNotifyAction({
      workspace,
      inputs: {
        metrics: 'metrics.json',
        'previous-metrics': 'previous.json',
        on: 'change',
        'slack-webhook': slack.url,
      },
    });
    expect(changed.outputs).toMatchObject({ notified: 'true', verdict: 'failed', 'previous-verdict': 'passed' });
    expect(JSON.stringify(slack.messages[0])).toContain('1 new');
  });

  it('on: change reads the previous verdict of the branch from history.jsonl', async () => {
    await writeReport(workspace, cases(4));
    const history = [
      {
        runId: '1',
        pipelineId: '1-1',
        at: '2026-01-01T00:00:00Z',
        branch: 'main',
        total: 5,
        passed: 4,
        failed: 1,
        errored: 0,
        skipped: 0,
        flaky: 0,
        passRate: 80,
        durationMs: 10,
      },
      {
        runId: '2',
        pipelineId: '2-1',
        at: '2026-01-02T00:00:00Z',
        branch: 'other',
        total: 5,
        passed: 5,
        failed: 0,
        errored: 0,
        skipped: 0,
        flaky: 0,
        passRate: 100,
        durationMs: 10,
      },
    ];
    await import('node:fs/promises').then((fs) =>
      fs.writeFile(path.join(workspace, 'history.jsonl'), history.map((h) => JSON.stringify(h)).join('\n')),
    );
    const result = await runNotifyAction({
      workspace,
      inputs: { metrics: 'metrics.json', 'history-file': 'history.jsonl', on: 'change', 'slack-webhook': slack.url },
    });
    expect(result.outputs).toMatchObject({ notified: 'true', verdict: 'passed', 'previous-verdict': 'failed' });
  });
});

describe('Slack Web API', () => {
  it('posts with a bot token, outputs ts and channel-id, and updates the same message on a re-run', async () => {
    await writeReport(workspace, cases(2, ['fails first']));
    const inputs = {
      metrics: 'metrics.json',
      'slack-token': slackApi.token,
      'slack-channel': 'C0TESTPIPE',
      'slack-api-url': slackApi.apiUrl,
    };
    const first = await runNotifyAction({ workspace, inputs, runId: 777 });
    expect(first.exitCode).toBe(0);
    expect(first.outputs['channel-id']).toBe('C0TESTPIPE');
    const ts = first.outputs.ts;
    expect(slackApi.messages.filter((m) => m.threadTs === ts)).toHaveLength(1);

    await writeReport(workspace, cases(3));
    const rerun = await runNotifyAction({ workspace, inputs, runId: 777, runAttempt: 2 });
    expect(describeStep(rerun)).toContain('exit 0');
    expect(rerun.outputs.ts).toBe(ts);
    expect(slackApi.messages.find((m) => m.ts === ts)?.edits).toBe(1);
    expect(slackApi.calls.map((c) => c.method)).toEqual([
      'chat.postMessage',
      'chat.postMessage',
      'conversations.history',
      'chat.update',
    ]);
    for (const secret of secretsOf()) expect(everythingPrinted(rerun)).not.toContain(secret);
  });

  it('says which channel Slack did not find', async () => {
    await writeReport(workspace, cases(2));
    const result = await runNotifyAction({
      workspace,
      inputs: {
        metrics: 'metrics.json',
        'slack-token': slackApi.token,
        'slack-channel': 'C0GONE',
        'slack-api-url': slackApi.apiUrl,
      },
    });
    expect(warnings(result)).toEqual([expect.stringContaining('channel_not_found for Slack channel C0GONE')]);
    expect(everythingPrinted(result)).not.toContain(slackApi.token);
  });
});

describe('status without metrics', () => {
  it('notifies a job status', async () => {
    const result = await runNotifyAction({ workspace, inputs: { status: 'cancelled', 'slack-webhook': slack.url } });
    expect(result.outputs).toMatchObject({ verdict: 'cancelled', notified: 'true' });
    expect(JSON.stringify(slack.messages[0])).toContain('Cancelled');
  });
});

it('action.yml declares node24 and the bundle it runs exists', () => {
  const yml = readFileSync(path.join(__dirname_(), '..', '..', '..', 'notify', 'action.yml'), 'utf8');
  expect(yml).toContain("using: 'node24'");
  expect(yml).toContain("main: '../dist/notify/index.js'");
});

function __dirname_(): string {
  return path.dirname(new URL(import.meta.url).pathname);
}
