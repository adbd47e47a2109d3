// Applies pending migrations under an advisory lock, one transaction per file, refusing drift.
import type { Client } from 'pg';
import type { Clock, Logger, Secrets } from '@testpipe/core';
import { MigrationError } from '../seed-errors.js';
import { compareVersions, readMigrationFiles, type MigrationFile } from './migration-files.js';
import {
  ensureHistoryTable,
  MIGRATION_LOCK_KEY,
  readHistory,
  recordMigration,
  type HistoryRow,
} from './schema-history.js';
import { splitSqlStatements } from './split-statements.js';

export interface MigrationOptions {
  directory: string;
  allowDrift: boolean;
  validateOnly: boolean;
  logger: Logger;
  clock: Clock;
  secrets: Secrets;
}

export interface MigrationReport {
  applied: string[];
  pending: string[];
  /** Files whose checksum differs from the applied one (allowed with allow-drift). */
  drifted: string[];
  /** The highest applied version after this run, or undefined when none. */
  schemaVersion?: string;
}

function plan(files: MigrationFile[], history: HistoryRow[], options: MigrationOptions) {
  const failed = history.find((row) => !row.success);
  if (failed) {
    throw new MigrationError(
      `${failed.script} failed earlier outside a transaction and may have left the schema half-changed: ` +
        `repair the schema, delete its row (success = false) from testpipe_schema_history, and run again.`,
    );
  }
  const appliedVersions = new Map(history.filter((r) => r.type === 'versioned').map((r) => [r.version!, r]));
  const lastRepeatable = new Map<string, HistoryRow>();
  for (const row of history.filter((r) => r.type === 'repeatable')) lastRepeatable.set(row.description, row);
  const highest = [...appliedVersions.keys()].sort(compareVersions).at(-1);
  const drifted: string[] = [];
  const pending: MigrationFile[] = [];
  for (const file of files) {
    if (file.kind === 'repeatable') {
      if (lastRepeatable.get(file.description)?.checksum !== file.checksum) pending.push(file);
      continue;
    }
    const applied = appliedVersions.get(file.version!);
    if (applied) {
      if (applied.checksum !== file.checksum) drifted.push(file.fileName);
    } else if (highest !== undefined && compareVersions(file.version!, highest) < 0) {
      throw new MigrationError(
        `${file.fileName} is older than the applied version ${highest} but was never applied: give it a version above ${highest}.`,
      );
    } else pending.push(file);
  }
  if (drifted.length > 0 && !options.allowDrift) {
    throw new MigrationError(
      `Migration drift: ${drifted.join(', ')} changed after being applied (checksum differs from testpipe_schema_history). ` +
        'Put the change in a new V<version>__ file, or set allow-drift: true to accept it.',
    );
  }
  for (const file of drifted) options.logger.warning(`${file} changed after being applied (allow-drift is on).`);
  return { pending, drifted, highest };
}

function failure(file: MigrationFile, error: unknown, statementLine: number, statementSql: string, secrets: Secrets) {
  const { message, position } = (error ?? {}) as { message?: string; position?: string };
  let line = statementLine;
  if (position !== undefined) {
    const before = statementSql.slice(0, Math.max(0, Number(position) - 1));
    line += before.split('\n').length - 1;
  }
  return new MigrationError(
    `${file.path}:${line}: ${secrets.redact(message ?? String(error))}. ` +
      `${file.transactional ? 'The file was rolled back; the schema is as before it.' : 'The file ran outside a transaction: statements before this one stay applied.'}`,
    error,
  );
}

async function applyFile(client: Client, file: MigrationFile, options: MigrationOptions): Promise<void> {
  const started = options.clock.now();
  const statements = splitSqlStatements(file.sql);
  const row: HistoryRow = {
    version: file.version ?? null,
    description: file.description,
    type: file.kind,
    script: file.fileName,
    checksum: file.checksum,
    success: true,
  };
  if (file.transactional) await client.query('BEGIN');
  for (const statement of statements) {
    try {
      await client.query(statement.sql);
    } catch (error) {
      if (file.transactional) await client.query('ROLLBACK');
      else await recordMigration(client, { ...row, success: false, durationMs: options.clock.now() - started });
      throw failure(file, error, statement.line, statement.sql, options.secrets);
    }
  }
  await recordMigration(client, { ...row, durationMs: options.clock.now() - started });
  if (file.transactional) await client.query('COMMIT');
}

/** Brings the schema to the newest version in `directory`, or only checks it (validateOnly). */
export async function runMigrations(client: Client, options: MigrationOptions): Promise<MigrationReport> {
  const files = await readMigrationFiles(options.directory);
  if (options.validateOnly) {
    const { pending, drifted, highest } = plan(files, await readHistory(client), options);
    return { applied: [], pending: pending.map((f) => f.fileName), drifted, schemaVersion: highest };
  }
  const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1) AS locked', [
    MIGRATION_LOCK_KEY,
  ]);
  if (!rows[0]?.locked) {
    options.logger.info('Another run is migrating this database; waiting for its lock.');
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
  }
  try {
    await ensureHistoryTable(client);
    // Read after the lock: a run that held it may have applied everything already.
    const { pending, drifted, highest } = plan(files, await readHistory(client), options);
    const applied: string[] = [];
    for (const file of pending) {
      await options.logger.group(`Migration ${file.fileName}`, () => applyFile(client, file, options));
      applied.push(file.fileName);
    }
    const versions = [highest, ...applied.map((name) => files.find((f) => f.fileName === name)?.version)];
    const schemaVersion = versions
      .filter((v): v is string => v !== undefined)
      .sort(compareVersions)
      .at(-1);
    if (applied.length === 0)
      options.logger.info(`Schema is up to date${schemaVersion ? ` (version ${schemaVersion})` : ''}.`);
    return { applied, pending: [], drifted, schemaVersion };
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
  }
}
