import { classifyFailure } from '../categories/classify.js';
import { MetricsAccumulator, slownessOrder, type TestView } from '../metrics/accumulator.js';
import type { ExactSum } from '../metrics/exact-sum.js';
import type { Metrics, MetricsOptions, TestSummary } from '../metrics/metrics.js';
import type {
  AttemptStatus,
  FailureCategory,
  IngestError,
  SourceFile,
  TestAttempt,
  TestCaseRecord,
  TestResult,
  TestRun,
  TestStatus,
} from '../model.js';
import { orderAttempts } from './attempt-order.js';
import { findDuplicateRuns } from './duplicates.js';
import { decisiveAttempt, finalStatus, isFailing } from './final-status.js';
import { StringPool } from './string-pool.js';
import { normaliseTestFile } from './test-identity.js';

export interface RecordSource {
  path: string;
  shard?: string;
}

export interface RunBuilderOptions {
  /**
   * What is kept per test while records stream in.
   * - `'run'` (default): everything `build()` needs for full TestResults.
   * - `'metrics'`: only what `metrics()` needs, for very large runs (millions of tests). Tests are
   *   found by a 64-bit hash of (group, name), not by name (see TestKeys), and a test with one
   *   attempt is ~22 bytes of columns and table: a passing or skipped one keeps no name at all. Names are
   *   kept only for tests that `metrics()` may list: failing ones among the `categoryCandidates`,
   *   ones with several attempts
   *   (which also keep a small record per attempt: status, duration, source, shard, start time,
   *   failure category, never output or failure text), and the current slowest candidates.
   *   `build()` throws.
   */
  retain?: 'run' | 'metrics';
  /**
   * retain: 'metrics' only: how many of the slowest single-attempt tests keep their names while
   * records stream in (default 1000). `metrics()` lists the slowest from these, and throws in the
   * one case it cannot list them exactly: when later retries made tests that were slower than a
   * dropped one faster or skipped, so that a dropped test would be listed. Must be at least the
   * `slowest` option of `metrics()` to be of use.
   */
  slowestCandidates?: number;
  /**
   * retain: 'metrics' only: how many failing single-attempt tests per failure category keep their
   * names while records stream in (default 1000): those with the smallest ids. `metrics()` lists
   * each category's first ids from these, and throws when it cannot list them exactly (more wanted
   * than kept). Must be at least the `maxTestsPerCategory` option of `metrics()` to be of use.
   */
  categoryCandidates?: number;
}

const DEFAULT_SLOWEST_CANDIDATES = 1000;
const DEFAULT_CATEGORY_CANDIDATES = 1000;

const STATUSES: readonly AttemptStatus[] = ['passed', 'failed', 'errored', 'skipped'];
const STATUS_CODE: Readonly<Record<AttemptStatus, number>> = { passed: 0, failed: 1, errored: 2, skipped: 3 };
const CATEGORY_CODES: readonly FailureCategory[] = ['environment', 'data', 'timeout', 'test-logic', 'unknown'];
/** flags column: bits 0-1 status, bits 2-4 category code (0 = none, else index + 1), bit 7 = has a Detail. */
const STATUS_MASK = 0x03;
const CATEGORY_SHIFT = 2;
const CATEGORY_MASK = 0x07;
const HAS_DETAIL = 0x80;
const NO_LINE = -1;

/** Tests sharing (file or suite, classname): their id prefix and the names seen, each with its slot. */
interface Group {
  /** `${scope}::${classname}::`, so a test's id is prefix + name (as testId builds it). */
  prefix: string;
  /** Position in `groups`; part of a test's hash key in retain: 'metrics'. */
  index: number;
  /** retain: 'run' only (retain: 'metrics' finds tests in TestKeys). */
  names: Map<string, number> | undefined;
  /**
   * Id of the first meta of the group's tests (-1 = none yet); a group usually has one. Metas are
   * found by scanning (no key string per (suite, classname, file), which cost ~200 bytes per group
   * at 120,000 groups).
   */
  meta: number;
  /** Ids of the group's other metas, if any. */
  moreMetas: number[] | undefined;
}

