// Each test works inside a transaction that is rolled back (or in a schema of its own that the rollback
// removes), so tests can run in any order or in parallel shards and never see each other's writes.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { test } from 'node:test';
import { connect, inRolledBackTransaction } from './database.mjs';

const MARKER = `isolation-${randomUUID()}@example.test`;
const customersWithMarker = async (client) =>
  (await client.query('SELECT count(*)::int AS n FROM customers WHERE email = $1', [MARKER])).rows[0].n;

test('a write in progress is invisible to every other connection', async () => {
  const observer = await connect();
  try {
    await inRolledBackTransaction(async (client) => {
      await client.query("INSERT INTO customers (id, email, name) VALUES (900001, $1, 'Isolation Probe')", [MARKER]);
      assert.equal(await customersWithMarker(client), 1, 'the writer sees its own row');
      assert.equal(await customersWithMarker(observer), 0, 'another connection must not');
    });
  } finally {
    await observer.end();
  }
});

test('a finished test leaves nothing behind', async () => {
  await inRolledBackTransaction(async (client) => {
    await client.query("INSERT INTO customers (id, email, name) VALUES (900002, $1, 'Isolation Probe')", [MARKER]);
    await client.query('DELETE FROM order_lines');
  });
  const db = await connect();
  try {
    assert.equal(await customersWithMarker(db), 0);
    assert.ok((await db.query('SELECT count(*)::int AS n FROM order_lines')).rows[0].n > 0, 'the delete was undone');
  } finally {
    await db.end();
  }
});

test('a schema of its own disappears with the rollback (DDL is transactional in PostgreSQL)', async () => {
  const schema = `test_${randomUUID().replace(/-/g, '')}`;
  await inRolledBackTransaction(async (client) => {
    await client.query(`CREATE SCHEMA ${schema}`);
    await client.query(`CREATE TABLE ${schema}.customers (LIKE public.customers INCLUDING ALL)`);
    await client.query(`INSERT INTO ${schema}.customers (email, name) VALUES ($1, 'Scratch')`, [MARKER]);
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM ${schema}.customers`);
    assert.equal(rows[0].n, 1);
  });
  const db = await connect();
  try {
    const { rows } = await db.query(
      'SELECT count(*)::int AS n FROM information_schema.schemata WHERE schema_name = $1',
      [schema],
    );
    assert.equal(rows[0].n, 0);
  } finally {
    await db.end();
  }
});
