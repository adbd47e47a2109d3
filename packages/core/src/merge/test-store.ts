import { classifyFailure } from '../categories/classify.js';
import {
  FAILURE_CATEGORIES,
  isFailing,
  type AttemptStatus,
  type FailureCategory,
  type TestAttempt,
  type TestCaseRecord,
} from '../model.js';
import { Column, DurationColumn, OffsetColumn, SmallColumn } from './paged-columns.js';
import { StringPool } from './string-pool.js';

export interface RecordSource {
  path: string;
  shard?: string;
}

/** Tests sharing (file or suite, classname): their id prefix and the names seen, each with its slot. */
export interface Group {
  /** `${scope}::${classname}::`, so a test's id is prefix + name (as testId builds it). */
  prefix: string;
  /** Position in the builder's groups; part of a test's hash key in retain: 'metrics'. */
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
export interface Meta {
  suite: string;
  classname: string | undefined;
  file: string | undefined;
}

/** Where an attempt was read (interned pair). */
export interface Origin {
  source: string;
  shard?: string;
}

/** An attempt kept in 'metrics' mode: no output, the failure reduced to its category. */
export interface LeanAttempt extends TestAttempt {
  category?: FailureCategory;
}

/** Kept only for tests that a column cannot describe: several attempts, or (in 'run' mode) any detail. */
export interface Detail {
  attempts: TestAttempt[];
  properties?: Record<string, string>;
  truncated?: Set<string>;
  marker?: 'xfail' | 'xpass';
  /** A line that the Int32 column cannot hold. */
  line?: number;
}

// A test's flags byte: bits 0-1 the status of its one attempt, bits 2-4 that attempt's failure
// category (0 = none, else index in FAILURE_CATEGORIES + 1), bit 7 = held as a Detail (other bits 0).
const STATUSES: readonly AttemptStatus[] = ['passed', 'failed', 'errored', 'skipped'];
const STATUS_CODE: Readonly<Record<AttemptStatus, number>> = { passed: 0, failed: 1, errored: 2, skipped: 3 };
const STATUS_MASK = 0x03;
const CATEGORY_SHIFT = 2;
const CATEGORY_MASK = 0x07;
const HAS_DETAIL = 0x80;

const NO_LINE = -1;

export function hasDetail(flags: number): boolean {
  return (flags & HAS_DETAIL) !== 0;
}

export function statusIn(flags: number): AttemptStatus {
  return STATUSES[flags & STATUS_MASK]!;
}

/** 0 = none (or a test held as a Detail), else index in FAILURE_CATEGORIES + 1. */
export function categoryCodeIn(flags: number): number {
  return (flags >> CATEGORY_SHIFT) & CATEGORY_MASK;
}

export function categoryIn(flags: number): FailureCategory | undefined {
  const code = categoryCodeIn(flags);
  return code ? FAILURE_CATEGORIES[code - 1] : undefined;
}

function fitsLineColumn(line: number): boolean {
  return Number.isInteger(line) && line >= 0 && line <= 0x7fffffff;
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
    (record.line === undefined || fitsLineColumn(record.line))
  );
}

/** `value`, or the equal string that `meta` already holds. */
function sameString<T extends string | undefined>(value: T, meta: Meta): T {
  if (value === undefined) return value;
  if (value === meta.suite) return meta.suite as T;
  if (value === meta.classname) return meta.classname as T;
  if (value === meta.file) return meta.file as T;
  return value;
}

/**
 * The merged tests, held compactly by slot (0, 1, 2... in order of first record). A test whose
 * single attempt has no failure, output or start time (in retain: 'metrics', any single attempt,
 * reduced to status, category and start time) is held as columns (flags, duration, origin, line or
 * start time), not as objects; any other test as a Detail. Every test refers by id to its meta and
 * each column-held attempt to its origin, each held once.
 */