/**
 * Suite, classname and file of a test (first record's, file filled in later if absent). Every
 * field is always set (undefined = absent), so the object holds them in-object.
 */
interface Meta {
  suite: string;
  classname: string | undefined;
  file: string | undefined;
}

/** retain: 'metrics': the name of a test that metrics() may list, with its group (for the id). */
interface NamedTest {
  group: Group;
  name: string;
}

/** Where an attempt was read (interned pair). */
interface Origin {
  source: string;
  shard?: string;
}

/** An attempt kept in 'metrics' mode: no output, the failure reduced to its category. */
interface LeanAttempt extends TestAttempt {
  category?: FailureCategory;
}

/** Kept only for tests that a column cannot describe: several attempts, or (in 'run' mode) any detail. */
interface Detail {
  attempts: TestAttempt[];
  properties?: Record<string, string>;
  truncated?: Set<string>;
  marker?: 'xfail' | 'xpass';
  /** A line that the Int32 column cannot hold. */
  line?: number;
}

function categoryOf(attempts: readonly TestAttempt[]): FailureCategory | undefined {
  const lastFailing = attempts.findLast((attempt) => isFailing(attempt.status));
  if (!lastFailing) return undefined;
  return (lastFailing as LeanAttempt).category ?? classifyFailure(lastFailing.failure);
}

/** `value`, or the equal string that `meta` already holds. */
function sameString<T extends string | undefined>(value: T, meta: Meta): T {
  if (value === undefined) return value;
  if (value === meta.suite) return meta.suite as T;
  if (value === meta.classname) return meta.classname as T;
  if (value === meta.file) return meta.file as T;
  return value;
}

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A record whose one attempt a column describes exactly: no output, failure, start time or extras. */
function isPlain(record: TestCaseRecord, attempt: TestAttempt): boolean {
  return (
    attempt.failure === undefined &&
    attempt.stdout === undefined &&
    attempt.stderr === undefined &&
    attempt.startedAt === undefined &&
    record.properties === undefined &&
    !record.truncated?.length &&
    record.marker === undefined &&
    (record.line === undefined || (Number.isInteger(record.line) && record.line >= 0 && record.line <= 0x7fffffff))
  );
}

const PAGE_BITS = 15;
const PAGE_SIZE = 1 << PAGE_BITS;
const PAGE_MASK = PAGE_SIZE - 1;

/**
 * One number per test slot, in fixed-size typed-array pages allocated on first write: no
 * doubling (which would hold old + new arrays at once) and no page at all for a column that is
 * never written (start times, lines). Unwritten entries read as `empty`.
 */
