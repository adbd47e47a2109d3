// Loads one data set: tables in foreign-key order, in one transaction, with a checksum of every row written.
import { createHash, type Hash } from 'node:crypto';
import type { Client } from 'pg';
import { cellIndex, columnKey, compileGenerator, type Logger, type Secrets } from '@testpipe/core';
import { SeedDataError } from '../seed-errors.js';
import {
  dependencyOrder,
  readColumns,
  readForeignKeys,
  resolveTable,
  type ColumnInfo,
  type ForeignKey,
} from './catalog.js';
import { quoteIdentifier } from './copy-text.js';
import type { CopiedTable, DatasetConfig, DatasetsFile, GeneratedTable } from './dataset-config.js';
import { compileMask, maskingStream } from './masking.js';
import { recordSeed } from './seed-history.js';
import { copyBetween, copyRows, insertRows, type LoadMethod, type RowSource } from './table-writers.js';

export interface LoadDatasetOptions {
  file: DatasetsFile;
  dataset: DatasetConfig;
  target: Client;
  /** Opens the source database (source-url); only called when the data set copies tables. */
  openSource?: () => Promise<Client>;
  mask: boolean;
  force: boolean;
  /** The target was made by this pipeline (embedded, or provision's env.json): its tables may be emptied. */
  databaseCreatedByPipeline: boolean;
  method: LoadMethod;
  logger: Logger;
  secrets: Secrets;
  pipelineId?: string;
}

export interface SeededTable {
  table: string;
  rows: number;
  checksum: string;
  origin: 'generated' | 'copied';
  masked: string[];
}

export interface SeedRecord {
  dataset: string;
  version: string;
  checksum: string;
  tables: SeededTable[];
}

/** pg_advisory_xact_lock key of seeding (migrations use their own). */
const SEED_LOCK_KEY = 727_384_192;

type Planned = { name: string; sql: string; generated?: GeneratedTable; copied?: CopiedTable };

function where(options: LoadDatasetOptions, key: string): string {
  return `${options.file.file}: datasets.${options.dataset.name}.${key}`;
}

async function plan(options: LoadDatasetOptions): Promise<{ tables: Planned[]; keys: ForeignKey[] }> {
  const { dataset, target } = options;
  const planned: Planned[] = [];
  const entries: Array<{ name: string; key: string; copied?: CopiedTable; generated?: GeneratedTable }> = [
    ...dataset.copy.map((copied) => ({ name: copied.name, copied, key: `copy.${copied.name}` })),
    ...dataset.tables.map((generated) => ({ name: generated.name, generated, key: `tables.${generated.name}` })),
  ];
  for (const entry of entries) {
    const sql = await resolveTable(target, entry.name);
    if (!sql)
      throw new SeedDataError(
        `${where(options, entry.key)}: no table "${entry.name}" in the target database; check the name or the migrations.`,
      );
    planned.push({ name: entry.name, sql, generated: entry.generated, copied: entry.copied });
  }
  const keys = await readForeignKeys(
    target,
    planned.map((t) => t.sql),
  );
  const ordered = dependencyOrder(
    planned.map((t) => t.sql),
    keys,
  );
  if ('cycle' in ordered) {
    throw new SeedDataError(
      `${where(options, 'tables')}: ${ordered.cycle.join(', ')} reference each other; seed them in separate data sets or make one key nullable and deferrable.`,
    );
  }
  return { tables: ordered.order.map((sql) => planned.find((t) => t.sql === sql)!), keys };
}

/** Refuses to empty tables that hold rows unless they are throwaway (or force). */
async function emptyTables(options: LoadDatasetOptions, tables: Planned[]): Promise<void> {
  const filled: string[] = [];
  for (const table of tables) {
    const { rows } = await options.target.query<{ any: boolean }>(`SELECT EXISTS (SELECT 1 FROM ${table.sql}) AS any`);
    if (rows[0]?.any) filled.push(table.sql);
  }
  if (filled.length === 0) return;
  const mayTruncate = options.force || (options.dataset.ephemeral && options.databaseCreatedByPipeline);
  if (!mayTruncate) {
    const why = options.dataset.ephemeral
      ? 'the target database was not created by this pipeline'
      : `data set "${options.dataset.name}" is marked ephemeral: false`;
    throw new SeedDataError(
      `Refusing to truncate ${filled.join(', ')}: they hold rows and ${why}. Set force: true to replace their contents.`,
    );
  }
  options.logger.info(`Emptying ${filled.join(', ')} before seeding.`);
  await options.target.query(`TRUNCATE ${tables.map((t) => t.sql).join(', ')} RESTART IDENTITY`);
}

