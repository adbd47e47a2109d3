import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { accessSync, constants, readdirSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { chown, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

const INSTALL_HINT =
  'Install the PostgreSQL server (Debian/Ubuntu: `apt-get install -y postgresql`; it puts initdb and postgres in /usr/lib/postgresql/<version>/bin).';

export class PostgresNotInstalledError extends Error {
  constructor(searched: string[]) {
    super(`PostgreSQL server binaries (initdb, postgres) not found in PATH or ${searched.join(', ')}. ${INSTALL_HINT}`);
    this.name = 'PostgresNotInstalledError';
  }
}

export class PostgresStartError extends Error {
  constructor(message: string, log: string) {
    super(log ? `${message}\n--- postgres output ---\n${log}` : message);
    this.name = 'PostgresStartError';
  }
}

export interface PostgresBinaries {
  binDir: string;
  initdb: string;
  postgres: string;
  createdb: string;
}

export interface FindPostgresOptions {
  /** PATH-style list searched first; defaults to process.env.PATH. */
  pathEnv?: string;
  /** Where Debian installs versioned servers; defaults to /usr/lib/postgresql. */
  libRoot?: string;
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function serverBinariesIn(dir: string): PostgresBinaries | undefined {
  const initdb = path.join(dir, 'initdb');
  if (!isExecutable(initdb)) return undefined;
  // /usr/local/bin/initdb is often a symlink: the real directory holds the matching postgres.
  const binDir = path.dirname(realpathSync(initdb));
  const postgres = path.join(binDir, 'postgres');
  if (!isExecutable(postgres)) return undefined;
  return { binDir, initdb: path.join(binDir, 'initdb'), postgres, createdb: path.join(binDir, 'createdb') };
}

function compareVersionsDescending(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pb[i] ?? 0) - (pa[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

/** Finds initdb and postgres on PATH, else in the newest /usr/lib/postgresql/<version>/bin. */
export function findPostgresBinaries(options: FindPostgresOptions = {}): PostgresBinaries {
  const pathEnv = options.pathEnv ?? process.env.PATH ?? '';
  const libRoot = options.libRoot ?? '/usr/lib/postgresql';
  for (const dir of pathEnv.split(path.delimiter).filter(Boolean)) {
    const found = serverBinariesIn(dir);
    if (found) return found;
  }
  let versions: string[] = [];
  try {
    versions = readdirSync(libRoot).filter((name) => /^\d+(\.\d+)*$/.test(name));
  } catch {
    // no versioned installs
  }
  for (const version of versions.sort(compareVersionsDescending)) {
    const found = serverBinariesIn(path.join(libRoot, version, 'bin'));
    if (found) return found;
  }
  throw new PostgresNotInstalledError([path.join(libRoot, '*', 'bin')]);
}

interface SystemUser {
  name: string;
  uid: number;
  gid: number;
}

/** PostgreSQL refuses to run as root, so as root the server runs as `postgres` (or `nobody`). */
function unprivilegedUserForRoot(): SystemUser | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const users = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .map((line) => line.split(':'))
    .filter((fields) => fields.length >= 4)
    .map(([name, , uid, gid]) => ({ name: name ?? '', uid: Number(uid), gid: Number(gid) }));
  for (const wanted of ['postgres', 'nobody']) {
    const user = users.find((candidate) => candidate.name === wanted && candidate.uid !== 0);
    if (user) return user;
  }
  throw new Error(
    'Running as root, but no unprivileged user to run PostgreSQL as. Create one (`useradd --system postgres`) or install the postgresql package, which does.',
  );
}

function findFreeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

function childEnv(): NodeJS.ProcessEnv {
  // PGDATA, PGPORT, PGHOST… from the caller's shell must not redirect the stand-in.
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('PG')));
}

function runToCompletion(file: string, args: string[], options: SpawnOptions): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) =>
      code === 0
        ? resolve(output)
        : reject(new PostgresStartError(`${path.basename(file)} exited with ${code}`, output)),
    );
  });
}

export interface LocalPostgresOptions {
  /** Superuser name; default `postgres`. */
  user?: string;
  /** When set, TCP logins need it (scram-sha-256); without it every login is trusted. */
  password?: string;
  /** Database created for the caller; default `postgres` (always present). */
  database?: string;
  binaries?: PostgresBinaries;
}

export interface LocalPostgres {
  host: string;
  port: number;
  user: string;
  password: string;
  database: string;
  connectionString: string;
  /** Temp dir holding the cluster and its unix socket; removed by close(). */
  directory: string;
  close(): Promise<void>;
}

const LOG_TAIL_CHARS = 16_000;
const START_ATTEMPTS = 3;
const READY_WAIT_MS = 30_000;
const STOP_WAIT_MS = 20_000;

interface RunningServer {
  child: ChildProcess;
  port: number;
  log: () => string;
}

