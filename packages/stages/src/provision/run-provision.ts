// The provision stage: init (retried), validate, plan -out, apply of that plan (never retried), outputs
// masked before anything prints them, env.json and audit.json. Everything the post step needs to destroy
// the environment is saved before apply starts, so even a killed apply can be destroyed.
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { AUDIT_FILE, ENV_FILE, redactStrings, writeJsonContract, type EnvironmentFile } from '@testpipe/core';
import { destroyEnvironment } from '../teardown/destroy-environment.js';
import { auditBy, appendAudit } from './audit-log.js';
import { backendConfigFor, checkPipelineId, parseKeyValueLines, stateKeyFor } from './provision-input.js';
import {
  MAX_POST_TIMEOUT_MS,
  PROVISION_STATE_NAME,
  type BackendType,
  type DestroyPolicy,
  type FailureReason,
  type ProvisionPorts,
  type ProvisionState,
  type ProvisionIdentity,
} from './provision-settings.js';
import { renderProvisionSummary } from './provision-summary.js';
import { isStateLocked, parseLockInfo, parsePlanCounts, type LockInfo, type PlanCounts } from './terraform-messages.js';
import { readTerraformOutputs } from './terraform-outputs.js';
import { TerraformSession, TerraformStepError, lockTimeoutArg, variableArgs } from './terraform-session.js';

export interface ProvisionInput {
  /** The Terraform configuration (absolute, or relative to rootDir). */
  workingDirectory: string;
  /** The repository root: env.json records the working directory relative to it. */
  rootDir: string;
  backend: BackendType;
  backendConfig: string[];
  variables: string[];
  varFiles: string[];
  destroy: DestroyPolicy;
  preserveOnFailure: boolean;
  ttlMs: number;
  lockTimeoutMs: number;
  pipelineId: string;
  identity: ProvisionIdentity;
  /** Where env.json, audit.json and the plan file go. */
  outputDir: string;
  /** Minimum Terraform version ("terraform-version"). */
  terraformVersion?: string;
  /** The runner's cancel: Terraform gets exactly one SIGINT. */
  signal?: AbortSignal;
}

export interface ProvisionResult {
  status: 'applied' | 'failed' | 'cancelled';
  pipelineId: string;
  stateKey: string;
  expiresAt: string;
  /** One step output per Terraform output (sensitive ones already masked). */
  outputs: Record<string, string>;
  sensitiveOutputs: string[];
  failureReason?: FailureReason;
  lockInfo?: LockInfo;
  plan?: PlanCounts;
  envFile?: string;
  auditFile: string;
  /** Markdown for the job summary, redacted. */
  summary: string;
  /** What went wrong, redacted, for the step's error. */
  message?: string;
  /** For a failed apply: whether main destroyed the partial environment. */
  partialDestroy?: 'destroyed' | 'kept' | 'failed';
}

function failureOf(stage: 'init' | 'plan' | 'apply', error: unknown, cancelled: boolean): FailureReason {
  if (cancelled) return 'cancelled';
  const output = error instanceof TerraformStepError ? error.output : '';
  if (isStateLocked(output)) return 'state-locked';
  return `${stage}-failed` as FailureReason;
}

