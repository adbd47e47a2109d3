// What a channel receives for hostile test names, checked in the formats the services read: Slack mrkdwn,
// the Teams Adaptive Card (validated against the 1.4 schema shipped in fixtures), email HTML and text.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Secrets } from '@testpipe/core';
import { jsonSchemaValidator } from '@testpipe/testkit';
import { buildNotifyMessage, escapeSlackText, renderSlackMessage } from '../src/index.js';
import { renderTeamsCard, teamsEnvelope } from '../src/notify/channels/teams-card.js';
import { renderEmailHtml, renderEmailText } from '../src/notify/channels/email-render.js';
import { HOSTILE_NAMES, metricsOf, passing } from './fixtures/notify/notify-fixtures.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const schema = JSON.parse(
  readFileSync(path.join(here, 'fixtures/notify/adaptive-card-1.4.schema.json'), 'utf8'),
) as object;
const cardProblems = jsonSchemaValidator(schema);

const context = {
  repository: 'octo/app',
  branch: 'feature/<!channel>*x*',
  commitSha: 'abcdef1234567',
  pullRequest: {
    number: 12,
    url: 'https://github.com/octo/app/pull/12',
    title: 'Fix <@U999> [link](http://evil.example)',
  },
  runUrl: 'https://github.com/octo/app/actions/runs/9',
  reportUrl: 'https://github.com/octo/app/actions/runs/9#artifacts',
};

async function hostileMessage() {
  const metrics = await metricsOf([
    ...passing(3),
    ...HOSTILE_NAMES.map((name) => ({ name, outcome: 'fail' as const })),
  ]);
  return buildNotifyMessage({
    metrics,
    verdict: 'failed',
    minPassRate: 100,
    topN: 20,
    context,
    secrets: new Secrets(),
  });
}

describe('Slack mrkdwn escaping', () => {
  it.each([
    ['<!channel>', '&lt;!channel&gt;'],
    ['<@U123>', '&lt;@\u200BU123&gt;'],
    ['<http://x|y>', '&lt;http://x|y&gt;'],
    ['a & b', 'a &amp; b'],
    ['*bold*', '\u200B*bold\u200B*'],
    ['@here', '@\u200Bhere'],
    ['line\nbreak', 'line break'],
  ])('%j becomes %j', (raw, escaped) => {
    expect(escapeSlackText(raw)).toBe(escaped);
  });

  it('leaves no `<` from report text anywhere in the payload, branch and PR title included', async () => {
    const payload = JSON.stringify(renderSlackMessage(await hostileMessage()));
    const links = [...payload.matchAll(/<([^>]*)>/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(0);
    for (const inside of links) expect(inside).toMatch(/^https:\/\/github\.com\/octo\/app\/(commit|pull)\//);
  });
});

describe('the Teams Adaptive Card', () => {
  it('is valid Adaptive Card 1.4 in the Workflows message envelope', async () => {
    const envelope = teamsEnvelope(renderTeamsCard(await hostileMessage())) as {
      type: string;
      attachments: Array<{ contentType: string; content: unknown }>;
    };
    expect(envelope.type).toBe('message');
    expect(envelope.attachments[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(cardProblems(envelope.attachments[0]?.content)).toEqual([]);
  });

  it('the schema refuses what 1.4 does not have (so the check above can fail)', () => {
    const card = { type: 'AdaptiveCard', version: '1.4', body: [{ type: 'TextBlock', text: 'x', style: 'heading' }] };
    expect(cardProblems(card)).not.toEqual([]);
    expect(cardProblems({ type: 'AdaptiveCard', version: '1.5', body: [] })).not.toEqual([]);
    expect(
      cardProblems({
        type: 'AdaptiveCard',
        version: '1.4',
        body: [{ type: 'RichTextBlock', inlines: [{ type: 'TextRun' }] }],
      }),
    ).not.toEqual([]);
  });

  it('puts every report text into TextRuns, which render no Markdown, never into a TextBlock', async () => {
    const card = renderTeamsCard(await hostileMessage()) as { body: Array<{ type: string; text?: string }> };
    const textBlocks = card.body.filter((e) => e.type === 'TextBlock').map((e) => e.text ?? '');
    for (const text of textBlocks) expect(text).not.toMatch(/channel|U123|evil|img|feature/);
    expect(JSON.stringify(card)).toContain('"type":"TextRun","text":"suite::suite.Spec::pings <!channel> and <!here>"');
  });
});

describe('email', () => {
  it('HTML-escapes test names, branch and PR title; only our own links are links', async () => {
    const html = renderEmailHtml(await hostileMessage());
    expect(html).not.toMatch(/<img|<b>bold/);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    expect(hrefs.every((href) => href!.startsWith('https://github.com/octo/app/'))).toBe(true);
  });

  it('the text body keeps names as they are (plain text cannot link or ping)', async () => {
    const text = renderEmailText(await hostileMessage());
    expect(text).toContain('pings <!channel> and <!here>');
    expect(text).toContain('View run: https://github.com/octo/app/actions/runs/9');
  });
});

it('a Slack link is made only for an http(s) URL; anything else is its label as text', async () => {
  const { slackLink } = await import('../src/notify/escape.js');
  expect(slackLink('https://example.test/run/1', 'View run')).toBe('<https://example.test/run/1|View run>');
  expect(slackLink('javascript:alert(1)', 'View run')).toBe('View run');
  expect(slackLink('slack://channel?id=C1', '<!channel>')).toBe('&lt;!channel&gt;');
});
