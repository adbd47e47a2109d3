// Writes rows into one table: COPY FROM STDIN through pg-copy-streams (the fast path) or multi-row INSERT.
// `table` is the catalog's name for it (to_regclass(...)::text), already valid SQL.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Client } from 'pg';
import { encodeCopyField, quoteIdentifier } from './copy-text.js';

export type LoadMethod = 'copy' | 'insert';
/** Row r's values, in column order; null is SQL NULL. */
export type RowSource = (row: number) => Array<string | null>;

const COPY_BATCH_ROWS = 5_000;

async function loadCopyStreams() {
  return (await import('pg-copy-streams')).default;
}

/** The COPY text of rows [start, end): one line per row, each ending in a newline. */
export function copyText(source: RowSource, start: number, end: number): string {
  let text = '';
  for (let row = start; row < end; row++) {
    const values = source(row);
    for (let i = 0; i < values.length; i++) text += (i === 0 ? '' : '\t') + encodeCopyField(values[i]!);
    text += '\n';
  }
  return text;
}

/** The COPY text of rows [0, count), in batches; `onText` sees each batch (checksum). */
function* copyBatches(count: number, source: RowSource, onText: (text: string) => void): Generator<string> {
  for (let start = 0; start < count; start += COPY_BATCH_ROWS) {
    const batch = copyText(source, start, Math.min(count, start + COPY_BATCH_ROWS));
    onText(batch);
    yield batch;
  }
}

export async function copyRows(
  client: Client,
  table: string,
  columns: string[],
  count: number,
  source: RowSource,
  onText: (text: string) => void,
): Promise<void> {
  const { from } = await loadCopyStreams();
  const sql = `COPY ${table} (${columns.map(quoteIdentifier).join(', ')}) FROM STDIN`;
  await pipeline(Readable.from(copyBatches(count, source, onText)), client.query(from(sql)));
}

/** Multi-row INSERT with parameters: the baseline COPY is measured against, and a fallback. */
export async function insertRows(
  client: Client,
  table: string,
  columns: string[],
  count: number,
  source: RowSource,
  onText: (text: string) => void,
): Promise<void> {
  const perStatement = Math.max(1, Math.min(1_000, Math.floor(65_535 / Math.max(1, columns.length))));
  const head = `INSERT INTO ${table} (${columns.map(quoteIdentifier).join(', ')}) VALUES `;
  for (let start = 0; start < count; start += perStatement) {
    const end = Math.min(count, start + perStatement);
    const values: Array<string | null> = [];
    const tuples: string[] = [];
    let text = '';
    for (let row = start; row < end; row++) {
      const rowValues = source(row);
      text += `${rowValues.map(encodeCopyField).join('\t')}\n`;
      tuples.push(`(${rowValues.map((_, i) => `$${values.length + i + 1}`).join(', ')})`);
      values.push(...rowValues);
    }
    onText(text); // the checksum covers the same text COPY would send
    await client.query(head + tuples.join(', '), values);
  }
}

/** Copies `table` from `source` to `target` through `transform` (masking), both sides COPY. */
export async function copyBetween(
  source: Client,
  target: Client,
  table: string,
  columns: string[],
  transform: NodeJS.ReadWriteStream,
): Promise<void> {
  const { from, to } = await loadCopyStreams();
  const list = columns.map(quoteIdentifier).join(', ');
  const reader = source.query(to(`COPY (SELECT ${list} FROM ${table} ORDER BY 1) TO STDOUT`));
  const writer = target.query(from(`COPY ${table} (${list}) FROM STDIN`));
  await pipeline(reader, transform, writer);
}
