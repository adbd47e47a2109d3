// Destroys one environment, idempotently and within a time budget: an empty or missing state is success,
// a stale lock is released only when its id is the one our own run recorded, transient errors are retried,
// and when the budget runs out Terraform gets one SIGINT and the result says what was left behind.
import { retryWithBackoff, type Clock, type Logger, type Secrets } from '@testpipe/core';
import {
  TerraformSession,
  TerraformStepError,
  lockTimeoutArg,
  variableArgs,
  type TerraformTarget,
} from '../provision/terraform-session.js';
import { isStateLocked, isTransientTerraformError, parseLockInfo } from '../provision/terraform-messages.js';

export interface DestroyRequest {
  target: TerraformTarget;
  /** The lock id our own run recorded: the only lock we release. */
  lockId?: string;
  /** Time budget for everything (init, destroy, retries). */
  budgetMs: number;
  signal?: AbortSignal;
  requiredVersion?: string;
}

export interface DestroyResult {
  status: 'destroyed' | 'nothing-to-destroy' | 'failed' | 'timed-out';
  /** Resource addresses in the state before destroying. */
  resources: string[];
  /** What may still exist (failed or timed out). */
  leftBehind: string[];
  message: string;
}

export interface DestroyPorts {
  logger: Logger;
  clock: Clock;
  secrets: Secrets;
}

class LockHeldByOther extends Error {}

async function listResources(session: TerraformSession, signal: AbortSignal): Promise<string[]> {
  const { result, output } = await session.run(['state', 'list'], { signal, quietStdout: true });
  if (result.exitCode !== 0) {
    // A backend without a state (never applied, or already destroyed and removed) has nothing to destroy.
    if (/No state file was found/i.test(output)) return [];
    throw new TerraformStepError('state list', result, output);
  }
  return result.stdout
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

export async function destroyEnvironment(request: DestroyRequest, ports: DestroyPorts): Promise<DestroyResult> {
  const startedAt = ports.clock.now();
  const budget = AbortSignal.timeout(Math.max(1000, request.budgetMs));
  const signal = request.signal ? AbortSignal.any([budget, request.signal]) : budget;
  const remaining = (): number => Math.max(0, request.budgetMs - (ports.clock.now() - startedAt));
  let resources: string[] = [];
  let released = false;
  try {
    const session = await TerraformSession.open(request.target, ports, request.requiredVersion);
    await session.init(signal, remaining());
    resources = await listResources(session, signal);
    if (resources.length === 0) {
      return {
        status: 'nothing-to-destroy',
        resources,
        leftBehind: [],
        message: 'The state is empty: nothing to destroy.',
      };
    }
    await retryWithBackoff(
      async () => {
        // Leave a few seconds of the budget to stop Terraform cleanly.
        const lockWaitMs = Math.min(request.target.lockTimeoutMs, Math.max(0, remaining() - 15_000));
        const args = [
          'destroy',
          '-auto-approve',
          '-input=false',
          lockTimeoutArg(lockWaitMs),
          ...variableArgs(request.target),
        ];
        const ran = await session.run(args, { signal });
        if (ran.result.exitCode === 0) return;
        if (isStateLocked(ran.output)) {
          const lock = parseLockInfo(ran.output);
          if (!released && lock && request.lockId && lock.id === request.lockId) {
            ports.logger.warning(`Releasing the state lock ${lock.id} left by this pipeline's own cancelled run.`);
            await session.run(['force-unlock', '-force', lock.id], { signal });
            released = true;
          } else {
            throw new LockHeldByOther(
              `The state is locked by someone else (${lock ? `lock ${lock.id}, ${lock.operation ?? ''} by ${lock.who ?? '?'} since ${lock.created ?? '?'}` : 'no lock info'}); not releasing it.`,
            );
          }
        }
        throw new TerraformStepError('destroy', ran.result, ran.output);
      },
      {
        retries: 3,
        baseDelayMs: 2000,
        maxDelayMs: 15_000,
        deadlineMs: Math.max(0, remaining() - 5000),
        signal,
        clock: ports.clock,
        isRetryable: (error) =>
          error instanceof TerraformStepError &&
          (released || isTransientTerraformError(error.output) || isStateLocked(error.output)),
        onAttempt: ({ attempt, delayMs }) =>
          ports.logger.warning(
            `terraform destroy failed (attempt ${attempt}); retrying in ${Math.round(delayMs / 1000)} s.`,
          ),
      },
    );
    return { status: 'destroyed', resources, leftBehind: [], message: `Destroyed ${resources.length} resource(s).` };
  } catch (error) {
    const timedOut = budget.aborted;
    const last = (error as { lastError?: unknown }).lastError ?? error;
    const detail = last instanceof Error ? last.message : String(last);
    return {
      status: timedOut ? 'timed-out' : 'failed',
      resources,
      leftBehind: resources,
      message: timedOut
        ? `Destroying did not finish within ${Math.round(request.budgetMs / 1000)} s; Terraform was interrupted. ${detail}`
        : detail,
    };
  }
}
