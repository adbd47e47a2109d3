import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ConfigurationError, Secrets } from '@testpipe/core';
import { buildNotifyMessage } from '../src/index.js';
import { slackWebhookPayload } from '../src/notify/channels/slack-webhook.js';
import { renderTemplateFile } from '../src/notify/templates.js';
import { metricsOf } from './fixtures/notify/notify-fixtures.js';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'notify-templates-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function message() {
  const metrics = await metricsOf([{ name: 'says "hi" <!channel>\nand *more*', outcome: 'fail' }]);
  return buildNotifyMessage({
    metrics,
    verdict: 'failed',
    minPassRate: 100,
    topN: 5,
    context: { branch: 'main', repository: 'octo/app' },
    secrets: new Secrets(),
  });
}

describe('templates', () => {
  it('a Slack template gets the message model and <%= %> escapes for mrkdwn inside JSON', async () => {
    const file = path.join(dir, 'slack.eta');
    await writeFile(
      file,
      '{"text": "<%= it.verdictWord %> on <%= it.branch %>: <%= it.failures[0].id %>", "blocks": [{"type": "divider"}]}',
    );
    const payload = await slackWebhookPayload({ template: file }, await message());
    expect(payload.text).toBe('Failed on main: suite::suite.Spec::says "hi" &lt;!channel&gt; and \u200B*more\u200B*');
    expect(payload.blocks).toEqual([{ type: 'divider' }]);
  });

  it('an HTML template escapes with <%= %>', async () => {
    const file = path.join(dir, 'mail.eta');
    await writeFile(file, '<p><%= it.failures[0].id %></p>');
    const html = await renderTemplateFile(file, 'email-html-template', 'html', await message());
    expect(html).toContain('&lt;!channel&gt;');
    expect(html).not.toContain('<!channel>');
  });

  it('a template that does not render JSON is a configuration error naming the input', async () => {
    const file = path.join(dir, 'broken.eta');
    await writeFile(file, '{"text": <%~ it.verdictWord %>}');
    await expect(slackWebhookPayload({ template: file }, await message())).rejects.toThrow(ConfigurationError);
    await expect(slackWebhookPayload({ template: file }, await message())).rejects.toThrow(/Input "slack-template"/);
  });

  it('a Slack template over the block limit is refused', async () => {
    const file = path.join(dir, 'big.eta');
    await writeFile(
      file,
      `{"text":"x","blocks":[${Array.from({ length: 51 }, () => '{"type":"divider"}').join(',')}]}`,
    );
    await expect(slackWebhookPayload({ template: file }, await message())).rejects.toThrow(/51 blocks/);
  });
});
