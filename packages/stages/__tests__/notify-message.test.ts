import { Secrets } from '@testpipe/core';
import { buildNotifyMessage, decideOn, renderSlackMessage, slackLimitProblems } from '../src/index.js';
import { HOSTILE_NAMES, metricsOf, passing } from './fixtures/notify/notify-fixtures.js';

const context = {
  repository: 'octo/app',
  serverUrl: 'https://github.com',
  branch: 'main',
  commitSha: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
  runId: 42,
  runUrl: 'https://github.com/octo/app/actions/runs/42',
  reportUrl: 'https://github.com/octo/app/actions/runs/42#artifacts',
};

describe('the notify message model', () => {
  it('takes counts, pass rate and failing tests from metrics.json, new failures first', async () => {
    const metrics = await metricsOf([
      ...passing(7),
      { name: 'old break', outcome: 'fail' },
      { name: 'new break', outcome: 'error' },
    ]);
    const previous = await metricsOf([...passing(8), { name: 'old break', outcome: 'fail' }]);
    const message = buildNotifyMessage({
      metrics,
      previousMetrics: previous,
      verdict: 'failed',
      minPassRate: 100,
      topN: 10,
      context,
      secrets: new Secrets(),
    });
    expect(message).toMatchObject({
      verdict: 'failed',
      verdictWord: 'Failed',
      totals: { total: 9, passed: 7, failed: 1, errored: 1 },
      passRate: '77.78 %',
      comparedWithPrevious: true,
      newFailureCount: 1,
      commit: { short: 'a1b2c3d', url: `https://github.com/octo/app/commit/${context.commitSha}` },
    });
    expect(message.failures.map((f) => [f.id.includes('new break'), f.isNew])).toEqual([
      [true, true],
      [false, false],
    ]);
  });

  it('counts the failures it does not list', async () => {
    const metrics = await metricsOf(
      Array.from({ length: 30 }, (_, i) => ({ name: `broken ${i}`, outcome: 'fail' as const })),
    );
    const message = buildNotifyMessage({
      metrics,
      verdict: 'failed',
      minPassRate: 100,
      topN: 5,
      context,
      secrets: new Secrets(),
    });
    expect([message.failures.length, message.failuresNotShown]).toEqual([5, 25]);
  });

  it('redacts secrets from test names before any channel sees them', async () => {
    const metrics = await metricsOf([{ name: 'leaks hunter2-secret-value', outcome: 'fail' }]);
    const secrets = new Secrets();
    secrets.add('hunter2-secret-value');
    const message = buildNotifyMessage({ metrics, verdict: 'failed', minPassRate: 100, topN: 5, context, secrets });
    expect(JSON.stringify(message)).not.toContain('hunter2-secret-value');
    expect(message.failures[0]?.id).toContain('***');
  });
});

describe('the on filter', () => {
  it.each([
    ['always', 'passed', undefined, true],
    ['failure', 'passed', undefined, false],
    ['failure', 'failed', undefined, true],
    ['failure', 'cancelled', undefined, true],
    ['change', 'failed', 'failed', false],
    ['change', 'passed', 'failed', true],
    ['change', 'passed', undefined, true],
  ] as const)('on: %s, verdict %s after %s → notify %s', (on, verdict, previous, expected) => {
    expect(decideOn(on, verdict, previous).notify).toBe(expected);
  });
});

describe('the Slack Block Kit message', () => {
  it('stays within 50 blocks and 3000 characters per section text with 500 long failing names', async () => {
    const metrics = await metricsOf(
      Array.from({ length: 500 }, (_, i) => ({
        name: `${'very long name '.repeat(20)}${i}`,
        outcome: 'fail' as const,
      })),
    );
    const message = buildNotifyMessage({
      metrics,
      verdict: 'failed',
      minPassRate: 100,
      topN: 500,
      context,
      secrets: new Secrets(),
    });
    const payload = renderSlackMessage(message);
    expect(slackLimitProblems({ ...payload })).toEqual([]);
    const failures = payload.blocks.find((b) => JSON.stringify(b).includes('*Failures*')) as unknown as {
      text: { text: string };
    };
    expect(failures.text.text.length).toBeLessThanOrEqual(3000);
    expect(failures.text.text).toMatch(/…and \d+ more$/);
  });

  it('finds a payload over the limits', () => {
    const blocks = Array.from({ length: 51 }, () => ({
      type: 'section',
      text: { type: 'mrkdwn', text: 'x'.repeat(3001) },
    }));
    expect(slackLimitProblems({ blocks })).toEqual(expect.arrayContaining(['51 blocks (at most 50)']));
  });

  it('shows hostile test names as text: no mention, no link, no formatting can form', async () => {
    const metrics = await metricsOf(HOSTILE_NAMES.map((name) => ({ name, outcome: 'fail' as const })));
    const message = buildNotifyMessage({
      metrics,
      verdict: 'failed',
      minPassRate: 100,
      topN: 10,
      context,
      secrets: new Secrets(),
    });
    const payload = renderSlackMessage(message);
    const texts = JSON.stringify(payload);
    // Slack forms mentions and links only from `<...>`: none may come from a test name.
    const angle = [...texts.matchAll(/<([^>]*)>/g)].map((m) => m[1]);
    expect(angle.every((inside) => inside!.startsWith('https://github.com/octo/app/'))).toBe(true);
    expect(texts).toContain('&lt;!channel&gt;');
    expect(texts).toContain('&lt;@\u200BU123ABC&gt;');
    expect(texts).not.toMatch(/[^\u200B]\*bold\*/);
    expect(texts).not.toContain('@channel');
  });

  it('adds the mention only to a failing run', async () => {
    const failing = await metricsOf([{ name: 'x', outcome: 'fail' }]);
    const passed = await metricsOf(passing(2));
    const base = { minPassRate: 100, topN: 5, context, secrets: new Secrets(), mentionOnFailure: '<!subteam^S123>' };
    const onFailure = renderSlackMessage(buildNotifyMessage({ ...base, metrics: failing, verdict: 'failed' }));
    const onPass = renderSlackMessage(buildNotifyMessage({ ...base, metrics: passed, verdict: 'passed' }));
    expect(onFailure.text.startsWith('<!subteam^S123> ')).toBe(true);
    expect(JSON.stringify(onPass)).not.toContain('subteam');
  });
});
