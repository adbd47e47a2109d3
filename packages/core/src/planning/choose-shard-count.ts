// shards: 'auto'. Plans every count from 1 to the cap, keeps those within the runner-minutes budget,
// and takes the smallest count whose wall time is within AUTO_SHARDS_TOLERANCE (5 %) of the best:
// a shard more must buy at least that much time, or it only costs runner minutes.
import { toMillis } from './micros.js';
import type { Partition, Partitioner } from './partition.js';
import { AUTO_SHARDS_TOLERANCE, type ShardTradeoff } from './types.js';

export interface ShardCountChoice {
  partition: Partition;
  tradeoffs: ShardTradeoff[];
  reason?: string;
}

const MICROS_PER_MINUTE = 60_000_000;

function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

export function chooseShardCount(
  partitioner: Partitioner,
  overheadMicros: number,
  maxCount: number,
  runnerMinutesBudget: number | undefined,
): ShardCountChoice {
  const budgetMicros = runnerMinutesBudget === undefined ? Infinity : runnerMinutesBudget * MICROS_PER_MINUTE;
  const partitions: Partition[] = [];
  const tradeoffs: ShardTradeoff[] = [];
  for (let count = 1; count <= maxCount; count++) {
    const partition = partitioner.partition(count, overheadMicros);
    const runnerMicros = partition.totalMicros + count * overheadMicros;
    const singleShard = partitions[0]?.makespanMicros ?? partition.makespanMicros;
    partitions.push(partition);
    tradeoffs.push({
      shards: count,
      makespanMs: toMillis(partition.makespanMicros),
      runnerMinutes: round(runnerMicros / MICROS_PER_MINUTE, 2),
      efficiency: partition.makespanMicros === 0 ? 1 : round(singleShard / (count * partition.makespanMicros), 4),
      withinBudget: runnerMicros <= budgetMicros,
    });
  }

  const feasible = tradeoffs.filter((row) => row.withinBudget);
  if (feasible.length === 0) {
    return {
      partition: partitions[0]!,
      tradeoffs,
      reason:
        `The runner-minutes budget (${runnerMinutesBudget} min) is below the ${tradeoffs[0]!.runnerMinutes} min ` +
        'that even one shard needs; planned 1 shard. Raise the budget or run fewer tests.',
    };
  }
  const best = Math.min(...feasible.map((row) => partitions[row.shards - 1]!.makespanMicros));
  const chosen = feasible.find(
    (row) => partitions[row.shards - 1]!.makespanMicros <= best * (1 + AUTO_SHARDS_TOLERANCE),
  )!;
  return { partition: partitions[chosen.shards - 1]!, tradeoffs };
}
