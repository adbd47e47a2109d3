// The post step of provision: applies the destroy policy to what main provisioned, within a time budget
// under the runner's 5-minute cancellation cap, and says what it left behind when the budget runs out.
import { AUDIT_FILE, type AuditEntry } from '@testpipe/core';
import path from 'node:path';
import { destroyEnvironment, type DestroyResult } from '../teardown/destroy-environment.js';
import { auditBy, appendAudit } from './audit-log.js';
import {
  MAX_POST_TIMEOUT_MS,
  PROVISION_STATE_NAME,
  type JobStatus,
  type ProvisionPorts,
  type ProvisionState,
  type ProvisionIdentity,
} from './provision-settings.js';
import { inspectAndDestroyCommands } from './provision-summary.js';

export interface ProvisionPostInput {
  /** The job's status (job-status input, --job-status); undefined: judged from main's own outcome. */
  jobStatus?: JobStatus;
  budgetMs: number;
  identity: ProvisionIdentity;
  outputDir: string;
  signal?: AbortSignal;
}

export type PostDecision = { destroy: true; why: string } | { destroy: false; why: string; preserved: boolean };

/** The destroy policy: `always` (unless the job failed and preserve-on-failure), `on-success`, `never`. */
export function decideTeardown(
  state: Pick<ProvisionState, 'destroy' | 'preserveOnFailure'>,
  jobStatus: JobStatus,
): PostDecision {
  const failed = jobStatus === 'failure';
  if (state.destroy === 'never') return { destroy: false, why: 'destroy: never', preserved: false };
  if (failed && state.preserveOnFailure) {
    return { destroy: false, why: 'the job failed and preserve-on-failure is true', preserved: true };
  }
  if (state.destroy === 'on-success' && jobStatus !== 'success') {
    return { destroy: false, why: `destroy: on-success and the job status is ${jobStatus}`, preserved: failed };
  }
  return { destroy: true, why: `destroy: ${state.destroy}, job status ${jobStatus}` };
}

export interface ProvisionPostResult {
  action: 'none' | 'destroyed' | 'kept' | 'destroy-failed' | 'timed-out';
  jobStatus: JobStatus;
  summary: string;
  destroy?: DestroyResult;
  auditFile?: string;
}

export async function runProvisionPost(input: ProvisionPostInput, ports: ProvisionPorts): Promise<ProvisionPostResult> {
  const state = ports.state.read<ProvisionState>(PROVISION_STATE_NAME);
  // Without a job status, main's own outcome says it; a main that never recorded one was killed.
  const fromMain: JobStatus =
    state?.mainOutcome === 'applied' ? 'success' : state?.mainOutcome === 'failed' ? 'failure' : 'cancelled';
  const jobStatus = input.jobStatus ?? fromMain;
  if (!state) {
    return { action: 'none', jobStatus, summary: '' };
  }
  if (state.destroyedByMain) {
    ports.logger.info('The failed apply was already destroyed by the main step; nothing left to do.');
    return { action: 'none', jobStatus, summary: '' };
  }
  const auditFile = path.join(input.outputDir, AUDIT_FILE);
  const redact = ports.secrets.redact.bind(ports.secrets);
  const at = (): string => new Date(ports.clock.now()).toISOString();
  const entry = (action: AuditEntry['action'], reason: string, resources?: string[]): AuditEntry => ({
    at: at(),
    action,
    by: auditBy(input.identity),
    stateKey: state.stateKey,
    expiresAt: state.expiresAt,
    reason,
    ...(resources ? { resources } : {}),
  });
  const decision = decideTeardown(state, jobStatus);
  ports.logger.info(`Post step: ${decision.destroy ? 'destroying' : 'keeping'} the environment (${decision.why}).`);
  if (!decision.destroy) {
    await appendAudit(auditFile, state.pipelineId, [entry('kept', decision.why)], redact);
    const summary = [
      `### testpipe provision: environment kept`,
      '',
      `Kept because ${decision.why}. State key \`${state.stateKey}\`; expires ${state.expiresAt} (the janitor destroys it after that).`,
      '',
      'Inspect and destroy it with:',
      '',
      '```sh',
      inspectAndDestroyCommands(state, state.workingDirectory),
      '```',
      '',
    ].join('\n');
    return { action: 'kept', jobStatus, summary: redact(summary), auditFile };
  }
  const budgetMs = Math.min(input.budgetMs, MAX_POST_TIMEOUT_MS);
  const destroyed = await ports.logger.group('terraform destroy', () =>
    destroyEnvironment({ target: state, budgetMs, lockId: state.lockId, signal: input.signal }, ports),
  );
  const ok = destroyed.status === 'destroyed' || destroyed.status === 'nothing-to-destroy';
  if (ok) ports.logger.info(destroyed.message);
  else ports.logger.error(destroyed.message);
  await appendAudit(
    auditFile,
    state.pipelineId,
    [entry(ok ? 'destroyed' : 'destroy-failed', `${decision.why}; ${destroyed.message}`, destroyed.resources)],
    redact,
  );
  if (ok && state.backend === 's3') {
    const { deleteEnvironmentRecord } = await import('../teardown/s3-state-store.js');
    await deleteEnvironmentRecord(state.backendConfig, state.stateKey).catch(() => undefined);
  }
  const lines = [`### testpipe provision: environment ${ok ? 'destroyed' : 'NOT destroyed'}`, '', destroyed.message];
  if (!ok) {
    lines.push(
      '',
      `Left behind (may still exist): ${destroyed.leftBehind.map((a) => `\`${a}\``).join(', ') || 'unknown: the state could not be read'}.`,
      `State key \`${state.stateKey}\`; the janitor destroys it after ${state.expiresAt}, or run:`,
      '',
      '```sh',
      inspectAndDestroyCommands(state, state.workingDirectory),
      '```',
    );
  }
  return {
    action: ok ? 'destroyed' : destroyed.status === 'timed-out' ? 'timed-out' : 'destroy-failed',
    jobStatus,
    summary: redact(`${lines.join('\n')}\n`),
    destroy: destroyed,
    auditFile,
  };
}
