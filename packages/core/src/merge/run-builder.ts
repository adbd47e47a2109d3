import { classifyFailure } from '../categories/classify.js';
import { MetricsAccumulator, type TestView } from '../metrics/accumulator.js';
import type { ExactSum } from '../metrics/exact-sum.js';
import type { Metrics, MetricsOptions, TestSummary } from '../metrics/metrics.js';
import {
  isFailing,
  type FailureCategory,
  type IngestError,
  type SourceFile,
  type TestAttempt,
  type TestCaseRecord,
  type TestResult,
  type TestRun,
  type TestStatus,
} from '../model.js';
import { orderAttempts } from './attempt-order.js';
import { findDuplicateRuns } from './duplicates.js';
import { decisiveAttempt, finalStatus } from './final-status.js';
import { KeptNames } from './kept-names.js';
import { RepeatedNames } from './repeated-names.js';
import { compareIds, normaliseTestFile } from './test-identity.js';
import { TestKeys } from './test-keys.js';
import {
  TestStore,
  categoryIn,
  hasDetail,
  statusIn,
  type Detail,
  type Group,
  type LeanAttempt,
  type Meta,
  type RecordSource,
} from './test-store.js';

export type { RecordSource } from './test-store.js';

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

/** The category of a test's last failing attempt. */
function categoryOf(attempts: readonly TestAttempt[]): FailureCategory | undefined {
  const lastFailing = attempts.findLast((attempt) => isFailing(attempt.status));
  if (!lastFailing) return undefined;
  return (lastFailing as LeanAttempt).category ?? classifyFailure(lastFailing.failure);
}

/**
 * Merges test records from many files, shards and retries into one run, one test per id: a record
 * whose (file or suite, classname, name) was seen before adds its attempts to that test. Records
 * can be added as they are parsed; only the merged tests are held, compactly (see TestStore).
 * TestResult objects are made by build(); metrics() computes Metrics from the held tests without
 * making them.
 */
export class RunBuilder {
  private readonly files: SourceFile[] = [];
  private readonly lean: boolean;
  private readonly store: TestStore;
  /** Groups by id prefix: two (scope, classname) pairs with the same prefix share a group, as their ids do. */
  private readonly groups = new Map<string, Group>();
  /** The group of the last record: records mostly arrive group by group, so most skip the lookup. */
  private lastScope?: string;
  private lastClassname?: string;
  private lastGroup?: Group;
  /** The last file normalised and its result: records arrive file by file, so most skip the work. */
  private lastRawFile: string | undefined;
  private lastNormalisedFile = '';
  /** retain: 'metrics': tests by hash key (see TestKeys). */
  private readonly keys: TestKeys | undefined;
  /** retain: 'metrics': the names of the tests metrics() may list. */
  private readonly kept: KeptNames | undefined;
  private readonly repeats = new RepeatedNames();
  /** The file whose same-named siblings `nextInstance` numbers, by id. */
  private instancesPath: string | undefined;
  private readonly nextInstance = new Map<string, number>();
  /** Slot of each `name #n` test → the name its instances share. */
  private readonly instanceOf = new Map<number, string>();

  constructor(options: RunBuilderOptions = {}) {
    this.lean = options.retain === 'metrics';
    this.store = new TestStore(this.lean);
    const candidates = options.slowestCandidates ?? DEFAULT_SLOWEST_CANDIDATES;
    if (!Number.isInteger(candidates) || candidates < 0) {
      throw new Error(`RunBuilder: slowestCandidates must be a whole number >= 0, got ${candidates}`);
    }
    const perCategory = options.categoryCandidates ?? DEFAULT_CATEGORY_CANDIDATES;
    if (!Number.isInteger(perCategory) || perCategory < 0) {
      throw new Error(`RunBuilder: categoryCandidates must be a whole number >= 0, got ${perCategory}`);
    }
    if (this.lean) {
      this.keys = new TestKeys();
      this.kept = new KeptNames(this.store, candidates, perCategory);
    }
  }

  /** Number of distinct tests so far. */
  get testCount(): number {
    return this.store.size;
  }

