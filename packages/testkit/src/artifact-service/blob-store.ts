import { createHash, randomUUID } from 'node:crypto';

export interface StoredBlob {
  content: Buffer;
  contentType: string;
  etag: string;
  lastModified: Date;
  /** Base64 MD5 of the whole content, as Azure reports it in Content-MD5. */
  contentMd5: string;
  /** Block ids in commit order when written by Put Block List; empty when written whole by Put Blob. */
  blockIds: string[];
}

/** Which list a block id in a Put Block List body names. */
export type BlockListKind = 'Latest' | 'Committed' | 'Uncommitted';

export interface BlockReference {
  kind: BlockListKind;
  id: string;
}

/** Thrown when a block list names a block that was never staged, as Azure's InvalidBlockList. */
export class InvalidBlockListError extends Error {
  constructor(blockId: string) {
    super(`The specified block list is invalid: block ${blockId} was not staged.`);
    this.name = 'InvalidBlockListError';
  }
}

/** In-memory block blobs keyed by their decoded URL path, with uncommitted blocks staged per blob. */
export class BlobStore {
  private readonly blobs = new Map<string, StoredBlob>();
  private readonly committedBlocks = new Map<string, Map<string, Buffer>>();
  private readonly stagedBlocks = new Map<string, Map<string, Buffer>>();

  get(path: string): StoredBlob | undefined {
    return this.blobs.get(path);
  }

  paths(): string[] {
    return [...this.blobs.keys()];
  }

  stageBlock(path: string, blockId: string, content: Buffer): void {
    const staged = this.stagedBlocks.get(path) ?? new Map<string, Buffer>();
    staged.set(blockId, content);
    this.stagedBlocks.set(path, staged);
  }

  /** Put Block List: the blob becomes the named blocks in order; blocks left out are discarded. */
  commitBlockList(path: string, blocks: BlockReference[], contentType: string): StoredBlob {
    const staged = this.stagedBlocks.get(path) ?? new Map<string, Buffer>();
    const committed = this.committedBlocks.get(path) ?? new Map<string, Buffer>();
    const chosen = new Map<string, Buffer>();
    const parts = blocks.map(({ kind, id }) => {
      const content =
        kind === 'Committed'
          ? committed.get(id)
          : kind === 'Uncommitted'
            ? staged.get(id)
            : (staged.get(id) ?? committed.get(id));
      if (content === undefined) throw new InvalidBlockListError(id);
      chosen.set(id, content);
      return content;
    });
    const blob = this.put(path, Buffer.concat(parts), contentType);
    blob.blockIds = blocks.map(({ id }) => id);
    this.committedBlocks.set(path, chosen);
    this.stagedBlocks.delete(path);
    return blob;
  }

  /** Put Blob: replaces the blob whole. */
  put(path: string, content: Buffer, contentType: string): StoredBlob {
    const blob: StoredBlob = {
      content,
      contentType,
      etag: `"0x${randomUUID().replace(/-/g, '').slice(0, 16).toUpperCase()}"`,
      lastModified: new Date(),
      contentMd5: createHash('md5').update(content).digest('base64'),
      blockIds: [],
    };
    this.blobs.set(path, blob);
    this.committedBlocks.delete(path);
    return blob;
  }

  delete(path: string): void {
    this.blobs.delete(path);
    this.committedBlocks.delete(path);
    this.stagedBlocks.delete(path);
  }
}
