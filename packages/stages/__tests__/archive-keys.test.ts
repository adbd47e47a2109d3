import { S3Client } from '@aws-sdk/client-s3';
import {
  archivePrefixUnder,
  createS3Client,
  defaultArchivePrefix,
  historyKeyForPrefix,
  resolveRegion,
} from '../src/report/archive/index.js';

describe('archive keys', () => {
  it('builds the default prefix from the repository and pipeline id', () => {
    expect(defaultArchivePrefix('octo/widgets', '123-2')).toBe('testpipe/octo/widgets/123-2/');
    expect(() => defaultArchivePrefix('widgets', '1-1')).toThrow('Repository "widgets" is not "owner/repo".');
  });

  it('puts a run under a base prefix without doubled slashes', () => {
    expect(archivePrefixUnder('/ci/reports/', '7-1')).toBe('ci/reports/7-1/');
    expect(archivePrefixUnder('', '7-1')).toBe('7-1/');
    expect(() => archivePrefixUnder('ci', 'a/b')).toThrow('Pipeline id "a/b" cannot name an S3 prefix.');
  });

  it('keeps history beside the runs, in the parent of the run prefix', () => {
    expect(historyKeyForPrefix('testpipe/octo/widgets/123-2/')).toBe('testpipe/octo/widgets/history.jsonl');
    expect(historyKeyForPrefix('7-1/')).toBe('history.jsonl');
  });
});

describe('createS3Client', () => {
  it('takes the region from AWS_REGION, then AWS_DEFAULT_REGION, then us-east-1', () => {
    expect(resolveRegion({ AWS_REGION: 'eu-west-1', AWS_DEFAULT_REGION: 'ap-south-1' })).toBe('eu-west-1');
    expect(resolveRegion({ AWS_DEFAULT_REGION: 'ap-south-1' })).toBe('ap-south-1');
    expect(resolveRegion({})).toBe('us-east-1');
  });

  it('always computes and validates checksums only when required, and addresses an endpoint path-style', async () => {
    const client = await createS3Client({
      bucket: 'b',
      endpoint: 'http://127.0.0.1:9000',
      env: { AWS_DEFAULT_REGION: 'eu-central-1' },
      clientConfig: {
        requestChecksumCalculation: 'WHEN_SUPPORTED',
        responseChecksumValidation: 'WHEN_SUPPORTED',
        credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
      },
    });
    try {
      expect(client).toBeInstanceOf(S3Client);
      expect(await client.config.requestChecksumCalculation()).toBe('WHEN_REQUIRED');
      expect(await client.config.responseChecksumValidation()).toBe('WHEN_REQUIRED');
      expect(await client.config.region()).toBe('eu-central-1');
      expect(client.config.forcePathStyle).toBe(true);
      const endpoint = await client.config.endpoint?.();
      expect(endpoint?.hostname).toBe('127.0.0.1');
      expect(endpoint?.port).toBe(9000);
    } finally {
      client.destroy();
    }
  });
});
