import type { S3Client, S3ClientConfig } from '@aws-sdk/client-s3';

/** Where the archive lives and how to reach it. */
export interface S3Target {
  bucket: string;
  /** Extra client settings (credentials, region, ...); checksum settings are always overridden. */
  clientConfig?: S3ClientConfig;
  /** The `s3-endpoint` input: an S3-compatible store, addressed path-style. */
  endpoint?: string;
  /** Environment to read AWS_REGION / AWS_DEFAULT_REGION from; default process.env. */
  env?: NodeJS.ProcessEnv;
}

export function resolveRegion(env: NodeJS.ProcessEnv): string {
  return env.AWS_REGION || env.AWS_DEFAULT_REGION || 'us-east-1';
}

/**
 * Loads the AWS SDK on first use only, so a run that does not archive never pays for it.
 * Checksums are WHEN_REQUIRED: the default aws-chunked trailing checksums on streamed
 * bodies are stored verbatim (corrupted) by some S3-compatible stores.
 */
export async function createS3Client(target: S3Target): Promise<S3Client> {
  const { S3Client: Client } = await import('@aws-sdk/client-s3');
  return new Client({
    region: resolveRegion(target.env ?? process.env),
    ...(target.endpoint ? { endpoint: target.endpoint, forcePathStyle: true } : {}),
    ...target.clientConfig,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}
