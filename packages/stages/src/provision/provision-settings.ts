// What provision and its post step are given, what they share through the step state, and their defaults.
import type { Clock, Logger, Secrets } from '@testpipe/core';
import type { BackendType, DestroyPolicy } from '../defaults.js';

export {
  BACKENDS,
  DESTROY_POLICIES,
  JOB_STATUSES,
  PROVISION_DEFAULTS,
  type BackendType,
  type DestroyPolicy,
  type JobStatus,
} from '../defaults.js';

export const FAILURE_REASONS = ['state-locked', 'apply-failed', 'init-failed', 'plan-failed', 'cancelled'] as const;
export type FailureReason = (typeof FAILURE_REASONS)[number];

/** The post step, and teardown, stop destroying here: the server ends a cancelled job 5 minutes after cancel. */
export const MAX_POST_TIMEOUT_MS = 285_000;
/** Retries of `terraform init` on transient errors (network, registry, backend). */
export const INIT_RETRIES = 3;

/** The one name main saves under and post reads. */
export const PROVISION_STATE_NAME = 'provision';

/** main → post: everything needed to destroy the environment, saved before apply starts. */
export interface ProvisionState {
  pipelineId: string;
  stateKey: string;
  /** Absolute path of the Terraform configuration. */
  workingDirectory: string;
  backend: BackendType;
  /** key=value lines passed as -backend-config, the state key included. */
  backendConfig: string[];
  /** name=value lines passed as -var. */
  variables: string[];
  varFiles: string[];
  /** TF_VAR_* given to Terraform: pipeline_id, ttl_expires_at, repository. */
  automaticVariables: Record<string, string>;
  destroy: DestroyPolicy;
  preserveOnFailure: boolean;
  expiresAt: string;
  lockTimeoutMs: number;
  /** Set when main ended: applied, failed (reason), kept or destroyed by main. */
  mainOutcome?: 'applied' | 'failed' | 'cancelled';
  failureReason?: FailureReason;
  /** Main already destroyed the partial environment of a failed apply. */
  destroyedByMain?: boolean;
  /** The lock id Terraform reported for our own run, if any: post may release it. */
  lockId?: string;
}

/** The StateProvider port (main saves, post reads), as @testpipe/github and the CLI bind it. */
export interface StepState {
  save(name: string, value: unknown): void;
  read<T>(name: string): T | undefined;
}

export interface ProvisionPorts {
  logger: Logger;
  clock: Clock;
  state: StepState;
  /** Every sensitive value goes here before anything prints it; redact() is used on all we write. */
  secrets: Secrets;
  /** The runner's masking (`::add-mask::`); the CLI has none. Called before anything prints the value. */
  mask(value: string): void;
}

/** Who runs this, for audit.json and the messages. */
export interface ProvisionIdentity {
  tool: 'action' | 'cli';
  repository: string;
  runId?: string;
  runAttempt?: string;
  job?: string;
  actor?: string;
}
