// Field checks shared by the contract readers: each names the file and the field path on failure.
import { ContractError } from './errors.js';

export type JsonObject = Record<string, unknown>;

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The JSON type of a value for messages: "null", "array", "number"... */
export function jsonType(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** `suites[0].shards`, `outputs["db-url"]`: the path of a field below `parent`. */
export function fieldPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  if (!IDENTIFIER.test(key)) return `${parent}[${JSON.stringify(key)}]`;
  return parent ? `${parent}.${key}` : key;
}

// Date.parse accepts far more than ISO 8601 ("March 7", "2024"); contracts hold full ISO times.
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** Reads the fields of one contract file, throwing a ContractError naming `source` and the field path. */
export class FieldReader {
  constructor(readonly source: string) {}

  fail(path: string, problem: string): never {
    throw new ContractError(this.source, path, problem);
  }

  private mustBe(value: unknown, path: string, what: string): never {
    this.fail(
      path,
      value === undefined ? `is missing (must be ${what})` : `must be ${what} (found ${jsonType(value)})`,
    );
  }

  object(value: unknown, path: string): JsonObject {
    if (!isJsonObject(value)) this.mustBe(value, path, path ? 'an object' : 'a JSON object');
    return value;
  }

  array(value: unknown, path: string): unknown[] {
    if (!Array.isArray(value)) this.mustBe(value, path, 'an array');
    return value;
  }

  string(value: unknown, path: string): string {
    if (typeof value !== 'string') this.mustBe(value, path, 'a string');
    return value;
  }

  nonEmptyString(value: unknown, path: string): string {
    if (typeof value !== 'string' || value.trim() === '') this.mustBe(value, path, 'a non-empty string');
    return value;
  }

  stringArray(value: unknown, path: string): string[] {
    if (!Array.isArray(value)) this.mustBe(value, path, 'an array of strings');
    value.forEach((item, index) => this.string(item, fieldPath(path, index)));
    return value as string[];
  }

  boolean(value: unknown, path: string): boolean {
    if (typeof value !== 'boolean') this.mustBe(value, path, 'true or false');
    return value;
  }

  /** An integer >= 0: a count. */
  count(value: unknown, path: string): number {
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
      this.mustBe(value, path, 'an integer >= 0');
    }
    return value;
  }

  /** A finite number >= 0: a duration in milliseconds, a sum. */
  amount(value: unknown, path: string): number {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) this.mustBe(value, path, 'a number >= 0');
    return value;
  }

  /** A finite number between min and max. */
  numberIn(value: unknown, path: string, min: number, max: number): number {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
      this.mustBe(value, path, `a number from ${min} to ${max}`);
    }
    return value;
  }

  oneOf<T extends string>(value: unknown, path: string, allowed: readonly T[]): T {
    if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
      const what = `${allowed.length === 1 ? '' : 'one of '}${allowed.map((v) => JSON.stringify(v)).join(', ')}`;
      if (value === undefined) this.fail(path, `is missing (must be ${what})`);
      this.fail(path, `must be ${what} (found ${typeof value === 'string' ? JSON.stringify(value) : jsonType(value)})`);
    }
    return value as T;
  }

  /** An ISO 8601 date and time with a time zone, e.g. 2026-03-07T09:15:00Z. */
  isoTime(value: unknown, path: string): string {
    const text = this.string(value, path);
    if (!ISO_TIME.test(text) || Number.isNaN(Date.parse(text))) {
      this.fail(path, `must be an ISO 8601 time such as 2026-03-07T09:15:00Z (found ${JSON.stringify(text)})`);
    }
    return text;
  }

  /** Every entry of an object read by `read`, keyed as in the file. */
  record<T>(value: unknown, path: string, read: (entry: unknown, entryPath: string) => T): Record<string, T> {
    const entries: Record<string, T> = {};
    for (const [key, entry] of Object.entries(this.object(value, path)))
      entries[key] = read(entry, fieldPath(path, key));
    return entries;
  }

  /** `read` over an array's items, each with its index in the path. */
  list<T>(value: unknown, path: string, read: (item: unknown, itemPath: string) => T): T[] {
    return this.array(value, path).map((item, index) => read(item, fieldPath(path, index)));
  }

  /** The optional field `key` of `object`, read by `read` when present (undefined counts as absent). */
  optional<T>(object: JsonObject, key: string, path: string, read: (value: unknown, path: string) => T): T | undefined {
    const value = object[key];
    return value === undefined ? undefined : read.call(this, value, fieldPath(path, key));
  }
}
