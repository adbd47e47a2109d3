// With every shard's shard.json, the run's duration is clock time from the first shard's start to the last
// shard's end (start-up, setup and retries included), and each shard's prediction sits beside what it took.
import type { ShardRecord } from '../contracts/shard-record.js';
import { compareIds } from '../merge/test-identity.js';
import type { Metrics, ShardTimingSummary } from './metrics.js';

export function withShardClock(metrics: Metrics, records: readonly ShardRecord[]): Metrics {
  if (records.length === 0) return metrics;
  let first = Infinity;
  let last = -Infinity;
  const shards: ShardTimingSummary[] = [];
  for (const record of records) {
    const start = Date.parse(record.startedAt);
    const end = Date.parse(record.endedAt);
    first = Math.min(first, start);
    last = Math.max(last, end);
    const summary: ShardTimingSummary = {
      shard: record.shard,
      suite: record.suite,
      actualMs: end - start,
      attempts: record.attempts,
    };
    if (record.predictedMs !== undefined) summary.predictedMs = record.predictedMs;
    shards.push(summary);
  }
  shards.sort((a, b) => compareIds(a.shard, b.shard));
  return { ...metrics, durationMs: { ...metrics.durationMs, wall: Math.max(0, last - first) }, shards };
}

/** The plan's predicted makespan (its slowest shard) and what the slowest shard took. */
export function makespans(shards: readonly ShardTimingSummary[]): { predictedMs?: number; actualMs: number } {
  const predicted = shards.filter((shard) => shard.predictedMs !== undefined).map((shard) => shard.predictedMs!);
  const actualMs = Math.max(0, ...shards.map((shard) => shard.actualMs));
  return predicted.length === shards.length ? { predictedMs: Math.max(...predicted), actualMs } : { actualMs };
}
