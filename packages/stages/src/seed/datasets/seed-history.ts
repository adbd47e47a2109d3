// testpipe_seed_history: which data set, version and checksum a database holds, and when it was seeded.
import type { Client } from 'pg';
import type { SeedRecord } from './load-dataset.js';

export const SEED_HISTORY_TABLE = 'testpipe_seed_history';

export async function recordSeed(client: Client, record: SeedRecord, pipelineId: string | undefined): Promise<void> {
  await client.query(`CREATE TABLE IF NOT EXISTS ${SEED_HISTORY_TABLE} (
    id serial PRIMARY KEY,
    dataset text NOT NULL,
    version text NOT NULL,
    checksum text NOT NULL,
    rows jsonb NOT NULL,
    pipeline_id text,
    seeded_at timestamptz NOT NULL DEFAULT now()
  )`);
  const rows = Object.fromEntries(record.tables.map((t) => [t.table, t.rows]));
  await client.query(
    `INSERT INTO ${SEED_HISTORY_TABLE} (dataset, version, checksum, rows, pipeline_id) VALUES ($1, $2, $3, $4, $5)`,
    [record.dataset, record.version, record.checksum, JSON.stringify(rows), pipelineId ?? null],
  );
}
