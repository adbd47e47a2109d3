import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { Readable } from 'node:stream';
import { GetObjectCommand, ListObjectsV2Command, NoSuchKey, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { startLocalS3, type LocalS3 } from '../src/s3.js';

describe('startLocalS3', () => {
  let s3: LocalS3;
  let client: S3Client;

  beforeAll(async () => {
    s3 = await startLocalS3({ bucket: 'reports' });
    client = new S3Client(s3.clientConfig);
  });

  afterAll(async () => {
    client?.destroy();
    await s3?.close();
  });

  it('listens on loopback with path-style settings the SDK needs', () => {
    expect(s3.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(s3.clientConfig).toMatchObject({
      forcePathStyle: true,
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  });

  it('stores a multipart upload of a stream byte for byte', async () => {
    const body = randomBytes(12 * 1024 * 1024);
    const upload = new Upload({
      client,
      params: {
        Bucket: s3.bucket,
        Key: 'run-1/report.bin',
        Body: Readable.from([body.subarray(0, 7e6), body.subarray(7e6)]),
      },
      partSize: 5 * 1024 * 1024,
      queueSize: 2,
    });
    const parts: number[] = [];
    upload.on('httpUploadProgress', (progress) => parts.push(progress.part ?? 0));
    await upload.done();
    expect(new Set(parts).size).toBe(3);

    const got = await client.send(new GetObjectCommand({ Bucket: s3.bucket, Key: 'run-1/report.bin' }));
    const stored = Buffer.from(await got.Body!.transformToByteArray());
    expect(stored.length).toBe(body.length);
    expect(stored.equals(body)).toBe(true);
  });

  it('keeps a streamed PutObject intact with clientConfig, and the SDK default corrupts it', async () => {
    const putStream = (c: S3Client, key: string) =>
      c.send(
        new PutObjectCommand({
          Bucket: s3.bucket,
          Key: key,
          Body: Readable.from([Buffer.from('hello world')]),
          ContentLength: 11,
        }),
      );
    const read = async (key: string) =>
      (await client.send(new GetObjectCommand({ Bucket: s3.bucket, Key: key }))).Body!.transformToString();

    await putStream(client, 'streamed.txt');
    expect(await read('streamed.txt')).toBe('hello world');

    const {
      requestChecksumCalculation: _request,
      responseChecksumValidation: _response,
      ...sdkDefaults
    } = s3.clientConfig;
    const defaultClient = new S3Client(sdkDefaults);
    await putStream(defaultClient, 'streamed-default.txt');
    defaultClient.destroy();
    expect(await read('streamed-default.txt')).toContain('x-amz-checksum');
  });

  it('lists keys under a prefix', async () => {
    await client.send(new PutObjectCommand({ Bucket: s3.bucket, Key: 'run-2/a.json', Body: '{"a":1}' }));
    await client.send(new PutObjectCommand({ Bucket: s3.bucket, Key: 'run-2/b.json', Body: '{"b":2}' }));
    const listed = await client.send(new ListObjectsV2Command({ Bucket: s3.bucket, Prefix: 'run-2/' }));
    expect(listed.Contents?.map((object) => object.Key)).toEqual(['run-2/a.json', 'run-2/b.json']);
  });

  it('answers NoSuchKey for a missing key', async () => {
    await expect(client.send(new GetObjectCommand({ Bucket: s3.bucket, Key: 'absent.txt' }))).rejects.toBeInstanceOf(
      NoSuchKey,
    );
  });

  it('creates further buckets', async () => {
    await s3.createBucket('archive');
    await client.send(new PutObjectCommand({ Bucket: 'archive', Key: 'k', Body: 'v' }));
    const got = await client.send(new GetObjectCommand({ Bucket: 'archive', Key: 'k' }));
    expect(await got.Body!.transformToString()).toBe('v');
  });
});

describe('LocalS3.close', () => {
  it('stops the server and removes its directory', async () => {
    const s3 = await startLocalS3();
    const client = new S3Client({ ...s3.clientConfig, maxAttempts: 1 });
    await client.send(new PutObjectCommand({ Bucket: s3.bucket, Key: 'k', Body: 'v' }));
    await s3.close();
    expect(existsSync(s3.directory)).toBe(false);
    await expect(client.send(new GetObjectCommand({ Bucket: s3.bucket, Key: 'k' }))).rejects.toThrow();
    client.destroy();
  });
});
