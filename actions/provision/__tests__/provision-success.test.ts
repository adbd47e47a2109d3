// The success path through the runner harness with the real terraform binary: outputs, masks before any
// print, env.json without sensitive values, the env.json artifact, and the post step destroying it all.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { jest } from '@jest/globals';
import { DEFAULT_REPOSITORY, removeDir, startArtifactService, type ArtifactService } from '@testpipe/testkit';
import {
  expectSuccess,
  filesInZip,
  markersIn,
  prepareEnvironment,
  provisionInputs,
  provisionOutputDir,
  runMainStep,
  runPostStep,
  type TestEnvironment,
} from './provision-helpers.js';

jest.setTimeout(120_000);

let artifacts: ArtifactService;
let environment: TestEnvironment | undefined;

beforeAll(async () => {
  artifacts = await startArtifactService();
});
afterEach(async () => {
  await removeDir(environment?.workspace);
});
afterAll(async () => {
  await artifacts?.close();
});

const PIPELINE = '5100-1';
const SECRETS = [`Pw-${PIPELINE}-Zq8sLx`, `svc-${PIPELINE}-user`, `tok-${PIPELINE}-first`, `tok-${PIPELINE}-second`];

/** Every line that shows a secret is the ::add-mask:: that registers it, and comes before any other. */
function expectOnlyMaskLinesShow(rawStdout: string): void {
  for (const line of rawStdout.split('\n')) {
    for (const secret of SECRETS) {
      if (line.includes(secret)) expect(line.startsWith('::add-mask::')).toBe(true);
    }
  }
}

it('applies, outputs each Terraform output, masks sensitive ones first, and the post step destroys it', async () => {
  environment = await prepareEnvironment();
  const run = { environment, inputs: provisionInputs(environment), runId: 5100, artifacts };

  const main = await runMainStep(run);
  expectSuccess(main);
  expect(await markersIn(environment)).toEqual(['app', 'database']);
  expect(main.outputs.database_endpoint).toBe(`db-${PIPELINE}.internal:5432`);
  expect(JSON.parse(main.outputs.app_urls ?? '')).toEqual([
    `https://app-${PIPELINE}.test`,
    `https://admin-${PIPELINE}.test`,
  ]);
  expect(main.outputs['pipeline-id']).toBe(PIPELINE);
  expect(main.outputs['state-key']).toBe(`testpipe/${DEFAULT_REPOSITORY}/${PIPELINE}/e2e.tfstate`);
  expect(main.outputs.plan).toBe('{"add":2,"change":0,"destroy":0}');
  // Sensitive values: masked whole, line by line and each inner string, before anything printed them.
  for (const secret of SECRETS) expect(main.maskedValues).toContain(secret);
  expectOnlyMaskLinesShow(main.rawStdout);
  for (const secret of SECRETS) {
    expect(main.stdout).not.toContain(secret);
    expect(main.summary).not.toContain(secret);
  }
  expect(main.summary).toContain('Plan: **2** to add');

  const outputDir = provisionOutputDir(environment, PIPELINE);
  const envText = await readFile(path.join(outputDir, 'env.json'), 'utf8');
  for (const secret of SECRETS) expect(envText).not.toContain(secret);
  const env = JSON.parse(envText) as Record<string, unknown>;
  expect(env).toMatchObject({
    schemaVersion: 1,
    pipelineId: PIPELINE,
    workingDirectory: 'infra',
    outputs: { database_endpoint: `db-${PIPELINE}.internal:5432` },
  });
  expect(Object.keys(env.outputs as object).sort()).toEqual(['app_urls', 'database_endpoint']);
  const uploaded = artifacts.artifacts(5100).filter((artifact) => artifact.name === 'testpipe-env');
  expect(uploaded).toHaveLength(1);
  const retentionMs = uploaded[0]!.expiresAt!.getTime() - uploaded[0]!.createdAt.getTime();
  expect(Math.round(retentionMs / 86_400_000)).toBe(1);
  const zipped = filesInZip(artifacts.blobOf(uploaded[0]!.id)!.content);
  expect(Object.keys(zipped)).toEqual(['env.json']);
  expect(JSON.parse(zipped['env.json']!)).toEqual(env);
  for (const secret of SECRETS) expect(zipped['env.json']).not.toContain(secret);

  const post = await runPostStep(run, main);
  expectSuccess(post);
  expect(await markersIn(environment)).toEqual([]);
  expectOnlyMaskLinesShow(post.rawStdout);
  const audit = JSON.parse(await readFile(path.join(outputDir, 'audit.json'), 'utf8')) as {
    entries: Array<{ action: string; by: { runId?: string; job?: string } }>;
  };
  expect(audit.entries.map((entry) => entry.action)).toEqual(['created', 'destroyed']);
  expect(audit.entries[1]!.by).toMatchObject({ runId: '5100', job: 'e2e' });
});