  /**
   * A record whose id is known adds its attempts to that test when it comes from another file (a
   * retry, another shard) or its reader recognised reruns; a same-id record from the same file is
   * another test (`name #2`, …), so that parametrized tests sharing a name are each counted.
   */
  add(record: TestCaseRecord, source: RecordSource): void {
    const file = record.file ? this.normalisedFile(record.file) : undefined;
    const group = this.groupOf(file ?? record.suite, record.classname ?? '');
    const known = this.find(group, record.name);
    if (known < 0) this.addNew(group, file, record, source);
    else if (record.repeatsAreAttempts || !this.store.heldFrom(known, originPath(record, source))) {
      this.addAgain(known, group, record, source);
    } else this.addInstance(group, file, record, source);
  }

  addFile(file: SourceFile): void {
    this.files.push(file);
  }

  /** The slot of (group, name), or -1; in retain: 'metrics' the key is remembered for addNew(). */
  private find(group: Group, name: string): number {
    return this.keys ? this.keys.find(group.index, name) : (group.names!.get(name) ?? -1);
  }

  /** Holds a test not seen before, returning its slot; the last find() must have been for its name. */
  private addNew(group: Group, file: string | undefined, record: TestCaseRecord, source: RecordSource): number {
    const slot = this.store.add(group, file, record, source);
    if (this.keys) this.keys.insert(slot);
    else group.names!.set(record.name, slot);
    this.kept?.addNew(slot, group, record);
    return slot;
  }

  /** A same-named sibling in one file: the next instance name this file has not used yet. */
  private addInstance(group: Group, file: string | undefined, record: TestCaseRecord, source: RecordSource): void {
    const path = originPath(record, source);
    if (path !== this.instancesPath) {
      this.instancesPath = path;
      this.nextInstance.clear();
    }
    const id = group.prefix + record.name;
    for (let instance = this.nextInstance.get(id) ?? 2; ; instance++) {
      const instanceRecord = { ...record, name: `${record.name} #${instance}` };
      const slot = this.find(group, instanceRecord.name);
      if (slot >= 0 && this.store.heldFrom(slot, path)) continue;
      this.nextInstance.set(id, instance + 1);
      this.repeats.note(source.path, id, instance);
      if (slot < 0) this.instanceOf.set(this.addNew(group, file, instanceRecord, source), record.name);
      // The same instance in an earlier file (a retry that ran the same parametrized cases): an attempt.
      else this.addAgain(slot, group, instanceRecord, source);
      return;
    }
  }

