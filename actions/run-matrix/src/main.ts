import * as core from '@actions/core';
import { parseTimings, type Timings } from '@testpipe/core';
import {
  ConfigurationError,
  createGitHubClient,
  downloadCurrentRunArtifact,
  downloadLatestRepositoryArtifact,
  uploadDirectoryArtifact,
  uploadRunArtifact,
} from '@testpipe/github';
import { createWriteStream } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadPipelineConfig, PipelineConfigInvalidError } from './config/index.js';
import { readInputs, type RunMatrixInputs } from './inputs.js';
import { EMPTY_SHARD, matrixOutput } from './matrix-output.js';
import { planPipeline, PLAN_FILE, shardAssignment, type PipelinePlan } from './plan-stage.js';
import { planSummaryMarkdown } from './plan-summary.js';
import { copySuiteArtifacts } from './shard-files.js';
import { runShard } from './shard/index.js';

type PlanInputs = Extract<RunMatrixInputs, { mode: 'plan' }>;
type RunInputs = Extract<RunMatrixInputs, { mode: 'run' }>;

const log = { info: core.info, warning: core.warning };

function workspace(): string {
  return process.env.GITHUB_WORKSPACE ?? process.cwd();
}

function tempDir(name: string): string {
  return path.join(process.env.RUNNER_TEMP ?? path.join(workspace(), '.testpipe-tmp'), name);
}

async function readPlan(dir: string): Promise<PipelinePlan> {
  return JSON.parse(await readFile(path.join(dir, PLAN_FILE), 'utf8')) as PipelinePlan;
}

async function loadTimings(inputs: PlanInputs): Promise<Timings | undefined> {
  try {
    if (inputs.timingsFile) {
      const file = path.resolve(workspace(), inputs.timingsFile);
      return parseTimings(JSON.parse(await readFile(file, 'utf8')), file);
    }
    if (inputs.timingsArtifact) {
      const [owner = '', repo = ''] = (process.env.GITHUB_REPOSITORY ?? '/').split('/');
      const { octokit } = createGitHubClient(inputs.token);
      const found = await downloadLatestRepositoryArtifact(
        octokit,
        { owner, repo },
        inputs.timingsArtifact,
        inputs.token,
        tempDir('testpipe-timings'),
      );
      if (!found) {
        core.warning(`No artifact "${inputs.timingsArtifact}" found in earlier runs: planning without timings.`);
        return undefined;
      }
      const file = path.join(found.path, 'timings.json');
      core.info(`Timings from run ${found.runId} (artifact ${inputs.timingsArtifact}).`);
      return parseTimings(JSON.parse(await readFile(file, 'utf8')), `${inputs.timingsArtifact}/timings.json`);
    }
  } catch (error) {
    core.warning(`Timings were not used, the plan is estimated: ${(error as Error).message}`);
  }
  return undefined;
}

async function planStep(inputs: PlanInputs): Promise<void> {
  const config = await loadPipelineConfig(path.resolve(workspace(), inputs.config));
  const planDir = tempDir('testpipe-plan');
  // A re-run of the workflow finds the plan of its first attempt and keeps it, so shards stay the same.
  const earlier = await downloadCurrentRunArtifact(inputs.planArtifact, planDir).catch(() => undefined);
  let pipelinePlan: PipelinePlan;
  if (earlier) {
    pipelinePlan = await readPlan(earlier);
    core.info(`Reusing the plan ${pipelinePlan.planHash.slice(0, 12)} already uploaded by this run.`);
  } else {
    pipelinePlan = await planPipeline({
      config,
      rootDir: workspace(),
      timings: await loadTimings(inputs),
      shards: inputs.shards,
      maxParallel: inputs.maxParallel,
      runnerMinutesBudget: inputs.runnerMinutesBudget,
      log,
    });
    await mkdir(planDir, { recursive: true });
    const file = path.join(planDir, PLAN_FILE);
    await writeFile(file, `${JSON.stringify(pipelinePlan, null, 2)}\n`);
    await uploadRunArtifact(inputs.planArtifact, [file], planDir);
  }
  const matrix = matrixOutput(pipelinePlan);
  core.setOutput('matrix', JSON.stringify(matrix.matrix));
  core.setOutput('plan-hash', pipelinePlan.planHash);
  core.setOutput('shard-count', matrix.shardCount);
  if (matrix.shardCount === 0) core.notice(`The plan has no tests to run: ${matrix.reason}`);
  await core.summary.addRaw(planSummaryMarkdown(pipelinePlan), true).write();
}

