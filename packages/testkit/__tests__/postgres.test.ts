import { chmod, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import {
  findPostgresBinaries,
  PostgresNotInstalledError,
  PostgresStartError,
  startLocalPostgres,
  type LocalPostgres,
} from '../src/postgres.js';

async function fakeServerBin(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const name of ['initdb', 'postgres']) {
    await writeFile(path.join(dir, name), '#!/bin/sh\n');
    await chmod(path.join(dir, name), 0o755);
  }
}

describe('findPostgresBinaries', () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'testpipe-pgbin-'));
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('picks the newest version by number, not by spelling', async () => {
    for (const version of ['9.6', '15', '13']) await fakeServerBin(path.join(root, version, 'bin'));
    const found = findPostgresBinaries({ pathEnv: '', libRoot: root });
    expect(found.binDir).toBe(path.join(root, '15', 'bin'));
    expect(found.postgres).toBe(path.join(root, '15', 'bin', 'postgres'));
  });

  it('prefers a server found on PATH', async () => {
    await fakeServerBin(path.join(root, '16', 'bin'));
    await fakeServerBin(path.join(root, 'custom'));
    expect(findPostgresBinaries({ pathEnv: path.join(root, 'custom'), libRoot: root }).binDir).toBe(
      path.join(root, 'custom'),
    );
  });

  it('names the package to install when nothing is found', () => {
    const find = () => findPostgresBinaries({ pathEnv: root, libRoot: path.join(root, 'absent') });
    expect(find).toThrow(PostgresNotInstalledError);
    expect(find).toThrow(/apt-get install -y postgresql/);
  });
});

describe('startLocalPostgres', () => {
  let server: LocalPostgres;

  beforeAll(async () => {
    server = await startLocalPostgres({ user: 'testpipe', password: 'p@ss word', database: 'seed' });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('serves SQL on loopback through its connection string', async () => {
    expect(server.host).toBe('127.0.0.1');
    const client = new pg.Client({ connectionString: server.connectionString });
    await client.connect();
    try {
      await client.query('CREATE TABLE results (name text PRIMARY KEY, passed boolean NOT NULL)');
      await client.query('INSERT INTO results VALUES ($1, $2), ($3, $4)', ['login', true, 'checkout ✓', false]);
      const { rows } = await client.query('SELECT name, passed FROM results ORDER BY name');
      expect(rows).toEqual([
        { name: 'checkout ✓', passed: false },
        { name: 'login', passed: true },
      ]);
      const { rows: who } = await client.query('SELECT current_user, current_database()');
      expect(who[0]).toEqual({ current_user: 'testpipe', current_database: 'seed' });
    } finally {
      await client.end();
    }
  });

  it('rejects a wrong password', async () => {
    const client = new pg.Client({ ...fields(server), password: 'wrong' });
    await expect(client.connect()).rejects.toThrow(/password authentication failed/);
  });
});

describe('startLocalPostgres failures', () => {
  it('reports the output of a failing initdb and leaves no temp dir behind', async () => {
    const fakeDir = await mkdtemp(path.join(tmpdir(), 'testpipe-fakepg-'));
    try {
      await chmod(fakeDir, 0o755); // as root the fake runs as the unprivileged postgres user
      const initdb = path.join(fakeDir, 'initdb');
      await writeFile(initdb, '#!/bin/sh\necho "initdb: disk on fire" >&2\nexit 1\n');
      await chmod(initdb, 0o755);
      const clusterDirs = async () => (await readdir(tmpdir())).filter((name) => name.startsWith('testpipe-pg-'));
      const before = await clusterDirs();

      const attempt = startLocalPostgres({
        binaries: { binDir: fakeDir, initdb, postgres: initdb, createdb: initdb },
      });
      await expect(attempt).rejects.toBeInstanceOf(PostgresStartError);
      await expect(attempt).rejects.toThrow(/disk on fire/);
      expect(await clusterDirs()).toEqual(before);
    } finally {
      await rm(fakeDir, { recursive: true, force: true });
    }
  });
});

describe('LocalPostgres.close', () => {
  it('stops the server and removes its directory', async () => {
    const server = await startLocalPostgres();
    const client = new pg.Client({ connectionString: server.connectionString });
    await client.connect();
    expect((await client.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
    await client.end();

    await server.close();
    expect(existsSync(server.directory)).toBe(false);
    const after = new pg.Client({ connectionString: server.connectionString });
    await expect(after.connect()).rejects.toThrow(/ECONNREFUSED/);
  });
});

function fields(server: LocalPostgres): pg.ClientConfig {
  return { host: server.host, port: server.port, user: server.user, database: server.database };
}
