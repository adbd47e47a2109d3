// CTRF JSON (ctrf.io): {results: {tool, summary, tests: [...]}}.
// Status "pending" reads as skipped; "other" reads as errored when rawStatus says it broke
// (timed out, interrupted, crashed...), else skipped. Earlier attempts come from `retryAttempts`
// when given, else `retries: n` stands for n failed attempts before the final one.
import type { AttemptStatus, TestCaseRecord } from '../model.js';
import { AttemptDraft, buildRecord, type IngestLimits } from './attempt-draft.js';
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
  if (status === 'failed') return 'failed';
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

function attemptFrom(entry: Json, limits: IngestLimits): AttemptDraft {
  const attempt = new AttemptDraft(limits);
  const status = ctrfStatus(entry.status, entry.rawStatus);
  if (status !== 'passed') attempt.mark(status, undefined, text(entry.message));
  else attempt.messageAttribute = text(entry.message);
  attempt.body = capped(text(entry.trace), limits.body);
  attempt.stdout = capped(text(entry.stdout), limits.output);
  attempt.stderr = capped(text(entry.stderr), limits.output);
  attempt.durationMs = typeof entry.duration === 'number' && entry.duration > 0 ? entry.duration : 0;
  if (typeof entry.start === 'number' && entry.start > 0) attempt.startedAt = new Date(entry.start).toISOString();
  return attempt;
}

export function ctrfRecord(entry: unknown, tool: string | undefined, limits: IngestLimits): TestCaseRecord | undefined {
  if (!isObject(entry) || typeof entry.name !== 'string') return undefined;
  const final = attemptFrom(entry, limits);
  let earlier: AttemptDraft[] = [];
  if (Array.isArray(entry.retryAttempts) && entry.retryAttempts.length > 0) {
    earlier = entry.retryAttempts.filter(isObject).map((retry) => attemptFrom(retry, limits));
  } else if (typeof entry.retries === 'number' && entry.retries > 0) {
    earlier = Array.from({ length: Math.min(entry.retries, 100) }, () => {
      const retry = new AttemptDraft(limits);
      retry.mark('failed');
      return retry;
    });
  }
  const suite = Array.isArray(entry.suite) ? text(entry.suite)?.replace(/\n/g, ' › ') : text(entry.suite);
  const file = text(entry.filePath) || undefined;
  const line = typeof entry.line === 'number' && entry.line > 0 ? entry.line : undefined;
  return buildRecord({ suite: suite || file || tool || '', name: entry.name, file, line }, [...earlier, final]);
}
