export { startLocalS3, S3RVER_ACCESS_KEY, S3RVER_SECRET_KEY, type LocalS3, type LocalS3Options } from './s3.js';
export {
  startLocalPostgres,
  findPostgresBinaries,
  PostgresNotInstalledError,
  PostgresStartError,
  type LocalPostgres,
  type LocalPostgresOptions,
  type PostgresBinaries,
  type FindPostgresOptions,
} from './postgres.js';
export {
  requireTerraform,
  runTerraform,
  TerraformNotInstalledError,
  TerraformCommandError,
  MINIMUM_TERRAFORM_VERSION,
  DEFAULT_TERRAFORM_PLUGIN_CACHE_DIR,
  type TerraformInstall,
  type TerraformResult,
  type RunTerraformOptions,
} from './terraform.js';
export * from './webhook-sinks/index.js';
export { startLocalSmtp, type LocalSmtp, type LocalSmtpOptions, type ReceivedMail } from './smtp.js';
export * from './artifact-service/index.js';
export * from './github-api/index.js';
export * from './gitlab-api/index.js';
export * from './runner/index.js';
export { createTestDatabase, queryDatabase } from './postgres-databases.js';
export * from './http-health-server.js';
