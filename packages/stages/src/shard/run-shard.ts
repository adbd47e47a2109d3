// The shard stage: one shard of the plan, run with its suite's timeout and retries, its results kept
// under results/<shard>/ (junit.xml, ctrf.json, attempts/, output.log) and, with a store, uploaded.
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import {
  ConfigurationError,
  PLAN_FILE,
  SHARD_OUTPUT_LOG,
  readPlanFile,
  teeLogger,
  type ArtifactStore,
  type Clock,
  type Logger,
  type PipelinePlan,
} from '@testpipe/core';
import { loadPipelineConfig, type PipelineConfig } from '../pipeline-config/index.js';
import { EMPTY_SHARD } from '../plan/matrix-output.js';
import { shardAssignment } from '../plan/plan-pipeline.js';
import { runShardAttempts, type ShardOutcome } from './run-shard-attempts.js';
import { redactResultFiles, ShardSecrets } from './shard-secrets.js';
import { copySuiteArtifacts } from './suite-artifacts.js';

export interface ShardInput {
  /** The matrix value: which shard of the plan to run. */
  shard: string;
  rootDir: string;
  /** The plan and config already in hand (the CLI plans and runs in one process)... */
  planned?: { plan: PipelinePlan; config: PipelineConfig };
  /** ...or testpipe.yml and this run's plan artifact (the action's shard jobs). */
  configFile?: string;
  planArtifact?: string;
  /** Results go to <resultsDir>/results/<shard>/, resolved against rootDir. */
  resultsDir: string;
  /** With a store: upload results/<shard>/ as this artifact. */
  resultsArtifact?: string;
  /** Where the plan is downloaded to. */
  workDir: string;
  signal?: AbortSignal;
  /**
   * Secret values (the `redact` input's, --redact's): redacted, with the values tests mask with
   * `::add-mask::`, from every file under results/<shard>/.
   */
  redact?: string[];
}

export interface ShardPorts {
  logger: Logger;
  clock?: Clock;
  artifacts?: ArtifactStore;
  /** Hides a value in the log (the runner's `::add-mask::`): values tests masked, found in their reports. */
  maskInLog?: (value: string) => void;
}

export interface ShardResult {
  shard: string;
  /** The empty plan's placeholder shard: nothing ran. */
  empty: boolean;
  outcome?: ShardOutcome;
  status: ShardOutcome['status'];
  total: number;
  /** One line: status and counts. */
  verdict: string;
}

async function plannedShard(
  input: ShardInput,
  ports: ShardPorts,
): Promise<{ plan: PipelinePlan; config: PipelineConfig }> {
  if (input.planned) return input.planned;
  if (!input.configFile || !input.planArtifact || !ports.artifacts) {
    throw new ConfigurationError(
      'A shard needs the plan: give the plan artifact (action) or run it from testpipe run.',
    );
  }
  const config = await loadPipelineConfig(path.resolve(input.rootDir, input.configFile));
  const planDir = await ports.artifacts.downloadFromThisRun(input.planArtifact, path.join(input.workDir, 'plan'));
  if (!planDir) {
    throw new ConfigurationError(
      `This run has no "${input.planArtifact}" artifact: run this action with mode: plan in an earlier job and ` +
        'pass its matrix to this job.',
    );
  }
  return { plan: await readPlanFile(path.join(planDir, PLAN_FILE)), config };
}

/** The caller's logger with warnings and errors redacted (they quote test output); info lines as they are. */
function redactedWarnings(logger: Logger, secrets: ShardSecrets): Logger {
  return {
    ...logger,
    warning: (message) => logger.warning(secrets.redact(message)),
    error: (message) => logger.error(secrets.redact(message)),
  };
}

/** Runs one shard of the plan; results are written (and uploaded) whatever the tests did. */
export async function runShard(input: ShardInput, ports: ShardPorts): Promise<ShardResult> {
  if (input.shard === EMPTY_SHARD) {
    ports.logger.info('The plan has no tests to run (see the plan job); nothing to do.');
    return { shard: input.shard, empty: true, status: 'passed', total: 0, verdict: `${input.shard}: nothing to run.` };
  }
  const { plan, config } = await plannedShard(input, ports);
  const { suite, shard, units } = shardAssignment(plan, config, input.shard);
  const resultsRoot = path.resolve(input.rootDir, input.resultsDir);
  const resultsDir = path.join(resultsRoot, 'results', input.shard);
  await rm(resultsDir, { recursive: true, force: true }); // an earlier run's attempts must not mix in
  await mkdir(resultsDir, { recursive: true });
  const secrets = new ShardSecrets(input.redact ?? [], ports.logger, ports.maskInLog);
  // The log goes to the caller's logger and, for the results artifact, redacted to results/<shard>/output.log.
  // The caller's info lines stay as printed: the runner reads `::add-mask::` commands from them.
  const output = createWriteStream(path.join(resultsDir, SHARD_OUTPUT_LOG));
  const logger = teeLogger(redactedWarnings(ports.logger, secrets), (line) =>
    output.write(`${secrets.redactLine(line)}\n`),
  );
  let outcome: ShardOutcome;
  try {
    outcome = await ports.logger.group(
      `${input.shard}: ${units.length} unit(s) of ${suite.name} (${suite.runner})`,
      () =>
        runShardAttempts({
          suite,
          units,
          resultsDir,
          shardName: input.shard,
          predictedMs: shard.predictedMs,
          rootDir: input.rootDir,
          log: logger,
          ...(ports.clock && { clock: ports.clock }),
          ...(input.signal && { signal: input.signal }),
        }),
    );
  } catch (error) {
    output.write(secrets.redact(`error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`));
    await new Promise<void>((done) => output.end(done));
    await redactResultFiles(resultsDir, secrets, undefined);
    throw error;
  }
  await new Promise<void>((done) => output.end(done));
  await copySuiteArtifacts(resultsDir, suite, input.rootDir);
  const redacted = await redactResultFiles(resultsDir, secrets, outcome.junitPath);
  if (redacted.length > 0) ports.logger.info(`Redacted secrets from ${redacted.join(', ')}`);
  if (input.resultsArtifact && ports.artifacts) {
    await ports.artifacts.uploadDirectory(input.resultsArtifact, resultsDir, { root: resultsRoot });
  }
  const verdict =
    `${input.shard}: ${outcome.status}, ${outcome.total} tests, ${outcome.failed} failed, ${outcome.flaky} flaky, ` +
    `${outcome.attempts} attempt(s).`;
  return { shard: input.shard, empty: false, outcome, status: outcome.status, total: outcome.total, verdict };
}
