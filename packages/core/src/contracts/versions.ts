// The one table of contract versions: every reader's version check and message come from it.
import { SHARD_PLAN_SCHEMA_VERSION } from '../planning/types.js';
import { TIMINGS_SCHEMA_VERSION } from '../timings/types.js';
import { ContractError, ContractVersionError } from './errors.js';
import {
  AUDIT_FILE,
  CTRF_REPORT_FILE,
  ENV_FILE,
  METRICS_FILE,
  PLAN_FILE,
  SHARD_RECORD_FILE,
  TIMINGS_FILE,
} from './file-names.js';

/** The testpipe release these readers belong to; equal to packages/core/package.json's version (a test checks). */
export const TESTPIPE_VERSION = '1.0.0';

export interface ContractVersion {
  /** The contract's file name, for messages. */
  file: string;
  /** The schemaVersion this testpipe writes: an integer major, raised when a field changes meaning or goes away. */
  current: number;
  /** The oldest schemaVersion this testpipe still reads. */
  oldestReadable: number;
}

/**
 * Contract → version. Adding a field is not a new version (readers ignore fields they do not know);
 * renaming, removing or changing the meaning of one is.
 */
export const CONTRACT_VERSIONS = {
  timings: { file: TIMINGS_FILE, current: TIMINGS_SCHEMA_VERSION, oldestReadable: 1 },
  plan: { file: PLAN_FILE, current: 1, oldestReadable: 1 },
  /** Each suite's plan inside testpipe-plan.json (`suites[i].schemaVersion`), as planShards writes it. */
  shardPlan: { file: PLAN_FILE, current: SHARD_PLAN_SCHEMA_VERSION, oldestReadable: 1 },
  environment: { file: ENV_FILE, current: 1, oldestReadable: 1 },
  audit: { file: AUDIT_FILE, current: 1, oldestReadable: 1 },
  metrics: { file: METRICS_FILE, current: 1, oldestReadable: 1 },
  shardRecord: { file: SHARD_RECORD_FILE, current: 1, oldestReadable: 1 },
  /** testpipe's own contract inside the CTRF documents it writes (ctrf-report.json and each shard's ctrf.json). */
  ctrf: { file: CTRF_REPORT_FILE, current: 1, oldestReadable: 1 },
} as const satisfies Record<string, ContractVersion>;

export type ContractName = keyof typeof CONTRACT_VERSIONS;

function readable(contract: ContractVersion): string {
  return contract.oldestReadable === contract.current
    ? `version ${contract.current}`
    : `versions ${contract.oldestReadable} to ${contract.current}`;
}

/**
 * The schemaVersion of a contract file when this testpipe can read it; otherwise a ContractError naming
 * `source`, and for a newer (or retired) major the testpipe version to use instead.
 */
export function checkSchemaVersion(
  value: unknown,
  source: string,
  contract: ContractVersion,
  field = 'schemaVersion',
): number {
  if (value === undefined) {
    throw new ContractError(source, field, `is missing; a ${contract.file} written by testpipe always has one`);
  }
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
    throw new ContractError(source, field, `must be a positive integer (found ${JSON.stringify(value)})`);
  }
  if (value > contract.current) {
    throw new ContractVersionError(
      source,
      field,
      value,
      `${source} has ${field} ${value}; this testpipe (${TESTPIPE_VERSION}) reads ${readable(contract)}. ` +
        `Update the testpipe actions/CLI to a version that writes ${field} ${value}.`,
    );
  }
  if (value < contract.oldestReadable) {
    throw new ContractVersionError(
      source,
      field,
      value,
      `${source} has ${field} ${value}, written by an older testpipe; this testpipe (${TESTPIPE_VERSION}) reads ` +
        `${readable(contract)}. Re-run the stage that writes ${contract.file} with this testpipe version.`,
    );
  }
  return value;
}
