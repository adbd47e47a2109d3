import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ArtifactStore, StoredArtifact } from './artifact-store.js';
import { backendIdsFromToken, type BackendIds } from './runtime-token.js';
import { TwirpError, sendTwirpError, sendTwirpJson } from './twirp-error.js';

export const ARTIFACT_SERVICE_PREFIX = '/twirp/github.actions.results.api.v1.ArtifactService/';

type JsonObject = Record<string, unknown>;

/** Builds the signed download URL of an artifact's blob. */
export type DownloadUrlSigner = (artifact: StoredArtifact) => string;
/** Builds the signed upload URL of an artifact's blob. */
export type UploadUrlSigner = (artifact: StoredArtifact) => string;

export interface TwirpContext {
  store: ArtifactStore;
  signUpload: UploadUrlSigner;
  signDownload: DownloadUrlSigner;
}

/** protobuf JSON allows a field under its proto name or its lowerCamel JSON name. */
function field(body: JsonObject, protoName: string): unknown {
  if (protoName in body) return body[protoName];
  const jsonName = protoName.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
  return body[jsonName];
}

function requiredString(body: JsonObject, protoName: string): string {
  const value = field(body, protoName);
  if (typeof value !== 'string' || value === '') throw new TwirpError('invalid_argument', `${protoName} is required`);
  return value;
}

function optionalString(body: JsonObject, protoName: string): string | undefined {
  const value = field(body, protoName);
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new TwirpError('invalid_argument', `${protoName} must be a string`);
  return value;
}

/** int64 and Int64Value travel as decimal strings in protobuf JSON (numbers are accepted too). */
function optionalInt64(body: JsonObject, protoName: string): number | undefined {
  const value = field(body, protoName);
  if (value === undefined || value === null) return undefined;
  const number = typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isSafeInteger(number)) {
    throw new TwirpError('invalid_argument', `${protoName} must be an integer`);
  }
  return number;
}

function optionalTimestamp(body: JsonObject, protoName: string): Date | undefined {
  const value = optionalString(body, protoName);
  if (value === undefined) return undefined;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new TwirpError('invalid_argument', `${protoName} must be an RFC 3339 time`);
  return date;
}

function tokenIds(request: IncomingMessage): BackendIds {
  const match = /^Bearer (.+)$/.exec(request.headers.authorization ?? '');
  if (match?.[1] === undefined) throw new TwirpError('unauthenticated', 'a bearer runtime token is required');
  const ids = backendIdsFromToken(match[1]);
  if (ids === undefined) throw new TwirpError('unauthenticated', 'the runtime token has no Actions.Results scope');
  return ids;
}

/** The run (and for writes, the job) a request names must be the one its token is scoped to. */
function requestIds(body: JsonObject, token: BackendIds, sameJob: boolean): BackendIds {
  const ids = {
    workflowRunBackendId: requiredString(body, 'workflow_run_backend_id'),
    workflowJobRunBackendId: requiredString(body, 'workflow_job_run_backend_id'),
  };
  const allowed =
    ids.workflowRunBackendId === token.workflowRunBackendId &&
    (!sameJob || ids.workflowJobRunBackendId === token.workflowJobRunBackendId);
  if (!allowed)
    throw new TwirpError('permission_denied', 'the runtime token is not scoped to this workflow run or job');
  return ids;
}

function monolithArtifactJson(artifact: StoredArtifact): JsonObject {
  return {
    workflow_run_backend_id: artifact.workflowRunBackendId,
    workflow_job_run_backend_id: artifact.workflowJobRunBackendId,
    database_id: String(artifact.id),
    name: artifact.name,
    size: String(artifact.size ?? 0),
    created_at: artifact.createdAt.toISOString(),
    ...(artifact.digest === undefined ? {} : { digest: artifact.digest }),
  };
}

const METHODS: Record<string, (context: TwirpContext, body: JsonObject, token: BackendIds) => JsonObject> = {
  CreateArtifact({ store, signUpload }, body, token) {
    const ids = requestIds(body, token, true);
    const artifact = store.create({
      ...ids,
      name: requiredString(body, 'name'),
      mimeType: optionalString(body, 'mime_type'),
      expiresAt: optionalTimestamp(body, 'expires_at'),
    });
    return { ok: true, signed_upload_url: signUpload(artifact) };
  },
  FinalizeArtifact({ store }, body, token) {
    const ids = requestIds(body, token, true);
    const size = optionalInt64(body, 'size') ?? 0;
    const artifact = store.finalize(ids, requiredString(body, 'name'), size, optionalString(body, 'hash'));
    return { ok: true, artifact_id: String(artifact.id) };
  },
  ListArtifacts({ store }, body, token) {
    const { workflowRunBackendId } = requestIds(body, token, false);
    const nameFilter = optionalString(body, 'name_filter');
    const idFilter = optionalInt64(body, 'id_filter');
    const artifacts = store
      .listFinalized(workflowRunBackendId)
      .filter(
        (a) => (nameFilter === undefined || a.name === nameFilter) && (idFilter === undefined || a.id === idFilter),
      );
    return { artifacts: artifacts.map(monolithArtifactJson) };
  },
  GetSignedArtifactURL({ store, signDownload }, body, token) {
    const { workflowRunBackendId } = requestIds(body, token, false);
    const name = requiredString(body, 'name');
    const artifact = store.findFinalized(workflowRunBackendId, name);
    if (artifact === undefined) throw new TwirpError('not_found', `artifact ${name} not found`);
    return { signed_url: signDownload(artifact) };
  },
  DeleteArtifact({ store }, body, token) {
    const { workflowRunBackendId } = requestIds(body, token, false);
    const name = requiredString(body, 'name');
    const artifact = store.findFinalized(workflowRunBackendId, name);
    if (artifact === undefined) throw new TwirpError('not_found', `artifact ${name} not found`);
    store.delete(artifact);
    return { ok: true, artifact_id: String(artifact.id) };
  },
};

function parseBody(raw: Buffer): JsonObject {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw.toString('utf8'));
  } catch {
    throw new TwirpError('malformed', 'the request body is not valid JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new TwirpError('malformed', 'the request body must be a JSON object');
  }
  return parsed as JsonObject;
}

/** Serves `POST /twirp/github.actions.results.api.v1.ArtifactService/<Method>` with JSON bodies. */
export function handleTwirpRequest(
  context: TwirpContext,
  request: IncomingMessage,
  response: ServerResponse,
  raw: Buffer,
) {
  try {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const methodName = path.startsWith(ARTIFACT_SERVICE_PREFIX) ? path.slice(ARTIFACT_SERVICE_PREFIX.length) : '';
    const method = Object.hasOwn(METHODS, methodName) ? METHODS[methodName] : undefined;
    if (request.method !== 'POST' || method === undefined) {
      throw new TwirpError('bad_route', `no handler for ${request.method ?? ''} ${path}`);
    }
    const contentType = (request.headers['content-type'] ?? '').split(';')[0]?.trim();
    if (contentType !== 'application/json') {
      throw new TwirpError('bad_route', `unexpected Content-Type: ${request.headers['content-type'] ?? '(none)'}`);
    }
    const token = tokenIds(request);
    sendTwirpJson(response, method(context, parseBody(raw), token));
  } catch (error) {
    const twirpError =
      error instanceof TwirpError
        ? error
        : new TwirpError('internal', error instanceof Error ? error.message : String(error));
    sendTwirpError(response, twirpError);
  }
}
