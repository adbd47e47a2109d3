import { FAIL_ON } from '@testpipe/core/input-support';
import type { FailOn } from '@testpipe/core';
import { UsageError } from './usage-error.js';

/** The gate options `report` and `run` share, parsed with the same messages. */
export function parseMinPassRate(raw: string): number {
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0 || n > 100) throw new UsageError(`--min-pass-rate must be 0..100, got "${raw}".`);
  return n;
}

export function parseFailOn(raw: string): FailOn {
  if (!(FAIL_ON as readonly string[]).includes(raw)) {
    throw new UsageError(`--fail-on must be one of ${FAIL_ON.join(', ')}, got "${raw}".`);
  }
  return raw as FailOn;
}
