import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FaultPlan, faultResponse, type Fault, type FaultRatio, type RouteKey } from './faults.js';
import { GitHubHttpError, type ServedRoute } from './handler-kit.js';
import { loadGitHubOpenApiSubset } from './openapi-subset.js';
import { validatorFor } from './request-validator.js';
import { RouteMatcher } from './route-matcher.js';
import { actionsRoutes } from './routes-actions.js';
import { checkRunRoutes } from './routes-check-runs.js';
import { issueCommentRoutes } from './routes-issue-comments.js';
import { repositoryRoutes } from './routes-repos.js';
import {
  GitHubStateSeeder,
  type AddArtifactInput,
  type AddPullRequestInput,
  type AddWorkflowRunInput,
} from './state-seeder.js';
import {
  GitHubState,
  type WorkflowArtifactRecord,
  type PullRequestRecord,
  type RepositoryState,
  type TokenKind,
  type WorkflowRunRecord,
} from './state.js';
import { rateLimitFor, TokenRegistry, type RegisteredToken } from './tokens.js';
import type { ArtifactRecord, ArtifactService } from '../artifact-service/index.js';

export const SERVED_ROUTES: ServedRoute[] = [
  ...repositoryRoutes,
  ...issueCommentRoutes,
  ...checkRunRoutes,
  ...actionsRoutes,
];

export const GRAPHQL_ROUTE: RouteKey = 'POST /graphql';

export interface RecordedApiRequest {
  requestId: string;
  method: string;
  /** Path and query string as received. */
  path: string;
  /** `METHOD /template`, undefined for a route the stand-in does not know. */
  route: RouteKey | undefined;
  status: number;
  tokenKind: TokenKind | undefined;
  fault: Fault['kind'] | undefined;
  body: unknown;
}

export type ContractViolationKind =
  | 'invalid-request'
  | 'invalid-json'
  | 'unknown-route'
  | 'route-not-served'
  | 'unsupported-graphql'
  | 'invalid-response'
  | 'stand-in-error';

/** Something a test must not ignore: a request GitHub would reject, or the stand-in misbehaving. */
export interface ContractViolation {
  kind: ContractViolationKind;
  method: string;
  path: string;
  route: RouteKey | undefined;
  problems: string[];
}

export interface GitHubApiServerOptions {
  /** Tokens to register up front; more with `registerToken`. */
  tokens?: { token: string; kind: TokenKind; login?: string }[];
  /** `owner/name` repositories to create up front; more with `addRepo`. */
  repos?: string[];
  /** Base of `html_url` members. */
  htmlBaseUrl?: string;
  now?: () => Date;
  /** Check each 2xx answer of the stand-in against the description too (default true). */
  validateResponses?: boolean;
}

export interface GitHubApiServer {
  /** What to put in GITHUB_API_URL. */
  url: string;
  /** What to put in GITHUB_GRAPHQL_URL. */
  graphqlUrl: string;
  state: GitHubState;
  requests: RecordedApiRequest[];
  validationErrors: ContractViolation[];
  addRepo(fullName: string, options?: { defaultBranch?: string; private?: boolean }): RepositoryState;
  addIssue(repo: string, issueNumber: number): void;
  addPullRequest(input: AddPullRequestInput): PullRequestRecord;
  addWorkflowRun(input: AddWorkflowRunInput): WorkflowRunRecord;
  addArtifact(input: AddArtifactInput): WorkflowArtifactRecord;
  /**
   * Serves `/actions/artifacts/{id}/zip` as a 302 to the service's blob of the same id; pair it with
   * `addArtifactFrom` so the REST records carry the service's ids.
   */
  attachArtifactService(service: Pick<ArtifactService, 'zipUrlFor'>): void;
  /** Records an artifact service's artifact in `repo` under the same id, run, name, size and expiry. */
  addArtifactFrom(repo: string, artifact: ArtifactRecord, options?: { expired?: boolean }): WorkflowArtifactRecord;
  registerToken(token: string, kind: TokenKind, login?: string): void;
  /**
   * The next `faults.length` requests matching `route` (any route when omitted) answer these faults;
   * with `after`, only once that many more matching requests were served.
   */
  injectFaults(faults: Fault[], route?: RouteKey, options?: { after?: number }): void;
  failRatio(options: FaultRatio): void;
  clearFaults(): void;
  /** Requests received, all or for one `METHOD /template` route (faulted and rejected ones count). */
  requestCount(route?: RouteKey): number;
  /** Throws, listing them, when any request broke GitHub's contract (or the stand-in did). */
  assertNoInvalidRequests(): void;
  close(): Promise<void>;
}

