export {
  computeMetrics,
  toSeedNames,
  UNSHARDED,
  type Metrics,
  type MetricsOptions,
  type StatusCounts,
  type GroupMetrics,
  type TestSummary,
  type FlakyTestSummary,
  type CategoryMetrics,
  type FileReadSummary,
  type SeedTestCounts,
  type ShardTimingSummary,
} from './metrics.js';
export { withShardClock } from './shard-clock.js';
export { passRate } from './pass-rate.js';