/** The parent's key values, in key order: generated rows reference only these. */
async function parentKeys(client: Client, key: ForeignKey): Promise<string[]> {
  const column = quoteIdentifier(key.parentColumns[0]!);
  const { rows } = await client.query<{ k: unknown }>(
    `SELECT ${column} AS k FROM ${key.parent} WHERE ${column} IS NOT NULL ORDER BY 1 LIMIT 1000000`,
  );
  return rows.map((row) => String(row.k));
}

async function generatedSource(options: LoadDatasetOptions, table: Planned, columns: ColumnInfo[], keys: ForeignKey[]) {
  const spec = table.generated!;
  const { seed, referenceMs } = options.file;
  const version = options.dataset.version;
  const names: string[] = [];
  const cells: Array<(row: number) => string | null> = [];
  const foreign = keys.filter((k) => k.table === table.sql);
  for (const key of foreign) {
    if (key.columns.length > 1) {
      throw new SeedDataError(
        `${where(options, `tables.${spec.name}`)}: composite foreign keys (${key.columns.join(', ')}) are not generated yet; copy this table instead.`,
      );
    }
    const column = key.columns[0]!;
    const info = columns.find((c) => c.name === column);
    if (key.parent === table.sql) {
      if (info?.notNull)
        throw new SeedDataError(
          `${where(options, `tables.${spec.name}`)}: ${column} references its own table and is NOT NULL; make it nullable to seed it.`,
        );
      names.push(column);
      cells.push(() => null);
      continue;
    }
    const values = await parentKeys(options.target, key);
    if (values.length === 0 && spec.rows > 0) {
      throw new SeedDataError(
        `${where(options, `tables.${spec.name}`)}: ${column} references ${key.parent}, which has no rows; seed ${key.parent} in this data set or first.`,
      );
    }
    const hash = columnKey(seed, version, spec.name, column);
    names.push(column);
    cells.push((row) => values[cellIndex(hash, row, values.length)]!);
  }
  for (const [column, generator] of Object.entries(spec.columns)) {
    if (names.includes(column)) {
      options.logger.warning(
        `${where(options, `tables.${spec.name}.columns.${column}`)}: a foreign key; its values come from ${column}'s parent table, the generator is ignored.`,
      );
      continue;
    }
    if (!columns.some((c) => c.name === column)) {
      throw new SeedDataError(
        `${where(options, `tables.${spec.name}.columns.${column}`)}: ${table.sql} has no column "${column}".`,
      );
    }
    names.push(column);
    cells.push(compileGenerator(generator, { seed, version, table: spec.name, column, referenceMs }));
  }
  const missing = columns.filter((c) => c.notNull && !c.hasDefault && !names.includes(c.name)).map((c) => c.name);
  if (missing.length > 0) {
    throw new SeedDataError(
      `${where(options, `tables.${spec.name}.columns`)}: ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} NOT NULL without a default; add a generator.`,
    );
  }
  const source: RowSource = (row) => cells.map((cell) => cell(row));
  return { names, source };
}

