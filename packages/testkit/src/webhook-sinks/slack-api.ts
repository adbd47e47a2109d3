// A loopback stand-in for the part of Slack's Web API that notify uses: chat.postMessage, chat.update and
// conversations.history. It answers as Slack does: HTTP 200 with `{"ok":false,"error":"…"}` for platform
// errors (invalid_auth, channel_not_found, is_archived, message_not_found, invalid_blocks, no_text), and
// HTTP 429 with Retry-After when rate limited. Point @slack/web-api at `apiUrl` (its slackApiUrl option).
import { startRecordingServer, type RecordedRequest, type ScriptedResponse } from './recording-server.js';

export interface SlackApiChannel {
  id: string;
  name: string;
  archived?: boolean;
}

export interface SlackApiMessage {
  channel: string;
  ts: string;
  text?: string;
  blocks?: unknown[];
  metadata?: { event_type?: string; event_payload?: Record<string, unknown> };
  threadTs?: string;
  /** How many times chat.update changed it. */
  edits: number;
}

export interface SlackApiSink {
  /** For slackApiUrl: `http://127.0.0.1:<port>/api/`. */
  apiUrl: string;
  token: string;
  requests: RecordedRequest[];
  /** Messages in every channel, in the order posted (thread replies included). */
  messages: SlackApiMessage[];
  /** Calls by method name, in order, with the arguments as Slack read them. */
  calls: Array<{ method: string; args: Record<string, unknown> }>;
  rateLimitNext(retryAfterSeconds?: number, times?: number): void;
  /** Answers the next call with `{ok:false,error}` (HTTP 200), as Slack reports a platform error. */
  failNext(error: string): void;
  respondNext(...responses: ScriptedResponse[]): void;
  close(): Promise<void>;
}

export interface SlackApiSinkOptions {
  token?: string;
  channels?: SlackApiChannel[];
}

const MAX_BLOCKS = 50;

function json(body: Record<string, unknown>, status = 200): ScriptedResponse {
  return { status, headers: { 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify(body) };
}

/** Arguments as Slack reads them: a JSON body, or a form whose object-valued fields are JSON text. */
function readArgs(request: RecordedRequest): Record<string, unknown> {
  const type = String(request.headers['content-type'] ?? '');
  if (type.startsWith('application/json')) {
    try {
      return JSON.parse(request.body) as Record<string, unknown>;
    } catch {
      return {};
    }
  }
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(request.body)) {
    args[key] = /^[[{]/.test(value) ? safeJson(value) : value;
  }
  return args;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** Starts the stand-in with one channel `#ci` (C0TESTPIPE) unless told otherwise. */
export async function startSlackApiSink(options: SlackApiSinkOptions = {}): Promise<SlackApiSink> {
  const token = options.token ?? `xoxb-0000-${Math.random().toString(36).slice(2)}`;
  const channels = options.channels ?? [{ id: 'C0TESTPIPE', name: 'ci' }];
  const messages: SlackApiMessage[] = [];
  const calls: SlackApiSink['calls'] = [];
  let clock = 1_700_000_000;

  const findChannel = (value: unknown) =>
    channels.find((c) => value === c.id || value === c.name || value === `#${c.name}`);

  function content(args: Record<string, unknown>): ScriptedResponse | undefined {
    const blocks = args.blocks;
    if (blocks !== undefined && (!Array.isArray(blocks) || blocks.length > MAX_BLOCKS))
      return json({ ok: false, error: 'invalid_blocks' });
    const hasText = typeof args.text === 'string' && args.text.trim() !== '';
    if (!hasText && !(Array.isArray(blocks) && blocks.length > 0)) return json({ ok: false, error: 'no_text' });
    return undefined;
  }

  function handle(request: RecordedRequest): ScriptedResponse {
    const method = request.pathname.replace(/^\/api\//, '');
    const args = readArgs(request);
    calls.push({ method, args });
    if (request.headers.authorization !== `Bearer ${token}`) return json({ ok: false, error: 'invalid_auth' });
    const channel = findChannel(args.channel);
    if (!channel) return json({ ok: false, error: 'channel_not_found' });
    if (method === 'chat.postMessage') {
      if (channel.archived) return json({ ok: false, error: 'is_archived' });
      const invalid = content(args);
      if (invalid) return invalid;
      const threadTs = typeof args.thread_ts === 'string' ? args.thread_ts : undefined;
      if (threadTs && !messages.some((m) => m.channel === channel.id && m.ts === threadTs)) {
        return json({ ok: false, error: 'thread_not_found' });
      }
      const message: SlackApiMessage = {
        channel: channel.id,
        ts: `${clock++}.000100`,
        text: args.text as string | undefined,
        blocks: args.blocks as unknown[] | undefined,
        metadata: args.metadata as SlackApiMessage['metadata'],
        threadTs,
        edits: 0,
      };
      messages.push(message);
      return json({ ok: true, channel: channel.id, ts: message.ts, message: { text: message.text, ts: message.ts } });
    }
    if (method === 'chat.update') {
      const message = messages.find((m) => m.channel === channel.id && m.ts === args.ts);
      if (!message) return json({ ok: false, error: 'message_not_found' });
      const invalid = content(args);
      if (invalid) return invalid;
      message.text = args.text as string | undefined;
      message.blocks = args.blocks as unknown[] | undefined;
      if (args.metadata) message.metadata = args.metadata as SlackApiMessage['metadata'];
      message.edits += 1;
      return json({ ok: true, channel: channel.id, ts: message.ts, text: message.text });
    }
    if (method === 'conversations.history') {
      const withMetadata = args.include_all_metadata === true || args.include_all_metadata === 'true';
      const top = messages
        .filter((m) => m.channel === channel.id && m.threadTs === undefined)
        .reverse()
        .slice(0, Number(args.limit ?? 100))
        .map((m) => ({
          type: 'message',
          ts: m.ts,
          text: m.text,
          ...(withMetadata && m.metadata ? { metadata: m.metadata } : {}),
        }));
      return json({ ok: true, messages: top, has_more: false });
    }
    return json({ ok: false, error: 'unknown_method' }, 404);
  }

  const server = await startRecordingServer(handle);
  return {
    apiUrl: `${server.baseUrl}/api/`,
    token,
    requests: server.requests,
    messages,
    calls,
    rateLimitNext: (retryAfterSeconds = 1, times = 1) =>
      server.respondNext(
        ...Array.from({ length: times }, () => ({
          ...json({ ok: false, error: 'ratelimited' }, 429),
          retryAfterSeconds,
        })),
      ),
    failNext: (error) => server.respondNext(json({ ok: false, error })),
    respondNext: server.respondNext,
    close: server.close,
  };
}