class Column {
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
class SmallColumn {
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
class OffsetColumn {
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
class DurationColumn {
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

class Columns {
  readonly flags = new Column(Uint8Array);
  readonly duration = new DurationColumn();
  readonly meta = new OffsetColumn();
  readonly origin = new SmallColumn();
  /** 'run' mode: the record's line. */
  readonly line = new Column(Int32Array, NO_LINE);
  /** 'metrics' mode: Date.parse(startedAt), NaN = none (all that attempt ordering needs). */
  readonly started = new Column(Float64Array, NaN);
}

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
class TestKeys {
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

/**
 * Merges test records from many files, shards and retries into one run, one test per id.
 * Records can be added as they are parsed; only the merged tests are held, compactly: tests are
 * grouped by (file or suite, classname) and found by name, and a test whose single attempt has
 * no failure, output or start time is held as columns (status, duration, origin, line), not as
 * objects. TestResult objects are made by build(); metrics() computes Metrics from the columns
 * without making them.
 */
export class RunBuilder {
  private readonly pool = new StringPool();
  private readonly files: SourceFile[] = [];
  private readonly lean: boolean;
  private readonly columns: Columns;
  private count = 0;
  /** Groups by id prefix: two (scope, classname) pairs with the same prefix share a group, as their ids do. */
  private readonly groups = new Map<string, Group>();
  /** The group of the last record: records mostly arrive group by group, so most skip the lookup. */
  private lastScope?: string;
  private lastClassname?: string;
  private lastGroup?: Group;
  /** The last file normalised and its result: records arrive file by file, so most skip the work. */
  private lastRawFile: string | undefined;
  private lastNormalisedFile = '';
  private readonly metas: Meta[] = [];
  private readonly origins: Origin[] = [];
  private readonly originIds = new Map<string, Map<string | undefined, number>>();
  private lastOriginSource?: string;
  private lastOriginShard?: string;
  private lastOrigin = -1;
  private readonly details = new Map<number, Detail>();
  /** retain: 'metrics': tests by hash key (see TestKeys). */
  private readonly keys: TestKeys | undefined;
  /** retain: 'metrics': names of the tests metrics() may list, except the slowest candidates. */
  private readonly named = new Map<number, NamedTest>();
  /**
   * retain: 'metrics': names of the single-attempt, not failing, not skipped tests that may be
   * among the slowest: all whose duration reaches `slowThreshold`. Pruned (as MetricsAccumulator
   * prunes its candidates) to the `slowestCandidates` slowest once twice that many are held.
   */
  private readonly slowNames = new Map<number, NamedTest>();
  private readonly slowestCandidates: number;
  private slowThreshold = -Infinity;
  /** The slowest (in the list's order) of the tests whose name was not kept: what metrics() checks against. */
  private slowestDropped: { durationMs: number; id: string } | undefined;
  /**
   * retain: 'metrics': per category code - 1, names of failing single-attempt tests that may be
   * listed under their category: those with the smallest ids, pruned to `categoryCandidates`
   * once twice that many are held (a pruned one is then offered to the slowest candidates).
   */
  private readonly categoryNames: Array<Map<number, NamedTest>> = CATEGORY_CODES.map(() => new Map());
  /** Per category: ids above this are not kept (undefined = no limit yet). */
  private readonly categoryThreshold: Array<string | undefined> = CATEGORY_CODES.map(() => undefined);
  /** Per category: the smallest id of a test whose name was not kept there. */
  private readonly categoryDropped: Array<string | undefined> = CATEGORY_CODES.map(() => undefined);
  private readonly categoryCandidates: number;

  constructor(options: RunBuilderOptions = {}) {
    this.lean = options.retain === 'metrics';
    this.columns = new Columns();
    if (this.lean) this.keys = new TestKeys();
    const candidates = options.slowestCandidates ?? DEFAULT_SLOWEST_CANDIDATES;
    if (!Number.isInteger(candidates) || candidates < 0) {
      throw new Error(`RunBuilder: slowestCandidates must be a whole number >= 0, got ${candidates}`);
    }
    this.slowestCandidates = candidates;
    const perCategory = options.categoryCandidates ?? DEFAULT_CATEGORY_CANDIDATES;
    if (!Number.isInteger(perCategory) || perCategory < 0) {
      throw new Error(`RunBuilder: categoryCandidates must be a whole number >= 0, got ${perCategory}`);
    }
    this.categoryCandidates = perCategory;
  }

  /** Number of distinct tests so far. */
  get testCount(): number {
    return this.count;
  }

  add(record: TestCaseRecord, source: RecordSource): void {
    const file = record.file ? this.normalisedFile(record.file) : undefined;
    const group = this.groupOf(file ?? record.suite, record.classname ?? '');
    const keys = this.keys;
    const known = keys ? keys.find(group.index, record.name) : (group.names!.get(record.name) ?? -1);
    if (known < 0) this.addNew(group, file, record, source);
    else this.addAgain(known, group, record, source);
  }

  addFile(file: SourceFile): void {
    this.files.push(file);
  }

  build(): TestRun {
    if (this.lean) {
      throw new Error("RunBuilder: build() needs the full records; this builder was made with retain: 'metrics'.");
    }
    const ids = new Array<string>(this.count);
    const names = new Array<string>(this.count);
    for (const group of this.groups.values()) {
      for (const [name, slot] of group.names!) {
        ids[slot] = group.prefix + name;
        names[slot] = name;
      }
    }
    const order = new Uint32Array(this.count);
    for (let slot = 0; slot < order.length; slot++) order[slot] = slot;
    order.sort((a, b) => byCodeUnits(ids[a]!, ids[b]!));
    const tests: TestResult[] = [];
    const duplicates: IngestError[] = [];
    for (const slot of order) {
      const id = ids[slot]!;
      const detail = this.details.get(slot);
      const attempts = detail ? orderAttempts(detail.attempts) : [this.columnAttempt(slot)];
      if (attempts.length > 1) duplicates.push(...findDuplicateRuns(id, attempts));
      tests.push(this.resultOf(slot, id, names[slot]!, detail, attempts));
    }
    return { tests, files: [...this.files], duplicates };
  }

