import { isFailing, type TestAttempt, type TestResult, type TestStatus } from '../../model.js';
import { placeOf } from '../../locate/place.js';
import { pathView, type PathView } from './paths.js';

/** One character per final status in the payload's status string. */
export const STATUS_CODES: Readonly<Record<TestStatus, string>> = {
  passed: 'p',
  failed: 'f',
  errored: 'e',
  skipped: 's',
  flaky: 'k',
};

export interface AttemptDetail {
  status: TestAttempt['status'];
  durationMs: number;
  shard?: string;
  source?: string;
  startedAt?: string;
  type?: string;
  message?: string;
  body?: string;
  stdout?: string;
  stderr?: string;
}

export interface TestDetail {
  classname?: string;
  line?: number;
  category?: string;
  marker?: string;
  truncated?: string[];
  /** Set when this report dropped stack or output to stay within its size budget. */
  trimmed?: boolean;
  /** Failing now and not in the base run: the page marks it "new". */
  newFailure?: true;
  attempts: AttemptDetail[];
}

/**
 * The table's data, column-wise: 100k tests as parallel arrays cost far less than 100k objects,
 * and suite/file names are written once each and referenced by index.
 */
export interface ReportPayload {
  suites: string[];
  files: string[];
  name: string[];
  suite: number[];
  /** Index into `files`, or -1 when the test has no file. */
  file: number[];
  durationMs: number[];
  status: string;
  /** Keyed by test index: only tests that did not simply pass or skip carry details. */
  details: Record<number, TestDetail>;
  /** `<repository>/blob/<sha>/`; the page appends the encoded file path and `#L<line>`. */
  fileLinkBase?: string;
  /** Label of the base run that `newFailure` is relative to, e.g. `main`. */
  newSince?: string;
}

/** What the payload needs beyond the tests: the base comparison's new failures and the workspace roots. */
export interface PayloadContext {
  /** Ids of the tests failing now and not in the base run. */
  newFailures?: ReadonlySet<string>;
  baseLabel?: string;
  /** Workspace roots stripped from file paths, messages and stack traces. */
  roots?: readonly string[];
}

export interface PayloadLimits {
  messageChars: number;
  stackChars: number;
  outputChars: number;
  /** Once stacks and outputs of all tests add up to this many characters, later tests keep messages only. */
  totalDetailChars: number;
}

export const DEFAULT_PAYLOAD_LIMITS: PayloadLimits = {
  messageChars: 4_000,
  stackChars: 8_000,
  outputChars: 8_000,
  totalDetailChars: 24_000_000,
};

function head(text: string | undefined, max: number): string | undefined {
  if (text === undefined || text === '') return undefined;
  return text.length <= max
    ? text
    : `${text.slice(0, max)}\n… [${text.length - max} more characters in the raw report]`;
}

// Output is trimmed from the front: the lines just before a failure are the useful ones.
function tail(text: string | undefined, max: number): string | undefined {
  if (text === undefined || text === '') return undefined;
  return text.length <= max
    ? text
    : `[${text.length - max} earlier characters in the raw report] …\n${text.slice(-max)}`;
}

function roundDuration(ms: number): number {
  return Number.isFinite(ms) ? Math.round(ms * 10) / 10 : 0;
}

function carriesDetail(test: TestResult): boolean {
  if (isFailing(test.status) || test.status === 'flaky') return true;
  return test.status === 'skipped' && test.attempts.some((a) => a.failure?.message);
}

class DetailBudget {
  private used = 0;
  constructor(private readonly limit: number) {}
  /** Returns the text if it still fits in the budget, else undefined. */
  take(text: string | undefined): string | undefined {
    if (text === undefined || this.used + text.length > this.limit) return undefined;
    this.used += text.length;
    return text;
  }
}

