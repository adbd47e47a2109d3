// Waits for every target at once under one overall deadline, with backoff and jitter from core.
import {
  RetriesExhaustedError,
  RetryAbortedError,
  formatDurationSetting,
  retryWithBackoff,
  type Clock,
  type Logger,
  type Secrets,
} from '@testpipe/core';
import { HealthCheckTimeoutError } from '../seed-errors.js';
import { PermanentProbeError, probeTarget } from './probes.js';
import type { HealthTarget } from './targets.js';

export interface TargetOutcome {
  target: string;
  kind: HealthTarget['kind'];
  attempts: number;
  state: 'ready' | 'timed-out' | 'failed';
  elapsedMs: number;
  lastError?: string;
}

export interface WaitOptions {
  deadlineMs: number;
  logger: Logger;
  clock: Clock;
  secrets: Secrets;
  signal?: AbortSignal;
  baseDelayMs?: number;
  maxDelayMs?: number;
}

async function waitForOne(target: HealthTarget, options: WaitOptions, signal: AbortSignal): Promise<TargetOutcome> {
  const { clock, logger, secrets } = options;
  const started = clock.now();
  let attempts = 0;
  let lastError: string | undefined;
  const outcome = (state: TargetOutcome['state']): TargetOutcome => ({
    target: target.display,
    kind: target.kind,
    attempts,
    state,
    elapsedMs: clock.now() - started,
    lastError: lastError === undefined ? undefined : secrets.redact(lastError),
  });
  try {
    await retryWithBackoff(
      async () => {
        attempts++;
        try {
          await probeTarget(target, secrets);
        } catch (error) {
          lastError = (error as Error).message;
          throw error;
        }
      },
      {
        retries: Number.MAX_SAFE_INTEGER,
        baseDelayMs: options.baseDelayMs ?? 250,
        maxDelayMs: options.maxDelayMs ?? 5_000,
        deadlineMs: Math.max(0, options.deadlineMs - (clock.now() - started)),
        isRetryable: (error) => !(error instanceof PermanentProbeError),
        signal,
        clock,
        onAttempt: ({ attempt, delayMs }) =>
          logger.debug(
            `${target.display}: attempt ${attempt} failed (${secrets.redact(lastError ?? '')}); next in ${delayMs} ms`,
          ),
      },
    );
    logger.info(`${target.display} is ready (${attempts} attempt${attempts === 1 ? '' : 's'})`);
    return outcome('ready');
  } catch (error) {
    if (error instanceof PermanentProbeError) return outcome('failed');
    if (error instanceof RetriesExhaustedError || error instanceof RetryAbortedError) {
      if (options.signal?.aborted) throw error;
      return outcome('timed-out');
    }
    throw error;
  }
}

/** Waits for all targets; throws naming each target that is not ready, with its last error. */
export async function waitForTargets(targets: HealthTarget[], options: WaitOptions): Promise<TargetOutcome[]> {
  const deadline = AbortSignal.timeout(options.deadlineMs);
  const signal = options.signal ? AbortSignal.any([options.signal, deadline]) : deadline;
  const outcomes = await Promise.all(targets.map((target) => waitForOne(target, options, signal)));
  const bad = outcomes.filter((outcome) => outcome.state !== 'ready');
  if (bad.length > 0) {
    const lines = bad.map((o) =>
      o.state === 'failed'
        ? `${o.target}: ${o.lastError}`
        : `${o.target} was not ready within ${formatDurationSetting(options.deadlineMs)} (${o.attempts} attempts); last error: ${o.lastError ?? 'none'}`,
    );
    throw new HealthCheckTimeoutError(`Health check failed: ${lines.join('; ')}`, outcomes);
  }
  return outcomes;
}
