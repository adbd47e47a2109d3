// runNotify against the loopback stand-ins (Slack webhook and Web API, Teams Workflows, generic webhook,
// SMTP), with a virtual clock: Retry-After waits are checked as requested sleeps, never timed.
import { createHmac } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  startGenericWebhookSink,
  startLocalSmtp,
  startSlackApiSink,
  startSlackWebhookSink,
  startTeamsWebhookSink,
} from '@testpipe/testkit';
import { runNotify, type NotifyInput } from '../src/index.js';
import { HOSTILE_NAMES, memoryLogger, passing, virtualClock, writeMetrics } from './fixtures/notify/notify-fixtures.js';

let dir: string;
let failingMetrics: string;
let passingMetrics: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'notify-channels-'));
  failingMetrics = await writeMetrics(dir, 'failing.json', [
    ...passing(5),
    ...HOSTILE_NAMES.map((name) => ({ name, outcome: 'fail' as const })),
  ]);
  passingMetrics = await writeMetrics(dir, 'passing.json', passing(5));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function input(overrides: Partial<NotifyInput>): NotifyInput {
  return {
    metricsFile: failingMetrics,
    on: 'always',
    minPassRate: 100,
    topN: 10,
    failOnError: false,
    context: { repository: 'octo/app', branch: 'main', runId: 7, runUrl: 'https://github.com/octo/app/actions/runs/7' },
    ...overrides,
  };
}

describe('Slack incoming webhook', () => {
  it('posts the Block Kit message and answers ok', async () => {
    const slack = await startSlackWebhookSink();
    try {
      const result = await runNotify(input({ slackWebhook: { url: slack.url } }), {
        logger: memoryLogger(),
        clock: virtualClock(),
      });
      expect(result.channels).toEqual([{ channel: 'slack-webhook', ok: true }]);
      expect(slack.messages).toHaveLength(1);
      expect(JSON.stringify(slack.messages[0])).toContain(':x: Failed');
    } finally {
      await slack.close();
    }
  });

  it('waits the Retry-After of a 429 on the clock, then delivers', async () => {
    const slack = await startSlackWebhookSink();
    const clock = virtualClock();
    try {
      slack.rateLimitNext(7, 2);
      const result = await runNotify(input({ slackWebhook: { url: slack.url } }), { logger: memoryLogger(), clock });
      expect(result.channels[0]?.ok).toBe(true);
      expect(clock.sleeps).toEqual([7000, 7000]);
      expect(slack.requests).toHaveLength(3);
    } finally {
      await slack.close();
    }
  });

  it('retries a 5xx with backoff, but never a 400 invalid_payload, and names the webhook', async () => {
    const slack = await startSlackWebhookSink();
    const logger = memoryLogger();
    try {
      slack.respondNext({ status: 503, body: 'service_unavailable' }, { status: 400, body: 'invalid_payload' });
      const result = await runNotify(input({ slackWebhook: { url: slack.url } }), {
        logger,
        clock: virtualClock(),
        random: () => 0.5,
      });
      expect(slack.requests).toHaveLength(2);
      expect(result.channels[0]).toMatchObject({ ok: false });
      expect(result.channels[0]?.error).toContain('invalid_payload');
      expect(result.channels[0]?.error).toContain('input slack-webhook');
      expect(logger.lines.some((l) => l.startsWith('warning: Notification through slack-webhook failed'))).toBe(true);
      expect(result.failStep).toBe(false);
    } finally {
      await slack.close();
    }
  });

  it.each([
    ['invalid_payload', /malformed/],
    ['channel_not_found', /deleted, or the app is not in it/],
    ['action_prohibited', /admin restricted posting/],
    ['channel_is_archived', /unarchive the channel/],
  ] as const)('turns %s into a clear message naming the webhook, without a retry', async (code, advice) => {
    const slack = await startSlackWebhookSink();
    try {
      slack.failNext(code);
      const result = await runNotify(input({ slackWebhook: { url: slack.url } }), {
        logger: memoryLogger(),
        clock: virtualClock(),
      });
      expect(slack.requests).toHaveLength(1);
      expect(result.channels[0]?.error).toContain(
        `Slack answered ${code === 'invalid_payload' ? 'the message' : code}`.replace(
          'Slack answered the message',
          'Slack refused the message',
        ),
      );
      expect(result.channels[0]?.error).toMatch(advice);
      expect(result.channels[0]?.error).toContain('(input slack-webhook)');
    } finally {
      await slack.close();
    }
  });

  it('explains a 404 channel_not_found and fails the step with fail-on-error', async () => {
    const slack = await startSlackWebhookSink();
    try {
      slack.failNext('channel_not_found');
      const result = await runNotify(input({ slackWebhook: { url: slack.url }, failOnError: true }), {
        logger: memoryLogger(),
        clock: virtualClock(),
      });
      expect(result.channels[0]?.error).toMatch(/channel_not_found .*deleted/);
      expect(result.failStep).toBe(true);
    } finally {
      await slack.close();
    }
  });
});

