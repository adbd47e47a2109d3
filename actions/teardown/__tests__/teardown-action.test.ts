// The teardown action through the runner harness with the real terraform binary and the s3 backend on
// s3rver: destroy by pipeline id (twice: the second finds nothing and succeeds), and the janitor, which
// destroys only environments whose recorded expiry has passed (with a dry run first).
import { readFile } from 'node:fs/promises';
import { jest } from '@jest/globals';
import { removeDir, startLocalS3, type LocalS3 } from '@testpipe/testkit';
import {
  describeStep,
  expectSuccess,
  markersIn,
  prepareEnvironment,
  provisionInputs,
  runMainStep,
  runTeardownAction,
  type TestEnvironment,
} from '../../provision/__tests__/provision-helpers.js';

jest.setTimeout(180_000);

let s3: LocalS3;
const environments: TestEnvironment[] = [];
beforeAll(async () => {
  s3 = await startLocalS3({ bucket: 'tfstate' });
});
afterAll(async () => {
  for (const environment of environments) await removeDir(environment.workspace);
  await s3?.close();
});

async function provisioned(runId: number, ttl: string, bucket?: string): Promise<TestEnvironment> {
  const environment = await prepareEnvironment(s3, bucket);
  environments.push(environment);
  // Main only: the runner machine is lost before its post step, the case the janitor is for.
  const main = await runMainStep({ environment, inputs: provisionInputs(environment, { ttl }), runId });
  expectSuccess(main);
  expect(await markersIn(environment)).toEqual(['app', 'database']);
  return environment;
}

function teardownInputs(environment: TestEnvironment, extra: Record<string, string>) {
  return {
    'working-directory': 'infra',
    backend: 's3',
    'backend-config': environment.backendConfig,
    variables: 'marker_dir=unused-by-destroy',
    ...extra,
  };
}

it('destroys one pipeline by id, and a second teardown of the same pipeline succeeds with nothing to do', async () => {
  const environment = await provisioned(5601, '6h');
  const inputs = teardownInputs(environment, { 'pipeline-id': '5601-1', job: 'e2e' });
  const first = await runTeardownAction({ environment, inputs, runId: 5690 });
  expectSuccess(first);
  expect(first.outputs.destroyed).toBe('1');
  expect(await markersIn(environment)).toEqual([]);

  const second = await runTeardownAction({ environment, inputs, runId: 5691 });
  expectSuccess(second);
  expect(second.outputs.destroyed).toBe('1');
  expect(second.summary).toContain('nothing-to-destroy');
  const audit = JSON.parse(await readFile(second.outputs['audit-file'] ?? '', 'utf8')) as {
    entries: Array<{ action: string; pipelineId: string; by: { runId: string } }>;
  };
  expect(audit.entries.at(-1)).toMatchObject({ action: 'destroyed', pipelineId: '5601-1', by: { runId: '5691' } });
});

it('the janitor destroys only expired environments; its dry run destroys nothing', async () => {
  await s3.createBucket('janitor');
  const expiredA = await provisioned(5701, '1s', 'janitor');
  const expiredB = await provisioned(5702, '1s', 'janitor');
  const alive = await provisioned(5703, '6h', 'janitor');
  await new Promise((resolve) => setTimeout(resolve, 1500)); // let the 1 s ttl pass

  const janitor = (extra: Record<string, string>) =>
    runTeardownAction({
      environment: alive,
      inputs: teardownInputs(alive, { mode: 'janitor', ...extra }),
      runId: 5790,
    });
  const dryRun = await janitor({ 'dry-run': 'true' });
  expectSuccess(dryRun);
  expect(dryRun.outputs['would-destroy']).toBe('2');
  expect(dryRun.stdout).toMatch(/\| 5701-1 \|.*\| would-destroy \|/);
  for (const environment of [expiredA, expiredB, alive])
    expect(await markersIn(environment)).toEqual(['app', 'database']);

  const result = await janitor({});
  if (result.outcome !== 'success') throw new Error(describeStep(result));
  expect(result.outputs.destroyed).toBe('2');
  expect(result.outputs.kept).toBe('1');
  expect(await markersIn(expiredA)).toEqual([]);
  expect(await markersIn(expiredB)).toEqual([]);
  expect(await markersIn(alive)).toEqual(['app', 'database']);
  expect(result.summary).toMatch(/\| 5703-1 \|.*\| kept \| not expired \|/);
});
