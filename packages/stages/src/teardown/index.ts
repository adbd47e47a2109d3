export {
  runTeardown,
  renderTeardownTable,
  type TeardownInput,
  type TeardownResult,
  type TeardownRow,
  type TeardownPorts,
} from './run-teardown.js';
export { destroyEnvironment, type DestroyRequest, type DestroyResult } from './destroy-environment.js';
export {
  listEnvironments,
  ENVIRONMENT_RECORD_SUFFIX,
  type EnvironmentRecord,
  type StoredEnvironment,
} from './s3-state-store.js';
