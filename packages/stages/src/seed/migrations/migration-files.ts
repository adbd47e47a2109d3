// Flyway-style migration files: V<version>__<description>.sql in numeric order, then R__<description>.sql.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigurationError, describeFileSystemError } from '@testpipe/core';

export interface MigrationFile {
  kind: 'versioned' | 'repeatable';
  /** "1", "2.1" for versioned; undefined for repeatable. */
  version?: string;
  description: string;
  fileName: string;
  path: string;
  sql: string;
  /** SHA-256 of the file's bytes, hex. */
  checksum: string;
  /** False when the file opts out with `-- testpipe:no-transaction` in its leading comments. */
  transactional: boolean;
}

const VERSIONED = /^V(\d+(?:[._]\d+)*)__(.+)\.sql$/;
const REPEATABLE = /^R__(.+)\.sql$/;
const NO_TRANSACTION = /^\s*--\s*testpipe:no-transaction\b/m;

/** Compares "1.10" and "1.9" as versions, part by part. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

function leadingComments(sql: string): string {
  const lines: string[] = [];
  for (const line of sql.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('--')) lines.push(line);
    else break;
  }
  return lines.join('\n');
}

/** Reads the migrations folder; names the file and what to rename it to when a name does not fit. */
export async function readMigrationFiles(directory: string): Promise<MigrationFile[]> {
  let names: string[];
  try {
    names = (await readdir(directory)).filter((name) => name.endsWith('.sql')).sort();
  } catch (error) {
    throw describeFileSystemError(error, `Reading the migrations folder (input "migrations")`);
  }
  const files: MigrationFile[] = [];
  const versions = new Map<string, string>();
  for (const fileName of names) {
    const versioned = VERSIONED.exec(fileName);
    const repeatable = REPEATABLE.exec(fileName);
    if (!versioned && !repeatable) {
      throw new ConfigurationError(
        `${path.join(directory, fileName)}: a migration must be named V<version>__<description>.sql or R__<description>.sql.`,
      );
    }
    const bytes = await readFile(path.join(directory, fileName));
    const sql = bytes.toString('utf8');
    const version = versioned?.[1]?.replace(/_/g, '.');
    if (version !== undefined) {
      const normalized = version.split('.').map(Number).join('.');
      const clash = versions.get(normalized);
      if (clash)
        throw new ConfigurationError(`${fileName} and ${clash} have the same version ${version}: renumber one.`);
      versions.set(normalized, fileName);
    }
    files.push({
      kind: versioned ? 'versioned' : 'repeatable',
      version,
      description: (versioned?.[2] ?? repeatable?.[1] ?? '').replace(/_/g, ' '),
      fileName,
      path: path.join(directory, fileName),
      sql,
      checksum: createHash('sha256').update(bytes).digest('hex'),
      transactional: !NO_TRANSACTION.test(leadingComments(sql)),
    });
  }
  const versioned = files.filter((f) => f.kind === 'versioned').sort((a, b) => compareVersions(a.version!, b.version!));
  const repeatable = files.filter((f) => f.kind === 'repeatable').sort((a, b) => a.fileName.localeCompare(b.fileName));
  return [...versioned, ...repeatable];
}
