import type { Clock } from '@testpipe/core';

/** A Clock whose sleeps return at once and move its time on, recording each: rate-limit waits cost nothing. */
export interface VirtualClock extends Clock {
  /** Every sleep asked for, in milliseconds, in order. */
  sleeps: number[];
}

export function virtualClock(startMs = Date.UTC(2026, 0, 1)): VirtualClock {
  let now = startMs;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    sleep: async (ms, signal) => {
      if (signal?.aborted) throw signal.reason;
      sleeps.push(ms);
      now += Math.max(0, ms);
      // Let other work (a concurrent request) run, as a real wait would.
      await new Promise<void>((resolve) => setImmediate(resolve));
    },
  };
}
