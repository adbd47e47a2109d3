import { classifyFailure } from '../categories/classify.js';
import { GroupTally, MetricsAccumulator, type TestView } from '../metrics/accumulator.js';
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
   * - `'metrics'`: only what `metrics()` needs. A test with one attempt keeps its name and ~20
   *   bytes of columns; a test with several keeps a small record per attempt (status, duration,
   *   source, shard, start time, failure category), never output or failure text.
   *   `build()` throws. For very large runs (millions of tests).
   */
  retain?: 'run' | 'metrics';
}

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
  names: Map<string, number>;
  /** The meta of the last record added to the group, to skip the meta lookup. */
  lastSuite?: string;
  lastClassname?: string;
  lastFile?: string;
  lastMeta: number;
}

/** Suite, classname and file of a test (first record's, file filled in later if absent). */
interface Meta {
  suite: string;
  classname?: string;
  file?: string;
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
  private readonly pages: Array<Uint8Array | Int32Array | Float64Array> = [];

  constructor(
    private readonly Page: typeof Uint8Array | typeof Int32Array | typeof Float64Array,
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

class Columns {
  readonly flags = new Column(Uint8Array);
  readonly duration = new Column(Float64Array);
  readonly meta = new Column(Int32Array);
  readonly origin = new Column(Int32Array);
  /** 'run' mode: the record's line. */
  readonly line = new Column(Int32Array, NO_LINE);
  /** 'metrics' mode: Date.parse(startedAt), NaN = none (all that attempt ordering needs). */
  readonly started = new Column(Float64Array, NaN);
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
  /** scope (normalised file or suite) → classname → group. */
  private readonly scopes = new Map<string, Map<string, Group>>();
  /** Groups by id prefix: two (scope, classname) pairs with the same prefix share a group, as their ids do. */
  private readonly groups = new Map<string, Group>();
  private readonly normalisedFiles = new Map<string, string>();
  private readonly metas: Meta[] = [];
  private readonly metaIds = new Map<string, number>();
  private readonly origins: Origin[] = [];
  private readonly originIds = new Map<string, Map<string | undefined, number>>();
  private lastOriginSource?: string;
  private lastOriginShard?: string;
  private lastOrigin = -1;
  private readonly details = new Map<number, Detail>();

  constructor(options: RunBuilderOptions = {}) {
    this.lean = options.retain === 'metrics';
    this.columns = new Columns();
  }

  /** Number of distinct tests so far. */
  get testCount(): number {
    return this.count;
  }

  add(record: TestCaseRecord, source: RecordSource): void {
    const file = record.file ? this.normalisedFile(record.file) : undefined;
    const group = this.groupOf(file ?? record.suite, record.classname ?? '');
    const known = group.names.get(record.name);
    if (known === undefined) this.addNew(group, file, record, source);
    else this.addAgain(known, record, source);
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
      for (const [name, slot] of group.names) {
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
    const accumulator = new MetricsAccumulator(options, 'id');
    const suiteTallies: GroupTally[] = [];
    const fileTallies: (GroupTally | null)[] = [];
    const originSums: ExactSum[] = this.origins.map((origin) => accumulator.shard(origin.shard));
    const view = new SlotView(this.metas);
    const duplicates: Array<{ id: string; errors: IngestError[] }> = [];
    const { flags, duration, meta } = this.columns;
    for (const group of this.groups.values()) {
      for (const [name, slot] of group.names) {
        const metaId = meta.get(slot);
        let suiteTally = suiteTallies[metaId];
        if (!suiteTally) {
          const { suite, file } = this.metas[metaId]!;
          suiteTally = suiteTallies[metaId] = accumulator.suite(suite);
          fileTallies[metaId] = file === undefined ? null : accumulator.file(file);
        }
        view.group = group;
        view.name = name;
        view.meta = metaId;
        const flag = flags.get(slot);
        if (flag & HAS_DETAIL) {
          const attempts = orderAttempts(this.details.get(slot)!.attempts);
          for (const attempt of attempts) accumulator.shard(attempt.shard).add(attempt.durationMs);
          if (attempts.length > 1) {
            const errors = findDuplicateRuns(group.prefix + name, attempts);
            if (errors.length) duplicates.push({ id: group.prefix + name, errors });
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
        accumulator.addTest(view, suiteTally, fileTallies[metaId] ?? undefined);
      }
    }
    duplicates.sort((a, b) => byCodeUnits(a.id, b.id));
    return accumulator.finish(
      [...this.files],
      duplicates.flatMap((entry) => entry.errors),
    );
  }

  private normalisedFile(file: string): string {
    let normalised = this.normalisedFiles.get(file);
    if (normalised === undefined) {
      normalised = this.pool.intern(normaliseTestFile(file));
      this.normalisedFiles.set(file, normalised);
    }
    return normalised;
  }

  private groupOf(scope: string, classname: string): Group {
    let byClassname = this.scopes.get(scope);
    if (!byClassname) this.scopes.set(scope, (byClassname = new Map()));
    let group = byClassname.get(classname);
    if (!group) {
      const prefix = `${scope}::${classname}::`;
      group = this.groups.get(prefix);
      if (!group) this.groups.set(prefix, (group = { prefix, names: new Map(), lastMeta: -1 }));
      byClassname.set(classname, group);
    }
    return group;
  }

  private metaOf(group: Group, record: TestCaseRecord, file: string | undefined): number {
    if (
      group.lastMeta >= 0 &&
      group.lastSuite === record.suite &&
      group.lastClassname === record.classname &&
      group.lastFile === file
    ) {
      return group.lastMeta;
    }
    const id = this.metaId(record.suite, record.classname, file);
    group.lastSuite = record.suite;
    group.lastClassname = record.classname;
    group.lastFile = file;
    group.lastMeta = id;
    return id;
  }

  private metaId(suite: string, classname: string | undefined, file: string | undefined): number {
    // \u0000 separates, \u0001 marks "absent" (distinct from an empty string).
    const key = `${suite}\u0000${classname ?? '\u0001'}\u0000${file ?? '\u0001'}`;
    let id = this.metaIds.get(key);
    if (id === undefined) {
      id = this.metas.length;
      const meta: Meta = { suite: this.pool.intern(suite) };
      if (classname !== undefined) meta.classname = this.pool.intern(classname);
      if (file !== undefined) meta.file = this.pool.intern(file);
      this.metas.push(meta);
      this.metaIds.set(key, id);
    }
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
    group.names.set(record.name, slot);
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
      } else if (record.line !== undefined) columns.line.set(slot, record.line);
      return;
    }
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

  private addAgain(slot: number, record: TestCaseRecord, source: RecordSource): void {
    const columns = this.columns;
    const meta = this.metas[columns.meta.get(slot)]!;
    if (meta.file === undefined && record.file !== undefined) {
      // As `known.file ??= record.file && normaliseTestFile(record.file)` would.
      const file = record.file ? this.normalisedFile(record.file) : record.file;
      columns.meta.set(slot, this.metaId(meta.suite, meta.classname, file));
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
  group!: Group;
  name = '';
  meta = 0;
  status: TestStatus = 'passed';
  durationMs = 0;
  category: FailureCategory | undefined;
  attemptCount = 0;
  failedAttempts = 0;

  constructor(private readonly metas: readonly Meta[]) {}

  id(): string {
    return this.group.prefix + this.name;
  }

  summary(): TestSummary {
    const meta = this.metas[this.meta]!;
    const summary: TestSummary = {
      id: this.id(),
      name: this.name,
      suite: meta.suite,
      status: this.status,
      durationMs: this.durationMs,
    };
    if (meta.file !== undefined) summary.file = meta.file;
    return summary;
  }
}
