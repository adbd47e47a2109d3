// Whether a suite's plan predicts anything: without a timing for any unit, its times are the default
// guess per unit and the plan splits by count, which is said as such rather than as a duration.
import { formatDuration } from '../render/format.js';
import type { ShardPlan } from './types.js';

/** Said instead of a duration when the suite has no timings. */
export const UNKNOWN_ESTIMATE = 'unknown (no timings yet)';

/** The suite has no timing for any of its units: its times are a guess and the plan splits by count. */
export function estimateIsUnknown(suite: ShardPlan): boolean {
  const units = suite.shards.reduce((count, shard) => count + shard.units.length, 0);
  return units > 0 && suite.knownShare === 0 && suite.estimates.default === units;
}

/** `ms` in core's duration format, or UNKNOWN_ESTIMATE for a suite without timings. */
export function describePrediction(suite: ShardPlan, ms: number): string {
  return estimateIsUnknown(suite) ? UNKNOWN_ESTIMATE : formatDuration(ms);
}
