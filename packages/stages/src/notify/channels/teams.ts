// Microsoft Teams through a Workflows (Power Automate) webhook: the card in a message envelope; the
// trigger answers 202 (or 200), and an error as JSON `{"error":{"code","message"}}`.
import { NotificationError } from '../errors.js';
import { postWithRetry } from '../http.js';
import type { NotifyMessage } from '../message-model.js';
import { parseTemplateJson, renderTemplateFile } from '../templates.js';
import type { TeamsSettings } from '../types.js';
import type { ChannelDelivery, ChannelEnv } from './channel-env.js';
import { renderTeamsCard, teamsEnvelope } from './teams-card.js';

const WHERE = 'the Teams Workflows webhook (input teams-webhook)';

/** The body: the built-in card in its envelope, or what the user's template renders (a card or a full envelope). */
export async function teamsPayload(settings: Pick<TeamsSettings, 'template'>, message: NotifyMessage) {
  if (!settings.template) return teamsEnvelope(renderTeamsCard(message));
  const rendered = await renderTemplateFile(settings.template, 'teams-template', 'teams-json', message);
  const value = parseTemplateJson(rendered, settings.template, 'teams-template');
  return value.type === 'AdaptiveCard' ? teamsEnvelope(value) : value;
}

function describeTeamsError(status: number, body: string): string {
  let detail = body.trim().slice(0, 300);
  try {
    const parsed = JSON.parse(body) as { error?: { code?: string; message?: string } };
    if (parsed.error?.code) detail = `${parsed.error.code}: ${parsed.error.message ?? ''}`.trim();
  } catch {
    // a text body is shown as it is
  }
  const hint =
    status === 401 || status === 403
      ? ' The URL (with its sig parameter) is wrong or was regenerated: copy it again from the workflow.'
      : status === 404
        ? ' The workflow was deleted or turned off.'
        : '';
  return `${WHERE} answered HTTP ${status}${detail ? ` (${detail})` : ''}.${hint}`;
}

export async function sendTeams(
  settings: TeamsSettings,
  message: NotifyMessage,
  env: ChannelEnv,
): Promise<ChannelDelivery> {
  const payload = await teamsPayload(settings, message);
  const body = env.secrets.redact(JSON.stringify(payload));
  const answer = await postWithRetry(settings.url, body, { channel: 'teams', ...env });
  if (answer.status >= 200 && answer.status < 300) return {};
  throw new NotificationError('teams', env.secrets.redact(describeTeamsError(answer.status, answer.body)), {
    status: answer.status,
  });
}
