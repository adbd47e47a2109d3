import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Server } from 'node:http';
import type { S3ClientConfig } from '@aws-sdk/client-s3';

/** The part of s3rver's API (it ships no types) that this stand-in uses. */
interface S3rverInstance {
  run(): Promise<AddressInfo>;
  close(): Promise<void>;
  httpServer?: Server;
  store: { putBucket(name: string): Promise<unknown> };
}
type S3rverConstructor = new (options: Record<string, unknown>) => S3rverInstance;

const require = createRequire(import.meta.url);

export const S3RVER_ACCESS_KEY = 'S3RVER';
export const S3RVER_SECRET_KEY = 'S3RVER';

export interface LocalS3Options {
  /** Bucket created before the server starts. */
  bucket?: string;
}

export interface LocalS3 {
  endpoint: string;
  bucket: string;
  /** Pass to `new S3Client(clientConfig)`. */
  clientConfig: S3ClientConfig;
  /** Directory s3rver stores objects in; removed by close(). */
  directory: string;
  createBucket(name: string): Promise<void>;
  close(): Promise<void>;
}

/** Starts s3rver on 127.0.0.1 with a random port, storing objects in a fresh temp dir. */
export async function startLocalS3(options: LocalS3Options = {}): Promise<LocalS3> {
  const bucket = options.bucket ?? 'testpipe-test';
  const directory = await mkdtemp(path.join(tmpdir(), 'testpipe-s3-'));
  const S3rver = require('s3rver') as S3rverConstructor;
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket }],
  });
  let address: AddressInfo;
  try {
    address = await server.run();
  } catch (error) {
    await rm(directory, { recursive: true, force: true });
    throw error;
  }
  const endpoint = `http://127.0.0.1:${address.port}`;
  const clientConfig: S3ClientConfig = {
    endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: S3RVER_ACCESS_KEY, secretAccessKey: S3RVER_SECRET_KEY },
    // Clients MUST set both to WHEN_REQUIRED: with the SDK's default (WHEN_SUPPORTED) streamed
    // uploads use aws-chunked encoding with trailing checksums, which s3rver stores verbatim, corrupting the body.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  };

  let closed: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closed ??= (async () => {
      const stopping = server.close();
      server.httpServer?.closeAllConnections();
      await stopping;
      await rm(directory, { recursive: true, force: true });
    })();
    return closed;
  };

  return {
    endpoint,
    bucket,
    clientConfig,
    directory,
    createBucket: async (name) => {
      await server.store.putBucket(name);
    },
    close,
  };
}
