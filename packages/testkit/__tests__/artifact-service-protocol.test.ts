import { createHash } from 'node:crypto';
import { BlobClient, BlockBlobClient, RestError } from '@azure/storage-blob';
import { startArtifactService, type ArtifactService } from '../src/artifact-service/index.js';

const SERVICE = '/twirp/github.actions.results.api.v1.ArtifactService';
const JOB = { workflow_run_backend_id: 'run-1', workflow_job_run_backend_id: 'job-1' };

let service: ArtifactService;

beforeAll(async () => {
  service = await startArtifactService();
});

afterAll(async () => {
  await service.close();
});

async function twirp(
  method: string,
  body: unknown,
  token: string | null = service.envFor('run-1', 'job-1').ACTIONS_RUNTIME_TOKEN,
): Promise<{ status: number; json: Record<string, unknown> }> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token !== null) headers.authorization = `Bearer ${token}`;
  const response = await fetch(`${service.url}${SERVICE}/${method}`, {
    method: 'POST',
    headers,
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

async function createArtifact(name: string): Promise<string> {
  const { status, json } = await twirp('CreateArtifact', { ...JOB, name, version: 7, mime_type: 'application/zip' });
  expect(status).toBe(200);
  return json.signed_upload_url as string;
}

function sha256(content: Buffer): string {
  return `sha256:${createHash('sha256').update(content).digest('hex')}`;
}

describe('artifact service twirp errors', () => {
  it('answers a finalize of a never-created artifact with 404 not_found', async () => {
    const { status, json } = await twirp('FinalizeArtifact', { ...JOB, name: 'never-created', size: '3' });

    expect(status).toBe(404);
    expect(json).toEqual({ code: 'not_found', msg: expect.stringContaining('never-created') });
  });

  it('requires a runtime token, and one scoped to the run the request names', async () => {
    const missing = await twirp('ListArtifacts', JOB, null);
    const otherRun = await twirp('ListArtifacts', JOB, service.envFor('run-2', 'job-1').ACTIONS_RUNTIME_TOKEN);

    expect(missing).toEqual({ status: 401, json: { code: 'unauthenticated', msg: expect.any(String) } });
    expect(otherRun).toEqual({ status: 403, json: { code: 'permission_denied', msg: expect.any(String) } });
  });

  it('answers unknown methods and bodies that are not JSON objects with twirp errors', async () => {
    expect(await twirp('MakeCoffee', JOB)).toEqual({
      status: 404,
      json: { code: 'bad_route', msg: expect.any(String) },
    });
    expect(await twirp('ListArtifacts', '{not json')).toEqual({
      status: 400,
      json: { code: 'malformed', msg: expect.any(String) },
    });
    expect(await twirp('CreateArtifact', { ...JOB })).toEqual({
      status: 400,
      json: { code: 'invalid_argument', msg: 'name is required' },
    });
  });

  it('finalizes only when size and hash match what was uploaded, then lists by name and id', async () => {
    const content = Buffer.from('zip bytes stand-in');
    const uploadUrl = await createArtifact('checked');
    await new BlockBlobClient(uploadUrl).upload(content, content.length);

    const wrongSize = await twirp('FinalizeArtifact', { ...JOB, name: 'checked', size: '1', hash: sha256(content) });
    const wrongHash = await twirp('FinalizeArtifact', {
      ...JOB,
      name: 'checked',
      size: String(content.length),
      hash: sha256(Buffer.from('other')),
    });
    expect(wrongSize.json.code).toBe('invalid_argument');
    expect(wrongHash.json.code).toBe('invalid_argument');
    expect((await twirp('ListArtifacts', JOB)).json).toEqual({ artifacts: [] });

    const finalized = await twirp('FinalizeArtifact', {
      ...JOB,
      name: 'checked',
      size: String(content.length),
      hash: sha256(content),
    });
    expect(finalized).toEqual({ status: 200, json: { ok: true, artifact_id: expect.stringMatching(/^\d+$/) } });
    const id = finalized.json.artifact_id as string;
    const byName = await twirp('ListArtifacts', { ...JOB, name_filter: 'checked' });
    const byId = await twirp('ListArtifacts', { ...JOB, id_filter: id });
    const byOtherName = await twirp('ListArtifacts', { ...JOB, name_filter: 'other' });
    expect(byName.json).toEqual(byId.json);
    expect(byName.json.artifacts).toEqual([
      expect.objectContaining({
        database_id: id,
        name: 'checked',
        size: String(content.length),
        digest: sha256(content),
      }),
    ]);
    expect(byOtherName.json).toEqual({ artifacts: [] });
    expect(service.blobOf(Number(id))?.blockIds).toEqual([]);
  });
});

describe('artifact service blob storage', () => {
  let downloadUrl: string;
  const content = Buffer.from('0123456789abcdefghij');

  beforeAll(async () => {
    const uploadUrl = await createArtifact('blob-checks');
    const blocks = new BlockBlobClient(uploadUrl);
    await blocks.stageBlock(Buffer.from('b-1').toString('base64'), content.subarray(10), 10);
    await blocks.stageBlock(Buffer.from('b-0').toString('base64'), content.subarray(0, 10), 10);
    await blocks.commitBlockList([Buffer.from('b-0').toString('base64'), Buffer.from('b-1').toString('base64')]);
    await twirp('FinalizeArtifact', {
      ...JOB,
      name: 'blob-checks',
      size: String(content.length),
      hash: sha256(content),
    });
    const signed = await twirp('GetSignedArtifactURL', { ...JOB, name: 'blob-checks' });
    downloadUrl = signed.json.signed_url as string;
  });

  it('assembles committed blocks in block-list order, not upload order', async () => {
    const downloaded = await new BlobClient(downloadUrl).downloadToBuffer();

    expect(downloaded.equals(content)).toBe(true);
  });

  it('serves a byte range and the blob properties the SDK reads', async () => {
    const blob = new BlobClient(downloadUrl);

    const slice = await blob.downloadToBuffer(5, 7);
    const properties = await blob.getProperties();

    expect(slice.toString()).toBe('56789ab');
    expect(properties).toMatchObject({ contentLength: content.length, blobType: 'BlockBlob' });
    expect(properties.etag).toMatch(/^"0x[0-9A-F]+"$/);
    expect(properties.lastModified).toBeInstanceOf(Date);
  });

  it('rejects a block list naming a block that was never staged', async () => {
    const uploadUrl = await createArtifact('bad-block-list');

    const commit = new BlockBlobClient(uploadUrl).commitBlockList([Buffer.from('missing').toString('base64')]);

    await expect(commit).rejects.toMatchObject({ statusCode: 400, code: 'InvalidBlockList' });
  });

  it('refuses writes through a read URL, reads through a write URL and any tampered signature', async () => {
    const uploadUrl = await createArtifact('permission-checks');
    const tampered = new URL(downloadUrl);
    tampered.searchParams.set('se', '2999-01-01T00:00:00Z');

    const writeWithReadUrl = new BlockBlobClient(downloadUrl).upload('x', 1);
    const readWithWriteUrl = new BlobClient(uploadUrl).getProperties();
    const response = await fetch(tampered);

    await expect(writeWithReadUrl).rejects.toMatchObject({ statusCode: 403, code: 'AuthorizationPermissionMismatch' });
    await expect(readWithWriteUrl).rejects.toBeInstanceOf(RestError);
    expect(response.status).toBe(403);
    expect(response.headers.get('x-ms-error-code')).toBe('AuthenticationFailed');
    expect(await response.text()).toContain('<Code>AuthenticationFailed</Code>');
  });
});
