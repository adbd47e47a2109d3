import { createHash, randomUUID } from 'node:crypto';
import type { BlobStore } from './blob-store.js';
import type { BackendIds } from './runtime-token.js';
import { TwirpError } from './twirp-error.js';

export const BLOB_ACCOUNT = 'devstoreaccount1';
export const BLOB_CONTAINER = 'actions-results';

/** One artifact as the results service knows it; `size` and `digest` are set when it is finalized. */
export interface StoredArtifact extends BackendIds {
  id: number;
  name: string;
  /** What the blob is downloaded as: `<name>.zip`, or the file's own name when uploaded with skipArchive. */
  fileName: string;
  mimeType: string;
  /** Decoded URL path of the artifact's blob on this server. */
  blobPath: string;
  createdAt: Date;
  expiresAt?: Date;
  finalized: boolean;
  size?: number;
  /** `sha256:<hex>` of the blob, as the client sends it on finalize. */
  digest?: string;
}

export interface NewArtifact extends BackendIds {
  name: string;
  mimeType?: string;
  expiresAt?: Date;
}

function fileNameFor(name: string, mimeType: string): string {
  return mimeType === 'application/zip' ? `${name}.zip` : name;
}

/** The results service's artifact records, enforcing one artifact per name in a workflow run. */
export class ArtifactStore {
  private readonly artifacts = new Map<number, StoredArtifact>();
  private nextId: number;

  constructor(
    private readonly blobs: BlobStore,
    firstArtifactId: number,
  ) {
    this.nextId = firstArtifactId;
  }

  all(): StoredArtifact[] {
    return [...this.artifacts.values()].sort((a, b) => a.id - b.id);
  }

  byId(id: number): StoredArtifact | undefined {
    return this.artifacts.get(id);
  }

  create(request: NewArtifact): StoredArtifact {
    if (this.findInRun(request.workflowRunBackendId, request.name) !== undefined) {
      throw new TwirpError('already_exists', 'an artifact with this name already exists on the workflow run');
    }
    const mimeType = request.mimeType ?? 'application/zip';
    const fileName = fileNameFor(request.name, mimeType);
    const artifact: StoredArtifact = {
      id: this.nextId++,
      workflowRunBackendId: request.workflowRunBackendId,
      workflowJobRunBackendId: request.workflowJobRunBackendId,
      name: request.name,
      fileName,
      mimeType,
      blobPath: `/${BLOB_ACCOUNT}/${BLOB_CONTAINER}/${randomUUID()}/${fileName}`,
      createdAt: new Date(),
      expiresAt: request.expiresAt,
      finalized: false,
    };
    this.artifacts.set(artifact.id, artifact);
    return artifact;
  }

  /** Checks the uploaded blob against what the client says it uploaded before the artifact becomes visible. */
  finalize(ids: BackendIds, name: string, size: number, digest: string | undefined): StoredArtifact {
    const artifact = this.findInRun(ids.workflowRunBackendId, name);
    if (artifact === undefined || artifact.workflowJobRunBackendId !== ids.workflowJobRunBackendId) {
      throw new TwirpError('not_found', `artifact ${name} was not created by this job`);
    }
    if (artifact.finalized) throw new TwirpError('failed_precondition', `artifact ${name} is already finalized`);
    const blob = this.blobs.get(artifact.blobPath);
    if (blob === undefined) throw new TwirpError('failed_precondition', `artifact ${name} has no uploaded content`);
    if (blob.content.length !== size) {
      throw new TwirpError('invalid_argument', `size ${size} does not match the ${blob.content.length} bytes uploaded`);
    }
    const actualDigest = `sha256:${createHash('sha256').update(blob.content).digest('hex')}`;
    if (digest !== undefined && digest !== actualDigest) {
      throw new TwirpError('invalid_argument', `hash ${digest} does not match the uploaded content (${actualDigest})`);
    }
    artifact.finalized = true;
    artifact.size = size;
    artifact.digest = actualDigest;
    return artifact;
  }

  /** Finalized artifacts of a run, across all its jobs, oldest first. */
  listFinalized(workflowRunBackendId: string): StoredArtifact[] {
    return this.all().filter((a) => a.finalized && a.workflowRunBackendId === workflowRunBackendId);
  }

  findFinalized(workflowRunBackendId: string, name: string): StoredArtifact | undefined {
    const artifact = this.findInRun(workflowRunBackendId, name);
    return artifact?.finalized === true ? artifact : undefined;
  }

  delete(artifact: StoredArtifact): void {
    this.artifacts.delete(artifact.id);
    this.blobs.delete(artifact.blobPath);
  }

  private findInRun(workflowRunBackendId: string, name: string): StoredArtifact | undefined {
    return this.all().find((a) => a.workflowRunBackendId === workflowRunBackendId && a.name === name);
  }
}
