import { createHash } from 'node:crypto';
import path from 'node:path';
import {
  ConfigurationError,
  estimateIsUnknown,
  findShard,
  planShards,
  type Logger,
  type PipelinePlan,
  type PlannedShard,
  type ShardPlan,
  type Timings,
  UNKNOWN_ESTIMATE,
} from '@testpipe/core';
import type { PipelineConfig, SuiteConfig } from '../pipeline-config/index.js';
import { emptyDiscoveryReason, runnerFor, type TestUnit } from '../runners/index.js';

export interface PlanPipelineInput {
  config: PipelineConfig;
  /** Repository root the suites' working directories are relative to. */
  rootDir: string;
  timings?: Timings;
  /** Overrides every suite's `shards`. */
  shards?: number | 'auto';
  maxParallel?: number;
  runnerMinutesBudget?: number;
  /** How to give the planner timings, where the user runs it (action inputs, or CLI options). */
  timingsAdvice: string;
  log: Logger;
}

/** Discovers each suite's tests and plans its shards; deterministic for the same tests and timings. */
export async function planPipeline(input: PlanPipelineInput): Promise<PipelinePlan> {
  const suites: ShardPlan[] = [];
  for (const suite of input.config.suites) {
    const cwd = path.resolve(input.rootDir, suite.workingDirectory);
    const units: TestUnit[] = await runnerFor(suite.runner).discover(suite, cwd);
    input.log.info(
      `${suite.name}: discovered ${units.length} ${suite.granularity === 'test' ? 'tests' : 'test files'}`,
    );
    const plan = planShards({
      suite: suite.name,
      units,
      granularity: suite.granularity,
      timings: input.timings,
      shards: input.shards ?? suite.shards,
      maxParallel: input.maxParallel ?? suite.maxParallel,
      runnerMinutesBudget: input.runnerMinutesBudget,
    });
    if (units.length === 0) plan.reason = emptyDiscoveryReason(suite, cwd) ?? plan.reason;
    if (plan.reason) input.log.info(`${suite.name}: ${plan.reason}`);
    if (estimateIsUnknown(plan)) {
      input.log.info(
        `${suite.name}: no timings yet, so the predicted time is ${UNKNOWN_ESTIMATE}; shards are split by count. ` +
          input.timingsAdvice,
      );
    } else if (units.length > 0 && plan.knownShare < 0.9) {
      input.log.warning(
        `${suite.name}: only ${Math.round(plan.knownShare * 100)} % of the tests have known timings; the plan is ` +
          `estimated. ${input.timingsAdvice}`,
      );
    }
    suites.push(plan);
  }
  const planHash = createHash('sha256')
    .update(suites.map((s) => s.planHash).join('\n'))
    .digest('hex');
  return { schemaVersion: 1, configFile: input.config.file, suites, planHash };
}

/** The suite and units of one shard of a plan, checked against the config it must still match. */
export function shardAssignment(
  plan: PipelinePlan,
  config: PipelineConfig,
  shardName: string,
): { suite: SuiteConfig; shard: PlannedShard; units: TestUnit[] } {
  const { plan: suitePlan, shard } = findShard(plan.suites, shardName);
  const suite = config.suites.find((s) => s.name === suitePlan.suite);
  if (!suite) {
    throw new ConfigurationError(
      `Shard "${shardName}" belongs to suite "${suitePlan.suite}", which ${config.file} no longer has; re-run the plan job.`,
    );
  }
  return { suite, shard, units: shard.units.map((id) => unitFromId(id, suite)) };
}

/**
 * A planned unit as discovery made it: the plan keeps ids only, and every discovery derives `file` from
 * the id ("file::test", or the file itself), except a command suite without discover, whose one unit is
 * the suite and names no file. Without `file`, a command suite's shards would run none of their files.
 */
function unitFromId(id: string, suite: SuiteConfig): TestUnit {
  if (suite.runner === 'command' && !suite.discover) return { id };
  return { id, file: id.split('::')[0]! };
}