/** Starts postgres in the foreground and resolves once postmaster.pid reports it ready for connections. */
async function startServer(
  binaries: PostgresBinaries,
  dataDir: string,
  socketDir: string,
  spawnOptions: SpawnOptions,
): Promise<RunningServer> {
  const port = await findFreeLoopbackPort();
  // Durability settings off: a throwaway cluster trades crash safety for speed.
  const settings = [
    'listen_addresses=127.0.0.1',
    `unix_socket_directories=${socketDir}`,
    'fsync=off',
    'synchronous_commit=off',
    'full_page_writes=off',
  ];
  const args = ['-D', dataDir, '-p', String(port), ...settings.flatMap((setting) => ['-c', setting])];
  const child = spawn(binaries.postgres, args, { ...spawnOptions, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  const append = (chunk: Buffer) => (log = (log + chunk.toString()).slice(-LOG_TAIL_CHARS));
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);

  await new Promise<void>((resolve, reject) => {
    let settled = false;
    const finish = (error?: Error) => {
      if (settled) return;
      settled = true;
      clearInterval(poll);
      clearTimeout(deadline);
      child.off('exit', onExit);
      if (error) reject(error);
      else resolve();
    };
    const onExit = (code: number | null, signal: string | null) =>
      finish(new PostgresStartError(`postgres exited during startup (code ${code}, signal ${signal})`, log));
    child.once('exit', onExit);
    child.once('error', (error) => finish(error));
    const poll = setInterval(() => {
      readFile(path.join(dataDir, 'postmaster.pid'), 'utf8').then(
        (pidFile) => pidFile.split('\n')[7]?.trim() === 'ready' && finish(),
        () => undefined,
      );
    }, 25);
    const deadline = setTimeout(() => {
      child.kill('SIGKILL');
      finish(new PostgresStartError(`postgres not ready within ${READY_WAIT_MS} ms`, log));
    }, READY_WAIT_MS);
  });
  return { child, port, log: () => log };
}

function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), STOP_WAIT_MS);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGINT'); // "fast" shutdown: disconnect clients, then exit cleanly
  });
}

/** Starts a throwaway PostgreSQL cluster on 127.0.0.1 with a random port in a temp dir. */
export async function startLocalPostgres(options: LocalPostgresOptions = {}): Promise<LocalPostgres> {
  const binaries = options.binaries ?? findPostgresBinaries();
  const user = options.user ?? 'postgres';
  const password = options.password ?? '';
  const database = options.database ?? 'postgres';
  const runAs = unprivilegedUserForRoot();

  const directory = await mkdtemp(path.join(tmpdir(), 'testpipe-pg-'));
  const dataDir = path.join(directory, 'data');
  const socketDir = path.join(directory, 'sock');
  let server: RunningServer | undefined;
  const removeOnExit = () => {
    server?.child.kill('SIGQUIT');
    rmSync(directory, { recursive: true, force: true });
  };
  process.once('exit', removeOnExit);

  try {
    await mkdir(socketDir);
    const spawnOptions: SpawnOptions = { cwd: directory, env: childEnv() };
    if (runAs) {
      await chown(directory, runAs.uid, runAs.gid);
      await chown(socketDir, runAs.uid, runAs.gid);
      Object.assign(spawnOptions, { uid: runAs.uid, gid: runAs.gid });
    }

    const initdbArgs = ['-D', dataDir, '-U', user, '-E', 'UTF8', '--locale=C', '--no-sync'];
    if (password) {
      const passwordFile = path.join(directory, 'pwfile');
      await writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
      if (runAs) await chown(passwordFile, runAs.uid, runAs.gid);
      initdbArgs.push(`--pwfile=${passwordFile}`, '--auth-local=trust', '--auth-host=scram-sha-256');
      await runToCompletion(binaries.initdb, initdbArgs, spawnOptions).finally(() => rm(passwordFile, { force: true }));
    } else {
      initdbArgs.push('--auth=trust');
      await runToCompletion(binaries.initdb, initdbArgs, spawnOptions);
    }

    for (let attempt = 1; !server; attempt++) {
      try {
        server = await startServer(binaries, dataDir, socketDir, spawnOptions);
      } catch (error) {
        // Another process may take the probed port before postgres binds it: try a fresh one.
        const portTaken = error instanceof PostgresStartError && /could not (bind|create listen)/i.test(error.message);
        if (!portTaken || attempt >= START_ATTEMPTS) throw error;
      }
    }

    if (database !== 'postgres') {
      await runToCompletion(binaries.createdb, ['-h', '127.0.0.1', '-p', String(server.port), '-U', user, database], {
        env: { ...childEnv(), PGPASSWORD: password },
      });
    }
  } catch (error) {
    process.off('exit', removeOnExit);
    if (server) await stopServer(server.child);
    await rm(directory, { recursive: true, force: true });
    throw error;
  }

  const running = server;
  const host = '127.0.0.1';
  const credentials = password
    ? `${encodeURIComponent(user)}:${encodeURIComponent(password)}`
    : encodeURIComponent(user);
  let closed: Promise<void> | undefined;
  return {
    host,
    port: running.port,
    user,
    password,
    database,
    connectionString: `postgresql://${credentials}@${host}:${running.port}/${encodeURIComponent(database)}`,
    directory,
    close: () =>
      (closed ??= (async () => {
        await stopServer(running.child);
        process.off('exit', removeOnExit);
        await rm(directory, { recursive: true, force: true });
      })()),
  };
}
