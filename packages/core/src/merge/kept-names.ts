import { slownessOrder } from '../metrics/accumulator.js';
import type { Metrics } from '../metrics/metrics.js';
import { FAILURE_CATEGORIES, isFailing, type TestCaseRecord } from '../model.js';
import { compareIds } from './test-identity.js';
import { categoryCodeIn, hasDetail, type Group, type TestStore } from './test-store.js';

/**
 * retain: 'metrics': metrics() cannot list the slowest tests or a category's ids exactly, because
 * the names it would need were not kept. ingestReportMetrics() then reads the reports again in full.
 */
export class InexactListError extends Error {
  override readonly name = 'InexactListError';
}

/** The name of a test that metrics() may list, with its group (for the id). */
export interface NamedTest {
  group: Group;
  name: string;
}

/**
 * retain: 'metrics': the names kept of tests that metrics() may list (tests are found by hash key,
 * see TestKeys, and most hold no name): those with several attempts (flaky, duplicates), failing
 * single-attempt ones among the `categoryCandidates` smallest ids per category, and single-attempt
 * ones among the `slowestCandidates` slowest. checkSlowest() and checkCategories() tell whether
 * metrics() could list exactly from them.
 */
export class KeptNames {
  /** Names of the tests with several attempts (or none). */
  private readonly named = new Map<number, NamedTest>();
  /**
   * Names of the single-attempt, not failing, not skipped tests that may be among the slowest: all
   * whose duration reaches `slowThreshold`. Pruned (as MetricsAccumulator prunes its candidates) to
   * the `slowestCandidates` slowest once twice that many are held.
   */
  private readonly slowNames = new Map<number, NamedTest>();
  private slowThreshold = -Infinity;
  /** The slowest (in the list's order) of the tests whose name was not kept: what metrics() checks against. */
  private slowestDropped: { durationMs: number; id: string } | undefined;
  /**
   * Per category code - 1, names of failing single-attempt tests that may be listed under their
   * category: those with the smallest ids, pruned to `categoryCandidates` once twice that many are
   * held (a pruned one is then offered to the slowest candidates).
   */
  private readonly categoryNames: Array<Map<number, NamedTest>> = FAILURE_CATEGORIES.map(() => new Map());
  /** Per category: ids above this are not kept (undefined = no limit yet). */
  private readonly categoryThreshold: Array<string | undefined> = FAILURE_CATEGORIES.map(() => undefined);
  /** Per category: the smallest id of a test whose name was not kept there. */
  private readonly categoryDropped: Array<string | undefined> = FAILURE_CATEGORIES.map(() => undefined);

  constructor(
    private readonly store: TestStore,
    private readonly slowestCandidates: number,
    private readonly categoryCandidates: number,
  ) {}

  /** A test that `record` just added to the store at `slot`. */
  addNew(slot: number, group: Group, record: TestCaseRecord): void {
    const flags = this.store.flagsOf(slot);
    if (hasDetail(flags)) {
      this.named.set(slot, { group, name: record.name });
      return;
    }
    const first = record.attempts[0]!;
    // Failing tests may be listed per category (or among the slowest); others only if among the slowest.
    if (isFailing(first.status))
      this.considerCategory(slot, categoryCodeIn(flags), group, record.name, first.durationMs);
    else if (first.status !== 'skipped') this.considerSlow(slot, group, record.name, first.durationMs);
  }

  /** A test that got more attempts: it may be flaky or have duplicates (listed by id); its duration may change. */
  addAgain(slot: number, group: Group, name: string): void {
    if (this.named.has(slot)) return;
    this.named.set(slot, { group, name });
    this.slowNames.delete(slot);
    const category = categoryCodeIn(this.store.flagsOf(slot));
    if (category) this.categoryNames[category - 1]!.delete(slot);
  }

  /** The test's name if kept. */
  nameOf(slot: number): NamedTest | undefined {
    const named = this.named.get(slot) ?? this.slowNames.get(slot);
    if (named !== undefined) return named;
    const category = categoryCodeIn(this.store.flagsOf(slot));
    return category ? this.categoryNames[category - 1]!.get(slot) : undefined;
  }

  /**
   * Each category's list was made from the tests whose names were kept; it is exact when every
   * failing test whose name was dropped there comes after its last entry.
   */
  checkCategories(metrics: Metrics, limit: number): void {
    const wanted = limit > 0 ? Math.ceil(limit) : 0;
    if (wanted === 0) return;
    FAILURE_CATEGORIES.forEach((category, code) => {
      const dropped = this.categoryDropped[code];
      if (dropped === undefined) return;
      const last = metrics.categories[category].tests[wanted - 1];
      if (last !== undefined && last < dropped) return;
      throw new InexactListError(
        `RunBuilder (retain: 'metrics'): cannot list the first ${wanted} ${category} tests exactly: only the ` +
          `categoryCandidates (now ${this.categoryCandidates}) smallest ids of failing single-attempt tests per ` +
          `category keep their names. Raise categoryCandidates or use retain: 'run'.`,
      );
    });
  }

  /**
   * The slowest list was made from the tests whose names were kept; it is exact when every test
   * whose name was dropped comes after its last entry.
   */
  checkSlowest(metrics: Metrics, wanted: number): void {
    const dropped = this.slowestDropped;
    if (wanted === 0 || dropped === undefined) return;
    const last = metrics.slowest[wanted - 1];
    if (last && slownessOrder(last.durationMs, last.id, dropped.durationMs, dropped.id) < 0) return;
    throw new InexactListError(
      `RunBuilder (retain: 'metrics'): cannot list the ${wanted} slowest tests exactly: only the ` +
        `slowestCandidates (now ${this.slowestCandidates}) slowest single-attempt tests keep their names, ` +
        `and fewer than ${wanted} named tests are slower than every other test (more wanted than kept, or ` +
        `retries made kept ones faster). Raise slowestCandidates or use retain: 'run'.`,
    );
  }

  /** Keeps the name of a single-attempt test while it may be among the slowest. */
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
      durationMs: this.store.durationOf(candidate),
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
   * Keeps the name of a failing single-attempt test while its id may be among the first of its
   * category; a test not kept there is offered to the slowest candidates.
   */
  private considerCategory(slot: number, categoryCode: number, group: Group, name: string, durationMs: number): void {
    const code = categoryCode - 1;
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
    candidates.sort((a, b) => compareIds(a.id, b.id));
    names.clear();
    for (let i = 0; i < keep; i++) names.set(candidates[i]!.slot, candidates[i]!.test);
    this.categoryThreshold[code] = candidates[keep - 1]!.id;
    this.noteCategoryDropped(code, candidates[keep]!.id);
    for (let i = keep; i < candidates.length; i++) {
      const { slot: dropped, test } = candidates[i]!;
      this.considerSlow(dropped, test.group, test.name, this.store.durationOf(dropped));
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
}
