import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { startLocalS3, type LocalS3 } from '@testpipe/testkit';
import {
  archiveReports,
  ArchiveError,
  defaultArchivePrefix,
  readHistory,
  type ArchiveReportsOptions,
  type HistoryEntry,
} from '../src/report/archive/index.js';

const execFileAsync = promisify(execFile);

function entry(runId: string, passRate: number | null, durationMs: number): HistoryEntry {
  return {
    runId,
    pipelineId: `${runId}-1`,
    at: `2026-11-2${runId}T10:00:00.000Z`,
    branch: 'main',
    sha: `sha${runId}`,
    total: 10,
    passed: 8,
    failed: 1,
    errored: 0,
    skipped: 1,
    flaky: 0,
    passRate,
    durationMs,
  };
}

async function listTree(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((item) => item.isFile())
    .map((item) => path.relative(root, path.join(item.parentPath, item.name)))
    .sort();
}

describe('archiveReports against s3rver', () => {
  let s3: LocalS3;
  let client: S3Client;
  let work: string;
  let outputDir: string;
  const messages: string[] = [];
  const log = {
    info: (message: string) => messages.push(message),
    warning: (message: string) => messages.push(message),
  };

  // A deep path longer than ustar's 100 + 155 bytes forces a PAX header.
  const longPath = path.join('deep', 'a'.repeat(90), 'b'.repeat(90), 'c'.repeat(90), `${'d'.repeat(120)}.txt`);

  beforeAll(async () => {
    s3 = await startLocalS3({ bucket: 'reports' });
    client = new S3Client(s3.clientConfig);
    work = await mkdtemp(path.join(tmpdir(), 'archive-test-'));
    outputDir = path.join(work, 'out');
    await mkdir(path.join(outputDir, path.dirname(longPath)), { recursive: true });
    await mkdir(path.join(outputDir, 'results', 'shard-1'), { recursive: true });
    await writeFile(path.join(outputDir, 'metrics.json'), '{"schemaVersion":1,"total":10}\n');
    await writeFile(path.join(outputDir, 'report.html'), '<!doctype html><p>héllo</p>\n');
    await writeFile(path.join(outputDir, 'timings.json'), '');
    await writeFile(path.join(outputDir, longPath), 'long path\n');
    // Incompressible and over two 5 MiB parts, so lib-storage uploads it multipart.
    await writeFile(path.join(outputDir, 'results', 'shard-1', 'big.bin'), randomBytes(11 * 1024 * 1024 + 123));
  });

  afterAll(async () => {
    client.destroy();
    await s3.close();
    await rm(work, { recursive: true, force: true });
  });

  /** Query keys of every request the archive client sends, to see how it uploaded. */
  const requests: string[] = [];
  class RecordingHandler extends NodeHttpHandler {
    override handle(...args: Parameters<NodeHttpHandler['handle']>): ReturnType<NodeHttpHandler['handle']> {
      requests.push(`${args[0].method} ${Object.keys(args[0].query).join(',')}`);
      return super.handle(...args);
    }
  }

  function options(overrides: Partial<ArchiveReportsOptions> = {}): ArchiveReportsOptions {
    return {
      outputDir,
      bucket: s3.bucket,
      clientConfig: { ...s3.clientConfig, requestHandler: new RecordingHandler() },
      prefix: defaultArchivePrefix('octo/widgets', '100-1'),
      history: false,
      historyEntry: entry('1', 80, 1000),
      partSize: 5 * 1024 * 1024,
      log,
      ...overrides,
    };
  }

  async function download(key: string): Promise<Buffer> {
    const response = await client.send(new GetObjectCommand({ Bucket: s3.bucket, Key: key }));
    return Buffer.from(await response.Body!.transformToByteArray());
  }

  it('uploads a tar.gz whose extracted files are byte-identical to the output directory, and metrics.json', async () => {
    const result = await archiveReports(options());
    expect(result).toEqual({
      tarballKey: 'testpipe/octo/widgets/100-1/reports.tar.gz',
      tarballBytes: expect.any(Number) as number,
      metricsKey: 'testpipe/octo/widgets/100-1/metrics.json',
      url: 's3://reports/testpipe/octo/widgets/100-1/',
    });

    // Over two 5 MiB parts: lib-storage sent three UploadPart requests.
    expect(requests.filter((request) => request.includes('partNumber')).length).toBe(3);
    const tarball = await download(result.tarballKey);
    expect(tarball.length).toBe(result.tarballBytes);
    const tarFile = path.join(work, 'reports.tar.gz');
    await writeFile(tarFile, tarball);
    const extracted = path.join(work, 'extracted');
    await mkdir(extracted);
    await execFileAsync('tar', ['-xzf', tarFile, '-C', extracted]);

    const expectedFiles = await listTree(outputDir);
    expect(expectedFiles).toContain(longPath);
    expect(await listTree(extracted)).toEqual(expectedFiles);
    for (const file of expectedFiles) {
      const [original, copy] = await Promise.all([
        readFile(path.join(outputDir, file)),
        readFile(path.join(extracted, file)),
      ]);
      expect({ file, same: original.equals(copy) }).toEqual({ file, same: true });
    }

    expect(await download(result.metricsKey)).toEqual(await readFile(path.join(outputDir, 'metrics.json')));
    expect(result.historyKey).toBeUndefined();
  });

  it('appends to history across runs and readHistory returns the entries in order', async () => {
    const runs = [entry('1', 90, 1000), entry('2', null, 0), entry('3', 75.5, 3000)];
    const keys: (string | undefined)[] = [];
    for (const run of runs) {
      const result = await archiveReports(
        options({ history: true, historyEntry: run, prefix: defaultArchivePrefix('octo/history', run.pipelineId) }),
      );
      keys.push(result.historyKey);
    }
    expect(keys).toEqual(Array(3).fill('testpipe/octo/history/history.jsonl'));

    const target = { bucket: s3.bucket, clientConfig: s3.clientConfig, key: 'testpipe/octo/history/history.jsonl' };
    expect(await readHistory({ ...target, lastN: 30 })).toEqual(runs);
    expect(await readHistory({ ...target, lastN: 2 })).toEqual(runs.slice(1));
    const lines = (await download(target.key)).toString('utf8').trimEnd().split('\n');
    expect(lines.map((line) => JSON.parse(line) as unknown)).toEqual(runs);
  });

  it('keeps only the newest entries when the history limit is reached', async () => {
    const prefix = defaultArchivePrefix('octo/limited', '1-1');
    for (const run of [entry('1', 1, 1), entry('2', 2, 2), entry('3', 3, 3)]) {
      await archiveReports(options({ prefix, history: true, historyEntry: run, historyLimit: 2 }));
    }
    const history = await readHistory({
      bucket: s3.bucket,
      clientConfig: s3.clientConfig,
      key: 'testpipe/octo/limited/history.jsonl',
      lastN: 10,
    });
    expect(history.map((item) => item.runId)).toEqual(['2', '3']);
  });

  it('reads a missing history as empty and skips unreadable lines with a warning', async () => {
    const target = { bucket: s3.bucket, clientConfig: s3.clientConfig, log };
    expect(await readHistory({ ...target, key: 'testpipe/none/history.jsonl', lastN: 5 })).toEqual([]);

    const key = 'testpipe/corrupt/history.jsonl';
    const good = entry('4', 50, 10);
    const body = `not json\n${JSON.stringify(good)}\n{"runId":"x"}\n`;
    await client.send(new PutObjectCommand({ Bucket: s3.bucket, Key: key, Body: body }));
    messages.length = 0;
    expect(await readHistory({ ...target, key, lastN: 5 })).toEqual([good]);
    expect(messages).toEqual([`Skipped 2 unreadable line(s) in s3://${s3.bucket}/${key}.`]);
  });

  it('fails with a message naming the bucket, the key and the SDK error for a missing bucket', async () => {
    const attempt = archiveReports(options({ bucket: 'no-such-bucket' }));
    await expect(attempt).rejects.toThrow(ArchiveError);
    await expect(attempt).rejects.toThrow(
      /^Could not upload s3:\/\/no-such-bucket\/testpipe\/octo\/widgets\/100-1\/reports\.tar\.gz: NoSuchBucket\b/,
    );
  });

  it('fails reading history from a missing bucket with a clear error', async () => {
    await expect(
      readHistory({ bucket: 'no-such-bucket', clientConfig: s3.clientConfig, key: 'h.jsonl', lastN: 1 }),
    ).rejects.toThrow(/^Could not read history s3:\/\/no-such-bucket\/h\.jsonl: NoSuchBucket\b/);
  });
});
