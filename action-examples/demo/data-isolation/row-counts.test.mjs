// The database holds the data set datasets.yml describes: the copied tables as many rows as the source,
// the generated ones as many as asked, recorded by the seed in testpipe_seed_history.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { parse } from 'yaml';
import { connect } from './database.mjs';

const dataset = parse(readFileSync(new URL('../db/datasets.yml', import.meta.url), 'utf8')).datasets.shop;
const source = JSON.parse(readFileSync(new URL('../db/source/production-sample.json', import.meta.url), 'utf8'));
let db;

before(async () => {
  db = await connect();
});
after(() => db?.end());

const count = async (table) => (await db.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n;

test('copied tables hold exactly the source rows', async () => {
  assert.equal(await count('customers'), source.customers.length);
  assert.equal(await count('products'), source.products.length);
});

test('the seed recorded the data set, its version and every table', async () => {
  const { rows } = await db.query('SELECT dataset, version, rows FROM testpipe_seed_history ORDER BY id DESC LIMIT 1');
  assert.equal(rows[0].dataset, 'shop');
  assert.equal(rows[0].version, dataset.version);
  assert.deepEqual(rows[0].rows, {
    products: source.products.length,
    customers: source.customers.length,
    orders: dataset.tables.orders.rows,
    order_lines: dataset.tables.order_lines.rows,
  });
});

test('generated orders: as many as asked, every one with lines pointing at real products', async () => {
  // The api suite places orders while this runs: only the generated ones (never "placed") are counted.
  const { rows } = await db.query("SELECT count(*)::int AS n FROM orders WHERE status <> 'placed'");
  assert.equal(rows[0].n, dataset.tables.orders.rows);
  const orphans = await db.query(
    'SELECT count(*)::int AS n FROM order_lines l LEFT JOIN products p ON p.id = l.product_id WHERE p.id IS NULL',
  );
  assert.equal(orphans.rows[0].n, 0);
});
