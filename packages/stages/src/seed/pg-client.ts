// The one way the seed stage opens a PostgreSQL connection: pg loaded lazily, errors made readable.
import type { Client, ClientConfig } from 'pg';
import { UserError, type Secrets } from '@testpipe/core';
import type { DatabaseTarget } from './database-url.js';

export type PgModule = (typeof import('pg'))['default'];
let pgModule: Promise<PgModule> | undefined;

export async function loadPg(): Promise<PgModule> {
  pgModule ??= import('pg').then((m) => m.default);
  return pgModule;
}

export interface ConnectOptions {
  /** Connect to this host instead of the URL's (localhost → 127.0.0.1 or ::1). */
  host?: string;
  connectTimeoutMs?: number;
}

/** A connected client; on failure, an error whose message never contains the password. */
export async function connect(target: DatabaseTarget, options: ConnectOptions = {}): Promise<Client> {
  const pg = await loadPg();
  const url = new URL(target.url);
  const sslmode = url.searchParams.get('sslmode');
  // Fields rather than connectionString: pg lets a connection string override an explicit host.
  const config: ClientConfig = {
    user: target.user,
    password: decodeURIComponent(url.password),
    host: options.host ?? target.host,
    port: target.port,
    database: target.database,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 10_000,
    application_name: 'testpipe-seed',
  };
  if (sslmode && sslmode !== 'disable' && sslmode !== 'prefer') {
    config.ssl = { rejectUnauthorized: sslmode.startsWith('verify') };
  }
  const client = new pg.Client(config);
  client.on('error', () => undefined); // a dropped connection surfaces on the next query instead
  try {
    await client.connect();
    return client;
  } catch (error) {
    await client.end().catch(() => undefined);
    throw error;
  }
}

/** PostgreSQL's SQLSTATE codes a user can act on, said plainly. */
export function describePgError(error: unknown, target: DatabaseTarget, secrets: Secrets): string {
  const { code, message } = (error ?? {}) as { code?: string; message?: string };
  if (code === '28P01' || code === '28000') {
    return `authentication failed for user "${target.user}": check the password in the database URL.`;
  }
  if (code === '3D000')
    return `database "${target.database}" does not exist: create it, or fix the database name in the URL.`;
  if (code === 'ECONNREFUSED') return `connection refused by ${target.host}:${target.port}`;
  return secrets.redact(message ?? String(error));
}

/** Authentication and a missing database are never retried: waiting does not fix them. */
export function isPermanentPgError(error: unknown): boolean {
  const code = (error as { code?: string } | undefined)?.code;
  return code === '28P01' || code === '28000' || code === '3D000' || code === '42501';
}

export function databaseError(doing: string, error: unknown, target: DatabaseTarget, secrets: Secrets): UserError {
  return new UserError(`${doing}: ${describePgError(error, target, secrets)}`, { kind: 'environment', cause: error });
}
