// Shared by the provision action tests: they run the BUILT bundle (dist/provision/index.js and post.js)
// through the runner harness with the real terraform binary, on the fixture configuration in fixtures/.
import { cp, mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateRawSync } from 'node:zlib';
import {
  describeStep,
  runAction,
  runStep,
  S3RVER_ACCESS_KEY,
  S3RVER_SECRET_KEY,
  tempWorkspace,
  type ActionRunResult,
  type ArtifactService,
  type InputValue,
  type LocalS3,
  type StepOptions,
  type StepResult,
} from '@testpipe/testkit';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const PROVISION_YML = path.join(repoRoot, 'provision', 'action.yml');
export const TEARDOWN_YML = path.join(repoRoot, 'teardown', 'action.yml');
const FIXTURE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'environment');

export interface TestEnvironment {
  workspace: string;
  /** Where the configuration's resources write their marker files. */
  markerDir: string;
  /** The configuration, relative to the workspace. */
  workingDirectory: string;
  backendConfig: string;
}

/** The backend-config lines for the s3 backend against s3rver. */
export function s3BackendConfig(s3: LocalS3, bucket = s3.bucket): string {
  return [
    `bucket=${bucket}`,
    'region=us-east-1',
    `endpoints={s3="${s3.endpoint}"}`,
    'use_path_style=true',
    'use_lockfile=true',
    'skip_credentials_validation=true',
    'skip_requesting_account_id=true',
    'skip_metadata_api_check=true',
    'skip_region_validation=true',
    'skip_s3_checksum=true',
    `access_key=${S3RVER_ACCESS_KEY}`,
    `secret_key=${S3RVER_SECRET_KEY}`,
  ].join('\n');
}

/** A workspace holding the fixture configuration (with `backend "s3" {}` when s3 is given). */
export async function prepareEnvironment(s3?: LocalS3, bucket?: string): Promise<TestEnvironment> {
  const workspace = await tempWorkspace('testpipe-provision-');
  const infra = path.join(workspace, 'infra');
  await cp(FIXTURE, infra, { recursive: true });
  if (s3) await writeFile(path.join(infra, 'backend.tf'), 'terraform {\n  backend "s3" {}\n}\n');
  const markerDir = path.join(workspace, 'markers');
  await mkdir(markerDir, { recursive: true });
  return { workspace, markerDir, workingDirectory: 'infra', backendConfig: s3 ? s3BackendConfig(s3, bucket) : '' };
}

export function provisionInputs(
  environment: TestEnvironment,
  extra: Record<string, InputValue> = {},
  variables: string[] = [],
): Record<string, InputValue> {
  return {
    'working-directory': environment.workingDirectory,
    backend: environment.backendConfig ? 's3' : 'local',
    'backend-config': environment.backendConfig,
    variables: [`marker_dir=${environment.markerDir}`, ...variables].join('\n'),
    'job-status': 'success',
    'lock-timeout': '20s',
    ...extra,
  };
}

export interface ProvisionRun {
  environment: TestEnvironment;
  inputs: Record<string, InputValue>;
  runId?: number;
  artifacts?: ArtifactService;
}

function stepOptions(run: ProvisionRun, yml: string): StepOptions {
  const runId = run.runId ?? 5100;
  return {
    actionYml: yml,
    inputs: run.inputs,
    workspace: run.environment.workspace,
    // One RUNNER_TEMP for the job, as the runner has: main and post run as separate steps in some tests.
    runnerTemp: path.join(run.environment.workspace, '.runner-temp'),
    github: { runId, runAttempt: 1, job: 'e2e' },
    env: run.artifacts ? { ...run.artifacts.envFor(runId, 'e2e') } : {},
  };
}

/** main, then post (post-if: always()), as the runner runs them in one job. */
export function runProvisionAction(run: ProvisionRun, cancel: Partial<StepOptions> = {}): Promise<ActionRunResult> {
  return runAction({ ...stepOptions(run, PROVISION_YML), ...cancel });
}

/** Only the main step; its state goes to runPostStep. */
export function runMainStep(run: ProvisionRun, cancel: Partial<StepOptions> = {}): Promise<StepResult> {
  return runStep({ ...stepOptions(run, PROVISION_YML), ...cancel, step: 'main' });
}

export function runPostStep(run: ProvisionRun, main: StepResult): Promise<StepResult> {
  return runStep({
    ...stepOptions(run, PROVISION_YML),
    step: 'post',
    previousState: main.state,
    secrets: main.maskedValues,
  });
}

export function runTeardownAction(run: ProvisionRun): Promise<StepResult> {
  return runStep({ ...stepOptions(run, TEARDOWN_YML), step: 'main' });
}

/** What provision wrote for this pipeline: env.json, audit.json (RUNNER_TEMP/testpipe-provision/<id>). */
export function provisionOutputDir(environment: TestEnvironment, pipelineId: string): string {
  return path.join(environment.workspace, '.runner-temp', 'testpipe-provision', pipelineId);
}

export async function markersIn(environment: TestEnvironment): Promise<string[]> {
  return (await readdir(environment.markerDir)).sort();
}

export function expectSuccess(result: StepResult | undefined): asserts result is StepResult {
  if (!result) throw new Error('the step did not run');
  if (result.outcome !== 'success') throw new Error(`expected success, got:\n${describeStep(result)}`);
}

export { describeStep, type StepResult };

/** The files of a zip (as uploaded to the artifact service), read from its central directory. */
export function filesInZip(zip: Buffer): Record<string, string> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end === -1) throw new Error('not a zip: no end of central directory');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(at + 10);
    const compressedSize = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const localHeader = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const dataStart = localHeader + 30 + zip.readUInt16LE(localHeader + 26) + zip.readUInt16LE(localHeader + 28);
    const data = zip.subarray(dataStart, dataStart + compressedSize);
    files[name] = (method === 8 ? inflateRawSync(data) : data).toString('utf8');
    at += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}
