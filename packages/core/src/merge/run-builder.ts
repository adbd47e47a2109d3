import { classifyFailure } from '../categories/classify.js';
import type {
  FailureCategory,
  IngestError,
  SourceFile,
  TestAttempt,
  TestCaseRecord,
  TestResult,
  TestRun,
} from '../model.js';
import { orderAttempts } from './attempt-order.js';
import { findDuplicateRuns } from './duplicates.js';
import { decisiveAttempt, finalStatus, isFailing } from './final-status.js';
import { StringPool } from './string-pool.js';
import { normaliseTestFile, testId } from './test-identity.js';

export interface RecordSource {
  path: string;
  shard?: string;
}

/** What is kept per test while records stream in: the record's fields once, attempts appended. */
interface PendingTest {
  suite: string;
  classname?: string;
  name: string;
  file?: string;
  line?: number;
  properties?: Record<string, string>;
  truncated?: Set<string>;
  marker?: 'xfail' | 'xpass';
  attempts: TestAttempt[];
}

function categoryOf(attempts: readonly TestAttempt[]): FailureCategory | undefined {
  const lastFailing = attempts.findLast((attempt) => isFailing(attempt.status));
  return lastFailing && classifyFailure(lastFailing.failure);
}

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Merges test records from many files, shards and retries into one run, one test per id.
 * Records can be added as they are parsed; only the merged tests are held.
 */
export class RunBuilder {
  private readonly pool = new StringPool();
  private readonly tests = new Map<string, PendingTest>();
  private readonly files: SourceFile[] = [];

  add(record: TestCaseRecord, source: RecordSource): void {
    const id = testId(record);
    const attempts = record.attempts.map((attempt) => this.locateAttempt(attempt, source));
    const known = this.tests.get(id);
    if (!known) {
      this.tests.set(id, this.pendingFrom(record, attempts));
      return;
    }
    known.attempts.push(...attempts);
    known.file ??= this.pool.intern(record.file && normaliseTestFile(record.file));
    known.line ??= record.line;
    if (record.properties) known.properties = { ...known.properties, ...record.properties };
    for (const field of record.truncated ?? []) (known.truncated ??= new Set()).add(field);
    if (record.marker) known.marker = record.marker;
  }

  addFile(file: SourceFile): void {
    this.files.push(file);
  }

  build(): TestRun {
    const ids = [...this.tests.keys()].sort(byCodeUnits);
    const tests: TestResult[] = [];
    const duplicates: IngestError[] = [];
    for (const id of ids) {
      const pending = this.tests.get(id)!;
      const attempts = orderAttempts(pending.attempts);
      duplicates.push(...findDuplicateRuns(id, attempts));
      tests.push(this.resultOf(id, pending, attempts));
    }
    return { tests, files: [...this.files], duplicates };
  }

  private locateAttempt(attempt: TestAttempt, source: RecordSource): TestAttempt {
    const located: TestAttempt = { ...attempt, source: this.pool.intern(attempt.source ?? source.path) };
    const shard = this.pool.intern(attempt.shard ?? source.shard);
    if (shard !== undefined) located.shard = shard;
    return located;
  }

  private pendingFrom(record: TestCaseRecord, attempts: TestAttempt[]): PendingTest {
    const pending: PendingTest = { suite: this.pool.intern(record.suite), name: record.name, attempts };
    if (record.classname !== undefined) pending.classname = this.pool.intern(record.classname);
    if (record.file) pending.file = this.pool.intern(normaliseTestFile(record.file));
    if (record.line !== undefined) pending.line = record.line;
    if (record.properties) pending.properties = record.properties;
    if (record.truncated?.length) pending.truncated = new Set(record.truncated);
    if (record.marker) pending.marker = record.marker;
    return pending;
  }

  private resultOf(id: string, pending: PendingTest, attempts: TestAttempt[]): TestResult {
    const status = finalStatus(attempts);
    const result: TestResult = {
      id,
      suite: pending.suite,
      name: pending.name,
      attempts,
      status,
      flaky: status === 'flaky',
      durationMs: decisiveAttempt(attempts)?.durationMs ?? 0,
    };
    if (pending.classname !== undefined) result.classname = pending.classname;
    if (pending.file !== undefined) result.file = pending.file;
    if (pending.line !== undefined) result.line = pending.line;
    if (pending.properties) result.properties = pending.properties;
    if (pending.truncated) result.truncated = [...pending.truncated].sort();
    if (pending.marker) result.marker = pending.marker;
    const category = categoryOf(attempts);
    if (category) result.category = category;
    return result;
  }
}
