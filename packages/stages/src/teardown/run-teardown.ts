// The teardown stage: destroy one pipeline's environment (a separate `if: always()` job), or, as the
// janitor, every environment under a prefix of the S3 backend whose recorded expiry has passed.
import path from 'node:path';
import { AUDIT_FILE, type AuditEntry, type Clock, type Logger, type Secrets } from '@testpipe/core';
import { auditBy, appendAudit } from '../provision/audit-log.js';
import { backendConfigFor, checkPipelineId, parseKeyValueLines, stateKeyFor } from '../provision/provision-input.js';
import { MAX_POST_TIMEOUT_MS, type BackendType, type ProvisionIdentity } from '../provision/provision-settings.js';
import type { TerraformTarget } from '../provision/terraform-session.js';
import { destroyEnvironment, type DestroyResult } from './destroy-environment.js';

export interface TeardownTarget {
  workingDirectory: string;
  rootDir: string;
  backend: BackendType;
  backendConfig: string[];
  variables: string[];
  varFiles: string[];
  lockTimeoutMs: number;
}

export type TeardownInput = TeardownTarget & {
  identity: ProvisionIdentity;
  outputDir: string;
  /** Per environment. */
  budgetMs: number;
  signal?: AbortSignal;
} & (
    | { mode: 'destroy'; pipelineId: string; /** The job whose state it is (provision's job name). */ job: string }
    | { mode: 'janitor'; prefix: string; dryRun: boolean }
  );

export interface TeardownRow {
  pipelineId: string;
  stateKey: string;
  expiresAt?: string;
  action: 'destroyed' | 'nothing-to-destroy' | 'kept' | 'would-destroy' | 'destroy-failed' | 'timed-out';
  detail: string;
}

export interface TeardownResult {
  rows: TeardownRow[];
  failed: number;
  auditFile: string;
  /** Markdown table for the summary. */
  summary: string;
}

export interface TeardownPorts {
  logger: Logger;
  clock: Clock;
  secrets: Secrets;
}

function targetFor(
  input: TeardownTarget,
  stateKey: string,
  pipelineId: string,
  identity: ProvisionIdentity,
): TerraformTarget {
  const workingDirectory = path.resolve(input.rootDir, input.workingDirectory);
  return {
    workingDirectory,
    backendConfig: backendConfigFor(
      input.backend,
      input.backendConfig.filter((l) => !l.startsWith('key=')),
      stateKey,
    ),
    variables: parseKeyValueLines(input.variables, 'variables'),
    varFiles: input.varFiles.map((file) => path.resolve(workingDirectory, file)),
    automaticVariables: { pipeline_id: pipelineId, repository: identity.repository, ttl_expires_at: '' },
    lockTimeoutMs: input.lockTimeoutMs,
  };
}

function rowFor(
  pipelineId: string,
  stateKey: string,
  expiresAt: string | undefined,
  result: DestroyResult,
): TeardownRow {
  const action = result.status === 'failed' ? 'destroy-failed' : result.status;
  return { pipelineId, stateKey, expiresAt, action, detail: result.message };
}

export function renderTeardownTable(rows: readonly TeardownRow[]): string {
  if (rows.length === 0) return 'No environments found.\n';
  const lines = ['| pipeline | state key | expires | action | detail |', '|---|---|---|---|---|'];
  for (const row of rows) {
    const detail = row.detail.replace(/\s+/g, ' ').replace(/\|/g, '\\|').slice(0, 200);
    lines.push(`| ${row.pipelineId} | \`${row.stateKey}\` | ${row.expiresAt ?? '—'} | ${row.action} | ${detail} |`);
  }
  return `${lines.join('\n')}\n`;
}

const AUDIT_ACTION: Record<TeardownRow['action'], AuditEntry['action'] | undefined> = {
  destroyed: 'destroyed',
  'nothing-to-destroy': 'destroyed',
  kept: undefined,
  'would-destroy': undefined,
  'destroy-failed': 'destroy-failed',
  'timed-out': 'destroy-failed',
};

export async function runTeardown(input: TeardownInput, ports: TeardownPorts): Promise<TeardownResult> {
  const budgetMs = Math.min(input.budgetMs, MAX_POST_TIMEOUT_MS);
  const rows: TeardownRow[] = [];
  if (input.mode === 'destroy') {
    const pipelineId = checkPipelineId(input.pipelineId);
    const stateKey = stateKeyFor(input.identity.repository, pipelineId, input.job);
    const target = targetFor(input, stateKey, pipelineId, input.identity);
    const result = await ports.logger.group(`terraform destroy ${pipelineId}`, () =>
      destroyEnvironment({ target, budgetMs, signal: input.signal }, ports),
    );
    rows.push(rowFor(pipelineId, stateKey, undefined, result));
  } else {
    const { listEnvironments, deleteEnvironmentRecord } = await import('./s3-state-store.js');
    const now = ports.clock.now();
    const environments = await listEnvironments(input.backendConfig, input.prefix);
    for (const environment of environments) {
      const pipelineId = environment.record?.pipelineId ?? path.basename(path.dirname(environment.stateKey));
      const expiresAt = environment.record?.expiresAt;
      const expired = expiresAt !== undefined && Date.parse(expiresAt) <= now;
      if (!expired) {
        const detail = expiresAt ? 'not expired' : 'no expiry recorded: kept (destroy it by pipeline id)';
        rows.push({ pipelineId, stateKey: environment.stateKey, expiresAt, action: 'kept', detail });
        continue;
      }
      if (input.dryRun) {
        rows.push({
          pipelineId,
          stateKey: environment.stateKey,
          expiresAt,
          action: 'would-destroy',
          detail: 'dry run',
        });
        continue;
      }
      if (input.signal?.aborted) break;
      const target = targetFor(input, environment.stateKey, pipelineId, input.identity);
      const result = await ports.logger.group(`terraform destroy ${pipelineId}`, () =>
        destroyEnvironment({ target, budgetMs, signal: input.signal }, ports),
      );
      if (result.status === 'destroyed' || result.status === 'nothing-to-destroy') {
        await deleteEnvironmentRecord(input.backendConfig, environment.stateKey).catch(() => undefined);
      }
      rows.push(rowFor(pipelineId, environment.stateKey, expiresAt, result));
    }
  }
  const auditFile = path.join(input.outputDir, AUDIT_FILE);
  const at = new Date(ports.clock.now()).toISOString();
  const entries: AuditEntry[] = [];
  for (const row of rows) {
    const action = AUDIT_ACTION[row.action];
    if (!action) continue;
    entries.push({
      at,
      action,
      by: auditBy(input.identity),
      pipelineId: row.pipelineId,
      stateKey: row.stateKey,
      reason: row.detail,
    });
  }
  const logId = input.mode === 'destroy' ? input.pipelineId : `janitor-${input.identity.runId ?? 'local'}`;
  await appendAudit(auditFile, logId, entries, ports.secrets.redact.bind(ports.secrets));
  const failed = rows.filter((row) => row.action === 'destroy-failed' || row.action === 'timed-out').length;
  const heading =
    input.mode === 'janitor' ? `### testpipe janitor${input.dryRun ? ' (dry run)' : ''}` : '### testpipe teardown';
  const summary = ports.secrets.redact(`${heading}\n\n${renderTeardownTable(rows)}`);
  return { rows, failed, auditFile, summary };
}
