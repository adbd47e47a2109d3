const PAGE_BITS = 15;
const PAGE_SIZE = 1 << PAGE_BITS;
const PAGE_MASK = PAGE_SIZE - 1;

/**
 * One number per test slot, in fixed-size typed-array pages allocated on first write: no
 * doubling (which would hold old + new arrays at once) and no page at all for a column that is
 * never written (start times, lines). Unwritten entries read as `empty`.
 */
export class Column {
  private readonly pages: Array<Uint8Array | Int32Array | Uint32Array | Float64Array> = [];

  constructor(
    private readonly Page: typeof Uint8Array | typeof Int32Array | typeof Uint32Array | typeof Float64Array,
    private readonly empty = 0,
  ) {}

  get(slot: number): number {
    const page = this.pages[slot >>> PAGE_BITS];
    return page === undefined ? this.empty : page[slot & PAGE_MASK]!;
  }

  set(slot: number, value: number): void {
    let page = this.pages[slot >>> PAGE_BITS];
    if (page === undefined) {
      page = new this.Page(PAGE_SIZE);
      if (this.empty !== 0) page.fill(this.empty);
      this.pages[slot >>> PAGE_BITS] = page;
    }
    page[slot & PAGE_MASK] = value;
  }
}

/**
 * A Column of whole numbers >= 0 that are usually small (origin ids: one per (file, shard), most
 * runs have a few): a page is a Uint8Array until it gets a value over 255, then an Int32Array.
 * 1 byte per test instead of 4 in the usual case. Unwritten entries read as 0.
 */
export class SmallColumn {
  private readonly pages: Array<Uint8Array | Int32Array> = [];

  get(slot: number): number {
    const page = this.pages[slot >>> PAGE_BITS];
    return page === undefined ? 0 : page[slot & PAGE_MASK]!;
  }

  set(slot: number, value: number): void {
    const index = slot >>> PAGE_BITS;
    let page = this.pages[index];
    if (page === undefined)
      page = this.pages[index] = value > 0xff ? new Int32Array(PAGE_SIZE) : new Uint8Array(PAGE_SIZE);
    else if (value > 0xff && page instanceof Uint8Array) page = this.pages[index] = Int32Array.from(page);
    page[slot & PAGE_MASK] = value;
  }
}

/**
 * A Column of whole numbers >= 0 written mostly in increasing runs (meta ids: tests arrive group by
 * group): a page is a Uint16Array of offsets from the first value written to it until a value is
 * out of that range, then an Int32Array. ~2 bytes per test instead of 4. Every entry read must
 * have been written.
 */
export class OffsetColumn {
  private readonly pages: Array<Uint16Array | Int32Array> = [];
  private readonly bases: number[] = [];

  get(slot: number): number {
    const index = slot >>> PAGE_BITS;
    const page = this.pages[index]!;
    return page instanceof Uint16Array ? this.bases[index]! + page[slot & PAGE_MASK]! : page[slot & PAGE_MASK]!;
  }

  set(slot: number, value: number): void {
    const index = slot >>> PAGE_BITS;
    let page = this.pages[index];
    if (page === undefined) {
      page = this.pages[index] = new Uint16Array(PAGE_SIZE);
      this.bases[index] = value;
    }
    if (page instanceof Uint16Array) {
      const base = this.bases[index]!;
      const offset = value - base;
      if (offset >= 0 && offset <= 0xffff) {
        page[slot & PAGE_MASK] = offset;
        return;
      }
      const wide = new Int32Array(PAGE_SIZE);
      for (let i = 0; i < PAGE_SIZE; i++) wide[i] = base + page[i]!;
      page = this.pages[index] = wide;
    }
    page[slot & PAGE_MASK] = value;
  }
}

/** Durations of 2^32 - 1 µs and more (~71.6 minutes) or not whole µs: held exactly in `DurationColumn.exact`. */
const EXACT_DURATION = 0xffffffff;

/**
 * Durations in ms as whole microseconds in a Uint32 column: 4 bytes per test instead of 8. Ingest
 * gives durations as (whole µs) / 1000, which this reads back to the same double; any other value
 * (negative, -0, NaN, longer, finer) is kept as it is in a map, so get() always returns exactly
 * what set() was given.
 */
export class DurationColumn {
  private readonly micros = new Column(Uint32Array);
  private readonly exact = new Map<number, number>();

  get(slot: number): number {
    const micros = this.micros.get(slot);
    return micros === EXACT_DURATION ? this.exact.get(slot)! : micros / 1e3;
  }

  set(slot: number, durationMs: number): void {
    const micros = Math.round(durationMs * 1e3);
    if (micros >= 0 && micros < EXACT_DURATION && micros / 1e3 === durationMs && !Object.is(durationMs, -0)) {
      this.micros.set(slot, micros);
      this.exact.delete(slot);
    } else {
      this.micros.set(slot, EXACT_DURATION);
      this.exact.set(slot, durationMs);
    }
  }
}
