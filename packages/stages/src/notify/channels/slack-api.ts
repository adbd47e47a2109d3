// Slack through the Web API with a bot token (@slack/web-api, loaded only when this channel is used):
// chat.postMessage, or chat.update of the same message when the workflow is re-run, and a thread reply
// listing the failures. The message is found again by its metadata (event `testpipe_run`, the run id and
// repository), read with conversations.history, or by an explicit ts (input slack-ts).
import { retryWithBackoff } from '@testpipe/core';
import { NOTIFY_RETRY } from '../defaults.js';
import { NotificationError, describeSlackError } from '../errors.js';
import type { NotifyMessage } from '../message-model.js';
import { renderSlackFailureThread, renderSlackMessage } from '../slack-blocks.js';
import type { SlackApiSettings } from '../types.js';
import type { ChannelDelivery, ChannelEnv } from './channel-env.js';
import { slackWebhookPayload } from './slack-webhook.js';

export const SLACK_METADATA_EVENT = 'testpipe_run';

interface SlackCallError {
  code?: string;
  retryAfter?: number;
  statusCode?: number;
  data?: { error?: string };
  message?: string;
}

interface ApiResult {
  ok?: boolean;
  ts?: string;
  channel?: string;
  messages?: Array<{ ts?: string; metadata?: { event_type?: string; event_payload?: Record<string, unknown> } }>;
}

function isRetryable(error: unknown): boolean {
  const { code, statusCode } = (error ?? {}) as SlackCallError;
  if (code === 'slack_webapi_rate_limited_error' || code === 'slack_webapi_request_error') return true;
  return code === 'slack_webapi_http_error' && (statusCode ?? 0) >= 500;
}

function describe(error: unknown, where: string): Error {
  const e = (error ?? {}) as SlackCallError;
  if (e.code === 'slack_webapi_platform_error' && e.data?.error) {
    return new NotificationError('slack-api', describeSlackError(e.data.error, where), { cause: error });
  }
  if (e.code === 'slack_webapi_http_error') {
    return new NotificationError('slack-api', `The Slack Web API answered HTTP ${e.statusCode} for ${where}.`, {
      cause: error,
    });
  }
  return error instanceof Error ? error : new Error(String(error));
}

/** A quiet logger for the client: our own log says what happened, redacted. */
const silentLogger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  setLevel: () => undefined,
  getLevel: () => 'error' as never,
  setName: () => undefined,
};

export async function sendSlackApi(
  settings: SlackApiSettings,
  message: NotifyMessage,
  env: ChannelEnv,
  run: { runId?: number; repository?: string; runAttempt?: number },
): Promise<ChannelDelivery> {
  const { WebClient } = await import('@slack/web-api');
  const client = new WebClient(settings.token, {
    slackApiUrl: settings.apiUrl,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: 30_000,
    logger: silentLogger,
  });
  const where = `Slack channel ${settings.channel}`;
  const call = async (method: string, args: Record<string, unknown>): Promise<ApiResult> => {
    try {
      return (await retryWithBackoff(() => client.apiCall(method, args), {
        ...NOTIFY_RETRY,
        clock: env.clock,
        random: env.random,
        signal: env.signal,
        isRetryable,
        retryAfter: (error) => (error as SlackCallError).retryAfter,
        onAttempt: ({ attempt, error, delayMs }) =>
          env.logger.info(
            `slack-api: ${method} ${env.secrets.redact((error as Error).message)} on attempt ${attempt}; retrying in ${Math.ceil(delayMs / 1000)} s.`,
          ),
      })) as ApiResult;
    } catch (error) {
      throw describe(error, where);
    }
  };

  const payload = settings.template
    ? await slackWebhookPayload({ template: settings.template }, message)
    : { ...renderSlackMessage(message) };
  const content = JSON.parse(env.secrets.redact(JSON.stringify(payload))) as Record<string, unknown>;
  const metadata = {
    event_type: SLACK_METADATA_EVENT,
    event_payload: { run_id: String(run.runId ?? ''), repository: run.repository ?? '', verdict: message.verdict },
  };

  let ts = settings.updateTs ?? (await findRunMessage(call, settings.channel, run, env));
  let channelId = settings.channel;
  let updated = false;
  if (ts) {
    const answer = await call('chat.update', { channel: settings.channel, ts, ...content, metadata });
    channelId = answer.channel ?? channelId;
    updated = true;
  } else {
    const answer = await call('chat.postMessage', {
      channel: settings.channel,
      ...content,
      metadata,
      unfurl_links: false,
    });
    ts = answer.ts;
    channelId = answer.channel ?? channelId;
  }
  const thread = settings.threadFailures ? renderSlackFailureThread(message) : undefined;
  if (thread && ts) {
    const reply = JSON.parse(env.secrets.redact(JSON.stringify(thread))) as Record<string, unknown>;
    await call('chat.postMessage', { channel: channelId, thread_ts: ts, ...reply, unfurl_links: false });
  }
  return { ts, channelId, updated };
}

/**
 * On a re-run (attempt > 1), the message an earlier attempt of this run posted: the newest of the last 100
 * in the channel whose metadata names this run. Needs a channel id and the channels:history scope; without
 * them a new message is posted (and the log says why).
 */
async function findRunMessage(
  call: (method: string, args: Record<string, unknown>) => Promise<ApiResult>,
  channel: string,
  run: { runId?: number; repository?: string; runAttempt?: number },
  env: ChannelEnv,
): Promise<string | undefined> {
  if (!run.runId || (run.runAttempt ?? 1) <= 1) return undefined;
  try {
    const history = await call('conversations.history', { channel, limit: 100, include_all_metadata: true });
    const found = history.messages?.find(
      (m) =>
        m.metadata?.event_type === SLACK_METADATA_EVENT &&
        m.metadata.event_payload?.run_id === String(run.runId) &&
        m.metadata.event_payload?.repository === (run.repository ?? ''),
    );
    return found?.ts;
  } catch (error) {
    env.logger.info(
      `slack-api: could not look for this run's earlier message (${(error as Error).message}); posting a new one.`,
    );
    return undefined;
  }
}
