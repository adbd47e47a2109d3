// The data contracts (DESIGN "Data contracts"): for every file that passes between stages, its name,
// its type and a validating reader. Readers throw ContractError (a UserError, kind 'config').
export * from './file-names.js';
export { ContractError, ContractVersionError } from './errors.js';
export {
  TESTPIPE_VERSION,
  CONTRACT_VERSIONS,
  checkSchemaVersion,
  type ContractVersion,
  type ContractName,
} from './versions.js';
export { parseJsonText, readJsonContract, writeJsonContract, type WriteJsonContractOptions } from './json-file.js';
export { parsePipelinePlan, readPlanFile, type PipelinePlan } from './plan.js';
export { parseEnvironmentFile, readEnvFile, type EnvironmentFile, type EnvironmentOutput } from './environment.js';
export {
  parseAuditLog,
  readAuditFile,
  AUDIT_ACTIONS,
  type AuditLog,
  type AuditEntry,
  type AuditAction,
} from './audit.js';
export { parseMetrics, readMetricsFile } from './metrics.js';
export { parseTimingsContract, readTimingsFile } from './timings.js';
export { parseShardRecord, readShardRecord, type ShardRecord } from './shard-record.js';
export {
  parseCtrfDocument,
  readCtrfFile,
  checkCtrfTestpipeVersion,
  CTRF_STATUSES,
  CTRF_TESTPIPE_VERSION_FIELD,
  type CtrfDocument,
  type CtrfDocumentTest,
  type CtrfDocumentSummary,
  type CtrfStatus,
} from './ctrf.js';
