// The seed copied customers from the source (production stand-in) with mask rules: none of the source's
// personal data may be in the test database, in any column of any row.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { connect } from './database.mjs';

const source = JSON.parse(readFileSync(new URL('../db/source/production-sample.json', import.meta.url), 'utf8'));
let db;
let customers;

before(async () => {
  db = await connect();
  customers = (await db.query('SELECT id, email, name, phone FROM customers ORDER BY id')).rows;
});
after(() => db?.end());

test('no source email, name or phone reached the test database', async () => {
  const dump = (await db.query("SELECT string_agg(c::text, '\n') AS text FROM customers c")).rows[0].text;
  const leaked = source.customers.flatMap((c) => [c.email, c.name, c.phone]).filter((value) => dump.includes(value));
  assert.deepEqual(leaked, [], 'source values found in the customers table');
});

test('masked emails are still unique addresses, at example.test', () => {
  assert.ok(customers.every((c) => /^[^@\s]+@example\.test$/.test(c.email)));
  assert.equal(new Set(customers.map((c) => c.email)).size, customers.length);
});

test('phones keep only their last two digits', () => {
  for (const c of customers) {
    const original = source.customers.find((s) => s.id === c.id).phone;
    assert.match(c.phone, /^\*+/);
    assert.equal(c.phone.length, original.length);
    assert.equal(c.phone.slice(-2), original.slice(-2));
  }
});

test('rows that are not personal data are copied as they are', async () => {
  const products = (await db.query('SELECT id, sku, name, price_cents FROM products ORDER BY id')).rows;
  assert.deepEqual(
    products,
    source.products.map(({ id, sku, name, price_cents }) => ({ id, sku, name, price_cents })),
  );
});
