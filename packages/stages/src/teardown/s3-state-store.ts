// The S3 backend seen from testpipe: each environment's state object `<key>` and, next to it, a small
// `<key>.testpipe.json` (pipeline id, expiry) that provision writes before apply, so the janitor can find
// every environment and know when it expires even if the job that made it was lost.
import type { S3Client } from '@aws-sdk/client-s3';
import { backendSetting } from '../provision/provision-input.js';

export const ENVIRONMENT_RECORD_SUFFIX = '.testpipe.json';

/** What provision records next to the state for the janitor. */
export interface EnvironmentRecord {
  schemaVersion: 1;
  pipelineId: string;
  stateKey: string;
  expiresAt: string;
  createdAt: string;
  repository: string;
  runId?: string;
  job?: string;
}

export interface StoredEnvironment {
  stateKey: string;
  record?: EnvironmentRecord;
  lastModified?: Date;
}

/** The S3 endpoint in backend-config: `endpoints={s3="..."}` (Terraform ≥ 1.6) or the older `endpoint=`. */
function endpointOf(lines: readonly string[]): string | undefined {
  const endpoints = backendSetting(lines, 'endpoints');
  const match = endpoints ? /s3\s*=\s*"([^"]+)"/.exec(endpoints) : undefined;
  return match?.[1] ?? backendSetting(lines, 'endpoint');
}

/** An S3 client and bucket for the backend settings Terraform was given. */
export async function s3ForBackend(lines: readonly string[]): Promise<{ client: S3Client; bucket: string }> {
  const { S3Client } = await import('@aws-sdk/client-s3');
  const bucket = backendSetting(lines, 'bucket') ?? '';
  const accessKeyId = backendSetting(lines, 'access_key');
  const secretAccessKey = backendSetting(lines, 'secret_key');
  const client = new S3Client({
    region: backendSetting(lines, 'region') ?? process.env.AWS_REGION ?? 'us-east-1',
    endpoint: endpointOf(lines),
    forcePathStyle: backendSetting(lines, 'use_path_style') === 'true',
    ...(accessKeyId && secretAccessKey ? { credentials: { accessKeyId, secretAccessKey } } : {}),
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  return { client, bucket };
}

export async function writeEnvironmentRecord(lines: readonly string[], record: EnvironmentRecord): Promise<void> {
  const { PutObjectCommand } = await import('@aws-sdk/client-s3');
  const { client, bucket } = await s3ForBackend(lines);
  try {
    await client.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: `${record.stateKey}${ENVIRONMENT_RECORD_SUFFIX}`,
        Body: JSON.stringify(record, null, 2),
        ContentType: 'application/json',
      }),
    );
  } finally {
    client.destroy();
  }
}

export async function deleteEnvironmentRecord(lines: readonly string[], stateKey: string): Promise<void> {
  const { DeleteObjectCommand } = await import('@aws-sdk/client-s3');
  const { client, bucket } = await s3ForBackend(lines);
  try {
    await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: `${stateKey}${ENVIRONMENT_RECORD_SUFFIX}` }));
  } finally {
    client.destroy();
  }
}

/** Every state object under `prefix`, with its record when there is one. */
export async function listEnvironments(lines: readonly string[], prefix: string): Promise<StoredEnvironment[]> {
  const { ListObjectsV2Command, GetObjectCommand } = await import('@aws-sdk/client-s3');
  const { client, bucket } = await s3ForBackend(lines);
  try {
    const keys: Array<{ key: string; lastModified?: Date }> = [];
    let token: string | undefined;
    do {
      const page = await client.send(
        new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }),
      );
      for (const object of page.Contents ?? []) {
        if (object.Key) keys.push({ key: object.Key, lastModified: object.LastModified });
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    const all = new Set(keys.map((entry) => entry.key));
    const environments: StoredEnvironment[] = [];
    for (const { key, lastModified } of keys) {
      if (!key.endsWith('.tfstate')) continue;
      let record: EnvironmentRecord | undefined;
      if (all.has(`${key}${ENVIRONMENT_RECORD_SUFFIX}`)) {
        const object = await client.send(
          new GetObjectCommand({ Bucket: bucket, Key: `${key}${ENVIRONMENT_RECORD_SUFFIX}` }),
        );
        try {
          record = JSON.parse((await object.Body?.transformToString()) ?? '') as EnvironmentRecord;
        } catch {
          record = undefined;
        }
      }
      environments.push({ stateKey: key, record, lastModified });
    }
    // A record without its state: provision saved it, then apply never wrote a state.
    for (const key of all) {
      if (key.endsWith(ENVIRONMENT_RECORD_SUFFIX) && !all.has(key.slice(0, -ENVIRONMENT_RECORD_SUFFIX.length))) {
        const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
        try {
          const record = JSON.parse((await object.Body?.transformToString()) ?? '') as EnvironmentRecord;
          environments.push({ stateKey: record.stateKey, record });
        } catch {
          // not ours to read
        }
      }
    }
    return environments;
  } finally {
    client.destroy();
  }
}
