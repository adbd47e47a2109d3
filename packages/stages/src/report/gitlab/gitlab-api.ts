// A small GitLab REST v4 client on the global fetch: PRIVATE-TOKEN auth, one bounded retry on 5xx/429,
// errors that say which variable and scope to fix, the token redacted from everything it reports.
import { Secrets, systemClock, type Clock, type Logger } from '@testpipe/core';

/** The longest Retry-After we wait for; a longer one fails the request with that wait named. */
export const MAX_RETRY_WAIT_MS = 15_000;
/** The wait before retrying a 5xx or a network error that named no Retry-After. */
export const DEFAULT_RETRY_WAIT_MS = 1_000;
const REQUEST_TIMEOUT_MS = 30_000;
const MAX_QUOTED_CHARS = 200;

export interface GitLabApiOptions {
  /** The REST base, e.g. `https://gitlab.com/api/v4` (CI_API_V4_URL). */
  apiUrl: string;
  token: string;
  /** The environment variable the token came from, named in error messages. */
  tokenVariable: string;
  log: Pick<Logger, 'debug'>;
  /** What the retry waits on; the system clock by default. */
  clock?: Clock;
}

/** A GitLab answer that is not a success; `httpStatus` (not `status`) so GitHub's error rules never apply. */
export class GitLabApiError extends Error {
  constructor(
    message: string,
    readonly httpStatus: number | undefined,
  ) {
    super(message);
    this.name = 'GitLabApiError';
  }
}

export interface GitLabRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Path under the API base, with query string; ids already URL-encoded. */
  path: string;
  /** The route without ids, for the call count and messages: `GET /projects/:id/merge_requests/:iid/notes`. */
  route: string;
  /** What the path names, for a 404: `merge request !12 of project 42`. */
  subject: string;
  body?: unknown;
}

export interface GitLabResponse<T> {
  data: T;
  headers: Headers;
}

export interface GitLabApi {
  request<T>(request: GitLabRequest): Promise<GitLabResponse<T>>;
  /** One line: how many requests were sent, by route (retries included). */
  describeCalls(): string;
}

/** GitLab's error text: `message` (a string or field errors) or `error` + `error_description`. */
function gitlabMessage(text: string): string {
  let detail = text.trim();
  try {
    const parsed = JSON.parse(text) as { message?: unknown; error?: unknown; error_description?: unknown };
    if (parsed.message !== undefined) {
      detail = typeof parsed.message === 'string' ? parsed.message : JSON.stringify(parsed.message);
    } else if (typeof parsed.error === 'string') {
      detail =
        typeof parsed.error_description === 'string' ? `${parsed.error}: ${parsed.error_description}` : parsed.error;
    }
  } catch {
    // Not JSON (a proxy's page, rack-attack's "Retry later"): quoted as it is.
  }
  const line = detail.replace(/\s+/g, ' ');
  return line.length > MAX_QUOTED_CHARS ? `${line.slice(0, MAX_QUOTED_CHARS)}…` : line;
}

/** Retry-After in milliseconds (seconds or an HTTP date), or undefined when absent or unreadable. */
function retryAfterMs(headers: Headers, now: number): number | undefined {
  const value = headers.get('retry-after')?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function isRetryable(status: number): boolean {
  return status === 429 || status >= 500;
}

export function createGitLabApi(options: GitLabApiOptions): GitLabApi {
  const clock = options.clock ?? systemClock;
  const base = options.apiUrl.replace(/\/+$/, '');
  const secrets = new Secrets();
  secrets.add(options.token);
  const calls = new Map<string, number>();
  const variable = options.tokenVariable;

  function failure(request: GitLabRequest, status: number, text: string): GitLabApiError {
    const quoted = gitlabMessage(text);
    const what = `${request.method} ${request.route}`;
    let message: string;
    if (status === 401) {
      message =
        `GitLab rejected the token in ${variable} (401: ${quoted}): it is unknown, expired or revoked. ` +
        `Set ${variable} to a project access token with the api scope, as a masked CI/CD variable.`;
    } else if (status === 403) {
      const scope = /insufficient_scope/.test(text) ? 'lacks a scope it needs' : 'may not do this';
      message =
        `GitLab refused ${what} for ${request.subject} (403: ${quoted}): the token in ${variable} ${scope}. ` +
        `It needs the api scope (read_api cannot write notes) and a role that may comment on merge requests of the project.`;
    } else if (status === 404) {
      message =
        `GitLab found no ${request.subject} (404: ${quoted}): check CI_PROJECT_ID and CI_MERGE_REQUEST_IID, ` +
        `and that the token in ${variable} can see the project.`;
    } else {
      message = `GitLab answered ${status} to ${what} for ${request.subject}: ${quoted}`;
    }
    return new GitLabApiError(secrets.redact(message), status);
  }

  async function send(request: GitLabRequest): Promise<Response> {
    calls.set(`${request.method} ${request.route}`, (calls.get(`${request.method} ${request.route}`) ?? 0) + 1);
    const headers: Record<string, string> = {
      'PRIVATE-TOKEN': options.token,
      accept: 'application/json',
      'user-agent': 'testpipe',
    };
    if (request.body !== undefined) headers['content-type'] = 'application/json';
    return fetch(`${base}${request.path}`, {
      method: request.method,
      headers,
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
  }

  async function request<T>(request: GitLabRequest): Promise<GitLabResponse<T>> {
    for (let attempt = 1; ; attempt++) {
      let response: Response;
      try {
        response = await send(request);
      } catch (error) {
        const reason = secrets.redact((error as Error).message);
        if (attempt === 1) {
          options.log.debug(`GitLab: ${request.method} ${request.route} failed (${reason}); retrying once.`);
          await clock.sleep(DEFAULT_RETRY_WAIT_MS);
          continue;
        }
        throw new GitLabApiError(
          `Could not reach GitLab at ${base} (${request.method} ${request.route}): ${reason}`,
          undefined,
        );
      }
      const text = await response.text();
      if (response.ok) {
        return { data: (text === '' ? undefined : JSON.parse(text)) as T, headers: response.headers };
      }
      if (attempt === 1 && isRetryable(response.status)) {
        const asked = retryAfterMs(response.headers, clock.now());
        if (asked === undefined || asked <= MAX_RETRY_WAIT_MS) {
          const wait = asked ?? DEFAULT_RETRY_WAIT_MS;
          options.log.debug(
            `GitLab answered ${response.status} to ${request.method} ${request.route}; retrying once in ${wait} ms.`,
          );
          await clock.sleep(wait);
          continue;
        }
        throw new GitLabApiError(
          `GitLab asked to wait ${Math.ceil(asked / 1000)} s before ${request.method} ${request.route} (${response.status}); ` +
            `testpipe waits at most ${MAX_RETRY_WAIT_MS / 1000} s, so it gave up.`,
          response.status,
        );
      }
      throw failure(request, response.status, text);
    }
  }

  return {
    request,
    describeCalls() {
      const total = [...calls.values()].reduce((sum, n) => sum + n, 0);
      const byRoute = [...calls].map(([route, n]) => `${route} ×${n}`).join(', ');
      return `GitLab API calls: ${total}${byRoute ? ` (${byRoute})` : ''}`;
    },
  };
}
