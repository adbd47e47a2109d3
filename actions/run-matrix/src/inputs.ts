import {
  readBooleanInput,
  readEnumInput,
  readIntegerInput,
  readListInput,
  readOptionalInput,
  readRequiredInput,
  readSecretInput,
} from '@testpipe/github/inputs';
import { PLAN_DEFAULTS, SHARD_DEFAULTS } from '@testpipe/stages/defaults';

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
      /** Names of env vars or inputs whose values are redacted from the shard's files. */
      redactNames: string[];
      token: string;
    };

/** Reads and validates the inputs of the chosen mode, naming the input in every error. */
export function readInputs(): RunMatrixInputs {
  readRequiredInput('mode', 'Input "mode" is required: plan (output the matrix) or run (run one shard).');
  const mode = readEnumInput('mode', ['plan', 'run'] as const, 'plan');
  const token = readSecretInput('token');
  if (mode === 'plan') {
    const shards = readOptionalInput('shards') === 'auto' ? 'auto' : readIntegerInput('shards');
    return {
      mode,
      config: readOptionalInput('config') ?? PLAN_DEFAULTS.config,
      shards,
      maxParallel: readIntegerInput('max-parallel'),
      runnerMinutesBudget: readIntegerInput('runner-minutes-budget'),
      timingsFile: readOptionalInput('timings-file'),
      timingsArtifact: readOptionalInput('timings-artifact'),
      planArtifact: readOptionalInput('plan-artifact') ?? PLAN_DEFAULTS['plan-artifact'],
      token,
    };
  }
  return {
    mode,
    config: readOptionalInput('config') ?? SHARD_DEFAULTS.config,
    shard: readRequiredInput(
      'shard',
      'Input "shard" is required in run mode: pass ${{ matrix.shard }} from the plan job.',
    ),
    planArtifact: readOptionalInput('plan-artifact') ?? SHARD_DEFAULTS['plan-artifact'],
    resultsDir: readOptionalInput('results-dir') ?? SHARD_DEFAULTS['results-dir'],
    failOnTestFailure: readBooleanInput('fail-on-test-failure', SHARD_DEFAULTS['fail-on-test-failure']),
    redactNames: readListInput('redact'),
    token,
  };
}
