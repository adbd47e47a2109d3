import { randomBytes } from 'node:crypto';
import {
  isObject,
  parseJson,
  startRecordingServer,
  type RecordedRequest,
  type ScriptedResponse,
} from './recording-server.js';

export interface SlackWebhookSink {
  /** The incoming-webhook URL to configure, shaped like `https://hooks.slack.com/services/T…/B…/…`. */
  url: string;
  baseUrl: string;
  requests: RecordedRequest[];
  /** Payloads Slack would have posted (answered 200 `ok`). */
  messages: Record<string, unknown>[];
  /** Answers the next `times` requests with 429 and `Retry-After`. */
  rateLimitNext(retryAfterSeconds?: number, times?: number): void;
  /** Answers the next request with one of Slack's webhook errors, with the HTTP status Slack uses for it. */
  failNext(code: SlackWebhookError): void;
  respondNext(...responses: ScriptedResponse[]): void;
  close(): Promise<void>;
}

const MAX_BLOCKS = 50;

/** Errors an incoming webhook answers once the channel or the app changed (Slack's "Handling errors" list). */
export const SLACK_WEBHOOK_ERRORS = {
  invalid_payload: 400,
  user_not_found: 400,
  action_prohibited: 403,
  channel_not_found: 404,
  no_service: 404,
  channel_is_archived: 410,
  no_service_id: 400,
  no_team: 400,
  team_disabled: 403,
  invalid_token: 403,
} as const;
export type SlackWebhookError = keyof typeof SLACK_WEBHOOK_ERRORS;

function slackError(status: number, code: string): ScriptedResponse {
  return { status, body: code };
}

/** Reads the payload as Slack does: a JSON body, or a form field `payload` holding JSON. */
function readSlackPayload(request: RecordedRequest): unknown {
  const contentType = String(request.headers['content-type'] ?? '');
  if (contentType.startsWith('application/x-www-form-urlencoded')) {
    const payload = new URLSearchParams(request.body).get('payload');
    return payload === null ? undefined : parseJson(payload);
  }
  return parseJson(request.body);
}

function nonEmptyArray(value: unknown): value is unknown[] {
  return Array.isArray(value) && value.length > 0;
}

/** Mirrors the answers of Slack's incoming webhooks (bodies are error codes in plain text). */
function answerLikeSlack(request: RecordedRequest, webhookPath: string, messages: Record<string, unknown>[]) {
  if (request.pathname !== webhookPath) return slackError(404, 'no_service');
  if (request.method !== 'POST') return slackError(405, 'invalid_method');
  const payload = readSlackPayload(request);
  if (!isObject(payload)) return slackError(400, 'invalid_payload');
  const { text, blocks, attachments } = payload;
  if (blocks !== undefined) {
    const valid =
      Array.isArray(blocks) &&
      blocks.length <= MAX_BLOCKS &&
      blocks.every((block) => isObject(block) && typeof block.type === 'string');
    if (!valid) return slackError(400, 'invalid_blocks');
  }
  const hasText = typeof text === 'string' && text.trim() !== '';
  if (!hasText && !nonEmptyArray(blocks) && !nonEmptyArray(attachments)) return slackError(400, 'no_text');
  messages.push(payload);
  return { status: 200, body: 'ok' };
}

/** Starts a loopback stand-in for one Slack incoming webhook. */
export async function startSlackWebhookSink(): Promise<SlackWebhookSink> {
  const webhookPath = `/services/T0TESTPIPE/B0TESTPIPE/${randomBytes(12).toString('hex')}`;
  const messages: Record<string, unknown>[] = [];
  const server = await startRecordingServer((request) => answerLikeSlack(request, webhookPath, messages));
  return {
    url: `${server.baseUrl}${webhookPath}`,
    baseUrl: server.baseUrl,
    requests: server.requests,
    messages,
    rateLimitNext: (retryAfterSeconds = 1, times = 1) =>
      server.respondNext(
        ...Array.from({ length: times }, () => ({ status: 429, body: 'rate_limited', retryAfterSeconds })),
      ),
    failNext: (code) => server.respondNext(slackError(SLACK_WEBHOOK_ERRORS[code], code)),
    respondNext: server.respondNext,
    close: server.close,
  };
}
