import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  /** Path and query string, as sent. */
  url: string;
  pathname: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface ScriptedResponse {
  status: number;
  body?: string;
  headers?: Record<string, string>;
  /** Sent as the `Retry-After` header (seconds). */
  retryAfterSeconds?: number;
}

export interface RecordingServer {
  /** `http://127.0.0.1:<port>` */
  baseUrl: string;
  /** Every request received, in order, including those answered with a scripted fault. */
  requests: RecordedRequest[];
  /** Answers the next requests with these responses, one each, before normal handling resumes. */
  respondNext(...responses: ScriptedResponse[]): void;
  close(): Promise<void>;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.once('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.once('error', reject);
  });
}

function send(response: ServerResponse, reply: ScriptedResponse): void {
  const headers: Record<string, string> = { 'content-type': 'text/plain; charset=utf-8', ...reply.headers };
  if (reply.retryAfterSeconds !== undefined) headers['retry-after'] = String(reply.retryAfterSeconds);
  response.writeHead(reply.status, headers);
  response.end(reply.body ?? '');
}

/** Loopback HTTP server that records each request and answers it with `handle`, or a scripted response first. */
export async function startRecordingServer(
  handle: (request: RecordedRequest) => ScriptedResponse,
): Promise<RecordingServer> {
  const requests: RecordedRequest[] = [];
  const scripted: ScriptedResponse[] = [];
  const server = createServer((request, response) => {
    readBody(request).then(
      (body) => {
        const url = request.url ?? '/';
        const recorded: RecordedRequest = {
          method: request.method ?? 'GET',
          url,
          pathname: new URL(url, 'http://127.0.0.1').pathname,
          headers: request.headers,
          body,
        };
        requests.push(recorded);
        send(response, scripted.shift() ?? handle(recorded));
      },
      () => response.destroy(),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  let closed: Promise<void> | undefined;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    respondNext: (...responses) => scripted.push(...responses),
    close: () =>
      (closed ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      })),
  };
}

/** Parses a JSON body, or returns undefined when it is not JSON. */
export function parseJson(body: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return undefined;
  }
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
