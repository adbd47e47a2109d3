// CTRF JSON (ctrf.io): {results: {tool, summary, tests: [...]}}.
// Status "pending" reads as skipped; "other" reads as errored when rawStatus says it broke
// (timed out, interrupted, crashed...), else skipped. Earlier attempts come from `retryAttempts`
// when given, else `retries: n` stands for n failed attempts before the final one. A string
// `extra.classname` (what testpipe writes) is the test's classname.
// Entry problems are reported (NoteProblem) with the entry's index, never thrown:
// - an entry that is not an object is skipped; one without a usable `name` (not a string, empty) is
//   kept, named by its suite and its 1-based position among the entries of that suite;
// - a `duration` that is not a finite number >= 0 (1e400 parses as Infinity, a string, negative)
//   reads as 0 ms; a missing duration is 0 ms without a note;
// - a `start` that is not a valid epoch-milliseconds date is dropped; a non-object retry attempt is ignored.
import type { AttemptStatus, TestCaseRecord } from '../model.js';
import {
  AttemptDraft,
  buildRecord,
  isUnusableName,
  unnamedTestName,
  type IngestLimits,
  type NoteProblem,
} from './attempt-draft.js';
import { CappedText } from './xml-text.js';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.filter((line) => typeof line === 'string').join('\n');
  return undefined;
}

function ctrfStatus(status: unknown, rawStatus: unknown): AttemptStatus {
  if (status === 'passed') return 'passed';
  // testpipe writes an errored test as failed with rawStatus "errored" (CTRF has no errored status).
  if (status === 'failed') return rawStatus === 'errored' ? 'errored' : 'failed';
  if (status === 'other' && typeof rawStatus === 'string' && /time|interrupt|crash|abort|error|fail/i.test(rawStatus)) {
    return 'errored';
  }
  return 'skipped';
}

function capped(value: string | undefined, cap: number): CappedText | undefined {
  if (!value) return undefined;
  const sink = new CappedText(cap);
  const bytes = Buffer.from(value);
  sink.cdata(bytes, 0, bytes.length);
  return sink;
}

/** The CTRF tests array, or undefined when the JSON is not a CTRF report. */
export function ctrfTests(document: unknown): { tool: string | undefined; tests: unknown[] } | undefined {
  if (!isObject(document) || !isObject(document.results) || !Array.isArray(document.results.tests)) return undefined;
  const tool = isObject(document.results.tool) ? text(document.results.tool.name) : undefined;
  return { tool, tests: document.results.tests };
}

/** The JSON type of a value, for messages: "null", "array", "number"... */
function typeOf(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}

/** Largest epoch milliseconds a Date can hold. */
const MAX_DATE_MS = 8.64e15;

function attemptFrom(entry: Json, limits: IngestLimits, where: string, note: NoteProblem): AttemptDraft {
  const attempt = new AttemptDraft(limits);
  const status = ctrfStatus(entry.status, entry.rawStatus);
  if (status !== 'passed') attempt.mark(status, undefined, text(entry.message));
  else attempt.messageAttribute = text(entry.message);
  attempt.body = capped(text(entry.trace), limits.body);
  attempt.stdout = capped(text(entry.stdout), limits.output);
  attempt.stderr = capped(text(entry.stderr), limits.output);
  const duration = entry.duration;
  if (typeof duration === 'number' && Number.isFinite(duration) && duration >= 0) attempt.durationMs = duration;
  else if (duration !== undefined && duration !== null) {
    const shown = typeof duration === 'number' ? String(duration) : JSON.stringify(duration).slice(0, 40);
    note(`${where}: duration ${shown} is not a finite number of milliseconds >= 0; read as 0`);
  }
  const start = entry.start;
  if (typeof start === 'number' && start > 0 && start <= MAX_DATE_MS) attempt.startedAt = new Date(start).toISOString();
  return attempt;
}

/**
 * The record for `results.tests[index]`, or undefined (with a note) when the entry is not a test object.
 * `positions` counts the entries read per suite, for naming an entry without a name.
 */
export function ctrfRecord(
  entry: unknown,
  index: number,
  tool: string | undefined,
  limits: IngestLimits,
  note: NoteProblem,
  positions: Map<string, number> = new Map(),
): TestCaseRecord | undefined {
  const where = `results.tests[${index}]`;
  if (!isObject(entry)) {
    note(`${where} is ${typeOf(entry)}, not a test object; skipped`);
    return undefined;
  }
  const entrySuite = Array.isArray(entry.suite) ? text(entry.suite)?.replace(/\n/g, ' › ') : text(entry.suite);
  const file = text(entry.filePath) || undefined;
  const suite = entrySuite || file || tool || '';
  const position = (positions.get(suite) ?? 0) + 1;
  positions.set(suite, position);
  let name: string;
  if (typeof entry.name !== 'string' || isUnusableName(entry.name)) {
    name = unnamedTestName(position, suite);
    const what = entry.name === undefined ? 'no name' : `name ${JSON.stringify(entry.name).slice(0, 40)}`;
    note(`${where} has ${what}, expected a non-empty string; read as "${name}"`);
  } else name = entry.name;
  const final = attemptFrom(entry, limits, where, note);
  let earlier: AttemptDraft[] = [];
  if (Array.isArray(entry.retryAttempts) && entry.retryAttempts.length > 0) {
    entry.retryAttempts.forEach((retry: unknown, i: number) => {
      const retryWhere = `${where}.retryAttempts[${i}]`;
      if (isObject(retry)) earlier.push(attemptFrom(retry, limits, retryWhere, note));
      else note(`${retryWhere} is ${typeOf(retry)}, not an attempt object; ignored`);
    });
  } else if (typeof entry.retries === 'number' && entry.retries > 0) {
    earlier = Array.from({ length: Math.min(entry.retries, 100) }, () => {
      const retry = new AttemptDraft(limits);
      retry.mark('failed');
      return retry;
    });
  }
  const line = Number.isSafeInteger(entry.line) && (entry.line as number) > 0 ? (entry.line as number) : undefined;
  // testpipe's own ctrf-report.json keeps the JUnit classname in `extra`: it is part of the test's
  // identity, so without it a report read back (a base run) would match none of the same tests.
  const classname =
    isObject(entry.extra) && typeof entry.extra.classname === 'string' ? entry.extra.classname : undefined;
  return buildRecord({ suite, classname, name, file, line }, [...earlier, final]);
}
