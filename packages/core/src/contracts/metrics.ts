// metrics.json: written by aggregate-report, read by notify, the gate and history. The gate decides on
// these numbers, so the reader checks the counts against each other, not only their types.
import type { Metrics } from '../metrics/metrics.js';
import { passRate } from '../metrics/pass-rate.js';
import { FAILURE_CATEGORIES, type TestStatus } from '../model.js';
import { fieldPath, FieldReader, type JsonObject } from './fields.js';
import { readJsonContract } from './json-file.js';
import { checkSchemaVersion, CONTRACT_VERSIONS } from './versions.js';

const _metricsVersion: Metrics['schemaVersion'] = CONTRACT_VERSIONS.metrics.current;

const TEST_STATUSES: readonly TestStatus[] = ['passed', 'failed', 'errored', 'skipped', 'flaky'];
const COUNTS = ['total', 'passed', 'failed', 'errored', 'skipped', 'flaky'] as const;

/** Counts and pass rate of the run or of one suite or file, consistent with DESIGN "Counting tests". */
function readCounts(r: FieldReader, group: JsonObject, path: string): void {
  const c = Object.fromEntries(COUNTS.map((key) => [key, r.count(group[key], fieldPath(path, key))])) as Record<
    (typeof COUNTS)[number],
    number
  >;
  const sum = c.passed + c.failed + c.errored + c.skipped + c.flaky;
  if (c.total !== sum) {
    r.fail(fieldPath(path, 'total'), `is ${c.total}, but passed + failed + errored + skipped + flaky = ${sum}`);
  }
  const ratePath = fieldPath(path, 'passRate');
  if (group.passRate !== null) r.numberIn(group.passRate, ratePath, 0, 100);
  // The gate compares passRate with its threshold: a value the counts do not give is refused, not trusted.
  const expected = passRate(c.passed + c.flaky, c.total - c.skipped);
  if (group.passRate !== expected) {
    r.fail(ratePath, `is ${JSON.stringify(group.passRate)}, but the counts give ${JSON.stringify(expected)}`);
  }
}

function readGroup(r: FieldReader, value: unknown, path: string): void {
  const group = r.object(value, path);
  readCounts(r, group, path);
  r.amount(group.durationMs, fieldPath(path, 'durationMs'));
}

function readTestSummary(r: FieldReader, value: unknown, path: string): JsonObject {
  const test = r.object(value, path);
  for (const key of ['id', 'name', 'suite']) r.string(test[key], fieldPath(path, key));
  r.optional(test, 'file', path, r.string);
  r.oneOf(test.status, fieldPath(path, 'status'), TEST_STATUSES);
  r.amount(test.durationMs, fieldPath(path, 'durationMs'));
  return test;
}

function readFlakyTest(r: FieldReader, value: unknown, path: string): void {
  const test = readTestSummary(r, value, path);
  r.count(test.attempts, fieldPath(path, 'attempts'));
  r.count(test.failedAttempts, fieldPath(path, 'failedAttempts'));
  r.optional(test, 'category', path, (category, categoryPath) => r.oneOf(category, categoryPath, FAILURE_CATEGORIES));
}

function readCategories(r: FieldReader, value: unknown): void {
  const categories = r.object(value, 'categories');
  // A newer minor version may add a category; every known one must be there.
  for (const name of new Set([...FAILURE_CATEGORIES, ...Object.keys(categories)])) {
    const path = fieldPath('categories', name);
    const category = r.object(categories[name], path);
    r.count(category.count, fieldPath(path, 'count'));
    r.count(category.flaky, fieldPath(path, 'flaky'));
    r.string(category.recommendation, fieldPath(path, 'recommendation'));
    r.stringArray(category.tests, fieldPath(path, 'tests'));
  }
}

function readIngestError(r: FieldReader, value: unknown, path: string): void {
  const error = r.object(value, path);
  r.string(error.path, fieldPath(path, 'path'));
  r.string(error.message, fieldPath(path, 'message'));
  r.string(error.kind, fieldPath(path, 'kind'));
}

function readFileSummary(r: FieldReader, value: unknown, path: string): void {
  const file = r.object(value, path);
  r.string(file.path, fieldPath(path, 'path'));
  r.string(file.format, fieldPath(path, 'format'));
  r.count(file.tests, fieldPath(path, 'tests'));
  r.count(file.bytes, fieldPath(path, 'bytes'));
  r.list(file.errors, fieldPath(path, 'errors'), (error, errorPath) => readIngestError(r, error, errorPath));
}

/** Validates a parsed metrics.json; throws a ContractError naming `source` and the field path. */
export function parseMetrics(value: unknown, source: string): Metrics {
  const r = new FieldReader(source);
  const metrics = r.object(value, '');
  checkSchemaVersion(metrics.schemaVersion, source, CONTRACT_VERSIONS.metrics);
  readCounts(r, metrics, '');
  const durations = r.object(metrics.durationMs, 'durationMs');
  for (const key of ['wall', 'cpu', 'allAttempts']) r.amount(durations[key], fieldPath('durationMs', key));
  r.record(durations.perShard, 'durationMs.perShard', (sum, path) => r.amount(sum, path));
  r.record(metrics.perSuite, 'perSuite', (group, path) => readGroup(r, group, path));
  r.record(metrics.perFile, 'perFile', (group, path) => readGroup(r, group, path));
  r.list(metrics.slowest, 'slowest', (test, path) => readTestSummary(r, test, path));
  r.list(metrics.flakyTests, 'flakyTests', (test, path) => readFlakyTest(r, test, path));
  r.optional(metrics, 'shards', '', (shards, path) =>
    r.list(shards, path, (shard, shardPath) => {
      const entry = r.object(shard, shardPath);
      r.nonEmptyString(entry.shard, fieldPath(shardPath, 'shard'));
      r.string(entry.suite, fieldPath(shardPath, 'suite'));
      r.optional(entry, 'predictedMs', shardPath, r.amount);
      r.amount(entry.actualMs, fieldPath(shardPath, 'actualMs'));
      r.count(entry.attempts, fieldPath(shardPath, 'attempts'));
      return entry;
    }),
  );
  readCategories(r, metrics.categories);
  r.list(metrics.files, 'files', (file, path) => readFileSummary(r, file, path));
  r.list(metrics.duplicates, 'duplicates', (error, path) => readIngestError(r, error, path));
  return metrics as unknown as Metrics;
}

export function readMetricsFile(file: string): Promise<Metrics> {
  return readJsonContract(file, parseMetrics);
}
