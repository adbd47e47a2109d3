// The Slack message as Block Kit (https://api.slack.com/block-kit), within Slack's limits: at most 50
// blocks, 3000 characters per section text, 150 per header, 75 per button label.
import { SLACK_LIMITS } from './defaults.js';
import { escapeSlackText, slackLink, slackPlainText } from './escape.js';
import type { NotifyMessage } from './message-model.js';

export interface SlackMessage {
  text: string;
  blocks: SlackBlock[];
}

export type SlackBlock = Record<string, unknown> & { type: string };

const SLACK_EMOJI: Record<NotifyMessage['verdict'], string> = {
  passed: ':white_check_mark:',
  failed: ':x:',
  'no-tests': ':warning:',
  cancelled: ':no_entry_sign:',
};

/** A mention as Slack writes it: a user, a user group, or @here/@channel/@everyone. Anything else is refused. */
export const SLACK_MENTION = /^<(?:@[UW][A-Z0-9]+|!subteam\^[A-Z0-9]+(?:\|[^<>|]+)?|!here|!channel|!everyone)>$/;

function cut(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Lines joined into one section text under the limit; what does not fit is counted in the last line. */
export function fitLines(heading: string, lines: string[], notShown: number, max = SLACK_LIMITS.sectionText): string {
  let text = heading;
  let kept = 0;
  for (const line of lines) {
    const more = lines.length - kept - 1 + notShown;
    const reserve = more > 0 ? 40 : 0;
    if (text.length + 1 + line.length + reserve > max) break;
    text += `\n${line}`;
    kept += 1;
  }
  const hidden = lines.length - kept + notShown;
  if (hidden > 0) text += `\n…and ${hidden} more`;
  return cut(text, max);
}

function fields(message: NotifyMessage): SlackBlock | undefined {
  const list: string[] = [];
  if (message.branch) list.push(`*Branch*\n${escapeSlackText(message.branch)}`);
  if (message.commit) {
    const short = escapeSlackText(message.commit.short);
    list.push(`*Commit*\n${message.commit.url ? slackLink(message.commit.url, message.commit.short) : short}`);
  }
  if (message.pullRequest) {
    const label = `#${message.pullRequest.number}`;
    const pr = message.pullRequest.url ? slackLink(message.pullRequest.url, label) : escapeSlackText(label);
    const title = message.pullRequest.title ? ` ${escapeSlackText(message.pullRequest.title)}` : '';
    list.push(cut(`*Pull request*\n${pr}${title}`, 2000));
  }
  if (message.totals) {
    const t = message.totals;
    list.push(
      `*Tests*\n${t.total} total · ${t.passed} passed · ${t.failed + t.errored} failed · ${t.flaky} flaky · ${t.skipped} skipped`,
    );
    list.push(`*Pass rate*\n${message.passRate}`);
  }
  if (message.duration) list.push(`*Duration*\n${message.duration}`);
  if (list.length === 0) return undefined;
  return { type: 'section', fields: list.slice(0, 10).map((text) => ({ type: 'mrkdwn', text })) };
}

function failureSection(message: NotifyMessage): SlackBlock | undefined {
  if (message.failures.length === 0 && message.failuresNotShown === 0) return undefined;
  const heading = message.comparedWithPrevious ? `*Failures* (${message.newFailureCount} new)` : `*Failures*`;
  const lines = message.failures.map(
    (t) => `• ${t.isNew ? '*new* ' : ''}${escapeSlackText(t.id)} _(${escapeSlackText(t.category)})_`,
  );
  return { type: 'section', text: { type: 'mrkdwn', text: fitLines(heading, lines, message.failuresNotShown) } };
}

function flakySection(message: NotifyMessage): SlackBlock | undefined {
  if (message.flaky.length === 0) return undefined;
  const lines = message.flaky.map(
    (t) => `• ${escapeSlackText(t.id)} (failed ${t.failedAttempts} of ${t.attempts} attempts)`,
  );
  return { type: 'section', text: { type: 'mrkdwn', text: fitLines('*Flaky*', lines, message.flakyNotShown) } };
}

function buttons(message: NotifyMessage): SlackBlock | undefined {
  const elements: Record<string, unknown>[] = [];
  if (message.runUrl) {
    elements.push({
      type: 'button',
      text: { type: 'plain_text', text: 'View run' },
      url: message.runUrl,
      action_id: 'testpipe-view-run',
      ...(message.verdict === 'failed' ? { style: 'danger' } : { style: 'primary' }),
    });
  }
  if (message.reportUrl) {
    elements.push({
      type: 'button',
      text: { type: 'plain_text', text: 'HTML report' },
      url: message.reportUrl,
      action_id: 'testpipe-view-report',
    });
  }
  return elements.length > 0 ? { type: 'actions', elements } : undefined;
}

function contextBlock(message: NotifyMessage): SlackBlock {
  const parts = [
    message.workflow && `workflow ${escapeSlackText(message.workflow)}`,
    message.runAttempt && message.runAttempt > 1 ? `attempt ${message.runAttempt}` : undefined,
    message.actor && `by ${escapeSlackText(message.actor)}`,
    'testpipe',
  ].filter((part): part is string => Boolean(part));
  return { type: 'context', elements: [{ type: 'mrkdwn', text: cut(parts.join(' · '), 3000) }] };
}

/** The notification text (shown in the push notification and where blocks cannot be). */
export function slackFallbackText(message: NotifyMessage): string {
  const mention = message.mention ? `${message.mention} ` : '';
  return cut(
    `${mention}${SLACK_EMOJI[message.verdict]} ${escapeSlackText(message.title)} — ${escapeSlackText(message.reason)}`,
    SLACK_LIMITS.fallbackText,
  );
}

/** The Block Kit message: header with status, reason (and mention), facts, failures, flaky, buttons, context. */
export function renderSlackMessage(message: NotifyMessage): SlackMessage {
  const header = slackPlainText(`${SLACK_EMOJI[message.verdict]} ${message.title}`);
  const mention = message.mention ? `${message.mention} ` : '';
  const blocks = [
    { type: 'header', text: { type: 'plain_text', text: cut(header, SLACK_LIMITS.headerText), emoji: true } },
    { type: 'section', text: { type: 'mrkdwn', text: cut(`${mention}${escapeSlackText(message.reason)}`, 3000) } },
    fields(message),
    failureSection(message),
    flakySection(message),
    buttons(message),
    contextBlock(message),
  ].filter((block): block is SlackBlock => block !== undefined);
  return { text: slackFallbackText(message), blocks: blocks.slice(0, SLACK_LIMITS.blocks) };
}

/** The thread reply of the Web API channel: every failing test listed, within one section's limit. */
export function renderSlackFailureThread(message: NotifyMessage): SlackMessage | undefined {
  const section = failureSection(message);
  if (!section) return undefined;
  return { text: `Failures of ${escapeSlackText(message.title)}`, blocks: [section] };
}

/** Problems with a payload against Slack's limits (for custom templates and tests); empty when it fits. */
export function slackLimitProblems(payload: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const blocks = payload.blocks;
  if (blocks === undefined) return problems;
  if (!Array.isArray(blocks)) return ['"blocks" is not an array'];
  if (blocks.length > SLACK_LIMITS.blocks) problems.push(`${blocks.length} blocks (at most ${SLACK_LIMITS.blocks})`);
  blocks.forEach((block: { type?: unknown; text?: { text?: unknown }; fields?: Array<{ text?: unknown }> }, i) => {
    if (typeof block?.type !== 'string') problems.push(`block ${i} has no type`);
    const text = block?.text?.text;
    const max = block?.type === 'header' ? SLACK_LIMITS.headerText : SLACK_LIMITS.sectionText;
    if (typeof text === 'string' && text.length > max)
      problems.push(`block ${i} text has ${text.length} characters (at most ${max})`);
    for (const [j, field] of (block?.fields ?? []).entries()) {
      if (typeof field?.text === 'string' && field.text.length > 2000)
        problems.push(`block ${i} field ${j} is over 2000 characters`);
    }
  });
  return problems;
}
