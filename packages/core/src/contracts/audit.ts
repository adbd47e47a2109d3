// audit.json: what provision created and teardown kept or destroyed, when and by which run; read by people.
import { fieldPath, FieldReader } from './fields.js';
import { readJsonContract } from './json-file.js';
import { checkSchemaVersion, CONTRACT_VERSIONS } from './versions.js';

export type AuditAction = 'created' | 'kept' | 'destroyed' | 'destroy-failed' | 'expired';

export const AUDIT_ACTIONS: readonly AuditAction[] = ['created', 'kept', 'destroyed', 'destroy-failed', 'expired'];

export interface AuditEntry {
  /** ISO 8601 time of the action. */
  at: string;
  action: AuditAction;
  by: { runId?: string; runAttempt?: string; actor?: string; job?: string; tool: 'action' | 'cli' };
  reason?: string;
  /** Terraform resource addresses concerned. */
  resources?: string[];
  /** The environment's pipeline, when the log covers several (the janitor's). */
  pipelineId?: string;
  /** The Terraform state key of the environment. */
  stateKey?: string;
  /** ISO 8601 time after which the janitor may destroy a kept environment. */
  expiresAt?: string;
}

export interface AuditLog {
  schemaVersion: 1;
  pipelineId: string;
  /** Oldest first. */
  entries: AuditEntry[];
}

const _auditVersion: AuditLog['schemaVersion'] = CONTRACT_VERSIONS.audit.current;

function readEntry(r: FieldReader, value: unknown, path: string): AuditEntry {
  const entry = r.object(value, path);
  r.isoTime(entry.at, fieldPath(path, 'at'));
  r.oneOf(entry.action, fieldPath(path, 'action'), AUDIT_ACTIONS);
  const byPath = fieldPath(path, 'by');
  const by = r.object(entry.by, byPath);
  for (const key of ['runId', 'runAttempt', 'actor', 'job']) r.optional(by, key, byPath, r.string);
  r.oneOf(by.tool, fieldPath(byPath, 'tool'), ['action', 'cli']);
  r.optional(entry, 'reason', path, r.string);
  r.optional(entry, 'resources', path, r.stringArray);
  r.optional(entry, 'pipelineId', path, r.string);
  r.optional(entry, 'stateKey', path, r.string);
  r.optional(entry, 'expiresAt', path, r.isoTime);
  return entry as unknown as AuditEntry;
}

/** Validates a parsed audit.json; throws a ContractError naming `source` and the field path. */
export function parseAuditLog(value: unknown, source: string): AuditLog {
  const r = new FieldReader(source);
  const log = r.object(value, '');
  checkSchemaVersion(log.schemaVersion, source, CONTRACT_VERSIONS.audit);
  r.nonEmptyString(log.pipelineId, 'pipelineId');
  r.list(log.entries, 'entries', (entry, path) => readEntry(r, entry, path));
  return log as unknown as AuditLog;
}

export function readAuditFile(file: string): Promise<AuditLog> {
  return readJsonContract(file, parseAuditLog);
}
