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
} from './metrics.js';
export { passRate } from './pass-rate.js';
