// wait-for lines → targets: `<url> [status=200-299] [body=<regex>] [json=<path>[=<value>]] [timeout=5s] [writable=true]`.
import { ConfigurationError, parseDurationMs, type Secrets } from '@testpipe/core';
import { parseDatabaseUrl, type DatabaseTarget } from '../database-url.js';

interface BaseTarget {
  /** What the summary and errors show: the URL with any password masked. */
  display: string;
  /** Per-try timeout. */
  timeoutMs: number;
}
export interface HttpTarget extends BaseTarget {
  kind: 'http';
  url: URL;
  status: { min: number; max: number };
  body?: RegExp;
  json?: { path: string[]; equals?: string };
}
export interface TcpTarget extends BaseTarget {
  kind: 'tcp';
  host: string;
  port: number;
}
export interface DatabaseHealthTarget extends BaseTarget {
  kind: 'database';
  database: DatabaseTarget;
  writable: boolean;
}
export type HealthTarget = HttpTarget | TcpTarget | DatabaseHealthTarget;

export const DEFAULT_TRY_TIMEOUT_MS = 5_000;
const OPTION_KEYS = ['status', 'body', 'json', 'timeout', 'writable'];

function fail(line: number, problem: string): never {
  throw new ConfigurationError(`Input "wait-for", line ${line}: ${problem}`);
}

function readStatus(value: string, line: number): { min: number; max: number } {
  const match = /^(\d{3})(?:-(\d{3}))?$/.exec(value);
  if (!match) fail(line, `status must be a code or a range such as 200-299, got "${value}".`);
  const min = Number(match[1]);
  return { min, max: match[2] ? Number(match[2]) : min };
}

/** Parses one wait-for line; `lineNumber` is 1-based, for the message. */
export function parseHealthTarget(text: string, lineNumber: number, secrets: Secrets): HealthTarget {
  const [address = '', ...rest] = text.trim().split(/\s+/);
  const options = new Map<string, string>();
  for (const option of rest) {
    const eq = option.indexOf('=');
    const key = eq < 0 ? option : option.slice(0, eq);
    if (!OPTION_KEYS.includes(key)) fail(lineNumber, `unknown option "${key}"; known: ${OPTION_KEYS.join(', ')}.`);
    options.set(key, eq < 0 ? 'true' : option.slice(eq + 1));
  }
  const timeoutText = options.get('timeout');
  const timeoutMs = timeoutText === undefined ? DEFAULT_TRY_TIMEOUT_MS : parseDurationMs(timeoutText);
  if (timeoutMs === undefined) fail(lineNumber, `timeout must be a duration such as 5s, got "${timeoutText}".`);
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(address)?.[1]?.toLowerCase();
  if (scheme === 'postgres' || scheme === 'postgresql') {
    const database = parseDatabaseUrl(address, `Input "wait-for", line ${lineNumber}`, secrets);
    return {
      kind: 'database',
      display: database.display,
      database,
      timeoutMs,
      writable: options.get('writable') === 'true',
    };
  }
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    fail(
      lineNumber,
      `"${secrets.redact(address)}" is not a URL; use http(s)://host/path, tcp://host:port or postgres://…`,
    );
  }
  if (scheme === 'tcp') {
    if (!url.port) fail(lineNumber, `tcp targets need a port: tcp://host:port.`);
    return {
      kind: 'tcp',
      display: `tcp://${url.host}`,
      host: url.hostname.replace(/^\[|\]$/g, ''),
      port: Number(url.port),
      timeoutMs,
    };
  }
  if (scheme !== 'http' && scheme !== 'https')
    fail(lineNumber, `unsupported scheme "${scheme}"; use http, https, tcp or postgres.`);
  const target: HttpTarget = {
    kind: 'http',
    display: secrets.redact(url.toString()),
    url,
    status: { min: 200, max: 399 },
    timeoutMs,
  };
  const status = options.get('status');
  if (status) target.status = readStatus(status, lineNumber);
  const body = options.get('body');
  if (body) {
    try {
      target.body = new RegExp(body);
    } catch (error) {
      fail(lineNumber, `body is not a valid regular expression: ${(error as Error).message}`);
    }
  }
  const json = options.get('json');
  if (json) {
    const [pathText = '', equals] = json.split('==');
    const path = pathText
      .replace(/^\$\.?/, '')
      .split('.')
      .filter(Boolean);
    if (path.length === 0) fail(lineNumber, `json needs a path such as $.status or $.status==ok.`);
    target.json = { path, equals };
  }
  return target;
}

/** Every non-blank, non-comment line of the wait-for input. */
export function parseHealthTargets(text: string, secrets: Secrets): HealthTarget[] {
  return text
    .split(/\r?\n/)
    .map((line, index) => ({ line: line.trim(), index }))
    .filter(({ line }) => line !== '' && !line.startsWith('#'))
    .map(({ line, index }) => parseHealthTarget(line, index + 1, secrets));
}
