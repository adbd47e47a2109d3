// One try against one target. Each throws an Error whose message says what was wrong (never a password).
import { connect as connectTcp, isIP } from 'node:net';
import type { Secrets } from '@testpipe/core';
import { connect, describePgError, isPermanentPgError } from '../pg-client.js';
import type { DatabaseHealthTarget, HealthTarget, HttpTarget, TcpTarget } from './targets.js';

/** A failure that waiting cannot fix (wrong password, missing database): stop retrying at once. */
export class PermanentProbeError extends Error {
  override readonly name = 'PermanentProbeError';
}

/** `localhost` may resolve to either family, and a server may listen on only one: try both. */
export function addressesFor(host: string): string[] {
  return host === 'localhost' ? ['127.0.0.1', '::1'] : [host];
}

async function firstThatWorks(hosts: string[], attempt: (host: string) => Promise<void>): Promise<void> {
  const errors: string[] = [];
  for (const host of hosts) {
    try {
      return await attempt(host);
    } catch (error) {
      if (error instanceof PermanentProbeError) throw error;
      errors.push(hosts.length > 1 ? `${host}: ${(error as Error).message}` : (error as Error).message);
    }
  }
  throw new Error(errors.join('; '));
}

function errorText(error: unknown): string {
  const { code, message, cause } = (error ?? {}) as { code?: string; message?: string; cause?: unknown };
  if (cause) return errorText(cause);
  if (code === 'ECONNREFUSED') return 'connection refused';
  if (code === 'ECONNRESET') return 'connection reset';
  return message ?? String(error);
}

function probeTcp(target: TcpTarget): Promise<void> {
  return firstThatWorks(
    addressesFor(target.host),
    (host) =>
      new Promise<void>((resolve, reject) => {
        const socket = connectTcp({ host, port: target.port });
        const timer = setTimeout(
          () => socket.destroy(new Error(`no connection within ${target.timeoutMs} ms`)),
          target.timeoutMs,
        );
        socket.once('connect', () => {
          clearTimeout(timer);
          socket.end();
          resolve();
        });
        socket.once('error', (error) => {
          clearTimeout(timer);
          reject(new Error(errorText(error)));
        });
      }),
  );
}

function lookupJson(value: unknown, path: string[]): unknown {
  let current = value;
  for (const part of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

async function probeHttpAt(target: HttpTarget, host: string | undefined): Promise<void> {
  const url = new URL(target.url);
  if (host) url.hostname = isIP(host) === 6 ? `[${host}]` : host;
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(target.timeoutMs), redirect: 'manual' });
  } catch (error) {
    const timedOut = (error as Error).name === 'TimeoutError';
    throw new Error(timedOut ? `no response within ${target.timeoutMs} ms` : errorText(error));
  }
  const body = await response.text().catch(() => '');
  const { min, max } = target.status;
  if (response.status < min || response.status > max) {
    throw new Error(`HTTP ${response.status}, expected ${min === max ? min : `${min}-${max}`}`);
  }
  if (target.body && !target.body.test(body))
    throw new Error(`HTTP ${response.status} but the body does not match /${target.body.source}/`);
  if (target.json) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      throw new Error(`HTTP ${response.status} but the body is not JSON`);
    }
    const found = lookupJson(parsed, target.json.path);
    const where = `$.${target.json.path.join('.')}`;
    if (found === undefined || found === null || found === false)
      throw new Error(`${where} is ${JSON.stringify(found)}`);
    if (target.json.equals !== undefined && String(found) !== target.json.equals) {
      throw new Error(`${where} is ${JSON.stringify(found)}, expected ${target.json.equals}`);
    }
  }
}

function probeHttp(target: HttpTarget): Promise<void> {
  const hostname = target.url.hostname;
  if (hostname !== 'localhost') return probeHttpAt(target, undefined);
  return firstThatWorks(addressesFor(hostname), (host) => probeHttpAt(target, host));
}

async function probeDatabase(target: DatabaseHealthTarget, secrets: Secrets): Promise<void> {
  const { database } = target;
  await firstThatWorks(addressesFor(database.host), async (host) => {
    let client;
    try {
      client = await connect(database, { host, connectTimeoutMs: target.timeoutMs });
      // Authenticated, on the URL's database, as the URL's user.
      await client.query('SELECT 1');
      if (target.writable) {
        const { rows } = await client.query<{ transaction_read_only: string }>('SHOW transaction_read_only');
        if (rows[0]?.transaction_read_only === 'on')
          throw new PermanentProbeError(`${database.display} is read-only (a standby?)`);
      }
    } catch (error) {
      if (error instanceof PermanentProbeError) throw error;
      const message = describePgError(error, database, secrets);
      throw isPermanentPgError(error)
        ? new PermanentProbeError(message)
        : new Error((error as { code?: string }).code === 'ECONNREFUSED' ? 'connection refused' : message);
    } finally {
      await client?.end().catch(() => undefined);
    }
  });
}

export function probeTarget(target: HealthTarget, secrets: Secrets): Promise<void> {
  if (target.kind === 'tcp') return probeTcp(target);
  if (target.kind === 'http') return probeHttp(target);
  return probeDatabase(target, secrets);
}