describe('Slack Web API', () => {
  it('posts, replies in thread with the failures, and updates the same message on a re-run', async () => {
    const api = await startSlackApiSink();
    try {
      const slackApi = { token: api.token, channel: 'C0TESTPIPE', threadFailures: true, apiUrl: api.apiUrl };
      const first = await runNotify(input({ slackApi }), { logger: memoryLogger(), clock: virtualClock() });
      expect(first.channels[0]).toMatchObject({ ok: true, channelId: 'C0TESTPIPE', updated: false });
      const ts = first.channels[0]?.ts;
      expect(api.messages.map((m) => [m.ts === ts, m.threadTs === ts])).toEqual([
        [true, false],
        [false, true],
      ]);
      const rerun = input({ slackApi, metricsFile: passingMetrics });
      rerun.context = { ...rerun.context, runAttempt: 2 };
      const second = await runNotify(rerun, { logger: memoryLogger(), clock: virtualClock() });
      expect(second.channels[0]).toMatchObject({ ok: true, ts, updated: true });
      expect(api.messages.find((m) => m.ts === ts)).toMatchObject({ edits: 1 });
      expect(JSON.stringify(api.messages.find((m) => m.ts === ts)?.blocks)).toContain('Passed');
    } finally {
      await api.close();
    }
  });

  it('honours a 429 Retry-After and names the channel on channel_not_found', async () => {
    const api = await startSlackApiSink();
    const clock = virtualClock();
    try {
      api.rateLimitNext(3);
      const ok = await runNotify(
        input({ slackApi: { token: api.token, channel: 'C0TESTPIPE', threadFailures: false, apiUrl: api.apiUrl } }),
        { logger: memoryLogger(), clock },
      );
      expect(ok.channels[0]?.ok).toBe(true);
      expect(clock.sleeps).toEqual([3000]);
      const missing = await runNotify(
        input({ slackApi: { token: api.token, channel: 'C0MISSING', threadFailures: false, apiUrl: api.apiUrl } }),
        { logger: memoryLogger(), clock: virtualClock() },
      );
      expect(missing.channels[0]?.error).toContain('channel_not_found for Slack channel C0MISSING');
    } finally {
      await api.close();
    }
  });
});

