// Fresh databases on one local PostgreSQL server, so the tests of a file share a server but not state.
import pg from 'pg';
import type { LocalPostgres } from './postgres.js';

let counter = 0;

/** Creates an empty database and returns its URL (the server's credentials). */
export async function createTestDatabase(server: LocalPostgres, prefix = 'test'): Promise<string> {
  const name = `${prefix}_${process.pid}_${++counter}`;
  const client = new pg.Client({ connectionString: server.connectionString });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  const url = new URL(server.connectionString);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Runs one query on `url` and returns its rows. */
export async function queryDatabase<T extends Record<string, unknown>>(
  url: string,
  sql: string,
  values?: unknown[],
): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}
