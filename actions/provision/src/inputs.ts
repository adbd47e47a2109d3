import { ConfigurationError, parseDurationMs } from '@testpipe/core/input-support';
import {
  readBooleanInput,
  readDurationInput,
  readEnumInput,
  readLinesInput,
  readListInput,
  readOptionalInput,
  readSecretInput,
} from '@testpipe/github/inputs';
import {
  BACKENDS,
  DESTROY_POLICIES,
  JOB_STATUSES,
  PROVISION_DEFAULTS,
  type BackendType,
  type DestroyPolicy,
  type JobStatus,
} from '@testpipe/stages/defaults';

export interface ProvisionInputs {
  workingDirectory: string;
  backend: BackendType;
  backendConfig: string[];
  variables: string[];
  varFiles: string[];
  destroy: DestroyPolicy;
  preserveOnFailure: boolean;
  ttlMs: number;
  lockTimeoutMs: number;
  pipelineId?: string;
  terraformVersion?: string;
  envArtifact: string;
  postTimeoutMs: number;
  token: string;
}

type DurationInput = 'ttl' | 'lock-timeout' | 'post-timeout';

/** A duration input, or its action.yml default (PROVISION_DEFAULTS). */
function duration(name: DurationInput): number {
  return readDurationInput(name) ?? parseDurationMs(PROVISION_DEFAULTS[name])!;
}

/** Reads and validates provision's inputs, naming the input in every error. */
export function readProvisionInputs(): ProvisionInputs {
  const postTimeoutMs = duration('post-timeout');
  if (postTimeoutMs > 285_000) {
    throw new ConfigurationError(
      'Input "post-timeout" must be at most 4m45s: GitHub ends a cancelled job 5 minutes after the cancel, post step included.',
    );
  }
  return {
    workingDirectory: readOptionalInput('working-directory') ?? PROVISION_DEFAULTS['working-directory'],
    backend: readEnumInput('backend', BACKENDS, PROVISION_DEFAULTS.backend),
    backendConfig: readLinesInput('backend-config'),
    variables: readLinesInput('variables'),
    varFiles: readListInput('var-files'),
    destroy: readEnumInput('destroy', DESTROY_POLICIES, PROVISION_DEFAULTS.destroy),
    preserveOnFailure: readBooleanInput('preserve-on-failure', PROVISION_DEFAULTS['preserve-on-failure']),
    ttlMs: duration('ttl'),
    lockTimeoutMs: duration('lock-timeout'),
    pipelineId: readOptionalInput('pipeline-id'),
    terraformVersion: readOptionalInput('terraform-version'),
    envArtifact: readOptionalInput('env-artifact') ?? PROVISION_DEFAULTS['env-artifact'],
    postTimeoutMs,
    token: readSecretInput('token'),
  };
}

/** job-status: `${{ job.status }}` by default, which the runner evaluates again when the post step starts. */
export function readJobStatus(): JobStatus | undefined {
  const value = readOptionalInput('job-status');
  if (value === undefined) return undefined;
  const status = value.toLowerCase();
  if ((JOB_STATUSES as readonly string[]).includes(status)) return status as JobStatus;
  throw new ConfigurationError(`Input "job-status" must be success, failure or cancelled; got "${value}".`);
}
