// The timing-balanced shard planner behind run-matrix: pure and deterministic, so the same units
// and timings give a byte-identical plan whatever order the units were listed in.
import { chooseShardCount } from './choose-shard-count.js';
import { estimateDurations, type Estimates } from './estimate-durations.js';
import { toMicros, toMillis } from './micros.js';
import { Partitioner, type Partition } from './partition.js';
import { canonicalJson, sha256Hex } from './plan-hash.js';
import { validatePlanInput } from './validate-input.js';
import {
  SHARD_PLAN_SCHEMA_VERSION,
  type PlanShardsInput,
  type PlanUnit,
  type PlannedShard,
  type ShardPlan,
  type ShardTradeoff,
} from './types.js';

const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const round4 = (value: number): number => Math.round(value * 10_000) / 10_000;

interface Chosen {
  partition: Partition;
  tradeoffs?: ShardTradeoff[];
  reason?: string;
}

function chooseCount(input: PlanShardsInput, partitioner: Partitioner, overhead: number, maxParallel: number): Chosen {
  const unitCount = input.units.length;
  if (input.shards === 'auto') {
    return chooseShardCount(partitioner, overhead, Math.min(maxParallel, unitCount), input.runnerMinutesBudget);
  }
  if (input.shards <= unitCount) return { partition: partitioner.partition(input.shards, overhead) };
  return {
    partition: partitioner.partition(unitCount, overhead),
    reason: `${input.shards} shards were asked for but there are only ${unitCount} units; planned ${unitCount} shards.`,
  };
}

function plannedShards(
  suite: string,
  partition: Partition,
  units: readonly PlanUnit[],
  overhead: number,
): PlannedShard[] {
  return partition.shards.map((shard, position) => ({
    index: position + 1,
    name: `${suite}-${position + 1}`,
    units: shard.members.map((member) => units[member]!.id).sort(),
    predictedMs: toMillis(shard.load + overhead),
  }));
}

/** Hashes what shaped the plan (options, every unit's estimate) and the assignment itself. */
function planHash(input: PlanShardsInput, overhead: number, estimates: Estimates, shards: PlannedShard[]): string {
  return sha256Hex(
    canonicalJson({
      suite: input.suite,
      granularity: input.granularity,
      shards: input.shards,
      maxParallel: input.shards === 'auto' ? (input.maxParallel ?? null) : null,
      runnerMinutesBudget: input.runnerMinutesBudget ?? null,
      shardOverheadMicros: overhead,
      units: estimates.units.map((unit) => [unit.id, unit.micros, unit.source]),
      assignment: shards.map((shard) => shard.units),
    }),
  );
}

/** Splits a suite's units over shards so the slowest shard finishes as early as the timings allow. */
export function planShards(input: PlanShardsInput): ShardPlan {
  const { maxParallel } = validatePlanInput(input);
  const learned = input.timings?.suites?.[input.suite];
  const overhead = toMicros(input.shardOverheadMs ?? learned?.shardStartMs ?? input.timings?.shardOverheadMs ?? 0);
  const units = [...input.units].sort(byId);
  const estimates = estimateDurations(units, input.granularity, input.timings);
  // A file's setup (learned per suite) is part of what running it costs, whatever its tests take.
  if (input.granularity === 'file' && learned && learned.perFileMs > 0) {
    for (const unit of estimates.units) unit.micros += toMicros(learned.perFileMs);
  }
  if (units.length === 0) {
    return {
      schemaVersion: SHARD_PLAN_SCHEMA_VERSION,
      suite: input.suite,
      granularity: input.granularity,
      shards: [],
      totalMs: 0,
      shardOverheadMs: toMillis(overhead),
      lowerBoundMs: 0,
      makespanMs: 0,
      ratio: 1,
      knownShare: 0,
      estimates: estimates.counts,
      planHash: planHash(input, overhead, estimates, []),
      ...(input.shards === 'auto' ? { tradeoffs: [] } : {}),
      reason: `Suite "${input.suite}" has no ${input.granularity === 'file' ? 'test files' : 'tests'} to plan; no shards.`,
    };
  }

  const micros = estimates.units.map((unit) => unit.micros);
  const partitioner = new Partitioner(
    micros,
    units.map((unit) => unit.id),
  );
  const chosen = chooseCount(input, partitioner, overhead, maxParallel);
  const { partition } = chosen;
  const shards = plannedShards(input.suite, partition, units, overhead);
  return {
    schemaVersion: SHARD_PLAN_SCHEMA_VERSION,
    suite: input.suite,
    granularity: input.granularity,
    shards,
    totalMs: toMillis(partition.totalMicros),
    shardOverheadMs: toMillis(overhead),
    lowerBoundMs: toMillis(partition.lowerBoundMicros),
    makespanMs: toMillis(partition.makespanMicros),
    ratio: partition.lowerBoundMicros === 0 ? 1 : round4(partition.makespanMicros / partition.lowerBoundMicros),
    knownShare: round4(estimates.counts.known / units.length),
    estimates: estimates.counts,
    planHash: planHash(input, overhead, estimates, shards),
    ...(chosen.tradeoffs ? { tradeoffs: chosen.tradeoffs } : {}),
    ...(chosen.reason ? { reason: chosen.reason } : {}),
  };
}
