import { describe, expect, it } from '@jest/globals';
import { systemClock, type Clock } from '../src/ports/clock.js';
import { RetriesExhaustedError, RetryAbortedError } from '../src/retry/errors.js';
import { parseRetryAfterMs } from '../src/retry/retry-after.js';
import { retryWithBackoff, type RetryAttemptInfo } from '../src/retry/retry-with-backoff.js';

/** A clock whose sleeps pass instantly and are recorded; `hang` makes sleeps never end. */
function fakeClock(start = 0, hang = false): Clock & { sleeps: number[]; advance(ms: number): void } {
  let now = start;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    advance: (ms) => {
      now += ms;
    },
    sleep: async (ms) => {
      sleeps.push(ms);
      if (hang) return new Promise<void>(() => undefined);
      now += ms;
    },
  };
}

function failingTimes(failures: number, error = (n: number) => new Error(`boom ${n}`)) {
  const calls: number[] = [];
  const fn = async (attempt: number): Promise<string> => {
    calls.push(attempt);
    if (attempt <= failures) throw error(attempt);
    return `ok on ${attempt}`;
  };
  return { fn, calls };
}

const base = { retries: 5, baseDelayMs: 100, maxDelayMs: 1_000 };

describe('retryWithBackoff', () => {
  it('retries with exponential backoff and full jitter, reporting each failed attempt', async () => {
    const clock = fakeClock();
    const infos: RetryAttemptInfo[] = [];
    const { fn, calls } = failingTimes(3);
    const result = await retryWithBackoff(fn, {
      ...base,
      clock,
      random: () => 0.5,
      onAttempt: (info) => infos.push(info),
    });
    expect(result).toBe('ok on 4');
    expect(calls).toEqual([1, 2, 3, 4]);
    expect(clock.sleeps).toEqual([50, 100, 200]);
    expect(infos.map((info) => [info.attempt, (info.error as Error).message, info.delayMs])).toEqual([
      [1, 'boom 1', 50],
      [2, 'boom 2', 100],
      [3, 'boom 3', 200],
    ]);
  });

  it('caps each delay at maxDelayMs and scales it by the random draw', async () => {
    const clock = fakeClock();
    await retryWithBackoff(failingTimes(5).fn, { ...base, maxDelayMs: 250, clock, random: () => 0.999 });
    expect(clock.sleeps).toEqual([99, 199, 249, 249, 249]);
    const zero = fakeClock();
    await retryWithBackoff(failingTimes(2).fn, { ...base, clock: zero, random: () => 0 });
    expect(zero.sleeps).toEqual([0, 0]);
  });

  it('throws RetriesExhaustedError carrying the last error when retries run out', async () => {
    const { fn, calls } = failingTimes(10);
    const error = await retryWithBackoff(fn, { ...base, retries: 2, clock: fakeClock(), random: () => 0.5 }).catch(
      (e) => e,
    );
    expect(calls).toEqual([1, 2, 3]);
    expect(error).toBeInstanceOf(RetriesExhaustedError);
    expect(error).toMatchObject({ attempts: 3, reason: 'retries' });
    expect((error.cause as Error).message).toBe('boom 3');
    expect(error.message).toContain('Last error: boom 3');
  });

  it('rethrows a non-retryable error as it is, without waiting', async () => {
    const clock = fakeClock();
    const { fn, calls } = failingTimes(10, (n) => Object.assign(new Error(`bad request ${n}`), { status: 400 }));
    const error = await retryWithBackoff(fn, {
      ...base,
      clock,
      isRetryable: (e) => (e as { status?: number }).status !== 400,
    }).catch((e) => e);
    expect(error.message).toBe('bad request 1');
    expect(calls).toEqual([1]);
    expect(clock.sleeps).toEqual([]);
  });

  it('stops before a wait that would pass the deadline, counting the time attempts took', async () => {
    const clock = fakeClock();
    const calls: number[] = [];
    const error = await retryWithBackoff(
      async (attempt) => {
        calls.push(attempt);
        clock.advance(300);
        throw new Error(`slow ${attempt}`);
      },
      { retries: 10, baseDelayMs: 400, maxDelayMs: 10_000, deadlineMs: 2_000, clock, random: () => 0.999 },
    ).catch((e) => e);
    // attempt 1 ends at 300, waits 399 → 699; attempt 2 ends at 999, a 799 wait would end at 1798;
    // attempt 3 ends at 2098: any wait passes 2000.
    expect(clock.sleeps).toEqual([399, 799]);
    expect(calls).toEqual([1, 2, 3]);
    expect(error).toMatchObject({ reason: 'deadline', attempts: 3 });
    expect((error.cause as Error).message).toBe('slow 3');
  });

  it('waits what Retry-After says (seconds or HTTP date) instead of the computed delay, beyond maxDelayMs', async () => {
    const now = Date.parse('Wed, 21 Oct 2026 07:28:00 GMT');
    const clock = fakeClock(now);
    const values = ['2', 'Wed, 21 Oct 2026 07:28:32 GMT', undefined];
    const { fn } = failingTimes(3, (n) => Object.assign(new Error(`429 ${n}`), { retryAfter: values[n - 1] }));
    await retryWithBackoff(fn, {
      ...base,
      maxDelayMs: 100,
      clock,
      random: () => 0.5,
      retryAfter: (e) => (e as { retryAfter?: string }).retryAfter,
    });
    // 2 s; then the date, 30 s after the clock (07:28:02 by then); then the computed delay, capped.
    expect(clock.sleeps).toEqual([2_000, 30_000, 50]);
  });

  it('gives up instead of waiting when Retry-After passes the deadline', async () => {
    const clock = fakeClock();
    const { fn, calls } = failingTimes(3);
    const error = await retryWithBackoff(fn, { ...base, deadlineMs: 60_000, clock, retryAfter: () => 120 }).catch(
      (e) => e,
    );
    expect(error).toMatchObject({ reason: 'deadline', attempts: 1 });
    expect(calls).toEqual([1]);
    expect(clock.sleeps).toEqual([]);
  });

  it('throws an AbortError promptly when aborted mid-wait, even if the clock ignores the signal', async () => {
    const controller = new AbortController();
    const clock = fakeClock(0, true);
    const { fn, calls } = failingTimes(10);
    const pending = retryWithBackoff(fn, { ...base, clock, signal: controller.signal, random: () => 0.5 });
    await new Promise((resolve) => setImmediate(resolve));
    expect(clock.sleeps).toEqual([50]);
    controller.abort(new Error('job cancelled'));
    const error = await pending.catch((e) => e);
    expect(error).toBeInstanceOf(RetryAbortedError);
    expect(error.name).toBe('AbortError');
    expect((error.cause as Error).message).toBe('job cancelled');
    expect(calls).toEqual([1]);
  });

  it('throws an AbortError while an attempt is still running, and never calls fn when already aborted', async () => {
    const controller = new AbortController();
    const pending = retryWithBackoff(() => new Promise<never>(() => undefined), { ...base, signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    let called = false;
    const already = retryWithBackoff(
      async () => {
        called = true;
      },
      { ...base, signal: controller.signal },
    );
    await expect(already).rejects.toBeInstanceOf(RetryAbortedError);
    expect(called).toBe(false);
  });

  it('rejects options that make no sense with a message naming the option', async () => {
    await expect(retryWithBackoff(async () => 1, { ...base, retries: -1 })).rejects.toThrow(/retries/);
    await expect(retryWithBackoff(async () => 1, { ...base, baseDelayMs: Number.NaN })).rejects.toThrow(/baseDelayMs/);
    await expect(retryWithBackoff(async () => 1, { ...base, retries: 1.5 })).rejects.toThrow(/integer/);
  });
});

describe('systemClock.sleep', () => {
  it('resolves after a short wait and rejects with the reason when aborted', async () => {
    await expect(systemClock.sleep(1)).resolves.toBeUndefined();
    const controller = new AbortController();
    const sleeping = systemClock.sleep(60_000, controller.signal);
    controller.abort(new Error('stop'));
    await expect(sleeping).rejects.toThrow('stop');
  });
});

describe('parseRetryAfterMs', () => {
  it('reads delta-seconds, numbers and HTTP dates, never negative', () => {
    const now = Date.parse('Wed, 21 Oct 2026 07:28:00 GMT');
    expect(parseRetryAfterMs('120', now)).toBe(120_000);
    expect(parseRetryAfterMs(1.5, now)).toBe(1_500);
    expect(parseRetryAfterMs('Wed, 21 Oct 2026 07:29:00 GMT', now)).toBe(60_000);
    expect(parseRetryAfterMs('Wed, 21 Oct 2026 07:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfterMs('soon', now)).toBeUndefined();
    expect(parseRetryAfterMs(undefined, now)).toBeUndefined();
  });
});
