import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ArtifactStore, BLOB_ACCOUNT, type StoredArtifact } from './artifact-store.js';
import { handleBlobRequest } from './blob-handler.js';
import { BlobStore, type StoredBlob } from './blob-store.js';
import { createRuntimeToken } from './runtime-token.js';
import { BlobUrlSigner } from './signed-url.js';
import { handleTwirpRequest, type TwirpContext } from './twirp-handler.js';
import { createZip, type ZipEntries } from './zip-writer.js';

export interface ArtifactServiceOptions {
  /**
   * GITHUB_SERVER_URL handed to clients. @actions/artifact refuses GHES hosts; github.com, *.ghe.com and
   * *.localhost pass. The default is a .localhost host so that nothing can reach github.com by accident.
   */
  githubServerUrl?: string;
  /** Id of the first artifact; set it to keep ids apart from another stand-in's. Default 1. */
  firstArtifactId?: number;
}

/** The variables the runner gives a job step so that @actions/artifact reaches this service. */
export interface ArtifactClientEnv {
  ACTIONS_RUNTIME_TOKEN: string;
  ACTIONS_RESULTS_URL: string;
  GITHUB_SERVER_URL: string;
}

/** An artifact as tests see it; `size`/`digest` are set once finalized. */
export type ArtifactRecord = Readonly<Omit<StoredArtifact, 'blobPath'>>;

export interface SeedOptions {
  jobId?: string | number;
  expiresAt?: Date;
}

export interface ArtifactService {
  /** Origin of the service, e.g. http://127.0.0.1:40123. */
  url: string;
  /** Env for a step of job `jobId` in run `runId` (the workflowRunBackendId; a run id as a string is fine). */
  envFor(runId: string | number, jobId: string | number): ArtifactClientEnv;
  /** All artifacts, finalized or not, oldest first; pass a run id to see only that run's. */
  artifacts(runId?: string | number): ArtifactRecord[];
  /** The stored blob of an artifact: its bytes (the zip, or the raw file for skipArchive uploads) and how it was written. */
  blobOf(artifactId: number): Readonly<StoredBlob> | undefined;
  /** Stores a finalized artifact, zipped as upload-artifact would, e.g. another run's for workflow_run tests. */
  seedArtifact(runId: string | number, name: string, files: ZipEntries, options?: SeedOptions): ArtifactRecord;
  /** A signed URL serving the artifact's zip: where a GitHub API stand-in redirects `/actions/artifacts/{id}/zip`. */
  zipUrlFor(artifactId: number): string;
  close(): Promise<void>;
}

const SEEDED_JOB_ID = 'seeded-job';

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function record(artifact: StoredArtifact): ArtifactRecord {
  const { blobPath: _blobPath, ...visible } = artifact;
  return { ...visible };
}

function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** Starts a loopback fake of the Actions results ArtifactService (twirp JSON) and the blob storage it signs URLs for. */
export async function startArtifactService(options: ArtifactServiceOptions = {}): Promise<ArtifactService> {
  const githubServerUrl = options.githubServerUrl ?? 'https://github.localhost';
  const blobs = new BlobStore();
  const store = new ArtifactStore(blobs, options.firstArtifactId ?? 1);
  const signer = new BlobUrlSigner();
  let origin = '';
  const signDownload = (artifact: StoredArtifact): string =>
    signer.sign(origin, encodePath(artifact.blobPath), 'r', {
      contentDisposition: contentDisposition(artifact.fileName),
    });
  const twirp: TwirpContext = {
    store,
    signUpload: (artifact) => signer.sign(origin, encodePath(artifact.blobPath), 'cw'),
    signDownload,
  };

  const route = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const body = await readBody(request);
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    if (path.startsWith('/twirp/')) {
      handleTwirpRequest(twirp, request, response, body);
    } else if (path.startsWith(`/${BLOB_ACCOUNT}/`)) {
      handleBlobRequest(blobs, signer, request, response, body);
    } else {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end(`The artifact service stand-in has no ${path}`);
    }
  };
  const server = createServer((request, response) => {
    route(request, response).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain' });
      response.end(error instanceof Error ? error.message : String(error));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const requireArtifact = (artifactId: number): StoredArtifact => {
    const artifact = store.byId(artifactId);
    if (artifact === undefined) throw new Error(`The artifact service stand-in has no artifact ${artifactId}`);
    return artifact;
  };

  return {
    url: origin,
    envFor(runId, jobId) {
      const ids = { workflowRunBackendId: String(runId), workflowJobRunBackendId: String(jobId) };
      return {
        ACTIONS_RUNTIME_TOKEN: createRuntimeToken(ids),
        ACTIONS_RESULTS_URL: `${origin}/`,
        GITHUB_SERVER_URL: githubServerUrl,
      };
    },
    artifacts(runId) {
      return store
        .all()
        .filter((artifact) => runId === undefined || artifact.workflowRunBackendId === String(runId))
        .map(record);
    },
    blobOf(artifactId) {
      const artifact = store.byId(artifactId);
      return artifact === undefined ? undefined : blobs.get(artifact.blobPath);
    },
    seedArtifact(runId, name, files, seedOptions = {}) {
      const ids = {
        workflowRunBackendId: String(runId),
        workflowJobRunBackendId: String(seedOptions.jobId ?? SEEDED_JOB_ID),
      };
      const zip = createZip(files);
      const artifact = store.create({ ...ids, name, mimeType: 'application/zip', expiresAt: seedOptions.expiresAt });
      blobs.put(artifact.blobPath, zip, 'application/zip');
      const digest = `sha256:${createHash('sha256').update(zip).digest('hex')}`;
      return record(store.finalize(ids, name, zip.length, digest));
    },
    zipUrlFor(artifactId) {
      const artifact = requireArtifact(artifactId);
      if (!artifact.finalized) throw new Error(`Artifact ${artifactId} is not finalized, so it cannot be downloaded`);
      return signDownload(artifact);
    },
    close() {
      return new Promise<void>((resolve, reject) => {
        server.close((error) => (error === undefined ? resolve() : reject(error)));
        server.closeAllConnections();
      });
    },
  };
}
