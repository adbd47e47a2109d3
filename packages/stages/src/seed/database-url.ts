// The database URL: parsed once, its password registered with Secrets before anything can print it.
import { ConfigurationError, type Secrets } from '@testpipe/core';

export interface DatabaseTarget {
  /** The URL as given, for the client only: never print it. */
  url: string;
  /** The URL with the password replaced by ***, safe to print. */
  display: string;
  user: string;
  database: string;
  host: string;
  port: number;
}

/** Parses `postgres://user:password@host:port/db`, naming `inputName` on error (without echoing the value). */
export function parseDatabaseUrl(url: string, inputName: string, secrets: Secrets): DatabaseTarget {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ConfigurationError(
      `${inputName} is not a URL; give postgres://user:password@host:5432/database (the value is not shown).`,
    );
  }
  if (parsed.password) {
    secrets.add(decodeURIComponent(parsed.password));
    secrets.add(parsed.password);
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
    throw new ConfigurationError(
      `${inputName} must start with postgres:// or postgresql://, got ${parsed.protocol}//.`,
    );
  }
  const user = decodeURIComponent(parsed.username) || 'postgres';
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, '')) || user;
  const shown = new URL(url);
  if (shown.password) shown.password = '***';
  return {
    url,
    display: shown.toString().replace('%2A%2A%2A', '***'),
    user,
    database,
    host: parsed.hostname.replace(/^\[|\]$/g, '') || 'localhost',
    port: Number(parsed.port || 5432),
  };
}
