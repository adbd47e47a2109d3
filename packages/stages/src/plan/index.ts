export { runPlan, type PlanInput, type PlanPorts, type PlanResult } from './run-plan.js';
export { planPipeline, shardAssignment, type PlanPipelineInput } from './plan-pipeline.js';
export { planSummaryMarkdown, planSummaryText } from './plan-summary.js';
export { matrixOutput, EMPTY_SHARD, type MatrixOutput } from './matrix-output.js';
