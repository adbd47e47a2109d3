export { parsePipelineConfig, loadPipelineConfig, selectSuites } from './parse-config.js';
export { TestpipeConfigError, PipelineConfigInvalidError } from './config-error.js';
export {
  RUNNER_NAMES,
  DEFAULT_GRANULARITY,
  SUITE_DEFAULTS,
  type RunnerName,
  type Granularity,
  type DiscoverConfig,
  type SuiteConfig,
  type PipelineConfig,
  type EnvironmentConfig,
  type DirectEnvironmentConfig,
  type SeedConfig,
  type NotifyConfig,
} from './pipeline-config.js';