  /**
   * The Metrics that computeMetrics(this.build(), options) gives, computed from the held tests
   * without making a TestResult per test (works with either `retain`).
   */
  metrics(options: MetricsOptions = {}): Metrics {
    const slowest = options.slowest ?? 20;
    if (this.lean && !(Number.isFinite(slowest) && slowest >= 0)) {
      throw new Error(`RunBuilder (retain: 'metrics'): metrics() needs a finite slowest >= 0, got ${slowest}`);
    }
    // Tests are not looked up by key until the next add(), which rebuilds the table.
    this.keys?.release();
    const accumulator = new MetricsAccumulator(options, 'id');
    /** Per meta: its suite's and file's tally indexes (-1 = no file), -2 = not looked up yet. */
    const suiteTallies = new Int32Array(this.metas.length).fill(-2);
    const fileTallies = new Int32Array(this.metas.length);
    const originSums: ExactSum[] = this.origins.map((origin) => accumulator.shard(origin.shard));
    const view = new SlotView(this.metas);
    const duplicates: Array<{ id: string; errors: IngestError[] }> = [];
    const { flags, duration, meta } = this.columns;
    /** Feeds one held test; group and name are undefined for a test whose name retain: 'metrics' did not keep. */
    const feed = (slot: number, group: Group | undefined, name: string | undefined): void => {
      const metaId = meta.get(slot);
      let suiteTally = suiteTallies[metaId]!;
      if (suiteTally === -2) {
        const { suite, file } = this.metas[metaId]!;
        suiteTally = suiteTallies[metaId] = accumulator.suite(suite);
        fileTallies[metaId] = file === undefined ? -1 : accumulator.file(file);
      }
      view.group = group;
      view.name = name;
      view.hasName = name !== undefined;
      view.meta = metaId;
      const flag = flags.get(slot);
      if (flag & HAS_DETAIL) {
        // Tests with a detail always have a name (addNew, addAgain).
        const id = group!.prefix + name!;
        const attempts = orderAttempts(this.details.get(slot)!.attempts);
        for (const attempt of attempts) accumulator.shard(attempt.shard).add(attempt.durationMs);
        if (attempts.length > 1) {
          const errors = findDuplicateRuns(id, attempts);
          if (errors.length) duplicates.push({ id, errors });
        }
        view.status = finalStatus(attempts);
        view.durationMs = decisiveAttempt(attempts)?.durationMs ?? 0;
        view.category = categoryOf(attempts);
        view.attemptCount = attempts.length;
        view.failedAttempts = attempts.filter((attempt) => isFailing(attempt.status)).length;
      } else {
        const durationMs = duration.get(slot);
        originSums[this.columns.origin.get(slot)]!.add(durationMs);
        const category = (flag >> CATEGORY_SHIFT) & CATEGORY_MASK;
        view.status = STATUSES[flag & STATUS_MASK]!;
        view.durationMs = durationMs;
        view.category = category ? CATEGORY_CODES[category - 1] : undefined;
        view.attemptCount = 1;
        view.failedAttempts = isFailing(view.status as AttemptStatus) ? 1 : 0;
      }
      accumulator.addTest(view, suiteTally, fileTallies[metaId]!);
    };
    if (this.lean) {
      for (let slot = 0; slot < this.count; slot++) {
        let named = this.named.get(slot) ?? this.slowNames.get(slot);
        if (named === undefined) {
          const category = (flags.get(slot) >> CATEGORY_SHIFT) & CATEGORY_MASK;
          if (category) named = this.categoryNames[category - 1]!.get(slot);
        }
        feed(slot, named?.group, named?.name);
      }
    } else {
      for (const group of this.groups.values()) for (const [name, slot] of group.names!) feed(slot, group, name);
    }
    duplicates.sort((a, b) => byCodeUnits(a.id, b.id));
    const metrics = accumulator.finish(
      [...this.files],
      duplicates.flatMap((entry) => entry.errors),
    );
    if (this.lean) {
      this.checkSlowest(metrics, Math.floor(slowest));
      this.checkCategories(metrics, options.maxTestsPerCategory ?? 50);
    }
    return metrics;
  }

