// `testpipe seed` with no database: start the embedded server and record it in env.json for teardown.
import { existsSync } from 'node:fs';
import { chmod, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { readEnvFile, writeJsonContract, type EnvironmentFile } from '@testpipe/core';
import {
  isRunning,
  startEmbeddedPostgres,
  stopEmbeddedPostgres,
  type EmbeddedPostgres,
  type EmbeddedPostgresRecord,
} from './embedded-postgres.js';

/** The env.json output that holds the embedded server's record (no password). */
export const EMBEDDED_POSTGRES_OUTPUT = 'embedded_postgres';
/** Beside env.json, mode 0600: the full URL, for local tests that need to connect. */
export const EMBEDDED_URL_FILE = 'embedded-postgres.url';

/**
 * Starts the embedded server, adds its record to env.json (creating a local one when there is none) and
 * writes its URL to a private file beside it.
 */
export async function startEmbeddedEnvironment(
  envFile: string,
): Promise<EmbeddedPostgres & { urlFile: string; reused: boolean }> {
  const existing = existsSync(envFile) ? await readEnvFile(envFile) : undefined;
  const urlFile = path.join(path.dirname(envFile), EMBEDDED_URL_FILE);
  const running = existing && embeddedRecordOf(existing);
  // A second `testpipe seed` reuses the server the first one started, until teardown stops it.
  if (running && isRunning(running.pid) && existsSync(urlFile)) {
    const url = (await readFile(urlFile, 'utf8')).trim();
    return { record: running, url, password: decodeURIComponent(new URL(url).password), urlFile, reused: true };
  }
  const server = await startEmbeddedPostgres();
  const env: EnvironmentFile = existing ?? {
    schemaVersion: 1,
    pipelineId: `local-${Date.now()}`,
    stateKey: 'local',
    provisionedAt: new Date().toISOString(),
    outputs: {},
  };
  env.outputs = { ...env.outputs, [EMBEDDED_POSTGRES_OUTPUT]: server.record };
  await writeJsonContract(envFile, env);
  await writeFile(urlFile, `${server.url}\n`, { mode: 0o600 });
  await chmod(urlFile, 0o600);
  return { ...server, urlFile, reused: false };
}

/** The embedded server recorded in env.json, if any: what teardown passes to stopEmbeddedPostgres. */
export function embeddedRecordOf(env: EnvironmentFile): EmbeddedPostgresRecord | undefined {
  const value = env.outputs[EMBEDDED_POSTGRES_OUTPUT] as Partial<EmbeddedPostgresRecord> | undefined;
  return value?.kind === 'embedded-postgres' && typeof value.directory === 'string'
    ? (value as EmbeddedPostgresRecord)
    : undefined;
}

/**
 * Teardown's part for the embedded server `testpipe seed` started: stops it, removes its directory and URL
 * file, and takes its record out of env.json. Returns the stopped server's directory, or undefined when
 * env.json records none. Safe to call again.
 */
export async function stopEmbeddedEnvironment(envFile: string): Promise<string | undefined> {
  if (!existsSync(envFile)) return undefined;
  const env = await readEnvFile(envFile);
  const record = embeddedRecordOf(env);
  if (!record) return undefined;
  await stopEmbeddedPostgres(record);
  await rm(path.join(path.dirname(envFile), EMBEDDED_URL_FILE), { force: true });
  const { [EMBEDDED_POSTGRES_OUTPUT]: _stopped, ...outputs } = env.outputs;
  await writeJsonContract(envFile, { ...env, outputs });
  return record.directory;
}
