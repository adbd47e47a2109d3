// A loopback stand-in of GitLab's REST v4 notes API for one project and one merge request: PRIVATE-TOKEN
// auth with scopes, GET /user, merge-request notes (list with offset pagination headers, create, update
// by the author only, delete), system notes in the list, scripted faults, every request recorded.
import {
  isObject,
  parseJson,
  startRecordingServer,
  type RecordedRequest,
  type ScriptedResponse,
} from '../webhook-sinks/recording-server.js';

export type GitLabTokenScope = 'api' | 'read_api' | 'read_user';

export interface GitLabUser {
  id: number;
  username: string;
  token: string;
  /** Default ['api']. */
  scopes?: GitLabTokenScope[];
}

export interface GitLabNote {
  id: number;
  type: null;
  body: string;
  attachment: null;
  author: { id: number; username: string; name: string; state: 'active'; avatar_url: null; web_url: string };
  created_at: string;
  updated_at: string;
  system: boolean;
  noteable_id: number;
  noteable_type: 'MergeRequest';
  noteable_iid: number;
  project_id: number;
  resolvable: false;
  confidential: false;
  internal: false;
}

export interface GitLabApiServerOptions {
  projectId?: number;
  /** The project's path, accepted URL-encoded in place of its id. */
  projectPath?: string;
  mergeRequestIid?: number;
  /** Default: `project_bot` (id 501) with token `glpat-testpipe-bot` and the api scope. */
  users?: GitLabUser[];
  /** System notes the merge request starts with ("added 1 commit"); default 2. */
  systemNotes?: number;
}

export type GitLabFault = { status: 500 | 502 | 503 } | { status: 429; retryAfterSeconds: number };

export interface GitLabApiServer {
  /** `http://127.0.0.1:<port>/api/v4`: what CI_API_V4_URL holds. */
  apiUrl: string;
  /** `http://127.0.0.1:<port>/<project path>`: what CI_PROJECT_URL holds. */
  projectUrl: string;
  projectId: number;
  projectPath: string;
  mergeRequestIid: number;
  /** Every request received, in order, faults included. */
  requests: RecordedRequest[];
  /** The merge request's notes, oldest first, system notes included (live: edit at will). */
  notes: GitLabNote[];
  /** Adds a note as `authorId` would have written it. */
  addNote(note: { authorId: number; body: string; system?: boolean }): GitLabNote;
  /** Answers the next `count` requests with this fault before normal handling resumes. */
  failNext(count: number, fault: GitLabFault): void;
  /** Requests answered 400 for a malformed body or query, with why. */
  invalidRequests: { request: RecordedRequest; reason: string }[];
  assertNoInvalidRequests(): void;
  close(): Promise<void>;
}

