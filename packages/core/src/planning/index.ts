export * from './types.js';
export { ShardPlanInputError, MatrixTooLargeError, ShardNotFoundError } from './errors.js';
export { planShards } from './plan-shards.js';
export { matrixFromPlans, findShard, type ShardMatrixEntry } from './matrix.js';
export { parseTestKey, isSameTest, type TestKey } from './test-key.js';
export { describePrediction, estimateIsUnknown, UNKNOWN_ESTIMATE } from './prediction.js';
