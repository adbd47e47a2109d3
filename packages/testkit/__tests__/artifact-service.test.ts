import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { jest } from '@jest/globals';
import { ArtifactNotFoundError, DefaultArtifactClient } from '@actions/artifact';
import { startArtifactService, type ArtifactService } from '../src/artifact-service/index.js';

// The real @actions/artifact client, in-process: it reads its endpoint and token from process.env on every call.
const CLIENT_ENV_KEYS = ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL', 'GITHUB_SERVER_URL', 'GITHUB_WORKSPACE'];

let service: ArtifactService;
let workDir: string;
const savedEnv = new Map<string, string | undefined>();

function actAsJob(runId: string, jobId: string): DefaultArtifactClient {
  Object.assign(process.env, service.envFor(runId, jobId), { GITHUB_WORKSPACE: workDir });
  return new DefaultArtifactClient();
}

async function writeFiles(root: string, files: Record<string, Buffer | string>): Promise<string[]> {
  const written: string[] = [];
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(root, name);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, content);
    written.push(file);
  }
  return written;
}

beforeAll(async () => {
  for (const key of CLIENT_ENV_KEYS) savedEnv.set(key, process.env[key]);
  service = await startArtifactService();
});

afterAll(async () => {
  await service.close();
  for (const [key, value] of savedEnv) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

beforeEach(async () => {
  // @actions/core logs every step to stdout; keep the test output readable.
  jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
  workDir = await mkdtemp(path.join(tmpdir(), 'testpipe-artifacts-'));
});

afterEach(async () => {
  jest.restoreAllMocks();
  await rm(workDir, { recursive: true, force: true });
});

describe('artifact service stand-in with the real @actions/artifact client', () => {
  it('round-trips nested files and a file larger than one 8 MiB upload block, byte for byte', async () => {
    const files = {
      'summary.txt': 'all green\n',
      'results/shard-1/junit.xml':
        '<testsuites tests="1"><testsuite name="a"><testcase name="t"/></testsuite></testsuites>',
      'results/shard-2/deep/ctrf.json': JSON.stringify({ results: { summary: { tests: 3 } } }),
      // Random bytes do not compress, so the zip exceeds the client's 8 MiB block and is staged as two blocks.
      'big.bin': randomBytes(9 * 1024 * 1024),
    };
    const root = path.join(workDir, 'upload');
    const uploaded = await writeFiles(root, files);
    const client = actAsJob('run-100', 'job-a');

    const result = await client.uploadArtifact('test-results', uploaded, root);

    const [stored] = service.artifacts('run-100');
    expect(stored).toMatchObject({ id: result.id, name: 'test-results', finalized: true, size: result.size });
    expect(stored?.digest).toBe(`sha256:${result.digest}`);
    const blob = service.blobOf(result.id ?? -1);
    expect(blob?.content.length).toBe(result.size);
    expect(blob?.blockIds).toHaveLength(2);

    const listed = await client.listArtifacts();
    expect(listed.artifacts).toEqual([
      expect.objectContaining({ id: result.id, name: 'test-results', size: result.size, digest: stored?.digest }),
    ]);
    const { artifact } = await client.getArtifact('test-results');
    expect(artifact.id).toBe(result.id);

    const out = path.join(workDir, 'download');
    const downloaded = await client.downloadArtifact(artifact.id, { path: out, expectedHash: artifact.digest });
    expect(downloaded.digestMismatch).toBe(false);
    for (const [name, content] of Object.entries(files)) {
      expect((await readFile(path.join(out, name))).equals(Buffer.from(content))).toBe(true);
    }
  });

  it('lists artifacts uploaded by another job of the same run, but not those of other runs', async () => {
    const [file] = await writeFiles(workDir, { 'a.txt': 'a' });
    await actAsJob('run-200', 'job-a').uploadArtifact('from-job-a', [file!], workDir);
    await actAsJob('run-other', 'job-x').uploadArtifact('elsewhere', [file!], workDir);

    const { artifacts } = await actAsJob('run-200', 'job-b').listArtifacts();

    expect(artifacts.map((a) => a.name)).toEqual(['from-job-a']);
  });

  it('rejects a second artifact with the same name in one run as GitHub does (409 conflict)', async () => {
    const [file] = await writeFiles(workDir, { 'a.txt': 'first' });
    await actAsJob('run-300', 'job-a').uploadArtifact('report', [file!], workDir);

    await expect(actAsJob('run-300', 'job-b').uploadArtifact('report', [file!], workDir)).rejects.toThrow(
      /\(409\) Conflict: an artifact with this name already exists on the workflow run/,
    );
    const sameNameOtherRun = await actAsJob('run-301', 'job-a').uploadArtifact('report', [file!], workDir);
    expect(sameNameOtherRun.id).toBeGreaterThan(0);
    expect(service.artifacts('run-300')).toHaveLength(1);
  });

  it('deletes an artifact and its blob, after which it can no longer be found', async () => {
    const [file] = await writeFiles(workDir, { 'a.txt': 'delete me' });
    const client = actAsJob('run-400', 'job-a');
    const { id } = await client.uploadArtifact('doomed', [file!], workDir);

    const deleted = await client.deleteArtifact('doomed');

    expect(deleted.id).toBe(id);
    expect(service.artifacts('run-400')).toEqual([]);
    expect(service.blobOf(id ?? -1)).toBeUndefined();
    expect((await client.listArtifacts()).artifacts).toEqual([]);
    await expect(client.getArtifact('doomed')).rejects.toBeInstanceOf(ArtifactNotFoundError);
    await expect(client.deleteArtifact('doomed')).rejects.toBeInstanceOf(ArtifactNotFoundError);
  });

  it('fails cleanly when downloading an artifact id that does not exist', async () => {
    const client = actAsJob('run-500', 'job-a');

    await expect(client.downloadArtifact(987654, { path: path.join(workDir, 'out') })).rejects.toBeInstanceOf(
      ArtifactNotFoundError,
    );
  });

  it('stores a skipArchive upload as the raw file and downloads it under its own name', async () => {
    const [file] = await writeFiles(workDir, { 'report.html': '<html><body>ok</body></html>' });
    const client = actAsJob('run-600', 'job-a');

    const { id } = await client.uploadArtifact('ignored', [file!], workDir, { skipArchive: true });

    const [stored] = service.artifacts('run-600');
    expect(stored).toMatchObject({ name: 'report.html', mimeType: 'text/html', fileName: 'report.html' });
    const out = path.join(workDir, 'out');
    await client.downloadArtifact(id ?? -1, { path: out });
    expect(await readFile(path.join(out, 'report.html'), 'utf8')).toBe('<html><body>ok</body></html>');
  });

  it('serves a seeded artifact of another run to that run and as a zip at zipUrlFor', async () => {
    const seeded = service.seedArtifact(7001, 'timings', {
      'timings.json': '{"files":{}}',
      'per-shard/1.json': '[1,2,3]',
    });
    const client = actAsJob('7001', 'job-download');

    const out = path.join(workDir, 'seeded');
    const { digestMismatch } = await client.downloadArtifact(seeded.id, { path: out, expectedHash: seeded.digest });

    expect(digestMismatch).toBe(false);
    expect(await readFile(path.join(out, 'timings.json'), 'utf8')).toBe('{"files":{}}');
    expect(await readFile(path.join(out, 'per-shard/1.json'), 'utf8')).toBe('[1,2,3]');
    const response = await fetch(service.zipUrlFor(seeded.id));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain('filename="timings.zip"');
    expect(Buffer.from(await response.arrayBuffer()).equals(service.blobOf(seeded.id)!.content)).toBe(true);
  });
});
