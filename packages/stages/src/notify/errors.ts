import { UserError } from '@testpipe/core';

/** A notification a channel refused or could not take; the message names the channel and what to do. */
export class NotificationError extends UserError {
  override name = 'NotificationError';

  constructor(
    readonly channel: string,
    message: string,
    options: { cause?: unknown; status?: number } = {},
  ) {
    super(message, { kind: 'environment', cause: options.cause });
    this.status = options.status;
  }

  readonly status: number | undefined;
}

/** An answer worth another attempt: 429 (with its Retry-After), a 5xx, or no answer at all. */
export class RetryableHttpError extends Error {
  override name = 'RetryableHttpError';

  constructor(
    message: string,
    readonly status: number | undefined,
    readonly retryAfter: string | undefined,
  ) {
    super(message);
  }
}

/** What Slack's error codes mean, and what to do; `where` names the channel or the webhook input. */
export function describeSlackError(code: string, where: string): string {
  const known: Record<string, string> = {
    invalid_payload: `Slack refused the message to ${where} as invalid_payload: the JSON or its blocks are malformed (a custom template?).`,
    invalid_blocks: `Slack refused the blocks of the message to ${where} (invalid_blocks): check the template against Block Kit.`,
    channel_not_found: `Slack answered channel_not_found for ${where}: the channel was deleted, or the app is not in it. Recreate the webhook or invite the app.`,
    action_prohibited: `Slack answered action_prohibited for ${where}: a workspace admin restricted posting there.`,
    is_archived: `Slack answered is_archived for ${where}: the channel is archived; unarchive it or point testpipe at another one.`,
    channel_is_archived: `Slack answered channel_is_archived for ${where}: unarchive the channel or point testpipe at another one.`,
    no_service: `Slack answered no_service for ${where}: the webhook was disabled or removed; create a new one.`,
    no_text: `Slack answered no_text for ${where}: the message had no text (a custom template?).`,
    not_in_channel: `Slack answered not_in_channel for ${where}: invite the app to the channel (/invite @app).`,
    invalid_auth: `Slack answered invalid_auth for ${where}: the bot token is wrong or revoked.`,
    not_authed: `Slack answered not_authed for ${where}: no bot token was sent.`,
    token_revoked: `Slack answered token_revoked for ${where}: issue a new bot token.`,
    missing_scope: `Slack answered missing_scope for ${where}: the bot token needs the chat:write scope.`,
    message_not_found: `Slack answered message_not_found for ${where}: the message to update is gone.`,
    cant_update_message: `Slack answered cant_update_message for ${where}: only the app's own messages can be updated.`,
  };
  return known[code] ?? `Slack answered ${code} for ${where}.`;
}
