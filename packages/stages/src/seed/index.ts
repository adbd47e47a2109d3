export { runSeed, type SeedInput, type SeedPorts, type SeedResult } from './run-seed.js';
export { SEED_DEFAULTS } from './seed-defaults.js';
export { HealthCheckTimeoutError, MigrationError, SeedDataError, SmokeCheckError } from './seed-errors.js';
export { parseDatabaseUrl, type DatabaseTarget } from './database-url.js';
export { parseHealthTargets, type HealthTarget } from './health/targets.js';
export { waitForTargets, type TargetOutcome } from './health/wait-for-targets.js';
export { runMigrations, type MigrationReport, type MigrationOptions } from './migrations/run-migrations.js';
export { splitSqlStatements } from './migrations/split-statements.js';
export { parseDatasets, loadDatasets } from './datasets/parse-datasets.js';
export type { DatasetConfig, DatasetsFile, MaskRule } from './datasets/dataset-config.js';
export { loadDataset, type SeedRecord, type SeededTable, type LoadDatasetOptions } from './datasets/load-dataset.js';
export type { LoadMethod } from './datasets/table-writers.js';
export { runSmokeChecks, type SmokeCheckResult } from './smoke/smoke-checks.js';
export { connect as connectDatabase } from './pg-client.js';
export {
  startEmbeddedPostgres,
  stopEmbeddedPostgres,
  type EmbeddedPostgres,
  type EmbeddedPostgresRecord,
} from './embedded/embedded-postgres.js';
export { resolveEndpoints } from './env-endpoints.js';
export {
  startEmbeddedEnvironment,
  stopEmbeddedEnvironment,
  embeddedRecordOf,
  EMBEDDED_POSTGRES_OUTPUT,
  EMBEDDED_URL_FILE,
} from './embedded/embedded-environment.js';
