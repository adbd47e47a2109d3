import { randomBytes, randomUUID } from 'node:crypto';
import {
  isObject,
  parseJson,
  startRecordingServer,
  type RecordedRequest,
  type ScriptedResponse,
} from './recording-server.js';

export type TeamsEndpointKind = 'workflow' | 'connector';

export interface TeamsMessage {
  endpoint: TeamsEndpointKind;
  payload: Record<string, unknown>;
}

export interface TeamsWebhookSink {
  /** A Workflows (Power Automate) "when a Teams webhook request is received" trigger URL; answers 202. */
  workflowUrl: string;
  /** A legacy Office 365 connector incoming-webhook URL; answers 200 `1`. */
  connectorUrl: string;
  baseUrl: string;
  requests: RecordedRequest[];
  /** Payloads accepted, with the endpoint that took them. */
  messages: TeamsMessage[];
  /** Answers the next `times` requests with 429, `Retry-After` and a throttling error body. */
  rateLimitNext(retryAfterSeconds?: number, times?: number): void;
  respondNext(...responses: ScriptedResponse[]): void;
  close(): Promise<void>;
}

const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

function workflowError(status: number, code: string, message: string): ScriptedResponse {
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: JSON.stringify({ error: { code, message } }),
  };
}

function hasAdaptiveCards(payload: Record<string, unknown>): boolean {
  const { attachments } = payload;
  return (
    Array.isArray(attachments) &&
    attachments.length > 0 &&
    attachments.every(
      (attachment) => isObject(attachment) && attachment.contentType === ADAPTIVE_CARD && isObject(attachment.content),
    )
  );
}

// Stricter than the real trigger, which answers 202 and fails inside the flow when the cards are missing:
// a test learns at once what a channel would silently never show.
function answerAsWorkflow(request: RecordedRequest, signature: string, messages: TeamsMessage[]): ScriptedResponse {
  const query = new URL(request.url, 'http://127.0.0.1').searchParams;
  if (query.get('sig') !== signature) {
    return workflowError(
      401,
      'DirectApiInvalidAuthorizationSignature',
      'The provided authorization signature is invalid.',
    );
  }
  if (request.method !== 'POST') return workflowError(405, 'MethodNotAllowed', 'Only POST is allowed.');
  const payload = parseJson(request.body);
  if (!isObject(payload)) {
    return workflowError(
      400,
      'InvalidRequestContent',
      'The request content is not valid and could not be deserialized.',
    );
  }
  if (!hasAdaptiveCards(payload)) {
    return workflowError(
      400,
      'TriggerInputSchemaMismatch',
      `The payload needs "attachments": [{ "contentType": "${ADAPTIVE_CARD}", "content": { …Adaptive Card… } }].`,
    );
  }
  messages.push({ endpoint: 'workflow', payload });
  return { status: 202 };
}

function answerAsConnector(request: RecordedRequest, messages: TeamsMessage[]): ScriptedResponse {
  if (request.method !== 'POST') return { status: 405, body: 'Method not allowed' };
  const payload = parseJson(request.body);
  if (!isObject(payload)) return { status: 400, body: 'Bad payload received by generic incoming webhook.' };
  const hasText = [payload.text, payload.summary].some((field) => typeof field === 'string' && field.trim() !== '');
  if (!hasText && !hasAdaptiveCards(payload)) return { status: 400, body: 'Summary or Text is required.' };
  messages.push({ endpoint: 'connector', payload });
  return { status: 200, body: '1' };
}

/** Starts a loopback stand-in for a Teams channel's incoming webhooks (Workflows and legacy connector). */
export async function startTeamsWebhookSink(): Promise<TeamsWebhookSink> {
  const workflowId = randomBytes(16).toString('hex');
  const signature = randomBytes(24).toString('base64url');
  const workflowPath = `/workflows/${workflowId}/triggers/manual/paths/invoke`;
  const connectorPath = `/webhookb2/${randomUUID()}@${randomUUID()}/IncomingWebhook/${randomBytes(16).toString('hex')}/${randomUUID()}`;
  const messages: TeamsMessage[] = [];
  const server = await startRecordingServer((request) => {
    if (request.pathname === workflowPath) return answerAsWorkflow(request, signature, messages);
    if (request.pathname === connectorPath) return answerAsConnector(request, messages);
    return { status: 404, body: 'Not Found' };
  });
  const workflowQuery = new URLSearchParams({
    'api-version': '2016-06-01',
    sp: '/triggers/manual/run',
    sv: '1.0',
    sig: signature,
  });
  return {
    workflowUrl: `${server.baseUrl}${workflowPath}?${workflowQuery}`,
    connectorUrl: `${server.baseUrl}${connectorPath}`,
    baseUrl: server.baseUrl,
    requests: server.requests,
    messages,
    rateLimitNext: (retryAfterSeconds = 1, times = 1) =>
      server.respondNext(
        ...Array.from({ length: times }, () => ({
          ...workflowError(429, 'WorkflowRequestsThrottled', 'Number of requests exceeded the limit; retry later.'),
          retryAfterSeconds,
        })),
      ),
    respondNext: server.respondNext,
    close: server.close,
  };
}
