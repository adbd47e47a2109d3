// The Teams message: an Adaptive Card 1.4 (https://adaptivecards.io/explorer) in the envelope a Teams
// Workflows webhook expects. Report text (test names, branch, PR title) goes only into TextRun elements
// of RichTextBlocks: the spec renders no Markdown in a TextRun, so a test name cannot form a link or a
// mention; fixed labels use TextBlocks.
import type { NotifyMessage } from '../message-model.js';
import { teamsPlainText } from '../escape.js';

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

type Element = Record<string, unknown>;

const VERDICT_STYLE: Record<NotifyMessage['verdict'], { icon: string; color: string }> = {
  passed: { icon: '✅', color: 'Good' },
  failed: { icon: '❌', color: 'Attention' },
  'no-tests': { icon: '⚠️', color: 'Warning' },
  cancelled: { icon: '⛔', color: 'Warning' },
};

function run(text: string, style: Partial<Record<'weight' | 'isSubtle' | 'italic', unknown>> = {}): Element {
  return { type: 'TextRun', text: teamsPlainText(text), ...style };
}

/** One line of plain runs: a bold label, then the value as text. */
function labelled(label: string, value: string): Element {
  return { type: 'RichTextBlock', inlines: [run(`${label}: `, { weight: 'Bolder' }), run(value)] };
}

function listBlock(heading: string, lines: Array<[string, string]>, notShown: number): Element[] {
  const blocks: Element[] = [
    { type: 'TextBlock', text: heading, weight: 'Bolder', wrap: true, spacing: 'Medium' },
    ...lines.map(([name, note]) => ({
      type: 'RichTextBlock',
      inlines: [run('• '), run(name), run(` ${note}`, { isSubtle: true, italic: true })],
    })),
  ];
  if (notShown > 0) blocks.push({ type: 'TextBlock', text: `…and ${notShown} more`, isSubtle: true, wrap: true });
  return blocks;
}

/** The Adaptive Card 1.4 of a notification. */
export function renderTeamsCard(message: NotifyMessage): Element {
  const style = VERDICT_STYLE[message.verdict];
  const body: Element[] = [
    {
      type: 'TextBlock',
      text: `${style.icon} ${message.verdictWord}`,
      size: 'Large',
      weight: 'Bolder',
      color: style.color,
      wrap: true,
    },
    { type: 'RichTextBlock', inlines: [run(message.reason)] },
  ];
  if (message.where) body.splice(1, 0, { type: 'RichTextBlock', inlines: [run(message.where, { weight: 'Bolder' })] });
  if (message.branch) body.push(labelled('Branch', message.branch));
  if (message.commit) body.push(labelled('Commit', message.commit.short));
  if (message.pullRequest) {
    const title = message.pullRequest.title ? ` ${message.pullRequest.title}` : '';
    body.push(labelled('Pull request', `#${message.pullRequest.number}${title}`));
  }
  if (message.totals) {
    const t = message.totals;
    const facts = [
      ['Total', t.total],
      ['Passed', t.passed],
      ['Failed', t.failed + t.errored],
      ['Flaky', t.flaky],
      ['Skipped', t.skipped],
    ].map(([title, value]) => ({ title: String(title), value: String(value) }));
    facts.push({ title: 'Pass rate', value: message.passRate });
    if (message.duration) facts.push({ title: 'Duration', value: message.duration });
    body.push({ type: 'FactSet', facts, spacing: 'Medium' });
  }
  if (message.failures.length > 0 || message.failuresNotShown > 0) {
    const heading = message.comparedWithPrevious ? `Failures (${message.newFailureCount} new)` : 'Failures';
    const lines = message.failures.map((t): [string, string] => [t.id, `(${t.isNew ? 'new, ' : ''}${t.category})`]);
    body.push(...listBlock(heading, lines, message.failuresNotShown));
  }
  if (message.flaky.length > 0) {
    const lines = message.flaky.map((t): [string, string] => [t.id, `(failed ${t.failedAttempts} of ${t.attempts})`]);
    body.push(...listBlock('Flaky', lines, message.flakyNotShown));
  }
  const actions: Element[] = [];
  if (message.runUrl) actions.push({ type: 'Action.OpenUrl', title: 'View run', url: message.runUrl });
  if (message.reportUrl) actions.push({ type: 'Action.OpenUrl', title: 'HTML report', url: message.reportUrl });
  const card: Element = {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.4',
    body,
    msteams: { width: 'Full' },
  };
  if (actions.length > 0) card.actions = actions;
  return card;
}

/** The envelope a Teams Workflows webhook ("When a Teams webhook request is received") takes. */
export function teamsEnvelope(card: Element): Element {
  return {
    type: 'message',
    attachments: [{ contentType: ADAPTIVE_CARD_CONTENT_TYPE, contentUrl: null, content: card }],
  };
}
