// THE DEMO'S FLAKY TEST, on purpose. It stands for a test that depends on a slow third party (a payment
// gateway with a cold start): the first attempt in a pipeline run fails, the retry passes. testpipe retries
// only this test and reports it as "flaky" (it passed, and the report says it needed a retry).
//
// Deterministic without leaving files behind: each attempt is recorded in the database's demo_test_attempts
// table, and the database is new in every pipeline run, so attempt 1 of a run sees one row and fails.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import process from 'node:process';
import pg from 'pg';
import { call } from './shop-api.mjs';

const NAME = 'payment gateway answers on the first try';
let db;

beforeAll(async () => {
  const url = process.env.TESTPIPE_DATABASE_URL;
  if (!url) throw new Error('TESTPIPE_DATABASE_URL is not set: run this suite in the pipeline');
  db = new pg.Client({ connectionString: url });
  await db.connect();
});

afterAll(async () => {
  await db?.end();
});

describe('checkout', () => {
  test(`${NAME} [flaky by design: fails on the first attempt of a run]`, async () => {
    await db.query('INSERT INTO demo_test_attempts (test_name) VALUES ($1)', [NAME]);
    const { rows } = await db.query('SELECT count(*)::int AS attempts FROM demo_test_attempts WHERE test_name = $1', [
      NAME,
    ]);
    if (rows[0].attempts === 1) throw new Error('payment gateway timed out after 2000 ms (simulated cold start)');
    const placed = await call('POST', '/orders', { customerId: 2, lines: [{ productId: 3, quantity: 1 }] });
    expect(placed.status).toBe(201);
  });
});
