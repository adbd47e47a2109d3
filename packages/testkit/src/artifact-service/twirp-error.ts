import type { ServerResponse } from 'node:http';

/** The twirp error codes this stand-in answers with, and the HTTP status twirp maps each to. */
const STATUS_BY_CODE = {
  invalid_argument: 400,
  malformed: 400,
  unauthenticated: 401,
  permission_denied: 403,
  not_found: 404,
  bad_route: 404,
  already_exists: 409,
  failed_precondition: 412,
  internal: 500,
} as const;

export type TwirpErrorCode = keyof typeof STATUS_BY_CODE;

/** A twirp error; the server writes it as `{"code": ..., "msg": ...}` with the code's HTTP status. */
export class TwirpError extends Error {
  constructor(
    readonly code: TwirpErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'TwirpError';
  }

  get status(): number {
    return STATUS_BY_CODE[this.code];
  }
}

export function sendTwirpJson(response: ServerResponse, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  response.end(text);
}

export function sendTwirpError(response: ServerResponse, error: TwirpError): void {
  const text = JSON.stringify({ code: error.code, msg: error.message });
  response.writeHead(error.status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  response.end(text);
}
