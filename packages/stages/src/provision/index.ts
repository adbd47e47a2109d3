export { runProvision, type ProvisionInput, type ProvisionResult } from './run-provision.js';
export {
  runProvisionPost,
  decideTeardown,
  type ProvisionPostInput,
  type ProvisionPostResult,
  type PostDecision,
} from './provision-post.js';
export * from './provision-settings.js';
export { stateKeyFor } from './provision-input.js';
export { maskSensitive, secretFormsOf, readTerraformOutputs } from './terraform-outputs.js';
export { TerraformMissingError, MINIMUM_TERRAFORM_VERSION } from './terraform-cli.js';
export { parseLockInfo, type LockInfo, type PlanCounts } from './terraform-messages.js';
export {
  startDirectEnvironment,
  stopDirectEnvironment,
  ENVIRONMENT_DIR_VARIABLE,
  type DirectEnvironmentInput,
  type DirectEnvironmentStarted,
} from './direct-environment.js';
export { findOnPath } from '../runners/find-program.js';