  build(): TestRun {
    if (this.lean) {
      throw new Error("RunBuilder: build() needs the full records; this builder was made with retain: 'metrics'.");
    }
    const count = this.store.size;
    const ids = new Array<string>(count);
    const names = new Array<string>(count);
    for (const group of this.groups.values()) {
      for (const [name, slot] of group.names!) {
        ids[slot] = group.prefix + name;
        names[slot] = name;
      }
    }
    const order = new Uint32Array(count);
    for (let slot = 0; slot < order.length; slot++) order[slot] = slot;
    order.sort((a, b) => compareIds(ids[a]!, ids[b]!));
    const tests: TestResult[] = [];
    const duplicates: IngestError[] = [];
    for (const slot of order) {
      const id = ids[slot]!;
      const detail = this.store.detailOf(slot);
      const attempts = detail ? orderAttempts(detail.attempts) : [this.store.columnAttempt(slot)];
      if (attempts.length > 1) duplicates.push(...findDuplicateRuns(id, attempts));
      tests.push(this.resultOf(slot, id, names[slot]!, detail, attempts));
    }
    const { files, unclaimed } = this.repeats.attach(this.files);
    return { tests, files, duplicates: [...unclaimed, ...duplicates] };
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
    const store = this.store;
    const metas = store.metas;
    const accumulator = new MetricsAccumulator(options, 'id');
    /** Per meta: its suite's and file's tally indexes (-1 = no file), -2 = not looked up yet. */
    const suiteTallies = new Int32Array(metas.length).fill(-2);
    const fileTallies = new Int32Array(metas.length);
    const originSums: ExactSum[] = store.origins.map((origin) => accumulator.shard(origin.shard));
    const view = new SlotView(metas);
    const duplicates: Array<{ id: string; errors: IngestError[] }> = [];
    /** Feeds one held test; group and name are undefined for a test whose name retain: 'metrics' did not keep. */
    const feed = (slot: number, group: Group | undefined, name: string | undefined): void => {
      const metaId = store.metaIdOf(slot);
      let suiteTally = suiteTallies[metaId]!;
      if (suiteTally === -2) {
        const { suite, file } = metas[metaId]!;
        suiteTally = suiteTallies[metaId] = accumulator.suite(suite);
        fileTallies[metaId] = file === undefined ? -1 : accumulator.file(file);
      }
      view.group = group;
      view.name = name;
      view.hasName = name !== undefined;
      view.meta = metaId;
      const flags = store.flagsOf(slot);
      if (hasDetail(flags)) {
        // Tests with a detail always have a name (in retain: 'metrics', KeptNames keeps theirs).
        const id = group!.prefix + name!;
        const attempts = orderAttempts(store.detailOf(slot)!.attempts);
        for (const attempt of attempts) {
          accumulator.shard(attempt.shard).add(attempt.durationMs);
          accumulator.attemptTime(attempt.startedAt, attempt.durationMs);
        }
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
        const durationMs = store.durationOf(slot);
        originSums[store.originIdOf(slot)]!.add(durationMs);
        accumulator.attemptTimeMs(store.startedOf(slot), durationMs);
        const status = statusIn(flags);
        view.status = status;
        view.durationMs = durationMs;
        view.category = categoryIn(flags);
        view.attemptCount = 1;
        view.failedAttempts = isFailing(status) ? 1 : 0;
      }
      accumulator.addTest(view, suiteTally, fileTallies[metaId]!);
    };
    const kept = this.kept;
    if (kept) {
      for (let slot = 0; slot < store.size; slot++) {
        const named = kept.nameOf(slot);
        feed(slot, named?.group, named?.name);
      }
    } else {
      for (const group of this.groups.values()) for (const [name, slot] of group.names!) feed(slot, group, name);
    }
    duplicates.sort((a, b) => compareIds(a.id, b.id));
    const { files, unclaimed } = this.repeats.attach(this.files);
    const metrics = accumulator.finish(files, [...unclaimed, ...duplicates.flatMap((entry) => entry.errors)]);
    if (kept) {
      kept.checkSlowest(metrics, Math.floor(slowest));
      kept.checkCategories(metrics, options.maxTestsPerCategory ?? 50);
    }
    return metrics;
  }

  /** A later record of a known test: its attempts are added and its extras merged. */
  private addAgain(slot: number, group: Group, record: TestCaseRecord, source: RecordSource): void {
    this.kept?.addAgain(slot, group, record.name);
    const meta = this.store.metaOf(slot);
    if (meta.file === undefined && record.file !== undefined) {
      // As `known.file ??= record.file && normaliseTestFile(record.file)` would.
      const file = record.file ? this.normalisedFile(record.file) : record.file;
      this.store.setMeta(slot, group, meta.suite, meta.classname, file);
    }
    const detail = this.store.addAttempts(slot, record.attempts, source);
    if (this.lean) return;
    if (this.store.lineOf(slot, detail) === undefined) this.store.setLine(slot, detail, record.line);
    if (record.properties) detail.properties = { ...detail.properties, ...record.properties };
    for (const field of record.truncated ?? []) (detail.truncated ??= new Set()).add(field);
    if (record.marker) detail.marker = record.marker;
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

  private resultOf(
    slot: number,
    id: string,
    name: string,
    detail: Detail | undefined,
    attempts: TestAttempt[],
  ): TestResult {
    const meta = this.store.metaOf(slot);
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
    const line = this.store.lineOf(slot, detail);
    if (line !== undefined) result.line = line;
    if (detail?.properties) result.properties = detail.properties;
    if (detail?.truncated) result.truncated = [...detail.truncated].sort();
    if (detail?.marker) result.marker = detail.marker;
    const instanceOf = this.instanceOf.get(slot);
    if (instanceOf !== undefined) result.instanceOf = instanceOf;
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

/** The report file a record's attempt was read from, as the store holds its origin. */
function originPath(record: TestCaseRecord, source: RecordSource): string {
  return record.attempts[0]?.source ?? source.path;
}
