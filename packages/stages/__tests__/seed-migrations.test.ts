// Migrations against a real PostgreSQL server (Debian's, started by testkit).
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { jest } from '@jest/globals';
import { createTestDatabase, queryDatabase, startLocalPostgres, type LocalPostgres } from '@testpipe/testkit';
import { MigrationError, parseDatabaseUrl, runMigrations, splitSqlStatements } from '../src/seed/index.js';
import { connect } from '../src/seed/pg-client.js';
import { ports, tempFiles } from './seed-helpers.js';

jest.setTimeout(60_000);

let server: LocalPostgres;
beforeAll(async () => {
  server = await startLocalPostgres();
});
afterAll(async () => server?.close());

const BASE = {
  'V1__init.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);\n',
  'V2__orders.sql':
    '-- orders belong to users\nCREATE TABLE orders (\n  id bigint PRIMARY KEY,\n  user_id bigint NOT NULL REFERENCES users(id)\n);\n',
  'V10__index.sql': 'CREATE INDEX orders_user ON orders (user_id);\n',
  'R__views.sql':
    'CREATE OR REPLACE VIEW order_counts AS SELECT user_id, count(*) AS n FROM orders GROUP BY user_id;\n',
};

async function migrate(url: string, directory: string, extra: { allowDrift?: boolean; validateOnly?: boolean } = {}) {
  const p = ports();
  const client = await connect(parseDatabaseUrl(url, 'database-url', p.secrets));
  try {
    return await runMigrations(client, { directory, allowDrift: false, validateOnly: false, ...p, ...extra });
  } finally {
    await client.end();
  }
}

test('applies V files in numeric order, then R files, and a re-run is a no-op', async () => {
  const url = await createTestDatabase(server);
  const dir = await tempFiles(BASE);
  const first = await migrate(url, dir);
  expect(first.applied).toEqual(['V1__init.sql', 'V2__orders.sql', 'V10__index.sql', 'R__views.sql']);
  expect(first.schemaVersion).toBe('10');
  const history = await queryDatabase<{ version: string | null; checksum: string; success: boolean }>(
    url,
    'SELECT version, checksum, success FROM testpipe_schema_history ORDER BY installed_rank',
  );
  expect(history.map((h) => h.version)).toEqual(['1', '2', '10', null]);
  expect(history.every((h) => h.success && /^[0-9a-f]{64}$/.test(h.checksum))).toBe(true);

  const again = await migrate(url, dir);
  expect(again.applied).toEqual([]);
  expect(await queryDatabase(url, 'SELECT 1 FROM testpipe_schema_history')).toHaveLength(4);

  // A changed repeatable file is applied again; versioned files are not.
  await writeFile(path.join(dir, 'R__views.sql'), BASE['R__views.sql'].replace('count(*)', 'count(id)'));
  expect((await migrate(url, dir)).applied).toEqual(['R__views.sql']);
});

test('a changed applied file is drift: refused, unless allow-drift', async () => {
  const url = await createTestDatabase(server);
  const dir = await tempFiles(BASE);
  await migrate(url, dir);
  await writeFile(path.join(dir, 'V1__init.sql'), `${BASE['V1__init.sql']}-- edited\n`);
  await expect(migrate(url, dir)).rejects.toThrow(/drift: V1__init\.sql changed after being applied/);
  await expect(migrate(url, dir, { validateOnly: true })).rejects.toThrow(MigrationError);
  const allowed = await migrate(url, dir, { allowDrift: true });
  expect(allowed.drifted).toEqual(['V1__init.sql']);
});

test('validate-only lists pending files and changes nothing', async () => {
  const url = await createTestDatabase(server);
  const dir = await tempFiles(BASE);
  const report = await migrate(url, dir, { validateOnly: true });
  expect(report.pending).toEqual(['V1__init.sql', 'V2__orders.sql', 'V10__index.sql', 'R__views.sql']);
  expect(await queryDatabase(url, "SELECT to_regclass('users') AS t")).toEqual([{ t: null }]);
});

test('a failing file is rolled back whole, named with the line of its failing statement', async () => {
  const url = await createTestDatabase(server);
  const dir = await tempFiles({
    ...BASE,
    'V3__broken.sql':
      "CREATE TABLE payments (id bigint PRIMARY KEY);\nINSERT INTO payments VALUES (1);\n\n-- a typo below\nSELEC 'oops' FROM payments;\n",
  });
  const error = await migrate(url, dir).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(MigrationError);
  expect((error as Error).message).toContain(`${path.join(dir, 'V3__broken.sql')}:5: syntax error at or near "SELEC"`);
  // V1, V2 stayed; nothing of V3 (its CREATE TABLE ran before the error) is left.
  expect(await queryDatabase(url, "SELECT to_regclass('payments') AS t")).toEqual([{ t: null }]);
  const versions = await queryDatabase<{ version: string }>(
    url,
    'SELECT version FROM testpipe_schema_history WHERE version IS NOT NULL ORDER BY installed_rank',
  );
  expect(versions.map((v) => v.version)).toEqual(['1', '2']);
});

test('an error inside a multi-line statement names the line of the bad token', async () => {
  const url = await createTestDatabase(server);
  const dir = await tempFiles({ 'V1__bad.sql': 'CREATE TABLE t (\n  id int,\n  name txet\n);\n' });
  await expect(migrate(url, dir)).rejects.toThrow(/V1__bad\.sql:3: type "txet" does not exist/);
});

test('a file may opt out of the transaction for statements that cannot run in one', async () => {
  const url = await createTestDatabase(server);
  const dir = await tempFiles({
    'V1__init.sql': 'CREATE TABLE t (id int);\n',
    'V2__concurrent.sql': '-- testpipe:no-transaction\nCREATE INDEX CONCURRENTLY t_id ON t (id);\n',
  });
  expect((await migrate(url, dir)).applied).toEqual(['V1__init.sql', 'V2__concurrent.sql']);
  expect(await queryDatabase(url, "SELECT to_regclass('t_id') IS NOT NULL AS t")).toEqual([{ t: true }]);
});

test('concurrent runs are serialised by the advisory lock: each file is applied once', async () => {
  const url = await createTestDatabase(server);
  const dir = await tempFiles({
    ...BASE,
    // Slow enough that both runs overlap.
    'V11__slow.sql': 'SELECT pg_sleep(1);\nCREATE TABLE slow_done (id int);\n',
  });
  // Three runs at once: without the lock they would race to create the history table and apply V1 twice.
  const reports = await Promise.all([migrate(url, dir), migrate(url, dir), migrate(url, dir)]);
  const applied = reports.flatMap((r) => r.applied);
  expect(applied.sort()).toEqual(['R__views.sql', 'V10__index.sql', 'V11__slow.sql', 'V1__init.sql', 'V2__orders.sql']);
  expect(reports.filter((r) => r.applied.length === 0)).toHaveLength(2);
  const rows = await queryDatabase<{ n: string }>(url, 'SELECT count(*) AS n FROM testpipe_schema_history');
  expect(Number(rows[0]!.n)).toBe(5);
});

test('splits statements around quotes, dollar bodies and comments, keeping their lines', () => {
  const sql = "-- c;\nSELECT ';';\n/* ; /* nested ; */ */\nDO $$ BEGIN PERFORM 1; END $$;\n\nSELECT $x$;$x$";
  expect(splitSqlStatements(sql).map((s) => s.line)).toEqual([2, 4, 6]);
});
