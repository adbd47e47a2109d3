import { UserError } from '@testpipe/core';

/** An S3 operation of the archive failed; the caller reports it as a warning. */
export class ArchiveError extends UserError {
  override name = 'ArchiveError';

  constructor(
    readonly operation: string,
    readonly bucket: string,
    readonly key: string,
    cause: unknown,
  ) {
    super(`Could not ${operation} s3://${bucket}/${key}: ${describeS3Error(cause)}`, { kind: 'environment', cause });
  }
}

/** "NoSuchBucket: The specified bucket does not exist (HTTP 404)" from an SDK error. */
export function describeS3Error(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  const message = error.message && error.message !== error.name ? `: ${error.message}` : '';
  return `${error.name}${message}${status ? ` (HTTP ${status})` : ''}`;
}

/** The SDK's error name, e.g. "NoSuchKey". */
export function s3ErrorName(error: unknown): string | undefined {
  return error instanceof Error ? error.name : undefined;
}
