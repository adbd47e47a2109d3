import { matrixFromPlans, type PipelinePlan } from '@testpipe/core';

/** The matrix entry an empty plan yields: GitHub rejects an empty matrix, so one job runs and does nothing. */
export const EMPTY_SHARD = 'none';

export interface MatrixOutput {
  matrix: { include: Array<{ shard: string; suite: string; index: number }> };
  shardCount: number;
  /** Why there is nothing to run, when shardCount is 0. */
  reason?: string;
}

/** The `matrix` output: one entry per shard, or the one do-nothing entry of an empty plan. */
export function matrixOutput(plan: PipelinePlan): MatrixOutput {
  const matrix = matrixFromPlans(plan.suites);
  if (matrix.include.length > 0) return { matrix, shardCount: matrix.include.length };
  const reasons = plan.suites.map((s) => `${s.suite}: ${s.reason ?? 'no tests discovered'}`);
  return {
    matrix: { include: [{ shard: EMPTY_SHARD, suite: '', index: 0 }] },
    shardCount: 0,
    reason: reasons.length > 0 ? reasons.join('; ') : 'the config has no suites',
  };
}
