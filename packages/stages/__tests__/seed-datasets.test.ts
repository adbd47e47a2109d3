// Data sets against a real PostgreSQL server: determinism, foreign-key order, COPY and INSERT, masking,
// the truncate guard, smoke checks and datasets.yml errors.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { jest } from '@jest/globals';
import { createTestDatabase, queryDatabase, startLocalPostgres, type LocalPostgres } from '@testpipe/testkit';
import {
  loadDataset,
  loadDatasets,
  parseDatabaseUrl,
  parseDatasets,
  runMigrations,
  runSeed,
  type LoadMethod,
  type SeedInput,
} from '../src/seed/index.js';
import { connect } from '../src/seed/pg-client.js';
import { ports, tempFiles } from './seed-helpers.js';

jest.setTimeout(120_000);

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'seed');
const DATASETS = path.join(FIXTURES, 'datasets.yml');

let server: LocalPostgres;
beforeAll(async () => {
  server = await startLocalPostgres();
});
afterAll(async () => server?.close());

async function withClient<T>(
  url: string,
  body: (client: Awaited<ReturnType<typeof connect>>) => Promise<T>,
): Promise<T> {
  const client = await connect(parseDatabaseUrl(url, 'url', ports().secrets));
  try {
    return await body(client);
  } finally {
    await client.end();
  }
}

async function migratedDatabase(directory = path.join(FIXTURES, 'migrations')): Promise<string> {
  const url = await createTestDatabase(server, 'seed');
  await withClient(url, (client) =>
    runMigrations(client, { directory, allowDrift: false, validateOnly: false, ...ports() }),
  );
  return url;
}

interface SeedOptions {
  dataset?: string;
  method?: LoadMethod;
  force?: boolean;
  created?: boolean;
  sourceUrl?: string;
  mask?: boolean;
}

async function seed(url: string, options: SeedOptions = {}) {
  const file = await loadDatasets(DATASETS);
  const dataset = file.datasets.find((d) => d.name === (options.dataset ?? 'shop'))!;
  const p = ports();
  return withClient(url, (target) =>
    loadDataset({
      file,
      dataset,
      target,
      openSource: options.sourceUrl
        ? () => connect(parseDatabaseUrl(options.sourceUrl!, 'source-url', p.secrets))
        : undefined,
      mask: options.mask ?? true,
      force: options.force ?? false,
      databaseCreatedByPipeline: options.created ?? true,
      method: options.method ?? 'copy',
      logger: p.logger,
      secrets: p.secrets,
    }),
  );
}

/** A digest of the rows themselves, computed by the database (users.created_at is the database's now()). */
async function contentDigest(url: string, table: string): Promise<string> {
  const row = `(to_jsonb(t) - 'created_at')::text`;
  const [digest] = await queryDatabase<{ d: string }>(
    url,
    `SELECT md5(string_agg(${row}, '|' ORDER BY ${row})) AS d FROM ${table} t`,
  );
  return digest!.d;
}

test('a data set loads parents before children and is the same, row for row, in every database', async () => {
  const [a, b] = [await migratedDatabase(), await migratedDatabase()];
  const first = await seed(a);
  const second = await seed(b);
  expect(first.tables.map((t) => [t.table, t.rows])).toEqual([
    ['users', 100],
    ['orders', 500],
    ['payments', 500],
  ]);
  expect(second.checksum).toBe(first.checksum);
  for (const table of ['users', 'orders', 'payments'])
    expect(await contentDigest(b, table)).toBe(await contentDigest(a, table));
  // Every reference points at an existing row, and values come from the generators.
  const orphans = await queryDatabase<{ n: string }>(
    a,
    'SELECT count(*) AS n FROM orders o WHERE NOT EXISTS (SELECT 1 FROM users u WHERE u.id = o.user_id)',
  );
  expect(orphans[0]!.n).toBe('0');
  const users = await queryDatabase<{ id: string; email: string; tier: string; signed_up: Date }>(
    a,
    'SELECT id, email, tier, signed_up FROM users ORDER BY id',
  );
  expect(users[0]!.id).toBe('1000');
  expect(users.every((u) => /^[a-z]+\.[a-z]+\d+@/.test(u.email) && ['free', 'pro', 'team'].includes(u.tier))).toBe(
    true,
  );
  const days = users.map((u) => (Date.parse('2025-06-01') - u.signed_up.getTime()) / 86_400_000);
  expect(Math.min(...days)).toBeGreaterThanOrEqual(-1);
  expect(Math.max(...days)).toBeLessThanOrEqual(366);
  const recorded = await queryDatabase<{
    dataset: string;
    version: string;
    checksum: string;
    rows: Record<string, number>;
  }>(a, 'SELECT dataset, version, checksum, rows FROM testpipe_seed_history');
  expect(recorded).toEqual([
    { dataset: 'shop', version: 'v3', checksum: first.checksum, rows: { users: 100, orders: 500, payments: 500 } },
  ]);
});

test('multi-row INSERT writes exactly what COPY writes', async () => {
  const [a, b] = [await migratedDatabase(), await migratedDatabase()];
  const copied = await seed(a, { method: 'copy' });
  const inserted = await seed(b, { method: 'insert' });
  expect(inserted.checksum).toBe(copied.checksum);
  expect(await contentDigest(b, 'orders')).toBe(await contentDigest(a, 'orders'));
});

