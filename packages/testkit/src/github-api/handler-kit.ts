import type { UrlBases } from './github-objects.js';
import type { Actor, GitHubState, RepositoryState, TokenKind } from './state.js';

export interface HandlerContext {
  /** Path parameters, already coerced by the OpenAPI validator (ids are numbers). */
  params: Record<string, unknown>;
  query: Record<string, unknown>;
  body: Record<string, unknown>;
  actor: Actor;
  tokenKind: TokenKind;
  state: GitHubState;
  bases: UrlBases;
  requestUrl: URL;
  now: () => Date;
  /** Where an artifact's zip is served, once an artifact service is attached; undefined before. */
  artifactZipUrlFor?: (artifactId: number) => string;
}

export interface HandlerResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type RouteHandler = (context: HandlerContext) => HandlerResult;

export interface ServedRoute {
  method: string;
  path: string;
  handler: RouteHandler;
  multiSegmentParams?: string[];
}

/** An answer GitHub gives with a JSON `{ message, documentation_url }` body. */
export class GitHubHttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly documentationUrl = 'https://docs.github.com/rest',
  ) {
    super(message);
    this.name = 'GitHubHttpError';
  }
}

export function notFound(): GitHubHttpError {
  return new GitHubHttpError(404, 'Not Found');
}

export function repositoryOf(context: HandlerContext): RepositoryState {
  const repository = context.state.repository(String(context.params.owner), String(context.params.repo));
  if (repository === undefined) throw notFound();
  return repository;
}

export function numberParam(context: HandlerContext, name: string): number {
  return Number(context.params[name]);
}

export function timestamp(context: HandlerContext): string {
  return context
    .now()
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z');
}