describe('Teams, email and the generic webhook', () => {
  it('sends the Adaptive Card in the message envelope to a Workflows webhook', async () => {
    const teams = await startTeamsWebhookSink();
    try {
      const result = await runNotify(input({ teams: { url: teams.workflowUrl } }), {
        logger: memoryLogger(),
        clock: virtualClock(),
      });
      expect(result.channels[0]?.ok).toBe(true);
      const payload = teams.messages[0]?.payload as {
        type: string;
        attachments: Array<{ content: { version: string } }>;
      };
      expect(payload.type).toBe('message');
      expect(payload.attachments[0]?.content.version).toBe('1.4');
    } finally {
      await teams.close();
    }
  });

  it('mails HTML and text bodies with the report attached through an authenticated SMTP server', async () => {
    const smtp = await startLocalSmtp({ auth: { user: 'ci@example.com', pass: 'p@ss word!' } });
    const report = path.join(dir, 'report.html');
    await writeFile(report, '<!doctype html><title>report</title>');
    try {
      const smtpUrl = `smtp://ci%40example.com:${encodeURIComponent('p@ss word!')}@${smtp.host}:${smtp.port}`;
      const result = await runNotify(
        input({
          email: {
            smtpUrl,
            to: ['qa@example.com'],
            subjectPrefix: '[ci]',
            reportHtml: report,
            attachmentLimitBytes: 1024 * 1024,
          },
        }),
        { logger: memoryLogger(), clock: virtualClock() },
      );
      expect(result.channels[0]).toMatchObject({ ok: true });
      const mail = smtp.messages[0]!;
      expect(mail.user).toBe('ci@example.com');
      expect(mail.envelope.to).toEqual(['qa@example.com']);
      expect(mail.subject).toContain('[ci]');
      expect(mail.text).toContain('Failed: octo/app · main');
      expect(mail.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
      expect(mail.html).not.toContain('<img src=x');
      expect(mail.attachments.map((a) => a.filename)).toEqual(['report.html']);
    } finally {
      await smtp.close();
    }
  });

  it('upgrades to TLS with STARTTLS, and reports a refused login as final, naming the user', async () => {
    const smtp = await startLocalSmtp({ starttls: true, auth: { user: 'ci', pass: 'right-password' } });
    try {
      const base = `${smtp.host}:${smtp.port}/?requireTLS=true&tls.rejectUnauthorized=false`;
      const email = (smtpUrl: string) => ({
        smtpUrl,
        to: ['qa@example.com'],
        subjectPrefix: '',
        attachmentLimitBytes: 0,
      });
      const ok = await runNotify(input({ email: email(`smtp://ci:right-password@${base}`) }), {
        logger: memoryLogger(),
        clock: virtualClock(),
      });
      expect(ok.channels[0]?.ok).toBe(true);
      expect(smtp.messages[0]?.secure).toBe(true);
      const clock = virtualClock();
      const logger = memoryLogger();
      const refused = await runNotify(input({ email: email(`smtp://ci:wrong-password@${base}`) }), { logger, clock });
      expect(refused.channels[0]?.error).toMatch(/refused the login of "ci"/);
      expect(clock.sleeps).toEqual([]);
      expect(logger.lines.join('\n')).not.toContain('wrong-password');
    } finally {
      await smtp.close();
    }
  });

  it('links the report instead of attaching it when it is over the limit', async () => {
    const smtp = await startLocalSmtp();
    const report = path.join(dir, 'big-report.html');
    await writeFile(report, 'x'.repeat(4096));
    try {
      await runNotify(
        input({
          email: {
            smtpUrl: `smtp://${smtp.host}:${smtp.port}`,
            to: ['qa@example.com'],
            subjectPrefix: '',
            reportHtml: report,
            attachmentLimitBytes: 1024,
          },
        }),
        { logger: memoryLogger(), clock: virtualClock() },
      );
      expect(smtp.messages[0]?.attachments).toEqual([]);
      expect(smtp.messages[0]?.text).toContain('over the 1 KB attachment limit');
    } finally {
      await smtp.close();
    }
  });

  it('posts metrics and context to a webhook, signed with HMAC-SHA256', async () => {
    const hook = await startGenericWebhookSink();
    try {
      await runNotify(
        input({ webhook: { url: hook.url, secret: 'shared-secret-123', signatureHeader: 'X-Testpipe-Signature-256' } }),
        { logger: memoryLogger(), clock: virtualClock() },
      );
      const request = hook.requests[0]!;
      const expected = `sha256=${createHmac('sha256', 'shared-secret-123').update(request.body).digest('hex')}`;
      expect(request.headers['x-testpipe-signature-256']).toBe(expected);
      const body = JSON.parse(request.body) as {
        verdict: string;
        metrics: { total: number };
        message: { branch: string };
      };
      expect([body.verdict, body.metrics.total, body.message.branch]).toEqual(['failed', 11, 'main']);
    } finally {
      await hook.close();
    }
  });
});

describe('channels are independent', () => {
  it('one channel failing leaves the others delivered', async () => {
    const slack = await startSlackWebhookSink();
    const hook = await startGenericWebhookSink();
    const teams = await startTeamsWebhookSink();
    try {
      slack.failNext('channel_is_archived');
      const result = await runNotify(
        input({
          slackWebhook: { url: slack.url },
          teams: { url: teams.workflowUrl },
          webhook: { url: hook.url, signatureHeader: 'X-Testpipe-Signature-256' },
        }),
        { logger: memoryLogger(), clock: virtualClock() },
      );
      expect(result.channels.map((c) => [c.channel, c.ok])).toEqual([
        ['slack-webhook', false],
        ['teams', true],
        ['webhook', true],
      ]);
      expect(result.notified).toBe(true);
    } finally {
      await Promise.all([slack.close(), hook.close(), teams.close()]);
    }
  });
});
