// What every format's reader shares: the limits, an attempt being read, and turning it into the model.
import { isFailing, type AttemptStatus, type FailureDetail, type TestAttempt, type TestCaseRecord } from '../model.js';
import { maskLines } from '../redact/secrets.js';
import { CappedText, capString, truncationNote } from './xml-text.js';

export interface IngestOptions {
  /** Cap for each of stdout/stderr per attempt (default 64 KiB). */
  maxOutputBytes?: number;
  /** Default 8 KiB. */
  maxMessageBytes?: number;
  /** Stack trace / failure body, default 64 KiB. */
  maxBodyBytes?: number;
  /** Default false: stdout/stderr of attempts that did not fail are dropped to save memory. */
  keepPassedOutput?: boolean;
  /** Stamped on each attempt. */
  shard?: string;
}

export interface IngestLimits {
  output: number;
  message: number;
  body: number;
  keepPassedOutput: boolean;
  shard: string | undefined;
  source: string;
}

export function resolveLimits(source: string, options: IngestOptions = {}): IngestLimits {
  return {
    output: options.maxOutputBytes ?? 64 * 1024,
    message: options.maxMessageBytes ?? 8 * 1024,
    body: options.maxBodyBytes ?? 64 * 1024,
    keepPassedOutput: options.keepPassedOutput ?? false,
    shard: options.shard,
    source,
  };
}

/**
 * Reports a problem with one test entry (kept out of the results) on the SourceFile; `at` is where it
 * starts when the format has lines. Readers call it for entries they skip, e.g. a test without a name.
 */
export type NoteProblem = (message: string, at?: { line: number; column: number }) => void;

export const ignoreProblem: NoteProblem = () => undefined;

/** A test name that identifies nothing: missing, empty or only white space. */
export function isUnusableName(name: string | undefined): boolean {
  return name === undefined || name.trim() === '';
}

/**
 * The name given to a test its report leaves unnamed: stable across runs of the same report, from its
 * suite and its 1-based position among the tests of that suite.
 */
export function unnamedTestName(position: number, suite: string): string {
  return suite === '' ? `(unnamed test ${position})` : `(unnamed test ${position} in ${suite})`;
}

/** The note for an XML test element whose name is missing or blank (`value`), read as `generated`. */
export function namelessMessage(
  element: string,
  attribute: string,
  value: string | undefined,
  at: { line: number; column: number },
  generated: string,
): string {
  const problem = value === undefined ? `without a ${attribute} attribute` : `with an empty ${attribute}`;
  return `${element} ${problem} at line ${at.line}, column ${at.column}; read as "${generated}"`;
}

/** Field names listed in `TestCaseRecord.truncated`. */
export type CappedField = 'message' | 'body' | 'stdout' | 'stderr';

/** One attempt while its elements are being read; text arrives either as an attribute or as content. */
export class AttemptDraft {
  status: AttemptStatus = 'passed';
  durationMs = 0;
  startedAt: string | undefined;
  type: string | undefined;
  messageAttribute: string | undefined;
  message: CappedText | undefined;
  body: CappedText | undefined;
  stdout: CappedText | undefined;
  stderr: CappedText | undefined;

  constructor(private readonly limits: IngestLimits) {}

  /** Makes this draft a fresh passed attempt again, so a reader can reuse one draft for every test. */
  reset(): void {
    this.status = 'passed';
    this.durationMs = 0;
    this.startedAt = undefined;
    this.type = undefined;
    this.messageAttribute = undefined;
    this.message = undefined;
    this.body = undefined;
    this.stdout = undefined;
    this.stderr = undefined;
  }

  /** Records a failure/error/skip; the first failing one wins, and a failure overrides a skip. */
  mark(status: Exclude<AttemptStatus, 'passed'>, type?: string, message?: string): boolean {
    if (isFailing(this.status)) return false;
    if (this.status === 'skipped' && status === 'skipped') return false;
    this.status = status;
    this.type = type || undefined;
    this.messageAttribute = message;
    this.message = undefined;
    this.body = undefined;
    return true;
  }

  messageSink(): CappedText {
    return (this.message ??= new CappedText(this.limits.message));
  }

  bodySink(): CappedText {
    return (this.body ??= new CappedText(this.limits.body));
  }

  stdoutSink(): CappedText {
    return (this.stdout ??= new CappedText(this.limits.output));
  }

  stderrSink(): CappedText {
    return (this.stderr ??= new CappedText(this.limits.output));
  }