  /**
   * retain: 'metrics': each category's list was made from the tests whose names were kept; it is
   * exact when every failing test whose name was dropped there comes after its last entry.
   */
  private checkCategories(metrics: Metrics, limit: number): void {
    const wanted = limit > 0 ? Math.ceil(limit) : 0;
    if (wanted === 0) return;
    CATEGORY_CODES.forEach((category, code) => {
      const dropped = this.categoryDropped[code];
      if (dropped === undefined) return;
      const last = metrics.categories[category].tests[wanted - 1];
      if (last !== undefined && last < dropped) return;
      throw new Error(
        `RunBuilder (retain: 'metrics'): cannot list the first ${wanted} ${category} tests exactly: only the ` +
          `categoryCandidates (now ${this.categoryCandidates}) smallest ids of failing single-attempt tests per ` +
          `category keep their names. Raise categoryCandidates or use retain: 'run'.`,
      );
    });
  }

  /**
   * retain: 'metrics': the slowest list was made from the tests whose names were kept; it is
   * exact when every test whose name was dropped comes after its last entry.
   */
  private checkSlowest(metrics: Metrics, wanted: number): void {
    const dropped = this.slowestDropped;
    if (wanted === 0 || dropped === undefined) return;
    const last = metrics.slowest[wanted - 1];
    if (last && slownessOrder(last.durationMs, last.id, dropped.durationMs, dropped.id) < 0) return;
    throw new Error(
      `RunBuilder (retain: 'metrics'): cannot list the ${wanted} slowest tests exactly: only the ` +
        `slowestCandidates (now ${this.slowestCandidates}) slowest single-attempt tests keep their names, ` +
        `and fewer than ${wanted} named tests are slower than every other test (more wanted than kept, or ` +
        `retries made kept ones faster). Raise slowestCandidates or use retain: 'run'.`,
    );
  }

  private normalisedFile(file: string): string {
    if (file === this.lastRawFile) return this.lastNormalisedFile;
    const normalised = normaliseTestFile(file);
    this.lastRawFile = file;
    this.lastNormalisedFile = normalised;
    return normalised;
  }

  private groupOf(scope: string, classname: string): Group {
    if (this.lastGroup !== undefined && scope === this.lastScope && classname === this.lastClassname) {
      return this.lastGroup;
    }
    const prefix = `${scope}::${classname}::`;
    let group = this.groups.get(prefix);
    if (!group) {
      group = {
        prefix,
        index: this.groups.size,
        names: this.lean ? undefined : new Map(),
        meta: -1,
        moreMetas: undefined,
      };
      this.groups.set(prefix, group);
    }
    this.lastScope = scope;
    this.lastClassname = classname;
    this.lastGroup = group;
    return group;
  }

  private metaOf(group: Group, record: TestCaseRecord, file: string | undefined): number {
    return this.metaId(group, record.suite, record.classname, file);
  }

  /** The meta (suite, classname, file) among the group's, made if new; absent ≠ empty string. */
  private metaId(group: Group, suite: string, classname: string | undefined, file: string | undefined): number {
    const ids = group.moreMetas;
    if (ids !== undefined) {
      for (let i = ids.length - 1; i >= 0; i--) {
        const meta = this.metas[ids[i]!]!;
        if (meta.suite === suite && meta.classname === classname && meta.file === file) return ids[i]!;
      }
    }
    if (group.meta >= 0) {
      const meta = this.metas[group.meta]!;
      if (meta.suite === suite && meta.classname === classname && meta.file === file) return group.meta;
    }
    const id = this.metas.length;
    // Strings equal to the previous meta's share its instances (records arrive suite by suite and
    // file by file), without a pool entry per distinct string (~120,000 classes, each a suite and a file).
    const last = this.metas[id - 1];
    const sharedSuite = last === undefined ? suite : sameString(suite, last);
    const meta: Meta = {
      suite: sharedSuite,
      // A classname equal to the suite (usual for class-level suites) shares its string.
      classname: classname === suite ? sharedSuite : last === undefined ? classname : sameString(classname, last),
      file: last === undefined ? file : sameString(file, last),
    };
    this.metas.push(meta);
    if (group.meta < 0) group.meta = id;
    else if (ids === undefined) group.moreMetas = [id];
    else ids.push(id);
    return id;
  }

