// audit.json: appended to by provision (created), its post step and teardown (kept, destroyed).
import { readFile } from 'node:fs/promises';
import {
  parseAuditLog,
  parseJsonText,
  redactStrings,
  writeJsonContract,
  type AuditEntry,
  type AuditLog,
} from '@testpipe/core';
import type { ProvisionIdentity } from './provision-settings.js';

export function auditBy(identity: ProvisionIdentity): AuditEntry['by'] {
  return {
    tool: identity.tool,
    ...(identity.runId ? { runId: identity.runId } : {}),
    ...(identity.runAttempt ? { runAttempt: identity.runAttempt } : {}),
    ...(identity.actor ? { actor: identity.actor } : {}),
    ...(identity.job ? { job: identity.job } : {}),
  };
}

/** Adds entries to the audit log at `file` (created when missing or unreadable). */
export async function appendAudit(
  file: string,
  pipelineId: string,
  entries: AuditEntry[],
  redact: (text: string) => string,
): Promise<AuditLog> {
  let log: AuditLog = { schemaVersion: 1, pipelineId, entries: [] };
  const text = await readFile(file, 'utf8').catch(() => undefined);
  if (text !== undefined) {
    try {
      log = parseAuditLog(parseJsonText(text, file), file);
    } catch {
      // an unreadable log is replaced, never a reason to fail a teardown
    }
  }
  log.entries.push(...entries);
  await writeJsonContract(file, redactStrings(log, redact));
  return log;
}