const DEFAULT_USERS: GitLabUser[] = [{ id: 501, username: 'project_42_bot', token: 'glpat-testpipe-bot' }];
const MAX_PER_PAGE = 100;
const DEFAULT_PER_PAGE = 20;
const NOTE_LIMIT = 1_000_000;
const MR_AUTHOR = { id: 7, username: 'alice' };
const FAULT_WORDS = { 500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable' } as const;

function json(status: number, body: unknown, headers: Record<string, string> = {}): ScriptedResponse {
  return { status, body: JSON.stringify(body), headers: { 'content-type': 'application/json', ...headers } };
}

const UNAUTHORIZED = json(401, { message: '401 Unauthorized' });
const INSUFFICIENT_SCOPE = json(
  403,
  {
    error: 'insufficient_scope',
    error_description: 'The request requires higher privileges than provided by the access token.',
    scope: 'api',
  },
  {
    'www-authenticate':
      'Bearer realm="Protected by OAuth 2.0", error="insufficient_scope", error_description="The request requires higher privileges than provided by the access token.", scope="api"',
  },
);

export async function startGitLabApiServer(options: GitLabApiServerOptions = {}): Promise<GitLabApiServer> {
  const projectId = options.projectId ?? 42;
  const projectPath = options.projectPath ?? 'acme/widgets';
  const mergeRequestIid = options.mergeRequestIid ?? 12;
  const mergeRequestId = 9000 + mergeRequestIid;
  const users = options.users ?? DEFAULT_USERS;
  const notes: GitLabNote[] = [];
  const invalidRequests: GitLabApiServer['invalidRequests'] = [];
  const faults: ScriptedResponse[] = [];
  let nextId = 1000;
  let tick = 0;
  const timestamp = () => new Date(Date.UTC(2026, 0, 5, 9, 0, 0) + tick++ * 1000).toISOString();
  let origin = '';

  const userOf = (id: number) =>
    users.find((u) => u.id === id) ?? (id === MR_AUTHOR.id ? MR_AUTHOR : { id, username: `user${id}` });

  function addNote(note: { authorId: number; body: string; system?: boolean }): GitLabNote {
    const author = userOf(note.authorId);
    const at = timestamp();
    const created: GitLabNote = {
      id: nextId++,
      type: null,
      body: note.body,
      attachment: null,
      author: {
        id: author.id,
        username: author.username,
        name: author.username,
        state: 'active',
        avatar_url: null,
        web_url: `${origin}/${author.username}`,
      },
      created_at: at,
      updated_at: at,
      system: note.system ?? false,
      noteable_id: mergeRequestId,
      noteable_type: 'MergeRequest',
      noteable_iid: mergeRequestIid,
      project_id: projectId,
      resolvable: false,
      confidential: false,
      internal: false,
    };
    notes.push(created);
    return created;
  }

  function invalid(request: RecordedRequest, reason: string, reply: ScriptedResponse): ScriptedResponse {
    invalidRequests.push({ request, reason });
    return reply;
  }

  /** The note body of a create or update, or the 400 GitLab gives. */
  function noteBody(request: RecordedRequest): string | ScriptedResponse {
    const type = String(request.headers['content-type'] ?? '');
    if (!type.startsWith('application/json')) {
      return invalid(request, `content-type ${type || '(none)'}`, json(400, { error: 'body is missing' }));
    }
    const parsed = parseJson(request.body);
    if (!isObject(parsed) || typeof parsed.body !== 'string') {
      return invalid(request, 'no string "body"', json(400, { error: 'body is missing' }));
    }
    if (parsed.body.trim() === '') {
      return invalid(request, 'empty body', json(400, { message: '400 Bad request - body is missing' }));
    }
    if (parsed.body.length > NOTE_LIMIT) {
      return invalid(
        request,
        'body too long',
        json(400, { message: { note: [`is too long (maximum is ${NOTE_LIMIT} characters)`] } }),
      );
    }
    return parsed.body;
  }

  function listNotes(request: RecordedRequest): ScriptedResponse {
    const query = new URL(request.url, 'http://127.0.0.1').searchParams;
    const sort = query.get('sort') ?? 'desc';
    if (sort !== 'asc' && sort !== 'desc') {
      return invalid(request, `sort=${sort}`, json(400, { error: 'sort does not have a valid value' }));
    }
    const perPage = Math.min(
      Math.max(Number(query.get('per_page') ?? DEFAULT_PER_PAGE) || DEFAULT_PER_PAGE, 1),
      MAX_PER_PAGE,
    );
    const page = Math.max(Number(query.get('page') ?? 1) || 1, 1);
    const ordered = sort === 'asc' ? [...notes] : [...notes].reverse();
    const totalPages = Math.max(Math.ceil(ordered.length / perPage), 1);
    const slice = ordered.slice((page - 1) * perPage, page * perPage);
    return json(200, slice, {
      'x-page': String(page),
      'x-per-page': String(perPage),
      'x-next-page': page < totalPages ? String(page + 1) : '',
      'x-prev-page': page > 1 ? String(page - 1) : '',
      'x-total': String(ordered.length),
      'x-total-pages': String(totalPages),
    });
  }

  function handle(request: RecordedRequest): ScriptedResponse {
    const fault = faults.shift();
    if (fault) return fault;
    const token = request.headers['private-token'];
    const user = users.find((u) => u.token === token);
    if (typeof token !== 'string' || !user) return UNAUTHORIZED;
    const scopes = user.scopes ?? ['api'];
    const segments = request.pathname.split('/').map((s) => decodeURIComponent(s));
    if (segments[1] !== 'api' || segments[2] !== 'v4') return json(404, { error: '404 Not Found' });
    const route = segments.slice(3);
    if (route.length === 1 && route[0] === 'user' && request.method === 'GET') {
      return json(200, { id: user.id, username: user.username, name: user.username, state: 'active', bot: true });
    }
    const reading = request.method === 'GET';
    if (!scopes.includes('api') && !(reading && scopes.includes('read_api'))) return INSUFFICIENT_SCOPE;
    if (route[0] !== 'projects' || route[2] !== 'merge_requests' || route[4] !== 'notes' || route.length > 6) {
      return json(404, { error: '404 Not Found' });
    }
    if (route[1] !== String(projectId) && route[1] !== projectPath)
      return json(404, { message: '404 Project Not Found' });
    if (route[3] !== String(mergeRequestIid)) return json(404, { message: '404 Not found' });
    if (route.length === 5) {
      if (request.method === 'GET') return listNotes(request);
      if (request.method === 'POST') {
        const body = noteBody(request);
        return typeof body === 'string' ? json(201, addNote({ authorId: user.id, body })) : body;
      }
      return json(405, { message: '405 Method Not Allowed' });
    }
    const note = notes.find((n) => String(n.id) === route[5]);
    if (!note) return json(404, { message: '404 Not found' });
    if (request.method === 'GET') return json(200, note);
    if (request.method !== 'PUT' && request.method !== 'DELETE')
      return json(405, { message: '405 Method Not Allowed' });
    if (note.author.id !== user.id || note.system) return json(403, { message: '403 Forbidden' });
    if (request.method === 'DELETE') {
      notes.splice(notes.indexOf(note), 1);
      return { status: 204 };
    }
    const body = noteBody(request);
    if (typeof body !== 'string') return body;
    note.body = body;
    note.updated_at = timestamp();
    return json(200, note);
  }

  const server = await startRecordingServer(handle);
  origin = server.baseUrl;
  for (let i = 0; i < (options.systemNotes ?? 2); i++) {
    addNote({ authorId: MR_AUTHOR.id, body: `added ${i + 1} commit${i ? 's' : ''}`, system: true });
  }
  return {
    apiUrl: `${server.baseUrl}/api/v4`,
    projectUrl: `${server.baseUrl}/${projectPath}`,
    projectId,
    projectPath,
    mergeRequestIid,
    requests: server.requests,
    notes,
    addNote,
    failNext(count, fault) {
      for (let i = 0; i < count; i++) {
        faults.push(
          fault.status === 429
            ? { status: 429, body: 'Retry later\n', retryAfterSeconds: fault.retryAfterSeconds }
            : json(fault.status, { message: `${fault.status} ${FAULT_WORDS[fault.status]}` }),
        );
      }
    },
    invalidRequests,
    assertNoInvalidRequests() {
      if (invalidRequests.length > 0) {
        const lines = invalidRequests.map(({ request, reason }) => `${request.method} ${request.url}: ${reason}`);
        throw new Error(`The GitLab stand-in received invalid requests:\n${lines.join('\n')}`);
      }
    },
    close: () => server.close(),
  };
}
