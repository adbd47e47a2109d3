// The shard planner's contract: what run-matrix passes in, and the plan every shard job reads back.
import type { Timings } from '../timings/types.js';

/** One thing the runner can be told to run: a pytest node id, a go test name, a jest file path, ... */
export interface PlanUnit {
  id: string;
  /** The unit's test file, when `id` alone does not say it (e.g. a go test name). */
  file?: string;
}

export type PlanGranularity = 'test' | 'file';

export interface PlanShardsInput {
  suite: string;
  units: PlanUnit[];
  granularity: PlanGranularity;
  timings?: Timings;
  /** A fixed count, or 'auto' to pick the count from the trade-off table. */
  shards: number | 'auto';
  /** Upper bound for 'auto'; default 16. */
  maxParallel?: number;
  /** For 'auto': total runner minutes (tests + overhead over all shards) the plan may use. */
  runnerMinutesBudget?: number;
  /** Fixed cost of one shard; overrides `timings.shardOverheadMs`; default 0. */
  shardOverheadMs?: number;
}

/** Where a unit's expected duration came from, from best to worst. */
export type EstimateSource = 'known' | 'file' | 'directory' | 'suite' | 'default';

export type EstimateCounts = Record<EstimateSource, number>;

export interface PlannedShard {
  /** 1-based, as in `name`. */
  index: number;
  /** `${suite}-${index}`: the matrix value a shard job is started with. */
  name: string;
  /** Unit ids, sorted. */
  units: string[];
  /** Expected wall time: the units' durations plus the shard overhead. */
  predictedMs: number;
}

/** One row of the 'auto' trade-off table. */
export interface ShardTradeoff {
  shards: number;
  /** Predicted wall time of the slowest shard, overhead included. */
  makespanMs: number;
  /** Sum over shards of (load + overhead), in minutes. */
  runnerMinutes: number;
  /** Speed-up over one shard divided by the shard count, in (0, 1]. */
  efficiency: number;
  withinBudget: boolean;
}

export interface ShardPlan {
  schemaVersion: 1;
  suite: string;
  granularity: PlanGranularity;
  shards: PlannedShard[];
  /** Sum of the units' expected durations, without overhead. */
  totalMs: number;
  shardOverheadMs: number;
  /** max(total / N + overhead, longest unit + overhead): no plan with N shards can be faster. */
  lowerBoundMs: number;
  makespanMs: number;
  /** makespan / lower bound; 1 is optimal. */
  ratio: number;
  /** Share of units whose duration was known, in [0, 1]. */
  knownShare: number;
  estimates: EstimateCounts;
  /** sha256 of the canonical JSON of the inputs that shaped the plan and of the assignment. */
  planHash: string;
  tradeoffs?: ShardTradeoff[];
  /** Why the plan differs from what was asked (no units, fewer units than shards, budget too small). */
  reason?: string;
}

export const SHARD_PLAN_SCHEMA_VERSION = 1;
export const DEFAULT_MAX_PARALLEL = 16;
/** Duration assumed for a unit when nothing at all is known. */
export const DEFAULT_UNIT_DURATION_MS = 1000;
/** 'auto' takes the smallest shard count within this fraction of the best predicted wall time. */
export const AUTO_SHARDS_TOLERANCE = 0.05;
/** GitHub Actions runs at most 256 jobs per matrix. */
export const MAX_MATRIX_JOBS = 256;
