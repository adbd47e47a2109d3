// The pipeline's environment: provisioned with Terraform (as the provision action), or started directly by
// environment.without-terraform; torn down afterwards as the provision action's post step does.
import path from 'node:path';
import { UserError, type Clock, type Logger, type Secrets } from '@testpipe/core';
import {
  decideTeardown,
  findOnPath,
  runProvision,
  runProvisionPost,
  startDirectEnvironment,
  stopDirectEnvironment,
  type EnvironmentConfig,
  type JobStatus,
  type ProvisionIdentity,
} from '@testpipe/stages';
import { fileStepState } from '../commands/provision.js';
import { UsageError } from '../usage-error.js';

/** Budget of teardown, as the provision action's post-timeout default. */
const TEARDOWN_BUDGET_MS = 4 * 60_000;
/** How long environment.without-terraform's start and stop programs may take. */
const DIRECT_PROGRAM_TIMEOUT_MS = 5 * 60_000;

export type EnvironmentMode = 'terraform' | 'without-terraform';

export interface EnvironmentStep {
  config: EnvironmentConfig;
  /** env.json, audit.json and the provision state: <out>/environment. */
  outputDir: string;
  pipelineId: string;
  identity: ProvisionIdentity;
  logger: Logger;
  clock: Clock;
  secrets: Secrets;
}

export interface ProvisionedEnvironment {
  outputs: Record<string, string>;
  sensitiveOutputs: string[];
  envFile?: string;
  /** For the board: what was made. */
  detail: string;
}

export class InterruptedError extends Error {
  override name = 'InterruptedError';
}

/** Terraform when it is on PATH (or no alternative is configured), else the configured direct start. */
export function environmentMode(config: EnvironmentConfig, forceDirect: boolean): EnvironmentMode {
  if (forceDirect && !config.withoutTerraform) {
    throw new UsageError('--without-terraform needs environment.without-terraform (start, stop) in testpipe.yml.');
  }
  if (forceDirect) return 'without-terraform';
  const onPath = findOnPath('terraform', process.env.PATH ?? '') !== undefined;
  return onPath || !config.withoutTerraform ? 'terraform' : 'without-terraform';
}

function directInput(step: EnvironmentStep, signal?: AbortSignal) {
  return {
    config: step.config.withoutTerraform!,
    rootDir: process.cwd(),
    environmentDir: path.join(step.outputDir, 'direct'),
    outputDir: step.outputDir,
    pipelineId: step.pipelineId,
    identity: step.identity,
    timeoutMs: DIRECT_PROGRAM_TIMEOUT_MS,
    signal,
  };
}

function describeOutputs(outputs: Record<string, string>, sensitive: readonly string[]): string {
  const names = Object.keys(outputs).map((name) => (sensitive.includes(name) ? `${name} (sensitive)` : name));
  return names.length > 0 ? `outputs ${names.join(', ')}` : 'no outputs';
}

/** Provisions or starts the environment; throws a UserError (environment) or InterruptedError. */
export async function provisionEnvironment(
  step: EnvironmentStep,
  mode: EnvironmentMode,
  signal: AbortSignal,
): Promise<ProvisionedEnvironment> {
  const ports = { logger: step.logger, clock: step.clock, secrets: step.secrets };
  if (mode === 'without-terraform') {
    const started = await startDirectEnvironment(directInput(step, signal), ports);
    if (signal.aborted) throw new InterruptedError('Interrupted while the environment started.');
    const detail = `started without Terraform; ${describeOutputs(started.outputs, started.sensitiveOutputs)}`;
    return { ...started, detail };
  }
  const { config } = step;
  const result = await runProvision(
    {
      workingDirectory: config.workingDirectory,
      rootDir: process.cwd(),
      backend: config.backend,
      backendConfig: config.backendConfig,
      variables: Object.entries(config.vars).map(([name, value]) => `${name}=${value}`),
      varFiles: [],
      destroy: config.destroy,
      preserveOnFailure: config.preserveOnFailure,
      ttlMs: config.ttlMs,
      lockTimeoutMs: config.lockTimeoutMs,
      pipelineId: step.pipelineId,
      identity: step.identity,
      outputDir: step.outputDir,
      signal,
    },
    { ...ports, state: fileStepState(step.outputDir), mask: () => undefined },
  );
  if (result.status === 'cancelled') throw new InterruptedError('Interrupted while Terraform applied.');
  if (result.status !== 'applied') {
    throw new UserError(
      `Terraform could not provision the environment (${result.failureReason}): ${result.message ?? 'see pipeline.log'}`,
      { kind: 'environment' },
    );
  }
  const planned = result.plan ? `${result.plan.add} to add; ` : '';
  const detail = `Terraform applied (${planned}${describeOutputs(result.outputs, result.sensitiveOutputs)})`;
  return { outputs: result.outputs, sensitiveOutputs: result.sensitiveOutputs, envFile: result.envFile, detail };
}

/** Destroys or keeps the environment by its destroy policy and the pipeline's status; never throws. */
export async function teardownEnvironment(
  step: EnvironmentStep,
  mode: EnvironmentMode,
  jobStatus: JobStatus,
  signal: AbortSignal,
): Promise<{ ok: boolean; detail: string }> {
  const ports = { logger: step.logger, clock: step.clock, secrets: step.secrets };
  try {
    if (mode === 'without-terraform') {
      const decision = decideTeardown(step.config, jobStatus);
      const input = directInput(step, signal);
      if (!decision.destroy) {
        const how = `${input.config.stop.join(' ')} with TESTPIPE_ENVIRONMENT_DIR=${input.environmentDir}`;
        return { ok: true, detail: `kept (${decision.why}); stop it with ${how}` };
      }
      const stopped = await stopDirectEnvironment(input, decision.why, ports);
      return { ok: stopped.stopped, detail: stopped.message };
    }
    const result = await runProvisionPost(
      { jobStatus, budgetMs: TEARDOWN_BUDGET_MS, identity: step.identity, outputDir: step.outputDir, signal },
      { ...ports, state: fileStepState(step.outputDir), mask: () => undefined },
    );
    const ok = result.action !== 'destroy-failed' && result.action !== 'timed-out';
    const summary = result.summary.split('\n').find((line) => line.trim() !== '' && !line.startsWith('#'));
    return { ok, detail: `${result.action}${summary ? `: ${summary.replace(/[*`]/g, '')}` : ''}` };
  } catch (error) {
    return { ok: false, detail: `teardown failed: ${(error as Error).message}` };
  }
}