  private originOf(attempt: TestAttempt, source: RecordSource): number {
    const path = attempt.source ?? source.path;
    const shard = attempt.shard ?? source.shard;
    if (path === this.lastOriginSource && shard === this.lastOriginShard && this.lastOrigin >= 0)
      return this.lastOrigin;
    let byShard = this.originIds.get(path);
    if (!byShard) this.originIds.set(path, (byShard = new Map()));
    let id = byShard.get(shard);
    if (id === undefined) {
      id = this.origins.length;
      const origin: Origin = { source: this.pool.intern(path) };
      if (shard !== undefined) origin.shard = this.pool.intern(shard);
      this.origins.push(origin);
      byShard.set(shard, id);
    }
    this.lastOriginSource = path;
    this.lastOriginShard = shard;
    this.lastOrigin = id;
    return id;
  }

  private addNew(group: Group, file: string | undefined, record: TestCaseRecord, source: RecordSource): void {
    const slot = this.count++;
    const columns = this.columns;
    if (this.keys) this.keys.insert(slot);
    else group.names!.set(record.name, slot);
    columns.meta.set(slot, this.metaOf(group, record, file));
    const attempts = record.attempts;
    const first = attempts[0];
    if (attempts.length === 1 && first && (this.lean || isPlain(record, first))) {
      let flag = STATUS_CODE[first.status];
      if (isFailing(first.status)) {
        flag |= (CATEGORY_CODES.indexOf(classifyFailure(first.failure)) + 1) << CATEGORY_SHIFT;
      }
      columns.flags.set(slot, flag);
      columns.duration.set(slot, first.durationMs);
      columns.origin.set(slot, this.originOf(first, source));
      // Unwritten entries read as "none", and a column never written allocates no page.
      if (this.lean) {
        if (first.startedAt) columns.started.set(slot, Date.parse(first.startedAt));
        // Failing tests may be listed per category (or among the slowest); others only if among the slowest.
        if (isFailing(first.status)) this.considerCategory(slot, flag, group, record.name, first.durationMs);
        else if (first.status !== 'skipped') this.considerSlow(slot, group, record.name, first.durationMs);
      } else if (record.line !== undefined) columns.line.set(slot, record.line);
      return;
    }
    if (this.lean) this.named.set(slot, { group, name: record.name });
    columns.flags.set(slot, HAS_DETAIL);
    const detail: Detail = { attempts: attempts.map((attempt) => this.locateAttempt(attempt, source)) };
    if (!this.lean) {
      this.setLine(slot, detail, record.line);
      if (record.properties) detail.properties = record.properties;
      if (record.truncated?.length) detail.truncated = new Set(record.truncated);
      if (record.marker) detail.marker = record.marker;
    }
    this.details.set(slot, detail);
  }

