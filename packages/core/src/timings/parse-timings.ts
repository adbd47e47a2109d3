import { fromPytestSplitDurations, isPytestSplitDurations } from './pytest-split.js';
import { TimingsFormatError } from './timings-format-error.js';
import { TIMINGS_SCHEMA_VERSION, type FileTiming, type TestTiming, type Timings } from './types.js';

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

class FieldReader {
  constructor(private readonly source: string) {}

  fail(key: string, problem: string): never {
    throw new TimingsFormatError(this.source, key, problem);
  }

  object(value: unknown, key: string): JsonObject {
    if (!isObject(value)) this.fail(key, 'must be an object');
    return value;
  }

  count(value: unknown, key: string): number {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
      this.fail(key, 'must be a non-negative integer');
    }
    return value;
  }

  duration(value: unknown, key: string): number {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      this.fail(key, 'must be a non-negative number of milliseconds');
    }
    return value;
  }

  string(value: unknown, key: string): string {
    if (typeof value !== 'string') this.fail(key, 'must be a string');
    return value;
  }
}

function readTest(reader: FieldReader, value: unknown, key: string, runs: number): TestTiming {
  const entry = reader.object(value, key);
  return {
    ...(entry.file === undefined ? {} : { file: reader.string(entry.file, `${key}.file`) }),
    suite: reader.string(entry.suite, `${key}.suite`),
    durationMs: reader.duration(entry.durationMs, `${key}.durationMs`),
    samples: reader.count(entry.samples, `${key}.samples`),
    // Files written without lastSeen count every entry as seen in the latest run.
    lastSeen: entry.lastSeen === undefined ? runs : reader.count(entry.lastSeen, `${key}.lastSeen`),
  };
}

function readFile(reader: FieldReader, value: unknown, key: string, runs: number): FileTiming {
  const entry = reader.object(value, key);
  return {
    durationMs: reader.duration(entry.durationMs, `${key}.durationMs`),
    tests: reader.count(entry.tests, `${key}.tests`),
    samples: reader.count(entry.samples, `${key}.samples`),
    lastSeen: entry.lastSeen === undefined ? runs : reader.count(entry.lastSeen, `${key}.lastSeen`),
  };
}

function readEntries<T>(
  reader: FieldReader,
  value: unknown,
  key: string,
  readEntry: (value: unknown, key: string) => T,
): Record<string, T> {
  const entries = reader.object(value, key);
  const result: Record<string, T> = {};
  for (const [name, entry] of Object.entries(entries)) result[name] = readEntry(entry, `${key}["${name}"]`);
  return result;
}

function readTestpipeTimings(reader: FieldReader, json: JsonObject): Timings {
  if (json.schemaVersion !== TIMINGS_SCHEMA_VERSION) {
    reader.fail(
      'schemaVersion',
      `is ${JSON.stringify(json.schemaVersion)}; this version reads ${TIMINGS_SCHEMA_VERSION}`,
    );
  }
  const updatedAt = reader.string(json.updatedAt, 'updatedAt');
  if (Number.isNaN(Date.parse(updatedAt))) reader.fail('updatedAt', 'must be an ISO 8601 time');
  const runs = reader.count(json.runs, 'runs');
  const timings: Timings = {
    schemaVersion: 1,
    updatedAt,
    runs,
    tests: readEntries(reader, json.tests, 'tests', (value, key) => readTest(reader, value, key, runs)),
    files: readEntries(reader, json.files, 'files', (value, key) => readFile(reader, value, key, runs)),
  };
  if (json.shardOverheadMs !== undefined) {
    timings.shardOverheadMs = reader.duration(json.shardOverheadMs, 'shardOverheadMs');
  }
  if (json.suites !== undefined) {
    timings.suites = readEntries(reader, json.suites, 'suites', (value, key) => {
      const entry = reader.object(value, key);
      return {
        shardStartMs: reader.duration(entry.shardStartMs, `${key}.shardStartMs`),
        perFileMs: reader.duration(entry.perFileMs, `${key}.perFileMs`),
        samples: reader.count(entry.samples, `${key}.samples`),
      };
    });
  }
  if (json.importedFrom === 'pytest-split') timings.importedFrom = 'pytest-split';
  return timings;
}

/**
 * Validates a timings.json read from disk or an artifact; also accepts pytest-split's
 * `.test_durations`. Throws TimingsFormatError naming `source` and the bad key.
 */
export function parseTimings(json: unknown, source: string): Timings {
  const reader = new FieldReader(source);
  const root = reader.object(json, '');
  if (isPytestSplitDurations(root)) return fromPytestSplitDurations(root, source);
  return readTestpipeTimings(reader, root);
}
