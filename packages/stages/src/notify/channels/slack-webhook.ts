// Slack incoming webhook: one POST of the Block Kit message. Slack answers `ok`, or an error code as text.
import { NotificationError, describeSlackError } from '../errors.js';
import { postWithRetry } from '../http.js';
import type { NotifyMessage } from '../message-model.js';
import { renderSlackMessage, slackLimitProblems } from '../slack-blocks.js';
import { parseTemplateJson, renderTemplateFile } from '../templates.js';
import type { SlackWebhookSettings } from '../types.js';
import type { ChannelDelivery, ChannelEnv } from './channel-env.js';

const WHERE = 'the Slack incoming webhook (input slack-webhook)';

/** The payload: the built-in Block Kit message, or what the user's template renders. */
export async function slackWebhookPayload(
  settings: Pick<SlackWebhookSettings, 'template'>,
  message: NotifyMessage,
): Promise<Record<string, unknown>> {
  if (!settings.template) return { ...renderSlackMessage(message) };
  const rendered = await renderTemplateFile(settings.template, 'slack-template', 'slack-json', message);
  const payload = parseTemplateJson(rendered, settings.template, 'slack-template');
  const problems = slackLimitProblems(payload);
  if (problems.length > 0) {
    throw new NotificationError(
      'slack-webhook',
      `The Slack template ${settings.template} is over Slack's limits: ${problems.join('; ')}.`,
    );
  }
  return payload;
}

export async function sendSlackWebhook(
  settings: SlackWebhookSettings,
  message: NotifyMessage,
  env: ChannelEnv,
): Promise<ChannelDelivery> {
  const payload = await slackWebhookPayload(settings, message);
  const body = env.secrets.redact(JSON.stringify(payload));
  const answer = await postWithRetry(settings.url, body, { channel: 'slack-webhook', ...env });
  if (answer.status >= 200 && answer.status < 300) return {};
  const code = answer.body.trim().split(/\s/)[0] || `HTTP ${answer.status}`;
  throw new NotificationError('slack-webhook', describeSlackError(code, WHERE), { status: answer.status });
}