  private addAgain(slot: number, group: Group, record: TestCaseRecord, source: RecordSource): void {
    const columns = this.columns;
    if (this.lean && !this.named.has(slot)) {
      // Several attempts: may be flaky or have duplicates (listed by id); its duration may change.
      this.named.set(slot, { group, name: record.name });
      this.slowNames.delete(slot);
      const category = (columns.flags.get(slot) >> CATEGORY_SHIFT) & CATEGORY_MASK;
      if (category && !(columns.flags.get(slot) & HAS_DETAIL)) this.categoryNames[category - 1]!.delete(slot);
    }
    const meta = this.metas[columns.meta.get(slot)]!;
    if (meta.file === undefined && record.file !== undefined) {
      // As `known.file ??= record.file && normaliseTestFile(record.file)` would.
      const file = record.file ? this.normalisedFile(record.file) : record.file;
      columns.meta.set(slot, this.metaId(group, meta.suite, meta.classname, file));
    }
    let detail = this.details.get(slot);
    if (!detail) {
      detail = { attempts: [this.columnAttempt(slot)] };
      this.details.set(slot, detail);
      columns.flags.set(slot, HAS_DETAIL);
    }
    for (const attempt of record.attempts) detail.attempts.push(this.locateAttempt(attempt, source));
    if (this.lean) return;
    if (this.lineOf(slot, detail) === undefined) this.setLine(slot, detail, record.line);
    if (record.properties) detail.properties = { ...detail.properties, ...record.properties };
    for (const field of record.truncated ?? []) (detail.truncated ??= new Set()).add(field);
    if (record.marker) detail.marker = record.marker;
  }

  /** retain: 'metrics': keeps the name of a single-attempt test while it may be among the slowest. */
  private considerSlow(slot: number, group: Group, name: string, durationMs: number): void {
    const keep = this.slowestCandidates;
    if (keep === 0 || durationMs < this.slowThreshold) {
      this.noteDropped(durationMs, group.prefix, name);
      return;
    }
    this.slowNames.set(slot, { group, name });
    if (this.slowNames.size < 2 * keep + 64) return;
    const candidates = [...this.slowNames].map(([candidate, test]) => ({
      slot: candidate,
      test,
      durationMs: this.columns.duration.get(candidate),
      id: test.group.prefix + test.name,
    }));
    candidates.sort((a, b) => slownessOrder(a.durationMs, a.id, b.durationMs, b.id));
    const firstDropped = candidates[keep]!;
    this.noteDropped(firstDropped.durationMs, '', firstDropped.id);
    this.slowNames.clear();
    for (const candidate of candidates.slice(0, keep)) this.slowNames.set(candidate.slot, candidate.test);
    this.slowThreshold = candidates[keep - 1]!.durationMs;
  }

  /**
   * retain: 'metrics': keeps the name of a failing single-attempt test while its id may be among
   * the first of its category; a test not kept there is offered to the slowest candidates.
   */
  private considerCategory(slot: number, flag: number, group: Group, name: string, durationMs: number): void {
    const code = ((flag >> CATEGORY_SHIFT) & CATEGORY_MASK) - 1;
    const keep = this.categoryCandidates;
    const threshold = this.categoryThreshold[code];
    if (keep === 0 || (threshold !== undefined && group.prefix + name > threshold)) {
      this.noteCategoryDropped(code, group.prefix + name);
      this.considerSlow(slot, group, name, durationMs);
      return;
    }
    const names = this.categoryNames[code]!;
    names.set(slot, { group, name });
    if (names.size < 2 * keep + 64) return;
    const candidates = [...names].map(([candidate, test]) => ({
      slot: candidate,
      test,
      id: test.group.prefix + test.name,
    }));
    candidates.sort((a, b) => byCodeUnits(a.id, b.id));
    names.clear();
    for (let i = 0; i < keep; i++) names.set(candidates[i]!.slot, candidates[i]!.test);
    this.categoryThreshold[code] = candidates[keep - 1]!.id;
    this.noteCategoryDropped(code, candidates[keep]!.id);
    for (let i = keep; i < candidates.length; i++) {
      const { slot: dropped, test } = candidates[i]!;
      this.considerSlow(dropped, test.group, test.name, this.columns.duration.get(dropped));
    }
  }

  private noteCategoryDropped(code: number, id: string): void {
    const dropped = this.categoryDropped[code];
    if (dropped === undefined || id < dropped) this.categoryDropped[code] = id;
  }

  private noteDropped(durationMs: number, prefix: string, name: string): void {
    const dropped = this.slowestDropped;
    if (dropped !== undefined && durationMs < dropped.durationMs) return;
    const id = prefix + name;
    if (dropped === undefined || slownessOrder(durationMs, id, dropped.durationMs, dropped.id) < 0) {
      this.slowestDropped = { durationMs, id };
    }
  }

