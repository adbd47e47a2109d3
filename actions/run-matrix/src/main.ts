import { isUserError } from '@testpipe/core/input-support';
import { failStep } from '@testpipe/github/inputs';
import path from 'node:path';
import { readInputs, type RunMatrixInputs } from './inputs.js';

// Only the inputs are read at start; the stages, the GitHub adapters and @actions/core load once they are valid.
function load() {
  return Promise.all([import('@actions/core'), import('@testpipe/github'), import('@testpipe/stages')]);
}

const TIMINGS_ADVICE = 'Pass timings.json from aggregate-report (timings-file or timings-artifact) to balance it.';

function workspace(): string {
  return process.env.GITHUB_WORKSPACE ?? process.cwd();
}

function workDir(): string {
  return path.join(process.env.RUNNER_TEMP ?? path.join(workspace(), '.testpipe-tmp'), 'testpipe');
}

function artifactStore(github: Awaited<ReturnType<typeof load>>[1], token: string) {
  const repository = process.env.GITHUB_REPOSITORY ?? '/';
  const connection = { token, repository, log: github.actionsLogger };
  return github.createArtifactStore({ token, repository, octokit: github.lazyGitHubClient(connection).octokit });
}

async function planStep(inputs: Extract<RunMatrixInputs, { mode: 'plan' }>): Promise<void> {
  const [core, github, { runPlan }] = await load();
  const result = await runPlan(
    {
      configFile: inputs.config,
      rootDir: workspace(),
      shards: inputs.shards,
      maxParallel: inputs.maxParallel,
      runnerMinutesBudget: inputs.runnerMinutesBudget,
      timingsFile: inputs.timingsFile,
      timingsArtifact: inputs.timingsArtifact,
      planArtifact: inputs.planArtifact,
      workDir: workDir(),
      timingsAdvice: TIMINGS_ADVICE,
    },
    { logger: github.actionsLogger, artifacts: artifactStore(github, inputs.token) },
  );
  core.setOutput('matrix', JSON.stringify(result.matrix));
  core.setOutput('plan-hash', result.plan.planHash);
  core.setOutput('shard-count', result.shardCount);
  if (result.shardCount === 0) core.notice(`The plan has no tests to run: ${result.reason}`);
  await core.summary.addRaw(result.summaryMarkdown, true).write();
}

async function shardStep(inputs: Extract<RunMatrixInputs, { mode: 'run' }>, signal: AbortSignal): Promise<void> {
  const [core, github, { runShard, valuesToRedact }] = await load();
  // As aggregate-report: the token and the values `redact` names are secrets, in the log and in every file.
  const redact = valuesToRedact(inputs.redactNames, process.env);
  for (const value of redact.values) core.setSecret(value);
  for (const name of redact.unset) {
    github.actionsLogger.warning(
      `"redact" lists ${name}, but no environment variable or input of that name has a value.`,
    );
  }
  const result = await runShard(
    {
      shard: inputs.shard,
      rootDir: workspace(),
      configFile: inputs.config,
      planArtifact: inputs.planArtifact,
      resultsDir: inputs.resultsDir,
      resultsArtifact: `testpipe-results-${inputs.shard}`,
      workDir: workDir(),
      signal,
      redact: [inputs.token, ...redact.values],
    },
    {
      logger: github.actionsLogger,
      artifacts: artifactStore(github, inputs.token),
      maskInLog: (value) => core.setSecret(value),
    },
  );
  core.setOutput('status', result.status);
  core.setOutput('total', result.total);
  if (!result.outcome) return;
  core.setOutput('failed', result.outcome.failed);
  core.setOutput('flaky', result.outcome.flaky);
  core.setOutput('attempts', result.outcome.attempts);
  core.setOutput('results-path', result.outcome.resultsPath);
  core.info(result.verdict);
  if (inputs.failOnTestFailure && result.status !== 'passed') failStep(result.verdict);
}

/**
 * The runner cancels a step with SIGINT, then SIGTERM 7.5 s later, then SIGKILL: the first signal stops the
 * shard (its processes get a short grace, its partial results are written), a later one kills them at once.
 */
function cancelOnSignals(controller: AbortController): () => void {
  const onSignal = (): void => {
    if (!controller.signal.aborted) controller.abort(new Error('The step was cancelled.'));
    else void import('@testpipe/stages').then((stages) => stages.killAllProcessTreesNow());
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return () => {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  };
}

export async function run(): Promise<void> {
  const controller = new AbortController();
  const stopListening = cancelOnSignals(controller);
  try {
    const inputs = readInputs();
    if (inputs.mode === 'plan') await planStep(inputs);
    else await shardStep(inputs, controller.signal);
  } catch (error) {
    if (isUserError(error)) failStep(error.message);
    else failStep(`run-matrix failed: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    stopListening();
  }
}