/** Provisions one environment; never throws for a Terraform failure (the result says what failed). */
export async function runProvision(input: ProvisionInput, ports: ProvisionPorts): Promise<ProvisionResult> {
  const { logger, clock, secrets } = ports;
  const pipelineId = checkPipelineId(input.pipelineId);
  const workingDirectory = path.resolve(input.rootDir, input.workingDirectory);
  const stateKey = stateKeyFor(input.identity.repository, pipelineId, input.identity.job ?? 'job');
  const expiresAt = new Date(clock.now() + input.ttlMs).toISOString();
  const state: ProvisionState = {
    pipelineId,
    stateKey,
    workingDirectory,
    backend: input.backend,
    backendConfig: backendConfigFor(input.backend, input.backendConfig, stateKey),
    variables: parseKeyValueLines(input.variables, 'variables'),
    varFiles: input.varFiles.map((file) => path.resolve(workingDirectory, file)),
    automaticVariables: { pipeline_id: pipelineId, ttl_expires_at: expiresAt, repository: input.identity.repository },
    destroy: input.destroy,
    preserveOnFailure: input.preserveOnFailure,
    expiresAt,
    lockTimeoutMs: input.lockTimeoutMs,
  };
  await mkdir(input.outputDir, { recursive: true });
  const auditFile = path.join(input.outputDir, AUDIT_FILE);
  const planFile = path.join(input.outputDir, `${pipelineId}.tfplan`);
  const result: ProvisionResult = {
    status: 'failed',
    pipelineId,
    stateKey,
    expiresAt,
    outputs: {},
    sensitiveOutputs: [],
    auditFile,
    summary: '',
  };
  const finish = (): ProvisionResult => {
    result.summary = secrets.redact(renderProvisionSummary(result, state));
    if (result.message) result.message = secrets.redact(result.message);
    return result;
  };
  const fail = (stage: 'init' | 'plan' | 'apply', error: unknown): ProvisionResult => {
    const cancelled = input.signal?.aborted === true;
    result.status = cancelled ? 'cancelled' : 'failed';
    result.failureReason = failureOf(stage, error, cancelled);
    const output = error instanceof TerraformStepError ? error.output : '';
    result.lockInfo = parseLockInfo(output);
    result.message = error instanceof Error ? error.message : String(error);
    return finish();
  };

  const session = await TerraformSession.open(state, ports, input.terraformVersion);
  logger.info(`Terraform ${session.cli.version}; pipeline ${pipelineId}; state key ${stateKey}.`);
  try {
    await logger.group('terraform init', () => session.init(input.signal));
  } catch (error) {
    return fail('init', error);
  }
  try {
    await logger.group('terraform validate', () => session.runOrThrow(['validate'], { signal: input.signal }));
    const planned = await logger.group('terraform plan', () =>
      session.runOrThrow(
        ['plan', '-input=false', lockTimeoutArg(input.lockTimeoutMs), `-out=${planFile}`, ...variableArgs(state)],
        { signal: input.signal },
      ),
    );
    result.plan = parsePlanCounts(planned.output);
  } catch (error) {
    return fail('plan', error);
  }

  // From here on something may exist: the post step must be able to destroy it.
  ports.state.save(PROVISION_STATE_NAME, state);
  if (state.backend === 's3') await recordForJanitor(state, input.identity, logger.warning.bind(logger));
  await appendAudit(
    auditFile,
    pipelineId,
    [
      {
        at: new Date(clock.now()).toISOString(),
        action: 'created',
        by: auditBy(input.identity),
        stateKey,
        expiresAt,
        reason: 'apply started',
      },
    ],
    secrets.redact.bind(secrets),
  );

  const applied = await logger.group('terraform apply', () =>
    session.run(['apply', '-input=false', lockTimeoutArg(input.lockTimeoutMs), planFile], { signal: input.signal }),
  );
  await rm(planFile, { force: true });
  if (applied.result.exitCode !== 0) {
    const error = new TerraformStepError('apply', applied.result, applied.output);
    fail('apply', error);
    state.mainOutcome = result.status === 'cancelled' ? 'cancelled' : 'failed';
    state.failureReason = result.failureReason;
    if (result.lockInfo) state.lockId = result.lockInfo.id;
    if (result.status === 'failed') await handleFailedApply(input, ports, state, result);
    ports.state.save(PROVISION_STATE_NAME, state);
    return finish();
  }

  const printed = await session.runOrThrow(['output', '-json'], { quietStdout: true });
  const outputs = readTerraformOutputs(printed.result.stdout, secrets, ports.mask);
  result.outputs = outputs.stepOutputs;
  result.sensitiveOutputs = outputs.sensitiveNames;
  const env: EnvironmentFile = {
    schemaVersion: 1,
    pipelineId,
    stateKey,
    provisionedAt: new Date(clock.now()).toISOString(),
    outputs: outputs.publicOutputs,
    workingDirectory: path.relative(input.rootDir, workingDirectory) || '.',
    expiresAt,
  };
  result.envFile = path.join(input.outputDir, ENV_FILE);
  await writeJsonContract(result.envFile, redactStrings(env, secrets.redact.bind(secrets)));
  result.status = 'applied';
  state.mainOutcome = 'applied';
  ports.state.save(PROVISION_STATE_NAME, state);
  return finish();
}

async function recordForJanitor(state: ProvisionState, identity: ProvisionIdentity, warn: (message: string) => void) {
  try {
    const { writeEnvironmentRecord } = await import('../teardown/s3-state-store.js');
    await writeEnvironmentRecord(state.backendConfig, {
      schemaVersion: 1,
      pipelineId: state.pipelineId,
      stateKey: state.stateKey,
      expiresAt: state.expiresAt,
      createdAt: new Date().toISOString(),
      repository: identity.repository,
      runId: identity.runId,
      job: identity.job,
    });
  } catch (error) {
    warn(`Could not record the expiry next to the state (the janitor will use the state's age): ${String(error)}`);
  }
}

/** A failed apply: destroy what it created, unless preserve-on-failure keeps it for inspection. */
async function handleFailedApply(
  input: ProvisionInput,
  ports: ProvisionPorts,
  state: ProvisionState,
  result: ProvisionResult,
): Promise<void> {
  const at = (): string => new Date(ports.clock.now()).toISOString();
  const by = auditBy(input.identity);
  if (input.preserveOnFailure) {
    result.partialDestroy = 'kept';
    await appendAudit(
      result.auditFile,
      state.pipelineId,
      [
        {
          at: at(),
          action: 'kept',
          by,
          stateKey: state.stateKey,
          expiresAt: state.expiresAt,
          reason: 'apply failed; preserve-on-failure',
        },
      ],
      ports.secrets.redact.bind(ports.secrets),
    );
    return;
  }
  const destroyed = await ports.logger.group('terraform destroy (failed apply)', () =>
    destroyEnvironment({ target: state, budgetMs: MAX_POST_TIMEOUT_MS, lockId: state.lockId }, ports),
  );
  const ok = destroyed.status === 'destroyed' || destroyed.status === 'nothing-to-destroy';
  result.partialDestroy = ok ? 'destroyed' : 'failed';
  state.destroyedByMain = ok;
  await appendAudit(
    result.auditFile,
    state.pipelineId,
    [
      {
        at: at(),
        action: ok ? 'destroyed' : 'destroy-failed',
        by,
        stateKey: state.stateKey,
        resources: destroyed.resources,
        reason: `apply failed; ${destroyed.message}`,
      },
    ],
    ports.secrets.redact.bind(ports.secrets),
  );
}
