// Deterministic test data: every value is a function of (seed, dataset version, table, row, column) only,
// so adding a column or a table never changes the values of the others, and two machines agree.
import { createHash } from 'node:crypto';

/** The per-column part of the hash, computed once; `cellUnit` mixes the row in cheaply. */
export interface ColumnKey {
  a: number;
  b: number;
}

export function columnKey(seed: string | number, version: string, table: string, column: string): ColumnKey {
  const digest = createHash('sha256').update(`${seed}\u0000${version}\u0000${table}\u0000${column}`).digest();
  return { a: digest.readUInt32LE(0), b: digest.readUInt32LE(4) };
}

/** murmur3's 32-bit finaliser: good avalanche, no allocation. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A uniform number in [0, 1) for cell (row, draw) of the column: draw separates several values of one cell. */
export function cellUnit(key: ColumnKey, row: number, draw = 0): number {
  const h1 = fmix32((key.a ^ Math.imul(row + 1, 0x9e3779b1)) >>> 0);
  const h2 = fmix32((key.b + h1 + Math.imul(draw + 1, 0x27d4eb2f)) >>> 0);
  return h2 / 4294967296;
}

/** A whole number in [0, n). */
export function cellIndex(key: ColumnKey, row: number, n: number, draw = 0): number {
  return Math.floor(cellUnit(key, row, draw) * n);
}