export class TestStore {
  private readonly pool = new StringPool();
  private count = 0;
  private readonly flags = new Column(Uint8Array);
  private readonly durations = new DurationColumn();
  private readonly metaIds = new OffsetColumn();
  private readonly originIds = new SmallColumn();
  /** 'run' mode: the record's line. */
  private readonly lines = new Column(Int32Array, NO_LINE);
  /** 'metrics' mode: Date.parse(startedAt), NaN = none (all that attempt ordering needs). */
  private readonly started = new Column(Float64Array, NaN);
  private readonly details = new Map<number, Detail>();
  private readonly metaList: Meta[] = [];
  private readonly originList: Origin[] = [];
  private readonly originIndex = new Map<string, Map<string | undefined, number>>();
  private lastOriginSource?: string;
  private lastOriginShard?: string;
  private lastOrigin = -1;

  /** `lean`: retain: 'metrics' (attempts without output or failure text, no line or other record extras). */
  constructor(private readonly lean: boolean) {}

  get size(): number {
    return this.count;
  }

  get metas(): readonly Meta[] {
    return this.metaList;
  }

  get origins(): readonly Origin[] {
    return this.originList;
  }

  /** Holds a new test from its first record; returns its slot. */
  add(group: Group, file: string | undefined, record: TestCaseRecord, source: RecordSource): number {
    const slot = this.count++;
    this.metaIds.set(slot, this.metaId(group, record.suite, record.classname, file));
    const attempts = record.attempts;
    const first = attempts[0];
    if (attempts.length === 1 && first && (this.lean || isPlain(record, first))) {
      let flags = STATUS_CODE[first.status];
      if (isFailing(first.status)) {
        flags |= (FAILURE_CATEGORIES.indexOf(classifyFailure(first.failure)) + 1) << CATEGORY_SHIFT;
      }
      this.flags.set(slot, flags);
      this.durations.set(slot, first.durationMs);
      this.originIds.set(slot, this.originOf(first, source));
      // Unwritten entries read as "none", and a column never written allocates no page.
      if (this.lean) {
        if (first.startedAt) this.started.set(slot, Date.parse(first.startedAt));
      } else if (record.line !== undefined) this.lines.set(slot, record.line);
      return slot;
    }
    this.flags.set(slot, HAS_DETAIL);
    const detail: Detail = { attempts: attempts.map((attempt) => this.locateAttempt(attempt, source)) };
    if (!this.lean) {
      this.setLine(slot, detail, record.line);
      if (record.properties) detail.properties = record.properties;
      if (record.truncated?.length) detail.truncated = new Set(record.truncated);
      if (record.marker) detail.marker = record.marker;
    }
    this.details.set(slot, detail);
    return slot;
  }

  /** Appends the attempts of a later record of the test, moving a column-held test to a Detail; returns it. */
  addAttempts(slot: number, attempts: readonly TestAttempt[], source: RecordSource): Detail {
    let detail = this.details.get(slot);
    if (!detail) {
      detail = { attempts: [this.columnAttempt(slot)] };
      this.details.set(slot, detail);
      this.flags.set(slot, HAS_DETAIL);
    }
    for (const attempt of attempts) detail.attempts.push(this.locateAttempt(attempt, source));
    return detail;
  }

  /** Whether one of the test's attempts was read from `path`. */
  heldFrom(slot: number, path: string): boolean {
    const detail = this.details.get(slot);
    if (detail) return detail.attempts.some((attempt) => attempt.source === path);
    return this.originList[this.originIds.get(slot)]!.source === path;
  }

  flagsOf(slot: number): number {
    return this.flags.get(slot);
  }

  /** A column-held test's duration (a Detail holds its attempts' own). */
  durationOf(slot: number): number {
    return this.durations.get(slot);
  }

  /** A column-held test's start in epoch ms, NaN when unknown ('run' mode holds only tests without one). */
  startedOf(slot: number): number {
    return this.lean ? this.started.get(slot) : NaN;
  }

  /** A column-held test's origin, as an index into `origins`. */
  originIdOf(slot: number): number {
    return this.originIds.get(slot);
  }

