// After seeding: row counts, no orphaned foreign keys, the config's SQL assertions and HTTP probes.
import type { Client } from 'pg';
import type { Clock, Secrets } from '@testpipe/core';
import { readForeignKeys, resolveTable } from '../datasets/catalog.js';
import { quoteIdentifier } from '../datasets/copy-text.js';
import type { DatasetConfig } from '../datasets/dataset-config.js';
import type { SeedRecord } from '../datasets/load-dataset.js';

export interface SmokeCheckResult {
  /** Groups checks in the JUnit file: rows, foreign-keys, sql, http. */
  group: 'rows' | 'foreign-keys' | 'sql' | 'http';
  name: string;
  passed: boolean;
  message?: string;
  durationMs: number;
}

async function timed(
  clock: Clock,
  group: SmokeCheckResult['group'],
  name: string,
  check: () => Promise<string | undefined>,
  secrets: Secrets,
): Promise<SmokeCheckResult> {
  const started = clock.now();
  let message: string | undefined;
  try {
    message = await check();
  } catch (error) {
    message = (error as Error).message ?? String(error);
  }
  const durationMs = clock.now() - started;
  return message === undefined
    ? { group, name, passed: true, durationMs }
    : { group, name, passed: false, message: secrets.redact(message), durationMs };
}

export interface SmokeOptions {
  client: Client;
  dataset: DatasetConfig;
  record: SeedRecord;
  clock: Clock;
  secrets: Secrets;
}

/** Runs every check; never throws for a failing check (the caller decides), each result names its check. */
export async function runSmokeChecks(options: SmokeOptions): Promise<SmokeCheckResult[]> {
  const { client, dataset, record, clock, secrets } = options;
  const results: SmokeCheckResult[] = [];
  const tables: string[] = [];
  for (const seeded of record.tables) {
    const sql = (await resolveTable(client, seeded.table)) ?? seeded.table;
    tables.push(sql);
    results.push(
      await timed(
        clock,
        'rows',
        `${seeded.table} has ${seeded.rows} rows`,
        async () => {
          const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${sql}`);
          const count = Number(rows[0]?.n);
          return count === seeded.rows
            ? undefined
            : `${seeded.table} has ${count} rows, the data set wrote ${seeded.rows}`;
        },
        secrets,
      ),
    );
  }
  for (const key of await readForeignKeys(client, tables)) {
    const name = `${key.table}(${key.columns.join(', ')}) → ${key.parent}: no orphans`;
    results.push(
      await timed(
        clock,
        'foreign-keys',
        name,
        async () => {
          const join = key.columns
            .map((c, i) => `p.${quoteIdentifier(key.parentColumns[i]!)} = c.${quoteIdentifier(c)}`)
            .join(' AND ');
          const notNull = key.columns.map((c) => `c.${quoteIdentifier(c)} IS NOT NULL`).join(' AND ');
          const { rows } = await client.query<{ n: string }>(
            `SELECT count(*) AS n FROM ${key.table} c WHERE ${notNull} AND NOT EXISTS (SELECT 1 FROM ${key.parent} p WHERE ${join})`,
          );
          const orphans = Number(rows[0]?.n);
          return orphans === 0 ? undefined : `${orphans} rows of ${key.table} reference a missing ${key.parent} row`;
        },
        secrets,
      ),
    );
  }
  for (const check of dataset.checks.sql) {
    results.push(
      await timed(
        clock,
        'sql',
        check.name,
        async () => {
          const result = await client.query({ text: check.query, rowMode: 'array' });
          const first = (result.rows[0] as unknown[] | undefined)?.[0];
          return first === true || first === 't'
            ? undefined
            : `the query returned ${JSON.stringify(first ?? null)}, expected true`;
        },
        secrets,
      ),
    );
  }
  for (const probe of dataset.checks.http) {
    results.push(
      await timed(
        clock,
        'http',
        probe.name,
        async () => {
          const response = await fetch(probe.url, { signal: AbortSignal.timeout(10_000) });
          await response.arrayBuffer().catch(() => undefined);
          const { min, max } = probe.status;
          return response.status >= min && response.status <= max
            ? undefined
            : `GET ${secrets.redact(probe.url)} answered ${response.status}, expected ${min === max ? min : `${min}-${max}`}`;
        },
        secrets,
      ),
    );
  }
  return results;
}
