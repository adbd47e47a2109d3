import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pipeline, Transform, type TransformCallback } from 'node:stream';
import type { S3Client } from '@aws-sdk/client-s3';
import { METRICS_FILE, type Logger } from '@testpipe/core';
import { ArchiveError } from './archive-error.js';
import { historyKeyForPrefix, TARBALL_NAME } from './archive-keys.js';
import type { HistoryEntry } from './history-entry.js';
import { appendHistory, type HistoryLog } from './history.js';
import { createS3Client, type S3Target } from './s3-client.js';
import { listFiles, tarGzStream } from './tar-gz-stream.js';

export type ArchiveLog = HistoryLog & Pick<Logger, 'info'>;

export interface ArchiveReportsOptions extends S3Target {
  /** Directory holding metrics.json, ctrf-report.json, junit.xml, report.html, timings.json, ... */
  outputDir: string;
  /** Run prefix ending in "/", e.g. from defaultArchivePrefix(). */
  prefix: string;
  history: boolean;
  historyEntry: HistoryEntry;
  /** Default: history.jsonl in the parent of `prefix`. */
  historyKey?: string;
  historyLimit?: number;
  /** Multipart part size in bytes; default 8 MiB (S3's minimum is 5 MiB). */
  partSize?: number;
  log: ArchiveLog;
}

export interface ArchiveResult {
  tarballKey: string;
  tarballBytes: number;
  metricsKey: string;
  historyKey?: string;
  /** s3:// URI of the run's prefix. */
  url: string;
}

const DEFAULT_PART_SIZE = 8 * 1024 * 1024;

class ByteCounter extends Transform {
  bytes = 0;
  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.bytes += chunk.length;
    callback(null, chunk);
  }
}

async function uploadTarball(client: S3Client, options: ArchiveReportsOptions, key: string): Promise<number> {
  const { Upload } = await import('@aws-sdk/lib-storage');
  const files = await listFiles(options.outputDir);
  const counter = pipeline(tarGzStream(files), new ByteCounter(), () => undefined);
  const upload = new Upload({
    client,
    params: { Bucket: options.bucket, Key: key, Body: counter, ContentType: 'application/gzip' },
    partSize: options.partSize ?? DEFAULT_PART_SIZE,
    queueSize: 2,
  });
  try {
    await upload.done();
  } catch (error) {
    counter.destroy();
    throw new ArchiveError('upload', options.bucket, key, error);
  }
  options.log.info(`Archived ${files.length} file(s), ${counter.bytes} bytes, to s3://${options.bucket}/${key}.`);
  return counter.bytes;
}

async function uploadMetrics(client: S3Client, options: ArchiveReportsOptions, key: string): Promise<void> {
  const { PutObjectCommand } = await import('@aws-sdk/client-s3');
  const file = path.join(options.outputDir, METRICS_FILE);
  const body = await readFile(file);
  try {
    await client.send(
      new PutObjectCommand({ Bucket: options.bucket, Key: key, Body: body, ContentType: 'application/json' }),
    );
  } catch (error) {
    throw new ArchiveError('upload', options.bucket, key, error);
  }
}

/**
 * Uploads the report directory as one tar.gz, metrics.json beside it, and (with `history`)
 * appends this run to history.jsonl. Throws ArchiveError; the caller turns it into a warning.
 */
export async function archiveReports(options: ArchiveReportsOptions): Promise<ArchiveResult> {
  const prefix = options.prefix.endsWith('/') ? options.prefix : `${options.prefix}/`;
  const tarballKey = `${prefix}${TARBALL_NAME}`;
  const metricsKey = `${prefix}${METRICS_FILE}`;
  const client = await createS3Client(options);
  try {
    const tarballBytes = await uploadTarball(client, options, tarballKey);
    await uploadMetrics(client, options, metricsKey);
    const result: ArchiveResult = { tarballKey, tarballBytes, metricsKey, url: `s3://${options.bucket}/${prefix}` };
    if (options.history) {
      const historyKey = options.historyKey ?? historyKeyForPrefix(prefix);
      const entries = await appendHistory(client, {
        bucket: options.bucket,
        key: historyKey,
        entry: options.historyEntry,
        log: options.log,
        ...(options.historyLimit === undefined ? {} : { limit: options.historyLimit }),
      });
      options.log.info(`History s3://${options.bucket}/${historyKey} now holds ${entries.length} run(s).`);
      result.historyKey = historyKey;
    }
    return result;
  } finally {
    client.destroy();
  }
}