  detailOf(slot: number): Detail | undefined {
    return this.details.get(slot);
  }

  /** The test's meta, as an index into `metas`. */
  metaIdOf(slot: number): number {
    return this.metaIds.get(slot);
  }

  metaOf(slot: number): Meta {
    return this.metaList[this.metaIds.get(slot)]!;
  }

  /** Moves the test to the meta (suite, classname, file) among its group's, made if new. */
  setMeta(slot: number, group: Group, suite: string, classname: string | undefined, file: string | undefined): void {
    this.metaIds.set(slot, this.metaId(group, suite, classname, file));
  }

  setLine(slot: number, detail: Detail, line: number | undefined): void {
    if (line !== undefined && fitsLineColumn(line)) {
      this.lines.set(slot, line);
    } else if (line !== undefined) {
      detail.line = line;
    }
  }

  lineOf(slot: number, detail: Detail | undefined): number | undefined {
    if (detail?.line !== undefined) return detail.line;
    const line = this.lines.get(slot);
    return line === NO_LINE ? undefined : line;
  }

  /** The one attempt a column-held test had, as the object 'run' mode would have kept. */
  columnAttempt(slot: number): TestAttempt {
    const flags = this.flags.get(slot);
    const origin = this.originList[this.originIds.get(slot)]!;
    const attempt: LeanAttempt = {
      status: statusIn(flags),
      durationMs: this.durations.get(slot),
      source: origin.source,
    };
    if (origin.shard !== undefined) attempt.shard = origin.shard;
    // Only 'metrics' mode holds failing attempts with a failure in columns; keep its category.
    if (this.lean) {
      const category = categoryIn(flags);
      if (category) attempt.category = category;
      const started = this.started.get(slot);
      // Date.parse gives whole milliseconds, which toISOString writes back exactly.
      if (!Number.isNaN(started)) attempt.startedAt = new Date(started).toISOString();
    }
    return attempt;
  }

  /** The meta (suite, classname, file) among the group's, made if new; absent ≠ empty string. */
  private metaId(group: Group, suite: string, classname: string | undefined, file: string | undefined): number {
    const ids = group.moreMetas;
    if (ids !== undefined) {
      for (let i = ids.length - 1; i >= 0; i--) {
        const meta = this.metaList[ids[i]!]!;
        if (meta.suite === suite && meta.classname === classname && meta.file === file) return ids[i]!;
      }
    }
    if (group.meta >= 0) {
      const meta = this.metaList[group.meta]!;
      if (meta.suite === suite && meta.classname === classname && meta.file === file) return group.meta;
    }
    const id = this.metaList.length;
    // Strings equal to the previous meta's share its instances (records arrive suite by suite and
    // file by file), without a pool entry per distinct string (~120,000 classes, each a suite and a file).
    const last = this.metaList[id - 1];
    const sharedSuite = last === undefined ? suite : sameString(suite, last);
    const meta: Meta = {
      suite: sharedSuite,
      // A classname equal to the suite (usual for class-level suites) shares its string.
      classname: classname === suite ? sharedSuite : last === undefined ? classname : sameString(classname, last),
      file: last === undefined ? file : sameString(file, last),
    };
    this.metaList.push(meta);
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
    let byShard = this.originIndex.get(path);
    if (!byShard) this.originIndex.set(path, (byShard = new Map()));
    let id = byShard.get(shard);
    if (id === undefined) {
      id = this.originList.length;
      const origin: Origin = { source: this.pool.intern(path) };
      if (shard !== undefined) origin.shard = this.pool.intern(shard);
      this.originList.push(origin);
      byShard.set(shard, id);
    }
    this.lastOriginSource = path;
    this.lastOriginShard = shard;
    this.lastOrigin = id;
    return id;
  }

  private locateAttempt(attempt: TestAttempt, source: RecordSource): TestAttempt {
    const origin = this.originList[this.originOf(attempt, source)]!;
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
}
