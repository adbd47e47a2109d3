// Generic webhook: metrics.json and the run context as JSON, optionally signed with HMAC-SHA256 so the
// receiver can check the sender (compare `sha256=<hex>` of the raw body with its own, in constant time).
import { createHmac, randomUUID } from 'node:crypto';
import { NotificationError } from '../errors.js';
import { postWithRetry } from '../http.js';
import type { NotifyMessage } from '../message-model.js';
import type { WebhookSettings } from '../types.js';
import type { ChannelDelivery, ChannelEnv } from './channel-env.js';

/** The body posted: a versioned envelope around the message model and metrics.json as read. */
export function webhookBody(message: NotifyMessage, env: Pick<ChannelEnv, 'metrics' | 'secrets'>): string {
  const body = {
    schemaVersion: 1,
    event: 'testpipe.notification',
    verdict: message.verdict,
    previousVerdict: message.previousVerdict ?? null,
    message,
    metrics: env.metrics ?? null,
  };
  return env.secrets.redact(JSON.stringify(body));
}

/** `sha256=<hex>`: the HMAC-SHA256 of the exact body bytes with the shared secret. */
export function signBody(body: string, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;
}

export async function sendWebhook(
  settings: WebhookSettings,
  message: NotifyMessage,
  env: ChannelEnv,
): Promise<ChannelDelivery> {
  const body = webhookBody(message, env);
  const headers: Record<string, string> = {
    'user-agent': 'testpipe-notify',
    'x-testpipe-event': 'notification',
    // The same id on every retry of one delivery, so a receiver can drop a duplicate.
    'x-testpipe-delivery': randomUUID(),
  };
  if (settings.secret) headers[settings.signatureHeader.toLowerCase()] = signBody(body, settings.secret);
  const answer = await postWithRetry(settings.url, body, { channel: 'webhook', headers, ...env });
  if (answer.status >= 200 && answer.status < 300) return {};
  const said = env.secrets.redact(answer.body.trim().slice(0, 200));
  throw new NotificationError(
    'webhook',
    `The webhook (input webhook-url) answered HTTP ${answer.status}${said ? `: ${said}` : ''}. A 4xx is not retried; check the URL and what the receiver expects.`,
    { status: answer.status },
  );
}
