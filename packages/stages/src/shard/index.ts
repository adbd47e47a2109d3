export { runShard, type ShardInput, type ShardPorts, type ShardResult } from './run-shard.js';
export {
  runShardAttempts,
  type RunShardAttemptsOptions,
  type ShardOutcome,
  type ShardStatus,
  type ShardAttemptRecord,
} from './run-shard-attempts.js';
export { runInProcessGroup, type ProcessGroupOptions, type ProcessGroupResult } from './process-group.js';
export { killAllProcessTreesNow, type TrackedProcess } from './process-tree.js';
export { writeAttemptReport, type AttemptReport } from './attempt-report.js';
