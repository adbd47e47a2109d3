import type { S3Client } from '@aws-sdk/client-s3';
import type { Logger } from '@testpipe/core';
import { ArchiveError, s3ErrorName } from './archive-error.js';
import { formatHistoryLines, parseHistoryLines, type HistoryEntry } from './history-entry.js';
import { createS3Client, type S3Target } from './s3-client.js';

export type HistoryLog = Pick<Logger, 'warning'>;

interface HistoryObject {
  entries: HistoryEntry[];
  /** Absent when the object does not exist yet. */
  etag?: string;
}

/** Entries kept in history.jsonl; older ones are dropped so the object stays small. */
export const DEFAULT_HISTORY_LIMIT = 1000;
const WRITE_ATTEMPTS = 3;

async function readHistoryObject(
  client: S3Client,
  bucket: string,
  key: string,
  log?: HistoryLog,
): Promise<HistoryObject> {
  const { GetObjectCommand } = await import('@aws-sdk/client-s3');
  let text: string;
  let etag: string | undefined;
  try {
    const response = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    text = (await response.Body?.transformToString('utf8')) ?? '';
    etag = response.ETag;
  } catch (error) {
    // A missing key is an empty history. (Without s3:ListBucket, AWS answers AccessDenied instead.)
    if (s3ErrorName(error) === 'NoSuchKey') return { entries: [] };
    throw new ArchiveError('read history', bucket, key, error);
  }
  const { entries, invalidLines } = parseHistoryLines(text);
  if (invalidLines > 0) log?.warning(`Skipped ${invalidLines} unreadable line(s) in s3://${bucket}/${key}.`);
  return { entries, ...(etag ? { etag } : {}) };
}

function isWriteConflict(error: unknown): boolean {
  const name = s3ErrorName(error);
  return name === 'PreconditionFailed' || name === 'ConditionalRequestConflict';
}

export interface AppendHistoryOptions {
  bucket: string;
  key: string;
  entry: HistoryEntry;
  limit?: number;
  log?: HistoryLog;
}

/**
 * Appends one run to history.jsonl. S3 has no append, so this is read-modify-write: two runs
 * finishing together could each read the same object and one line would be lost. The write is
 * conditional (If-Match on the ETag read, If-None-Match for a new object) and retried on
 * conflict where the store enforces it (AWS S3 does; s3rver ignores the headers, so there the
 * race is accepted: history is a trend, not a ledger).
 */
export async function appendHistory(client: S3Client, options: AppendHistoryOptions): Promise<HistoryEntry[]> {
  const { PutObjectCommand } = await import('@aws-sdk/client-s3');
  const limit = options.limit ?? DEFAULT_HISTORY_LIMIT;
  for (let attempt = 1; ; attempt += 1) {
    const current = await readHistoryObject(client, options.bucket, options.key, options.log);
    const entries = [...current.entries, options.entry].slice(-limit);
    try {
      await client.send(
        new PutObjectCommand({
          Bucket: options.bucket,
          Key: options.key,
          Body: formatHistoryLines(entries),
          ContentType: 'application/x-ndjson',
          ...(current.etag ? { IfMatch: current.etag } : { IfNoneMatch: '*' }),
        }),
      );
      return entries;
    } catch (error) {
      if (isWriteConflict(error) && attempt < WRITE_ATTEMPTS) continue;
      throw new ArchiveError('write history', options.bucket, options.key, error);
    }
  }
}

export interface ReadHistoryOptions extends S3Target {
  key: string;
  /** How many of the most recent runs to return. */
  lastN: number;
  log?: HistoryLog;
}

/** The last N runs, oldest first, for the HTML trend; an absent history is empty. */
export async function readHistory(options: ReadHistoryOptions): Promise<HistoryEntry[]> {
  if (!Number.isInteger(options.lastN) || options.lastN < 1) {
    throw new RangeError(`History lastN must be a positive integer, got ${options.lastN}.`);
  }
  const client = await createS3Client(options);
  try {
    const { entries } = await readHistoryObject(client, options.bucket, options.key, options.log);
    return entries.slice(-options.lastN);
  } finally {
    client.destroy();
  }
}