  /** The model's attempt; capped fields are noted in `truncated`. */
  toAttempt(truncated: CappedField[]): TestAttempt {
    const limits = this.limits;
    const attempt: TestAttempt = { status: this.status, durationMs: this.durationMs, source: limits.source };
    if (limits.shard !== undefined) attempt.shard = limits.shard;
    if (this.startedAt) attempt.startedAt = this.startedAt;
    if (this.type !== undefined || this.messageAttribute || this.message || this.body) {
      const failure: FailureDetail = {};
      if (this.type) failure.type = this.type;
      const message = this.message
        ? finishText(this.message, limits.message, 'message', truncated, true)
        : finishString(this.messageAttribute, limits.message, 'message', truncated);
      if (message) failure.message = message;
      const body = this.body && finishText(this.body, limits.body, 'body', truncated, true);
      if (body) failure.body = body;
      if (failure.type !== undefined || failure.message !== undefined || failure.body !== undefined) {
        attempt.failure = failure;
      }
    }
    const keepOutput = limits.keepPassedOutput || isFailing(this.status);
    if (keepOutput && this.stdout) {
      const stdout = finishText(this.stdout, limits.output, 'stdout', truncated, false);
      if (stdout) attempt.stdout = stdout;
    }
    if (keepOutput && this.stderr) {
      const stderr = finishText(this.stderr, limits.output, 'stderr', truncated, false);
      if (stderr) attempt.stderr = stderr;
    }
    if (!keepOutput) {
      // Dropped output still tells which values the test masked: those lines are kept, to be redacted everywhere.
      const stdout = this.stdout && maskLines(this.stdout.toString());
      if (stdout) attempt.stdout = stdout;
      const stderr = this.stderr && maskLines(this.stderr.toString());
      if (stderr) attempt.stderr = stderr;
    }
    return attempt;
  }
}

function noteTruncated(truncated: CappedField[], field: CappedField): void {
  if (!truncated.includes(field)) truncated.push(field);
}

function finishText(
  text: CappedText,
  cap: number,
  field: CappedField,
  truncated: CappedField[],
  trim: boolean,
): string | undefined {
  let value = text.toString();
  if (trim) value = value.trim();
  else if (value.trim() === '') return undefined;
  if (!text.truncated) return value || undefined;
  noteTruncated(truncated, field);
  return value + truncationNote(text.totalBytes, cap);
}

/** Caps a string from an attribute or JSON field the same way element content is capped. */
export function finishString(
  value: string | undefined,
  cap: number,
  field: CappedField,
  truncated: CappedField[],
): string | undefined {
  if (!value) return undefined;
  const capped = capString(value, cap);
  if (!capped.truncated) return value;
  noteTruncated(truncated, field);
  return capped.text + truncationNote(capped.totalBytes, cap);
}

/** Seconds as reports write them ("0.012", "1,234.5", "0,5") to milliseconds; junk reads as 0. */
export function secondsToMs(value: string | number | undefined): number {
  if (value === undefined || value === '') return 0;
  let seconds: number;
  if (typeof value === 'number') seconds = value;
  else {
    let text = value.trim();
    if (text.includes(',')) text = text.includes('.') ? text.replace(/,/g, '') : text.replace(',', '.');
    seconds = Number(text);
  }
  return Number.isFinite(seconds) && seconds > 0 ? Math.round(seconds * 1e6) / 1e3 : 0;
}

/** "hh:mm:ss.fffffff" (TRX, .NET TimeSpan, optionally "d.hh:mm:ss") to milliseconds. */
export function timeSpanToMs(value: string | undefined): number {
  const match = value ? /^(?:(\d+)\.)?(\d+):(\d+):(\d+(?:\.\d+)?)$/.exec(value.trim()) : null;
  if (!match) return secondsToMs(value);
  const [, days, hours, minutes, seconds] = match;
  const total = Number(days ?? 0) * 86400 + Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds);
  return Math.round(total * 1e6) / 1e3;
}

export function positiveInt(value: string | number | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  const n = typeof value === 'number' ? value : Number(value.trim());
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

/** Reused between records: most records have nothing truncated, so no array is made for them. */
const scratchTruncated: CappedField[] = [];

/** Assembles the record from its attempts and the fields that were capped on the way. */
export function buildRecord(identity: RecordIdentity, drafts: AttemptDraft[]): TestCaseRecord {
  const truncated = scratchTruncated;
  if (truncated.length !== 0) truncated.length = 0;
  const attempts: TestAttempt[] = [];
  for (let i = 0; i < drafts.length; i++) attempts.push(drafts[i]!.toAttempt(truncated));
  const record: TestCaseRecord = { suite: identity.suite, name: identity.name, attempts };
  if (identity.classname !== undefined) record.classname = identity.classname;
  if (identity.file !== undefined) record.file = identity.file;
  if (identity.line !== undefined) record.line = identity.line;
  if (identity.properties !== undefined) record.properties = identity.properties;
  if (identity.marker !== undefined) record.marker = identity.marker;
  if (identity.repeatsAreAttempts) record.repeatsAreAttempts = true;
  if (truncated.length > 0) record.truncated = [...truncated];
  return record;
}

export type RecordIdentity = Omit<TestCaseRecord, 'attempts' | 'truncated'>;
