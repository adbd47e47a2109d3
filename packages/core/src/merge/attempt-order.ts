import type { TestAttempt } from '../model.js';

/**
 * Orders attempts by start time when every attempt has a parseable one; otherwise keeps
 * arrival (source) order, which is the only order that is consistent with partial timestamps.
 * The sort is stable, so attempts that started at the same instant keep source order.
 */
export function orderAttempts(attempts: TestAttempt[]): TestAttempt[] {
  if (attempts.length < 2) return attempts;
  const times = attempts.map((attempt) => (attempt.startedAt ? Date.parse(attempt.startedAt) : NaN));
  if (times.some((time) => Number.isNaN(time))) return attempts;
  return attempts
    .map((attempt, index) => ({ attempt, time: times[index] ?? 0 }))
    .sort((a, b) => a.time - b.time)
    .map(({ attempt }) => attempt);
}
