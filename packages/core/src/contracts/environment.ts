// env.json: written by provision, read by seed, run-matrix and teardown.
import { FieldReader } from './fields.js';
import { readJsonContract } from './json-file.js';
import { checkSchemaVersion, CONTRACT_VERSIONS } from './versions.js';

/** A Terraform output as JSON gives it: a string, number, bool, null, list or map. */
export type EnvironmentOutput = string | number | boolean | null | object;

/** The content of env.json: what provision made, for the stages after it. */
export interface EnvironmentFile {
  schemaVersion: 1;
  /** `<run_id>-<run_attempt>` by default; names the Terraform state key, artifacts and S3 prefixes. */
  pipelineId: string;
  stateKey: string;
  /** ISO 8601 time provision finished. */
  provisionedAt: string;
  /** Non-sensitive Terraform outputs only: sensitive ones never reach this file. */
  outputs: Record<string, EnvironmentOutput>;
  /** The Terraform working directory, relative to the repository root. */
  workingDirectory?: string;
  /** ISO 8601 time after which teardown may destroy a kept environment. */
  expiresAt?: string;
}

const _environmentVersion: EnvironmentFile['schemaVersion'] = CONTRACT_VERSIONS.environment.current;

function readOutput(r: FieldReader, value: unknown, path: string): EnvironmentOutput {
  if (value === null || ['string', 'boolean', 'object'].includes(typeof value)) return value as EnvironmentOutput;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  return r.fail(path, 'must be a string, number, boolean, null, list or map');
}

/** Validates a parsed env.json; throws a ContractError naming `source` and the field path. */
export function parseEnvironmentFile(value: unknown, source: string): EnvironmentFile {
  const r = new FieldReader(source);
  const env = r.object(value, '');
  checkSchemaVersion(env.schemaVersion, source, CONTRACT_VERSIONS.environment);
  r.nonEmptyString(env.pipelineId, 'pipelineId');
  r.nonEmptyString(env.stateKey, 'stateKey');
  r.isoTime(env.provisionedAt, 'provisionedAt');
  r.record(env.outputs, 'outputs', (output, path) => readOutput(r, output, path));
  r.optional(env, 'workingDirectory', '', r.string);
  r.optional(env, 'expiresAt', '', r.isoTime);
  return env as unknown as EnvironmentFile;
}

export function readEnvFile(file: string): Promise<EnvironmentFile> {
  return readJsonContract(file, parseEnvironmentFile);
}
