import * as core from '@actions/core';
import { ConfigurationError, readBooleanInput, readEnumInput } from '@testpipe/github';

export type RunMatrixInputs =
  | {
      mode: 'plan';
      config: string;
      shards?: number | 'auto';
      maxParallel?: number;
      runnerMinutesBudget?: number;
      timingsFile?: string;
      timingsArtifact?: string;
      planArtifact: string;
      token: string;
    }
  | {
      mode: 'run';
      config: string;
      shard: string;
      planArtifact: string;
      resultsDir: string;
      failOnTestFailure: boolean;
      token: string;
    };

function optional(name: string): string | undefined {
  const value = core.getInput(name).trim();
  return value === '' ? undefined : value;
}

function positiveInteger(name: string): number | undefined {
  const raw = optional(name);
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) {
    throw new ConfigurationError(`Input "${name}" must be a positive whole number, got "${raw}".`);
  }
  return value;
}

/** Reads and validates the inputs of the chosen mode, naming the input in every error. */
export function readInputs(): RunMatrixInputs {
  const mode = readEnumInput('mode', ['plan', 'run'] as const, 'plan');
  if (core.getInput('mode').trim() === '') {
    throw new ConfigurationError('Input "mode" is required: plan (output the matrix) or run (run one shard).');
  }
  const token = core.getInput('token');
  if (token) core.setSecret(token);
  const config = optional('config') ?? 'testpipe.yml';
  const planArtifact = optional('plan-artifact') ?? 'testpipe-plan';
  if (mode === 'plan') {
    const shardsRaw = optional('shards');
    const shards =
      shardsRaw === undefined || shardsRaw === 'auto' ? (shardsRaw as 'auto' | undefined) : positiveInteger('shards');
    return {
      mode,
      config,
      shards,
      maxParallel: positiveInteger('max-parallel'),
      runnerMinutesBudget: positiveInteger('runner-minutes-budget'),
      timingsFile: optional('timings-file'),
      timingsArtifact: optional('timings-artifact'),
      planArtifact,
      token,
    };
  }
  const shard = optional('shard');
  if (!shard) {
    throw new ConfigurationError('Input "shard" is required in run mode: pass ${{ matrix.shard }} from the plan job.');
  }
  return {
    mode,
    config,
    shard,
    planArtifact,
    resultsDir: optional('results-dir') ?? 'testpipe-results',
    failOnTestFailure:
      core.getInput('fail-on-test-failure').trim() === '' ? true : readBooleanInput('fail-on-test-failure'),
    token,
  };
}
