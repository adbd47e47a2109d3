import {
  startGenericWebhookSink,
  startSlackWebhookSink,
  startTeamsWebhookSink,
  type GenericWebhookSink,
  type SlackWebhookSink,
  type TeamsWebhookSink,
} from '../src/webhook-sinks/index.js';

const postJson = (url: string, payload: unknown) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload) });

const adaptiveCardMessage = {
  type: 'message',
  attachments: [
    {
      contentType: 'application/vnd.microsoft.card.adaptive',
      content: { type: 'AdaptiveCard', version: '1.4', body: [{ type: 'TextBlock', text: '12 passed' }] },
    },
  ],
};

describe('Slack incoming webhook sink', () => {
  let slack: SlackWebhookSink;
  beforeEach(async () => {
    slack = await startSlackWebhookSink();
  });
  afterEach(async () => {
    await slack.close();
  });

  it('answers 200 ok to a message and records it', async () => {
    expect(slack.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/services\/T\w+\/B\w+\/\w+$/);
    const response = await postJson(slack.url, { text: 'Tests: 12 passed', blocks: [{ type: 'section' }] });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('ok');
    expect(slack.messages).toEqual([{ text: 'Tests: 12 passed', blocks: [{ type: 'section' }] }]);
    expect(slack.requests[0]?.headers['content-type']).toBe('application/json');
  });

  it('accepts the form-encoded payload field', async () => {
    const body = new URLSearchParams({ payload: JSON.stringify({ text: 'from a form' }) });
    const response = await fetch(slack.url, { method: 'POST', body });
    expect(response.status).toBe(200);
    expect(slack.messages).toEqual([{ text: 'from a form' }]);
  });

  it.each([
    ['a body that is not JSON', 'not json', 'invalid_payload'],
    ['a JSON array', '[1]', 'invalid_payload'],
    ['neither text, blocks nor attachments', '{"username":"ci"}', 'no_text'],
    ['blocks that are not blocks', '{"text":"t","blocks":[{"text":"no type"}]}', 'invalid_blocks'],
  ])('answers 400 to %s', async (_case, body, code) => {
    const response = await fetch(slack.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(response.status).toBe(400);
    expect(await response.text()).toBe(code);
    expect(slack.messages).toEqual([]);
  });

  it('answers 404 no_service to an unknown webhook path', async () => {
    const response = await postJson(`${slack.baseUrl}/services/T1/B1/revoked`, { text: 'hi' });
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('no_service');
  });

  it('answers 429 with Retry-After when rate limiting is scripted, then accepts again', async () => {
    slack.rateLimitNext(3);
    const limited = await postJson(slack.url, { text: 'first' });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('3');
    const retried = await postJson(slack.url, { text: 'second' });
    expect(retried.status).toBe(200);
    expect(slack.messages).toEqual([{ text: 'second' }]);
    expect(slack.requests).toHaveLength(2);
  });
});

describe('Teams incoming webhook sink', () => {
  let teams: TeamsWebhookSink;
  beforeEach(async () => {
    teams = await startTeamsWebhookSink();
  });
  afterEach(async () => {
    await teams.close();
  });

  it('answers a Workflows trigger with 202 and records the card', async () => {
    const response = await postJson(teams.workflowUrl, adaptiveCardMessage);
    expect(response.status).toBe(202);
    expect(teams.messages).toEqual([{ endpoint: 'workflow', payload: adaptiveCardMessage }]);
  });

  it('answers the legacy connector with 200 "1" for a MessageCard', async () => {
    const card = { '@type': 'MessageCard', summary: 'Tests', text: '12 passed' };
    const response = await postJson(teams.connectorUrl, card);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('1');
    expect(teams.messages).toEqual([{ endpoint: 'connector', payload: card }]);
  });

  it('answers 400 to bad payloads', async () => {
    const notJson = await fetch(teams.workflowUrl, { method: 'POST', body: '{oops' });
    expect(notJson.status).toBe(400);
    expect(((await notJson.json()) as { error: { code: string } }).error.code).toBe('InvalidRequestContent');

    const noCards = await postJson(teams.workflowUrl, { text: 'plain text is not a card' });
    expect(noCards.status).toBe(400);
    expect(((await noCards.json()) as { error: { code: string } }).error.code).toBe('TriggerInputSchemaMismatch');

    const noText = await postJson(teams.connectorUrl, { themeColor: 'FF0000' });
    expect(noText.status).toBe(400);
    expect(await noText.text()).toBe('Summary or Text is required.');
    expect(teams.messages).toEqual([]);
  });

  it('answers 401 to a workflow URL with a wrong signature, 404 to unknown paths', async () => {
    const forged = new URL(teams.workflowUrl);
    forged.searchParams.set('sig', 'forged');
    expect((await postJson(forged.toString(), adaptiveCardMessage)).status).toBe(401);
    expect((await postJson(`${teams.baseUrl}/webhookb2/unknown`, adaptiveCardMessage)).status).toBe(404);
  });

  it('answers 429 with Retry-After when throttling is scripted', async () => {
    teams.rateLimitNext(7, 2);
    for (const url of [teams.workflowUrl, teams.connectorUrl]) {
      const response = await postJson(url, adaptiveCardMessage);
      expect(response.status).toBe(429);
      expect(response.headers.get('retry-after')).toBe('7');
    }
    expect((await postJson(teams.workflowUrl, adaptiveCardMessage)).status).toBe(202);
  });
});

describe('generic webhook sink', () => {
  let sink: GenericWebhookSink;
  beforeEach(async () => {
    sink = await startGenericWebhookSink();
  });
  afterEach(async () => {
    await sink.close();
  });

  it('records method, path, headers and body', async () => {
    const response = await fetch(`${sink.url}?run=7`, {
      method: 'PUT',
      headers: { 'x-testpipe-signature': 'sha256=abc', 'content-type': 'application/json' },
      body: '{"status":"passed"}',
    });
    expect(response.status).toBe(200);
    expect(sink.requests).toHaveLength(1);
    expect(sink.requests[0]).toMatchObject({
      method: 'PUT',
      url: '/hook?run=7',
      pathname: '/hook',
      body: '{"status":"passed"}',
    });
    expect(sink.requests[0]?.headers['x-testpipe-signature']).toBe('sha256=abc');
  });

  it('plays scripted status codes in order, then the default', async () => {
    sink.respondNext({ status: 500, body: 'boom' }, { status: 429, retryAfterSeconds: 2 });
    const first = await fetch(sink.url, { method: 'POST', body: 'a' });
    const second = await fetch(sink.url, { method: 'POST', body: 'b' });
    const third = await fetch(sink.url, { method: 'POST', body: 'c' });
    expect([first.status, second.status, third.status]).toEqual([500, 429, 200]);
    expect(await first.text()).toBe('boom');
    expect(second.headers.get('retry-after')).toBe('2');
    expect(sink.requests.map((request) => request.body)).toEqual(['a', 'b', 'c']);
  });

  it('uses a configured default response', async () => {
    const accepting = await startGenericWebhookSink({ defaultResponse: { status: 204 } });
    try {
      expect((await fetch(accepting.url, { method: 'POST', body: '{}' })).status).toBe(204);
    } finally {
      await accepting.close();
    }
  });

  it('refuses connections after close', async () => {
    const closing = await startGenericWebhookSink();
    await closing.close();
    await expect(fetch(closing.url)).rejects.toThrow();
  });
});
