export {
  runShard,
  type RunShardOptions,
  type ShardOutcome,
  type ShardStatus,
  type ShardLog,
  type ShardAttemptRecord,
} from './run-shard.js';
export { runInProcessGroup, type ProcessGroupOptions, type ProcessGroupResult } from './process-group.js';
export { writeAttemptReport } from './attempt-report.js';
