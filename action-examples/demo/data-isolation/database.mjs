// The seeded test database (the environment's database_url output), and a helper that runs a test's
// writes in a transaction that is always rolled back, so no test sees another's data.
import process from 'node:process';
import pg from 'pg';

export function databaseUrl() {
  const url = process.env.TESTPIPE_DATABASE_URL;
  if (!url) throw new Error('TESTPIPE_DATABASE_URL is not set: run this suite in the pipeline after the seed stage');
  return url;
}

export async function connect() {
  const client = new pg.Client({ connectionString: databaseUrl(), application_name: 'demo-data-isolation' });
  await client.connect();
  return client;
}

/** Runs `work(client)` inside BEGIN … ROLLBACK on its own connection; returns what `work` returned. */
export async function inRolledBackTransaction(work) {
  const client = await connect();
  try {
    await client.query('BEGIN');
    return await work(client);
  } finally {
    await client.query('ROLLBACK').catch(() => undefined);
    await client.end();
  }
}