async function runShardStep(inputs: RunInputs, signal: AbortSignal): Promise<void> {
  if (inputs.shard === EMPTY_SHARD) {
    core.info('The plan has no tests to run (see the plan job); nothing to do.');
    core.setOutput('status', 'passed');
    core.setOutput('total', 0);
    return;
  }
  const config = await loadPipelineConfig(path.resolve(workspace(), inputs.config));
  const planDir = await downloadCurrentRunArtifact(inputs.planArtifact, tempDir('testpipe-plan'));
  if (!planDir) {
    throw new ConfigurationError(
      `This run has no "${inputs.planArtifact}" artifact: run this action with mode: plan in an earlier job and ` +
        'pass its matrix to this job.',
    );
  }
  const { suite, units } = shardAssignment(await readPlan(planDir), config, inputs.shard);
  const resultsRoot = path.resolve(workspace(), inputs.resultsDir);
  const resultsDir = path.join(resultsRoot, 'results', inputs.shard);
  await mkdir(resultsDir, { recursive: true });
  // The log goes to the step's output and, for the results artifact, to results/<shard>/output.log.
  const output = createWriteStream(path.join(resultsDir, 'output.log'));
  const shardLog = {
    info: (line: string) => {
      core.info(line);
      output.write(`${line}\n`);
    },
    warning: (line: string) => {
      core.warning(line);
      output.write(`warning: ${line}\n`);
    },
  };
  core.startGroup(`${inputs.shard}: ${units.length} unit(s) of ${suite.name} (${suite.runner})`);
  const outcome = await runShard({
    suite,
    units,
    resultsDir,
    shardName: inputs.shard,
    rootDir: workspace(),
    signal,
    log: shardLog,
  }).finally(() => {
    core.endGroup();
    return new Promise<void>((done) => output.end(done));
  });
  core.setOutput('status', outcome.status);
  core.setOutput('total', outcome.total);
  core.setOutput('failed', outcome.failed);
  core.setOutput('flaky', outcome.flaky);
  core.setOutput('attempts', outcome.attempts);
  core.setOutput('results-path', outcome.resultsPath);
  await copySuiteArtifacts(resultsDir, suite, workspace());
  await uploadDirectoryArtifact(`testpipe-results-${inputs.shard}`, resultsDir, resultsRoot);
  const verdict = `${inputs.shard}: ${outcome.status}, ${outcome.total} tests, ${outcome.failed} failed, ${outcome.flaky} flaky, ${outcome.attempts} attempt(s).`;
  core.info(verdict);
  if (inputs.failOnTestFailure && outcome.status !== 'passed') core.setFailed(verdict);
}

export async function run(): Promise<void> {
  const controller = new AbortController();
  // The runner cancels a step with SIGINT, then SIGTERM: stop the shard's process group with it.
  const cancel = () => controller.abort(new Error('The step was cancelled.'));
  process.once('SIGINT', cancel);
  process.once('SIGTERM', cancel);
  try {
    const inputs = readInputs();
    if (inputs.mode === 'plan') await planStep(inputs);
    else await runShardStep(inputs, controller.signal);
  } catch (error) {
    if (error instanceof ConfigurationError || error instanceof PipelineConfigInvalidError)
      core.setFailed(error.message);
    else core.setFailed(`run-matrix failed: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    process.removeListener('SIGINT', cancel);
    process.removeListener('SIGTERM', cancel);
  }
}
