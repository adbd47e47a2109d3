import { Column } from './paged-columns.js';

/**
 * retain: 'metrics': finds a test by a 64-bit key of (group index, name) instead of by its name,
 * so that a passing single-attempt test holds no string at all (the name strings and Map entries
 * of 'run' mode are ~140 bytes per test: ~380 MB at 2.7 M tests).
 *
 * The key is two independent 32-bit hashes over the name's UTF-16 code units, each seeded with
 * the group index: FNV-1a (a) and MurmurHash3's per-unit mixing (b), both finished with
 * MurmurHash3's fmix32 (a bijection, so it spreads the bits without adding collisions). Keys are
 * held per test in two paged Int32 columns (8 bytes per test, no doubling); the table itself is an
 * open-addressing (linear probing) Int32Array of test slots indexed by key a, at most 3/4 full,
 * doubled by rehashing from the key columns (which costs only the old and new slot arrays: 4 bytes
 * per entry each). ~13 bytes per test at 2.7 M tests (table at 2^22 entries).
 *
 * Two different tests with the same 64-bit key would be merged as one: for n tests the chance of
 * any such pair is about n² / 2^65, ~2e-7 for n = 2.7 M (and ~3e-10 for 100,000). That is the only
 * way this mode can differ from 'run' mode, whose exact lookup by name (and build()) is unchanged.
 */
export class TestKeys {
  private readonly keyA = new Column(Int32Array);
  private readonly keyB = new Column(Int32Array);
  private table: Int32Array | undefined = new Int32Array(1024).fill(-1);
  private size = 0;
  /** The key of the last find(), which insert() files. */
  private a = 0;
  private b = 0;

  /**
   * Frees the table (4 bytes per entry: ~16 MB at 2.7 M tests) while it is not needed, as during
   * metrics(); the next find() rebuilds it from the key columns.
   */
  release(): void {
    this.table = undefined;
  }

  /** The slot of the test (group, name), or -1; remembers the key for insert(). */
  find(group: number, name: string): number {
    let a = 0x811c9dc5;
    a = Math.imul(a ^ (group & 0xffff), 0x01000193);
    a = Math.imul(a ^ (group >>> 16), 0x01000193);
    let b = group;
    for (let i = 0; i < name.length; i++) {
      const unit = name.charCodeAt(i);
      a = Math.imul(a ^ unit, 0x01000193);
      let k = Math.imul(unit, 0xcc9e2d51);
      k = Math.imul((k << 15) | (k >>> 17), 0x1b873593);
      b ^= k;
      b = (Math.imul((b << 13) | (b >>> 19), 5) + 0xe6546b64) | 0;
    }
    a = fmix32(a);
    b = fmix32(b ^ name.length);
    this.a = a;
    this.b = b;
    let table = this.table;
    if (table === undefined) {
      let capacity = 1024;
      while (this.size * 4 > capacity * 3) capacity *= 2;
      table = this.rehash(capacity);
    }
    const mask = table.length - 1;
    for (let at = a & mask; ; at = (at + 1) & mask) {
      const slot = table[at]!;
      if (slot < 0) return -1;
      if (this.keyA.get(slot) === a && this.keyB.get(slot) === b) return slot;
    }
  }

  /** Files `slot` (the next one: slots are 0, 1, 2...) under the key of the last find(), which missed. */
  insert(slot: number): void {
    this.keyA.set(slot, this.a);
    this.keyB.set(slot, this.b);
    this.size++;
    const table = this.table!;
    if (this.size * 4 > table.length * 3) this.rehash(table.length * 2);
    else this.place(table, slot, this.a);
  }

  private place(table: Int32Array, slot: number, a: number): void {
    const mask = table.length - 1;
    let at = a & mask;
    while (table[at]! >= 0) at = (at + 1) & mask;
    table[at] = slot;
  }

  private rehash(capacity: number): Int32Array {
    const table = new Int32Array(capacity).fill(-1);
    for (let slot = 0; slot < this.size; slot++) this.place(table, slot, this.keyA.get(slot));
    return (this.table = table);
  }
}

/** MurmurHash3's 32-bit finaliser. */
function fmix32(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}
