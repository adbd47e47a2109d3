import { ConfigurationError } from '@testpipe/core/input-support';
import {
  readBooleanInput,
  readDurationInput,
  readEnumInput,
  readLinesInput,
  readListInput,
  readOptionalInput,
  readSecretInput,
} from '@testpipe/github/inputs';

export interface TeardownInputs {
  mode: 'destroy' | 'janitor';
  workingDirectory: string;
  backend: 'local' | 's3';
  backendConfig: string[];
  variables: string[];
  varFiles: string[];
  pipelineId?: string;
  job: string;
  prefix: string;
  dryRun: boolean;
  lockTimeoutMs: number;
  timeoutMs: number;
  auditArtifact: string;
  token: string;
}

/** Reads and validates teardown's inputs, naming the input in every error. */
export function readTeardownInputs(): TeardownInputs {
  const mode = readEnumInput('mode', ['destroy', 'janitor'] as const, 'destroy');
  const backend = readEnumInput('backend', ['local', 's3'] as const, 'local');
  const pipelineId = readOptionalInput('pipeline-id');
  if (mode === 'destroy' && pipelineId === undefined) {
    throw new ConfigurationError(
      'Input "pipeline-id" is required with mode: destroy: pass the provision step\'s pipeline-id output (needs.<job>.outputs.pipeline-id), or use mode: janitor.',
    );
  }
  if (mode === 'janitor' && backend !== 's3') {
    throw new ConfigurationError(
      'Input "mode": janitor lists the states in the S3 backend: set backend: s3 and its backend-config.',
    );
  }
  const repository = process.env.GITHUB_REPOSITORY ?? '';
  return {
    mode,
    workingDirectory: readOptionalInput('working-directory') ?? '.',
    backend,
    backendConfig: readLinesInput('backend-config'),
    variables: readLinesInput('variables'),
    varFiles: readListInput('var-files'),
    pipelineId,
    job: readOptionalInput('job') ?? process.env.GITHUB_JOB ?? 'job',
    prefix: readOptionalInput('prefix') ?? `testpipe/${repository}/`,
    dryRun: readBooleanInput('dry-run', false),
    lockTimeoutMs: readDurationInput('lock-timeout') ?? 60_000,
    timeoutMs: readDurationInput('timeout') ?? 240_000,
    auditArtifact: readOptionalInput('audit-artifact') ?? 'testpipe-audit',
    token: readSecretInput('token'),
  };
}