const DOCS = 'https://docs.github.com/rest';

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/** Starts the GitHub REST + GraphQL stand-in on 127.0.0.1 with a random port. */
export async function startGitHubApiServer(options: GitHubApiServerOptions = {}): Promise<GitHubApiServer> {
  const served = SERVED_ROUTES.map((route) => ({ method: route.method, path: route.path }));
  const subset = await loadGitHubOpenApiSubset(served);
  const validator = validatorFor(subset);
  const servedMatcher = new RouteMatcher(SERVED_ROUTES);
  const specMatcher = new RouteMatcher(
    Object.entries(subset.allPaths).flatMap(([path, methods]) =>
      methods.map((method) => ({ method: method.toUpperCase(), path })),
    ),
  );

  const now = options.now ?? (() => new Date());
  const validateResponses = options.validateResponses ?? true;
  const htmlBaseUrl = options.htmlBaseUrl ?? 'https://github.com';
  const state = new GitHubState();
  const tokens = new TokenRegistry();
  const faults = new FaultPlan();
  const requests: RecordedApiRequest[] = [];
  const validationErrors: ContractViolation[] = [];
  const hourStart = Math.floor(now().getTime() / 1000);
  let requestSerial = 0;
  let baseUrl = '';
  let artifactZipUrlFor: ((artifactId: number) => string) | undefined;

  const violation = (
    kind: ContractViolationKind,
    record: RecordedApiRequest,
    problems: string[],
  ): ContractViolation => {
    const found = { kind, method: record.method, path: record.path, route: record.route, problems };
    validationErrors.push(found);
    return found;
  };

  function send(
    response: ServerResponse,
    record: RecordedApiRequest,
    status: number,
    body: unknown,
    headers: Record<string, string> = {},
  ): void {
    record.status = status;
    response.statusCode = status;
    response.setHeader('x-github-request-id', record.requestId);
    response.setHeader('x-github-api-version-selected', '2022-11-28');
    response.setHeader('x-github-media-type', 'github.v3; format=json');
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    if (body === undefined) {
      response.end();
      return;
    }
    response.setHeader('content-type', 'application/json; charset=utf-8');
    response.end(JSON.stringify(body));
  }

  function rateLimitHeaders(token: RegisteredToken, resource: 'core' | 'graphql'): Record<string, string> {
    token.used[resource] += 1;
    const limit = rateLimitFor(token.kind);
    return {
      'x-ratelimit-limit': String(limit),
      'x-ratelimit-remaining': String(Math.max(limit - token.used[resource], 0)),
      'x-ratelimit-used': String(token.used[resource]),
      'x-ratelimit-reset': String(hourStart + 3600),
      'x-ratelimit-resource': resource,
    };
  }

  function errorBody(message: string, documentationUrl = DOCS, status?: number) {
    return {
      message,
      documentation_url: documentationUrl,
      ...(status === undefined ? {} : { status: String(status) }),
    };
  }

  /** Auth, JSON parsing and faults, shared by REST and GraphQL; answers and returns undefined when it stops. */
  function admit(
    request: IncomingMessage,
    response: ServerResponse,
    record: RecordedApiRequest,
    rawBody: string,
  ): { token: RegisteredToken; body: unknown; hasBody: boolean } | undefined {
    const fault = record.route === undefined ? undefined : faults.next(record.route);
    if (fault !== undefined) {
      record.fault = fault.kind;
      const answer = faultResponse(fault, Math.floor(now().getTime() / 1000));
      send(response, record, answer.status, answer.body, answer.headers);
      return undefined;
    }
    const token = tokens.fromAuthorizationHeader(request.headers.authorization);
    if (token === undefined) {
      send(response, record, 401, errorBody('Bad credentials', DOCS, 401));
      return undefined;
    }
    record.tokenKind = token.kind;
    const hasBody = rawBody.trim().length > 0;
    let body: unknown;
    if (hasBody) {
      try {
        body = JSON.parse(rawBody);
      } catch (error) {
        violation('invalid-json', record, [(error as Error).message]);
        send(response, record, 400, errorBody('Problems parsing JSON', DOCS, 400));
        return undefined;
      }
    }
    record.body = body;
    return { token, body, hasBody };
  }

  function handleGraphql(request: IncomingMessage, response: ServerResponse, record: RecordedApiRequest, raw: string) {
    const admitted = admit(request, response, record, raw);
    if (admitted === undefined) return;
    const headers = rateLimitHeaders(admitted.token, 'graphql');
    const query = (admitted.body as { query?: unknown } | undefined)?.query;
    if (typeof query !== 'string') {
      violation('invalid-request', record, ['body.query must be a string']);
      send(response, record, 400, errorBody('Problems parsing JSON', 'https://docs.github.com/graphql', 400), headers);
      return;
    }
    const compact = query.replace(/\s+/g, ' ');
    if (/^\s*(query\b[^{]*)?\{ ?viewer ?\{ ?login ?\} ?\}\s*$/.test(compact)) {
      send(response, record, 200, { data: { viewer: { login: admitted.token.actor.login } } }, headers);
      return;
    }
    if (/^\s*mutation\b[^{]*\{ ?minimizeComment ?\(/.test(compact)) {
      minimizeComment(admitted, record, response, headers);
      return;
    }
    violation('unsupported-graphql', record, [
      `The stand-in answers only "{ viewer { login } }" and minimizeComment, got: ${compact}`,
    ]);
    send(response, record, 200, { errors: [{ message: 'The GitHub stand-in does not support this query' }] }, headers);
  }

  // mutation($id: ID!) { minimizeComment(input: { subjectId: $id, classifier: OUTDATED }) { ... } }
  function minimizeComment(
    admitted: { token: RegisteredToken; body: unknown },
    record: RecordedApiRequest,
    response: ServerResponse,
    headers: Record<string, string>,
  ) {
    const body = admitted.body as { query: string; variables?: { id?: unknown } };
    const classifier = /classifier: ?([A-Z_]+)/.exec(body.query)?.[1];
    const subjectId = body.variables?.id;
    if (typeof subjectId !== 'string' || !classifier) {
      violation('invalid-request', record, ['minimizeComment needs variables.id and an input classifier']);
      send(
        response,
        record,
        200,
        { errors: [{ type: 'INVALID', message: 'subjectId and classifier are required' }] },
        headers,
      );
      return;
    }
    if (admitted.token.kind === 'installation-readonly') {
      send(
        response,
        record,
        200,
        { errors: [{ type: 'FORBIDDEN', message: 'Resource not accessible by integration' }] },
        headers,
      );
      return;
    }
    const comment = state.commentByNodeId(subjectId);
    if (!comment) {
      send(
        response,
        record,
        200,
        {
          errors: [{ type: 'NOT_FOUND', message: `Could not resolve to a node with the global id of '${subjectId}'` }],
        },
        headers,
      );
      return;
    }
    comment.minimizedAs = classifier;
    send(response, record, 200, { data: { minimizeComment: { clientMutationId: null } } }, headers);
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const raw = await readBody(request);
    const method = (request.method ?? 'GET').toUpperCase();
    const requestUrl = new URL(request.url ?? '/', baseUrl);
    requestSerial += 1;
    const record: RecordedApiRequest = {
      requestId: `C0DE:${requestSerial.toString(16).toUpperCase().padStart(6, '0')}`,
      method,
      path: `${requestUrl.pathname}${requestUrl.search}`,
      route: undefined,
      status: 0,
      tokenKind: undefined,
      fault: undefined,
      body: undefined,
    };
    requests.push(record);

    if (`${method} ${requestUrl.pathname}` === GRAPHQL_ROUTE) {
      record.route = GRAPHQL_ROUTE;
      handleGraphql(request, response, record, raw);
      return;
    }

    const match = servedMatcher.match(method, requestUrl.pathname);
    if (match === undefined) {
      const inSpec = specMatcher.match(method, requestUrl.pathname);
      violation(inSpec === undefined ? 'unknown-route' : 'route-not-served', record, [
        inSpec === undefined
          ? `${method} ${requestUrl.pathname} is not in GitHub's REST API`
          : `${inSpec.template.method} ${inSpec.template.path} is GitHub API the stand-in does not serve yet`,
      ]);
      send(response, record, 404, errorBody('Not Found', DOCS, 404));
      return;
    }
    const route = `${method} ${match.template.path}`;
    record.route = route;

    const admitted = admit(request, response, record, raw);
    if (admitted === undefined) return;
    const { token } = admitted;
    const headers = rateLimitHeaders(token, 'core');

    const query: Record<string, unknown> = Object.fromEntries(requestUrl.searchParams.entries());
    const params: Record<string, unknown> = { ...match.params };
    const problems = validator.validateRequest(route, {
      pathParams: params as Record<string, string>,
      query: query as Record<string, string>,
      body: admitted.body,
      hasBody: admitted.hasBody,
    });
    if (problems.length > 0) {
      violation('invalid-request', record, problems);
      send(response, record, 422, { ...errorBody(`Invalid request.\n\n${problems.join('\n')}`, DOCS, 422) }, headers);
      return;
    }
    if (token.kind === 'installation-readonly' && method !== 'GET' && method !== 'HEAD') {
      send(response, record, 403, errorBody('Resource not accessible by integration', DOCS, 403), headers);
      return;
    }

    try {
      const result = match.template.handler({
        params,
        query,
        body: (admitted.body ?? {}) as Record<string, unknown>,
        actor: token.actor,
        tokenKind: token.kind,
        state,
        bases: { api: baseUrl, html: htmlBaseUrl },
        requestUrl,
        now,
        artifactZipUrlFor,
      });
      if (validateResponses && result.status < 300) {
        const responseProblems = validator.validateResponse(route, result.status, result.body);
        if (responseProblems.length > 0) violation('invalid-response', record, responseProblems);
      }
      send(response, record, result.status, result.body, { ...headers, ...result.headers });
    } catch (error) {
      if (error instanceof GitHubHttpError) {
        send(response, record, error.status, errorBody(error.message, error.documentationUrl, error.status), headers);
        return;
      }
      violation('stand-in-error', record, [String((error as Error).stack ?? error)]);
      send(response, record, 500, errorBody('Server Error'), headers);
    }
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      response.statusCode = 500;
      response.end(String(error));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const seeder = new GitHubStateSeeder(state, now);

  const api: GitHubApiServer = {
    url: baseUrl,
    graphqlUrl: `${baseUrl}/graphql`,
    state,
    requests,
    validationErrors,
    addRepo: (fullName, repoOptions) => seeder.addRepo(fullName, repoOptions),
    addIssue: (repo, issueNumber) => seeder.addIssue(repo, issueNumber),
    addPullRequest: (input) => seeder.addPullRequest(input),
    addWorkflowRun: (input) => seeder.addWorkflowRun(input),
    addArtifact: (input) => seeder.addArtifact(input),
    attachArtifactService(service) {
      artifactZipUrlFor = (artifactId) => service.zipUrlFor(artifactId);
    },
    addArtifactFrom(repo, artifact, artifactOptions = {}) {
      return seeder.addArtifact({
        repo,
        runId: Number(artifact.workflowRunBackendId),
        name: artifact.name,
        id: artifact.id,
        sizeInBytes: artifact.size,
        expiresAt: artifact.expiresAt?.toISOString(),
        expired: artifactOptions.expired ?? (artifact.expiresAt !== undefined && artifact.expiresAt <= now()),
      });
    },
    registerToken(token, kind, login) {
      tokens.register(token, kind, login);
    },
    injectFaults(list, route, injectOptions) {
      faults.enqueue(list, route, injectOptions?.after);
    },
    failRatio(ratioOptions) {
      faults.failRatio(ratioOptions);
    },
    clearFaults() {
      faults.clear();
    },
    requestCount(route) {
      return route === undefined ? requests.length : requests.filter((request) => request.route === route).length;
    },
    assertNoInvalidRequests() {
      if (validationErrors.length === 0) return;
      const lines = validationErrors.map(
        (found) => `- [${found.kind}] ${found.method} ${found.path}: ${found.problems.join('; ')}`,
      );
      throw new Error(
        `The GitHub API stand-in saw ${validationErrors.length} contract violation(s):\n${lines.join('\n')}`,
      );
    },
    close() {
      return new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
    },
  };
  for (const token of options.tokens ?? []) api.registerToken(token.token, token.kind, token.login);
  for (const repo of options.repos ?? []) api.addRepo(repo);
  return api;
}