async function loadCopied(
  options: LoadDatasetOptions,
  table: Planned,
  source: Client,
  hash: Hash,
): Promise<SeededTable> {
  const spec = table.copied!;
  const sourceSql = await resolveTable(source, spec.name);
  if (!sourceSql)
    throw new SeedDataError(`${where(options, `copy.${spec.name}`)}: no table "${spec.name}" in the source database.`);
  const columns = (await readColumns(source, sourceSql)).map((c) => c.name);
  for (const column of Object.keys(spec.mask)) {
    if (!columns.includes(column))
      throw new SeedDataError(
        `${where(options, `copy.${spec.name}.mask.${column}`)}: the source table has no column "${column}".`,
      );
  }
  if (!options.mask && Object.keys(spec.mask).length > 0)
    options.logger.warning(`mask is off: ${spec.name} is copied unmasked.`);
  const maskers = columns.map((c) =>
    options.mask && spec.mask[c] ? compileMask(spec.mask[c]!, c, options.file.seed) : undefined,
  );
  let rows = 0;
  const stream = maskingStream(maskers, (line) => {
    rows++;
    hash.update(`${line}\n`);
  });
  await copyBetween(source, options.target, table.sql, columns, stream);
  const masked = options.mask ? Object.keys(spec.mask) : [];
  return { table: spec.name, rows, checksum: '', origin: 'copied', masked };
}

/**
 * Moves each serial or identity sequence of a seeded table past the largest value now in its column: copied
 * (or generated) rows carry their own ids, and the application's next insert would otherwise collide.
 */
async function advanceSequences(target: Client, tableSql: string): Promise<void> {
  const { rows } = await target.query<{ column: string; sequence: string }>(
    `SELECT a.attname AS column, pg_get_serial_sequence($1, a.attname) AS sequence
       FROM pg_attribute a
      WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped
        AND pg_get_serial_sequence($1, a.attname) IS NOT NULL`,
    [tableSql],
  );
  for (const { column, sequence } of rows) {
    await target.query(
      `SELECT setval($1, COALESCE((SELECT max(${quoteIdentifier(column)}) FROM ${tableSql}), 0) + 1, false)`,
      [sequence],
    );
  }
}

/** Seeds the data set in one transaction; a failure leaves the tables as they were. */
export async function loadDataset(options: LoadDatasetOptions): Promise<SeedRecord> {
  const { target, dataset, logger } = options;
  const { tables, keys } = await plan(options);
  let source: Client | undefined;
  await target.query('BEGIN');
  try {
    // Two jobs seeding one database take turns; the lock ends with the transaction.
    await target.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK_KEY]);
    await emptyTables(options, tables);
    const seeded: SeededTable[] = [];
    for (const table of tables) {
      const hash = createHash('sha256');
      let result: SeededTable;
      if (table.copied) {
        if (!options.openSource)
          throw new SeedDataError(
            `${where(options, `copy.${table.name}`)}: copying needs source-url, the database to copy from.`,
          );
        source ??= await options.openSource();
        result = await loadCopied(options, table, source, hash);
      } else {
        const columns = await readColumns(target, table.sql);
        const { names, source: rows } = await generatedSource(options, table, columns, keys);
        const write = options.method === 'copy' ? copyRows : insertRows;
        await write(target, table.sql, names, table.generated!.rows, rows, (text) => hash.update(text));
        result = { table: table.name, rows: table.generated!.rows, checksum: '', origin: 'generated', masked: [] };
      }
      result.checksum = hash.digest('hex');
      await advanceSequences(target, table.sql);
      logger.info(
        `${table.name}: ${result.rows} rows ${result.origin}${result.masked.length ? ` (masked: ${result.masked.join(', ')})` : ''}`,
      );
      seeded.push(result);
    }
    const whole = createHash('sha256');
    for (const t of seeded) whole.update(`${t.table}\t${t.rows}\t${t.checksum}\n`);
    const record: SeedRecord = {
      dataset: dataset.name,
      version: dataset.version,
      checksum: whole.digest('hex'),
      tables: seeded,
    };
    await recordSeed(target, record, options.pipelineId);
    await target.query('COMMIT');
    return record;
  } catch (error) {
    await target.query('ROLLBACK').catch(() => undefined);
    if (error instanceof SeedDataError) throw error;
    const message = options.secrets.redact((error as Error).message ?? String(error));
    throw new SeedDataError(`Seeding data set "${dataset.name}" failed and was rolled back: ${message}`, error);
  } finally {
    await source?.end().catch(() => undefined);
  }
}