function attemptDetail(
  attempt: TestAttempt,
  limits: PayloadLimits,
  budget: DetailBudget,
  paths: PathView,
): [AttemptDetail, boolean] {
  const detail: AttemptDetail = { status: attempt.status, durationMs: roundDuration(attempt.durationMs) };
  if (attempt.shard) detail.shard = attempt.shard;
  if (attempt.source) detail.source = attempt.source;
  if (attempt.startedAt) detail.startedAt = attempt.startedAt;
  const type = head(attempt.failure?.type, 300);
  if (type) detail.type = type;
  const message = head(relativeText(attempt.failure?.message, paths), limits.messageChars);
  if (message) detail.message = message;
  let trimmed = false;
  const bulky: Array<['body' | 'stdout' | 'stderr', string | undefined]> = [
    ['body', head(relativeText(attempt.failure?.body, paths), limits.stackChars)],
    ['stdout', tail(attempt.stdout, limits.outputChars)],
    ['stderr', tail(attempt.stderr, limits.outputChars)],
  ];
  for (const [field, text] of bulky) {
    if (text === undefined) continue;
    const kept = budget.take(text);
    if (kept === undefined) trimmed = true;
    else detail[field] = kept;
  }
  return [detail, trimmed];
}

function relativeText(text: string | undefined, paths: PathView): string | undefined {
  return text === undefined ? undefined : paths.text(text);
}

function testDetail(test: TestResult, limits: PayloadLimits, budget: DetailBudget, paths: PathView): TestDetail {
  const detail: TestDetail = { attempts: [] };
  if (test.classname) detail.classname = test.classname;
  const line = placeOf(test).line;
  if (line !== undefined) detail.line = line;
  if (test.category) detail.category = test.category;
  if (test.marker) detail.marker = test.marker;
  if (test.truncated?.length) detail.truncated = test.truncated;
  for (const attempt of test.attempts) {
    const [attemptInfo, trimmed] = attemptDetail(attempt, limits, budget, paths);
    detail.attempts.push(attemptInfo);
    if (trimmed) detail.trimmed = true;
  }
  return detail;
}

function failingFirst(tests: readonly TestResult[]): number[] {
  const rank: Record<TestStatus, number> = { failed: 0, errored: 0, flaky: 1, skipped: 2, passed: 3 };
  return tests
    .map((test, index) => ({ index, rank: rank[test.status] }))
    .filter(({ index }) => carriesDetail(tests[index]!))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ index }) => index);
}

/** Builds the table payload from a run; `fileLinkBase` is passed through for the page's links. */
export function buildReportPayload(
  tests: readonly TestResult[],
  fileLinkBase: string | undefined,
  limits: PayloadLimits = DEFAULT_PAYLOAD_LIMITS,
  context: PayloadContext = {},
): ReportPayload {
  const paths = pathView(context.roots);
  const suiteIndex = new Map<string, number>();
  const fileIndex = new Map<string, number>();
  const payload: ReportPayload = {
    suites: [],
    files: [],
    name: [],
    suite: [],
    file: [],
    durationMs: [],
    status: '',
    details: {},
  };
  const indexOf = (table: string[], index: Map<string, number>, value: string): number => {
    let i = index.get(value);
    if (i === undefined) {
      i = table.push(value) - 1;
      index.set(value, i);
    }
    return i;
  };
  const statusChars: string[] = [];
  for (const test of tests) {
    payload.name.push(test.name);
    payload.suite.push(indexOf(payload.suites, suiteIndex, test.suite));
    const file = paths.optionalFile(placeOf(test).file);
    payload.file.push(file ? indexOf(payload.files, fileIndex, file) : -1);
    payload.durationMs.push(roundDuration(test.durationMs));
    statusChars.push(STATUS_CODES[test.status]);
  }
  payload.status = statusChars.join('');
  // Failures claim the size budget before flaky and skipped tests do.
  const budget = new DetailBudget(limits.totalDetailChars);
  for (const index of failingFirst(tests)) {
    const detail = testDetail(tests[index]!, limits, budget, paths);
    if (context.newFailures?.has(tests[index]!.id) && isFailing(tests[index]!.status)) detail.newFailure = true;
    payload.details[index] = detail;
  }
  if (fileLinkBase) payload.fileLinkBase = fileLinkBase;
  if (context.newFailures?.size && context.baseLabel) payload.newSince = context.baseLabel;
  return payload;
}
