// Cancel mid-apply as the runner cancels (SIGINT, SIGTERM 7.5 s later, SIGKILL 2.5 s after that), with a
// local-exec that sleeps: Terraform gets one SIGINT, stops, releases its lock, and the post step destroys
// what was created. Repeated, on the local backend and on the s3 backend (s3rver).
import { access } from 'node:fs/promises';
import path from 'node:path';
import { jest } from '@jest/globals';
import { removeDir, startLocalS3, type LocalS3 } from '@testpipe/testkit';
import {
  describeStep,
  expectSuccess,
  markersIn,
  prepareEnvironment,
  provisionInputs,
  runMainStep,
  runPostStep,
  type TestEnvironment,
} from './provision-helpers.js';

const REPEATS = Number(process.env.TESTPIPE_CANCEL_REPEATS ?? 10);
jest.setTimeout(60_000 + REPEATS * 30_000);

let s3: LocalS3;
const workspaces: string[] = [];
beforeAll(async () => {
  s3 = await startLocalS3({ bucket: 'tfstate' });
});
afterAll(async () => {
  for (const workspace of workspaces) await removeDir(workspace);
  await s3?.close();
});

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

async function cancelMidApplyThenPost(environment: TestEnvironment, runId: number): Promise<void> {
  const run = { environment, inputs: provisionInputs(environment, {}, ['sleep_seconds=120']), runId };
  const controller = new AbortController();
  const main = await runMainStep(run, {
    signal: controller.signal,
    // Cancel once the sleeping local-exec runs: database and app exist, the apply holds the lock.
    onLine: (line) => {
      if (line.includes('terraform_data.slow[0] (local-exec): Executing')) controller.abort();
    },
  });
  expect(main.cancelled).toBe(true);
  expect(main.signalsSent).toEqual(['SIGINT']);
  expect(main.outputs['failure-reason']).toBe('cancelled');
  expect(await markersIn(environment)).toEqual(['app', 'database']);

  const post = await runPostStep({ ...run, inputs: { ...run.inputs, 'job-status': 'cancelled' } }, main);
  if (post.outcome !== 'success') throw new Error(describeStep(post));
  expectSuccess(post);
  expect(await markersIn(environment)).toEqual([]);
}

it(`cancel mid-apply on the local backend, ${REPEATS}×: no marker and no lock left`, async () => {
  for (let i = 0; i < REPEATS; i++) {
    const environment = await prepareEnvironment();
    workspaces.push(environment.workspace);
    await cancelMidApplyThenPost(environment, 5300 + i);
    expect(await exists(path.join(environment.workspace, 'infra', '.terraform.tfstate.lock.info'))).toBe(false);
  }
});

it(`cancel mid-apply on the s3 backend, ${Math.max(1, Math.floor(REPEATS / 2))}×: no marker and no lock object left`, async () => {
  for (let i = 0; i < Math.max(1, Math.floor(REPEATS / 2)); i++) {
    const environment = await prepareEnvironment(s3);
    workspaces.push(environment.workspace);
    await cancelMidApplyThenPost(environment, 5400 + i);
  }
  const { S3Client, ListObjectsV2Command } = await import('@aws-sdk/client-s3');
  const client = new S3Client(s3.clientConfig);
  const listed = await client.send(new ListObjectsV2Command({ Bucket: s3.bucket }));
  client.destroy();
  const keys = (listed.Contents ?? []).map((object) => object.Key ?? '');
  expect(keys.filter((key) => key.endsWith('.tflock'))).toEqual([]);
  // The states are there (emptied by destroy), the janitor's records are removed with the environment.
  expect(keys.filter((key) => key.endsWith('.tfstate'))).toHaveLength(Math.max(1, Math.floor(REPEATS / 2)));
  expect(keys.filter((key) => key.endsWith('.testpipe.json'))).toEqual([]);
});
