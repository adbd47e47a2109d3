// Turns plans into the `strategy.matrix` of the shard job, and lets each shard job find its units.
import { MatrixTooLargeError, ShardNotFoundError, ShardPlanInputError } from './errors.js';
import { MAX_MATRIX_JOBS, type PlannedShard, type ShardPlan } from './types.js';

export interface ShardMatrixEntry {
  shard: string;
  suite: string;
  index: number;
}

/**
 * Only names go into the matrix (job outputs are capped at 1 MB; unit lists can be far larger):
 * each shard job reads its units back from the plan with findShard. Zero shards give an empty
 * `include`, which the workflow must skip rather than start.
 */
export function matrixFromPlans(plans: readonly ShardPlan[]): { include: ShardMatrixEntry[] } {
  const include = plans.flatMap((plan) =>
    plan.shards.map((shard) => ({ shard: shard.name, suite: plan.suite, index: shard.index })),
  );
  if (include.length > MAX_MATRIX_JOBS) throw new MatrixTooLargeError(include.length, MAX_MATRIX_JOBS);
  const seen = new Set<string>();
  for (const entry of include) {
    if (seen.has(entry.shard)) {
      throw new ShardPlanInputError('suite', `"${entry.suite}" is planned twice; give every suite a distinct name.`);
    }
    seen.add(entry.shard);
  }
  return { include };
}

/** The shard a matrix job was started for, with the plan it belongs to. */
export function findShard(plans: readonly ShardPlan[], shardName: string): { plan: ShardPlan; shard: PlannedShard } {
  for (const plan of plans) {
    const shard = plan.shards.find((candidate) => candidate.name === shardName);
    if (shard) return { plan, shard };
  }
  throw new ShardNotFoundError(
    shardName,
    plans.flatMap((plan) => plan.shards.map((shard) => shard.name)),
  );
}
