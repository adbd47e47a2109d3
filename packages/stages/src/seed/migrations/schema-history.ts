// testpipe_schema_history: what was applied, with its checksum, so a re-run is a no-op and drift is caught.
import type { Client } from 'pg';

export const HISTORY_TABLE = 'testpipe_schema_history';
/** pg_advisory_lock key: the same for every testpipe run against a database, so migrations never overlap. */
export const MIGRATION_LOCK_KEY = 727_384_191;

export interface HistoryRow {
  version: string | null;
  description: string;
  type: 'versioned' | 'repeatable';
  script: string;
  checksum: string;
  success: boolean;
}

export async function ensureHistoryTable(client: Client): Promise<void> {
  await client.query(`CREATE TABLE IF NOT EXISTS ${HISTORY_TABLE} (
    installed_rank serial PRIMARY KEY,
    version text,
    description text NOT NULL,
    type text NOT NULL,
    script text NOT NULL,
    checksum text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now(),
    duration_ms integer NOT NULL,
    success boolean NOT NULL
  )`);
}

/** The rows in the order applied; none when the table does not exist yet. */
export async function readHistory(client: Client): Promise<HistoryRow[]> {
  const { rows } = await client.query<{ exists: boolean }>('SELECT to_regclass($1) IS NOT NULL AS exists', [
    HISTORY_TABLE,
  ]);
  if (!rows[0]?.exists) return [];
  const result = await client.query<HistoryRow>(
    `SELECT version, description, type, script, checksum, success FROM ${HISTORY_TABLE} ORDER BY installed_rank`,
  );
  return result.rows;
}

export async function recordMigration(client: Client, row: HistoryRow & { durationMs: number }): Promise<void> {
  await client.query(
    `INSERT INTO ${HISTORY_TABLE} (version, description, type, script, checksum, duration_ms, success)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [row.version, row.description, row.type, row.script, row.checksum, Math.round(row.durationMs), row.success],
  );
}
