// `testpipe seed` from a terminal with no database: the embedded default, recorded for teardown.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { jest } from '@jest/globals';
import { readEnvFile } from '@testpipe/core';
import { embeddedRecordOf, stopEmbeddedPostgres } from '@testpipe/stages';
import { queryDatabase } from '@testpipe/testkit';
import { parseSeedArgs } from '../src/commands/seed.js';

jest.setTimeout(120_000);

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const FIXTURES = path.join(repoRoot, 'packages', 'stages', '__tests__', 'fixtures', 'seed');
const TSX = path.join(repoRoot, 'node_modules', 'tsx', 'dist', 'esm', 'index.mjs');
const CLI = path.join(repoRoot, 'packages', 'cli', 'src', 'index.ts');

function runCli(cwd: string, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const script = `import { main } from ${JSON.stringify(CLI)}; process.exitCode = await main(${JSON.stringify(args)});`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', TSX, '--input-type=module', '-e', script], {
      cwd,
      env: { ...process.env, TESTPIPE_DATABASE_URL: '' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

test('with no database URL, seeds an embedded PostgreSQL that teardown can stop; a second run reuses it', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'testpipe-seed-cli-'));
  await cp(FIXTURES, dir, { recursive: true });
  const args = ['seed', '--migrations', 'migrations', '--datasets', 'datasets.yml', '--dataset', 'shop'];
  const first = await runCli(dir, args);
  const envFile = path.join(dir, '.testpipe', 'env.json');
  const record = embeddedRecordOf(await readEnvFile(envFile).catch(() => ({ outputs: {} }) as never));
  try {
    expect({ code: first.code, stderr: first.stderr }).toEqual({ code: 0, stderr: '' });
    expect(first.stdout).toContain('Started an embedded PostgreSQL');
    expect(first.stdout).toContain('| users | 100 | generated |');
    const url = (await readFile(path.join(dir, '.testpipe', 'embedded-postgres.url'), 'utf8')).trim();
    expect(first.stdout).not.toContain(new URL(url).password);
    expect(await queryDatabase(url, 'SELECT count(*)::int AS n FROM orders')).toEqual([{ n: 500 }]);

    const second = await runCli(dir, [...args, '--validate-only']);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('Using the embedded PostgreSQL started earlier');
    expect(second.stdout).toContain('Schema version: **2**. Applied: none (up to date).');

    // teardown stops the server and removes it; a second teardown finds nothing to do.
    const teardown = await runCli(dir, ['teardown']);
    expect({ code: teardown.code, stderr: teardown.stderr }).toEqual({ code: 0, stderr: '' });
    expect(teardown.stdout).toContain(`Stopped and removed the embedded PostgreSQL in ${record!.directory}`);
    expect(existsSync(record!.directory)).toBe(false);
    expect(existsSync(path.join(dir, '.testpipe', 'embedded-postgres.url'))).toBe(false);
    expect(() => process.kill(record!.pid, 0)).toThrow();
    expect(embeddedRecordOf(await readEnvFile(envFile))).toBeUndefined();
    expect((await runCli(dir, ['teardown'])).code).toBe(2);
  } finally {
    if (record) await stopEmbeddedPostgres(record);
    await rm(dir, { recursive: true, force: true });
  }
  expect(record?.kind).toBe('embedded-postgres');
});

test('unusable arguments are usage errors naming the option', () => {
  expect(() => parseSeedArgs(['--timeout', 'soon'], {})).toThrow(
    '--timeout must be a duration such as 90s or 5m, got "soon".',
  );
  expect(() => parseSeedArgs(['--migration', 'db'], {})).toThrow(
    /unknown option "--migration"; did you mean --migrations\?/,
  );
  expect(parseSeedArgs(['--wait-for', 'tcp://a:1', '--wait-for=http://b/', '--no-mask'], {})).toMatchObject({
    waitFor: ['tcp://a:1', 'http://b/'],
    mask: false,
  });
});