  private setLine(slot: number, detail: Detail, line: number | undefined): void {
    if (line !== undefined && Number.isInteger(line) && line >= 0 && line <= 0x7fffffff) {
      this.columns.line.set(slot, line);
    } else if (line !== undefined) {
      detail.line = line;
    }
  }

  private lineOf(slot: number, detail: Detail | undefined): number | undefined {
    if (detail?.line !== undefined) return detail.line;
    const line = this.columns.line.get(slot);
    return line === NO_LINE ? undefined : line;
  }

  /** The one attempt a column-held test had, as the object 'run' mode would have kept. */
  private columnAttempt(slot: number): TestAttempt {
    const flag = this.columns.flags.get(slot);
    const status = STATUSES[flag & STATUS_MASK]!;
    const origin = this.origins[this.columns.origin.get(slot)]!;
    const attempt: LeanAttempt = { status, durationMs: this.columns.duration.get(slot), source: origin.source };
    if (origin.shard !== undefined) attempt.shard = origin.shard;
    const category = (flag >> CATEGORY_SHIFT) & CATEGORY_MASK;
    // Only 'metrics' mode holds failing attempts with a failure in columns; keep its category.
    if (this.lean && category) attempt.category = CATEGORY_CODES[category - 1];
    if (this.lean) {
      const started = this.columns.started.get(slot);
      // Date.parse gives whole milliseconds, which toISOString writes back exactly.
      if (!Number.isNaN(started)) attempt.startedAt = new Date(started).toISOString();
    }
    return attempt;
  }

  private locateAttempt(attempt: TestAttempt, source: RecordSource): TestAttempt {
    const origin = this.origins[this.originOf(attempt, source)]!;
    if (this.lean) {
      const lean: LeanAttempt = { status: attempt.status, durationMs: attempt.durationMs, source: origin.source };
      if (origin.shard !== undefined) lean.shard = origin.shard;
      if (attempt.startedAt !== undefined) lean.startedAt = attempt.startedAt;
      if (isFailing(attempt.status)) lean.category = classifyFailure(attempt.failure);
      return lean;
    }
    const located: TestAttempt = { ...attempt, source: origin.source };
    if (origin.shard !== undefined) located.shard = origin.shard;
    return located;
  }

  private resultOf(
    slot: number,
    id: string,
    name: string,
    detail: Detail | undefined,
    attempts: TestAttempt[],
  ): TestResult {
    const meta = this.metas[this.columns.meta.get(slot)]!;
    const status = finalStatus(attempts);
    const result: TestResult = {
      id,
      suite: meta.suite,
      name,
      attempts,
      status,
      flaky: status === 'flaky',
      durationMs: decisiveAttempt(attempts)?.durationMs ?? 0,
    };
    if (meta.classname !== undefined) result.classname = meta.classname;
    if (meta.file !== undefined) result.file = meta.file;
    const line = this.lineOf(slot, detail);
    if (line !== undefined) result.line = line;
    if (detail?.properties) result.properties = detail.properties;
    if (detail?.truncated) result.truncated = [...detail.truncated].sort();
    if (detail?.marker) result.marker = detail.marker;
    const category = categoryOf(attempts);
    if (category) result.category = category;
    return result;
  }
}

/** TestView over one held test at a time, for metrics(). */
class SlotView implements TestView {
  group: Group | undefined;
  name: string | undefined;
  hasName = true;
  meta = 0;
  status: TestStatus = 'passed';
  durationMs = 0;
  category: FailureCategory | undefined;
  attemptCount = 0;
  failedAttempts = 0;

  constructor(private readonly metas: readonly Meta[]) {}

  id(): string {
    if (this.group === undefined || this.name === undefined) throw new Error('RunBuilder: a listed test has no name');
    return this.group.prefix + this.name;
  }

  summary(): TestSummary {
    const meta = this.metas[this.meta]!;
    const summary: TestSummary = {
      id: this.id(),
      name: this.name!,
      suite: meta.suite,
      status: this.status,
      durationMs: this.durationMs,
    };
    if (meta.file !== undefined) summary.file = meta.file;
    return summary;
  }
}
