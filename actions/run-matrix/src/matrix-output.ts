import { matrixFromPlans } from '@testpipe/core';
import type { PipelinePlan } from './plan-stage.js';

/** The matrix entry an empty plan yields: GitHub rejects an empty matrix, so one job runs and does nothing. */
export const EMPTY_SHARD = 'none';

export function matrixOutput(plan: PipelinePlan): {
  matrix: { include: Array<{ shard: string; suite: string; index: number }> };
  shardCount: number;
  reason?: string;
} {
  const matrix = matrixFromPlans(plan.suites);
  if (matrix.include.length > 0) return { matrix, shardCount: matrix.include.length };
  const reasons = plan.suites.map((s) => `${s.suite}: ${s.reason ?? 'no tests discovered'}`);
  return {
    matrix: { include: [{ shard: EMPTY_SHARD, suite: '', index: 0 }] },
    shardCount: 0,
    reason: reasons.length > 0 ? reasons.join('; ') : 'the config has no suites',
  };
}
