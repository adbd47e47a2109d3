// The plan stage: discover every suite's tests, plan timing-balanced shards, keep the plan for the shards.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import {
  PLAN_FILE,
  TIMINGS_FILE,
  readPlanFile,
  readTimingsFile,
  writeJsonContract,
  type ArtifactStore,
  type Logger,
  type PipelinePlan,
  type Timings,
} from '@testpipe/core';
import { loadPipelineConfig, selectSuites, type PipelineConfig } from '../pipeline-config/index.js';
import { matrixOutput, type MatrixOutput } from './matrix-output.js';
import { planPipeline } from './plan-pipeline.js';
import { planSummaryMarkdown } from './plan-summary.js';

export interface PlanInput {
  /** testpipe.yml, resolved against rootDir. */
  configFile: string;
  /** Repository root: suites' working directories are relative to it. */
  rootDir: string;
  /** Plan only these suites (all when empty). */
  suites?: readonly string[];
  shards?: number | 'auto';
  maxParallel?: number;
  runnerMinutesBudget?: number;
  /** timings.json to plan with, resolved against rootDir. */
  timingsFile?: string;
  /** Or the newest artifact of that name from an earlier run (needs the artifact store). */
  timingsArtifact?: string;
  /** With an artifact store: reuse this run's plan on a re-run, else upload the new plan under this name. */
  planArtifact?: string;
  /** Where the plan file and downloads go. */
  workDir: string;
  /** The planner's advice when timings are missing, in the words of where it runs. */
  timingsAdvice: string;
}

export interface PlanPorts {
  logger: Logger;
  artifacts?: ArtifactStore;
}

export interface PlanResult extends MatrixOutput {
  plan: PipelinePlan;
  planFile: string;
  config: PipelineConfig;
  /** The plan came from an earlier attempt of this run. */
  reused: boolean;
  /** The plan job's summary. */
  summaryMarkdown: string;
}

async function loadTimings(input: PlanInput, ports: PlanPorts): Promise<Timings | undefined> {
  const { logger, artifacts } = ports;
  try {
    if (input.timingsFile) {
      const file = path.resolve(input.rootDir, input.timingsFile);
      const timings = await readTimingsFile(file);
      logger.info(`Timings from ${file}.`);
      return timings;
    }
    if (input.timingsArtifact && artifacts) {
      const found = await artifacts.downloadLatest(input.timingsArtifact, path.join(input.workDir, 'timings'));
      if (!found) {
        logger.warning(`No artifact "${input.timingsArtifact}" found in earlier runs: planning without timings.`);
        return undefined;
      }
      logger.info(`Timings from run ${found.runId} (artifact ${input.timingsArtifact}).`);
      return await readTimingsFile(path.join(found.path, TIMINGS_FILE));
    }
  } catch (error) {
    logger.warning(`Timings were not used, the plan is estimated: ${(error as Error).message}`);
  }
  return undefined;
}

/** Plans every suite (or reuses this run's plan on a re-run, so shards stay the same) and keeps the plan. */
export async function runPlan(input: PlanInput, ports: PlanPorts): Promise<PlanResult> {
  const config = selectSuites(
    await loadPipelineConfig(path.resolve(input.rootDir, input.configFile)),
    input.suites ?? [],
  );
  const planDir = path.join(input.workDir, 'plan');
  const planFile = path.join(planDir, PLAN_FILE);
  const earlier =
    input.planArtifact && ports.artifacts
      ? await ports.artifacts.downloadFromThisRun(input.planArtifact, planDir).catch(() => undefined)
      : undefined;
  let plan: PipelinePlan;
  if (earlier) {
    plan = await readPlanFile(path.join(earlier, PLAN_FILE));
    ports.logger.info(`Reusing the plan ${plan.planHash.slice(0, 12)} already uploaded by this run.`);
  } else {
    plan = await planPipeline({
      config,
      rootDir: input.rootDir,
      timings: await loadTimings(input, ports),
      shards: input.shards,
      maxParallel: input.maxParallel,
      runnerMinutesBudget: input.runnerMinutesBudget,
      timingsAdvice: input.timingsAdvice,
      log: ports.logger,
    });
    await mkdir(planDir, { recursive: true });
    await writeJsonContract(planFile, plan);
    if (input.planArtifact && ports.artifacts) await ports.artifacts.uploadDirectory(input.planArtifact, planDir);
  }
  return {
    ...matrixOutput(plan),
    plan,
    planFile: earlier ? path.join(earlier, PLAN_FILE) : planFile,
    config,
    reused: Boolean(earlier),
    summaryMarkdown: planSummaryMarkdown(plan),
  };
}