test('filled tables of a database this pipeline did not create are never truncated without force', async () => {
  const url = await migratedDatabase();
  await seed(url, { created: false }); // empty tables: nothing to truncate
  await expect(seed(url, { created: false })).rejects.toThrow(
    /Refusing to truncate users, orders, payments: they hold rows and the target database was not created by this pipeline\. Set force: true/,
  );
  expect((await seed(url, { created: false, force: true })).tables[0]!.rows).toBe(100);
  expect((await seed(url, { created: true })).tables[2]!.rows).toBe(500);
  const counts = await queryDatabase<{ n: string }>(url, 'SELECT count(*) AS n FROM users');
  expect(counts[0]!.n).toBe('100');
});

test('copied source rows are masked in the stream: no source value survives in a masked column', async () => {
  const source = await migratedDatabase(path.join(FIXTURES, 'source'));
  const target = await migratedDatabase();
  const record = await seed(target, { dataset: 'masked', sourceUrl: source });
  expect(record.tables).toEqual([
    expect.objectContaining({
      table: 'customers',
      rows: 250,
      origin: 'copied',
      masked: ['name', 'email', 'phone', 'ssn', 'notes'],
    }),
  ]);
  type Customer = { id: string; name: string; email: string; phone: string; ssn: string | null; notes: string };
  const before = await queryDatabase<Customer>(source, 'SELECT * FROM customers ORDER BY id');
  const after = await queryDatabase<Customer>(target, 'SELECT * FROM customers ORDER BY id');
  expect(after.map((c) => c.id)).toEqual(before.map((c) => c.id));
  for (const column of ['name', 'email', 'phone', 'ssn', 'notes'] as const) {
    const original = new Set(before.map((c) => c[column]));
    expect(after.filter((c) => c[column] !== null && original.has(c[column]))).toEqual([]);
  }
  expect(after[0]!.phone).toMatch(/^\*+0001$/);
  // The identity sequence moved past the copied ids: the application's next insert does not collide.
  const [inserted] = await queryDatabase<{ id: string }>(
    target,
    "INSERT INTO customers (name, email) VALUES ('new', 'new@example.test') RETURNING id",
  );
  expect(Number(inserted!.id)).toBe(Math.max(...before.map((c) => Number(c.id))) + 1);
  await queryDatabase(target, 'DELETE FROM customers WHERE id = $1', [inserted!.id]);
  expect(after.every((c) => c.ssn === null && c.notes === 'redacted' && /^[0-9a-f]{16}$/.test(c.email))).toBe(true);
  // Deterministic: the same source masks to the same rows.
  const again = await seed(await migratedDatabase(), { dataset: 'masked', sourceUrl: source });
  expect(again.checksum).toBe(record.checksum);
  // ephemeral: false — now that the target holds rows, a re-seed needs force even in a pipeline database.
  await expect(seed(target, { dataset: 'masked', sourceUrl: source, created: true })).rejects.toThrow(
    /marked ephemeral: false/,
  );
});

function seedInput(root: string, url: string, extra: Partial<SeedInput> = {}): SeedInput {
  return {
    databaseUrl: url,
    databaseUrlName: 'Input "database-url"',
    databaseCreatedByPipeline: true,
    waitFor: '',
    timeoutMs: 20_000,
    checkWritable: true,
    migrations: path.join(FIXTURES, 'migrations'),
    allowDrift: false,
    validateOnly: false,
    datasets: 'datasets.yml',
    dataset: 'shop',
    mask: true,
    force: false,
    loadMethod: 'copy',
    junitPath: 'out/seed.xml',
    rootDir: root,
    ...extra,
  };
}

test('smoke checks are written as JUnit; a failing one fails the stage naming the check', async () => {
  const yml = (await readFile(DATASETS, 'utf8')).replace(
    "query: SELECT count(*) = 0 FROM users WHERE email NOT LIKE '%@%'",
    "query: SELECT count(*) = 0 FROM users WHERE email NOT LIKE '%@%'\n        - name: there are no pro users\n          query: SELECT count(*) = 0 FROM users WHERE tier = 'pro'",
  );
  const root = await tempFiles({ 'datasets.yml': yml });
  const url = await createTestDatabase(server, 'smoke');
  const result = await runSeed(seedInput(root, url), ports());
  expect(result.error?.message).toMatch(
    /^Seed smoke check failed: there are no pro users: the query returned false, expected true$/,
  );
  const junit = await readFile(path.join(root, 'out', 'seed.xml'), 'utf8');
  expect(junit).toContain('tests="7" failures="1"');
  expect(junit).toContain('<testcase classname="seed.sql" name="every user has an email"');
  expect(junit).toMatch(
    /name="there are no pro users"[^>]*>\s*<failure message="the query returned false, expected true"/,
  );
  expect(junit).toContain('name="orders(user_id) → users: no orphans"');
  expect(result.summaryMarkdown).toContain('| users | 100 | generated |');
  expect(result.migrations?.applied).toHaveLength(3);
});

test('datasets.yml mistakes name the key and the line', () => {
  const text =
    'datasets:\n  shop:\n    version: v1\n    tables:\n      users:\n        rows: many\n        columns:\n          email: emial\n';
  const error = (() => {
    try {
      parseDatasets(text, 'db/datasets.yml');
    } catch (e) {
      return e as Error;
    }
  })();
  expect(error?.message).toContain('db/datasets.yml has 2 problems');
  expect(error?.message).toContain(
    'db/datasets.yml:6:15: datasets.shop.tables.users.rows: expected a whole number, got the text "many"',
  );
  expect(error?.message).toMatch(
    /db\/datasets\.yml:8:18: datasets\.shop\.tables\.users\.columns\.email: expected a generator .*did you mean "email"\?/,
  );
});
