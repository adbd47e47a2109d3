export const id = 512;
export const ids = [512];
export const modules = {

/***/ 45512:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AUDIT_ACTIONS: () => (/* reexport */ AUDIT_ACTIONS),
  AUDIT_FILE: () => (/* reexport */ AUDIT_FILE),
  AUTO_SHARDS_TOLERANCE: () => (/* reexport */ AUTO_SHARDS_TOLERANCE),
  CATEGORY_RECOMMENDATIONS: () => (/* reexport */ CATEGORY_RECOMMENDATIONS),
  CATEGORY_RULES: () => (/* reexport */ CATEGORY_RULES),
  COMMENT_LIMIT_CHARS: () => (/* reexport */ COMMENT_LIMIT_CHARS),
  CONTRACT_VERSIONS: () => (/* reexport */ CONTRACT_VERSIONS),
  CTRF_REPORT_FILE: () => (/* reexport */ CTRF_REPORT_FILE),
  CTRF_STATUSES: () => (/* reexport */ CTRF_STATUSES),
  CTRF_TESTPIPE_VERSION_FIELD: () => (/* reexport */ CTRF_TESTPIPE_VERSION_FIELD),
  ConfigurationError: () => (/* reexport */ user_error/* ConfigurationError */.j1),
  ContractError: () => (/* reexport */ ContractError),
  ContractVersionError: () => (/* reexport */ ContractVersionError),
  DEFAULT_KEEP_UNSEEN_RUNS: () => (/* reexport */ DEFAULT_KEEP_UNSEEN_RUNS),
  DEFAULT_MAX_PARALLEL: () => (/* reexport */ DEFAULT_MAX_PARALLEL),
  DEFAULT_TIMINGS_ALPHA: () => (/* reexport */ DEFAULT_TIMINGS_ALPHA),
  DEFAULT_UNIT_DURATION_MS: () => (/* reexport */ DEFAULT_UNIT_DURATION_MS),
  ENV_FILE: () => (/* reexport */ ENV_FILE),
  FAILURE_CATEGORIES: () => (/* reexport */ FAILURE_CATEGORIES),
  FAIL_ON: () => (/* reexport */ FAIL_ON),
  GENERATOR_KINDS: () => (/* reexport */ GENERATOR_KINDS),
  HTML_REPORT_FILE: () => (/* reexport */ HTML_REPORT_FILE),
  IF_NO_RESULTS: () => (/* reexport */ IF_NO_RESULTS),
  MAX_MATRIX_JOBS: () => (/* reexport */ MAX_MATRIX_JOBS),
  MERGED_JUNIT_FILE: () => (/* reexport */ MERGED_JUNIT_FILE),
  METRICS_FILE: () => (/* reexport */ METRICS_FILE),
  MIN_SECRET_LENGTH: () => (/* reexport */ MIN_SECRET_LENGTH),
  MatrixTooLargeError: () => (/* reexport */ MatrixTooLargeError),
  PLAN_FILE: () => (/* reexport */ PLAN_FILE),
  REDACTED: () => (/* reexport */ REDACTED),
  REPORT_EXTENSIONS: () => (/* reexport */ REPORT_EXTENSIONS),
  RetriesExhaustedError: () => (/* reexport */ RetriesExhaustedError),
  RetryAbortedError: () => (/* reexport */ RetryAbortedError),
  RunBuilder: () => (/* reexport */ RunBuilder),
  SHARD_ATTEMPTS_DIR: () => (/* reexport */ SHARD_ATTEMPTS_DIR),
  SHARD_CTRF_FILE: () => (/* reexport */ SHARD_CTRF_FILE),
  SHARD_JUNIT_FILE: () => (/* reexport */ SHARD_JUNIT_FILE),
  SHARD_OUTPUT_LOG: () => (/* reexport */ SHARD_OUTPUT_LOG),
  SHARD_PLAN_SCHEMA_VERSION: () => (/* reexport */ SHARD_PLAN_SCHEMA_VERSION),
  SHARD_RECORD_FILE: () => (/* reexport */ SHARD_RECORD_FILE),
  SUMMARY_FILE: () => (/* reexport */ SUMMARY_FILE),
  SUMMARY_LIMIT_BYTES: () => (/* reexport */ SUMMARY_LIMIT_BYTES),
  Secrets: () => (/* reexport */ Secrets),
  ShardNotFoundError: () => (/* reexport */ ShardNotFoundError),
  ShardPlanInputError: () => (/* reexport */ ShardPlanInputError),
  TESTPIPE_VERSION: () => (/* reexport */ TESTPIPE_VERSION),
  TIMINGS_FILE: () => (/* reexport */ TIMINGS_FILE),
  TIMINGS_SCHEMA_VERSION: () => (/* reexport */ TIMINGS_SCHEMA_VERSION),
  TimingsFormatError: () => (/* reexport */ TimingsFormatError),
  TrackedFiles: () => (/* reexport */ TrackedFiles),
  UNKNOWN_ESTIMATE: () => (/* reexport */ UNKNOWN_ESTIMATE),
  UNSHARDED: () => (/* reexport */ UNSHARDED),
  UserError: () => (/* reexport */ user_error/* UserError */.yo),
  backoffDelayMs: () => (/* reexport */ backoffDelayMs),
  buildTimings: () => (/* reexport */ buildTimings),
  carriesDigest: () => (/* reexport */ carriesDigest),
  carriesMarker: () => (/* reexport */ carriesMarker),
  cellIndex: () => (/* reexport */ cellIndex),
  cellUnit: () => (/* reexport */ cellUnit),
  checkCtrfTestpipeVersion: () => (/* reexport */ checkCtrfTestpipeVersion),
  checkSchemaVersion: () => (/* reexport */ checkSchemaVersion),
  classifyFailure: () => (/* reexport */ classifyFailure),
  collectReports: () => (/* reexport */ collectReports),
  columnKey: () => (/* reexport */ columnKey),
  commentMarker: () => (/* reexport */ commentMarker),
  compareWithBase: () => (/* reexport */ compareWithBase),
  compileGenerator: () => (/* reexport */ compileGenerator),
  computeMetrics: () => (/* reexport */ computeMetrics),
  decisiveAttempt: () => (/* reexport */ decisiveAttempt),
  describeFileSystemError: () => (/* reexport */ user_error/* describeFileSystemError */.tN),
  describePassRate: () => (/* reexport */ describePassRate),
  describePrediction: () => (/* reexport */ describePrediction),
  detectFormat: () => (/* reexport */ detectFormat),
  digestLine: () => (/* reexport */ digestLine),
  escapeHtml: () => (/* reexport */ escapeHtml),
  escapeInline: () => (/* reexport */ escapeInline),
  escapeXmlAttribute: () => (/* reexport */ escapeXmlAttribute),
  escapeXmlText: () => (/* reexport */ escapeXmlText),
  estimateIsUnknown: () => (/* reexport */ estimateIsUnknown),
  evaluateGate: () => (/* reexport */ evaluateGate),
  expandReportPaths: () => (/* reexport */ expandReportPaths),
  failureAnnotations: () => (/* reexport */ failureAnnotations),
  fakeLike: () => (/* reexport */ fakeLike),
  finalStatus: () => (/* reexport */ finalStatus),
  findShard: () => (/* reexport */ findShard),
  formatCount: () => (/* reexport */ formatCount),
  formatDuration: () => (/* reexport */ formatDuration),
  formatDurationSetting: () => (/* reexport */ duration_setting/* formatDurationSetting */.m),
  formatPercent: () => (/* reexport */ formatPercent),
  formatPredictionRatio: () => (/* reexport */ formatPredictionRatio),
  framesIn: () => (/* reexport */ framesIn),
  fromPytestSplitDurations: () => (/* reexport */ fromPytestSplitDurations),
  inferShardFromPath: () => (/* reexport */ inferShardFromPath),
  ingestFile: () => (/* reexport */ ingestFile),
  ingestReportMetrics: () => (/* reexport */ ingestReportMetrics),
  ingestReports: () => (/* reexport */ ingestReports),
  isBelowMinPassRate: () => (/* reexport */ isBelowMinPassRate),
  isFailing: () => (/* reexport */ isFailing),
  isForbidden: () => (/* reexport */ isForbidden),
  isRateLimited: () => (/* reexport */ isRateLimited),
  isSameTest: () => (/* reexport */ isSameTest),
  isUserError: () => (/* reexport */ user_error/* isUserError */.iU),
  locateFailures: () => (/* reexport */ locateFailures),
  locateTest: () => (/* reexport */ locateTest),
  matrixFromPlans: () => (/* reexport */ matrixFromPlans),
  measureSuiteOverheads: () => (/* reexport */ measureSuiteOverheads),
  mergeSuiteOverheads: () => (/* reexport */ mergeSuiteOverheads),
  movingAverage: () => (/* reexport */ movingAverage),
  noResultsVerdict: () => (/* reexport */ noResultsVerdict),
  normaliseTestFile: () => (/* reexport */ normaliseTestFile),
  nullLogger: () => (/* reexport */ nullLogger),
  parseAuditLog: () => (/* reexport */ parseAuditLog),
  parseCtrfDocument: () => (/* reexport */ parseCtrfDocument),
  parseDurationMs: () => (/* reexport */ duration_setting/* parseDurationMs */.y),
  parseEnvironmentFile: () => (/* reexport */ parseEnvironmentFile),
  parseJsonText: () => (/* reexport */ parseJsonText),
  parseMetrics: () => (/* reexport */ parseMetrics),
  parsePipelinePlan: () => (/* reexport */ parsePipelinePlan),
  parseRetryAfterMs: () => (/* reexport */ parseRetryAfterMs),
  parseShardRecord: () => (/* reexport */ parseShardRecord),
  parseTestKey: () => (/* reexport */ parseTestKey),
  parseTimings: () => (/* reexport */ parseTimings),
  parseTimingsContract: () => (/* reexport */ parseTimingsContract),
  passRate: () => (/* reexport */ passRate),
  placeOf: () => (/* reexport */ placeOf),
  planShards: () => (/* reexport */ planShards),
  readAuditFile: () => (/* reexport */ readAuditFile),
  readCtrfFile: () => (/* reexport */ readCtrfFile),
  readEnvFile: () => (/* reexport */ readEnvFile),
  readJsonContract: () => (/* reexport */ readJsonContract),
  readMetricsFile: () => (/* reexport */ readMetricsFile),
  readPlanFile: () => (/* reexport */ readPlanFile),
  readShardRecord: () => (/* reexport */ readShardRecord),
  readTimingsFile: () => (/* reexport */ readTimingsFile),
  redactRun: () => (/* reexport */ redactRun),
  redactStrings: () => (/* reexport */ redactStrings),
  renderCheckRunSummary: () => (/* reexport */ renderCheckRunSummary),
  renderHtmlReport: () => (/* reexport */ renderHtmlReport),
  renderMarkdownReport: () => (/* reexport */ renderMarkdownReport),
  retryWithBackoff: () => (/* reexport */ retryWithBackoff),
  safeHttpUrl: () => (/* reexport */ safeHttpUrl),
  showControls: () => (/* reexport */ showControls),
  stickyCommentBody: () => (/* reexport */ stickyCommentBody),
  systemClock: () => (/* reexport */ systemClock),
  teeLogger: () => (/* reexport */ teeLogger),
  testId: () => (/* reexport */ testId),
  toCtrfReport: () => (/* reexport */ toCtrfReport),
  toSeedNames: () => (/* reexport */ toSeedNames),
  toXmlSafe: () => (/* reexport */ toXmlSafe),
  withShardClock: () => (/* reexport */ withShardClock),
  writeJsonContract: () => (/* reexport */ writeJsonContract),
  writeMergedJUnit: () => (/* reexport */ writeMergedJUnit),
  writePrettyJson: () => (/* reexport */ writePrettyJson)
});

;// CONCATENATED MODULE: ./packages/core/src/model.ts
// The results model shared by every stage. Counting rules: DESIGN.md, "Counting tests".
/** Every failure category, in the order reports show them. */
const FAILURE_CATEGORIES = [
    'environment',
    'data',
    'timeout',
    'test-logic',
    'unknown',
];
/** What counts as failing, everywhere: a failed assertion or an error. A flaky test passed in the end. */
function isFailing(status) {
    return status === 'failed' || status === 'errored';
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./packages/core/src/redact/secrets.ts
/** What a secret becomes wherever we write or post it. */
const REDACTED = '***';
/** Shorter values are not redacted: "a" or "on" would turn ordinary text into stars. */
const MIN_SECRET_LENGTH = 4;
const ADD_MASK = /^\s*(?:::add-mask::|##\[add-mask\])(.*)$/gm;
/** The `::add-mask::` lines of a test's output, trimmed, or undefined when it has none. */
function maskLines(output) {
    if (!output.includes('add-mask'))
        return undefined;
    const lines = [...output.matchAll(ADD_MASK)].map((match) => match[0].trim());
    return lines.length > 0 ? lines.join('\n') : undefined;
}
/**
 * The known secret values of one run and the one function that redacts them: every text we write
 * (report files) or post (comment, summary, check run) passes through `redact` first. A value is
 * also known by each of its lines and its URL-encoded form, as the runner masks them.
 */
class Secrets {
    values = new Set();
    pattern;
    get size() {
        return this.values.size;
    }
    /** Every value redacted (each form), for a stage that takes a list of values to redact. */
    list() {
        return [...this.values];
    }
    add(value) {
        const trimmed = value?.trim() ?? '';
        if (trimmed === '')
            return 'empty';
        if (trimmed.length < MIN_SECRET_LENGTH)
            return 'too-short';
        if (this.values.has(trimmed))
            return 'known';
        const forms = [trimmed, ...trimmed.split(/\r?\n/).map((line) => line.trim()), encodeURIComponent(trimmed)];
        for (const form of forms)
            if (form.length >= MIN_SECRET_LENGTH)
                this.values.add(form);
        this.pattern = undefined;
        return 'added';
    }
    /** Adds every value a test masked in its output (`::add-mask::value` lines); returns the new ones. */
    addMaskedIn(output) {
        if (!output.includes('add-mask'))
            return [];
        const added = [];
        for (const match of output.matchAll(ADD_MASK)) {
            const value = match[1].trim();
            if (this.add(value) === 'added')
                added.push(value);
        }
        return added;
    }
    redact(text) {
        if (this.values.size === 0)
            return text;
        return text.replace((this.pattern ??= this.compile()), REDACTED);
    }
    redactOptional(text) {
        return (text === undefined ? text : this.redact(text));
    }
    /** Longest first, so a secret that contains another is replaced whole. */
    compile() {
        const sorted = [...this.values].sort((a, b) => b.length - a.length);
        return new RegExp(sorted.map((value) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
    }
}

;// CONCATENATED MODULE: ./packages/core/src/ingest/xml-text.ts
// Text decoding for the streaming XML reader: entity references and size-capped capture.
/** Longest reference worth decoding: "&#x10FFFF;". */
const MAX_REFERENCE = 10;
/** Code points XML may carry by reference; NUL, surrogates and U+FFFE/U+FFFF stay literal text. */
function isAllowedCodePoint(cp) {
    return cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) && cp !== 0xfffe && cp !== 0xffff;
}
/** The text of the reference `&...;` spanning text[amp..semi], or undefined to keep it literally. */
function decodeReference(text, amp, semi) {
    const length = semi - amp - 1;
    switch (text.charCodeAt(amp + 1)) {
        case 0x6c /* l */:
            return length === 2 && text.charCodeAt(amp + 2) === 0x74 ? '<' : undefined;
        case 0x67 /* g */:
            return length === 2 && text.charCodeAt(amp + 2) === 0x74 ? '>' : undefined;
        case 0x61 /* a */:
            if (length === 3 && text.startsWith('mp', amp + 2))
                return '&';
            return length === 4 && text.startsWith('pos', amp + 2) ? "'" : undefined;
        case 0x71 /* q */:
            return length === 4 && text.startsWith('uot', amp + 2) ? '"' : undefined;
        case 0x23 /* # */: {
            const hex = text.charCodeAt(amp + 2) === 0x78; /* x */
            const digits = text.slice(amp + (hex ? 3 : 2), semi);
            if (!(hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits))
                return undefined;
            const cp = parseInt(digits, hex ? 16 : 10);
            return isAllowedCodePoint(cp) ? String.fromCodePoint(cp) : undefined;
        }
        default:
            return undefined;
    }
}
/**
 * Decodes the 5 predefined entities and numeric references. Entities declared in a DOCTYPE are
 * never expanded: any other `&name;` (and a malformed reference) is kept literally.
 */
function decodeEntities(text) {
    let amp = text.indexOf('&');
    if (amp === -1)
        return text;
    let out = '';
    let from = 0;
    while (amp !== -1) {
        const semi = text.indexOf(';', amp + 2);
        const decoded = semi !== -1 && semi - amp <= MAX_REFERENCE ? decodeReference(text, amp, semi) : undefined;
        if (decoded !== undefined) {
            out += text.slice(from, amp) + decoded;
            from = semi + 1;
            amp = text.indexOf('&', from);
        }
        else {
            amp = text.indexOf('&', amp + 1);
        }
    }
    return out + text.slice(from);
}
/**
 * Backs `end` off so the kept bytes do not end inside a UTF-8 sequence, looking no further back
 * than `from`.
 */
function utf8Boundary(buf, end, from = 0) {
    let i = end - 1;
    while (i >= from && end - i < 4 && (buf[i] & 0xc0) === 0x80)
        i--;
    if (i < from || buf[i] < 0x80)
        return end;
    const lead = buf[i];
    const length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
    return end - i < length ? i : end;
}
/**
 * Keeps at most `cap` bytes of an element's content and counts all of it, so a 500 MB
 * system-out costs `cap` bytes of memory. Each piece is decoded from UTF-8 as it arrives (no copy
 * of its bytes: only a sequence cut by the end of a piece keeps its ≤3 bytes until the next one);
 * entity references are decoded once per run of text pieces, when the content is read, so a
 * reference split across pieces still decodes.
 */
class CappedText {
    cap;
    totalBytes = 0;
    kept = 0;
    /** Finished runs, decoded. */
    done = '';
    /** The current run of text (or CDATA) pieces, UTF-8 decoded, entities not yet. */
    run = '';
    runCdata = false;
    hasRun = false;
    /** Bytes at the end of the current run that may begin a sequence the next piece completes. */
    tail;
    constructor(cap) {
        this.cap = cap;
    }
    text(buf, start, end) {
        this.add(buf, start, end, false);
    }
    cdata(buf, start, end) {
        this.add(buf, start, end, true);
    }
    get truncated() {
        return this.totalBytes > this.cap;
    }
    add(buf, start, end, cdata) {
        const length = end - start;
        this.totalBytes += length;
        const room = this.cap - this.kept;
        if (room <= 0 || length <= 0)
            return;
        const take = Math.min(room, length);
        this.kept += take;
        if (this.hasRun && this.runCdata !== cdata) {
            this.done += this.finishRun(false);
            this.run = '';
            this.tail = undefined;
        }
        this.hasRun = true;
        this.runCdata = cdata;
        let bytes = buf;
        let from = start;
        let to = start + take;
        if (this.tail !== undefined) {
            // Rare: the last piece ended inside a sequence; join its few bytes to this piece.
            bytes = Buffer.concat([this.tail, buf.subarray(from, to)]);
            from = 0;
            to = bytes.length;
            this.tail = undefined;
        }
        const cut = utf8Boundary(bytes, to, from);
        if (cut > from)
            this.run += bytes.toString('utf8', from, cut);
        if (cut < to)
            this.tail = Buffer.from(bytes.subarray(cut, to));
    }
    /** The current run, decoded; a cut sequence at its end is dropped when `drop`, else decoded as is. */
    finishRun(drop) {
        const text = this.tail === undefined || drop ? this.run : this.run + this.tail.toString('utf8');
        return this.runCdata ? text : decodeEntities(text);
    }
    /** The decoded content; when capped, cut at a character boundary. */
    toString() {
        return this.hasRun ? this.done + this.finishRun(this.truncated) : this.done;
    }
}
/** Cuts an already-decoded string (from an attribute or JSON) to at most `cap` UTF-8 bytes. */
function capString(value, cap) {
    // A UTF-16 code unit is at most 3 UTF-8 bytes, so short strings need no measuring.
    if (value.length * 3 <= cap)
        return { text: value, totalBytes: -1, truncated: false };
    const bytes = Buffer.from(value);
    if (bytes.length <= cap)
        return { text: value, totalBytes: bytes.length, truncated: false };
    return { text: bytes.toString('utf8', 0, utf8Boundary(bytes, cap)), totalBytes: bytes.length, truncated: true };
}
function truncationNote(totalBytes, cap) {
    return `\n… [truncated: ${totalBytes} bytes total, cap ${cap}]`;
}

;// CONCATENATED MODULE: ./packages/core/src/ingest/attempt-draft.ts
// What every format's reader shares: the limits, an attempt being read, and turning it into the model.



function resolveLimits(source, options = {}) {
    return {
        output: options.maxOutputBytes ?? 64 * 1024,
        message: options.maxMessageBytes ?? 8 * 1024,
        body: options.maxBodyBytes ?? 64 * 1024,
        keepPassedOutput: options.keepPassedOutput ?? false,
        shard: options.shard,
        source,
    };
}
const ignoreProblem = () => undefined;
/** A test name that identifies nothing: missing, empty or only white space. */
function isUnusableName(name) {
    return name === undefined || name.trim() === '';
}
/**
 * The name given to a test its report leaves unnamed: stable across runs of the same report, from its
 * suite and its 1-based position among the tests of that suite.
 */
function unnamedTestName(position, suite) {
    return suite === '' ? `(unnamed test ${position})` : `(unnamed test ${position} in ${suite})`;
}
/** The note for an XML test element whose name is missing or blank (`value`), read as `generated`. */
function namelessMessage(element, attribute, value, at, generated) {
    const problem = value === undefined ? `without a ${attribute} attribute` : `with an empty ${attribute}`;
    return `${element} ${problem} at line ${at.line}, column ${at.column}; read as "${generated}"`;
}
/** One attempt while its elements are being read; text arrives either as an attribute or as content. */
class AttemptDraft {
    limits;
    status = 'passed';
    durationMs = 0;
    startedAt;
    type;
    messageAttribute;
    message;
    body;
    stdout;
    stderr;
    constructor(limits) {
        this.limits = limits;
    }
    /** Makes this draft a fresh passed attempt again, so a reader can reuse one draft for every test. */
    reset() {
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
    mark(status, type, message) {
        if (isFailing(this.status))
            return false;
        if (this.status === 'skipped' && status === 'skipped')
            return false;
        this.status = status;
        this.type = type || undefined;
        this.messageAttribute = message;
        this.message = undefined;
        this.body = undefined;
        return true;
    }
    messageSink() {
        return (this.message ??= new CappedText(this.limits.message));
    }
    bodySink() {
        return (this.body ??= new CappedText(this.limits.body));
    }
    stdoutSink() {
        return (this.stdout ??= new CappedText(this.limits.output));
    }
    stderrSink() {
        return (this.stderr ??= new CappedText(this.limits.output));
    }
    /** The model's attempt; capped fields are noted in `truncated`. */
    toAttempt(truncated) {
        const limits = this.limits;
        const attempt = { status: this.status, durationMs: this.durationMs, source: limits.source };
        if (limits.shard !== undefined)
            attempt.shard = limits.shard;
        if (this.startedAt)
            attempt.startedAt = this.startedAt;
        if (this.type !== undefined || this.messageAttribute || this.message || this.body) {
            const failure = {};
            if (this.type)
                failure.type = this.type;
            const message = this.message
                ? finishText(this.message, limits.message, 'message', truncated, true)
                : finishString(this.messageAttribute, limits.message, 'message', truncated);
            if (message)
                failure.message = message;
            const body = this.body && finishText(this.body, limits.body, 'body', truncated, true);
            if (body)
                failure.body = body;
            if (failure.type !== undefined || failure.message !== undefined || failure.body !== undefined) {
                attempt.failure = failure;
            }
        }
        const keepOutput = limits.keepPassedOutput || isFailing(this.status);
        if (keepOutput && this.stdout) {
            const stdout = finishText(this.stdout, limits.output, 'stdout', truncated, false);
            if (stdout)
                attempt.stdout = stdout;
        }
        if (keepOutput && this.stderr) {
            const stderr = finishText(this.stderr, limits.output, 'stderr', truncated, false);
            if (stderr)
                attempt.stderr = stderr;
        }
        if (!keepOutput) {
            // Dropped output still tells which values the test masked: those lines are kept, to be redacted everywhere.
            const stdout = this.stdout && maskLines(this.stdout.toString());
            if (stdout)
                attempt.stdout = stdout;
            const stderr = this.stderr && maskLines(this.stderr.toString());
            if (stderr)
                attempt.stderr = stderr;
        }
        return attempt;
    }
}
function noteTruncated(truncated, field) {
    if (!truncated.includes(field))
        truncated.push(field);
}
function finishText(text, cap, field, truncated, trim) {
    let value = text.toString();
    if (trim)
        value = value.trim();
    else if (value.trim() === '')
        return undefined;
    if (!text.truncated)
        return value || undefined;
    noteTruncated(truncated, field);
    return value + truncationNote(text.totalBytes, cap);
}
/** Caps a string from an attribute or JSON field the same way element content is capped. */
function finishString(value, cap, field, truncated) {
    if (!value)
        return undefined;
    const capped = capString(value, cap);
    if (!capped.truncated)
        return value;
    noteTruncated(truncated, field);
    return capped.text + truncationNote(capped.totalBytes, cap);
}
/** Seconds as reports write them ("0.012", "1,234.5", "0,5") to milliseconds; junk reads as 0. */
function secondsToMs(value) {
    if (value === undefined || value === '')
        return 0;
    let seconds;
    if (typeof value === 'number')
        seconds = value;
    else {
        let text = value.trim();
        if (text.includes(','))
            text = text.includes('.') ? text.replace(/,/g, '') : text.replace(',', '.');
        seconds = Number(text);
    }
    return Number.isFinite(seconds) && seconds > 0 ? Math.round(seconds * 1e6) / 1e3 : 0;
}
/** "hh:mm:ss.fffffff" (TRX, .NET TimeSpan, optionally "d.hh:mm:ss") to milliseconds. */
function timeSpanToMs(value) {
    const match = value ? /^(?:(\d+)\.)?(\d+):(\d+):(\d+(?:\.\d+)?)$/.exec(value.trim()) : null;
    if (!match)
        return secondsToMs(value);
    const [, days, hours, minutes, seconds] = match;
    const total = Number(days ?? 0) * 86400 + Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds);
    return Math.round(total * 1e6) / 1e3;
}
function positiveInt(value) {
    if (value === undefined || value === '')
        return undefined;
    const n = typeof value === 'number' ? value : Number(value.trim());
    return Number.isInteger(n) && n > 0 ? n : undefined;
}
/** Reused between records: most records have nothing truncated, so no array is made for them. */
const scratchTruncated = [];
/** Assembles the record from its attempts and the fields that were capped on the way. */
function buildRecord(identity, drafts) {
    const truncated = scratchTruncated;
    if (truncated.length !== 0)
        truncated.length = 0;
    const attempts = [];
    for (let i = 0; i < drafts.length; i++)
        attempts.push(drafts[i].toAttempt(truncated));
    const record = { suite: identity.suite, name: identity.name, attempts };
    if (identity.classname !== undefined)
        record.classname = identity.classname;
    if (identity.file !== undefined)
        record.file = identity.file;
    if (identity.line !== undefined)
        record.line = identity.line;
    if (identity.properties !== undefined)
        record.properties = identity.properties;
    if (identity.marker !== undefined)
        record.marker = identity.marker;
    if (identity.repeatsAreAttempts)
        record.repeatsAreAttempts = true;
    if (truncated.length > 0)
        record.truncated = [...truncated];
    return record;
}

// EXTERNAL MODULE: ./packages/core/src/errors/user-error.ts
var user_error = __webpack_require__(42381);
;// CONCATENATED MODULE: ./packages/core/src/contracts/errors.ts

/**
 * A contract file (plan, env.json, metrics.json...) that cannot be used as it is. The message names the
 * file and the field path, e.g. `testpipe-plan.json: suites[0].shards[2].units must be an array of strings`.
 */
class ContractError extends user_error/* UserError */.yo {
    file;
    field;
    name = 'ContractError';
    constructor(
    /** The path the file was read from, or the contract's file name. */
    file, 
    /** Path of the bad field (`suites[0].planHash`); empty for the document as a whole. */
    field, problem, options = {}) {
        // A whole sentence (the version messages) is the message as it is.
        const message = options.sentence ? problem : field ? `${file}: ${field} ${problem}` : `${file} ${problem}`;
        super(message, { kind: 'config', cause: options.cause });
        this.file = file;
        this.field = field;
    }
}
/** A contract file written with a schemaVersion this testpipe cannot read (newer, or no longer supported). */
class ContractVersionError extends ContractError {
    found;
    name = 'ContractVersionError';
    constructor(file, field, found, message) {
        super(file, field, message, { sentence: true });
        this.found = found;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/contracts/fields.ts
// Field checks shared by the contract readers: each names the file and the field path on failure.

function isJsonObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** The JSON type of a value for messages: "null", "array", "number"... */
function jsonType(value) {
    return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
/** `suites[0].shards`, `outputs["db-url"]`: the path of a field below `parent`. */
function fieldPath(parent, key) {
    if (typeof key === 'number')
        return `${parent}[${key}]`;
    if (!IDENTIFIER.test(key))
        return `${parent}[${JSON.stringify(key)}]`;
    return parent ? `${parent}.${key}` : key;
}
// Date.parse accepts far more than ISO 8601 ("March 7", "2024"); contracts hold full ISO times.
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
/** Reads the fields of one contract file, throwing a ContractError naming `source` and the field path. */
class FieldReader {
    source;
    constructor(source) {
        this.source = source;
    }
    fail(path, problem) {
        throw new ContractError(this.source, path, problem);
    }
    mustBe(value, path, what) {
        this.fail(path, value === undefined ? `is missing (must be ${what})` : `must be ${what} (found ${jsonType(value)})`);
    }
    object(value, path) {
        if (!isJsonObject(value))
            this.mustBe(value, path, path ? 'an object' : 'a JSON object');
        return value;
    }
    array(value, path) {
        if (!Array.isArray(value))
            this.mustBe(value, path, 'an array');
        return value;
    }
    string(value, path) {
        if (typeof value !== 'string')
            this.mustBe(value, path, 'a string');
        return value;
    }
    nonEmptyString(value, path) {
        if (typeof value !== 'string' || value.trim() === '')
            this.mustBe(value, path, 'a non-empty string');
        return value;
    }
    stringArray(value, path) {
        if (!Array.isArray(value))
            this.mustBe(value, path, 'an array of strings');
        value.forEach((item, index) => this.string(item, fieldPath(path, index)));
        return value;
    }
    boolean(value, path) {
        if (typeof value !== 'boolean')
            this.mustBe(value, path, 'true or false');
        return value;
    }
    /** An integer >= 0: a count. */
    count(value, path) {
        if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
            this.mustBe(value, path, 'an integer >= 0');
        }
        return value;
    }
    /** A finite number >= 0: a duration in milliseconds, a sum. */
    amount(value, path) {
        if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
            this.mustBe(value, path, 'a number >= 0');
        return value;
    }
    /** A finite number between min and max. */
    numberIn(value, path, min, max) {
        if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
            this.mustBe(value, path, `a number from ${min} to ${max}`);
        }
        return value;
    }
    oneOf(value, path, allowed) {
        if (typeof value !== 'string' || !allowed.includes(value)) {
            const what = `${allowed.length === 1 ? '' : 'one of '}${allowed.map((v) => JSON.stringify(v)).join(', ')}`;
            if (value === undefined)
                this.fail(path, `is missing (must be ${what})`);
            this.fail(path, `must be ${what} (found ${typeof value === 'string' ? JSON.stringify(value) : jsonType(value)})`);
        }
        return value;
    }
    /** An ISO 8601 date and time with a time zone, e.g. 2026-03-07T09:15:00Z. */
    isoTime(value, path) {
        const text = this.string(value, path);
        if (!ISO_TIME.test(text) || Number.isNaN(Date.parse(text))) {
            this.fail(path, `must be an ISO 8601 time such as 2026-03-07T09:15:00Z (found ${JSON.stringify(text)})`);
        }
        return text;
    }
    /** Every entry of an object read by `read`, keyed as in the file. */
    record(value, path, read) {
        const entries = {};
        for (const [key, entry] of Object.entries(this.object(value, path)))
            entries[key] = read(entry, fieldPath(path, key));
        return entries;
    }
    /** `read` over an array's items, each with its index in the path. */
    list(value, path, read) {
        return this.array(value, path).map((item, index) => read(item, fieldPath(path, index)));
    }
    /** The optional field `key` of `object`, read by `read` when present (undefined counts as absent). */
    optional(object, key, path, read) {
        const value = object[key];
        return value === undefined ? undefined : read.call(this, value, fieldPath(path, key));
    }
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./packages/core/src/contracts/json-file.ts
// Reading and writing contract files as JSON; the parse step (schema and version) is each contract's own.




function lineAndColumn(text, offset) {
    let line = 1;
    let lineStart = 0;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
        line++;
        lineStart = i + 1;
    }
    return { line, column: offset - lineStart + 1 };
}
/** Where JSON.parse stopped, when its message says ("at position 12"; the end for "Unexpected end"). */
function whereParsingStopped(text, message) {
    const position = /at position (\d+)/.exec(message);
    const offset = position ? Number(position[1]) : /end of JSON input/.test(message) ? text.length : undefined;
    if (offset === undefined)
        return '';
    const { line, column } = lineAndColumn(text, offset);
    return ` at line ${line}, column ${column}`;
}
/** JSON.parse, with a ContractError naming `source` and the place instead of a bare SyntaxError. */
function parseJsonText(text, source) {
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    try {
        return JSON.parse(body);
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        if (body.trim() === '')
            throw new ContractError(source, '', 'is empty, not JSON', { cause: error });
        throw new ContractError(source, '', `is not valid JSON${whereParsingStopped(body, message)}: ${message}`, {
            cause: error,
        });
    }
}
/** Reads a contract file and validates it with `parse`; every failure is a UserError naming the file. */
async function readJsonContract(file, parse) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        throw (0,user_error/* describeFileSystemError */.tN)(error, `The file ${external_node_path_default().basename(file)}`);
    }
    return parse(parseJsonText(text, file), file);
}
/** Writes a contract file as the stages always have: JSON, 2-space indent, a final newline; creates the directory. */
async function writeJsonContract(file, value, options = {}) {
    const text = options.compact ? JSON.stringify(value) : JSON.stringify(value, null, 2);
    try {
        await (0,promises_.mkdir)(external_node_path_default().dirname(file), { recursive: true });
        await (0,promises_.writeFile)(file, `${text}\n`);
    }
    catch (error) {
        throw (0,user_error/* describeFileSystemError */.tN)(error, `The file ${external_node_path_default().basename(file)}`);
    }
}

;// CONCATENATED MODULE: ./packages/core/src/planning/types.ts
const SHARD_PLAN_SCHEMA_VERSION = 1;
const DEFAULT_MAX_PARALLEL = 16;
/** Duration assumed for a unit when nothing at all is known. */
const DEFAULT_UNIT_DURATION_MS = 1000;
/** 'auto' takes the smallest shard count within this fraction of the best predicted wall time. */
const AUTO_SHARDS_TOLERANCE = 0.05;
/** GitHub Actions runs at most 256 jobs per matrix. */
const MAX_MATRIX_JOBS = 256;

;// CONCATENATED MODULE: ./packages/core/src/timings/types.ts
// The content of timings.json (DESIGN "Data contracts"): written by aggregate-report, read by the run-matrix planner.
const TIMINGS_SCHEMA_VERSION = 1;
/** Weight of the newest run in the moving average. */
const DEFAULT_TIMINGS_ALPHA = 0.3;
/** Tests and files not timed in this many consecutive runs are dropped. */
const DEFAULT_KEEP_UNSEEN_RUNS = 10;

;// CONCATENATED MODULE: ./packages/core/src/contracts/file-names.ts
// The names of the files that pass between stages (DESIGN "Data contracts"). Code imports these
// instead of writing the names as string literals, so a rename is one change.
/** Per-test and per-file durations: written by aggregate-report, read by the run-matrix plan. */
const TIMINGS_FILE = 'timings.json';
/** The plan artifact: written by the run-matrix plan job, read by each shard job. */
const PLAN_FILE = 'testpipe-plan.json';
/** Written by provision, read by seed, run-matrix and teardown. */
const ENV_FILE = 'env.json';
/** What provision created and teardown kept or destroyed, for people to read. */
const AUDIT_FILE = 'audit.json';
// aggregate-report's output directory.
const MERGED_JUNIT_FILE = 'junit.xml';
const CTRF_REPORT_FILE = 'ctrf-report.json';
const METRICS_FILE = 'metrics.json';
const HTML_REPORT_FILE = 'report.html';
const SUMMARY_FILE = 'summary.md';
// One shard's results: results/<shard>/...
const SHARD_CTRF_FILE = 'ctrf.json';
const SHARD_JUNIT_FILE = 'junit.xml';
const SHARD_OUTPUT_LOG = 'output.log';
/** What the shard really took (contracts/shard-record.ts). */
const SHARD_RECORD_FILE = 'shard.json';
/** Directory of the raw reports of each attempt, kept as the runner wrote them. */
const SHARD_ATTEMPTS_DIR = 'attempts';

;// CONCATENATED MODULE: ./packages/core/src/contracts/versions.ts
// The one table of contract versions: every reader's version check and message come from it.




/** The testpipe release these readers belong to; equal to packages/core/package.json's version (a test checks). */
const TESTPIPE_VERSION = '1.0.0';
/**
 * Contract → version. Adding a field is not a new version (readers ignore fields they do not know);
 * renaming, removing or changing the meaning of one is.
 */
const CONTRACT_VERSIONS = {
    timings: { file: TIMINGS_FILE, current: TIMINGS_SCHEMA_VERSION, oldestReadable: 1 },
    plan: { file: PLAN_FILE, current: 1, oldestReadable: 1 },
    /** Each suite's plan inside testpipe-plan.json (`suites[i].schemaVersion`), as planShards writes it. */
    shardPlan: { file: PLAN_FILE, current: SHARD_PLAN_SCHEMA_VERSION, oldestReadable: 1 },
    environment: { file: ENV_FILE, current: 1, oldestReadable: 1 },
    audit: { file: AUDIT_FILE, current: 1, oldestReadable: 1 },
    metrics: { file: METRICS_FILE, current: 1, oldestReadable: 1 },
    shardRecord: { file: SHARD_RECORD_FILE, current: 1, oldestReadable: 1 },
    /** testpipe's own contract inside the CTRF documents it writes (ctrf-report.json and each shard's ctrf.json). */
    ctrf: { file: CTRF_REPORT_FILE, current: 1, oldestReadable: 1 },
};
function readable(contract) {
    return contract.oldestReadable === contract.current
        ? `version ${contract.current}`
        : `versions ${contract.oldestReadable} to ${contract.current}`;
}
/**
 * The schemaVersion of a contract file when this testpipe can read it; otherwise a ContractError naming
 * `source`, and for a newer (or retired) major the testpipe version to use instead.
 */
function checkSchemaVersion(value, source, contract, field = 'schemaVersion') {
    if (value === undefined) {
        throw new ContractError(source, field, `is missing; a ${contract.file} written by testpipe always has one`);
    }
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
        throw new ContractError(source, field, `must be a positive integer (found ${JSON.stringify(value)})`);
    }
    if (value > contract.current) {
        throw new ContractVersionError(source, field, value, `${source} has ${field} ${value}; this testpipe (${TESTPIPE_VERSION}) reads ${readable(contract)}. ` +
            `Update the testpipe actions/CLI to a version that writes ${field} ${value}.`);
    }
    if (value < contract.oldestReadable) {
        throw new ContractVersionError(source, field, value, `${source} has ${field} ${value}, written by an older testpipe; this testpipe (${TESTPIPE_VERSION}) reads ` +
            `${readable(contract)}. Re-run the stage that writes ${contract.file} with this testpipe version.`);
    }
    return value;
}

;// CONCATENATED MODULE: ./packages/core/src/contracts/ctrf.ts
// ctrf-report.json (aggregate-report) and each shard's ctrf.json (run-matrix) follow the open CTRF
// format (ctrf.io). testpipe's own contract version is kept where CTRF allows extensions: the top-level
// `extra.testpipeSchemaVersion`. A CTRF document written by another tool has none and is read as CTRF.




const CTRF_STATUSES = ['passed', 'failed', 'skipped', 'pending', 'other'];
/** The field of a CTRF document that holds testpipe's contract version. */
const CTRF_TESTPIPE_VERSION_FIELD = 'extra.testpipeSchemaVersion';
const SUMMARY_COUNTS = ['tests', 'passed', 'failed', 'skipped', 'pending', 'other'];
/**
 * The testpipe contract version of a CTRF document, or undefined when another tool wrote it. Throws a
 * ContractVersionError when testpipe's version is newer than this code reads, so a newer document is
 * refused rather than half-read.
 */
function checkCtrfTestpipeVersion(document, source) {
    if (!isJsonObject(document) || document.extra === undefined)
        return undefined;
    if (!isJsonObject(document.extra)) {
        throw new ContractError(source, 'extra', 'must be an object (CTRF: "Extension point for arbitrary metadata")');
    }
    const version = document.extra.testpipeSchemaVersion;
    if (version === undefined)
        return undefined;
    return checkSchemaVersion(version, source, CONTRACT_VERSIONS.ctrf, CTRF_TESTPIPE_VERSION_FIELD);
}
function readTest(r, value, path) {
    const test = r.object(value, path);
    r.string(test.name, fieldPath(path, 'name'));
    r.oneOf(test.status, fieldPath(path, 'status'), CTRF_STATUSES);
    r.amount(test.duration, fieldPath(path, 'duration'));
    return test;
}
/**
 * Validates the CTRF envelope (what the CTRF schema requires: reportFormat, specVersion, results.tool.name,
 * results.summary counts, each test's name, status and duration) and testpipe's version when present.
 * Lenient reading of other tools' reports (no reportFormat, odd entries) is ingestFile's job.
 */
function parseCtrfDocument(value, source) {
    const r = new FieldReader(source);
    const document = r.object(value, '');
    checkCtrfTestpipeVersion(document, source);
    r.oneOf(document.reportFormat, 'reportFormat', ['CTRF']);
    const specVersion = r.string(document.specVersion, 'specVersion');
    if (!/^\d+\.\d+\.\d+$/.test(specVersion)) {
        r.fail('specVersion', `must be MAJOR.MINOR.PATCH (found ${JSON.stringify(specVersion)})`);
    }
    const results = r.object(document.results, 'results');
    const tool = r.object(results.tool, 'results.tool');
    r.string(tool.name, 'results.tool.name');
    r.optional(tool, 'version', 'results.tool', r.string);
    const summary = r.object(results.summary, 'results.summary');
    for (const key of SUMMARY_COUNTS)
        r.count(summary[key], fieldPath('results.summary', key));
    for (const key of ['start', 'stop'])
        r.amount(summary[key], fieldPath('results.summary', key));
    r.list(results.tests, 'results.tests', (test, path) => readTest(r, test, path));
    return document;
}
/** Reads ctrf-report.json or a shard's ctrf.json. */
function readCtrfFile(file) {
    return readJsonContract(file, parseCtrfDocument);
}

;// CONCATENATED MODULE: ./packages/core/src/ingest/ctrf-reader.ts


function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function ctrf_reader_text(value) {
    if (typeof value === 'string')
        return value;
    if (Array.isArray(value))
        return value.filter((line) => typeof line === 'string').join('\n');
    return undefined;
}
function ctrfStatus(status, rawStatus) {
    if (status === 'passed')
        return 'passed';
    // testpipe writes an errored test as failed with rawStatus "errored" (CTRF has no errored status).
    if (status === 'failed')
        return rawStatus === 'errored' ? 'errored' : 'failed';
    if (status === 'other' && typeof rawStatus === 'string' && /time|interrupt|crash|abort|error|fail/i.test(rawStatus)) {
        return 'errored';
    }
    return 'skipped';
}
function capped(value, cap) {
    if (!value)
        return undefined;
    const sink = new CappedText(cap);
    const bytes = Buffer.from(value);
    sink.cdata(bytes, 0, bytes.length);
    return sink;
}
/** The CTRF tests array, or undefined when the JSON is not a CTRF report. */
function ctrfTests(document) {
    if (!isObject(document) || !isObject(document.results) || !Array.isArray(document.results.tests))
        return undefined;
    const tool = isObject(document.results.tool) ? ctrf_reader_text(document.results.tool.name) : undefined;
    return { tool, tests: document.results.tests };
}
/** The JSON type of a value, for messages: "null", "array", "number"... */
function typeOf(value) {
    return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}
/** Largest epoch milliseconds a Date can hold. */
const MAX_DATE_MS = 8.64e15;
function attemptFrom(entry, limits, where, note) {
    const attempt = new AttemptDraft(limits);
    const status = ctrfStatus(entry.status, entry.rawStatus);
    if (status !== 'passed')
        attempt.mark(status, undefined, ctrf_reader_text(entry.message));
    else
        attempt.messageAttribute = ctrf_reader_text(entry.message);
    attempt.body = capped(ctrf_reader_text(entry.trace), limits.body);
    attempt.stdout = capped(ctrf_reader_text(entry.stdout), limits.output);
    attempt.stderr = capped(ctrf_reader_text(entry.stderr), limits.output);
    const duration = entry.duration;
    if (typeof duration === 'number' && Number.isFinite(duration) && duration >= 0)
        attempt.durationMs = duration;
    else if (duration !== undefined && duration !== null) {
        const shown = typeof duration === 'number' ? String(duration) : JSON.stringify(duration).slice(0, 40);
        note(`${where}: duration ${shown} is not a finite number of milliseconds >= 0; read as 0`);
    }
    const start = entry.start;
    if (typeof start === 'number' && start > 0 && start <= MAX_DATE_MS)
        attempt.startedAt = new Date(start).toISOString();
    return attempt;
}
/**
 * The record for `results.tests[index]`, or undefined (with a note) when the entry is not a test object.
 * `positions` counts the entries read per suite, for naming an entry without a name.
 */
function ctrfRecord(entry, index, tool, limits, note, positions = new Map()) {
    const where = `results.tests[${index}]`;
    if (!isObject(entry)) {
        note(`${where} is ${typeOf(entry)}, not a test object; skipped`);
        return undefined;
    }
    const entrySuite = Array.isArray(entry.suite) ? ctrf_reader_text(entry.suite)?.replace(/\n/g, ' › ') : ctrf_reader_text(entry.suite);
    const file = ctrf_reader_text(entry.filePath) || undefined;
    const suite = entrySuite || file || tool || '';
    const position = (positions.get(suite) ?? 0) + 1;
    positions.set(suite, position);
    let name;
    if (typeof entry.name !== 'string' || isUnusableName(entry.name)) {
        name = unnamedTestName(position, suite);
        const what = entry.name === undefined ? 'no name' : `name ${JSON.stringify(entry.name).slice(0, 40)}`;
        note(`${where} has ${what}, expected a non-empty string; read as "${name}"`);
    }
    else
        name = entry.name;
    const final = attemptFrom(entry, limits, where, note);
    let earlier = [];
    if (Array.isArray(entry.retryAttempts) && entry.retryAttempts.length > 0) {
        entry.retryAttempts.forEach((retry, i) => {
            const retryWhere = `${where}.retryAttempts[${i}]`;
            if (isObject(retry))
                earlier.push(attemptFrom(retry, limits, retryWhere, note));
            else
                note(`${retryWhere} is ${typeOf(retry)}, not an attempt object; ignored`);
        });
    }
    else if (typeof entry.retries === 'number' && entry.retries > 0) {
        earlier = Array.from({ length: Math.min(entry.retries, 100) }, () => {
            const retry = new AttemptDraft(limits);
            retry.mark('failed');
            return retry;
        });
    }
    const line = Number.isSafeInteger(entry.line) && entry.line > 0 ? entry.line : undefined;
    // testpipe's own ctrf-report.json keeps the JUnit classname in `extra`: it is part of the test's
    // identity, so without it a report read back (a base run) would match none of the same tests.
    const classname = isObject(entry.extra) && typeof entry.extra.classname === 'string' ? entry.extra.classname : undefined;
    return buildRecord({ suite, classname, name, file, line }, [...earlier, final]);
}

;// CONCATENATED MODULE: ./packages/core/src/ingest/detect-format.ts
// Recognises a report by its content (root element, namespace, JSON shape), never by file name.
const ROOT_FORMAT = {
    testsuites: 'junit',
    testsuite: 'junit',
    testcase: 'junit',
    'test-run': 'nunit',
    // NUnit 3 without the <test-run> wrapper (an assembly's result alone).
    'test-suite': 'nunit',
    'test-results': 'nunit',
    assemblies: 'xunit',
    assembly: 'xunit',
    TestRun: 'trx',
};
/** Skips the prolog (declaration, comments, PIs, DOCTYPE with internal subset) and returns the root element's name. */
function rootElementName(head) {
    let i = 0;
    for (;;) {
        const lt = head.indexOf('<', i);
        if (lt === -1 || head.slice(i, lt).trim() !== '')
            return undefined;
        if (head.startsWith('<?', lt))
            i = endOf(head, '?>', lt);
        else if (head.startsWith('<!--', lt))
            i = endOf(head, '-->', lt);
        else if (head.startsWith('<!', lt))
            i = skipDeclaration(head, lt);
        else
            return /^<([A-Za-z_][\w.:-]*)/.exec(head.slice(lt, lt + 200))?.[1];
        if (i === -1)
            return undefined;
    }
}
function endOf(head, terminator, from) {
    const at = head.indexOf(terminator, from);
    return at === -1 ? -1 : at + terminator.length;
}
function skipDeclaration(head, lt) {
    let depth = 0;
    for (let i = lt + 2; i < head.length; i++) {
        const c = head[i];
        if (c === '"' || c === "'") {
            const close = head.indexOf(c, i + 1);
            if (close === -1)
                return -1;
            i = close;
        }
        else if (c === '[')
            depth++;
        else if (c === ']')
            depth--;
        else if (c === '>' && depth <= 0)
            return i + 1;
    }
    return -1;
}
/** The root element's name without its namespace prefix, after a BOM and white space. */
function rootLocalName(head) {
    const start = (head.charCodeAt(0) === 0xfeff ? head.slice(1) : head).trimStart();
    const root = rootElementName(start);
    return root?.includes(':') ? root.slice(root.indexOf(':') + 1) : root;
}
/** Whether an NUnit file is NUnit 2's <test-results> (its own reader) rather than NUnit 3. */
function isNUnit2(head) {
    return rootLocalName(head) === 'test-results';
}
/** The report format of a file from its first bytes (decoded), or undefined when it is not a report. */
function detectFormat(head) {
    const text = head.charCodeAt(0) === 0xfeff ? head.slice(1) : head;
    const start = text.trimStart();
    if (start.startsWith('{')) {
        // CTRF: {"results": {"tool": ..., "tests": [...]}}; the keys may come in any order.
        return /"results"\s*:\s*\{/.test(start) && /"(tests|tool|summary)"\s*:/.test(start) ? 'ctrf' : undefined;
    }
    const local = rootLocalName(start);
    if (local === undefined)
        return undefined;
    const format = ROOT_FORMAT[local];
    if (format === 'trx' && !start.includes('microsoft.com/schemas/VisualStudio/TeamTest'))
        return undefined;
    return format;
}
/** A short description of what a non-report file looks like, for the error message. */
function describeContent(head) {
    const start = (head.charCodeAt(0) === 0xfeff ? head.slice(1) : head).trimStart();
    if (start === '')
        return 'the file is empty';
    if (start.startsWith('{') || start.startsWith('['))
        return 'JSON that is not a CTRF report (no results.tests)';
    const root = rootElementName(start);
    if (root?.toLowerCase() === 'html' || /^<!doctype html/i.test(start))
        return 'an HTML page';
    if (root !== undefined)
        return `XML with root element <${root}>`;
    return 'neither XML nor JSON';
}

;// CONCATENATED MODULE: ./packages/core/src/ingest/declared-totals.ts
// Totals a suite, assembly or run element declares (tests="6" failures="1" ...), set against the tests
// read under it, for every XML reader. A failing test must never vanish silently (DESIGN "Counting tests"):
// - an element that declares tests but lists none is counted as declared: one anonymous entry per
//   declared test, failures first, and a note;
// - an element that declares more tests, or more failing tests, than were read under it gets a note
//   naming both numbers. Fewer declared than read is not noted: nothing can hide there, and placeholders
//   such as jest-junit's tests="0" are common.


/** More entries than this for one element is not a report but a typo or a mutation: the rest is counted in the note. */
const MAX_DECLARED_ENTRIES = 10_000;
/** A count attribute as a non-negative integer, or undefined. */
function countAttribute(attributes, name) {
    const value = attributes.number(name);
    const count = typeof value === 'string' ? Number(value.trim()) : value;
    return count !== undefined && Number.isSafeInteger(count) && count >= 0 ? count : undefined;
}
/** The sum of counts of which some may be missing; undefined when all are. */
function sumOfCounts(...counts) {
    let sum;
    for (const count of counts)
        if (count !== undefined)
            sum = (sum ?? 0) + count;
    return sum;
}
/**
 * Declared totals from counts an element may carry (undefined when it carries none). The test count is
 * at least what the others add up to: jest-junit writes tests="0" errors="1" for a file that failed to load.
 */
function declaredTotals(tests, failed, errored, skipped) {
    if (tests === undefined && failed === undefined && errored === undefined && skipped === undefined)
        return undefined;
    const f = failed ?? 0;
    const e = errored ?? 0;
    const s = skipped ?? 0;
    return { tests: Math.max(tests ?? 0, f + e + s), failed: f, errored: e, skipped: s };
}
/**
 * An element that may declare totals, with what was read under it so far. Readers keep one per open
 * suite/assembly/run (or extend it); counting a test only adds integers.
 */
class CountedElement {
    element;
    name;
    declared;
    at;
    /** Test elements opened directly inside so far: an unnamed one is named by its position. */
    positions = 0;
    /** Tests read under this element, nested elements included, and how many of them fail. */
    tests = 0;
    failing = 0;
    /** Tests read directly inside (not in a nested element). */
    direct = 0;
    directFailing = 0;
    /** Attempts read under this element, and failing ones: Surefire 2.x counts every rerun in tests/failures. */
    attempts = 0;
    failingAttempts = 0;
    /** Closed nested elements, and those with a failing test: node:test counts a nested suite as one test. */
    children = 0;
    failingChildren = 0;
    /** What nested elements declared beyond what they listed, already noted there (not noted again here). */
    shortTests = 0;
    shortFailing = 0;
    constructor(
    /** Element name for notes: "testsuite", "assembly"... */
    element, name, declared, at) {
        this.element = element;
        this.name = name;
        this.declared = declared;
        this.at = at;
    }
    /** Counts one test read directly inside this element: by its last attempt (a flaky test passed), and each attempt. */
    countRecord(record) {
        const attempts = record.attempts;
        this.tests++;
        this.direct++;
        if (isFailing(attempts[attempts.length - 1].status)) {
            this.failing++;
            this.directFailing++;
        }
        this.attempts += attempts.length;
        for (let i = 0; i < attempts.length; i++)
            if (isFailing(attempts[i].status))
                this.failingAttempts++;
    }
    /** Adds a nested element once it has closed and was settled. */
    addChild(child) {
        this.tests += child.tests;
        this.failing += child.failing;
        this.attempts += child.attempts;
        this.failingAttempts += child.failingAttempts;
        this.children++;
        if (child.failing > 0)
            this.failingChildren++;
        this.shortTests += child.shortTests;
        this.shortFailing += child.shortFailing;
    }
    describe() {
        return this.name === '' ? this.element : `${this.element} "${this.name}"`;
    }
    /**
     * Called when the element closes: delivers what it declares when it lists no test, or notes that it
     * declares more (failing) tests than were read. `suite` is the suite of entries made for it.
     */
    settle(suite, out) {
        const declared = this.declared;
        if (declared === undefined || declared.tests === 0)
            return;
        if (this.tests === 0 && this.shortTests === 0) {
            this.deliverDeclared(declared, suite, out);
            return;
        }
        const declaredFailing = declared.failed + declared.errored;
        const covered = (tests, failing) => declared.tests <= tests && declaredFailing <= failing;
        if (covered(this.tests + this.shortTests, this.failing + this.shortFailing))
            return;
        if (covered(this.direct + this.children, this.directFailing + this.failingChildren))
            return;
        if (covered(this.attempts + this.shortTests, this.failingAttempts + this.shortFailing))
            return;
        out.note(`${this.describe()} declares ${declared.tests} tests (${declaredFailing} failing) but ${this.tests} ` +
            `were read (${this.failing} failing)`, this.at);
        this.shortTests = Math.max(this.shortTests, declared.tests - this.tests);
        this.shortFailing = Math.max(this.shortFailing, declaredFailing - this.failing);
    }
    deliverDeclared(declared, suite, out) {
        const { tests, failed, errored, skipped } = declared;
        const passed = tests - failed - errored - skipped;
        const delivered = Math.min(tests, MAX_DECLARED_ENTRIES);
        const cut = delivered < tests ? ` (the first ${delivered} delivered)` : '';
        out.note(`${this.describe()} declares ${tests} tests but lists none; counted as declared: ${failed} failed, ` +
            `${errored} errored, ${skipped} skipped, ${passed} passed${cut}`, this.at);
        for (let i = 0; i < delivered; i++) {
            const attempt = new AttemptDraft(out.limits);
            if (i < failed)
                attempt.mark('failed');
            else if (i < failed + errored)
                attempt.mark('errored');
            else if (i < failed + errored + skipped)
                attempt.mark('skipped');
            const record = buildRecord({ suite, name: `(declared test ${i + 1} of ${tests})` }, [attempt]);
            this.countRecord(record);
            out.emit(record);
        }
    }
}

;// CONCATENATED MODULE: ./packages/core/src/ingest/junit-case-draft.ts


/** An open <testsuite> or <testsuites> (a group: not part of any test's suite). */
class SuiteFrame extends CountedElement {
    path;
    file;
    isGroup;
    isPytest;
    repeatsAreAttempts;
    constructor(element, name, declared, at, 
    /** The suite of its tests: enclosing <testsuite> names joined with " › ". */
    path, file, isGroup, isPytest, 
    /** Set once the suite shows a runner that writes reruns as repeated testcases (gotestsum). */
    repeatsAreAttempts) {
        super(element, name, declared, at);
        this.path = path;
        this.file = file;
        this.isGroup = isGroup;
        this.isPytest = isPytest;
        this.repeatsAreAttempts = repeatsAreAttempts;
    }
}
/** The testcase being read. One is reused for every testcase of a file (records are built fresh). */
class CaseDraft {
    name = '';
    hasNameAttribute = false;
    /** Where the testcase without a usable name starts (undefined when it has one). */
    namelessAt = undefined;
    /** 1-based position of the testcase among those of its suite. */
    position = 0;
    /** CTest's --output-junit testcase: a repeat of it in the same file is another attempt (ctest --repeat). */
    isCTest = false;
    sawSkipped = false;
    sawFailing = false;
    classname = undefined;
    file = undefined;
    line = undefined;
    statusAttribute = undefined;
    own;
    before = undefined;
    after = undefined;
    properties = undefined;
    /** Element names open inside <testcase>, outermost first: path[0..depth). */
    path = [];
    depth = 0;
    /** The rerun/flaky child being read, if any. */
    rerun = undefined;
    propertyName = undefined;
    propertyText = undefined;
    constructor(limits) {
        this.own = new AttemptDraft(limits);
    }
    reset() {
        this.namelessAt = undefined;
        this.sawSkipped = false;
        this.sawFailing = false;
        this.own.reset();
        this.before = undefined;
        this.after = undefined;
        this.properties = undefined;
        this.depth = 0;
        this.rerun = undefined;
        this.propertyName = undefined;
        this.propertyText = undefined;
    }
}
const SCRIPT_FILE = /^[\w@.][\w@./+-]*\.(?:[cm]?[jt]sx?|vue|svelte)$/;
function isEmptyFailure(failure) {
    if (failure === undefined)
        return true;
    if (failure.type !== undefined)
        return false;
    const text = `${failure.message ?? ''}${failure.body ?? ''}`.trim();
    return text === '' || text === '{}';
}
function normaliseFile(file) {
    if (!file)
        return undefined;
    return file.startsWith('./') ? file.slice(2) : file;
}
/**
 * File from a classname where the dialect makes it reliable: Vitest/Playwright write the spec path
 * as classname; pytest writes the module path with dots ("tests.test_x.TestY" → tests/test_x.py).
 */
function fileFromClassname(classname, isPytest) {
    if (SCRIPT_FILE.test(classname) && classname.includes('/'))
        return normaliseFile(classname);
    if (SCRIPT_FILE.test(classname) && /\.(?:test|spec)\.[cm]?[jt]sx?$/.test(classname))
        return classname;
    if (!isPytest)
        return undefined;
    const parts = classname.split('.');
    let module = -1;
    parts.forEach((part, i) => {
        if (/^test_\w*$|^\w+_test$/.test(part))
            module = i;
    });
    return module === -1 ? undefined : `${parts.slice(0, module + 1).join('/')}.py`;
}

;// CONCATENATED MODULE: ./packages/core/src/ingest/junit-reader.ts




const RERUN_STATUS = {
    flakyFailure: 'failed',
    flakyError: 'errored',
    rerunFailure: 'failed',
    rerunError: 'errored',
};
const SKIPPED_STATUS = new Set(['notrun', 'not run', 'disabled', 'skipped', 'suppressed']);
const FAILED_STATUS = new Set(['fail', 'failed', 'failure']);
/** CTest --output-junit's status values. Catch2 and Bazel write status="run" too, but never classname = name. */
const CTEST_STATUS = new Set(['run', 'fail', 'notrun', 'disabled']);
const GO_SUBTEST = /^(?:Test|Benchmark|Example|Fuzz)[^/]*\//;
class JUnitReader {
    limits;
    emit;
    note;
    sink;
    /** Open <testsuites>/<testsuite> elements, outermost first. */
    suites = [];
    /** testcase elements outside any suite (a bare <testcase> root). */
    rootPositions = 0;
    /** Inside a suite's <properties> (not a testcase's). */
    inSuiteProperties = false;
    /** Set while a <testcase> is open. */
    current;
    draft;
    /** The record just delivered when its outcome was errored, for jest-junit's empty failure twin. */
    lastErrored;
    /** fileFromClassname per classname: classnames repeat for every test of a class. */
    classnameFiles = new Map();
    out;
    constructor(limits, emit, note = ignoreProblem) {
        this.limits = limits;
        this.emit = emit;
        this.note = note;
        this.draft = new CaseDraft(limits);
        this.out = { limits, emit, note };
    }
    open(name, attributes) {
        const draft = this.current;
        if (draft !== undefined) {
            this.openInCase(draft, name, attributes);
            draft.path[draft.depth++] = name;
        }
        else if (name === 'testsuite' || name === 'testsuites') {
            this.openSuite(name, attributes);
        }
        else if (name === 'testcase') {
            this.current = this.startCase(attributes);
        }
        else if (name === 'properties') {
            this.inSuiteProperties = this.suites.length > 0;
        }
        else if (name === 'property' && this.inSuiteProperties && attributes.get('name') === 'go.version') {
            // gotestsum writes its properties before the suite's testcases, and reruns as repeated testcases.
            this.suites[this.suites.length - 1].repeatsAreAttempts = true;
        }
    }
    close(name) {
        const draft = this.current;
        if (draft === undefined) {
            if (name === 'testsuite' || name === 'testsuites')
                this.closeSuite();
            else if (name === 'properties')
                this.inSuiteProperties = false;
            return;
        }
        if (draft.depth === 0) {
            this.current = undefined;
            this.deliver(draft);
            return;
        }
        draft.depth--;
        this.sink = undefined;
        if (draft.rerun !== undefined && draft.depth === 0)
            draft.rerun = undefined;
        if (name === 'property' && draft.propertyName !== undefined) {
            (draft.properties ??= {})[draft.propertyName] = draft.propertyText?.toString() ?? '';
            draft.propertyName = undefined;
            draft.propertyText = undefined;
        }
    }
    end() {
        // A testcase cut off by the end of input is incomplete: not delivered (see header).
        this.current = undefined;
    }
    openSuite(element, attributes) {
        this.lastErrored = undefined;
        const parent = this.suites[this.suites.length - 1];
        const isGroup = element === 'testsuites';
        const own = attributes.getShared('name') ?? '';
        const declared = declaredTotals(countAttribute(attributes, 'tests'), countAttribute(attributes, 'failures'), countAttribute(attributes, 'errors'), countAttribute(attributes, 'skipped'));
        const at = declared === undefined ? undefined : attributes.location();
        let path = parent?.path ?? '';
        if (!isGroup)
            path = !path ? own : !own || own === parent.name ? path : `${path} › ${own}`;
        const file = isGroup ? parent?.file : (normaliseFile(attributes.getShared('file')) ?? parent?.file);
        const inSuite = parent !== undefined && !parent.isGroup;
        const isPytest = isGroup ? false : inSuite ? parent.isPytest : own === 'pytest';
        const repeats = parent?.repeatsAreAttempts ?? false;
        this.suites.push(new SuiteFrame(element, own, declared, at, path, file, isGroup, isPytest, repeats));
    }
    closeSuite() {
        this.lastErrored = undefined;
        const frame = this.suites.pop();
        if (frame === undefined)
            return;
        frame.settle(frame.path || frame.name, this.out);
        this.suites[this.suites.length - 1]?.addChild(frame);
    }
    startCase(attributes) {
        const suite = this.suites[this.suites.length - 1];
        const draft = this.draft;
        draft.reset();
        draft.position = suite === undefined ? ++this.rootPositions : ++suite.positions;
        const own = draft.own;
        own.durationMs = secondsToMs(attributes.number('time'));
        own.startedAt = attributes.get('timestamp');
        const classname = attributes.getShared('classname') || attributes.getShared('class') || undefined;
        const isPytest = suite?.isPytest ?? false;
        const lineAttribute = attributes.number('line');
        // pytest writes its 0-based line numbers.
        const line = isPytest && lineAttribute !== undefined ? Number(lineAttribute) + 1 : positiveInt(lineAttribute);
        const name = attributes.get('name');
        if (isUnusableName(name))
            draft.namelessAt = attributes.location();
        draft.name = name ?? '';
        draft.hasNameAttribute = name !== undefined;
        draft.classname = classname;
        draft.file =
            normaliseFile(attributes.getShared('file') ?? attributes.getShared('filepath')) ??
                suite?.file ??
                this.fileOfClassname(classname, isPytest);
        draft.line = line !== undefined && Number.isFinite(line) ? line : undefined;
        const status = attributes.getShared('status');
        draft.isCTest = status !== undefined && CTEST_STATUS.has(status) && classname === name;
        draft.statusAttribute = (status ?? attributes.getShared('result'))?.toLowerCase();
        return draft;
    }
    fileOfClassname(classname, isPytest) {
        if (classname === undefined)
            return undefined;
        let file = this.classnameFiles.get(classname);
        if (file === undefined && !this.classnameFiles.has(classname)) {
            file = fileFromClassname(classname, isPytest);
            if (this.classnameFiles.size > 10_000)
                this.classnameFiles.clear();
            this.classnameFiles.set(classname, file);
        }
        return file;
    }
    openInCase(draft, name, attributes) {
        const depth = draft.depth;
        if (depth === 0) {
            const rerunStatus = RERUN_STATUS[name];
            if (rerunStatus !== undefined) {
                const rerun = new AttemptDraft(this.limits);
                rerun.mark(rerunStatus, attributes.get('type'), attributes.get('message'));
                rerun.durationMs = secondsToMs(attributes.get('time'));
                rerun.startedAt = attributes.get('timestamp');
                if (name.startsWith('flaky'))
                    (draft.before ??= []).push(rerun);
                else
                    (draft.after ??= []).push(rerun);
                draft.rerun = rerun;
                this.sink = rerun.bodySink();
                return;
            }
            const own = draft.own;
            if (name === 'failure' || name === 'error' || name === 'skipped') {
                const status = name === 'failure' ? 'failed' : name === 'error' ? 'errored' : 'skipped';
                // mark() keeps the first failing result and lets a failure replace a skip, never the reverse.
                const marked = own.mark(status, attributes.getShared('type'), attributes.get('message'));
                this.sink = marked ? own.bodySink() : undefined;
                const conflict = status === 'skipped' ? draft.sawFailing && !draft.sawSkipped : draft.sawSkipped && !draft.sawFailing;
                if (status === 'skipped')
                    draft.sawSkipped = true;
                else
                    draft.sawFailing = true;
                if (conflict) {
                    const failing = own.status === 'failed' ? '<failure>' : '<error>';
                    this.noteFailureOverSkip(draft, failing, own.status, attributes.location());
                }
            }
            else if (name === 'system-out')
                this.sink = own.stdoutSink();
            else if (name === 'system-err')
                this.sink = own.stderrSink();
            return;
        }
        if (draft.rerun !== undefined && depth === 1) {
            if (name === 'stackTrace')
                this.sink = draft.rerun.bodySink();
            else if (name === 'system-out')
                this.sink = draft.rerun.stdoutSink();
            else if (name === 'system-err')
                this.sink = draft.rerun.stderrSink();
            else
                this.sink = undefined;
            return;
        }
        if (name === 'property' && depth === 1 && draft.path[0] === 'properties') {
            const propertyName = attributes.get('name');
            if (propertyName === undefined)
                return;
            const value = attributes.get('value');
            if (value !== undefined) {
                (draft.properties ??= {})[propertyName] = value;
            }
            else {
                draft.propertyName = propertyName;
                draft.propertyText = new CappedText(this.limits.message);
                this.sink = draft.propertyText;
            }
        }
    }
    /** Notes a testcase with <skipped> and a failing result: an element at `at`, or a status attribute. */
    noteFailureOverSkip(draft, failing, status, at) {
        const which = draft.namelessAt === undefined ? `testcase "${draft.name}"` : 'testcase';
        const where = at === undefined ? '' : ` (line ${at.line}, column ${at.column})`;
        this.note(`${which} has both <skipped> and ${failing}${where}; read as ${status}: a failing result wins over a skip`, at ?? draft.namelessAt);
    }
    /**
     * jest-junit (reportTestSuiteErrors) writes a test file that fails to load as two testcases with one
     * identity: <error> with the real message, then <failure>{}</failure>. A failure with nothing in it
     * (empty or "{}") right after an errored twin in the same suite is that same attempt: not delivered.
     */
    deliver(draft) {
        const record = this.finishCase(draft);
        const last = this.lastErrored;
        if (last !== undefined &&
            record.attempts.length === 1 &&
            record.attempts[0].status === 'failed' &&
            isEmptyFailure(record.attempts[0].failure) &&
            last.name === record.name &&
            last.classname === record.classname &&
            last.suite === record.suite &&
            last.file === record.file) {
            return;
        }
        const final = record.attempts[record.attempts.length - 1];
        this.lastErrored = final.status === 'errored' ? record : undefined;
        this.suites[this.suites.length - 1]?.countRecord(record);
        this.emit(record);
    }
    finishCase(draft) {
        const own = draft.own;
        const status = draft.statusAttribute;
        if (status !== undefined && !draft.sawFailing) {
            if (FAILED_STATUS.has(status)) {
                if (draft.sawSkipped)
                    this.noteFailureOverSkip(draft, `status="${status}"`, 'failed');
                own.mark('failed');
            }
            else if (SKIPPED_STATUS.has(status) && own.status === 'passed')
                own.mark('skipped');
        }
        let marker;
        if (own.status === 'skipped' && own.type === 'pytest.xfail')
            marker = 'xfail';
        else if (own.status === 'skipped' && own.type === 'pytest.xpass') {
            own.status = 'passed';
            marker = 'xpass';
        }
        else if (own.status === 'failed' && own.messageAttribute?.startsWith('[XPASS(strict)]'))
            marker = 'xpass';
        const frame = this.suites[this.suites.length - 1];
        const suite = frame?.path || draft.classname || '';
        let name = draft.name;
        if (draft.namelessAt !== undefined) {
            name = unnamedTestName(draft.position, suite);
            const at = draft.namelessAt;
            this.note(namelessMessage('testcase', 'name', draft.hasNameAttribute ? draft.name : undefined, at, name), at);
        }
        let properties = draft.properties;
        if (name.includes('/') && GO_SUBTEST.test(name)) {
            properties = { ...properties, parent: name.slice(0, name.lastIndexOf('/')) };
        }
        const repeatsAreAttempts = draft.isCTest || frame?.repeatsAreAttempts ? true : undefined;
        return buildRecord({
            suite,
            classname: draft.classname,
            name,
            file: draft.file,
            line: draft.line,
            properties,
            marker,
            repeatsAreAttempts,
        }, draft.before === undefined && draft.after === undefined
            ? [own]
            : [...(draft.before ?? []), own, ...(draft.after ?? [])]);
    }
}

;// CONCATENATED MODULE: ./packages/core/src/ingest/nunit-suite-frame.ts
// An open NUnit element that holds tests: a <test-suite>, or the run around them (<test-run>, <test-results>).

class NUnitSuiteFrame extends CountedElement {
    isGroup;
    isFixture;
    isAssembly;
    constructor(element, name, declared, at, 
    /** The run element: never a test's suite. */
    isGroup, isFixture, 
    /** NUnit 2's type="Assembly": the suite of tests outside any fixture. */
    isAssembly = false) {
        super(element, name, declared, at);
        this.isGroup = isGroup;
        this.isFixture = isFixture;
        this.isAssembly = isAssembly;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/ingest/nunit-family-reader.ts

class NUnitFamilyReader {
    limits;
    emit;
    note;
    sink;
    suites = [];
    rootPositions = 0;
    current;
    out;
    constructor(limits, emit, note = ignoreProblem) {
        this.limits = limits;
        this.emit = emit;
        this.note = note;
        this.out = { limits, emit, note };
    }
    open(name, attributes) {
        const draft = this.current;
        if (draft !== undefined) {
            this.openInCase(draft, name, attributes);
            draft.path.push(name);
        }
        else if (this.suiteElements.has(name)) {
            this.openSuite(name, attributes);
        }
        else if (name === 'test-case') {
            this.current = this.startCase(attributes);
        }
    }
    close(name) {
        const draft = this.current;
        if (draft === undefined) {
            if (this.suiteElements.has(name))
                this.closeSuite();
            return;
        }
        if (draft.path.length === 0) {
            this.current = undefined;
            const record = this.finishCase(draft);
            this.suites[this.suites.length - 1]?.countRecord(record);
            this.emit(record);
            return;
        }
        draft.path.pop();
        this.sink = undefined;
    }
    end() {
        this.current = undefined;
    }
    closeSuite() {
        const frame = this.suites.pop();
        if (frame === undefined)
            return;
        frame.settle(this.suiteLabel(frame), this.out);
        this.suites[this.suites.length - 1]?.addChild(frame);
    }
}

;// CONCATENATED MODULE: ./packages/core/src/ingest/nunit-reader.ts
// NUnit 3 XML: a <test-run>, or a bare <test-suite type="Assembly"> root (NUnit 2's <test-results> is
// nunit2-reader.ts). suite = fullname of the nearest enclosing fixture <test-suite> (else the nearest
// suite's name). A <failure> element wins over a result that says otherwise (with a note). The run and
// suites declare total/failed/skipped/inconclusive: checked against what was read (declared-totals.ts).





const FIXTURE_TYPES = new Set(['TestFixture', 'ParameterizedFixture', 'GenericFixture', 'SetUpFixture']);
/** NUnit 3 result + label to an attempt status. */
function nunitStatus(result, label) {
    switch (result) {
        case 'Passed':
        case 'Warning':
            return 'passed';
        case 'Failed':
            return label === 'Error' || label === 'Invalid' || label === 'Cancelled' ? 'errored' : 'failed';
        default:
            // Skipped with label Invalid is a test that cannot run (NUnit 2's NotRunnable): broken, not skipped.
            if (label === 'Invalid')
                return 'errored';
            // Skipped, Inconclusive (not a pass: read as not run), Explicit, NotRun...
            return result !== '' ? 'skipped' : 'passed';
    }
}
class NUnitReader extends NUnitFamilyReader {
    suiteElements = new Set(['test-suite', 'test-run']);
    openSuite(name, attributes) {
        const declared = declaredTotals(countAttribute(attributes, 'total'), countAttribute(attributes, 'failed'), undefined, sumOfCounts(countAttribute(attributes, 'skipped'), countAttribute(attributes, 'inconclusive')));
        const at = declared === undefined ? undefined : attributes.location();
        const own = attributes.get('fullname') ?? attributes.get('name') ?? '';
        const isGroup = name === 'test-run';
        const isFixture = FIXTURE_TYPES.has(attributes.get('type') ?? '');
        this.suites.push(new NUnitSuiteFrame(name, own, declared, at, isGroup, isFixture));
    }
    suiteLabel(frame) {
        return frame.name;
    }
    startCase(attributes) {
        const attempt = new AttemptDraft(this.limits);
        const result = attributes.get('result') ?? '';
        const status = nunitStatus(result, attributes.get('label'));
        if (status !== 'passed')
            attempt.mark(status);
        attempt.durationMs = secondsToMs(attributes.get('duration') ?? attributes.get('time'));
        attempt.startedAt = attributes.get('start-time')?.replace(' ', 'T');
        const frame = this.suites[this.suites.length - 1];
        const position = frame === undefined ? ++this.rootPositions : ++frame.positions;
        const rawName = attributes.get('name');
        const name = rawName ?? '';
        const namelessAt = isUnusableName(rawName) ? attributes.location() : undefined;
        const fullname = attributes.get('fullname');
        let classname = attributes.get('classname');
        if (classname === undefined && namelessAt === undefined && fullname?.endsWith(`.${name}`)) {
            classname = fullname.slice(0, -name.length - 1);
        }
        return { name, namelessAt, rawName, position, classname, result, attempt, properties: undefined, path: [] };
    }
    openInCase(draft, name, attributes) {
        const parent = draft.path[draft.path.length - 1];
        const attempt = draft.attempt;
        if (name === 'failure' && parent === undefined && !isFailing(attempt.status)) {
            const at = attributes.location();
            this.note(`test-case "${draft.name}" has result "${draft.result}" but a <failure> at line ${at.line}, column ` +
                `${at.column}; read as failed`, at);
            attempt.mark('failed');
        }
        else if (name === 'output' && parent === undefined)
            this.sink = attempt.stdoutSink();
        else if (name === 'message' && (parent === 'failure' || parent === 'reason'))
            this.sink = attempt.messageSink();
        else if (name === 'stack-trace' && parent === 'failure')
            this.sink = attempt.bodySink();
        else if (name === 'property' && parent === 'properties') {
            const key = attributes.get('name');
            if (key !== undefined)
                (draft.properties ??= {})[key] = attributes.get('value') ?? '';
        }
    }
    finishCase(draft) {
        let suite;
        let nearest;
        for (let i = this.suites.length - 1; i >= 0 && suite === undefined; i--) {
            const frame = this.suites[i];
            if (frame.isFixture)
                suite = frame.name;
            else if (!frame.isGroup)
                nearest ??= frame.name;
        }
        suite ??= nearest ?? draft.classname ?? '';
        let name = draft.name;
        if (draft.namelessAt !== undefined) {
            name = unnamedTestName(draft.position, suite);
            this.note(namelessMessage('test-case', 'name', draft.rawName, draft.namelessAt, name), draft.namelessAt);
        }
        return buildRecord({ suite, classname: draft.classname, name, properties: draft.properties }, [draft.attempt]);
    }
}

;// CONCATENATED MODULE: ./packages/core/src/ingest/nunit2-reader.ts
// NUnit 2.x XML (NUnit 2.2–2.6, and NUnit 3's "nunit2" result writer): <test-results> around nested
// <test-suite type="Assembly|Namespace|TestFixture|ParameterizedTest"><results>…<test-case name="Ns.Class.Method"
// executed result success time asserts>, with <failure><message/><stack-trace/></failure> or <reason><message/>.
// Reading, so that a failure is never read as a pass:
// - result Failure → failed; Error, Cancelled, NotRunnable (invalid) → errored; Ignored, Skipped → skipped;
//   Inconclusive → skipped: it is not a pass, and NUnit counts it apart from failures and errors;
// - no result (NUnit 2.2, 2.4): success="False" → failed, executed="False" → skipped, else passed;
// - a <failure> element, success="False" next to result="Success", or a result this reader does not know
//   (unless success="True" or executed="False") reads as failed, with a note saying so.
// classname = the name minus its last dotted segment (dots inside parentheses are arguments);
// suite = the enclosing TestFixture's name, else the assembly's file name.
// <test-results> declares totals: checked against what was read (declared-totals.ts).





const nunit2_reader_FIXTURE_TYPES = new Set(['TestFixture', 'ParameterizedFixture', 'GenericFixture']);
const RESULT_STATUS = new Map([
    ['Success', 'passed'],
    ['Failure', 'failed'],
    ['Error', 'errored'],
    ['Cancelled', 'errored'],
    ['NotRunnable', 'errored'],
    ['Ignored', 'skipped'],
    ['Skipped', 'skipped'],
    // Not a pass; NUnit counts it apart from failures and errors: read as a test that did not run.
    ['Inconclusive', 'skipped'],
]);
/** The status of a test-case, and what was assumed to get it when the attributes disagree. */
function readStatus(result, success, executed) {
    if (result === undefined || result === '') {
        if (success === 'False')
            return { status: 'failed' };
        return { status: executed === 'False' ? 'skipped' : 'passed' };
    }
    const known = RESULT_STATUS.get(result);
    if (known === undefined) {
        if (success === 'True')
            return { status: 'passed' };
        if (executed === 'False' && success !== 'False')
            return { status: 'skipped' };
        return { status: 'failed', assumed: `result "${result}", which this reader does not know` };
    }
    if (known === 'passed' && success === 'False')
        return { status: 'failed', assumed: 'result "Success" but success="False"' };
    return { status: known };
}
const OPENING = new Set(['(', '[', '<']);
const CLOSING = new Set([')', ']', '>']);
/** "Ns.Class.Method(1.5, \"a.b\")" → "Ns.Class": dots inside brackets or quotes are arguments. */
function nunit2Classname(fullName) {
    let depth = 0;
    let quote = '';
    let lastDot = -1;
    for (let i = 0; i < fullName.length; i++) {
        const c = fullName[i];
        if (quote !== '') {
            if (c === '\\')
                i++;
            else if (c === quote)
                quote = '';
        }
        else if (depth > 0 && (c === '"' || c === "'"))
            quote = c;
        else if (OPENING.has(c))
            depth++;
        else if (CLOSING.has(c))
            depth = Math.max(0, depth - 1);
        else if (c === '.' && depth === 0)
            lastDot = i;
    }
    return lastDot > 0 ? fullName.slice(0, lastDot) : undefined;
}
function baseName(path) {
    return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}
class NUnit2Reader extends NUnitFamilyReader {
    suiteElements = new Set(['test-suite', 'test-results']);
    openSuite(name, attributes) {
        if (name === 'test-results') {
            const declared = this.declaredByRun(attributes);
            const at = declared === undefined ? undefined : attributes.location();
            this.suites.push(new NUnitSuiteFrame(name, attributes.get('name') ?? '', declared, at, true, false));
            return;
        }
        const type = attributes.get('type') ?? '';
        const own = attributes.get('name') ?? '';
        this.suites.push(new NUnitSuiteFrame(name, own, undefined, undefined, false, nunit2_reader_FIXTURE_TYPES.has(type), type === 'Assembly'));
    }
    suiteLabel(frame) {
        return baseName(frame.name);
    }
    /**
     * total = tests run (NUnit 2.5, 2.6) or all results (the nunit2 writer); not-run = ignored + skipped +
     * invalid. NotRunnable (invalid) tests read as errored, so they count as errors here.
     */
    declaredByRun(attributes) {
        const invalid = countAttribute(attributes, 'invalid');
        const notRun = countAttribute(attributes, 'not-run');
        const notRunSkipped = notRun === undefined ? undefined : Math.max(0, notRun - (invalid ?? 0));
        return declaredTotals(countAttribute(attributes, 'total'), countAttribute(attributes, 'failures'), sumOfCounts(countAttribute(attributes, 'errors'), invalid), sumOfCounts(notRunSkipped, countAttribute(attributes, 'inconclusive')));
    }
    startCase(attributes) {
        const attempt = new AttemptDraft(this.limits);
        const result = attributes.get('result');
        const rawName = attributes.get('name');
        const name = rawName ?? '';
        const reading = readStatus(result, attributes.get('success'), attributes.get('executed'));
        if (reading.status !== 'passed')
            attempt.mark(reading.status);
        if (reading.assumed !== undefined) {
            const at = attributes.location();
            this.note(`test-case "${name}" has ${reading.assumed} (line ${at.line}, column ${at.column}); read as failed`, at);
        }
        attempt.durationMs = secondsToMs(attributes.get('time'));
        const frame = this.suites[this.suites.length - 1];
        const position = frame === undefined ? ++this.rootPositions : ++frame.positions;
        const namelessAt = isUnusableName(rawName) ? attributes.location() : undefined;
        return { name, rawName, namelessAt, position, result, attempt, properties: undefined, path: [] };
    }
    openInCase(draft, name, attributes) {
        const parent = draft.path[draft.path.length - 1];
        const attempt = draft.attempt;
        if (name === 'failure' && parent === undefined && !isFailing(attempt.status)) {
            const at = attributes.location();
            const said = draft.result === undefined ? 'no result' : `result "${draft.result}"`;
            this.note(`test-case "${draft.name}" has ${said} but a <failure> at line ${at.line}, column ${at.column}; read as failed`, at);
            attempt.mark('failed');
        }
        else if (name === 'message' && (parent === 'failure' || parent === 'reason'))
            this.sink = attempt.messageSink();
        else if (name === 'stack-trace' && parent === 'failure')
            this.sink = attempt.bodySink();
        else if (name === 'property' && parent === 'properties') {
            const key = attributes.get('name');
            if (key !== undefined)
                (draft.properties ??= {})[key] = attributes.get('value') ?? '';
        }
    }
    suiteOfCase() {
        let assembly;
        let nearest;
        for (let i = this.suites.length - 1; i >= 0; i--) {
            const frame = this.suites[i];
            if (frame.isFixture)
                return frame.name;
            if (frame.isAssembly)
                assembly ??= baseName(frame.name);
            else if (frame.isGroup)
                nearest ??= baseName(frame.name);
            else
                nearest ??= frame.name;
        }
        return assembly ?? nearest ?? '';
    }
    finishCase(draft) {
        const suite = this.suiteOfCase();
        let name = draft.name;
        if (draft.namelessAt !== undefined) {
            name = unnamedTestName(draft.position, suite);
            this.note(namelessMessage('test-case', 'name', draft.rawName, draft.namelessAt, name), draft.namelessAt);
        }
        const classname = draft.namelessAt === undefined ? nunit2Classname(name) : undefined;
        return buildRecord({ suite, classname, name, properties: draft.properties }, [draft.attempt]);
    }
}

;// CONCATENATED MODULE: ./packages/core/src/ingest/trx-reader.ts


const OUTCOME = {
    Failed: 'failed',
    Error: 'errored',
    Timeout: 'errored',
    Aborted: 'errored',
    NotRunnable: 'errored',
    Disconnected: 'errored',
    NotExecuted: 'skipped',
    Inconclusive: 'skipped',
    Pending: 'skipped',
    InProgress: 'skipped',
};
function trx_reader_baseName(path) {
    return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}
class TrxReader {
    limits;
    emit;
    note;
    sink;
    openResults = [];
    held = [];
    definitions = new Map();
    definitionId;
    delivered = false;
    runName = '';
    declared;
    countersAt;
    constructor(limits, emit, note = ignoreProblem) {
        this.limits = limits;
        this.emit = emit;
        this.note = note;
    }
    open(name, attributes) {
        const result = this.openResults[this.openResults.length - 1];
        if (name === 'UnitTestResult') {
            if (result !== undefined)
                result.hasInner = true;
            this.openResults.push(this.startResult(attributes));
        }
        else if (result !== undefined) {
            this.openInResult(result, name);
            result.path.push(name);
        }
        else if (name === 'TestRun') {
            this.runName = attributes.get('name') ?? '';
        }
        else if (name === 'Counters') {
            this.readCounters(attributes);
        }
        else if (name === 'UnitTest') {
            this.definitionId = attributes.get('id');
            if (this.definitionId !== undefined) {
                this.definitions.set(this.definitionId, { classname: undefined, storage: attributes.get('storage') });
            }
        }
        else if (name === 'TestMethod' && this.definitionId !== undefined) {
            const definition = this.definitions.get(this.definitionId);
            // "Namespace.Class, Assembly, Version=..." → "Namespace.Class"
            definition.classname = attributes.get('className')?.split(',')[0]?.trim() || undefined;
            definition.storage ??= attributes.get('codeBase');
        }
    }
    close(name) {
        const result = this.openResults[this.openResults.length - 1];
        if (name === 'UnitTestResult' && result !== undefined) {
            this.openResults.pop();
            if (!result.hasInner)
                this.held.push(result);
        }
        else if (result !== undefined) {
            result.path.pop();
            this.sink = undefined;
        }
        else if (name === 'UnitTest') {
            this.definitionId = undefined;
        }
        else if (name === 'TestRun') {
            this.deliver();
        }
    }
    /** Delivers held results at the end of input too, so a truncated TRX keeps what it completed. */
    end() {
        this.deliver();
    }
    deliver() {
        if (this.delivered)
            return;
        this.delivered = true;
        const run = new CountedElement('TestRun', this.runName, this.declared, this.countersAt);
        const positions = new Map();
        for (const result of this.held) {
            const definition = this.definitions.get(result.testId);
            const classname = definition?.classname;
            const suite = classname ?? (definition?.storage ? trx_reader_baseName(definition.storage) : '');
            const position = (positions.get(suite) ?? 0) + 1;
            positions.set(suite, position);
            let name = result.name;
            if (result.namelessAt !== undefined) {
                name = unnamedTestName(position, suite);
                this.note(namelessMessage('UnitTestResult', 'testName', result.rawName, result.namelessAt, name), result.namelessAt);
            }
            const record = buildRecord({ suite, classname, name }, [result.attempt]);
            run.countRecord(record);
            this.emit(record);
        }
        this.held.length = 0;
        // Synthesised entries have no class: their suite is empty (the run's name changes with every run).
        run.settle('', { limits: this.limits, emit: this.emit, note: this.note });
    }
    /** Outcome counters; every outcome this reader reads as errored or skipped counts as such. */
    readCounters(attributes) {
        const count = (name) => countAttribute(attributes, name);
        this.declared = declaredTotals(count('total'), count('failed'), sumOfCounts(count('error'), count('timeout'), count('aborted'), count('notRunnable'), count('disconnected')), sumOfCounts(count('notExecuted'), count('inconclusive'), count('pending'), count('inProgress')));
        this.countersAt = this.declared === undefined ? undefined : attributes.location();
    }
    startResult(attributes) {
        const attempt = new AttemptDraft(this.limits);
        const status = OUTCOME[attributes.get('outcome') ?? ''];
        if (status !== undefined)
            attempt.mark(status);
        attempt.durationMs = timeSpanToMs(attributes.get('duration'));
        attempt.startedAt = attributes.get('startTime');
        const rawName = attributes.get('testName');
        return {
            testId: attributes.get('testId') ?? '',
            name: rawName ?? '',
            rawName,
            namelessAt: isUnusableName(rawName) ? attributes.location() : undefined,
            attempt,
            hasInner: false,
            path: [],
        };
    }
    openInResult(result, name) {
        const parent = result.path[result.path.length - 1];
        const attempt = result.attempt;
        if (parent === 'Output' && name === 'StdOut')
            this.sink = attempt.stdoutSink();
        else if (parent === 'Output' && name === 'StdErr')
            this.sink = attempt.stderrSink();
        else if (parent === 'ErrorInfo' && name === 'Message')
            this.sink = attempt.messageSink();
        else if (parent === 'ErrorInfo' && name === 'StackTrace')
            this.sink = attempt.bodySink();
    }
}

;// CONCATENATED MODULE: ./packages/core/src/ingest/xunit-reader.ts


const STATUS = { Fail: 'failed', Skip: 'skipped', NotRun: 'skipped' };
function xunit_reader_baseName(path) {
    return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}
function declaredBy(attributes) {
    const skipped = countAttribute(attributes, 'skipped');
    const notRun = countAttribute(attributes, 'not-run');
    const skippedAll = sumOfCounts(skipped, notRun);
    return declaredTotals(countAttribute(attributes, 'total'), countAttribute(attributes, 'failed'), undefined, skippedAll);
}
class XUnitReader {
    limits;
    emit;
    note;
    sink;
    /** The open <assembly> and <collection>. */
    assembly;
    collection;
    current;
    /** test elements outside any assembly or collection. */
    rootPositions = 0;
    out;
    constructor(limits, emit, note = ignoreProblem) {
        this.limits = limits;
        this.emit = emit;
        this.note = note;
        this.out = { limits, emit, note };
    }
    open(name, attributes) {
        const draft = this.current;
        if (draft !== undefined) {
            this.openInCase(draft, name, attributes);
            draft.path.push(name);
        }
        else if (name === 'assembly' || name === 'collection') {
            const declared = declaredBy(attributes);
            const at = declared === undefined ? undefined : attributes.location();
            const own = attributes.get('name') ?? '';
            const frame = new CountedElement(name, name === 'assembly' ? xunit_reader_baseName(own) : own, declared, at);
            if (name === 'assembly')
                this.assembly = frame;
            else
                this.collection = frame;
        }
        else if (name === 'test') {
            this.current = this.startTest(attributes);
        }
    }
    close(name) {
        const draft = this.current;
        if (draft === undefined) {
            if (name === 'collection' && this.collection !== undefined) {
                this.collection.settle(this.collection.name, this.out);
                this.assembly?.addChild(this.collection);
                this.collection = undefined;
            }
            else if (name === 'assembly' && this.assembly !== undefined) {
                this.assembly.settle(this.assembly.name, this.out);
                this.assembly = undefined;
            }
            return;
        }
        if (draft.path.length === 0) {
            this.current = undefined;
            const { name: testName, classname, file, line, properties, attempt } = draft;
            const suite = this.suite();
            let name = testName;
            if (draft.namelessAt !== undefined) {
                name = unnamedTestName(draft.position, suite);
                this.note(namelessMessage('test', 'name', draft.rawName, draft.namelessAt, name), draft.namelessAt);
            }
            const record = buildRecord({ suite, classname, name, file, line, properties }, [attempt]);
            (this.collection ?? this.assembly)?.countRecord(record);
            this.emit(record);
            return;
        }
        draft.path.pop();
        this.sink = undefined;
    }
    end() {
        this.current = undefined;
    }
    suite() {
        return this.collection?.name ?? this.assembly?.name ?? '';
    }
    startTest(attributes) {
        const attempt = new AttemptDraft(this.limits);
        const status = STATUS[attributes.get('result') ?? ''];
        if (status !== undefined)
            attempt.mark(status);
        attempt.durationMs = secondsToMs(attributes.get('time'));
        const rawName = attributes.get('name');
        const frame = this.collection ?? this.assembly;
        return {
            name: rawName ?? '',
            rawName,
            namelessAt: isUnusableName(rawName) ? attributes.location() : undefined,
            position: frame === undefined ? ++this.rootPositions : ++frame.positions,
            result: attributes.get('result'),
            classname: attributes.get('type'),
            file: attributes.get('source-file') || undefined,
            line: positiveInt(attributes.get('source-line')),
            attempt,
            properties: undefined,
            path: [],
        };
    }
    openInCase(draft, name, attributes) {
        const parent = draft.path[draft.path.length - 1];
        const attempt = draft.attempt;
        if (name === 'failure' && parent === undefined) {
            if (attempt.status === 'skipped') {
                const at = attributes.location();
                this.note(`test "${draft.name}" has result "${draft.result}" but a <failure> at line ${at.line}, column ${at.column}; read as failed`, at);
            }
            // mark() lets a failure replace a skip; the failure's own message replaces the skip reason.
            if (attempt.status !== 'failed')
                attempt.mark('failed');
            attempt.type = attributes.get('exception-type') || undefined;
        }
        else if (name === 'message' && parent === 'failure')
            this.sink = attempt.messageSink();
        else if (name === 'stack-trace' && parent === 'failure')
            this.sink = attempt.bodySink();
        else if (name === 'reason' && parent === undefined)
            this.sink = attempt.messageSink();
        else if (name === 'output' && parent === undefined)
            this.sink = attempt.stdoutSink();
        else if (name === 'trait' && parent === 'traits') {
            const key = attributes.get('name');
            if (key !== undefined)
                (draft.properties ??= {})[key] = attributes.get('value') ?? '';
        }
    }
}

;// CONCATENATED MODULE: ./packages/core/src/ingest/xml-file-stream.ts
const CHUNK_BYTES = 1 << 20;
/** An unfinished tag/declaration longer than this is refused instead of buffered. */
const MAX_PENDING_BYTES = 64 << 20;
const UTF8_NAMES = new Set(['utf-8', 'utf8', 'us-ascii', 'ascii']);
const LATIN1_NAMES = new Set(['iso-8859-1', 'iso_8859-1', 'latin1', 'latin-1', 'l1']);
function textDecoderTranscoder(label) {
    const decoder = new TextDecoder(label);
    return (bytes, final) => decoder.decode(bytes, { stream: !final });
}
/** The encoding of a file from its BOM, its byte pattern, or its XML declaration. */
function chooseEncoding(head) {
    const [b0, b1, b2, b3] = head;
    if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0x3c && b1 === 0 && b2 === 0x3f && b3 === 0)) {
        return { transcoder: textDecoderTranscoder('utf-16le'), name: 'utf-16le' };
    }
    if ((b0 === 0xfe && b1 === 0xff) || (b0 === 0 && b1 === 0x3c && b2 === 0 && b3 === 0x3f)) {
        return { transcoder: textDecoderTranscoder('utf-16be'), name: 'utf-16be' };
    }
    if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf)
        return { transcoder: undefined, name: 'utf-8' };
    const declared = /^\s*<\?xml[^>]*?encoding\s*=\s*["']([^"']+)["']/.exec(head.toString('latin1', 0, 300))?.[1];
    const name = declared?.toLowerCase();
    // UTF-16 declared without a BOM or 16-bit bytes cannot be: the bytes read as ASCII, so they are UTF-8.
    if (name === undefined || UTF8_NAMES.has(name) || name.startsWith('utf-16'))
        return { transcoder: undefined, name: 'utf-8' };
    if (LATIN1_NAMES.has(name))
        return { transcoder: (bytes) => bytes.toString('latin1'), name: 'iso-8859-1' };
    try {
        return { transcoder: textDecoderTranscoder(name), name };
    }
    catch {
        return { unsupported: declared };
    }
}
/** Joins the bytes the tokenizer left unconsumed with the next chunk; chunks may split anything. */
class ChunkFeeder {
    tokenizer;
    buffer;
    kept = 0;
    base = 0;
    constructor(tokenizer, initialBytes = 2 * CHUNK_BYTES) {
        this.tokenizer = tokenizer;
        this.buffer = Buffer.allocUnsafe(initialBytes);
    }
    /** Returns false once the tokenizer has stopped at a syntax error. */
    push(bytes) {
        const tokenizer = this.tokenizer;
        if (tokenizer.error !== undefined)
            return false;
        if (this.buffer.length - this.kept < bytes.length)
            this.grow(this.kept + bytes.length);
        const buffer = this.buffer;
        bytes.copy(buffer, this.kept);
        const length = this.kept + bytes.length;
        const consumed = tokenizer.write(buffer.subarray(0, length), this.base);
        if (tokenizer.error !== undefined)
            return false;
        buffer.copyWithin(0, consumed, length);
        this.kept = length - consumed;
        this.base += consumed;
        if (this.kept > MAX_PENDING_BYTES) {
            tokenizer.fail(`a single tag or declaration is longer than ${MAX_PENDING_BYTES >> 20} MiB`, this.base);
            return false;
        }
        return true;
    }
    end() {
        this.tokenizer.finish(this.buffer.subarray(0, this.kept), this.base);
    }
    grow(needed) {
        const larger = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, needed));
        this.buffer.copy(larger, 0, 0, this.kept);
        this.buffer = larger;
    }
}
/** Streams the whole file through the tokenizer; stops at its first syntax error. */
async function streamXmlFile(file, tokenizer, transcoder, fileBytes) {
    // Small files get small buffers; one byte more than the file so the first read already sees its end.
    const chunkBytes = Math.min(CHUNK_BYTES, Math.max(4096, fileBytes + 1));
    const feeder = new ChunkFeeder(tokenizer, 2 * chunkBytes);
    // Two read buffers: the next chunk is read while the current one is parsed.
    const reads = [Buffer.allocUnsafe(chunkBytes), Buffer.allocUnsafe(chunkBytes)];
    let position = 0;
    const readInto = (raw) => {
        const read = file.read(raw, 0, raw.length, position);
        position += raw.length;
        return read;
    };
    let turn = 0;
    let next = readInto(reads[0]);
    for (;;) {
        const raw = reads[turn];
        const { bytesRead } = await next;
        const eof = bytesRead < raw.length;
        turn = 1 - turn;
        if (!eof)
            next = readInto(reads[turn]);
        const bytes = transcoder ? Buffer.from(transcoder(raw.subarray(0, bytesRead), eof)) : raw.subarray(0, bytesRead);
        if (!feeder.push(bytes)) {
            // Let a read still in flight finish before the caller closes the file.
            if (!eof)
                await next.catch(() => undefined);
            return;
        }
        if (eof) {
            feeder.end();
            return;
        }
    }
}

;// CONCATENATED MODULE: ./packages/core/src/ingest/xml-attributes.ts
// Attribute access for the tokenizer's handlers. Creating a JS string from bytes costs ~80 ns,
// more than scanning a whole tag, so values are decoded only when asked for, and names and
// repeated values (classname, suite, type) come from a small table of strings already made.

function latin1(chunk, start, end) {
    return chunk.latin1Slice(start, end);
}
function utf8(chunk, start, end) {
    return chunk.utf8Slice(start, end);
}
const TABLE_SIZE = 1024;
const MAX_SHARED_LENGTH = 256;
/** A cheap hash of a byte range: its length and five sampled bytes; the table verifies every hit. */
function sampleHash(chunk, start, end) {
    const length = end - start;
    if (length === 0)
        return 0;
    return ((length * 31 +
        chunk[start] * 7 +
        chunk[start + (length >> 1)] * 131 +
        chunk[end - 1] * 17 +
        chunk[end - 2 >= start ? end - 2 : start] * 3 +
        chunk[start + (length >> 2)] * 61) |
        0);
}
/** Whether chunk[start..end) holds the same bytes as `known` (whose length the caller checked). */
function sameBytes(known, chunk, start, length) {
    // A JS loop beats Buffer.compare, whose native call costs more than comparing a few dozen bytes.
    for (let i = length - 1; i >= 0; i--)
        if (known[i] !== chunk[start + i])
            return false;
    return true;
}
/** Strings by their bytes: a hit costs a byte comparison instead of a new string. */
class StringTable {
    strings = new Array(TABLE_SIZE);
    bytes = new Array(TABLE_SIZE);
    /** The string for chunk[start..end), made by `make` on a miss (same bytes, same string). */
    get(chunk, start, end, make) {
        const slot = sampleHash(chunk, start, end) & (TABLE_SIZE - 1);
        const known = this.bytes[slot];
        const length = end - start;
        if (known !== undefined && known.length === length && sameBytes(known, chunk, start, length)) {
            return this.strings[slot];
        }
        const made = make(chunk, start, end);
        this.strings[slot] = made;
        this.bytes[slot] = Buffer.from(chunk.subarray(start, end));
        return made;
    }
    /** The Latin-1 (for names: ASCII) string for chunk[start..end). */
    ascii(chunk, start, end) {
        return this.get(chunk, start, end, latin1);
    }
}
/**
 * An attribute value as text: UTF-8 (Latin-1 when every byte is ASCII, the cheaper decoder), literal
 * tabs and newlines normalised to spaces, then references decoded.
 */
function decodeValue(chunk, start, end) {
    let flags = 0;
    for (let i = start; i < end; i++) {
        const c = chunk[i];
        if (c >= 0x80)
            flags |= 1;
        else if (c === 0x26)
            flags |= 2;
        else if (c < 0x20)
            flags |= 4;
    }
    let value = (flags & 1) === 0 ? latin1(chunk, start, end) : utf8(chunk, start, end);
    if ((flags & 4) !== 0 && /[\t\n\r]/.test(value))
        value = value.replace(/\r\n|[\t\n\r]/g, ' ');
    return (flags & 2) !== 0 ? decodeEntities(value) : value;
}
/**
 * Attributes of the tag being reported; reused between tags, so read them inside `open` only.
 * Only byte ranges are recorded while the tag is scanned: no string is made for an attribute name,
 * and a value is decoded only when a handler asks for it.
 */
class XmlAttributes {
    shared;
    locate;
    count = 0;
    /** Per attribute i: name start, name end, value start, value end at [4i .. 4i+3], offsets in `chunk`. */
    ranges = new Int32Array(64);
    chunk = Buffer.alloc(0);
    /** Absolute byte offset of the tag's '<'. */
    offset = 0;
    constructor(shared, locate = () => ({ line: 0, column: 0 })) {
        this.shared = shared;
        this.locate = locate;
    }
    /** Records one attribute; called by the tokenizer. */
    add(nameStart, nameEnd, valueStart, valueEnd) {
        const at = this.count++ << 2;
        let ranges = this.ranges;
        if (at + 4 > ranges.length) {
            ranges = new Int32Array(ranges.length * 2);
            ranges.set(this.ranges);
            this.ranges = ranges;
        }
        ranges[at] = nameStart;
        ranges[at + 1] = nameEnd;
        ranges[at + 2] = valueStart;
        ranges[at + 3] = valueEnd;
    }
    /** Line and column (1-based) of the tag's '<', for problems found in its attributes. */
    location() {
        return this.locate(this.offset);
    }
    /** The name of attribute i (for messages; lookups compare bytes). */
    nameAt(i) {
        return latin1(this.chunk, this.ranges[i << 2], this.ranges[(i << 2) + 1]);
    }
    /** Index of the first attribute called `name` (ASCII), or -1. */
    find(name) {
        const ranges = this.ranges;
        const chunk = this.chunk;
        const length = name.length;
        const first = name.charCodeAt(0);
        for (let i = 0, at = 0; i < this.count; i++, at += 4) {
            const start = ranges[at];
            if (ranges[at + 1] - start !== length || chunk[start] !== first)
                continue;
            let j = 1;
            while (j < length && chunk[start + j] === name.charCodeAt(j))
                j++;
            if (j === length)
                return i;
        }
        return -1;
    }
    has(name) {
        return this.find(name) !== -1;
    }
    get(name) {
        const i = this.find(name) << 2;
        return i < 0 ? undefined : decodeValue(this.chunk, this.ranges[i + 2], this.ranges[i + 3]);
    }
    /** Like get, for values that repeat across tags (classname, suite name, type): served from a table. */
    getShared(name) {
        const i = this.find(name) << 2;
        if (i < 0)
            return undefined;
        const start = this.ranges[i + 2];
        const end = this.ranges[i + 3];
        if (end - start > MAX_SHARED_LENGTH)
            return decodeValue(this.chunk, start, end);
        return this.shared.get(this.chunk, start, end, decodeValue);
    }
    /** A plain decimal number ("0.012", "12") read from the bytes; anything else falls back to the string. */
    number(name) {
        const i = this.find(name) << 2;
        if (i < 0)
            return undefined;
        const chunk = this.chunk;
        const start = this.ranges[i + 2];
        const end = this.ranges[i + 3];
        let value = 0;
        let scale = 0;
        let digits = 0;
        for (let j = start; j < end; j++) {
            const c = chunk[j];
            if (c >= 0x30 && c <= 0x39) {
                value = value * 10 + (c - 0x30);
                digits++;
                if (scale > 0)
                    scale *= 10;
            }
            else if (c === 0x2e && scale === 0)
                scale = 1;
            else
                return decodeValue(chunk, start, end);
        }
        if (digits === 0 || digits > 15)
            return decodeValue(chunk, start, end);
        return scale > 1 ? value / scale : value;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/ingest/xml-tokenizer.ts
// A streaming, byte-level XML tokenizer: no DOM, no whole-file string. Markup is parsed from
// Buffers; element content is skipped with Buffer.indexOf unless the handler asks for it.
// DOCTYPE declarations are skipped whole: declared entities are never expanded or fetched.


var Mode;
(function (Mode) {
    Mode[Mode["Content"] = 0] = "Content";
    Mode[Mode["Cdata"] = 1] = "Cdata";
    Mode[Mode["Comment"] = 2] = "Comment";
})(Mode || (Mode = {}));
const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const EQUALS = 0x3d;
const NEWLINE = 0x0a;
const CDATA_OPEN = Buffer.from('<![CDATA[');
const CDATA_CLOSE = Buffer.from(']]>');
const COMMENT_OPEN = Buffer.from('<!--');
const COMMENT_CLOSE = Buffer.from('-->');
const PI_CLOSE = Buffer.from('?>');
// Byte classes, looked up in one table by the scanning loops.
const SPACE = 1;
const NAME_END = 2;
const NAME_START = 4;
const CLASSES = new Uint8Array(256);
for (const c of [0x20, 0x0a, 0x09, 0x0d])
    CLASSES[c] = SPACE | NAME_END;
for (const c of [GT, SLASH, EQUALS, LT])
    CLASSES[c] = NAME_END;
for (let c = 0; c < 256; c++) {
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f || c === 0x3a || c >= 0x80) {
        CLASSES[c] = NAME_START;
    }
}
function isSpace(c) {
    return (CLASSES[c] & SPACE) !== 0;
}
function isNameStart(c) {
    return (CLASSES[c] & NAME_START) !== 0;
}
function isNameEnd(c) {
    return (CLASSES[c] & NAME_END) !== 0;
}
/** Whether `chunk` holds `prefix` at `at`; undefined when the chunk ends before it can tell. */
function startsWithAt(chunk, at, prefix) {
    for (let i = 0; i < prefix.length; i++) {
        if (at + i >= chunk.length)
            return undefined;
        if (chunk[at + i] !== prefix[i])
            return false;
    }
    return true;
}
const INCOMPLETE = -1;
/** Below this distance a JS loop beats Buffer.indexOf, whose call costs more than a short scan. */
const SHORT_SCAN = 64;
const SHORT_VALUE = 12;
function findByte(chunk, byte, from) {
    const stop = Math.min(chunk.length, from + SHORT_SCAN);
    for (let i = from; i < stop; i++)
        if (chunk[i] === byte)
            return i;
    return stop === chunk.length ? -1 : chunk.indexOf(byte, stop);
}
class XmlTokenizer {
    handler;
    error;
    mode = Mode.Content;
    /** Open elements are stack[0..depth); entries past depth are kept for reuse (one object per level). */
    stack = [];
    depth = 0;
    names = new StringTable();
    attributes = new XmlAttributes(new StringTable(), (at) => this.locate(at));
    base = 0;
    chunk = Buffer.alloc(0);
    // Newlines are counted once, up to `countedTo` (an absolute byte offset), as positions are needed.
    countedTo = 0;
    line = 1;
    lineStart = 0;
    constructor(handler) {
        this.handler = handler;
    }
    /**
     * Reads `chunk`, which starts at absolute byte offset `base`, and returns how many bytes were
     * consumed. The caller passes the unconsumed rest again, followed by more bytes.
     */
    write(chunk, base) {
        this.chunk = chunk;
        this.base = base;
        const end = chunk.length;
        const handler = this.handler;
        let pos = 0;
        while (pos < end && this.error === undefined) {
            if (this.mode === Mode.Content) {
                const lt = findByte(chunk, LT, pos);
                if (lt === -1) {
                    if (handler.sink !== undefined)
                        handler.sink.text(chunk, pos, end);
                    pos = end;
                    break;
                }
                if (lt > pos && handler.sink !== undefined)
                    handler.sink.text(chunk, pos, lt);
                const next = this.markup(chunk, lt);
                if (next === INCOMPLETE) {
                    pos = lt;
                    break;
                }
                pos = next;
            }
            else {
                const isCdata = this.mode === Mode.Cdata;
                const close = chunk.indexOf(isCdata ? CDATA_CLOSE : COMMENT_CLOSE, pos);
                // Without the terminator, keep the last 2 bytes: they may be its first half.
                const stop = close === -1 ? Math.max(pos, end - 2) : close;
                if (isCdata && stop > pos && handler.sink !== undefined)
                    handler.sink.cdata(chunk, pos, stop);
                if (close === -1) {
                    pos = stop;
                    break;
                }
                pos = close + 3;
                this.mode = Mode.Content;
            }
        }
        if (this.error === undefined)
            this.settleLines(pos);
        return pos;
    }
    /** Called once at end of input with the bytes never consumed; records what was left unclosed. */
    finish(rest, base) {
        if (this.error !== undefined)
            return;
        this.chunk = rest;
        this.base = base;
        const eof = base + rest.length;
        if (this.mode !== Mode.Content) {
            const what = this.mode === Mode.Cdata ? 'a CDATA section' : 'a comment';
            this.fail(`unexpected end of file inside ${what}${this.enclosing()}`, eof);
        }
        else if (rest.length > 0) {
            this.fail(`unexpected end of file: ${this.unfinishedMarkup(rest)}${this.enclosing()}`, eof);
        }
        else if (this.depth > 0) {
            const top = this.stack[this.depth - 1];
            this.fail(`unexpected end of file inside <${top.name}> opened at line ${this.lineOf(top)}`, eof);
        }
    }
    unfinishedMarkup(rest) {
        const kind = rest[1];
        if (kind === BANG) {
            if (startsWithAt(rest, 0, CDATA_OPEN) !== false)
                return 'a CDATA section is not closed';
            if (startsWithAt(rest, 0, COMMENT_OPEN) !== false)
                return 'a comment is not closed';
            return "expected '>' to close a <! declaration";
        }
        if (kind === QUESTION)
            return "expected '?>' to close a processing instruction";
        const from = kind === SLASH ? 2 : 1;
        let i = from;
        while (i < rest.length && !isNameEnd(rest[i]))
            i++;
        return `expected '>' to close <${kind === SLASH ? '/' : ''}${rest.toString('utf8', from, i)}>`;
    }
    /** Stops with a syntax error at absolute offset `at`. */
    fail(message, at) {
        if (this.error !== undefined)
            return;
        const { line, column } = this.locate(at);
        this.error = { message, line, column };
    }
    enclosing() {
        const top = this.depth > 0 ? this.stack[this.depth - 1] : undefined;
        return top === undefined ? '' : ` in <${top.name}> opened at line ${this.lineOf(top)}`;
    }
    lineOf(element) {
        if (element.line === 0)
            element.line = this.locate(element.offset).line;
        return element.line;
    }
    /** Line and column of an absolute offset in the current chunk, not before the last one asked. */
    locate(at) {
        this.settleStackLines(at);
        this.countLinesTo(at);
        return { line: this.line, column: at - this.lineStart + 1 };
    }
    settleLines(consumed) {
        const at = this.base + consumed;
        this.settleStackLines(at);
        this.countLinesTo(at);
    }
    // Elements opened in this chunk get their line before the chunk is dropped (in offset order).
    settleStackLines(limit) {
        for (let i = 0; i < this.depth; i++)
            this.fixLine(this.stack[i], limit);
    }
    fixLine(element, limit) {
        if (element.line !== 0 || element.offset > limit)
            return;
        this.countLinesTo(element.offset);
        element.line = this.line;
    }
    countLinesTo(at) {
        if (at <= this.countedTo)
            return;
        const view = this.chunk.subarray(0, at - this.base);
        let i = Math.max(0, this.countedTo - this.base);
        for (;;) {
            const nl = view.indexOf(NEWLINE, i);
            if (nl === -1)
                break;
            this.line++;
            this.lineStart = this.base + nl + 1;
            i = nl + 1;
        }
        this.countedTo = at;
    }
    /** Parses the markup at `lt`; returns the offset after it, or INCOMPLETE when the chunk ends first. */
    markup(chunk, lt) {
        const kind = chunk[lt + 1];
        if (kind === undefined)
            return INCOMPLETE;
        if (kind === SLASH)
            return this.closeTag(chunk, lt);
        if (kind === BANG) {
            const cdata = startsWithAt(chunk, lt, CDATA_OPEN);
            if (cdata === undefined)
                return INCOMPLETE;
            if (cdata) {
                this.mode = Mode.Cdata;
                return lt + CDATA_OPEN.length;
            }
            const comment = startsWithAt(chunk, lt, COMMENT_OPEN);
            if (comment === undefined)
                return INCOMPLETE;
            if (comment) {
                this.mode = Mode.Comment;
                return lt + COMMENT_OPEN.length;
            }
            return this.declaration(chunk, lt);
        }
        if (kind === QUESTION) {
            const close = chunk.indexOf(PI_CLOSE, lt + 2);
            return close === -1 ? INCOMPLETE : close + 2;
        }
        return this.openTag(chunk, lt);
    }
    // <!DOCTYPE ...> with an optional [internal subset]: skipped, quotes and brackets respected.
    declaration(chunk, lt) {
        let depth = 0;
        for (let i = lt + 2; i < chunk.length; i++) {
            const c = chunk[i];
            if (c === 0x22 || c === 0x27) {
                const close = chunk.indexOf(c, i + 1);
                if (close === -1)
                    return INCOMPLETE;
                i = close;
            }
            else if (c === 0x5b)
                depth++;
            else if (c === 0x5d)
                depth--;
            else if (c === GT && depth <= 0)
                return i + 1;
        }
        return INCOMPLETE;
    }
    closeTag(chunk, lt) {
        const gt = findByte(chunk, GT, lt + 2);
        if (gt === -1)
            return INCOMPLETE;
        let nameEnd = gt;
        while (nameEnd > lt + 2 && isSpace(chunk[nameEnd - 1]))
            nameEnd--;
        if (this.depth === 0) {
            this.fail(`unexpected </${latin1(chunk, lt + 2, nameEnd)}>: no element is open`, this.base + lt);
            return INCOMPLETE;
        }
        const top = this.stack[this.depth - 1];
        // Compared as bytes with the open element's name: no string is made for a matching close tag.
        const name = top.name;
        const length = name.length;
        let same = nameEnd - (lt + 2) === length;
        for (let i = 0; same && i < length; i++)
            same = chunk[lt + 2 + i] === name.charCodeAt(i);
        if (!same) {
            this.fail(`expected </${name}> to close <${name}> opened at line ${this.lineOf(top)}, found </${latin1(chunk, lt + 2, nameEnd)}>`, this.base + lt);
            return INCOMPLETE;
        }
        this.depth--;
        this.handler.close(name);
        return gt + 1;
    }
    openTag(chunk, lt) {
        const end = chunk.length;
        const names = this.names;
        let i = lt + 1;
        if (!isNameStart(chunk[i])) {
            this.fail(`expected an element name after '<'`, this.base + lt);
            return INCOMPLETE;
        }
        while (i < end && (CLASSES[chunk[i]] & NAME_END) === 0)
            i++;
        if (i === end)
            return INCOMPLETE;
        const name = names.ascii(chunk, lt + 1, i);
        const attributes = this.attributes;
        attributes.count = 0;
        attributes.chunk = chunk;
        attributes.offset = this.base + lt;
        for (;;) {
            while (i < end && (CLASSES[chunk[i]] & SPACE) !== 0)
                i++;
            if (i === end)
                return INCOMPLETE;
            const c = chunk[i];
            if (c === GT)
                return this.opened(name, lt, i + 1, false);
            if (c === SLASH) {
                if (i + 1 === end)
                    return INCOMPLETE;
                if (chunk[i + 1] === GT)
                    return this.opened(name, lt, i + 2, true);
                this.fail(`expected '>' after '/' to close <${name}>`, this.base + i + 1);
                return INCOMPLETE;
            }
            if (!isNameStart(c)) {
                this.fail(`expected '>' to close <${name}>`, this.base + i);
                return INCOMPLETE;
            }
            const attributeStart = i;
            while (i < end && (CLASSES[chunk[i]] & NAME_END) === 0)
                i++;
            const attributeEnd = i;
            while (i < end && (CLASSES[chunk[i]] & SPACE) !== 0)
                i++;
            if (i === end)
                return INCOMPLETE;
            if (chunk[i] !== EQUALS) {
                const attribute = latin1(chunk, attributeStart, attributeEnd);
                this.fail(`expected '=' after attribute '${attribute}' in <${name}>`, this.base + i);
                return INCOMPLETE;
            }
            i++;
            while (i < end && isSpace(chunk[i]))
                i++;
            if (i === end)
                return INCOMPLETE;
            const quote = chunk[i];
            if (quote !== 0x22 && quote !== 0x27) {
                const attribute = latin1(chunk, attributeStart, attributeEnd);
                this.fail(`expected a quoted value for attribute '${attribute}' in <${name}>`, this.base + i);
                return INCOMPLETE;
            }
            let valueEnd = i + 1;
            const shortStop = Math.min(end, valueEnd + SHORT_VALUE);
            while (valueEnd < shortStop && chunk[valueEnd] !== quote)
                valueEnd++;
            if (valueEnd === shortStop)
                valueEnd = shortStop === end ? -1 : chunk.indexOf(quote, shortStop);
            if (valueEnd === -1)
                return INCOMPLETE;
            attributes.add(attributeStart, attributeEnd, i + 1, valueEnd);
            i = valueEnd + 1;
        }
    }
    opened(name, lt, next, selfClosing) {
        if (!selfClosing) {
            const spare = this.stack[this.depth];
            if (spare === undefined)
                this.stack.push({ name, offset: this.base + lt, line: 0 });
            else {
                spare.name = name;
                spare.offset = this.base + lt;
                spare.line = 0;
            }
            this.depth++;
        }
        this.handler.open(name, this.attributes);
        if (selfClosing)
            this.handler.close(name);
        return next;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/ingest/ingest-file.ts
// Reads one report file of any supported format into TestCaseRecords, streaming.
// Problems are returned in SourceFile.errors, never thrown. A malformed or truncated file keeps
// the tests completed before the bad point: they are delivered, and the error says where it broke.












const HEAD_BYTES = 64 * 1024;
/** Test entries skipped or amended (no name, bad duration...) are reported one by one up to this, then counted. */
const MAX_ENTRY_PROBLEMS = 100;
/** CTRF is read whole (JSON.parse); beyond this it is refused rather than risk the runner's memory. */
const MAX_CTRF_BYTES = 256 << 20;
const XML_READERS = {
    junit: JUnitReader,
    nunit: NUnitReader,
    xunit: XUnitReader,
    trx: TrxReader,
};
// Duck-typed: errors from another realm (e.g. a test VM) fail `instanceof Error`.
function isSystemError(error) {
    const code = error?.code;
    return typeof code === 'string' && /^E[A-Z]+$/.test(code);
}
/** Streams one report file, calling onTest for every test case; never throws for bad content. */
async function ingestFile(path, onTest, options) {
    const source = { path, format: 'unknown', tests: 0, bytes: 0, errors: [] };
    const problem = (kind, message, at) => {
        source.errors.push({ path, ...(at && { line: at.line, column: at.column }), message, kind });
    };
    let file;
    try {
        file = await (0,promises_.open)(path, 'r');
        const stat = await file.stat();
        if (stat.isDirectory()) {
            problem('unreadable', `${path} is a directory, not a report file`);
            return source;
        }
        source.bytes = stat.size;
        const head = Buffer.alloc(Math.min(HEAD_BYTES, stat.size));
        const { bytesRead } = await file.read(head, 0, head.length, 0);
        const encoding = chooseEncoding(head.subarray(0, bytesRead));
        if ('unsupported' in encoding) {
            problem('malformed', `${path} declares encoding "${encoding.unsupported}", which this reader does not support`);
            return source;
        }
        const headText = encoding.transcoder
            ? encoding.transcoder(head.subarray(0, bytesRead), false)
            : head.toString('utf8', 0, bytesRead);
        const format = detectFormat(headText);
        if (format === undefined) {
            problem('not-a-report', `${path} is not a test report: ${describeContent(headText)}`);
            return source;
        }
        source.format = format;
        const limits = resolveLimits(path, options);
        const deliver = (record) => {
            source.tests++;
            onTest(record);
        };
        let entryProblems = 0;
        const note = (message, at) => {
            if (++entryProblems <= MAX_ENTRY_PROBLEMS)
                problem('malformed', message, at);
        };
        try {
            if (format === 'ctrf')
                await readCtrf(file, stat.size, limits, deliver, note, problem);
            else {
                const reader = format === 'nunit' && isNUnit2(headText) ? NUnit2Reader : XML_READERS[format];
                await readXml(file, stat.size, new reader(limits, deliver, note), encoding.transcoder, problem);
            }
        }
        finally {
            if (entryProblems > MAX_ENTRY_PROBLEMS) {
                problem('malformed', `${entryProblems - MAX_ENTRY_PROBLEMS} more problems with test entries (not listed)`);
            }
        }
    }
    catch (error) {
        if (!isSystemError(error))
            throw error;
        problem('unreadable', `cannot read ${path}: ${error.code} ${error.message}`);
    }
    finally {
        await file?.close();
    }
    return source;
}
async function readXml(file, fileBytes, reader, transcoder, problem) {
    const tokenizer = new XmlTokenizer(reader);
    await streamXmlFile(file, tokenizer, transcoder, fileBytes);
    reader.end();
    const error = tokenizer.error;
    if (error !== undefined)
        problem('malformed', `line ${error.line}, column ${error.column}: ${error.message}`, error);
}
async function readCtrf(file, size, limits, deliver, note, problem) {
    if (size > MAX_CTRF_BYTES) {
        problem('malformed', `CTRF JSON of ${size} bytes is larger than the ${MAX_CTRF_BYTES >> 20} MiB this reader accepts`);
        return;
    }
    const text = (await file.readFile()).toString('utf8');
    let document;
    try {
        document = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const at = /position (\d+)/.exec(message);
        const offset = at ? Number(at[1]) : text.length;
        const location = ingest_file_lineAndColumn(text, offset);
        problem('malformed', `line ${location.line}, column ${location.column}: invalid JSON: ${message}`, location);
        return;
    }
    const ctrf = ctrfTests(document);
    if (ctrf === undefined) {
        problem('not-a-report', `${limits.source} is not a test report: JSON without results.tests`);
        return;
    }
    // A document from a newer testpipe is refused (thrown, a UserError), not half-read; another tool's has no version.
    checkCtrfTestpipeVersion(document, limits.source);
    const positions = new Map();
    ctrf.tests.forEach((entry, index) => {
        const record = ctrfRecord(entry, index, ctrf.tool, limits, note, positions);
        if (record !== undefined)
            deliver(record);
    });
}
function ingest_file_lineAndColumn(text, offset) {
    let line = 1;
    let lineStart = 0;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
        line++;
        lineStart = i + 1;
    }
    return { line, column: offset - lineStart + 1 };
}

;// CONCATENATED MODULE: ./packages/core/src/ingest/index.ts



;// CONCATENATED MODULE: ./packages/core/src/categories/rules.ts
// Priority order: the first matching rule wins. Environment comes before timeout so that
// "timeout connecting" or "connect ETIMEDOUT" (a dependency not answering) is not taken for
// the test's own timeout; data comes before test-logic so an assertion about a constraint
// violation is still a data problem.
const CATEGORY_RULES = [
    // environment: a dependency is unreachable, refuses, or answers with a 5xx
    { category: 'environment', pattern: /\bE(?:CONNREFUSED|CONNRESET|NOTFOUND|AI_AGAIN|HOSTUNREACH|NETUNREACH|PIPE)\b/ },
    { category: 'environment', pattern: /connection (?:was )?(?:refused|reset)|connection to \S+ refused/i },
    { category: 'environment', pattern: /actively refused it|no connection could be made/i },
    { category: 'environment', pattern: /getaddrinfo|name or service not known|temporary failure in name resolution/i },
    { category: 'environment', pattern: /nodename nor servname|no such host|UnknownHostException/i },
    {
        category: 'environment',
        pattern: /timeout connecting|connect(?:ion)? timed out|connect ETIMEDOUT|ConnectTimeout/i,
    },
    {
        category: 'environment',
        pattern: /ServerSelectionTimeoutError|could not connect to server|can't connect to \w+ server/i,
    },
    { category: 'environment', pattern: /(?:java\.net\.)?(?:ConnectException|NoRouteToHostException)\b/ },
    {
        category: 'environment',
        pattern: /requests\.exceptions\.ConnectionError|urllib3\.exceptions\.\w*(?:Connection|NewConnection)Error/,
    },
    { category: 'environment', pattern: /\bdial tcp\b|no route to host|network is unreachable|socket hang up/i },
    { category: 'environment', pattern: /CannotConnectError|Failed to connect to|unable to connect to/i },
    { category: 'environment', pattern: /\bSSL(?:Error|HandshakeException)?\b|\bTLS handshake|x509: certificate/i },
    {
        category: 'environment',
        pattern: /CERTIFICATE_VERIFY_FAILED|certificate (?:has expired|verify failed)|self[- ]signed certificate/i,
    },
    { category: 'environment', pattern: /UNABLE_TO_VERIFY_LEAF_SIGNATURE|ERR_TLS_CERT|PKIX path building failed/ },
    { category: 'environment', pattern: /\b50[234] (?:Bad Gateway|Service Unavailable|Gateway Time-?out)\b/i },
    { category: 'environment', pattern: /status(?: code)?:? 50[234]\b/i },
    {
        category: 'environment',
        pattern: /too many connections|remaining connection slots are reserved|ENOSPC|no space left on device/i,
    },
    { category: 'environment', pattern: /Cannot connect to the Docker daemon/i },
    // data: the database or fixtures do not hold what the test expects
    { category: 'data', pattern: /violates (?:unique|foreign key|not-null|check) constraint/i },
    { category: 'data', pattern: /duplicate key value|duplicate entry .* for key|cannot insert duplicate key/i },
    {
        category: 'data',
        pattern: /(?:UNIQUE|FOREIGN KEY|NOT NULL|CHECK) constraint failed|integrity constraint violation/i,
    },
    { category: 'data', pattern: /Violation of (?:PRIMARY KEY|UNIQUE KEY) constraint|ORA-00001|ORA-02291|ORA-01400/i },
    { category: 'data', pattern: /IntegrityError|UniqueViolation|ForeignKeyViolation|NotNullViolation|CheckViolation/ },
    {
        category: 'data',
        pattern: /DataIntegrityViolationException|ConstraintViolationException|RecordNotUnique|InvalidForeignKey/,
    },
    { category: 'data', pattern: /SQLSTATE\[?\s*23\d{3}|\(SQLSTATE 23\d{3}\)|SqlState: 23\d{3}/i },
    { category: 'data', pattern: /fixture ['"]?[\w.-]+['"]? not found/i },
    { category: 'data', pattern: /DoesNotExist|matching query does not exist|no rows in result set/i },
    { category: 'data', pattern: /EntityNotFound|RecordNotFound|EmptyResultDataAccessException|NoResultException/ },
    // timeout: the test's own time limit
    {
        category: 'timeout',
        pattern: /Exceeded timeout of \d+ ?ms|Timeout of \d+ ?ms exceeded|Test timeout of \d+ ?ms exceeded/i,
    },
    {
        category: 'timeout',
        pattern: /Failed: Timeout >|panic: test timed out after|execution timed out after|timed out after \d+/i,
    },
    {
        category: 'timeout',
        pattern: /TestTimedOutException|TimeoutException|TimeoutError|Timeout::Error|execution expired/,
    },
    { category: 'timeout', pattern: /exceeded (?:the )?(?:execution )?timeout|Timeout value of \d+ ?ms/i },
    // jest (jasmine2 / older circus): "Timeout - Async callback was not invoked within the 5000 ms timeout…"
    { category: 'timeout', pattern: /Timeout - Async callback was not invoked|Async callback was not invoked within/i },
    // test-logic: the code under test did not give what the test asserts
    { category: 'test-logic', pattern: /AssertionError|AssertionFailedError|ComparisonFailure|AssertFailedException/ },
    { category: 'test-logic', pattern: /ExpectationNotMetError|Minitest::Assertion|Test::Unit::AssertionFailedError/ },
    {
        category: 'test-logic',
        pattern: /Xunit\.Sdk\.\w+Exception|NUnit\.Framework\.AssertionException|Assert\.\w+\(?\)? failed/,
    },
    { category: 'test-logic', pattern: /Assert\.\w+\(\) Failure|Error Trace:|\bassert\.\w+|\brequire\.\w+\(/ },
    { category: 'test-logic', pattern: /expect\(.*\)\.\w+|Expected:[\s\S]{0,2000}?(?:Received|Actual|But was|got):/i },
    { category: 'test-logic', pattern: /expected:? ?<.*> but was:? ?<|expected .+ to (?:equal|be|have|include|deep)/i },
    { category: 'test-logic', pattern: /Expecting actual|\bassert\b/i },
];

;// CONCATENATED MODULE: ./packages/core/src/categories/classify.ts

/** Bodies can be whole logs; the cause is near the top, and scanning is bounded. */
const MAX_BODY_CHARS = 20_000;
/**
 * Classifies a failure by the first rule that matches. The headline (type and message) is
 * examined with every rule before the body is, so a stray "connection reset" in captured
 * logs does not outrank an assertion stated in the message.
 */
function classifyFailure(failure, rules = CATEGORY_RULES) {
    if (!failure)
        return 'unknown';
    const passes = [['type', 'message'], ['body']];
    for (const fields of passes) {
        for (const rule of rules) {
            for (const field of fields) {
                if (rule.field && rule.field !== field)
                    continue;
                const text = field === 'body' ? failure.body?.slice(0, MAX_BODY_CHARS) : failure[field];
                if (text && rule.pattern.test(text))
                    return rule.category;
            }
        }
    }
    return 'unknown';
}

;// CONCATENATED MODULE: ./packages/core/src/categories/recommendations.ts
/** What to do about failures of each category, shown next to the counts. */
const CATEGORY_RECOMMENDATIONS = {
    environment: 'A dependency was unreachable or unhealthy (connection refused/reset, DNS, TLS, 5xx). Check the provisioned services and their health checks before looking at the code; a rerun may pass.',
    data: 'The test data did not match what the test expects (constraint violation, missing row or fixture). Check the seed step, fixture setup and isolation between tests sharing a database.',
    timeout: "A test exceeded its own time limit, or a whole shard exceeded its suite's timeout (\"<shard> timed out\"). Look for a hung await or slow dependency; if the work is legitimately long, raise that test's timeout, or for a shard the suite's timeout in testpipe.yml.",
    'test-logic': 'An assertion failed: the code under test did not produce what the test expects. Read the diff in the failure message; this is usually a real regression or an outdated expectation.',
    unknown: 'The failure did not match a known pattern. Read the message and stack trace; if it recurs, add a rule for it to the category table.',
};

;// CONCATENATED MODULE: ./packages/core/src/merge/test-identity.ts
/** Normalises a report path so the same file reads the same from every shard and OS. */
function normaliseTestFile(file) {
    return file.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '');
}
/**
 * The stable identity of a test: (file or suite, classname, name), per DESIGN "Counting tests".
 * Parts are joined with "::" and always three, so "a::b::c" cannot be read two ways by us.
 */
function testId(record) {
    const scope = record.file ? normaliseTestFile(record.file) : record.suite;
    return `${scope}::${record.classname ?? ''}::${record.name}`;
}
/** Orders ids by UTF-16 code units (as `<` does): the same order on every machine and locale. */
function compareIds(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./packages/core/src/metrics/exact-sum.ts
/**
 * A sum of doubles that does not depend on the order of its terms: Shewchuk's exact partials
 * (the algorithm behind Python's math.fsum), rounded once at the end. Metrics are computed both
 * from a sorted TestRun and from RunBuilder's columns in arrival order, and must agree to the
 * last bit; a plain `+=` would not (durations like 1.317 ms are not exact in binary).
 * Sums of integers below 2^53 equal the plain sum.
 */
class ExactSum {
    partials = [];
    count = 0;
    /** Infinities and NaN bypass the partials; their plain sum decides the result. */
    nonFinite = 0;
    hasNonFinite = false;
    /** How many terms were added (a sum added with addSum counts its own terms). */
    terms = 0;
    add(value) {
        this.terms++;
        if (!Number.isFinite(value)) {
            this.nonFinite += value;
            this.hasNonFinite = true;
            return;
        }
        const partials = this.partials;
        const count = this.count;
        let x = value;
        let kept = 0;
        for (let j = 0; j < count; j++) {
            let y = partials[j];
            if (Math.abs(x) < Math.abs(y)) {
                const swap = x;
                x = y;
                y = swap;
            }
            const hi = x + y;
            const lo = y - (hi - x);
            if (lo !== 0)
                partials[kept++] = lo;
            x = hi;
        }
        partials[kept] = x;
        this.count = kept + 1;
    }
    /** Back to an empty sum (so one instance can round many small sums). */
    reset() {
        this.partials.length = 0;
        this.count = 0;
        this.nonFinite = 0;
        this.hasNonFinite = false;
        this.terms = 0;
    }
    addSum(other) {
        const terms = this.terms + other.terms;
        for (let j = 0; j < other.count; j++)
            this.add(other.partials[j]);
        if (other.hasNonFinite)
            this.add(other.nonFinite);
        this.terms = terms;
    }
    /** The exact sum of every term, correctly rounded (half to even). */
    value() {
        if (this.hasNonFinite)
            return this.nonFinite;
        const partials = this.partials;
        let n = this.count;
        if (n === 0)
            return 0;
        let hi = partials[--n];
        let lo = 0;
        while (n > 0) {
            const x = hi;
            const y = partials[--n];
            hi = x + y;
            lo = y - (hi - x);
            if (lo !== 0)
                break;
        }
        if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
            const y = lo * 2;
            const x = hi + y;
            if (y === x - hi)
                hi = x;
        }
        return hi;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/metrics/pass-rate.ts
/**
 * passRate per DESIGN: (passed + flaky) / (total − skipped) × 100, two decimals, null when no
 * test ran. Never rounds up to 100 while a test failed, nor down to 0 while one passed, so a
 * gate at 100 % cannot pass with 1 failure in 30,000 tests.
 */
function passRate(passing, ran) {
    if (ran <= 0)
        return null;
    const hundredths = Math.round((passing * 10_000) / ran);
    if (passing < ran && hundredths >= 10_000)
        return 99.99;
    if (passing > 0 && hundredths <= 0)
        return 0.01;
    return hundredths / 100;
}

;// CONCATENATED MODULE: ./packages/core/src/metrics/accumulator.ts





const UNSHARDED = '(unsharded)';
const INITIAL_TALLIES = 64;
/** Per-tally Uint32 counts, in this order, `FIELDS` per tally. */
const COUNT_FIELDS = ['total', 'passed', 'failed', 'errored', 'skipped', 'flaky'];
const FIELDS = COUNT_FIELDS.length;
const FIELD_OF = { passed: 1, failed: 2, errored: 3, skipped: 4, flaky: 5 };
/**
 * Counts and exact duration sums of the suites (or the files), one index per name, held in
 * typed-array columns instead of an object per name (~240,000 of them in a 120,000-class run).
 * A duration sum is the same exact sum as ExactSum (Shewchuk partials), kept inline as up to two
 * partials in two Float64 columns; the rare sum that needs more (or meets a non-finite value)
 * moves to an ExactSum of its own.
 */
class Tallies {
    indexes = new Map();
    names = [];
    counts = new Uint32Array(INITIAL_TALLIES * FIELDS);
    /** The inline partials, increasing magnitude: p0 then p1; `used` says how many. */
    p0 = new Float64Array(INITIAL_TALLIES);
    p1 = new Float64Array(INITIAL_TALLIES);
    used = new Uint8Array(INITIAL_TALLIES);
    overflow = new Map();
    get size() {
        return this.names.length;
    }
    /** The index of `name`, made if new. */
    index(name) {
        let index = this.indexes.get(name);
        if (index === undefined) {
            index = this.names.length;
            if (index === this.used.length)
                this.grow(index * 2);
            this.indexes.set(name, index);
            this.names.push(name);
        }
        return index;
    }
    count(index, status, durationMs) {
        const at = index * FIELDS;
        this.counts[at]++;
        this.counts[at + FIELD_OF[status]]++;
        this.addDuration(index, durationMs);
    }
    /** Adds the exact duration sum of tally `index` to `sum`. */
    addTo(index, sum) {
        const big = this.overflow.get(index);
        if (big !== undefined) {
            sum.addSum(big);
            return;
        }
        const used = this.used[index];
        if (used > 0)
            sum.add(this.p0[index]);
        if (used > 1)
            sum.add(this.p1[index]);
    }
    /** Name → GroupMetrics in code-unit order of the names, made one at a time; ends lookups by name. */
    record(scratch) {
        // No more lookups by name (finish() is the end): free the index while the output is built.
        this.indexes.clear();
        const names = this.names;
        const order = new Uint32Array(names.length);
        for (let i = 0; i < order.length; i++)
            order[i] = i;
        order.sort((a, b) => compareIds(names[a], names[b]));
        // Object.fromEntries defines each key as an own data property ("__proto__" included), as before.
        return Object.fromEntries(this.entries(order, scratch));
    }
    *entries(order, scratch) {
        const counts = this.counts;
        for (const index of order) {
            const at = index * FIELDS;
            scratch.reset();
            this.addTo(index, scratch);
            const metrics = {
                total: counts[at],
                passed: counts[at + 1],
                failed: counts[at + 2],
                errored: counts[at + 3],
                skipped: counts[at + 4],
                flaky: counts[at + 5],
                passRate: null,
                durationMs: scratch.value(),
            };
            metrics.passRate = passRate(metrics.passed + metrics.flaky, metrics.total - metrics.skipped);
            yield [this.names[index], metrics];
        }
    }
    addDuration(index, value) {
        const big = this.overflow.get(index);
        if (big !== undefined) {
            big.add(value);
            return;
        }
        const used = this.used[index];
        if (!Number.isFinite(value)) {
            this.spill(index, used).add(value);
            return;
        }
        // ExactSum.add over the (at most two) inline partials.
        let x = value;
        let kept = 0;
        let out0 = 0;
        let out1 = 0;
        for (let j = 0; j < used; j++) {
            let y = j === 0 ? this.p0[index] : this.p1[index];
            if (Math.abs(x) < Math.abs(y)) {
                const swap = x;
                x = y;
                y = swap;
            }
            const hi = x + y;
            const lo = y - (hi - x);
            if (lo !== 0) {
                if (kept === 0)
                    out0 = lo;
                else
                    out1 = lo;
                kept++;
            }
            x = hi;
        }
        if (kept === 2) {
            // Three partials: keep the exact sum in an ExactSum of its own.
            const big = this.spill(index, 0);
            big.add(out0);
            big.add(out1);
            big.add(x);
            return;
        }
        if (kept === 0)
            this.p0[index] = x;
        else {
            this.p0[index] = out0;
            this.p1[index] = x;
        }
        this.used[index] = kept + 1;
    }
    /** Moves tally `index`'s first `used` inline partials to an ExactSum. */
    spill(index, used) {
        const big = new ExactSum();
        if (used > 0)
            big.add(this.p0[index]);
        if (used > 1)
            big.add(this.p1[index]);
        this.overflow.set(index, big);
        this.used[index] = 0;
        return big;
    }
    grow(capacity) {
        const counts = new Uint32Array(capacity * FIELDS);
        counts.set(this.counts);
        this.counts = counts;
        const p0 = new Float64Array(capacity);
        p0.set(this.p0);
        this.p0 = p0;
        const p1 = new Float64Array(capacity);
        p1.set(this.p1);
        this.p1 = p1;
        const used = new Uint8Array(capacity);
        used.set(this.used);
        this.used = used;
    }
}
/** The slowest list's order: longer first, then by id. Negative when (aMs, aId) comes first. */
function slownessOrder(aMs, aId, bMs, bId) {
    return bMs - aMs || compareIds(aId, bId);
}
function bySlowness(a, b) {
    return slownessOrder(a.durationMs, a.summary.id, b.durationMs, b.summary.id);
}
function sortedRecord(entries) {
    return Object.fromEntries([...entries].sort(([a], [b]) => compareIds(a, b)));
}
/**
 * Computes Metrics from tests fed one at a time. Apart from the flaky list, memory is bounded
 * by the number of suites, files and shards: the slowest list and the per-category id lists
 * keep a bounded set of candidates. Shared by computeMetrics (a TestRun) and
 * RunBuilder.metrics() (its columns), so both give the same Metrics.
 */
class MetricsAccumulator {
    order;
    counts = { total: 0, passed: 0, failed: 0, errored: 0, skipped: 0, flaky: 0 };
    suites = new Tallies();
    fileTallies = new Tallies();
    shards = new Map();
    /** Attempts with a start time (attemptTime()), for wall as clock time when that is all of them. */
    timedAttempts = 0;
    firstStart = Infinity;
    lastEnd = -Infinity;
    slowestLimit;
    /** Whole-number limit that candidates can be pruned to; undefined = keep all (odd limits). */
    slowestBound;
    slowThreshold = -Infinity;
    slow = [];
    flaky = [];
    categoryLimit;
    /** How many ids per category the `tests.length < limit` rule lets through. */
    categoryKeep;
    categories;
    constructor(options = {}, order = 'input') {
        this.order = order;
        this.slowestLimit = options.slowest ?? 20;
        this.slowestBound = Number.isInteger(this.slowestLimit) && this.slowestLimit >= 0 ? this.slowestLimit : undefined;
        this.categoryLimit = options.maxTestsPerCategory ?? 50;
        this.categoryKeep = this.categoryLimit > 0 ? Math.ceil(this.categoryLimit) : 0;
        this.categories = Object.fromEntries(FAILURE_CATEGORIES.map((category) => [
            category,
            { count: 0, flaky: 0, recommendation: CATEGORY_RECOMMENDATIONS[category], tests: [] },
        ]));
    }
    /** The tally index of a suite; pass it with every test in the suite. */
    suite(name) {
        return this.suites.index(name);
    }
    /** The tally index of a file; pass it with every test in the file. */
    file(name) {
        return this.fileTallies.index(name);
    }
    /** Sum of the attempt durations of one shard (undefined = unsharded); add every attempt to it. */
    shard(name) {
        const key = name ?? UNSHARDED;
        let sum = this.shards.get(key);
        if (!sum)
            this.shards.set(key, (sum = new ExactSum()));
        return sum;
    }
    /**
     * When an attempt started (ISO 8601, undefined = unknown) and how long it took: wall is clock time,
     * earliest start to latest end, only when every attempt fed to shard() was also fed here with a start.
     */
    attemptTime(startedAt, durationMs) {
        this.attemptTimeMs(startedAt === undefined ? NaN : Date.parse(startedAt), durationMs);
    }
    /** attemptTime() with the start already in epoch milliseconds (NaN = unknown). */
    attemptTimeMs(start, durationMs) {
        if (!Number.isFinite(start) || !Number.isFinite(durationMs))
            return;
        this.timedAttempts++;
        if (start < this.firstStart)
            this.firstStart = start;
        const end = start + Math.max(0, durationMs);
        if (end > this.lastEnd)
            this.lastEnd = end;
    }
    /** `suite` and `file` are indexes from suite() and file(); file -1 = the test has no file. */
    addTest(test, suite, file) {
        const status = test.status;
        const durationMs = test.durationMs;
        this.counts.total++;
        this.counts[status]++;
        this.suites.count(suite, status, durationMs);
        if (file >= 0)
            this.fileTallies.count(file, status, durationMs);
        if (status !== 'skipped')
            this.considerSlow(test);
        if (status === 'flaky') {
            const summary = {
                ...test.summary(),
                attempts: test.attemptCount,
                failedAttempts: test.failedAttempts,
            };
            if (test.category)
                summary.category = test.category;
            this.flaky.push(summary);
        }
        if (!test.category)
            return;
        const entry = this.categories[test.category];
        if (status === 'flaky')
            entry.flaky++;
        else if (isFailing(status)) {
            entry.count++;
            if (test.hasName === false)
                return;
            if (this.order === 'input') {
                if (entry.tests.length < this.categoryLimit)
                    entry.tests.push(test.id());
            }
            else if (this.categoryKeep > 0) {
                // Arrival order is not id order: keep ids until well over the limit, then the smallest.
                entry.tests.push(test.id());
                if (entry.tests.length >= 2 * this.categoryKeep + 64)
                    entry.tests.sort(compareIds).length = this.categoryKeep;
            }
        }
    }
    finish(files, duplicates) {
        // Every test is in exactly one suite, so cpu is the exact sum of the suites' sums.
        const cpu = new ExactSum();
        for (let index = 0; index < this.suites.size; index++)
            this.suites.addTo(index, cpu);
        const allAttempts = new ExactSum();
        const perShard = new Map();
        let attemptCount = 0;
        for (const [shard, sum] of this.shards) {
            allAttempts.addSum(sum);
            perShard.set(shard, sum.value());
            attemptCount += sum.terms;
        }
        const slowest = this.slow
            .sort(bySlowness)
            .slice(0, this.slowestLimit)
            .map((candidate) => candidate.summary);
        if (this.order === 'id') {
            this.flaky.sort((a, b) => compareIds(a.id, b.id));
            for (const category of FAILURE_CATEGORIES) {
                const entry = this.categories[category];
                entry.tests = entry.tests.sort(compareIds).slice(0, this.categoryKeep);
            }
        }
        const counts = this.counts;
        const scratch = new ExactSum();
        return {
            schemaVersion: 1,
            ...counts,
            passRate: passRate(counts.passed + counts.flaky, counts.total - counts.skipped),
            durationMs: {
                wall: this.wall(perShard, cpu.value(), attemptCount),
                perShard: sortedRecord(perShard),
                cpu: cpu.value(),
                allAttempts: allAttempts.value(),
            },
            perSuite: this.suites.record(scratch),
            perFile: this.fileTallies.record(scratch),
            slowest,
            flakyTests: this.flaky,
            categories: this.categories,
            files: files.map(({ path, format, tests, bytes, errors }) => ({ path, format, tests, bytes, errors })),
            duplicates,
        };
    }
    /**
     * Clock time: from the earliest attempt start to the latest attempt end when every attempt has a
     * start time; else the longest shard (its attempts summed), never more than the CPU time.
     */
    wall(perShard, cpu, attemptCount) {
        if (this.timedAttempts > 0 && this.timedAttempts === attemptCount) {
            return this.lastEnd - this.firstStart;
        }
        return Math.min(Math.max(0, ...perShard.values()), cpu);
    }
    considerSlow(test) {
        const bound = this.slowestBound;
        if (bound === 0 || test.hasName === false)
            return;
        const durationMs = test.durationMs;
        if (durationMs < this.slowThreshold)
            return;
        this.slow.push({ durationMs, summary: test.summary() });
        if (bound !== undefined && this.slow.length >= 2 * bound + 64) {
            this.slow.sort(bySlowness).length = bound;
            this.slowThreshold = this.slow[bound - 1].durationMs;
        }
    }
}

;// CONCATENATED MODULE: ./packages/core/src/merge/attempt-order.ts
/**
 * Orders attempts by start time when every attempt has a parseable one; otherwise keeps
 * arrival (source) order, which is the only order that is consistent with partial timestamps.
 * The sort is stable, so attempts that started at the same instant keep source order.
 */
function orderAttempts(attempts) {
    if (attempts.length < 2)
        return attempts;
    const times = attempts.map((attempt) => (attempt.startedAt ? Date.parse(attempt.startedAt) : NaN));
    if (times.some((time) => Number.isNaN(time)))
        return attempts;
    return attempts
        .map((attempt, index) => ({ attempt, time: times[index] ?? 0 }))
        .sort((a, b) => a.time - b.time)
        .map(({ attempt }) => attempt);
}

;// CONCATENATED MODULE: ./packages/core/src/merge/duplicates.ts

function describeSource(attempt) {
    const where = attempt.source ?? 'an unnamed source';
    return attempt.shard ? `${where} (shard ${attempt.shard})` : where;
}
/**
 * A retry follows a failing attempt. Any attempt that follows a pass or a skip is a genuine
 * duplicate (two parametrized cases sharing one name, a test run by two shards): reported,
 * and kept as an attempt of the same test so counting stays one test per id.
 */
function findDuplicateRuns(id, attempts) {
    const duplicates = [];
    attempts.forEach((current, i) => {
        const previous = attempts[i - 1];
        if (!previous || isFailing(previous.status))
            return;
        duplicates.push({
            path: current.source ?? '',
            kind: 'duplicate-test',
            message: `Test "${id}" ran again in ${describeSource(current)} after it ${previous.status} in ${describeSource(previous)}. ` +
                'A retry follows a failure, so this is a duplicate (a repeated name or a test run by two shards): ' +
                'it is counted once, with both runs kept as attempts. Give the tests distinct names or shard without overlap.',
        });
    });
    return duplicates;
}

;// CONCATENATED MODULE: ./packages/core/src/merge/final-status.ts

/**
 * The attempt that decides a test's final status: the last one that ran, or the last
 * attempt when none ran (all skipped). A skip after failures (a retry that was skipped)
 * therefore does not hide the failure.
 */
function decisiveAttempt(attempts) {
    return attempts.findLast((attempt) => attempt.status !== 'skipped') ?? attempts.at(-1);
}
/** Final status per DESIGN: failing attempts then a final pass → flaky; else the decisive attempt's status. */
function finalStatus(attempts) {
    const decisive = decisiveAttempt(attempts);
    if (!decisive)
        return 'skipped';
    if (decisive.status === 'passed' && attempts.some((attempt) => isFailing(attempt.status)))
        return 'flaky';
    return decisive.status;
}

;// CONCATENATED MODULE: ./packages/core/src/merge/paged-columns.ts
const PAGE_BITS = 15;
const PAGE_SIZE = 1 << PAGE_BITS;
const PAGE_MASK = PAGE_SIZE - 1;
/**
 * One number per test slot, in fixed-size typed-array pages allocated on first write: no
 * doubling (which would hold old + new arrays at once) and no page at all for a column that is
 * never written (start times, lines). Unwritten entries read as `empty`.
 */
class Column {
    Page;
    empty;
    pages = [];
    constructor(Page, empty = 0) {
        this.Page = Page;
        this.empty = empty;
    }
    get(slot) {
        const page = this.pages[slot >>> PAGE_BITS];
        return page === undefined ? this.empty : page[slot & PAGE_MASK];
    }
    set(slot, value) {
        let page = this.pages[slot >>> PAGE_BITS];
        if (page === undefined) {
            page = new this.Page(PAGE_SIZE);
            if (this.empty !== 0)
                page.fill(this.empty);
            this.pages[slot >>> PAGE_BITS] = page;
        }
        page[slot & PAGE_MASK] = value;
    }
}
/**
 * A Column of whole numbers >= 0 that are usually small (origin ids: one per (file, shard), most
 * runs have a few): a page is a Uint8Array until it gets a value over 255, then an Int32Array.
 * 1 byte per test instead of 4 in the usual case. Unwritten entries read as 0.
 */
class SmallColumn {
    pages = [];
    get(slot) {
        const page = this.pages[slot >>> PAGE_BITS];
        return page === undefined ? 0 : page[slot & PAGE_MASK];
    }
    set(slot, value) {
        const index = slot >>> PAGE_BITS;
        let page = this.pages[index];
        if (page === undefined)
            page = this.pages[index] = value > 0xff ? new Int32Array(PAGE_SIZE) : new Uint8Array(PAGE_SIZE);
        else if (value > 0xff && page instanceof Uint8Array)
            page = this.pages[index] = Int32Array.from(page);
        page[slot & PAGE_MASK] = value;
    }
}
/**
 * A Column of whole numbers >= 0 written mostly in increasing runs (meta ids: tests arrive group by
 * group): a page is a Uint16Array of offsets from the first value written to it until a value is
 * out of that range, then an Int32Array. ~2 bytes per test instead of 4. Every entry read must
 * have been written.
 */
class OffsetColumn {
    pages = [];
    bases = [];
    get(slot) {
        const index = slot >>> PAGE_BITS;
        const page = this.pages[index];
        return page instanceof Uint16Array ? this.bases[index] + page[slot & PAGE_MASK] : page[slot & PAGE_MASK];
    }
    set(slot, value) {
        const index = slot >>> PAGE_BITS;
        let page = this.pages[index];
        if (page === undefined) {
            page = this.pages[index] = new Uint16Array(PAGE_SIZE);
            this.bases[index] = value;
        }
        if (page instanceof Uint16Array) {
            const base = this.bases[index];
            const offset = value - base;
            if (offset >= 0 && offset <= 0xffff) {
                page[slot & PAGE_MASK] = offset;
                return;
            }
            const wide = new Int32Array(PAGE_SIZE);
            for (let i = 0; i < PAGE_SIZE; i++)
                wide[i] = base + page[i];
            page = this.pages[index] = wide;
        }
        page[slot & PAGE_MASK] = value;
    }
}
/** Durations of 2^32 - 1 µs and more (~71.6 minutes) or not whole µs: held exactly in `DurationColumn.exact`. */
const EXACT_DURATION = 0xffffffff;
/**
 * Durations in ms as whole microseconds in a Uint32 column: 4 bytes per test instead of 8. Ingest
 * gives durations as (whole µs) / 1000, which this reads back to the same double; any other value
 * (negative, -0, NaN, longer, finer) is kept as it is in a map, so get() always returns exactly
 * what set() was given.
 */
class DurationColumn {
    micros = new Column(Uint32Array);
    exact = new Map();
    get(slot) {
        const micros = this.micros.get(slot);
        return micros === EXACT_DURATION ? this.exact.get(slot) : micros / 1e3;
    }
    set(slot, durationMs) {
        const micros = Math.round(durationMs * 1e3);
        if (micros >= 0 && micros < EXACT_DURATION && micros / 1e3 === durationMs && !Object.is(durationMs, -0)) {
            this.micros.set(slot, micros);
            this.exact.delete(slot);
        }
        else {
            this.micros.set(slot, EXACT_DURATION);
            this.exact.set(slot, durationMs);
        }
    }
}

;// CONCATENATED MODULE: ./packages/core/src/merge/string-pool.ts
/** Hands out one shared instance per distinct string, so 100k tests in one suite hold one suite name. */
class StringPool {
    strings = new Map();
    intern(value) {
        if (value === undefined)
            return undefined;
        const known = this.strings.get(value);
        if (known !== undefined)
            return known;
        this.strings.set(value, value);
        return value;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/merge/test-store.ts




// A test's flags byte: bits 0-1 the status of its one attempt, bits 2-4 that attempt's failure
// category (0 = none, else index in FAILURE_CATEGORIES + 1), bit 7 = held as a Detail (other bits 0).
const STATUSES = ['passed', 'failed', 'errored', 'skipped'];
const STATUS_CODE = { passed: 0, failed: 1, errored: 2, skipped: 3 };
const STATUS_MASK = 0x03;
const CATEGORY_SHIFT = 2;
const CATEGORY_MASK = 0x07;
const HAS_DETAIL = 0x80;
const NO_LINE = -1;
function hasDetail(flags) {
    return (flags & HAS_DETAIL) !== 0;
}
function statusIn(flags) {
    return STATUSES[flags & STATUS_MASK];
}
/** 0 = none (or a test held as a Detail), else index in FAILURE_CATEGORIES + 1. */
function categoryCodeIn(flags) {
    return (flags >> CATEGORY_SHIFT) & CATEGORY_MASK;
}
function categoryIn(flags) {
    const code = categoryCodeIn(flags);
    return code ? FAILURE_CATEGORIES[code - 1] : undefined;
}
function fitsLineColumn(line) {
    return Number.isInteger(line) && line >= 0 && line <= 0x7fffffff;
}
/** A record whose one attempt a column describes exactly: no output, failure, start time or extras. */
function isPlain(record, attempt) {
    return (attempt.failure === undefined &&
        attempt.stdout === undefined &&
        attempt.stderr === undefined &&
        attempt.startedAt === undefined &&
        record.properties === undefined &&
        !record.truncated?.length &&
        record.marker === undefined &&
        (record.line === undefined || fitsLineColumn(record.line)));
}
/** `value`, or the equal string that `meta` already holds. */
function sameString(value, meta) {
    if (value === undefined)
        return value;
    if (value === meta.suite)
        return meta.suite;
    if (value === meta.classname)
        return meta.classname;
    if (value === meta.file)
        return meta.file;
    return value;
}
/**
 * The merged tests, held compactly by slot (0, 1, 2... in order of first record). A test whose
 * single attempt has no failure, output or start time (in retain: 'metrics', any single attempt,
 * reduced to status, category and start time) is held as columns (flags, duration, origin, line or
 * start time), not as objects; any other test as a Detail. Every test refers by id to its meta and
 * each column-held attempt to its origin, each held once.
 */
class TestStore {
    lean;
    pool = new StringPool();
    count = 0;
    flags = new Column(Uint8Array);
    durations = new DurationColumn();
    metaIds = new OffsetColumn();
    originIds = new SmallColumn();
    /** 'run' mode: the record's line. */
    lines = new Column(Int32Array, NO_LINE);
    /** 'metrics' mode: Date.parse(startedAt), NaN = none (all that attempt ordering needs). */
    started = new Column(Float64Array, NaN);
    details = new Map();
    metaList = [];
    originList = [];
    originIndex = new Map();
    lastOriginSource;
    lastOriginShard;
    lastOrigin = -1;
    /** `lean`: retain: 'metrics' (attempts without output or failure text, no line or other record extras). */
    constructor(lean) {
        this.lean = lean;
    }
    get size() {
        return this.count;
    }
    get metas() {
        return this.metaList;
    }
    get origins() {
        return this.originList;
    }
    /** Holds a new test from its first record; returns its slot. */
    add(group, file, record, source) {
        const slot = this.count++;
        this.metaIds.set(slot, this.metaId(group, record.suite, record.classname, file));
        const attempts = record.attempts;
        const first = attempts[0];
        if (attempts.length === 1 && first && (this.lean || isPlain(record, first))) {
            let flags = STATUS_CODE[first.status];
            if (isFailing(first.status)) {
                flags |= (FAILURE_CATEGORIES.indexOf(classifyFailure(first.failure)) + 1) << CATEGORY_SHIFT;
            }
            this.flags.set(slot, flags);
            this.durations.set(slot, first.durationMs);
            this.originIds.set(slot, this.originOf(first, source));
            // Unwritten entries read as "none", and a column never written allocates no page.
            if (this.lean) {
                if (first.startedAt)
                    this.started.set(slot, Date.parse(first.startedAt));
            }
            else if (record.line !== undefined)
                this.lines.set(slot, record.line);
            return slot;
        }
        this.flags.set(slot, HAS_DETAIL);
        const detail = { attempts: attempts.map((attempt) => this.locateAttempt(attempt, source)) };
        if (!this.lean) {
            this.setLine(slot, detail, record.line);
            if (record.properties)
                detail.properties = record.properties;
            if (record.truncated?.length)
                detail.truncated = new Set(record.truncated);
            if (record.marker)
                detail.marker = record.marker;
        }
        this.details.set(slot, detail);
        return slot;
    }
    /** Appends the attempts of a later record of the test, moving a column-held test to a Detail; returns it. */
    addAttempts(slot, attempts, source) {
        let detail = this.details.get(slot);
        if (!detail) {
            detail = { attempts: [this.columnAttempt(slot)] };
            this.details.set(slot, detail);
            this.flags.set(slot, HAS_DETAIL);
        }
        for (const attempt of attempts)
            detail.attempts.push(this.locateAttempt(attempt, source));
        return detail;
    }
    /** Whether one of the test's attempts was read from `path`. */
    heldFrom(slot, path) {
        const detail = this.details.get(slot);
        if (detail)
            return detail.attempts.some((attempt) => attempt.source === path);
        return this.originList[this.originIds.get(slot)].source === path;
    }
    flagsOf(slot) {
        return this.flags.get(slot);
    }
    /** A column-held test's duration (a Detail holds its attempts' own). */
    durationOf(slot) {
        return this.durations.get(slot);
    }
    /** A column-held test's start in epoch ms, NaN when unknown ('run' mode holds only tests without one). */
    startedOf(slot) {
        return this.lean ? this.started.get(slot) : NaN;
    }
    /** A column-held test's origin, as an index into `origins`. */
    originIdOf(slot) {
        return this.originIds.get(slot);
    }
    detailOf(slot) {
        return this.details.get(slot);
    }
    /** The test's meta, as an index into `metas`. */
    metaIdOf(slot) {
        return this.metaIds.get(slot);
    }
    metaOf(slot) {
        return this.metaList[this.metaIds.get(slot)];
    }
    /** Moves the test to the meta (suite, classname, file) among its group's, made if new. */
    setMeta(slot, group, suite, classname, file) {
        this.metaIds.set(slot, this.metaId(group, suite, classname, file));
    }
    setLine(slot, detail, line) {
        if (line !== undefined && fitsLineColumn(line)) {
            this.lines.set(slot, line);
        }
        else if (line !== undefined) {
            detail.line = line;
        }
    }
    lineOf(slot, detail) {
        if (detail?.line !== undefined)
            return detail.line;
        const line = this.lines.get(slot);
        return line === NO_LINE ? undefined : line;
    }
    /** The one attempt a column-held test had, as the object 'run' mode would have kept. */
    columnAttempt(slot) {
        const flags = this.flags.get(slot);
        const origin = this.originList[this.originIds.get(slot)];
        const attempt = {
            status: statusIn(flags),
            durationMs: this.durations.get(slot),
            source: origin.source,
        };
        if (origin.shard !== undefined)
            attempt.shard = origin.shard;
        // Only 'metrics' mode holds failing attempts with a failure in columns; keep its category.
        if (this.lean) {
            const category = categoryIn(flags);
            if (category)
                attempt.category = category;
            const started = this.started.get(slot);
            // Date.parse gives whole milliseconds, which toISOString writes back exactly.
            if (!Number.isNaN(started))
                attempt.startedAt = new Date(started).toISOString();
        }
        return attempt;
    }
    /** The meta (suite, classname, file) among the group's, made if new; absent ≠ empty string. */
    metaId(group, suite, classname, file) {
        const ids = group.moreMetas;
        if (ids !== undefined) {
            for (let i = ids.length - 1; i >= 0; i--) {
                const meta = this.metaList[ids[i]];
                if (meta.suite === suite && meta.classname === classname && meta.file === file)
                    return ids[i];
            }
        }
        if (group.meta >= 0) {
            const meta = this.metaList[group.meta];
            if (meta.suite === suite && meta.classname === classname && meta.file === file)
                return group.meta;
        }
        const id = this.metaList.length;
        // Strings equal to the previous meta's share its instances (records arrive suite by suite and
        // file by file), without a pool entry per distinct string (~120,000 classes, each a suite and a file).
        const last = this.metaList[id - 1];
        const sharedSuite = last === undefined ? suite : sameString(suite, last);
        const meta = {
            suite: sharedSuite,
            // A classname equal to the suite (usual for class-level suites) shares its string.
            classname: classname === suite ? sharedSuite : last === undefined ? classname : sameString(classname, last),
            file: last === undefined ? file : sameString(file, last),
        };
        this.metaList.push(meta);
        if (group.meta < 0)
            group.meta = id;
        else if (ids === undefined)
            group.moreMetas = [id];
        else
            ids.push(id);
        return id;
    }
    originOf(attempt, source) {
        const path = attempt.source ?? source.path;
        const shard = attempt.shard ?? source.shard;
        if (path === this.lastOriginSource && shard === this.lastOriginShard && this.lastOrigin >= 0)
            return this.lastOrigin;
        let byShard = this.originIndex.get(path);
        if (!byShard)
            this.originIndex.set(path, (byShard = new Map()));
        let id = byShard.get(shard);
        if (id === undefined) {
            id = this.originList.length;
            const origin = { source: this.pool.intern(path) };
            if (shard !== undefined)
                origin.shard = this.pool.intern(shard);
            this.originList.push(origin);
            byShard.set(shard, id);
        }
        this.lastOriginSource = path;
        this.lastOriginShard = shard;
        this.lastOrigin = id;
        return id;
    }
    locateAttempt(attempt, source) {
        const origin = this.originList[this.originOf(attempt, source)];
        if (this.lean) {
            const lean = { status: attempt.status, durationMs: attempt.durationMs, source: origin.source };
            if (origin.shard !== undefined)
                lean.shard = origin.shard;
            if (attempt.startedAt !== undefined)
                lean.startedAt = attempt.startedAt;
            if (isFailing(attempt.status))
                lean.category = classifyFailure(attempt.failure);
            return lean;
        }
        const located = { ...attempt, source: origin.source };
        if (origin.shard !== undefined)
            located.shard = origin.shard;
        return located;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/merge/kept-names.ts




/**
 * retain: 'metrics': metrics() cannot list the slowest tests or a category's ids exactly, because
 * the names it would need were not kept. ingestReportMetrics() then reads the reports again in full.
 */
class InexactListError extends Error {
    name = 'InexactListError';
}
/**
 * retain: 'metrics': the names kept of tests that metrics() may list (tests are found by hash key,
 * see TestKeys, and most hold no name): those with several attempts (flaky, duplicates), failing
 * single-attempt ones among the `categoryCandidates` smallest ids per category, and single-attempt
 * ones among the `slowestCandidates` slowest. checkSlowest() and checkCategories() tell whether
 * metrics() could list exactly from them.
 */
class KeptNames {
    store;
    slowestCandidates;
    categoryCandidates;
    /** Names of the tests with several attempts (or none). */
    named = new Map();
    /**
     * Names of the single-attempt, not failing, not skipped tests that may be among the slowest: all
     * whose duration reaches `slowThreshold`. Pruned (as MetricsAccumulator prunes its candidates) to
     * the `slowestCandidates` slowest once twice that many are held.
     */
    slowNames = new Map();
    slowThreshold = -Infinity;
    /** The slowest (in the list's order) of the tests whose name was not kept: what metrics() checks against. */
    slowestDropped;
    /**
     * Per category code - 1, names of failing single-attempt tests that may be listed under their
     * category: those with the smallest ids, pruned to `categoryCandidates` once twice that many are
     * held (a pruned one is then offered to the slowest candidates).
     */
    categoryNames = FAILURE_CATEGORIES.map(() => new Map());
    /** Per category: ids above this are not kept (undefined = no limit yet). */
    categoryThreshold = FAILURE_CATEGORIES.map(() => undefined);
    /** Per category: the smallest id of a test whose name was not kept there. */
    categoryDropped = FAILURE_CATEGORIES.map(() => undefined);
    constructor(store, slowestCandidates, categoryCandidates) {
        this.store = store;
        this.slowestCandidates = slowestCandidates;
        this.categoryCandidates = categoryCandidates;
    }
    /** A test that `record` just added to the store at `slot`. */
    addNew(slot, group, record) {
        const flags = this.store.flagsOf(slot);
        if (hasDetail(flags)) {
            this.named.set(slot, { group, name: record.name });
            return;
        }
        const first = record.attempts[0];
        // Failing tests may be listed per category (or among the slowest); others only if among the slowest.
        if (isFailing(first.status))
            this.considerCategory(slot, categoryCodeIn(flags), group, record.name, first.durationMs);
        else if (first.status !== 'skipped')
            this.considerSlow(slot, group, record.name, first.durationMs);
    }
    /** A test that got more attempts: it may be flaky or have duplicates (listed by id); its duration may change. */
    addAgain(slot, group, name) {
        if (this.named.has(slot))
            return;
        this.named.set(slot, { group, name });
        this.slowNames.delete(slot);
        const category = categoryCodeIn(this.store.flagsOf(slot));
        if (category)
            this.categoryNames[category - 1].delete(slot);
    }
    /** The test's name if kept. */
    nameOf(slot) {
        const named = this.named.get(slot) ?? this.slowNames.get(slot);
        if (named !== undefined)
            return named;
        const category = categoryCodeIn(this.store.flagsOf(slot));
        return category ? this.categoryNames[category - 1].get(slot) : undefined;
    }
    /**
     * Each category's list was made from the tests whose names were kept; it is exact when every
     * failing test whose name was dropped there comes after its last entry.
     */
    checkCategories(metrics, limit) {
        const wanted = limit > 0 ? Math.ceil(limit) : 0;
        if (wanted === 0)
            return;
        FAILURE_CATEGORIES.forEach((category, code) => {
            const dropped = this.categoryDropped[code];
            if (dropped === undefined)
                return;
            const last = metrics.categories[category].tests[wanted - 1];
            if (last !== undefined && last < dropped)
                return;
            throw new InexactListError(`RunBuilder (retain: 'metrics'): cannot list the first ${wanted} ${category} tests exactly: only the ` +
                `categoryCandidates (now ${this.categoryCandidates}) smallest ids of failing single-attempt tests per ` +
                `category keep their names. Raise categoryCandidates or use retain: 'run'.`);
        });
    }
    /**
     * The slowest list was made from the tests whose names were kept; it is exact when every test
     * whose name was dropped comes after its last entry.
     */
    checkSlowest(metrics, wanted) {
        const dropped = this.slowestDropped;
        if (wanted === 0 || dropped === undefined)
            return;
        const last = metrics.slowest[wanted - 1];
        if (last && slownessOrder(last.durationMs, last.id, dropped.durationMs, dropped.id) < 0)
            return;
        throw new InexactListError(`RunBuilder (retain: 'metrics'): cannot list the ${wanted} slowest tests exactly: only the ` +
            `slowestCandidates (now ${this.slowestCandidates}) slowest single-attempt tests keep their names, ` +
            `and fewer than ${wanted} named tests are slower than every other test (more wanted than kept, or ` +
            `retries made kept ones faster). Raise slowestCandidates or use retain: 'run'.`);
    }
    /** Keeps the name of a single-attempt test while it may be among the slowest. */
    considerSlow(slot, group, name, durationMs) {
        const keep = this.slowestCandidates;
        if (keep === 0 || durationMs < this.slowThreshold) {
            this.noteDropped(durationMs, group.prefix, name);
            return;
        }
        this.slowNames.set(slot, { group, name });
        if (this.slowNames.size < 2 * keep + 64)
            return;
        const candidates = [...this.slowNames].map(([candidate, test]) => ({
            slot: candidate,
            test,
            durationMs: this.store.durationOf(candidate),
            id: test.group.prefix + test.name,
        }));
        candidates.sort((a, b) => slownessOrder(a.durationMs, a.id, b.durationMs, b.id));
        const firstDropped = candidates[keep];
        this.noteDropped(firstDropped.durationMs, '', firstDropped.id);
        this.slowNames.clear();
        for (const candidate of candidates.slice(0, keep))
            this.slowNames.set(candidate.slot, candidate.test);
        this.slowThreshold = candidates[keep - 1].durationMs;
    }
    /**
     * Keeps the name of a failing single-attempt test while its id may be among the first of its
     * category; a test not kept there is offered to the slowest candidates.
     */
    considerCategory(slot, categoryCode, group, name, durationMs) {
        const code = categoryCode - 1;
        const keep = this.categoryCandidates;
        const threshold = this.categoryThreshold[code];
        if (keep === 0 || (threshold !== undefined && group.prefix + name > threshold)) {
            this.noteCategoryDropped(code, group.prefix + name);
            this.considerSlow(slot, group, name, durationMs);
            return;
        }
        const names = this.categoryNames[code];
        names.set(slot, { group, name });
        if (names.size < 2 * keep + 64)
            return;
        const candidates = [...names].map(([candidate, test]) => ({
            slot: candidate,
            test,
            id: test.group.prefix + test.name,
        }));
        candidates.sort((a, b) => compareIds(a.id, b.id));
        names.clear();
        for (let i = 0; i < keep; i++)
            names.set(candidates[i].slot, candidates[i].test);
        this.categoryThreshold[code] = candidates[keep - 1].id;
        this.noteCategoryDropped(code, candidates[keep].id);
        for (let i = keep; i < candidates.length; i++) {
            const { slot: dropped, test } = candidates[i];
            this.considerSlow(dropped, test.group, test.name, this.store.durationOf(dropped));
        }
    }
    noteCategoryDropped(code, id) {
        const dropped = this.categoryDropped[code];
        if (dropped === undefined || id < dropped)
            this.categoryDropped[code] = id;
    }
    noteDropped(durationMs, prefix, name) {
        const dropped = this.slowestDropped;
        if (dropped !== undefined && durationMs < dropped.durationMs)
            return;
        const id = prefix + name;
        if (dropped === undefined || slownessOrder(durationMs, id, dropped.durationMs, dropped.id) < 0) {
            this.slowestDropped = { durationMs, id };
        }
    }
}

;// CONCATENATED MODULE: ./packages/core/src/render/format.ts
// Number and duration formatting shared by the Markdown and HTML reports.
function formatCount(n) {
    return n.toLocaleString('en-US');
}
/** Human duration: 850 ms, 1.25 s, 3 min 20 s, 1 h 2 min; `fine` keeps a decimal below 10 ms (4.2 ms). */
function formatDuration(ms, fine = false) {
    if (!Number.isFinite(ms) || ms < 0)
        return '–';
    if (ms < 1000)
        return `${fine && ms < 10 ? Math.round(ms * 10) / 10 : Math.round(ms)} ms`;
    const seconds = ms / 1000;
    if (seconds < 60)
        return `${seconds.toFixed(seconds < 10 ? 2 : 1)} s`;
    const minutes = Math.floor(seconds / 60);
    if (minutes < 60)
        return `${minutes} min ${Math.round(seconds - minutes * 60)} s`;
    const hours = Math.floor(minutes / 60);
    return `${hours} h ${minutes - hours * 60} min`;
}
function formatPercent(value) {
    return value === null || value === undefined || !Number.isFinite(value) ? '–' : `${value.toFixed(2)} %`;
}
function sign(value) {
    return value > 0 ? '+' : value < 0 ? '−' : '±';
}
/** Pass-rate change in percentage points: +0.50 pp. */
function formatPointsDelta(value) {
    return value === null ? '–' : `${sign(value)}${Math.abs(value).toFixed(2)} pp`;
}
function formatDurationDelta(ms) {
    return ms === null ? '–' : `${sign(ms)}${formatDuration(Math.abs(ms))}`;
}
function plural(n, one, many) {
    return `${formatCount(n)} ${n === 1 ? one : many}`;
}
/** actual ÷ predicted, e.g. `1.42×`; – when nothing was predicted. */
function formatPredictionRatio(shard) {
    if (shard.predictedMs === undefined || shard.predictedMs <= 0)
        return '–';
    return `${(shard.actualMs / shard.predictedMs).toFixed(2)}×`;
}

;// CONCATENATED MODULE: ./packages/core/src/merge/repeated-names.ts

/** Names listed in a file's note; the rest are counted. */
const LISTED_NAMES = 5;
/**
 * Same-named tests in one report file are distinct tests (`name #2`, `name #3`, …) unless the reader
 * recognised reruns: this collects, per file, which names repeated, for ONE note per file.
 */
class RepeatedNames {
    byFile = new Map();
    /** Test `id` had its `instance`-th (2, 3, …) same-named sibling in `path`. */
    note(path, id, instance) {
        let repeats = this.byFile.get(path);
        if (!repeats)
            this.byFile.set(path, (repeats = { listed: new Map(), names: 0, extraInstances: 0 }));
        repeats.extraInstances++;
        if (instance === 2)
            repeats.names++;
        if (repeats.listed.has(id) || repeats.listed.size < LISTED_NAMES)
            repeats.listed.set(id, instance);
    }
    /**
     * The files with a note for each file that had repeats, and the notes of files not among them (a
     * caller that adds records without their file). Made anew each time: the builder may finish often.
     */
    attach(files) {
        const claimed = new Set();
        const withNotes = files.map((file) => {
            const repeats = this.byFile.get(file.path);
            if (!repeats)
                return file;
            claimed.add(file.path);
            return { ...file, errors: [...file.errors, noteFor(file.path, repeats)] };
        });
        const unclaimed = [...this.byFile].filter(([path]) => !claimed.has(path));
        return { files: withNotes, unclaimed: unclaimed.map(([path, repeats]) => noteFor(path, repeats)) };
    }
}
function noteFor(path, repeats) {
    const examples = [...repeats.listed].map(([id, instances]) => `"${id}" ×${instances}`).join(', ');
    const more = repeats.names > repeats.listed.size ? ` and ${repeats.names - repeats.listed.size} more` : '';
    const names = repeats.names === 1 ? '1 test name repeats' : `${repeats.names} test names repeat`;
    return {
        path,
        kind: 'duplicate-test',
        message: `${names} in this file (${examples}${more}). Nothing in the file marks them as reruns, so each repeat ` +
            `is counted as a test of its own, named "<name> #2", "<name> #3"… (${plural(repeats.extraInstances, 'repeat', 'repeats')} in all). ` +
            'Give parametrized tests distinct names to keep each one’s history.',
    };
}

;// CONCATENATED MODULE: ./packages/core/src/merge/test-keys.ts

/**
 * retain: 'metrics': finds a test by a 64-bit key of (group index, name) instead of by its name,
 * so that a passing single-attempt test holds no string at all (the name strings and Map entries
 * of 'run' mode are ~140 bytes per test: ~380 MB at 2.7 M tests).
 *
 * The key is two independent 32-bit hashes over the name's UTF-16 code units, each seeded with
 * the group index: FNV-1a (a) and MurmurHash3's per-unit mixing (b), both finished with
 * MurmurHash3's fmix32 (a bijection, so it spreads the bits without adding collisions). Keys are
 * held per test in two paged Int32 columns (8 bytes per test, no doubling); the table itself is an
 * open-addressing (linear probing) Int32Array of test slots indexed by key a, at most 3/4 full,
 * doubled by rehashing from the key columns (which costs only the old and new slot arrays: 4 bytes
 * per entry each). ~13 bytes per test at 2.7 M tests (table at 2^22 entries).
 *
 * Two different tests with the same 64-bit key would be merged as one: for n tests the chance of
 * any such pair is about n² / 2^65, ~2e-7 for n = 2.7 M (and ~3e-10 for 100,000). That is the only
 * way this mode can differ from 'run' mode, whose exact lookup by name (and build()) is unchanged.
 */
class TestKeys {
    keyA = new Column(Int32Array);
    keyB = new Column(Int32Array);
    table = new Int32Array(1024).fill(-1);
    size = 0;
    /** The key of the last find(), which insert() files. */
    a = 0;
    b = 0;
    /**
     * Frees the table (4 bytes per entry: ~16 MB at 2.7 M tests) while it is not needed, as during
     * metrics(); the next find() rebuilds it from the key columns.
     */
    release() {
        this.table = undefined;
    }
    /** The slot of the test (group, name), or -1; remembers the key for insert(). */
    find(group, name) {
        let a = 0x811c9dc5;
        a = Math.imul(a ^ (group & 0xffff), 0x01000193);
        a = Math.imul(a ^ (group >>> 16), 0x01000193);
        let b = group;
        for (let i = 0; i < name.length; i++) {
            const unit = name.charCodeAt(i);
            a = Math.imul(a ^ unit, 0x01000193);
            let k = Math.imul(unit, 0xcc9e2d51);
            k = Math.imul((k << 15) | (k >>> 17), 0x1b873593);
            b ^= k;
            b = (Math.imul((b << 13) | (b >>> 19), 5) + 0xe6546b64) | 0;
        }
        a = fmix32(a);
        b = fmix32(b ^ name.length);
        this.a = a;
        this.b = b;
        let table = this.table;
        if (table === undefined) {
            let capacity = 1024;
            while (this.size * 4 > capacity * 3)
                capacity *= 2;
            table = this.rehash(capacity);
        }
        const mask = table.length - 1;
        for (let at = a & mask;; at = (at + 1) & mask) {
            const slot = table[at];
            if (slot < 0)
                return -1;
            if (this.keyA.get(slot) === a && this.keyB.get(slot) === b)
                return slot;
        }
    }
    /** Files `slot` (the next one: slots are 0, 1, 2...) under the key of the last find(), which missed. */
    insert(slot) {
        this.keyA.set(slot, this.a);
        this.keyB.set(slot, this.b);
        this.size++;
        const table = this.table;
        if (this.size * 4 > table.length * 3)
            this.rehash(table.length * 2);
        else
            this.place(table, slot, this.a);
    }
    place(table, slot, a) {
        const mask = table.length - 1;
        let at = a & mask;
        while (table[at] >= 0)
            at = (at + 1) & mask;
        table[at] = slot;
    }
    rehash(capacity) {
        const table = new Int32Array(capacity).fill(-1);
        for (let slot = 0; slot < this.size; slot++)
            this.place(table, slot, this.keyA.get(slot));
        return (this.table = table);
    }
}
/** MurmurHash3's 32-bit finaliser. */
function fmix32(h) {
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    return (h ^ (h >>> 16)) | 0;
}

;// CONCATENATED MODULE: ./packages/core/src/merge/run-builder.ts











const DEFAULT_SLOWEST_CANDIDATES = 1000;
const DEFAULT_CATEGORY_CANDIDATES = 1000;
/** The category of a test's last failing attempt. */
function categoryOf(attempts) {
    const lastFailing = attempts.findLast((attempt) => isFailing(attempt.status));
    if (!lastFailing)
        return undefined;
    return lastFailing.category ?? classifyFailure(lastFailing.failure);
}
/**
 * Merges test records from many files, shards and retries into one run, one test per id: a record
 * whose (file or suite, classname, name) was seen before adds its attempts to that test. Records
 * can be added as they are parsed; only the merged tests are held, compactly (see TestStore).
 * TestResult objects are made by build(); metrics() computes Metrics from the held tests without
 * making them.
 */
class RunBuilder {
    files = [];
    lean;
    store;
    /** Groups by id prefix: two (scope, classname) pairs with the same prefix share a group, as their ids do. */
    groups = new Map();
    /** The group of the last record: records mostly arrive group by group, so most skip the lookup. */
    lastScope;
    lastClassname;
    lastGroup;
    /** The last file normalised and its result: records arrive file by file, so most skip the work. */
    lastRawFile;
    lastNormalisedFile = '';
    /** retain: 'metrics': tests by hash key (see TestKeys). */
    keys;
    /** retain: 'metrics': the names of the tests metrics() may list. */
    kept;
    repeats = new RepeatedNames();
    /** The file whose same-named siblings `nextInstance` numbers, by id. */
    instancesPath;
    nextInstance = new Map();
    /** Slot of each `name #n` test → the name its instances share. */
    instanceOf = new Map();
    constructor(options = {}) {
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
    get testCount() {
        return this.store.size;
    }
    /**
     * A record whose id is known adds its attempts to that test when it comes from another file (a
     * retry, another shard) or its reader recognised reruns; a same-id record from the same file is
     * another test (`name #2`, …), so that parametrized tests sharing a name are each counted.
     */
    add(record, source) {
        const file = record.file ? this.normalisedFile(record.file) : undefined;
        const group = this.groupOf(file ?? record.suite, record.classname ?? '');
        const known = this.find(group, record.name);
        if (known < 0)
            this.addNew(group, file, record, source);
        else if (record.repeatsAreAttempts || !this.store.heldFrom(known, originPath(record, source))) {
            this.addAgain(known, group, record, source);
        }
        else
            this.addInstance(group, file, record, source);
    }
    addFile(file) {
        this.files.push(file);
    }
    /** The slot of (group, name), or -1; in retain: 'metrics' the key is remembered for addNew(). */
    find(group, name) {
        return this.keys ? this.keys.find(group.index, name) : (group.names.get(name) ?? -1);
    }
    /** Holds a test not seen before, returning its slot; the last find() must have been for its name. */
    addNew(group, file, record, source) {
        const slot = this.store.add(group, file, record, source);
        if (this.keys)
            this.keys.insert(slot);
        else
            group.names.set(record.name, slot);
        this.kept?.addNew(slot, group, record);
        return slot;
    }
    /** A same-named sibling in one file: the next instance name this file has not used yet. */
    addInstance(group, file, record, source) {
        const path = originPath(record, source);
        if (path !== this.instancesPath) {
            this.instancesPath = path;
            this.nextInstance.clear();
        }
        const id = group.prefix + record.name;
        for (let instance = this.nextInstance.get(id) ?? 2;; instance++) {
            const instanceRecord = { ...record, name: `${record.name} #${instance}` };
            const slot = this.find(group, instanceRecord.name);
            if (slot >= 0 && this.store.heldFrom(slot, path))
                continue;
            this.nextInstance.set(id, instance + 1);
            this.repeats.note(source.path, id, instance);
            if (slot < 0)
                this.instanceOf.set(this.addNew(group, file, instanceRecord, source), record.name);
            // The same instance in an earlier file (a retry that ran the same parametrized cases): an attempt.
            else
                this.addAgain(slot, group, instanceRecord, source);
            return;
        }
    }
    build() {
        if (this.lean) {
            throw new Error("RunBuilder: build() needs the full records; this builder was made with retain: 'metrics'.");
        }
        const count = this.store.size;
        const ids = new Array(count);
        const names = new Array(count);
        for (const group of this.groups.values()) {
            for (const [name, slot] of group.names) {
                ids[slot] = group.prefix + name;
                names[slot] = name;
            }
        }
        const order = new Uint32Array(count);
        for (let slot = 0; slot < order.length; slot++)
            order[slot] = slot;
        order.sort((a, b) => compareIds(ids[a], ids[b]));
        const tests = [];
        const duplicates = [];
        for (const slot of order) {
            const id = ids[slot];
            const detail = this.store.detailOf(slot);
            const attempts = detail ? orderAttempts(detail.attempts) : [this.store.columnAttempt(slot)];
            if (attempts.length > 1)
                duplicates.push(...findDuplicateRuns(id, attempts));
            tests.push(this.resultOf(slot, id, names[slot], detail, attempts));
        }
        const { files, unclaimed } = this.repeats.attach(this.files);
        return { tests, files, duplicates: [...unclaimed, ...duplicates] };
    }
    /**
     * The Metrics that computeMetrics(this.build(), options) gives, computed from the held tests
     * without making a TestResult per test (works with either `retain`).
     */
    metrics(options = {}) {
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
        const originSums = store.origins.map((origin) => accumulator.shard(origin.shard));
        const view = new SlotView(metas);
        const duplicates = [];
        /** Feeds one held test; group and name are undefined for a test whose name retain: 'metrics' did not keep. */
        const feed = (slot, group, name) => {
            const metaId = store.metaIdOf(slot);
            let suiteTally = suiteTallies[metaId];
            if (suiteTally === -2) {
                const { suite, file } = metas[metaId];
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
                const id = group.prefix + name;
                const attempts = orderAttempts(store.detailOf(slot).attempts);
                for (const attempt of attempts) {
                    accumulator.shard(attempt.shard).add(attempt.durationMs);
                    accumulator.attemptTime(attempt.startedAt, attempt.durationMs);
                }
                if (attempts.length > 1) {
                    const errors = findDuplicateRuns(id, attempts);
                    if (errors.length)
                        duplicates.push({ id, errors });
                }
                view.status = finalStatus(attempts);
                view.durationMs = decisiveAttempt(attempts)?.durationMs ?? 0;
                view.category = categoryOf(attempts);
                view.attemptCount = attempts.length;
                view.failedAttempts = attempts.filter((attempt) => isFailing(attempt.status)).length;
            }
            else {
                const durationMs = store.durationOf(slot);
                originSums[store.originIdOf(slot)].add(durationMs);
                accumulator.attemptTimeMs(store.startedOf(slot), durationMs);
                const status = statusIn(flags);
                view.status = status;
                view.durationMs = durationMs;
                view.category = categoryIn(flags);
                view.attemptCount = 1;
                view.failedAttempts = isFailing(status) ? 1 : 0;
            }
            accumulator.addTest(view, suiteTally, fileTallies[metaId]);
        };
        const kept = this.kept;
        if (kept) {
            for (let slot = 0; slot < store.size; slot++) {
                const named = kept.nameOf(slot);
                feed(slot, named?.group, named?.name);
            }
        }
        else {
            for (const group of this.groups.values())
                for (const [name, slot] of group.names)
                    feed(slot, group, name);
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
    addAgain(slot, group, record, source) {
        this.kept?.addAgain(slot, group, record.name);
        const meta = this.store.metaOf(slot);
        if (meta.file === undefined && record.file !== undefined) {
            // As `known.file ??= record.file && normaliseTestFile(record.file)` would.
            const file = record.file ? this.normalisedFile(record.file) : record.file;
            this.store.setMeta(slot, group, meta.suite, meta.classname, file);
        }
        const detail = this.store.addAttempts(slot, record.attempts, source);
        if (this.lean)
            return;
        if (this.store.lineOf(slot, detail) === undefined)
            this.store.setLine(slot, detail, record.line);
        if (record.properties)
            detail.properties = { ...detail.properties, ...record.properties };
        for (const field of record.truncated ?? [])
            (detail.truncated ??= new Set()).add(field);
        if (record.marker)
            detail.marker = record.marker;
    }
    normalisedFile(file) {
        if (file === this.lastRawFile)
            return this.lastNormalisedFile;
        const normalised = normaliseTestFile(file);
        this.lastRawFile = file;
        this.lastNormalisedFile = normalised;
        return normalised;
    }
    groupOf(scope, classname) {
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
    resultOf(slot, id, name, detail, attempts) {
        const meta = this.store.metaOf(slot);
        const status = finalStatus(attempts);
        const result = {
            id,
            suite: meta.suite,
            name,
            attempts,
            status,
            flaky: status === 'flaky',
            durationMs: decisiveAttempt(attempts)?.durationMs ?? 0,
        };
        if (meta.classname !== undefined)
            result.classname = meta.classname;
        if (meta.file !== undefined)
            result.file = meta.file;
        const line = this.store.lineOf(slot, detail);
        if (line !== undefined)
            result.line = line;
        if (detail?.properties)
            result.properties = detail.properties;
        if (detail?.truncated)
            result.truncated = [...detail.truncated].sort();
        if (detail?.marker)
            result.marker = detail.marker;
        const instanceOf = this.instanceOf.get(slot);
        if (instanceOf !== undefined)
            result.instanceOf = instanceOf;
        const category = categoryOf(attempts);
        if (category)
            result.category = category;
        return result;
    }
}
/** TestView over one held test at a time, for metrics(). */
class SlotView {
    metas;
    group;
    name;
    hasName = true;
    meta = 0;
    status = 'passed';
    durationMs = 0;
    category;
    attemptCount = 0;
    failedAttempts = 0;
    constructor(metas) {
        this.metas = metas;
    }
    id() {
        if (this.group === undefined || this.name === undefined)
            throw new Error('RunBuilder: a listed test has no name');
        return this.group.prefix + this.name;
    }
    summary() {
        const meta = this.metas[this.meta];
        const summary = {
            id: this.id(),
            name: this.name,
            suite: meta.suite,
            status: this.status,
            durationMs: this.durationMs,
        };
        if (meta.file !== undefined)
            summary.file = meta.file;
        return summary;
    }
}
/** The report file a record's attempt was read from, as the store holds its origin. */
function originPath(record, source) {
    return record.attempts[0]?.source ?? source.path;
}

// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(73382);
;// CONCATENATED MODULE: ./packages/core/src/merge/report-paths.ts



const REPORT_EXTENSIONS = ['xml', 'json', 'trx'];
const collator = new Intl.Collator('en', { numeric: true });
/**
 * Source order is the fallback order of attempts, so a retry must sort after the run it retries:
 * compare paths without their extension first ("junit" before "junit-retry-1", "retry-2" before
 * "retry-10").
 */
function reportOrder(a, b) {
    const stem = (file) => file.slice(0, file.length - external_node_path_default().extname(file).length);
    return collator.compare(stem(a), stem(b)) || collator.compare(a, b);
}
async function kindOf(target) {
    try {
        return (await (0,promises_.stat)(target)).isDirectory() ? 'directory' : 'file';
    }
    catch {
        return 'missing';
    }
}
const unboundedGlob = (pattern, cwd) => (0,dist/* glob */.TI)(pattern, { cwd, onlyFiles: true, expandDirectories: false });
/**
 * Expands globs, directories (every report file under them) and plain paths into a list of
 * report files without repeats. Paths stay as the user wrote them (relative to cwd when relative).
 */
async function expandReportPaths(patterns, options = {}) {
    const cwd = options.cwd ?? process.cwd();
    const walk = options.glob ?? unboundedGlob;
    const extensions = options.extensions ?? REPORT_EXTENSIONS;
    const underDirectory = extensions.length === 1 ? `**/*.${extensions[0]}` : `**/*.{${extensions.join(',')}}`;
    const seen = new Set();
    const paths = [];
    const unmatched = [];
    for (const pattern of patterns) {
        let matches;
        if ((0,dist/* isDynamicPattern */.ey)(pattern)) {
            matches = await walk(pattern, cwd);
        }
        else {
            const kind = await kindOf(external_node_path_default().resolve(cwd, pattern));
            if (kind === 'directory') {
                const directory = (0,dist/* escapePath */.ft)(pattern.replace(/[\\/]+$/, ''));
                matches = await walk(`${directory}/${underDirectory}`, cwd);
            }
            else {
                matches = kind === 'file' ? [pattern] : [];
            }
        }
        if (matches.length === 0)
            unmatched.push(pattern);
        for (const match of matches.sort(reportOrder)) {
            const key = external_node_path_default().resolve(cwd, match);
            if (seen.has(key))
                continue;
            seen.add(key);
            paths.push(match);
        }
    }
    return { paths, unmatched };
}
/** run-matrix writes results/<shard>/...: the shard is the segment after the last "results". */
function inferShardFromPath(reportPath) {
    const segments = reportPath.split(/[\\/]+/);
    for (let i = segments.length - 3; i >= 0; i--) {
        if (segments[i] === 'results')
            return segments[i + 1];
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/merge/collect-reports.ts



const UNREADABLE_CODES = new Set(['ENOENT', 'EACCES', 'EISDIR', 'EPERM', 'ENOTDIR', 'EMFILE']);
function failedFile(reportPath, error, testsRead) {
    const code = error?.code;
    const detail = error instanceof Error ? error.message : String(error);
    const kind = typeof code === 'string' && UNREADABLE_CODES.has(code) ? 'unreadable' : 'malformed';
    const message = kind === 'unreadable'
        ? `Could not read ${reportPath}: ${detail}. Check that the file exists and is readable.`
        : `Could not parse ${reportPath}: ${detail}. The ${testsRead} test(s) read before the problem are kept.`;
    return {
        path: reportPath,
        format: 'unknown',
        tests: testsRead,
        bytes: 0,
        errors: [{ path: reportPath, message, kind }],
    };
}
/**
 * Reads every report the patterns name into one merged run. A file that cannot be read or
 * parsed is listed in run.files with its error; every other file still counts.
 */
async function collectReports(patterns, options, ingest) {
    const builder = new RunBuilder();
    await collectInto(builder, patterns, options, ingest);
    return builder.build();
}
/** Adds every record and file of the reports the patterns name to `builder` (see collectReports). */
async function collectInto(builder, patterns, options, ingest) {
    const cwd = options.cwd ?? process.cwd();
    const { paths, unmatched } = await expandReportPaths(patterns, { cwd, extensions: options.extensions });
    for (const pattern of unmatched) {
        const message = `No report file matches "${pattern}" (resolved from ${cwd}). Check the path and that the test step wrote its results there.`;
        builder.addFile({
            path: pattern,
            format: 'unknown',
            tests: 0,
            bytes: 0,
            errors: [{ path: pattern, message, kind: 'unreadable' }],
        });
    }
    for (const reportPath of paths) {
        const shard = options.shard ?? inferShardFromPath(reportPath);
        const source = shard === undefined ? { path: reportPath } : { path: reportPath, shard };
        const absolutePath = external_node_path_default().resolve(cwd, reportPath);
        let testsRead = 0;
        const onTest = (record) => {
            testsRead++;
            // Name the file as the user gave it, not by the absolute path the parser was handed.
            for (const attempt of record.attempts)
                if (attempt.source === absolutePath)
                    attempt.source = reportPath;
            builder.add(record, source);
        };
        const ingestOptions = { ...options.ingestOptions, ...(shard === undefined ? {} : { shard }) };
        try {
            const file = await ingest(absolutePath, onTest, ingestOptions);
            builder.addFile({ ...file, path: reportPath });
        }
        catch (error) {
            builder.addFile(failedFile(reportPath, error, testsRead));
        }
    }
}

;// CONCATENATED MODULE: ./packages/core/src/metrics/metrics.ts


function summarise(test) {
    const summary = {
        id: test.id,
        name: test.name,
        suite: test.suite,
        status: test.status,
        durationMs: test.durationMs,
    };
    if (test.file !== undefined)
        summary.file = test.file;
    return summary;
}
/** TestView over one TestResult at a time. */
class ResultView {
    test;
    get status() {
        return this.test.status;
    }
    get durationMs() {
        return this.test.durationMs;
    }
    get category() {
        return this.test.category;
    }
    get attemptCount() {
        return this.test.attempts.length;
    }
    get failedAttempts() {
        return this.test.attempts.filter((a) => a.status === 'failed' || a.status === 'errored').length;
    }
    id() {
        return this.test.id;
    }
    summary() {
        return summarise(this.test);
    }
}
/**
 * Counts and summaries of a merged run, following DESIGN "Counting tests"; written as metrics.json.
 * Lists follow run.tests order (ties in `slowest` by id). Duration sums are exact sums rounded
 * once, so they do not depend on the order of the tests. For a run too large to hold as
 * TestResult objects, RunBuilder.metrics() gives the same Metrics without building the run.
 */
function computeMetrics(run, options = {}) {
    const accumulator = new MetricsAccumulator(options, 'input');
    const view = new ResultView();
    for (const test of run.tests) {
        for (const attempt of test.attempts) {
            accumulator.shard(attempt.shard).add(attempt.durationMs);
            accumulator.attemptTime(attempt.startedAt, attempt.durationMs);
        }
        view.test = test;
        accumulator.addTest(view, accumulator.suite(test.suite), test.file === undefined ? -1 : accumulator.file(test.file));
    }
    return accumulator.finish(run.files, run.duplicates);
}
function toSeedNames(metrics) {
    return {
        total_tests: metrics.total,
        passed_tests: metrics.passed + metrics.flaky,
        failed_tests: metrics.failed + metrics.errored,
        pass_rate: metrics.passRate,
    };
}

;// CONCATENATED MODULE: ./packages/core/src/merge/ingest-reports.ts





const DEFAULT_NAMES_KEPT = 1000;
/** Reads report files, directories and globs with the streaming parsers and merges them into one run. */
function ingestReports(pathsOrGlobs, options = {}) {
    const { cwd, extensions, shard, ...ingestOptions } = options;
    return collectReports(pathsOrGlobs, { cwd, extensions, shard, ingestOptions }, ingestFile);
}
/**
 * The Metrics that computeMetrics(await ingestReports(...)) gives, in memory bounded by the number
 * of tests times ~20 bytes (columns, no TestResult, most tests without a name: RunBuilder's
 * retain: 'metrics'). In the rare run where that cannot list the slowest tests or a category's ids
 * exactly (retries made most kept candidates faster or not failing), the reports are read again in full.
 */
async function ingestReportMetrics(pathsOrGlobs, options = {}) {
    const { cwd, extensions, shard, slowest, maxTestsPerCategory, namesKept, ...ingestOptions } = options;
    const collect = { cwd, extensions, shard, ingestOptions };
    const metricsOptions = { slowest, maxTestsPerCategory };
    const listed = Math.max(slowest ?? 20, maxTestsPerCategory ?? 50);
    if (Number.isFinite(listed)) {
        const kept = Math.max(namesKept ?? DEFAULT_NAMES_KEPT, Math.ceil(listed));
        const builder = new RunBuilder({ retain: 'metrics', slowestCandidates: kept, categoryCandidates: kept });
        await collectInto(builder, pathsOrGlobs, collect, ingestFile);
        try {
            return builder.metrics(metricsOptions);
        }
        catch (error) {
            if (!(error instanceof InexactListError))
                throw error;
        }
    }
    return computeMetrics(await collectReports(pathsOrGlobs, collect, ingestFile), metricsOptions);
}

;// CONCATENATED MODULE: ./packages/core/src/merge/index.ts







;// CONCATENATED MODULE: ./packages/core/src/metrics/shard-clock.ts

function withShardClock(metrics, records) {
    if (records.length === 0)
        return metrics;
    let first = Infinity;
    let last = -Infinity;
    const shards = [];
    for (const record of records) {
        const start = Date.parse(record.startedAt);
        const end = Date.parse(record.endedAt);
        first = Math.min(first, start);
        last = Math.max(last, end);
        const summary = {
            shard: record.shard,
            suite: record.suite,
            actualMs: end - start,
            attempts: record.attempts,
        };
        if (record.predictedMs !== undefined)
            summary.predictedMs = record.predictedMs;
        shards.push(summary);
    }
    shards.sort((a, b) => compareIds(a.shard, b.shard));
    return { ...metrics, durationMs: { ...metrics.durationMs, wall: Math.max(0, last - first) }, shards };
}
/** The plan's predicted makespan (its slowest shard) and what the slowest shard took. */
function makespans(shards) {
    const predicted = shards.filter((shard) => shard.predictedMs !== undefined).map((shard) => shard.predictedMs);
    const actualMs = Math.max(0, ...shards.map((shard) => shard.actualMs));
    return predicted.length === shards.length ? { predictedMs: Math.max(...predicted), actualMs } : { actualMs };
}

;// CONCATENATED MODULE: ./packages/core/src/metrics/index.ts




;// CONCATENATED MODULE: ./packages/core/src/categories/index.ts




;// CONCATENATED MODULE: ./packages/core/src/ports/clock.ts
const systemClock = {
    now: () => Date.now(),
    sleep: (ms, signal) => new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(signal.reason);
        const onAbort = () => {
            clearTimeout(timer);
            reject(signal?.reason);
        };
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        signal?.addEventListener('abort', onAbort, { once: true });
    }),
};

;// CONCATENATED MODULE: ./packages/core/src/retry/errors.ts
/** Thrown when the caller's AbortSignal fires; `cause` is the signal's reason. */
class RetryAbortedError extends Error {
    name = 'AbortError';
    constructor(attempts, reason) {
        super(`Stopped retrying after ${attempts} attempt(s): the operation was cancelled.`, { cause: reason });
    }
}
/** Thrown when retries run out or the deadline would pass; `cause` is the last error. */
class RetriesExhaustedError extends Error {
    attempts;
    reason;
    lastError;
    name = 'RetriesExhaustedError';
    constructor(attempts, reason, lastError) {
        const detail = lastError instanceof Error ? lastError.message : String(lastError);
        const why = reason === 'retries' ? 'no retries left' : 'waiting for another attempt would pass the deadline';
        super(`Gave up after ${attempts} attempt(s) (${why}). Last error: ${detail}. ` +
            'If the service is only slow to recover, raise the retries or the deadline.', { cause: lastError });
        this.attempts = attempts;
        this.reason = reason;
        this.lastError = lastError;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/retry/retry-after.ts
/**
 * Reads a Retry-After value as milliseconds to wait: delta-seconds ("120", or a number) or an
 * HTTP date. Returns undefined when the value is absent or unreadable; never negative.
 */
function parseRetryAfterMs(value, nowMs) {
    if (value === undefined)
        return undefined;
    if (typeof value === 'number')
        return Number.isFinite(value) ? Math.max(0, value * 1000) : undefined;
    const trimmed = value.trim();
    if (/^\d+(?:\.\d+)?$/.test(trimmed))
        return Number(trimmed) * 1000;
    const date = Date.parse(trimmed);
    return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}

;// CONCATENATED MODULE: ./packages/core/src/retry/retry-with-backoff.ts



function validate(options) {
    const checks = [
        ['retries', options.retries],
        ['baseDelayMs', options.baseDelayMs],
        ['maxDelayMs', options.maxDelayMs],
        ['deadlineMs', options.deadlineMs],
    ];
    for (const [name, value] of checks) {
        if (value !== undefined && !(Number.isFinite(value) && value >= 0)) {
            throw new RangeError(`retry option ${name} must be a finite number ≥ 0, got ${String(value)}`);
        }
    }
    if (!Number.isInteger(options.retries))
        throw new RangeError(`retry option retries must be an integer, got ${options.retries}`);
}
/** Full jitter: a uniform delay in [0, min(cap, base × 2^(attempt − 1))). */
function backoffDelayMs(attempt, options, random) {
    const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (attempt - 1));
    return Math.floor(random() * ceiling);
}
/** Settles with `promise`, or rejects as soon as `signal` aborts. */
function raceAbort(promise, signal, onAbort) {
    if (!signal)
        return promise;
    return new Promise((resolve, reject) => {
        const abort = () => reject(onAbort());
        if (signal.aborted)
            return abort();
        signal.addEventListener('abort', abort, { once: true });
        promise.then((value) => {
            signal.removeEventListener('abort', abort);
            resolve(value);
        }, (error) => {
            signal.removeEventListener('abort', abort);
            reject(error);
        });
    });
}
/**
 * Calls fn until it resolves, waiting with exponential backoff and full jitter between
 * attempts. Honours Retry-After, an overall deadline and cancellation (even mid-wait).
 */
async function retryWithBackoff(fn, options) {
    validate(options);
    const clock = options.clock ?? systemClock;
    const random = options.random ?? Math.random;
    const { signal } = options;
    const startedAt = clock.now();
    for (let attempt = 1;; attempt++) {
        const aborted = () => new RetryAbortedError(attempt, signal?.reason);
        if (signal?.aborted)
            throw aborted();
        let error;
        try {
            return await raceAbort(Promise.resolve().then(() => fn(attempt)), signal, aborted);
        }
        catch (caught) {
            if (caught instanceof RetryAbortedError)
                throw caught;
            error = caught;
        }
        if (signal?.aborted)
            throw aborted();
        if (options.isRetryable && !options.isRetryable(error))
            throw error;
        if (attempt > options.retries)
            throw new RetriesExhaustedError(attempt, 'retries', error);
        const now = clock.now();
        const delayMs = parseRetryAfterMs(options.retryAfter?.(error), now) ?? backoffDelayMs(attempt, options, random);
        if (options.deadlineMs !== undefined && now + delayMs - startedAt > options.deadlineMs) {
            throw new RetriesExhaustedError(attempt, 'deadline', error);
        }
        options.onAttempt?.({ attempt, error, delayMs });
        await raceAbort(clock.sleep(delayMs, signal), signal, aborted);
    }
}

;// CONCATENATED MODULE: ./packages/core/src/retry/index.ts




;// CONCATENATED MODULE: ./packages/core/src/writers/ctrf-report.ts




const CTRF_STATUS = {
    passed: 'passed',
    flaky: 'passed',
    failed: 'failed',
    errored: 'failed',
    skipped: 'skipped',
};
function lines(text) {
    return text ? text.split(/\r?\n/) : undefined;
}
function epochMs(iso) {
    if (!iso)
        return undefined;
    const time = Date.parse(iso);
    return Number.isNaN(time) ? undefined : time;
}
function retryAttempt(attempt, index) {
    const entry = {
        attempt: index + 1,
        status: CTRF_STATUS[attempt.status],
        duration: Math.round(attempt.durationMs),
    };
    if (attempt.status === 'errored')
        entry.rawStatus = 'errored';
    if (attempt.failure?.message !== undefined)
        entry.message = attempt.failure.message;
    if (attempt.failure?.body)
        entry.trace = attempt.failure.body;
    const start = epochMs(attempt.startedAt);
    if (start !== undefined)
        entry.start = start;
    return entry;
}
function ctrfTest(test) {
    const final = decisiveAttempt(test.attempts);
    const entry = {
        name: test.name,
        status: CTRF_STATUS[test.status],
        duration: Math.round(test.durationMs),
        suite: [test.suite],
        retries: Math.max(0, test.attempts.length - 1),
        flaky: test.flaky,
        extra: { id: test.id, attempts: test.attempts },
    };
    if (final && isFailing(final.status)) {
        if (final.failure?.message !== undefined)
            entry.message = final.failure.message;
        if (final.failure?.body)
            entry.trace = final.failure.body;
    }
    if (test.status === 'errored')
        entry.rawStatus = 'errored';
    if (test.file !== undefined)
        entry.filePath = test.file;
    if (test.line !== undefined)
        entry.line = test.line;
    const stdout = lines(final?.stdout);
    const stderr = lines(final?.stderr);
    if (stdout)
        entry.stdout = stdout;
    if (stderr)
        entry.stderr = stderr;
    // retryAttempts are the attempts before the final one, which the entry itself describes.
    if (test.attempts.length > 1)
        entry.retryAttempts = test.attempts.slice(0, -1).map(retryAttempt);
    if (test.classname !== undefined)
        entry.extra.classname = test.classname;
    if (test.category)
        entry.extra.category = test.category;
    if (test.marker)
        entry.extra.marker = test.marker;
    return entry;
}
/** Earliest attempt start and latest attempt end, when reports gave start times. */
function attemptSpan(tests) {
    let start = Infinity;
    let stop = -Infinity;
    for (const test of tests) {
        for (const attempt of test.attempts) {
            const begun = epochMs(attempt.startedAt);
            if (begun === undefined)
                continue;
            start = Math.min(start, begun);
            stop = Math.max(stop, begun + attempt.durationMs);
        }
    }
    return Number.isFinite(start) ? { start, stop: Math.round(stop) } : undefined;
}
function countStatuses(tests) {
    const counts = { passed: 0, failed: 0, errored: 0, skipped: 0, flaky: 0 };
    for (const test of tests)
        counts[test.status]++;
    return counts;
}
/**
 * The merged run in the open CTRF format (ctrf.io). errored becomes failed with rawStatus
 * "errored"; flaky becomes passed with flaky: true. Every attempt is kept in extra.attempts
 * (testpipe's lossless copy) and, for retried tests, in the standard retryAttempts.
 */
function toCtrfReport(run, metrics, meta) {
    const counts = metrics ?? countStatuses(run.tests);
    const span = attemptSpan(run.tests);
    const duration = Math.round(metrics?.durationMs.wall ?? 0);
    const start = meta.start ?? span?.start ?? 0;
    const stop = meta.stop ?? span?.stop ?? start + duration;
    const report = {
        reportFormat: 'CTRF',
        specVersion: '0.0.0',
        generatedBy: meta.generatedBy ?? 'testpipe',
        extra: { testpipeSchemaVersion: CONTRACT_VERSIONS.ctrf.current },
        results: {
            tool: meta.toolVersion ? { name: meta.toolName, version: meta.toolVersion } : { name: meta.toolName },
            summary: {
                tests: counts.passed + counts.failed + counts.errored + counts.skipped + counts.flaky,
                passed: counts.passed + counts.flaky,
                failed: counts.failed + counts.errored,
                skipped: counts.skipped,
                pending: 0,
                other: 0,
                flaky: counts.flaky,
                suites: new Set(run.tests.map((test) => test.suite)).size,
                start,
                stop,
                duration: duration || Math.max(0, stop - start),
                extra: {
                    errored: counts.errored,
                    passRate: metrics?.passRate ??
                        passRate(counts.passed + counts.flaky, counts.passed + counts.flaky + counts.failed + counts.errored),
                },
            },
            tests: run.tests.map(ctrfTest),
        },
    };
    if (meta.reportId)
        report.reportId = meta.reportId;
    if (meta.runId)
        report.runId = meta.runId;
    if (meta.timestamp)
        report.timestamp = meta.timestamp;
    if (meta.environment)
        report.results.environment = meta.environment;
    const fileErrors = run.files.flatMap((file) => file.errors);
    if (fileErrors.length || run.duplicates.length)
        report.results.extra = { fileErrors, duplicates: run.duplicates };
    return report;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(78474);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/xmlbuilder/json2xml.js + 4 modules
var json2xml = __webpack_require__(20925);
;// CONCATENATED MODULE: ./packages/core/src/writers/junit-testcase.ts


function seconds(ms) {
    return (ms / 1000).toFixed(3);
}
function problemNode(attempt) {
    const node = {};
    if (attempt.failure?.message !== undefined)
        node['@_message'] = attempt.failure.message;
    if (attempt.failure?.type !== undefined)
        node['@_type'] = attempt.failure.type;
    if (attempt.failure?.body)
        node['#text'] = attempt.failure.body;
    return node;
}
/** Surefire's rerun children: the failure in a stackTrace element, with the attempt's own output. */
function rerunNode(attempt) {
    const node = {};
    if (attempt.failure?.message !== undefined)
        node['@_message'] = attempt.failure.message;
    if (attempt.failure?.type !== undefined)
        node['@_type'] = attempt.failure.type;
    if (attempt.failure?.body)
        node.stackTrace = attempt.failure.body;
    if (attempt.stdout)
        node['system-out'] = attempt.stdout;
    if (attempt.stderr)
        node['system-err'] = attempt.stderr;
    return node;
}
/**
 * A merged test as one <testcase>. The main <failure>/<error> is the final attempt, so a reader
 * that only counts those elements agrees with our counts; earlier failing attempts follow the
 * Surefire convention: rerunFailure/rerunError when the test failed in the end,
 * flakyFailure/flakyError when it finally passed.
 */
function testcaseNode(test) {
    const node = {
        '@_name': test.name,
        '@_classname': test.classname ?? test.suite,
        '@_time': seconds(test.durationMs),
    };
    if (test.file !== undefined)
        node['@_file'] = test.file;
    if (test.line !== undefined)
        node['@_line'] = String(test.line);
    const final = decisiveAttempt(test.attempts);
    const earlierFailures = test.attempts.filter((attempt) => attempt !== final && isFailing(attempt.status));
    if (isFailing(test.status)) {
        node[test.status === 'failed' ? 'failure' : 'error'] = final ? problemNode(final) : {};
        const rerunFailure = earlierFailures.filter((a) => a.status === 'failed').map(rerunNode);
        const rerunError = earlierFailures.filter((a) => a.status === 'errored').map(rerunNode);
        if (rerunFailure.length)
            node.rerunFailure = rerunFailure;
        if (rerunError.length)
            node.rerunError = rerunError;
    }
    else if (test.status === 'skipped') {
        node.skipped = final?.failure?.message !== undefined ? { '@_message': final.failure.message } : {};
    }
    else if (test.status === 'flaky') {
        const flakyFailure = earlierFailures.filter((a) => a.status === 'failed').map(rerunNode);
        const flakyError = earlierFailures.filter((a) => a.status === 'errored').map(rerunNode);
        if (flakyFailure.length)
            node.flakyFailure = flakyFailure;
        if (flakyError.length)
            node.flakyError = flakyError;
    }
    if (final?.stdout)
        node['system-out'] = final.stdout;
    if (final?.stderr)
        node['system-err'] = final.stderr;
    return node;
}

;// CONCATENATED MODULE: ./packages/core/src/writers/xml-text.ts
// ANSI escape sequences (colours from test runners) carry no meaning in a report.
// eslint-disable-next-line no-control-regex
const ANSI_SEQUENCE = /\x1b\[[0-9;?]*[ -/]*[@-~]/g;
// Characters XML 1.0 forbids: C0 controls other than tab/LF/CR, U+FFFE/U+FFFF, unpaired surrogates.
const XML_FORBIDDEN = 
// eslint-disable-next-line no-control-regex
/[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Drops ANSI colour codes and replaces every character XML 1.0 cannot hold with U+FFFD. */
function toXmlSafe(text) {
    return text.replace(ANSI_SEQUENCE, '').replace(XML_FORBIDDEN, '\uFFFD');
}
function escapeXmlText(text) {
    return toXmlSafe(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
/** Attribute values also keep their line breaks and tabs, which parsers otherwise turn into spaces. */
function escapeXmlAttribute(text) {
    return escapeXmlText(text)
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&apos;')
        .replace(/\n/g, '&#10;')
        .replace(/\r/g, '&#13;')
        .replace(/\t/g, '&#9;');
}

;// CONCATENATED MODULE: ./packages/core/src/writers/junit-writer.ts






function countSuite(tests) {
    const counts = { tests: 0, failures: 0, errors: 0, skipped: 0, timeMs: 0 };
    for (const test of tests) {
        counts.tests++;
        if (test.status === 'failed')
            counts.failures++;
        if (test.status === 'errored')
            counts.errors++;
        if (test.status === 'skipped')
            counts.skipped++;
        counts.timeMs += test.durationMs;
    }
    return counts;
}
function openTag(element, name, counts) {
    return (`<${element} name="${escapeXmlAttribute(name)}" tests="${counts.tests}" failures="${counts.failures}" ` +
        `errors="${counts.errors}" skipped="${counts.skipped}" time="${seconds(counts.timeMs)}">\n`);
}
function groupBySuite(tests) {
    const suites = new Map();
    for (const test of tests) {
        let members = suites.get(test.suite);
        if (!members)
            suites.set(test.suite, (members = []));
        members.push(test);
    }
    return [...suites].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
async function write(stream, chunk) {
    if (!stream.write(chunk))
        await (0,external_node_events_.once)(stream, 'drain');
}
/**
 * Writes the whole merged run as one JUnit XML document, suite by suite and in batches of
 * testcases, so a run of 500k tests is never one string in memory. Ends the stream only when
 * it opened it (a path was given).
 */
async function writeMergedJUnit(run, target, options = {}) {
    const stream = typeof target === 'string' ? (0,external_node_fs_.createWriteStream)(target, { encoding: 'utf8' }) : target;
    const batchSize = options.batchSize ?? 500;
    const builder = new json2xml/* default */.A({
        ignoreAttributes: false,
        attributeNamePrefix: '@_',
        textNodeName: '#text',
        processEntities: false,
        // Otherwise an attribute whose value is "true" (a test named "true", node's skipped message) loses its value.
        suppressBooleanAttributes: false,
        attributeValueProcessor: (_name, value) => escapeXmlAttribute(String(value)),
        tagValueProcessor: (_name, value) => escapeXmlText(String(value)),
        format: true,
        indentBy: '  ',
    });
    try {
        await write(stream, '<?xml version="1.0" encoding="UTF-8"?>\n');
        await write(stream, openTag('testsuites', options.name ?? 'testpipe', countSuite(run.tests)));
        for (const [suite, tests] of groupBySuite(run.tests)) {
            await write(stream, openTag('testsuite', suite, countSuite(tests)));
            for (let start = 0; start < tests.length; start += batchSize) {
                const batch = tests.slice(start, start + batchSize).map(testcaseNode);
                await write(stream, builder.build({ testcase: batch }));
            }
            await write(stream, '</testsuite>\n');
        }
        await write(stream, '</testsuites>\n');
    }
    finally {
        if (typeof target === 'string') {
            stream.end();
            await (0,external_node_stream_promises_.finished)(stream);
        }
    }
}

;// CONCATENATED MODULE: ./packages/core/src/writers/json-stream.ts

/** Objects and arrays this deep (the document = 0) are written entry by entry; deeper ones whole. */
const STREAMED_DEPTH = 2;
const FLUSH_CHARS = 1 << 16;
function isContainer(value) {
    return typeof value === 'object' && value !== null && typeof value.toJSON !== 'function';
}
/** A value JSON.stringify leaves out of an object (and writes as null in an array). */
function isSkipped(value) {
    return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}
/** JSON.stringify(value, null, 2) as it reads nested at `indent`: every line after the first indented further. */
function whole(value, indent) {
    return (JSON.stringify(value, null, 2) ?? 'null').replaceAll('\n', `\n${indent}`);
}
/** Emits `value`; awaits only when `emit` asks to (a flush), so the usual entry costs no promise. */
async function emitValue(value, indent, depth, emit) {
    if (!isContainer(value) || depth >= STREAMED_DEPTH) {
        await emit(whole(value, indent));
        return;
    }
    const inner = `${indent}  `;
    const isArray = Array.isArray(value);
    let first = true;
    for (const key of isArray ? value.keys() : Object.keys(value)) {
        let entry = value[key];
        if (isSkipped(entry)) {
            if (!isArray)
                continue;
            entry = null;
        }
        const opened = emit(`${first ? (isArray ? '[' : '{') : ','}\n${inner}${isArray ? '' : `${JSON.stringify(key)}: `}`);
        if (opened)
            await opened;
        first = false;
        if (isContainer(entry) && depth + 1 < STREAMED_DEPTH)
            await emitValue(entry, inner, depth + 1, emit);
        else {
            const written = emit(whole(entry, inner));
            if (written)
                await written;
        }
    }
    await emit(first ? (isArray ? '[]' : '{}') : `\n${indent}${isArray ? ']' : '}'}`);
}
/**
 * Writes `JSON.stringify(value, null, 2)` and a newline to `stream`, the same bytes, without making
 * that string: large objects and arrays near the top (a metrics.json's perSuite of 250,000 suites)
 * go out entry by entry, in writes of ~64 K characters that wait for the stream to drain.
 */
async function writePrettyJson(value, stream) {
    let pending = [];
    let pendingChars = 0;
    const flush = async () => {
        const chunk = pending.join('');
        pending = [];
        pendingChars = 0;
        if (!stream.write(chunk))
            await (0,external_node_events_.once)(stream, 'drain');
    };
    const emit = (text) => {
        pending.push(text);
        pendingChars += text.length;
        return pendingChars >= FLUSH_CHARS ? flush() : undefined;
    };
    await emitValue(value, '', 0, emit);
    pending.push('\n');
    await flush();
}

;// CONCATENATED MODULE: ./packages/core/src/writers/index.ts





// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./packages/core/src/render/html/client-script.ts
/**
 * The page's only script: the all-tests table (search, status filter, sort, virtual scrolling)
 * and the detail view. Plain ES2017 in a string, so the report needs no bundler and no fetch.
 * Test data reaches the DOM only through textContent and createElement, never innerHTML.
 */
const CLIENT_SCRIPT = String.raw `(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var total = data.name.length;
  var STATUS_NAMES = { p: 'passed', f: 'failed', e: 'errored', s: 'skipped', k: 'flaky' };
  var STATUS_RANK = { f: 0, e: 1, k: 2, s: 3, p: 4 };
  var ROW_HEIGHT = 30;
  var OVERSCAN = 8;
  var SEARCH_DELAY_MS = 150;

  var viewport = document.getElementById('viewport');
  var spacer = document.getElementById('spacer');
  var rowsBox = document.getElementById('rows');
  var countLabel = document.getElementById('result-count');
  var searchBox = document.getElementById('search');
  var detailBox = document.getElementById('detail');
  var sortButtons = document.querySelectorAll('[data-sort]');
  var statusBoxes = document.querySelectorAll('#status-filter input[type=checkbox]');

  var state = { query: '', statuses: {}, sortKey: 'status', sortDir: 1, selected: -1 };
  var sorted = null;
  var view = new Int32Array(total);
  var viewLength = 0;
  var haystack = null;
  var lastRange = '';

  statusBoxes.forEach(function (box) { state.statuses[box.value] = box.checked; });

  function suiteOf(i) { return data.suites[data.suite[i]]; }
  function fileOf(i) { return data.file[i] < 0 ? '' : data.files[data.file[i]]; }

  function formatDuration(ms) {
    if (ms < 1000) return (ms < 10 ? Math.round(ms * 10) / 10 : Math.round(ms)) + ' ms';
    var s = ms / 1000;
    if (s < 60) return s.toFixed(s < 10 ? 2 : 1) + ' s';
    var m = Math.floor(s / 60);
    if (m < 60) return m + ' min ' + Math.round(s - m * 60) + ' s';
    var h = Math.floor(m / 60);
    return h + ' h ' + (m - h * 60) + ' min';
  }

  function compareText(a, b) { return a < b ? -1 : a > b ? 1 : 0; }

  var COMPARATORS = {
    name: function (a, b) { return compareText(data.name[a], data.name[b]); },
    suite: function (a, b) { return compareText(suiteOf(a), suiteOf(b)) || compareText(data.name[a], data.name[b]); },
    duration: function (a, b) { return data.durationMs[a] - data.durationMs[b]; },
    status: function (a, b) { return STATUS_RANK[data.status[a]] - STATUS_RANK[data.status[b]]; }
  };

  function sortAll() {
    var compare = COMPARATORS[state.sortKey];
    var dir = state.sortDir;
    var indices = new Array(total);
    for (var i = 0; i < total; i++) indices[i] = i;
    indices.sort(function (a, b) { return dir * compare(a, b) || a - b; });
    sorted = indices;
  }

  function isNew(i) { var detail = data.details[i]; return !!(detail && detail.newFailure); }

  // Failure types and messages are searchable too: "ECONNREFUSED" finds every test that hit it.
  function messagesOf(i) {
    var detail = data.details[i];
    if (!detail) return '';
    var parts = [];
    detail.attempts.forEach(function (attempt) {
      if (attempt.type) parts.push(attempt.type);
      if (attempt.message) parts.push(attempt.message);
    });
    return parts.join('\u0000');
  }

  function buildHaystack() {
    haystack = new Array(total);
    for (var i = 0; i < total; i++) {
      haystack[i] = (data.name[i] + '\u0000' + suiteOf(i) + '\u0000' + fileOf(i) + '\u0000' + messagesOf(i)).toLowerCase();
    }
  }

  function applyFilter() {
    var query = state.query;
    if (query && !haystack) buildHaystack();
    var n = 0;
    for (var k = 0; k < total; k++) {
      var i = sorted[k];
      if (!state.statuses[data.status[i]]) continue;
      if (query && haystack[i].indexOf(query) === -1) continue;
      view[n++] = i;
    }
    viewLength = n;
    countLabel.textContent = 'Showing ' + n.toLocaleString('en-US') + ' of ' + total.toLocaleString('en-US') + ' tests';
    countLabel.setAttribute('data-query', query);
    spacer.style.height = Math.max(n * ROW_HEIGHT, ROW_HEIGHT) + 'px';
    lastRange = '';
    renderRows();
  }

  function cell(text, className) {
    var el = document.createElement('div');
    el.setAttribute('role', 'cell');
    el.className = className;
    el.textContent = text;
    el.title = text;
    return el;
  }

  function renderRows() {
    var first = Math.max(0, Math.floor(viewport.scrollTop / ROW_HEIGHT) - OVERSCAN);
    var last = Math.min(viewLength, Math.ceil((viewport.scrollTop + viewport.clientHeight) / ROW_HEIGHT) + OVERSCAN);
    var range = first + ':' + last + ':' + state.selected;
    if (range === lastRange) return;
    lastRange = range;
    var fragment = document.createDocumentFragment();
    if (viewLength === 0) {
      var empty = document.createElement('div');
      empty.className = 'row empty';
      empty.textContent = 'No test matches the search and status filter.';
      fragment.appendChild(empty);
    }
    for (var k = first; k < last; k++) {
      var i = view[k];
      var status = STATUS_NAMES[data.status[i]];
      var row = document.createElement('div');
      row.className = 'row' + (i === state.selected ? ' selected' : '');
      row.setAttribute('role', 'row');
      row.setAttribute('tabindex', '0');
      row.setAttribute('data-index', String(i));
      // The name cell holds the "new" marker beside the name, so the name's own element is the name alone.
      var nameCell = document.createElement('div');
      nameCell.setAttribute('role', 'cell');
      nameCell.className = 'c-name-cell';
      if (isNew(i)) nameCell.appendChild(newBadge());
      var name = cell(data.name[i], 'c-name');
      name.removeAttribute('role');
      nameCell.appendChild(name);
      row.appendChild(nameCell);
      row.appendChild(cell(suiteOf(i), 'c-suite'));
      var statusCell = cell('', 'c-status');
      var badge = document.createElement('span');
      badge.className = 'badge badge-' + status;
      badge.textContent = status;
      statusCell.appendChild(badge);
      row.appendChild(statusCell);
      row.appendChild(cell(formatDuration(data.durationMs[i]), 'c-duration num'));
      fragment.appendChild(row);
    }
    rowsBox.style.transform = 'translateY(' + first * ROW_HEIGHT + 'px)';
    rowsBox.replaceChildren(fragment);
  }

  function newBadge() {
    var badge = document.createElement('span');
    badge.className = 'badge badge-new';
    badge.textContent = 'new';
    if (data.newSince) badge.title = 'New failure since ' + data.newSince;
    return badge;
  }

  // Only a relative path without '..' names a file in the repository.
  function isLinkable(path) {
    return path !== '' && !/^(\/|[A-Za-z]:\/)/.test(path) && path.split('/').indexOf('..') === -1;
  }

  function addText(parent, tag, text, className) {
    var el = document.createElement(tag);
    if (className) el.className = className;
    el.textContent = text;
    parent.appendChild(el);
    return el;
  }

  function fileLink(file, line) {
    var text = line !== undefined ? file + ':' + line : file;
    var base = data.fileLinkBase;
    var relative = file.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
    if (!base || !/^https?:\/\//.test(base) || !isLinkable(relative)) return addText(document.createDocumentFragment(), 'code', text);
    var a = document.createElement('a');
    var path = relative.split('/').map(encodeURIComponent).join('/');
    a.href = base + path + (line !== undefined ? '#L' + line : '');
    a.rel = 'noopener noreferrer';
    a.target = '_blank';
    addText(a, 'code', text);
    return a;
  }

  function addField(list, label, value) {
    if (value === undefined || value === '') return;
    addText(list, 'dt', label);
    var dd = document.createElement('dd');
    if (typeof value === 'string') dd.textContent = value;
    else dd.appendChild(value);
    list.appendChild(dd);
  }

  function addBlock(parent, label, text, open) {
    if (!text) return;
    var box = document.createElement('details');
    box.open = open;
    addText(box, 'summary', label);
    addText(box, 'pre', text);
    parent.appendChild(box);
  }

  function showDetail(i) {
    state.selected = i;
    lastRange = '';
    renderRows();
    var detail = data.details[i];
    var status = STATUS_NAMES[data.status[i]];
    var content = document.createDocumentFragment();
    var head = document.createElement('div');
    head.className = 'detail-head';
    var title = document.createElement('div');
    title.className = 'detail-title';
    if (isNew(i)) title.appendChild(newBadge());
    addText(title, 'h3', data.name[i], 'detail-name');
    head.appendChild(title);
    var close = addText(head, 'button', 'Close', 'close');
    close.type = 'button';
    close.addEventListener('click', function () { detailBox.hidden = true; state.selected = -1; lastRange = ''; renderRows(); });
    content.appendChild(head);
    var fields = document.createElement('dl');
    addField(fields, 'Suite', suiteOf(i));
    if (detail) addField(fields, 'Class', detail.classname);
    if (fileOf(i)) addField(fields, 'File', fileLink(fileOf(i), detail ? detail.line : undefined));
    addField(fields, 'Status', status);
    if (isNew(i)) addField(fields, 'Compared', 'New failure' + (data.newSince ? ' since ' + data.newSince : ': not failing in the base run'));
    addField(fields, 'Duration', formatDuration(data.durationMs[i]));
    if (detail) {
      addField(fields, 'Category', detail.category);
      addField(fields, 'Marker', detail.marker);
      addField(fields, 'Attempts', String(detail.attempts.length));
    }
    content.appendChild(fields);
    if (!detail) {
      addText(content, 'p', status === 'passed' ? 'Passed; the report keeps no output for passing tests.' : 'Skipped.', 'muted');
    } else {
      if (detail.trimmed) addText(content, 'p', 'Stack traces or output were left out of this page to keep it small; see the raw report files.', 'muted');
      if (detail.truncated) addText(content, 'p', 'Shortened when read: ' + detail.truncated.join(', '), 'muted');
      detail.attempts.forEach(function (attempt, n) {
        var box = document.createElement('section');
        box.className = 'attempt attempt-' + attempt.status;
        var where = [attempt.shard ? 'shard ' + attempt.shard : '', attempt.source || '', attempt.startedAt || ''].filter(Boolean).join(' · ');
        addText(box, 'h4', 'Attempt ' + (n + 1) + ' of ' + detail.attempts.length + ': ' + attempt.status + ', ' + formatDuration(attempt.durationMs) + (where ? ' (' + where + ')' : ''));
        if (attempt.type || attempt.message) {
          addText(box, 'pre', (attempt.type ? attempt.type + (attempt.message ? ': ' : '') : '') + (attempt.message || ''), 'message');
        }
        addBlock(box, 'Stack trace', attempt.body, true);
        addBlock(box, 'stdout', attempt.stdout, false);
        addBlock(box, 'stderr', attempt.stderr, false);
        content.appendChild(box);
      });
    }
    detailBox.replaceChildren(content);
    detailBox.hidden = false;
    detailBox.scrollIntoView({ block: 'nearest' });
  }

  function setSort(key) {
    if (state.sortKey === key) state.sortDir = -state.sortDir;
    else { state.sortKey = key; state.sortDir = key === 'duration' ? -1 : 1; }
    sortButtons.forEach(function (button) {
      var active = button.getAttribute('data-sort') === state.sortKey;
      button.parentNode.setAttribute('aria-sort', active ? (state.sortDir > 0 ? 'ascending' : 'descending') : 'none');
    });
    sortAll();
    viewport.scrollTop = 0;
    applyFilter();
  }

  var searchTimer = 0;
  searchBox.addEventListener('input', function () {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(function () {
      state.query = searchBox.value.trim().toLowerCase();
      viewport.scrollTop = 0;
      applyFilter();
    }, SEARCH_DELAY_MS);
  });
  statusBoxes.forEach(function (box) {
    box.addEventListener('change', function () {
      state.statuses[box.value] = box.checked;
      viewport.scrollTop = 0;
      applyFilter();
    });
  });
  sortButtons.forEach(function (button) {
    button.addEventListener('click', function () { setSort(button.getAttribute('data-sort')); });
  });
  viewport.addEventListener('scroll', renderRows, { passive: true });
  window.addEventListener('resize', function () { lastRange = ''; renderRows(); });
  rowsBox.addEventListener('click', function (event) {
    var row = event.target.closest('.row[data-index]');
    if (row) showDetail(Number(row.getAttribute('data-index')));
  });
  rowsBox.addEventListener('keydown', function (event) {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    var row = event.target.closest('.row[data-index]');
    if (row) { event.preventDefault(); showDetail(Number(row.getAttribute('data-index'))); }
  });

  sortAll();
  applyFilter();
  document.documentElement.setAttribute('data-ready', 'true');
})();
`;

;// CONCATENATED MODULE: ./packages/core/src/render/visible-controls.ts
// The one rule for invisible characters in report text, shared by the Markdown and HTML renderers:
// - bidirectional controls (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C) could reorder what a
//   reader sees ("Trojan Source"), so each is shown as its escape, e.g. `\u202E`;
// - C0 controls other than tab, line feed and carriage return, and DEL, have no place in a rendered
//   report (a NUL ends strings in some viewers), so each becomes U+FFFD, the replacement character.
const C0_RANGES = '\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F';
const BIDI_RANGES = '\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C';
const C0_CONTROLS = new RegExp(`[${C0_RANGES}]`, 'g');
const BIDI_CONTROLS = new RegExp(`[${BIDI_RANGES}]`, 'g');
const ANY_CONTROL = new RegExp(`[${C0_RANGES}${BIDI_RANGES}]`);
const REPLACEMENT_CHARACTER = '\uFFFD';
/** Bidi controls shown as `\uXXXX`, other control characters as U+FFFD; everything else unchanged. */
function showControls(text) {
    if (!ANY_CONTROL.test(text))
        return text;
    return text
        .replace(C0_CONTROLS, REPLACEMENT_CHARACTER)
        .replace(BIDI_CONTROLS, (ch) => `\\u${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}

;// CONCATENATED MODULE: ./packages/core/src/render/html/escape.ts

/**
 * Escapes text for HTML element content and quoted attribute values; control characters follow
 * the one rule of ../visible-controls.ts (bidi controls shown as `\u202E`, NUL as U+FFFD).
 */
function escapeHtml(text) {
    return showControls(text).replace(/[&<>"']/g, (ch) => HTML_ENTITIES[ch] ?? ch);
}
const HTML_ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
};
/**
 * Serialises data for a `<script type="application/json">` block. Every `<` becomes \u003c, so
 * neither `</script>` nor `<!--` in a test name can end or re-mode the block; JSON.parse restores it.
 * Strings go through the same control-character rule as the rest of the page.
 */
function jsonForScriptBlock(value) {
    return JSON.stringify(value, (_key, member) => (typeof member === 'string' ? showControls(member) : member))
        .replace(/</g, '\\u003c')
        .replace(/\u2028/g, '\\u2028')
        .replace(/\u2029/g, '\\u2029');
}
/** Only http(s) repository URLs become links; anything else (javascript:, data:) is dropped. */
function safeHttpUrl(url) {
    if (!url)
        return undefined;
    try {
        const parsed = new URL(url);
        if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
            return undefined;
        return parsed.href.replace(/\/+$/, '');
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/render/markdown/escape.ts
// Escaping for GitHub-flavoured Markdown. Every string that came from a test report (names,
// suites, messages, paths) reaches the job summary or PR comment only through these functions.
//
// Decisions:
// - `<`, `>`, `&` become HTML entities everywhere except in code spans, so raw HTML in a test
//   name (`<img onerror=…>`, `<details>`) renders as text.
// - Outside code, `@name` and `#123` / `GH-123` get a zero-width space (U+200B) after the sign,
//   so GitHub neither notifies people nor links issues. Code spans and `<pre>` are not linked by
//   GitHub, and a code span shows entities literally, so code spans are left as they are.
// - URLs in test names may still be autolinked by GitHub; that is a navigation, never a load.
// - `<!--` never survives from report data: outside code `<` is an entity; inside a code span (which
//   shows entities literally) a zero-width space follows the `<`. So no test name or path can forge
//   the hidden marker of a sticky comment.
// - Control characters follow the one rule of ../visible-controls.ts: bidi controls shown as `\u202E`,
//   NUL and the other C0 controls as U+FFFD.

const ZERO_WIDTH_SPACE = '\u200B';
const escape_HTML_ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
// Markdown punctuation with an inline meaning, `|` for tables and `$` for GitHub's math.
const MARKDOWN_SPECIALS = /[\\`*_[\]~|$]/g;
const LINE_BREAKS = /\r\n|[\r\n\t\u2028\u2029]/g;
const COMMENT_OPENER = /<!--/g;
function escape_escapeHtml(text) {
    return text.replace(/[&<>"]/g, (ch) => escape_HTML_ENTITIES[ch] ?? ch);
}
/** Stops GitHub from turning `@user`, `#123` and `GH-123` into mentions and issue links. */
function neutraliseReferences(text) {
    return text
        .replace(/@(?=[A-Za-z0-9])/g, `@${ZERO_WIDTH_SPACE}`)
        .replace(/#(?=\d)/g, `#${ZERO_WIDTH_SPACE}`)
        .replace(/\bGH-(?=\d)/gi, (match) => `${match}${ZERO_WIDTH_SPACE}`);
}
function singleLine(text) {
    return showControls(text).replace(LINE_BREAKS, ' ');
}
/**
 * Inline Markdown text (a heading, a list item, a paragraph, a table cell) on one line. A leading
 * `#`, `-`, `+`, `=` or `1.` is escaped too: at the start of a list item it would open a block.
 */
function escapeInline(text) {
    return neutraliseReferences(escape_escapeHtml(singleLine(text).trim()))
        .replace(MARKDOWN_SPECIALS, '\\$&')
        .replace(/^[#+\-=]/, '\\$&')
        .replace(/^(\d+)([.)])/, '$1\\$2');
}
/** Text inside a raw HTML block (`<summary>`), where Markdown is not processed. */
function escapeHtmlLine(text) {
    return neutraliseReferences(escape_escapeHtml(singleLine(text)));
}
/**
 * Content for `<pre>` inside a raw HTML block. A blank line would end the HTML block and let
 * the rest be parsed as Markdown, so whitespace-only lines become a space entity.
 */
function escapePreBlock(text) {
    return neutraliseReferences(escape_escapeHtml(showControls(text.replace(/\r\n?/g, '\n'))))
        .split('\n')
        .map((line) => (line.trim() === '' ? '&#32;' : line.trimEnd()))
        .join('\n');
}
/**
 * A code span whose fence is longer than any run of backticks inside. In a table cell `|` must
 * still be escaped: GFM splits cells before it parses code spans.
 */
function codeSpan(text, inTable = false) {
    let content = singleLine(text).replace(COMMENT_OPENER, `<${ZERO_WIDTH_SPACE}!--`);
    if (content === '')
        return '';
    const longestRun = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longestRun + 1);
    // CommonMark strips one space from each end when both have one, and a backtick at an end would join the fence.
    const needsPadding = content.startsWith('`') || content.endsWith('`') || /^ .*[^ ].* $/.test(content);
    if (needsPadding)
        content = ` ${content} `;
    if (inTable)
        content = content.replace(/\|/g, '\\|');
    return `${fence}${content}${fence}`;
}
/** A table row; cells are already escaped. */
function tableRow(cells) {
    return `| ${cells.join(' | ')} |`;
}
/** An http(s) URL safe to put in `[text](url)`, or undefined. */
function safeLinkUrl(url) {
    if (!url)
        return undefined;
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return undefined;
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
        return undefined;
    return encodeLinkSpecials(parsed.href);
}
/** Percent-encodes what would end or split a Markdown link destination or a table cell. */
function encodeLinkSpecials(url) {
    return url.replace(/[()|<>"'`\\[\] ]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
function markdownLink(textMarkdown, url) {
    const safe = safeLinkUrl(url);
    return safe ? `[${textMarkdown}](${safe})` : textMarkdown;
}

;// CONCATENATED MODULE: ./packages/core/src/render/markdown/paths.ts

function normaliseSlashes(path) {
    return path.replace(/\\/g, '/');
}
function isWindowsAbsolute(path) {
    return /^[A-Za-z]:\//.test(path);
}
/**
 * A report's test path relative to the repository: `\` becomes `/`, the first root that prefixes
 * it is stripped (case-insensitively for Windows drive paths), and leading `./` is dropped.
 */
function repoRelativePath(file, roots = []) {
    let path = normaliseSlashes(file);
    for (const root of roots) {
        if (!root)
            continue;
        const prefix = `${normaliseSlashes(root).replace(/\/+$/, '')}/`;
        const matches = isWindowsAbsolute(prefix)
            ? path.toLowerCase().startsWith(prefix.toLowerCase())
            : path.startsWith(prefix);
        if (matches) {
            path = path.slice(prefix.length);
            break;
        }
    }
    return path.replace(/^(?:\.\/)+/, '');
}
/** True when the path can name a file in the repository: not absolute, no `..` segment. */
function isInsideRepository(path) {
    return path !== '' && !path.startsWith('/') && !isWindowsAbsolute(path) && !path.split('/').includes('..');
}
/** `<blob base><path>#L<line>` for a repository-relative path, or undefined when no link can be made. */
function blobUrl(blobBaseUrl, path, line) {
    const base = safeLinkUrl(blobBaseUrl);
    if (!base || !isInsideRepository(path))
        return undefined;
    const encoded = path.split('/').map(encodeURIComponent).join('/');
    const anchor = line !== undefined && Number.isInteger(line) && line > 0 ? `#L${line}` : '';
    return `${base.endsWith('/') ? base : `${base}/`}${encodeLinkSpecials(encoded)}${anchor}`;
}

;// CONCATENATED MODULE: ./packages/core/src/render/html/paths.ts

function usableRoots(roots) {
    // A root of `/` (or ``) would strip every slash from a stack trace: such roots are ignored.
    return (roots ?? []).filter((root) => !!root && root.replace(/[\\/]+$/, '') !== '');
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
function pathView(roots) {
    const usable = usableRoots(roots);
    // Each root as written with `/` and with `\`, longest first, so a nested root wins over its parent.
    const forms = [
        ...new Set(usable.flatMap((root) => {
            const bare = root.replace(/[\\/]+$/, '');
            return [`${bare.replace(/\\/g, '/')}/`, `${bare.replace(/\//g, '\\')}\\`];
        })),
    ].sort((a, b) => b.length - a.length);
    const pattern = forms.length > 0 ? new RegExp(forms.map(escapeRegExp).join('|'), 'g') : undefined;
    const file = (path) => repoRelativePath(path, usable);
    return {
        file,
        optionalFile: (path) => (path === undefined || path === '' ? path : file(path)),
        text: (text) => (pattern ? text.replace(pattern, '') : text),
    };
}
/** Only a path inside the repository (relative, no `..`) can become a link into it. */
function isLinkablePath(path) {
    return isInsideRepository(path.replace(/\\/g, '/').replace(/^(?:\.\/)+/, ''));
}

;// CONCATENATED MODULE: ./packages/core/src/render/html/links.ts


/** `<repo>/blob/<sha>/` when both are known and the URL is http(s); else no file links at all. */
function fileLinkBase(repositoryUrl, commitSha) {
    const repo = safeHttpUrl(repositoryUrl);
    if (!repo || !commitSha || !/^[0-9a-f]{7,64}$/i.test(commitSha))
        return undefined;
    return `${repo}/blob/${commitSha}/`;
}
function fileHref(base, file, line) {
    const path = file
        .replace(/\\/g, '/')
        .replace(/^(?:\.\/)+/, '')
        .split('/')
        .map(encodeURIComponent)
        .join('/');
    return `${base}${path}${line !== undefined ? `#L${line}` : ''}`;
}
/**
 * A file path as a plain link into the repository (a navigation, never a load), or as code when there
 * is no repository to link to or the path is not inside it (absolute, or with `..`).
 */
function fileReference(base, file, line) {
    if (!file)
        return '';
    const text = escapeHtml(line !== undefined ? `${file}:${line}` : file);
    if (!base || !isLinkablePath(file))
        return `<code>${text}</code>`;
    return `<a href="${escapeHtml(fileHref(base, file, line))}" rel="noopener noreferrer" target="_blank"><code>${text}</code></a>`;
}

;// CONCATENATED MODULE: ./packages/core/src/locate/place.ts
/** Where to point a reader for a test: its worked-out location, else what its report said. */
function placeOf(test) {
    if (test.location)
        return { file: test.location.path, line: test.location.line };
    return { file: test.file, line: test.line };
}

;// CONCATENATED MODULE: ./packages/core/src/render/html/report-data.ts



/** One character per final status in the payload's status string. */
const STATUS_CODES = {
    passed: 'p',
    failed: 'f',
    errored: 'e',
    skipped: 's',
    flaky: 'k',
};
const DEFAULT_PAYLOAD_LIMITS = {
    messageChars: 4_000,
    stackChars: 8_000,
    outputChars: 8_000,
    totalDetailChars: 24_000_000,
};
function head(text, max) {
    if (text === undefined || text === '')
        return undefined;
    return text.length <= max
        ? text
        : `${text.slice(0, max)}\n… [${text.length - max} more characters in the raw report]`;
}
// Output is trimmed from the front: the lines just before a failure are the useful ones.
function tail(text, max) {
    if (text === undefined || text === '')
        return undefined;
    return text.length <= max
        ? text
        : `[${text.length - max} earlier characters in the raw report] …\n${text.slice(-max)}`;
}
function roundDuration(ms) {
    return Number.isFinite(ms) ? Math.round(ms * 10) / 10 : 0;
}
function carriesDetail(test) {
    if (isFailing(test.status) || test.status === 'flaky')
        return true;
    return test.status === 'skipped' && test.attempts.some((a) => a.failure?.message);
}
class DetailBudget {
    limit;
    used = 0;
    constructor(limit) {
        this.limit = limit;
    }
    /** Returns the text if it still fits in the budget, else undefined. */
    take(text) {
        if (text === undefined || this.used + text.length > this.limit)
            return undefined;
        this.used += text.length;
        return text;
    }
}
function attemptDetail(attempt, limits, budget, paths) {
    const detail = { status: attempt.status, durationMs: roundDuration(attempt.durationMs) };
    if (attempt.shard)
        detail.shard = attempt.shard;
    if (attempt.source)
        detail.source = attempt.source;
    if (attempt.startedAt)
        detail.startedAt = attempt.startedAt;
    const type = head(attempt.failure?.type, 300);
    if (type)
        detail.type = type;
    const message = head(relativeText(attempt.failure?.message, paths), limits.messageChars);
    if (message)
        detail.message = message;
    let trimmed = false;
    const bulky = [
        ['body', head(relativeText(attempt.failure?.body, paths), limits.stackChars)],
        ['stdout', tail(attempt.stdout, limits.outputChars)],
        ['stderr', tail(attempt.stderr, limits.outputChars)],
    ];
    for (const [field, text] of bulky) {
        if (text === undefined)
            continue;
        const kept = budget.take(text);
        if (kept === undefined)
            trimmed = true;
        else
            detail[field] = kept;
    }
    return [detail, trimmed];
}
function relativeText(text, paths) {
    return text === undefined ? undefined : paths.text(text);
}
function testDetail(test, limits, budget, paths) {
    const detail = { attempts: [] };
    if (test.classname)
        detail.classname = test.classname;
    const line = placeOf(test).line;
    if (line !== undefined)
        detail.line = line;
    if (test.category)
        detail.category = test.category;
    if (test.marker)
        detail.marker = test.marker;
    if (test.truncated?.length)
        detail.truncated = test.truncated;
    for (const attempt of test.attempts) {
        const [attemptInfo, trimmed] = attemptDetail(attempt, limits, budget, paths);
        detail.attempts.push(attemptInfo);
        if (trimmed)
            detail.trimmed = true;
    }
    return detail;
}
function failingFirst(tests) {
    const rank = { failed: 0, errored: 0, flaky: 1, skipped: 2, passed: 3 };
    return tests
        .map((test, index) => ({ index, rank: rank[test.status] }))
        .filter(({ index }) => carriesDetail(tests[index]))
        .sort((a, b) => a.rank - b.rank || a.index - b.index)
        .map(({ index }) => index);
}
/** Builds the table payload from a run; `fileLinkBase` is passed through for the page's links. */
function buildReportPayload(tests, fileLinkBase, limits = DEFAULT_PAYLOAD_LIMITS, context = {}) {
    const paths = pathView(context.roots);
    const suiteIndex = new Map();
    const fileIndex = new Map();
    const payload = {
        suites: [],
        files: [],
        name: [],
        suite: [],
        file: [],
        durationMs: [],
        status: '',
        details: {},
    };
    const indexOf = (table, index, value) => {
        let i = index.get(value);
        if (i === undefined) {
            i = table.push(value) - 1;
            index.set(value, i);
        }
        return i;
    };
    const statusChars = [];
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
        const detail = testDetail(tests[index], limits, budget, paths);
        if (context.newFailures?.has(tests[index].id) && isFailing(tests[index].status))
            detail.newFailure = true;
        payload.details[index] = detail;
    }
    if (fileLinkBase)
        payload.fileLinkBase = fileLinkBase;
    if (context.newFailures?.size && context.baseLabel)
        payload.newSince = context.baseLabel;
    return payload;
}

;// CONCATENATED MODULE: ./packages/core/src/render/html/format.ts


/** Human duration with a decimal below 10 ms: the HTML report shows fast tests precisely. */
function format_formatDuration(ms) {
    return formatDuration(ms, true);
}
function formatSigned(value, unit) {
    const sign = value > 0 ? '+' : value < 0 ? '−' : '±';
    return `${sign}${Math.abs(value).toFixed(2)}${unit}`;
}

;// CONCATENATED MODULE: ./packages/core/src/render/html/status-style.ts
/** Display order and colours of statuses, shared by charts, badges and the table script. */
const STATUS_ORDER = ['failed', 'errored', 'flaky', 'skipped', 'passed'];
const STATUS_COLOURS = {
    passed: '#2da44e',
    failed: '#cf222e',
    errored: '#bc4c00',
    flaky: '#9a6700',
    skipped: '#6e7781',
};

;// CONCATENATED MODULE: ./packages/core/src/render/html/svg-charts.ts



/** One stacked horizontal bar of final statuses; the legend beside it is plain HTML. */
function statusBarSvg(counts) {
    const total = STATUS_ORDER.reduce((sum, status) => sum + counts[status], 0);
    const width = 1000;
    const height = 36;
    let x = 0;
    const rects = [];
    for (const status of STATUS_ORDER) {
        const count = counts[status];
        if (count === 0 || total === 0)
            continue;
        const w = (count / total) * width;
        const label = `${status}: ${formatCount(count)} (${((count / total) * 100).toFixed(1)} %)`;
        rects.push(`<rect x="${x.toFixed(2)}" y="0" width="${Math.max(w, 2).toFixed(2)}" height="${height}" fill="${STATUS_COLOURS[status]}"><title>${escapeHtml(label)}</title></rect>`);
        x += w;
    }
    if (rects.length === 0)
        rects.push(`<rect x="0" y="0" width="${width}" height="${height}" fill="#d0d7de"/>`);
    return `<svg class="status-bar" viewBox="0 0 ${width} ${height}" preserveAspectRatio="none" role="img" aria-label="Tests by status">${rects.join('')}</svg>`;
}
/** Decade buckets: a suite's durations span microseconds to minutes, so linear bins hide most tests. */
const BUCKET_LIMITS_MS = [
    [1, '< 1 ms'],
    [10, '1–10 ms'],
    [100, '10–100 ms'],
    [1_000, '0.1–1 s'],
    [10_000, '1–10 s'],
    [60_000, '10–60 s'],
    [600_000, '1–10 min'],
    [Infinity, '≥ 10 min'],
];
function durationBuckets(durationsMs) {
    const counts = BUCKET_LIMITS_MS.map(() => 0);
    for (const ms of durationsMs) {
        const index = BUCKET_LIMITS_MS.findIndex(([limit]) => ms < limit);
        counts[index === -1 ? counts.length - 1 : index] += 1;
    }
    return BUCKET_LIMITS_MS.map(([, label], i) => ({ label, count: counts[i] }));
}
function histogramSvg(buckets) {
    const width = 640;
    const height = 200;
    const top = 20;
    const bottom = 30;
    const slot = width / buckets.length;
    const max = Math.max(1, ...buckets.map((b) => b.count));
    const bars = buckets.map((bucket, i) => {
        const h = bucket.count === 0 ? 0 : Math.max(2, (bucket.count / max) * (height - top - bottom));
        const x = i * slot + slot * 0.12;
        const y = height - bottom - h;
        const label = `${bucket.label}: ${formatCount(bucket.count)} tests`;
        return (`<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${(slot * 0.76).toFixed(1)}" height="${h.toFixed(1)}" fill="#0969da"><title>${escapeHtml(label)}</title></rect>` +
            `<text x="${(x + slot * 0.38).toFixed(1)}" y="${(y - 5).toFixed(1)}" text-anchor="middle" class="chart-value">${formatCount(bucket.count)}</text>` +
            `<text x="${(x + slot * 0.38).toFixed(1)}" y="${height - 10}" text-anchor="middle" class="chart-axis">${escapeHtml(bucket.label)}</text>`);
    });
    const axis = `<line x1="0" y1="${height - bottom}" x2="${width}" y2="${height - bottom}" stroke="#8c959f"/>`;
    return `<svg class="chart" viewBox="0 0 ${width} ${height}" role="img" aria-label="Test durations">${axis}${bars.join('')}</svg>`;
}
/** A line over the history's runs, left to right in the order given; null values break the line. */
function trendSvg(history, series) {
    const width = 640;
    const height = 180;
    const left = 64;
    const right = 12;
    const top = 14;
    const bottom = 28;
    const present = series.values.filter((v) => v !== null && Number.isFinite(v));
    const high = series.ceiling ?? Math.max(1, ...present);
    const low = series.ceiling !== undefined && present.length > 0
        ? Math.max(0, Math.floor(Math.min(...present) / 10) * 10 - 10)
        : 0;
    const span = Math.max(high - low, 1e-9);
    const step = history.length > 1 ? (width - left - right) / (history.length - 1) : 0;
    const xOf = (i) => (history.length > 1 ? left + i * step : (left + width - right) / 2);
    const yOf = (v) => top + (1 - (v - low) / span) * (height - top - bottom);
    let path = '';
    let penDown = false;
    const dots = [];
    series.values.forEach((value, i) => {
        if (value === null || !Number.isFinite(value)) {
            penDown = false;
            return;
        }
        const x = xOf(i).toFixed(1);
        const y = yOf(value).toFixed(1);
        path += `${penDown ? 'L' : 'M'}${x} ${y} `;
        penDown = true;
        const point = history[i];
        const tip = `${point.runId} (${point.at}): ${series.format(value)}`;
        dots.push(`<circle cx="${x}" cy="${y}" r="3.5" fill="${series.colour}"><title>${escapeHtml(tip)}</title></circle>`);
    });
    const grid = [low, (low + high) / 2, high]
        .map((v) => {
        const y = yOf(v).toFixed(1);
        return `<line x1="${left}" y1="${y}" x2="${width - right}" y2="${y}" stroke="#d0d7de"/><text x="${left - 6}" y="${y}" dy="4" text-anchor="end" class="chart-axis">${escapeHtml(series.format(v))}</text>`;
    })
        .join('');
    const first = history[0];
    const last = history[history.length - 1];
    const xLabels = first && last
        ? `<text x="${left}" y="${height - 8}" class="chart-axis">${escapeHtml(first.at.slice(0, 10))}</text>` +
            `<text x="${width - right}" y="${height - 8}" text-anchor="end" class="chart-axis">${escapeHtml(last.at.slice(0, 10))}</text>`
        : '';
    const line = path ? `<path d="${path.trim()}" fill="none" stroke="${series.colour}" stroke-width="2"/>` : '';
    return `<svg class="chart" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(series.label)}">${grid}${xLabels}${line}${dots.join('')}</svg>`;
}
function passRateTrendSvg(history) {
    return trendSvg(history, {
        label: 'Pass rate over recent runs',
        values: history.map((h) => h.passRate),
        format: (v) => `${Math.round(v * 10) / 10} %`,
        colour: '#2da44e',
        ceiling: 100,
    });
}
function durationTrendSvg(history) {
    return trendSvg(history, {
        label: 'Duration over recent runs',
        values: history.map((h) => h.durationMs),
        format: format_formatDuration,
        colour: '#0969da',
    });
}

;// CONCATENATED MODULE: ./packages/core/src/render/html/section-history.ts



function trendSection(history) {
    if (!history || history.length === 0)
        return '';
    return `<section class="charts" id="trend">
<div class="card"><h2>Pass rate, last ${formatCount(history.length)} runs</h2>${passRateTrendSvg(history)}</div>
<div class="card"><h2>Duration, last ${formatCount(history.length)} runs</h2>${durationTrendSvg(history)}</div>
</section>`;
}
function idList(title, key, ids, testsById, paths, limit) {
    if (ids.length === 0)
        return '';
    const items = ids
        .slice(0, limit)
        .map((id) => {
        const test = testsById.get(id);
        // Removed tests are not in this run: the id is all there is.
        return test
            ? `<li><span class="test-name">${escapeHtml(test.name)}</span> <span class="muted">${escapeHtml(test.suite)}</span></li>`
            : `<li><code>${escapeHtml(paths.text(id))}</code></li>`;
    })
        .join('');
    const more = ids.length - limit;
    return `<div class="comparison-list" data-list="${key}"><h3>${title} (${formatCount(ids.length)})</h3><ul>${items}</ul>${more > 0 ? `<p class="muted">…and ${formatCount(more)} more.</p>` : ''}</div>`;
}
function comparisonSection(comparison, testsById, paths, limit = 100) {
    if (!comparison)
        return '';
    const rate = comparison.passRateDelta === null
        ? 'pass rate not comparable'
        : `pass rate ${formatSigned(comparison.passRateDelta, ' pp')}`;
    const delta = comparison.durationDeltaMs;
    const duration = delta === null ? 'duration not comparable' : `duration ${delta >= 0 ? '+' : '−'}${format_formatDuration(Math.abs(delta))}`;
    const lists = [
        idList('New failures', 'new-failures', comparison.newFailures, testsById, paths, limit),
        idList('Fixed', 'fixed', comparison.fixed, testsById, paths, limit),
        idList('New tests', 'new-tests', comparison.newTests, testsById, paths, limit),
        idList('Removed tests', 'removed-tests', comparison.removedTests, testsById, paths, limit),
    ].join('');
    return `<section class="card" id="comparison"><h2>Compared with ${escapeHtml(comparison.baseLabel)}</h2>
<p class="comparison-summary">${escapeHtml(rate)} · ${escapeHtml(duration)}</p>${lists || '<p class="muted">Same tests, same outcomes.</p>'}</section>`;
}

;// CONCATENATED MODULE: ./packages/core/src/render/html/section-summary.ts




function verdictOf(metrics) {
    if (metrics.total === 0)
        return 'no-tests';
    return metrics.failed + metrics.errored > 0 ? 'failed' : 'passed';
}
const VERDICT_TEXT = { passed: 'Passed', failed: 'Failed', 'no-tests': 'No tests' };
function commitLine(repositoryUrl, commitSha) {
    if (!commitSha)
        return '';
    const repo = safeHttpUrl(repositoryUrl);
    const short = escapeHtml(commitSha.slice(0, 12));
    if (!repo || !/^[0-9a-f]{7,64}$/i.test(commitSha))
        return ` · commit <code>${short}</code>`;
    return ` · commit <a href="${escapeHtml(`${repo}/commit/${commitSha}`)}" rel="noopener noreferrer" target="_blank"><code>${short}</code></a>`;
}
/** The header: verdict, pass rate, counts, durations. */
function verdictHeader(title, metrics, generatedAt, repositoryUrl, commitSha) {
    const verdict = verdictOf(metrics);
    const failing = metrics.failed + metrics.errored;
    const stats = [
        ['total', 'Total', formatCount(metrics.total)],
        ['passed', 'Passed', formatCount(metrics.passed)],
        ['failed', 'Failed', formatCount(metrics.failed)],
        ['errored', 'Errored', formatCount(metrics.errored)],
        ['flaky', 'Flaky', formatCount(metrics.flaky)],
        ['skipped', 'Skipped', formatCount(metrics.skipped)],
    ];
    const statHtml = stats
        .map(([key, label, value]) => `<div class="stat stat-${key}" data-stat="${key}"><span class="stat-value">${value}</span><span class="stat-label">${label}</span></div>`)
        .join('');
    const reason = verdict === 'failed'
        ? `${formatCount(failing)} of ${formatCount(metrics.total)} tests failed`
        : verdict === 'passed'
            ? metrics.flaky > 0
                ? `all tests passed, ${formatCount(metrics.flaky)} only on retry`
                : 'all tests passed'
            : 'no test results were found';
    return `<header class="verdict verdict-${verdict}">
<h1>${escapeHtml(title)}</h1>
<p class="verdict-line"><span class="verdict-badge" id="verdict">${VERDICT_TEXT[verdict]}</span> <span class="pass-rate">Pass rate <strong id="pass-rate">${formatPercent(metrics.passRate)}</strong></span> <span class="verdict-reason">${reason}</span></p>
<div class="stats" id="totals">${statHtml}</div>
<p class="meta">Duration ${format_formatDuration(metrics.durationMs.wall)} (wall clock) · ${format_formatDuration(metrics.durationMs.cpu)} summed over tests · generated ${escapeHtml(generatedAt)}${commitLine(repositoryUrl, commitSha)}</p>
</header>`;
}
/** Status chart and duration histogram, side by side. */
function chartsSection(metrics, tests) {
    const legend = STATUS_ORDER.map((status) => `<li><span class="swatch" data-colour="${status}"></span>${status} <strong>${formatCount(metrics[status])}</strong></li>`).join('');
    const ran = tests.filter((t) => t.status !== 'skipped').map((t) => t.durationMs);
    return `<section class="charts">
<div class="card"><h2>Results</h2>${statusBarSvg(metrics)}<ul class="legend">${legend}</ul></div>
<div class="card"><h2>Duration of tests</h2>${histogramSvg(durationBuckets(ran))}</div>
</section>`;
}
/** CSS rules for the status swatches, so the page needs no inline style attributes. */
function statusSwatchCss() {
    return STATUS_ORDER.map((s) => `.swatch[data-colour="${s}"],.badge-${s}{background:${STATUS_COLOURS[s]}}`).join('\n');
}

;// CONCATENATED MODULE: ./packages/core/src/render/html/section-tests.ts





const CATEGORY_TITLES = {
    environment: 'Environment',
    data: 'Test data',
    timeout: 'Timeout',
    'test-logic': 'Test logic',
    unknown: 'Unknown',
};
function firstLine(text, max = 300) {
    const line = (text ?? '').split('\n', 1)[0].trim();
    return line.length > max ? `${line.slice(0, max)}…` : line;
}
function failureMessage(test, paths) {
    for (let i = test.attempts.length - 1; i >= 0; i--) {
        const failure = test.attempts[i].failure;
        if (failure?.message || failure?.type)
            return firstLine(paths.text(failure.message || failure.type || ''));
    }
    return '';
}
function statusBadge(status) {
    return `<span class="badge badge-${escapeHtml(status)}">${escapeHtml(status)}</span>`;
}
/** The "new" marker: failing now, not failing (or absent) in the base run. */
function newBadge(baseLabel) {
    const title = baseLabel ? ` title="${escapeHtml(`New failure since ${baseLabel}`)}"` : '';
    return `<span class="badge badge-new"${title}>new</span>`;
}
/** A test's place in the repository, relative to it, as a link or code. */
function placeReference(test, context) {
    const place = placeOf(test);
    return fileReference(context.linkBase, context.paths.optionalFile(place.file), place.line);
}
/** Failing tests grouped by failure category, new failures first, each group with what to do about it. */
function failuresSection(metrics, testsById, context) {
    const { paths, newFailures } = context;
    let newCount = 0;
    const groups = FAILURE_CATEGORIES.filter((c) => metrics.categories[c].count > 0).map((category) => {
        const entry = metrics.categories[category];
        const ids = [...entry.tests].sort((a, b) => Number(newFailures.has(b)) - Number(newFailures.has(a)));
        const items = ids.map((id) => {
            const test = testsById.get(id);
            const marker = newFailures.has(id) ? `${newBadge(context.baseLabel)} ` : '';
            if (marker)
                newCount += 1;
            if (!test)
                return `<li>${marker}<code>${escapeHtml(paths.text(id))}</code></li>`;
            const message = failureMessage(test, paths);
            return `<li>${marker}${statusBadge(test.status)} <span class="test-name">${escapeHtml(test.name)}</span> <span class="muted">${escapeHtml(test.suite)}</span> ${placeReference(test, context)}${message ? `<div class="failure-message">${escapeHtml(message)}</div>` : ''}</li>`;
        });
        const more = entry.count - entry.tests.length;
        const flaky = entry.flaky > 0 ? ` (+${formatCount(entry.flaky)} flaky)` : '';
        return `<div class="category category-${category}" data-category="${category}">
<h3>${CATEGORY_TITLES[category]} <span class="count">${formatCount(entry.count)} failing${flaky}</span></h3>
<p class="recommendation">${escapeHtml(entry.recommendation)}</p>
<ul class="failure-list">${items.join('')}</ul>${more > 0 ? `<p class="muted">…and ${formatCount(more)} more: filter the table below by status.</p>` : ''}
</div>`;
    });
    if (groups.length === 0)
        return '';
    const since = newCount > 0 && context.baseLabel
        ? ` <span class="muted">${formatCount(newCount)} new since ${escapeHtml(context.baseLabel)}</span>`
        : '';
    return `<section class="card" id="failures"><h2>Failures by category${since}</h2>${groups.join('\n')}</section>`;
}
function flakySection(metrics, limit = 50) {
    if (metrics.flakyTests.length === 0)
        return '';
    const rows = metrics.flakyTests
        .slice(0, limit)
        .map((t) => `<tr><td class="test-name">${escapeHtml(t.name)}</td><td>${escapeHtml(t.suite)}</td><td class="num">${t.failedAttempts} of ${t.attempts}</td><td>${escapeHtml(t.category ?? '')}</td></tr>`)
        .join('');
    const more = metrics.flakyTests.length - limit;
    return `<section class="card" id="flaky"><h2>Flaky tests (${formatCount(metrics.flakyTests.length)})</h2>
<table class="static"><thead><tr><th>Test</th><th>Suite</th><th>Failed attempts</th><th>Category</th></tr></thead><tbody>${rows}</tbody></table>${more > 0 ? `<p class="muted">…and ${formatCount(more)} more.</p>` : ''}</section>`;
}
/** The slowest tests; the File column says where each test is (its located place, else its report's file). */
function slowestSection(slowest, testsById, context) {
    if (slowest.length === 0)
        return '';
    const rows = slowest
        .map((t) => `<tr><td class="test-name">${escapeHtml(t.name)}</td><td>${escapeHtml(t.suite)}</td><td>${placeReference(testsById.get(t.id) ?? t, context)}</td><td>${statusBadge(t.status)}</td><td class="num">${format_formatDuration(t.durationMs)}</td></tr>`)
        .join('');
    return `<section class="card" id="slowest"><h2>Slowest tests</h2>
<table class="static"><thead><tr><th>Test</th><th>Suite</th><th>File</th><th>Status</th><th class="num">Duration</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}
/**
 * Report files that could not be read fully, and notes such as repeated names: results may be missing.
 * A collapsed card at the bottom of the page: worth knowing, rarely what a reader came for.
 */
function ingestProblemsSection(metrics, paths, limit = 100) {
    const problems = [...metrics.files.flatMap((f) => f.errors), ...metrics.duplicates];
    if (problems.length === 0)
        return '';
    const items = problems
        .slice(0, limit)
        .map((e) => {
        const path = paths.file(e.path);
        const where = e.line !== undefined ? `${path}:${e.line}${e.column !== undefined ? `:${e.column}` : ''}` : path;
        return `<li><code>${escapeHtml(where)}</code> <span class="badge badge-errored">${escapeHtml(e.kind)}</span> ${escapeHtml(paths.text(e.message))}</li>`;
    })
        .join('');
    const more = problems.length - limit;
    return `<details class="card warning" id="ingest-problems"><summary><h2>Problems reading the reports (${formatCount(problems.length)})</h2></summary>
<p>Some results may be missing or counted once where a report listed them twice.</p><ul>${items}</ul>${more > 0 ? `<p class="muted">…and ${formatCount(more)} more.</p>` : ''}</details>`;
}

;// CONCATENATED MODULE: ./packages/core/src/render/html/styles.ts

const BASE_CSS = `
:root{color-scheme:light;--fg:#1f2328;--muted:#59636e;--line:#d0d7de;--bg:#f6f8fa;--card:#fff;--accent:#0969da}
*{box-sizing:border-box}
body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:var(--fg);background:var(--bg)}
main{max-width:1280px;margin:0 auto;padding:16px}
h1{font-size:22px;margin:0 0 6px}h2{font-size:16px;margin:0 0 10px}h3{font-size:14px;margin:12px 0 4px}
code,pre{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12px}
pre{white-space:pre-wrap;word-break:break-word;overflow-wrap:anywhere;background:var(--bg);border:1px solid var(--line);border-radius:6px;padding:8px;max-height:360px;overflow:auto;margin:4px 0}
a{color:var(--accent)}
h1,h2,h3,h4,p,li,td,th,dt,dd,summary,code,.test-name{overflow-wrap:anywhere}
.card{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:14px 16px;margin:12px 0}
.verdict{background:var(--card);border:1px solid var(--line);border-left:8px solid #6e7781;border-radius:8px;padding:14px 16px}
.verdict-passed{border-left-color:#2da44e}.verdict-failed{border-left-color:#cf222e}
.verdict-badge{display:inline-block;font-weight:700;color:#fff;background:#6e7781;border-radius:12px;padding:2px 12px}
.verdict-passed .verdict-badge{background:#2da44e}.verdict-failed .verdict-badge{background:#cf222e}
.verdict-line span{margin-right:10px}.verdict-reason,.meta,.muted{color:var(--muted)}
.stats{display:flex;flex-wrap:wrap;gap:8px;margin:8px 0}
.stat{min-width:100px;border:1px solid var(--line);border-radius:6px;padding:6px 10px;display:flex;flex-direction:column}
.stat-value{font-size:20px;font-weight:700}.stat-label{color:var(--muted);font-size:12px}
.stat-failed .stat-value{color:#cf222e}.stat-errored .stat-value{color:#bc4c00}.stat-flaky .stat-value{color:#9a6700}.stat-passed .stat-value{color:#1a7f37}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(380px,1fr));gap:12px}
.charts .card{margin:0}.charts{margin:12px 0}
svg.status-bar{width:100%;height:36px;display:block;border-radius:4px}
svg.chart{width:100%;height:auto;display:block}
.chart-axis{font-size:11px;fill:#59636e}.chart-value{font-size:11px;fill:#1f2328}
.legend{list-style:none;padding:0;margin:8px 0 0;display:flex;flex-wrap:wrap;gap:12px}
.swatch{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:4px}
.badge{display:inline-block;color:#fff;border-radius:10px;padding:0 8px;font-size:11px;line-height:18px}
table.static{width:100%;border-collapse:collapse}
table.static th,table.static td{text-align:left;border-bottom:1px solid var(--line);padding:4px 6px;vertical-align:top}
.num{text-align:right;font-variant-numeric:tabular-nums}
.test-name{font-weight:600;word-break:break-word}
.recommendation{background:#ddf4ff;border-radius:6px;padding:6px 10px;margin:4px 0 8px}
.failure-list{padding-left:18px}.failure-list li{margin:4px 0}
.failure-message{font-family:ui-monospace,monospace;font-size:12px;color:#cf222e;word-break:break-word}
.warning{border-color:#d4a72c;background:#fff8c5}
details.card>summary{cursor:pointer}details.card>summary h2{display:inline;margin:0}
details.card[open]>summary{margin-bottom:8px}
.badge-new{background:#fff;color:#cf222e;border:1px solid #cf222e;font-weight:600;line-height:16px;margin-right:4px}
h2 .muted{font-weight:400;font-size:13px;margin-left:6px}
.comparison-list ul{margin:2px 0 8px}
.controls{display:flex;flex-wrap:wrap;gap:12px;align-items:center;margin-bottom:8px}
.controls input[type=search]{flex:1 1 260px;padding:6px 10px;border:1px solid var(--line);border-radius:6px;font:inherit}
#status-filter{border:0;padding:0;margin:0;display:flex;gap:10px;flex-wrap:wrap}
#status-filter legend{float:left;margin-right:6px;color:var(--muted)}
.grid{border:1px solid var(--line);border-radius:6px;overflow:hidden}
.grid-head,.row{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr) 90px 110px;gap:8px;padding:0 10px;align-items:center}
.grid-head{background:var(--bg);border-bottom:1px solid var(--line);height:34px}
.grid-head button{all:unset;cursor:pointer;font-weight:600}
.grid-head [aria-sort=ascending] button::after{content:" ▲"}.grid-head [aria-sort=descending] button::after{content:" ▼"}
.grid-head .num{text-align:right}
.viewport{max-height:480px;overflow-y:auto;position:relative}
#rows{position:absolute;top:0;left:0;right:0}
.row{height:30px;border-bottom:1px solid #eaeef2;cursor:pointer}
.row:hover{background:#f6f8fa}.row.selected{background:#ddf4ff}.row:focus{outline:2px solid var(--accent);outline-offset:-2px}
.row.empty{display:block;line-height:30px;color:var(--muted);cursor:default}
.row>div{overflow:hidden;white-space:nowrap;text-overflow:ellipsis}
.c-name-cell{display:flex;align-items:center;gap:2px}.c-name-cell .badge{flex:none}
.c-name{font-weight:500;min-width:0;overflow:hidden;white-space:nowrap;text-overflow:ellipsis}.c-suite{color:var(--muted)}
#detail{margin-top:12px;border-top:2px solid var(--accent);padding-top:8px}
.detail-head{display:flex;justify-content:space-between;gap:12px;align-items:start}
.detail-title{display:flex;align-items:baseline;gap:2px;min-width:0}.detail-title .badge{flex:none}
.detail-name{word-break:break-word;margin:4px 0;min-width:0}
#detail dl{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:2px 12px;margin:6px 0}
#detail dt{color:var(--muted)}#detail dd{margin:0;word-break:break-word}
.attempt{border:1px solid var(--line);border-radius:6px;padding:6px 10px;margin:8px 0}
.attempt h4{margin:2px 0 4px;font-size:13px}
pre.message{color:#82071e;background:#ffebe9;border-color:#ffcecb}
button.close{font:inherit;padding:2px 10px;border:1px solid var(--line);border-radius:6px;background:var(--bg);cursor:pointer}
`;
/** The page's whole stylesheet; it goes into one `<style>` element, hashed into the CSP. */
function reportCss() {
    return `${BASE_CSS}${statusSwatchCss()}\n`;
}

;// CONCATENATED MODULE: ./packages/core/src/render/html/table-section.ts



/** The shell of the all-tests table; the client script fills the rows from the JSON payload. */
function allTestsSection(metrics) {
    const boxes = STATUS_ORDER.map((status) => `<label><input type="checkbox" value="${STATUS_CODES[status]}" data-status="${status}" checked> ${status} (${formatCount(metrics[status])})</label>`).join('');
    const header = (key, label, extra = '') => `<div role="columnheader" aria-sort="${key === 'status' ? 'ascending' : 'none'}"${extra}><button type="button" data-sort="${key}">${label}</button></div>`;
    return `<section class="card" id="all-tests"><h2>All tests</h2>
<div class="controls">
<input type="search" id="search" placeholder="Search by test name, suite, file or failure message" aria-label="Search tests" autocomplete="off">
<fieldset id="status-filter"><legend>Status</legend>${boxes}</fieldset>
<span id="result-count" aria-live="polite"></span>
</div>
<div class="grid" role="table" aria-label="All tests">
<div class="grid-head" role="row">${header('name', 'Name')}${header('suite', 'Suite')}${header('status', 'Status')}${header('duration', 'Duration', ' class="num"')}</div>
<div class="viewport" id="viewport"><div id="spacer"></div><div id="rows" role="rowgroup"></div></div>
</div>
<noscript><p>The test table needs JavaScript; the sections above list the failures and the slowest tests.</p></noscript>
<section id="detail" aria-live="polite" hidden></section>
</section>`;
}

;// CONCATENATED MODULE: ./packages/core/src/render/html/section-shards.ts




/** Each shard's predicted and actual clock time, slowest first; only when the shards' shard.json were read. */
function shardsSection(metrics) {
    const shards = [...(metrics.shards ?? [])].sort((a, b) => b.actualMs - a.actualMs);
    if (shards.length === 0)
        return '';
    const span = makespans(shards);
    const predicted = span.predictedMs === undefined ? '' : `, predicted ${format_formatDuration(span.predictedMs)}`;
    const rows = shards
        .map((shard) => `<tr><td>${escapeHtml(shard.shard)}</td><td>${escapeHtml(shard.suite)}</td><td class="num">${shard.predictedMs === undefined ? '–' : format_formatDuration(shard.predictedMs)}</td><td class="num">${format_formatDuration(shard.actualMs)}</td><td class="num">${formatPredictionRatio(shard)}</td><td class="num">${formatCount(shard.attempts)}</td></tr>`)
        .join('');
    return `<section class="card" id="shards"><h2>Shards: predicted and actual</h2>
<p>Slowest shard ${format_formatDuration(span.actualMs)}${predicted}. The run's duration is clock time from the first shard's start to the last shard's end; retries are not predicted.</p>
<table class="static"><thead><tr><th>Shard</th><th>Suite</th><th class="num">Predicted</th><th class="num">Actual</th><th class="num">Actual ÷ predicted</th><th class="num">Attempts</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}

;// CONCATENATED MODULE: ./packages/core/src/render/html/render-report.ts












function sha256Source(text) {
    return `'sha256-${(0,external_node_crypto_.createHash)('sha256').update(text, 'utf8').digest('base64')}'`;
}
/**
 * Nothing may load: no connect, font, image (bar data: URIs), frame or form target. The one
 * style and one script element are allowed by hash, so an injected element could not run.
 */
function contentSecurityPolicy(css, script) {
    return [
        "default-src 'none'",
        `style-src ${sha256Source(css)}`,
        `script-src ${sha256Source(script)}`,
        'img-src data:',
        "base-uri 'none'",
        "form-action 'none'",
    ].join('; ');
}
/** Renders the whole report as one self-contained HTML page that makes no network request. */
function renderHtmlReport(input, limits = DEFAULT_PAYLOAD_LIMITS) {
    const { run, metrics } = input;
    const linkBase = fileLinkBase(input.repositoryUrl, input.commitSha);
    const testsById = new Map(run.tests.map((test) => [test.id, test]));
    const css = reportCss();
    const paths = pathView(input.roots);
    const newFailures = new Set(input.baseComparison?.newFailures ?? []);
    const baseLabel = input.baseComparison?.baseLabel;
    const context = { linkBase, paths, newFailures, baseLabel };
    const payload = jsonForScriptBlock(buildReportPayload(run.tests, linkBase, limits, { newFailures, baseLabel, roots: input.roots }));
    // What a reader came for first (what failed, what is new), then the overview, then everything;
    // notes about reading the report files last, collapsed.
    const body = [
        verdictHeader(input.title, metrics, input.generatedAt, input.repositoryUrl, input.commitSha),
        failuresSection(metrics, testsById, context),
        comparisonSection(input.baseComparison, testsById, paths),
        chartsSection(metrics, run.tests),
        trendSection(input.history),
        flakySection(metrics),
        slowestSection(metrics.slowest, testsById, context),
        shardsSection(metrics),
        allTestsSection(metrics),
        ingestProblemsSection(metrics, paths),
    ]
        .filter(Boolean)
        .join('\n');
    return `<!DOCTYPE html>
<html lang="en" data-verdict="${verdictOf(metrics)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(css, CLIENT_SCRIPT))}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(input.title)}</title>
<style>${css}</style>
</head>
<body>
<main>
${body}
</main>
<script type="application/json" id="report-data">${payload}</script>
<script>${CLIENT_SCRIPT}</script>
</body>
</html>
`;
}

;// CONCATENATED MODULE: ./packages/core/src/render/html/index.ts




;// CONCATENATED MODULE: ./packages/core/src/timings/suite-overhead.ts
function fit(samples) {
    const n = samples.length;
    const meanFiles = samples.reduce((sum, s) => sum + s.files, 0) / n;
    const meanGap = samples.reduce((sum, s) => sum + s.gapMs, 0) / n;
    let covariance = 0;
    let variance = 0;
    for (const s of samples) {
        covariance += (s.files - meanFiles) * (s.gapMs - meanGap);
        variance += (s.files - meanFiles) ** 2;
    }
    if (variance > 0) {
        const perFileMs = Math.max(0, covariance / variance);
        return { shardStartMs: Math.max(0, meanGap - perFileMs * meanFiles), perFileMs };
    }
    if (meanFiles >= 2)
        return { shardStartMs: 0, perFileMs: meanGap / meanFiles };
    return { shardStartMs: meanGap, perFileMs: 0 };
}
/** This run's overheads by suite; shards that ran no test teach nothing and are left out. */
function measureSuiteOverheads(records) {
    const bySuite = new Map();
    for (const record of records) {
        if (record.units === 0 || record.firstAttempt.durationMs === 0)
            continue;
        const gapMs = Math.max(0, record.firstAttempt.durationMs - record.firstAttempt.testsMs);
        const samples = bySuite.get(record.suite) ?? [];
        samples.push({ files: Math.max(1, record.files), gapMs });
        bySuite.set(record.suite, samples);
    }
    return new Map([...bySuite].map(([suite, samples]) => [suite, fit(samples)]));
}
/** Round to the millisecond, as every duration in timings.json. */
const ms = (value) => Math.round(value);
/** Merges this run's overheads into the previous ones by moving average (`average`). */
function mergeSuiteOverheads(previous, measured, average) {
    if (!previous && measured.size === 0)
        return undefined;
    const merged = { ...previous };
    for (const [suite, now] of measured) {
        const before = previous?.[suite];
        merged[suite] = {
            shardStartMs: ms(average(before?.shardStartMs, now.shardStartMs)),
            perFileMs: ms(average(before?.perFileMs, now.perFileMs)),
            samples: (before?.samples ?? 0) + 1,
        };
    }
    return merged;
}

;// CONCATENATED MODULE: ./packages/core/src/timings/build-timings.ts


/** new = alpha × this run + (1 − alpha) × previous, so one noisy run does not swing the plan. */
function movingAverage(previous, current, alpha) {
    if (previous === undefined)
        return roundMs(current);
    return roundMs(alpha * current + (1 - alpha) * previous);
}
function roundMs(value) {
    return Math.round(value * 1000) / 1000;
}
function finalAttemptDuration(test) {
    return test.attempts.at(-1)?.durationMs ?? test.durationMs;
}
function isTimed(test) {
    return test.status !== 'skipped';
}
function sumFileDurations(tests) {
    const files = new Map();
    for (const test of tests) {
        if (!test.file)
            continue;
        const entry = files.get(test.file) ?? { durationMs: 0, tests: 0 };
        entry.durationMs += finalAttemptDuration(test);
        entry.tests += 1;
        files.set(test.file, entry);
    }
    return files;
}
/** Keeps entries that were seen recently enough, in key order (UTF-16, as `<`) for stable diffs. */
function keepRecent(entries, runs, keepUnseenRuns) {
    const keys = [...entries.keys()].filter((key) => runs - entries.get(key).lastSeen < keepUnseenRuns);
    keys.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const kept = {};
    for (const key of keys)
        kept[key] = entries.get(key);
    return kept;
}
function validateOptions(alpha, keepUnseenRuns) {
    if (!(alpha > 0 && alpha <= 1))
        throw new RangeError(`Timings alpha must be in (0, 1], got ${alpha}.`);
    if (!Number.isInteger(keepUnseenRuns) || keepUnseenRuns < 1) {
        throw new RangeError(`Timings keepUnseenRuns must be a positive integer, got ${keepUnseenRuns}.`);
    }
}
/** Turns this run's durations into timings.json, merged with the previous file by moving average. */
function buildTimings(run, previous, options) {
    const alpha = options.alpha ?? DEFAULT_TIMINGS_ALPHA;
    const keepUnseenRuns = options.keepUnseenRuns ?? DEFAULT_KEEP_UNSEEN_RUNS;
    validateOptions(alpha, keepUnseenRuns);
    const runs = (previous?.runs ?? 0) + 1;
    const timed = run.tests.filter(isTimed);
    // Maps while merging: objects with hundreds of thousands of keys are slow to grow.
    const tests = new Map(Object.entries(previous?.tests ?? {}));
    for (const test of timed) {
        const before = tests.get(test.id);
        tests.set(test.id, {
            ...(test.file ? { file: test.file } : {}),
            suite: test.suite,
            durationMs: movingAverage(before?.durationMs, finalAttemptDuration(test), alpha),
            samples: (before?.samples ?? 0) + 1,
            lastSeen: runs,
        });
    }
    const files = new Map(Object.entries(previous?.files ?? {}));
    for (const [file, current] of sumFileDurations(timed)) {
        const before = files.get(file);
        files.set(file, {
            durationMs: movingAverage(before?.durationMs, roundMs(current.durationMs), alpha),
            tests: current.tests,
            samples: (before?.samples ?? 0) + 1,
            lastSeen: runs,
        });
    }
    const shardOverheadMs = options.shardOverheadMs === undefined
        ? previous?.shardOverheadMs
        : movingAverage(previous?.shardOverheadMs, options.shardOverheadMs, alpha);
    const suites = mergeSuiteOverheads(previous?.suites, measureSuiteOverheads(options.shards ?? []), (before, current) => movingAverage(before, current, alpha));
    return {
        schemaVersion: 1,
        updatedAt: options.now.toISOString(),
        runs,
        tests: keepRecent(tests, runs, keepUnseenRuns),
        files: keepRecent(files, runs, keepUnseenRuns),
        ...(shardOverheadMs === undefined ? {} : { shardOverheadMs }),
        ...(suites === undefined ? {} : { suites }),
    };
}

;// CONCATENATED MODULE: ./packages/core/src/timings/timings-format-error.ts

/** A timings file that cannot be read; the message names the file and the bad key. */
class TimingsFormatError extends user_error/* UserError */.yo {
    source;
    key;
    name = 'TimingsFormatError';
    constructor(source, key, problem) {
        super(`Timings file ${source}: ${key ? `"${key}" ` : ''}${problem}`, { kind: 'config' });
        this.source = source;
        this.key = key;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/timings/pytest-split.ts

/** pytest-split's `.test_durations`: `{ "<node id>": seconds }`. */
function isPytestSplitDurations(json) {
    const values = Object.values(json);
    return values.length > 0 && !('schemaVersion' in json) && values.every((value) => typeof value === 'number');
}
/**
 * Converts pytest-split durations so a project can start from the timings it already has.
 * Keys stay pytest node ids; the file is the part before the first "::".
 */
function fromPytestSplitDurations(json, source) {
    const tests = {};
    const files = {};
    for (const nodeId of Object.keys(json).sort()) {
        const seconds = json[nodeId];
        if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 0) {
            throw new TimingsFormatError(source, nodeId, 'must be a non-negative number of seconds');
        }
        const separator = nodeId.indexOf('::');
        const file = separator > 0 ? nodeId.slice(0, separator) : nodeId;
        const durationMs = Math.round(seconds * 1_000_000) / 1000;
        tests[nodeId] = { file, suite: file, durationMs, samples: 1, lastSeen: 1 };
        const entry = (files[file] ??= { durationMs: 0, tests: 0, samples: 1, lastSeen: 1 });
        entry.durationMs = Math.round((entry.durationMs + durationMs) * 1000) / 1000;
        entry.tests += 1;
    }
    return {
        schemaVersion: 1,
        // pytest-split records no time; the epoch says "unknown" without inventing one.
        updatedAt: new Date(0).toISOString(),
        runs: 1,
        tests,
        files,
        importedFrom: 'pytest-split',
    };
}

;// CONCATENATED MODULE: ./packages/core/src/timings/parse-timings.ts



function parse_timings_isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
class parse_timings_FieldReader {
    source;
    constructor(source) {
        this.source = source;
    }
    fail(key, problem) {
        throw new TimingsFormatError(this.source, key, problem);
    }
    object(value, key) {
        if (!parse_timings_isObject(value))
            this.fail(key, 'must be an object');
        return value;
    }
    count(value, key) {
        if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
            this.fail(key, 'must be a non-negative integer');
        }
        return value;
    }
    duration(value, key) {
        if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
            this.fail(key, 'must be a non-negative number of milliseconds');
        }
        return value;
    }
    string(value, key) {
        if (typeof value !== 'string')
            this.fail(key, 'must be a string');
        return value;
    }
}
function parse_timings_readTest(reader, value, key, runs) {
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
function readFile(reader, value, key, runs) {
    const entry = reader.object(value, key);
    return {
        durationMs: reader.duration(entry.durationMs, `${key}.durationMs`),
        tests: reader.count(entry.tests, `${key}.tests`),
        samples: reader.count(entry.samples, `${key}.samples`),
        lastSeen: entry.lastSeen === undefined ? runs : reader.count(entry.lastSeen, `${key}.lastSeen`),
    };
}
function readEntries(reader, value, key, readEntry) {
    const entries = reader.object(value, key);
    const result = {};
    for (const [name, entry] of Object.entries(entries))
        result[name] = readEntry(entry, `${key}["${name}"]`);
    return result;
}
function readTestpipeTimings(reader, json) {
    if (json.schemaVersion !== TIMINGS_SCHEMA_VERSION) {
        reader.fail('schemaVersion', `is ${JSON.stringify(json.schemaVersion)}; this version reads ${TIMINGS_SCHEMA_VERSION}`);
    }
    const updatedAt = reader.string(json.updatedAt, 'updatedAt');
    if (Number.isNaN(Date.parse(updatedAt)))
        reader.fail('updatedAt', 'must be an ISO 8601 time');
    const runs = reader.count(json.runs, 'runs');
    const timings = {
        schemaVersion: 1,
        updatedAt,
        runs,
        tests: readEntries(reader, json.tests, 'tests', (value, key) => parse_timings_readTest(reader, value, key, runs)),
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
    if (json.importedFrom === 'pytest-split')
        timings.importedFrom = 'pytest-split';
    return timings;
}
/**
 * Validates a timings.json read from disk or an artifact; also accepts pytest-split's
 * `.test_durations`. Throws TimingsFormatError naming `source` and the bad key.
 */
function parseTimings(json, source) {
    const reader = new parse_timings_FieldReader(source);
    const root = reader.object(json, '');
    if (isPytestSplitDurations(root))
        return fromPytestSplitDurations(root, source);
    return readTestpipeTimings(reader, root);
}

;// CONCATENATED MODULE: ./packages/core/src/timings/index.ts







;// CONCATENATED MODULE: ./packages/core/src/render/markdown/text.ts
/**
 * Size of text in the target's unit. Characters are counted as UTF-16 code units, which is never
 * fewer than the code points GitHub counts, so the measure errs on the safe side.
 */
function sizeOf(text, unit) {
    return unit === 'bytes' ? Buffer.byteLength(text, 'utf8') : text.length;
}
/** Shortens text to at most `max` code units without splitting a surrogate pair, marking the cut with `…`. */
function truncate(text, max) {
    if (text.length <= max)
        return text;
    let end = Math.max(0, max - 1);
    const code = text.charCodeAt(end - 1);
    if (code >= 0xd800 && code <= 0xdbff)
        end--;
    return `${text.slice(0, end)}…`;
}
/** Shortens text to at most `maxBytes` UTF-8 bytes, on a code point boundary, marking the cut with `…`. */
function truncateUtf8(text, maxBytes) {
    if (Buffer.byteLength(text, 'utf8') <= maxBytes)
        return text;
    const budget = Math.max(0, maxBytes - 3); // `…` is 3 bytes
    let bytes = 0;
    let end = 0;
    for (const char of text) {
        const charBytes = Buffer.byteLength(char, 'utf8');
        if (bytes + charBytes > budget)
            break;
        bytes += charBytes;
        end += char.length;
    }
    return `${text.slice(0, end)}…`;
}
/** The first line that has something on it, trimmed. */
function text_firstLine(text) {
    if (!text)
        return '';
    for (const line of text.split(/\r\n|[\r\n]/)) {
        const trimmed = line.trim();
        if (trimmed)
            return trimmed;
    }
    return '';
}

;// CONCATENATED MODULE: ./packages/core/src/render/markdown/failures.ts


/** Failed and errored tests in run order (the run is sorted by id, so the order is stable). */
function failingTests(run) {
    return run.tests.filter((test) => isFailing(test.status));
}
/** The failure of the last failing attempt: what made the test fail, or for a flaky test what failed before the pass. */
function lastFailure(test) {
    return test.attempts.findLast((a) => isFailing(a.status) && a.failure)?.failure;
}
function hasFailureText(test) {
    const failure = lastFailure(test);
    return Boolean(failure?.message?.trim() || failure?.type || failure?.body?.trim());
}
/** One line saying why the test failed: the message's first line, else the type, else the body's first line. */
function failureHeadline(test, max) {
    const failure = lastFailure(test);
    const line = text_firstLine(failure?.message) || failure?.type || text_firstLine(failure?.body);
    return truncate(line ?? '', max);
}
/**
 * True when the body already begins with the message, or with `ExceptionType: message` (a Java, .NET
 * or Python stack trace's first line), so showing the message above it would say it twice.
 */
function bodyRepeatsMessage(body, message, type) {
    if (!body)
        return false;
    if (!message)
        return Boolean(type) && body.startsWith(type);
    if (body.startsWith(message))
        return true;
    const prefix = /^([\w$.]+(?:\[\])?):[ \t]*/.exec(body);
    return Boolean(prefix && body.slice(prefix[0].length).startsWith(message));
}
/** Type, full message and stack/body of the failure, shortened to `max` characters; the message said once. */
function failureText(test, max) {
    const failure = lastFailure(test);
    if (!failure)
        return '';
    const message = failure.message?.trim() ?? '';
    const type = failure.type?.trim() ?? '';
    const head = type && !message.startsWith(type) ? (message ? `${type}: ${message}` : type) : message;
    const body = failure.body?.trim() ?? '';
    const text = bodyRepeatsMessage(body, message, type)
        ? body
        : [head, body && body !== message ? body : ''].filter(Boolean).join('\n\n');
    return text.length > max ? `${truncate(text, max)}\n(shortened)` : text;
}

;// CONCATENATED MODULE: ./packages/core/src/gate/exact-pass-rate.ts

/** The counts passRate is defined on (DESIGN "Counting tests"): (passed + flaky) of (total − skipped). */
function passingOfRan(counts) {
    return { passing: counts.passed + counts.flaky, ran: counts.total - counts.skipped };
}
/** `value` as the decimal it was written as, 99.9 → 999 / 10: exact, where binary floating point is not. */
function asDecimal(value) {
    const match = /^(\d+)(?:\.(\d+))?$/.exec(String(value));
    if (!match)
        return undefined;
    const decimals = match[2] ?? '';
    return { numerator: BigInt(match[1] + decimals), denominator: 10n ** BigInt(decimals.length) };
}
/** passing / ran × 100 < minPassRate, compared exactly in integers; false when no test ran. */
function isBelowMinPassRate(counts, minPassRate) {
    const { passing, ran } = passingOfRan(counts);
    if (ran <= 0)
        return false;
    const min = asDecimal(minPassRate);
    if (!min)
        return passing * 100 < minPassRate * ran;
    return BigInt(passing) * 100n * min.denominator < min.numerator * BigInt(ran);
}
/** The exact rate to six decimals, cut (never rounded), trailing zeros dropped, `…` when cut: 98.995 %. */
function exactPercent(passing, ran) {
    const micro = BigInt(passing) * 100000000n;
    const scaled = micro / BigInt(ran);
    const fraction = (scaled % 1000000n).toString().padStart(6, '0').replace(/0+$/, '').padEnd(2, '0');
    return `${scaled / 1000000n}.${fraction}${micro % BigInt(ran) === 0n ? '' : '…'} %`;
}
/**
 * The pass rate as shown (two decimals), or, when that figure would put it on the wrong side of
 * `minPassRate`, the exact rate with the counts and the shown figure: "98.995 % (19,799 of 20,000;
 * shown rounded as 99.00 %)".
 */
function describePassRate(counts, shown, minPassRate) {
    const { passing, ran } = passingOfRan(counts);
    if (shown === null || ran <= 0)
        return formatPercent(shown);
    const below = isBelowMinPassRate(counts, minPassRate);
    if (below === shown < minPassRate)
        return formatPercent(shown);
    return `${exactPercent(passing, ran)} (${formatCount(passing)} of ${formatCount(ran)}; shown rounded as ${formatPercent(shown)})`;
}

;// CONCATENATED MODULE: ./packages/core/src/render/markdown/section-parts.ts




// Caps on any one field from a report, so that a single row or heading stays small.
const MAX_NAME = 300;
const MAX_SUITE = 200;
const MAX_PATH = 300;
const MAX_HEADLINE = 200;
const MAX_DETAILS = 4000;
const MAX_REASON = 1000;
const MAX_LABEL = 200;
const MAX_ID = 400;
const MAX_READ_ERROR = 300;
/** The label of the base run when there is a comparison, else undefined. */
function baseLabelOf(ctx) {
    const comparison = ctx.input.comparison;
    return comparison && !('unavailable' in comparison) ? comparison.baseLabel || 'base' : undefined;
}
/** "see the full report", as a link when the report's URL is known. */
function seeFullReport(ctx) {
    return `see ${markdownLink('the full report', ctx.input.links?.reportUrl)}`;
}
function section_parts_text(value, max) {
    return escapeInline(truncate(value, max));
}
function cell(value, max) {
    return section_parts_text(value, max) || ' ';
}
/** After a table or list: a blank line ends it, then how many entries were left out. */
function moreLines(shown, total, what) {
    return shown < total ? ['', `_…and ${formatCount(total - shown)} more ${what}, not shown._`] : [];
}
function section_parts_location(ctx, file, line) {
    if (!file)
        return ' ';
    const path = truncate(repoRelativePath(file, [ctx.input.links?.workspace]), MAX_PATH);
    const label = codeSpan(line !== undefined ? `${path}:${line}` : path, true);
    return markdownLink(label, blobUrl(ctx.input.links?.blobBaseUrl, path, line));
}

;// CONCATENATED MODULE: ./packages/core/src/render/markdown/sections-overview.ts







/**
 * The verdict, said once: the heading names it, one line gives the counts and the gate's reason, and
 * the next links the full report of this run.
 */
function headlineSection(ctx) {
    const { reportName, status, metrics, gate } = ctx.input;
    const name = section_parts_text(reportName, MAX_LABEL) || 'Test report';
    const lines = [];
    const failing = metrics.failed + metrics.errored;
    const gateRule = `Pass rate ${describePassRate(metrics, metrics.passRate, gate.minPassRate)}; the gate requires at least ${formatPercent(gate.minPassRate)} and fails on ${codeSpan(truncate(gate.failOn, MAX_LABEL)) || 'nothing'}.`;
    // The gate's own reason starts by restating the pass rate against the minimum: only what it adds is kept.
    const extra = (gate.reason ?? '').replace(/^Pass rate .*?(?:\)\.|%\.)\s*/, '');
    const reason = extra ? section_parts_text(extra, MAX_REASON) : '';
    const verdictTail = reason ? `${gateRule} ${reason}` : gateRule;
    if (status === 'failed') {
        lines.push(`## ❌ ${name}: failed`);
        const newCount = ctx.newFailures.size;
        const base = baseLabelOf(ctx);
        const isNew = base !== undefined ? `, ${formatCount(newCount)} new against ${section_parts_text(base, MAX_LABEL)}` : '';
        lines.push(`**${formatCount(failing)} of ${plural(metrics.total, 'test', 'tests')} failed${isNew}.** ${verdictTail}`);
    }
    else if (status === 'passed') {
        lines.push(`## ${name}: passed`);
        const notes = [
            metrics.flaky ? `${formatCount(metrics.flaky)} flaky` : '',
            metrics.skipped ? `${formatCount(metrics.skipped)} skipped` : '',
        ]
            .filter(Boolean)
            .join(', ');
        // The totals table's words and numbers: passed does not include flaky.
        lines.push(`**${formatCount(metrics.passed)} passed${notes ? `, ${notes}` : ''} of ${plural(metrics.total, 'test', 'tests')}.** ${verdictTail}`);
    }
    else {
        lines.push(`## ${name}: no tests ran`);
        lines.push(`**No tests ran.**${reason ? ` ${reason}` : ' No test results were found in the reports.'}`);
    }
    const reportUrl = ctx.input.links?.reportUrl;
    if (safeLinkUrl(reportUrl))
        lines.push(`📄 ${markdownLink('Full report of this run', reportUrl)}`);
    return lines.join('\n\n');
}
function totalsSection(metrics) {
    const head = [
        'Total',
        'Passed',
        'Failed',
        'Errored',
        'Skipped',
        'Flaky',
        'Pass rate',
        'Duration (wall)',
        'Duration (CPU)',
    ];
    const values = [metrics.total, metrics.passed, metrics.failed, metrics.errored, metrics.skipped, metrics.flaky].map(formatCount);
    return [
        tableRow(head),
        tableRow(head.map(() => '---:')),
        tableRow([
            ...values,
            formatPercent(metrics.passRate),
            formatDuration(metrics.durationMs.wall),
            formatDuration(metrics.durationMs.cpu),
        ]),
    ].join('\n');
}
/** `scope › name` for a test id, from the run when the test is in it, else read from the id itself. */
function describeTestId(id, tests, roots) {
    const test = tests.get(id);
    if (test)
        return `${repoRelativePath(placeOf(test).file ?? test.suite, roots)} › ${test.name}`;
    const [scope, , ...name] = id.split('::');
    return name.length ? `${repoRelativePath(scope, roots)} › ${name.join('::')}` : id;
}
function sections_overview_idList(title, ids, cap, tests, roots) {
    if (ids.length === 0)
        return [];
    const shown = ids.slice(0, cap);
    return [
        `**${title}**`,
        '',
        ...shown.map((id) => `- ${section_parts_text(describeTestId(id, tests, roots), MAX_ID)}`),
        ...moreLines(shown.length, ids.length, 'tests'),
    ];
}
/** The delta against the base run, or one line saying why there is none. `listCap` 0 gives counts only. */
function sections_overview_comparisonSection(ctx, listCap) {
    const comparison = ctx.input.comparison;
    if (!comparison)
        return '_No base run to compare with: none was given._';
    if ('unavailable' in comparison)
        return `_No base run to compare with: ${section_parts_text(comparison.unavailable, MAX_REASON)}_`;
    const c = comparison;
    const head = ['Pass rate', 'Duration (wall)', 'New failures', 'Fixed', 'New tests', 'Removed tests'];
    const parts = [
        `### Compared with ${section_parts_text(c.baseLabel, MAX_LABEL) || 'base'}`,
        [
            tableRow(head),
            tableRow(head.map(() => '---:')),
            tableRow([
                formatPointsDelta(c.passRateDelta),
                formatDurationDelta(c.durationDeltaMs),
                ...[c.newFailures, c.fixed, c.newTests, c.removedTests].map((list) => formatCount(list.length)),
            ]),
        ].join('\n'),
    ];
    if (listCap > 0) {
        const tests = new Map(ctx.input.run.tests.map((test) => [test.id, test]));
        // A failing comment does not list new failures again: its failed table lists them first, marked new.
        for (const [title, ids] of [
            ['New failures', ctx.failingComment ? [] : c.newFailures],
            ['Fixed', c.fixed],
            ['New tests', c.newTests],
            ['Removed tests', c.removedTests],
        ]) {
            const list = sections_overview_idList(title, ids, listCap, tests, ctx.input.links?.workspace ? [ctx.input.links.workspace] : []);
            if (list.length)
                parts.push(list.join('\n'));
        }
    }
    return parts.join('\n\n');
}
const CATEGORY_LABELS = {
    environment: 'Environment',
    data: 'Test data',
    timeout: 'Timeout',
    'test-logic': 'Test logic',
    unknown: 'Unknown',
};
function categoriesSection(metrics, withRecommendations) {
    const entries = Object.entries(metrics.categories).filter(([, entry]) => entry.count > 0 || entry.flaky > 0);
    if (entries.length === 0)
        return '';
    const head = ['Category', 'Failed', 'Flaky', ...(withRecommendations ? ['What to do'] : [])];
    return [
        '### Failure categories',
        '',
        tableRow(head),
        tableRow(['---', '---:', '---:', ...(withRecommendations ? ['---'] : [])]),
        ...entries.map(([category, entry]) => tableRow([
            CATEGORY_LABELS[category] ?? escapeInline(category),
            formatCount(entry.count),
            formatCount(entry.flaky),
            ...(withRecommendations ? [cell(entry.recommendation, MAX_REASON)] : []),
        ])),
    ].join('\n');
}
function linksLine(ctx) {
    const links = ctx.input.links ?? {};
    const candidates = [
        [links.reportUrl, 'Full report'],
        // When the report link is the run page itself (no artifact link), it is not given twice.
        [links.runUrl === links.reportUrl ? undefined : links.runUrl, 'Workflow run'],
        [links.checkUrl, 'Check run'],
    ];
    return candidates
        .filter(([url]) => safeLinkUrl(url) !== undefined)
        .map(([url, label]) => markdownLink(label, url))
        .join(' · ');
}
/** Says in the report itself what was left out to fit, and where the rest is. */
function shortenedNotice(ctx, limitLabel, dropped) {
    if (dropped.length === 0)
        return '';
    const reportUrl = ctx.input.links?.reportUrl;
    const where = safeLinkUrl(reportUrl)
        ? markdownLink('the full report', reportUrl)
        : 'the full report in the artifacts of this workflow run';
    return `> **Details were shortened to fit GitHub's limit** (${limitLabel}): ${dropped.map((item) => escapeInline(item)).join('; ')}. See ${where}.`;
}

;// CONCATENATED MODULE: ./packages/core/src/render/markdown/sections-tests.ts







/** One row of the failed-tests table; a failure new against the base is marked **new**. */
function failedRow(ctx, test) {
    return tableRow([
        cell(test.name, MAX_NAME),
        cell(test.suite, MAX_SUITE),
        ctx.newFailures.has(test.id) ? `**new** ${test.status}` : test.status,
        section_parts_location(ctx, placeOf(test).file, placeOf(test).line),
        cell(failureHeadline(test, MAX_HEADLINE), MAX_HEADLINE),
    ]);
}
function failedSection(ctx, rows) {
    const total = ctx.failing.length;
    if (total === 0)
        return '';
    const base = baseLabelOf(ctx);
    const newCount = base === undefined ? '' : `, ${formatCount(ctx.newFailures.size)} new against ${cell(base, MAX_LABEL)}`;
    return [
        `### Failed tests (${formatCount(total)})${newCount}`,
        '',
        tableRow(['Test', 'Suite', 'Status', 'Location', 'Message']),
        tableRow(['---', '---', '---', '---', '---']),
        ...rows,
        ...moreLines(rows.length, total, 'failed tests'),
    ].join('\n');
}
/** A collapsed block with the failure's message and stack; HTML-escaped, never a blank line inside. */
function detailBlock(ctx, test) {
    const status = ctx.newFailures.has(test.id) ? `new, ${test.status}` : test.status;
    const summary = escapeHtmlLine(`${truncate(test.suite, MAX_SUITE)} › ${truncate(test.name, MAX_NAME)} (${status})`);
    return [
        `<details><summary>${summary}</summary>`,
        `<pre>${escapePreBlock(failureText(test, MAX_DETAILS))}</pre>`,
        '</details>',
    ].join('\n');
}
function detailsSection(blocks) {
    return blocks.length ? ['### Failure details', ...blocks].join('\n\n') : '';
}
function sections_tests_flakySection(ctx, cap) {
    const flaky = ctx.input.metrics.flakyTests;
    if (flaky.length === 0)
        return '';
    const shown = flaky.slice(0, cap);
    const wanted = new Set(shown.map((test) => test.id));
    const places = new Map(ctx.input.run.tests.filter((test) => wanted.has(test.id)).map((test) => [test.id, placeOf(test)]));
    return [
        `### Flaky tests (${formatCount(flaky.length)})`,
        '',
        'Failed at least once, then passed on retry.',
        '',
        tableRow(['Test', 'Suite', 'Failed attempts', 'Location']),
        tableRow(['---', '---', '---:', '---']),
        ...shown.map((test) => tableRow([
            cell(test.name, MAX_NAME),
            cell(test.suite, MAX_SUITE),
            `${formatCount(test.failedAttempts)} of ${formatCount(test.attempts)}`,
            section_parts_location(ctx, places.get(test.id)?.file ?? test.file, places.get(test.id)?.line),
        ])),
        ...moreLines(shown.length, flaky.length, 'flaky tests'),
    ].join('\n');
}
function sections_tests_slowestSection(ctx, cap) {
    const slowest = ctx.input.metrics.slowest;
    if (slowest.length === 0)
        return '';
    const shown = slowest.slice(0, cap);
    return [
        '### Slowest tests',
        '',
        tableRow(['Test', 'Suite', 'Status', 'Duration']),
        tableRow(['---', '---', '---', '---:']),
        ...shown.map((test) => tableRow([cell(test.name, MAX_NAME), cell(test.suite, MAX_SUITE), test.status, formatDuration(test.durationMs)])),
        ...moreLines(shown.length, slowest.length, 'slow tests'),
    ].join('\n');
}
/**
 * Report files that could not be read fully, one row per problem; duplicates as a count. With `cap` 0,
 * one line for repeated test names and one for the other problems, the detail left to the full report.
 */
function fileProblemsSection(ctx, cap) {
    const { metrics } = ctx.input;
    const problems = metrics.files.flatMap((file) => file.errors.map((error) => ({ file, error })));
    const parts = [];
    if (problems.length > 0 && cap === 0) {
        const repeats = problems.filter(({ error }) => error.kind === 'duplicate-test');
        const others = problems.length - repeats.length;
        if (repeats.length > 0) {
            const files = new Set(repeats.map(({ error, file }) => error.path || file.path)).size;
            parts.push(`**Repeated test names:** in ${plural(files, 'report file', 'report files')}, same-named tests were counted as tests of their own (\`name #2\`…); ${seeFullReport(ctx)}.`);
        }
        if (others > 0)
            parts.push(`**Report files with problems:** ${formatCount(others)}; ${seeFullReport(ctx)}.`);
    }
    else if (problems.length > 0) {
        const shown = problems.slice(0, cap);
        parts.push([
            `### Report files with problems (${formatCount(problems.length)})`,
            '',
            tableRow(['File', 'Format', 'Problem']),
            tableRow(['---', '---', '---']),
            ...shown.map(({ file, error }) => tableRow([
                codeSpan(truncate(repoRelativePath(error.path || file.path, [ctx.input.links?.workspace]), MAX_PATH), true) || ' ',
                cell(file.format, MAX_LABEL),
                cell(`${error.kind}${error.line !== undefined ? ` (line ${error.line})` : ''}: ${error.message}`, MAX_READ_ERROR),
            ])),
            ...moreLines(shown.length, problems.length, 'problems'),
        ].join('\n'));
    }
    if (metrics.duplicates.length > 0) {
        parts.push(`${plural(metrics.duplicates.length, 'test was', 'tests were')} reported more than once in the same file and counted once; ${seeFullReport(ctx)}.`);
    }
    return parts.join('\n\n');
}

;// CONCATENATED MODULE: ./packages/core/src/render/markdown/sections-shards.ts




/** Each shard's predicted and actual clock time (from the shards' shard.json), slowest first. */
function sections_shards_shardsSection(ctx, cap) {
    const shards = ctx.input.metrics.shards ?? [];
    if (shards.length === 0 || cap === 0)
        return '';
    const shown = [...shards].sort((a, b) => b.actualMs - a.actualMs).slice(0, cap);
    const span = makespans(shards);
    const predicted = span.predictedMs === undefined ? '' : `, predicted ${formatDuration(span.predictedMs)}`;
    return [
        '### Shards: predicted and actual',
        '',
        `Slowest shard ${formatDuration(span.actualMs)}${predicted}. Retries are not predicted.`,
        '',
        tableRow(['Shard', 'Suite', 'Predicted', 'Actual', 'Actual ÷ predicted', 'Attempts']),
        tableRow(['---', '---', '---:', '---:', '---:', '---:']),
        ...shown.map((shard) => tableRow([
            cell(shard.shard, MAX_SUITE),
            cell(shard.suite, MAX_SUITE),
            shard.predictedMs === undefined ? '–' : formatDuration(shard.predictedMs),
            formatDuration(shard.actualMs),
            formatPredictionRatio(shard),
            formatCount(shard.attempts),
        ])),
        ...moreLines(shown.length, shards.length, 'shards'),
    ].join('\n');
}

;// CONCATENATED MODULE: ./packages/core/src/render/markdown/fitting-renderer.ts






/** Comparison lists are capped by design: a list of 10,000 new tests helps nobody. */
const COMPARISON_LIST_CAP = 50;
/** Cap on flaky, slowest, comparison and file-problem lists once the failed list alone no longer fits. */
const SHORT_LIST_CAP = 10;
/** Below this many failed rows, the other lists are shortened before the failed list shrinks further. */
const MIN_FAILED_ROWS = 20;
const TOP_FAILURES_IN_CHECK_RUN = 10;
/** Renders plans of one report and finds the fullest one within the limit. */
class FittingRenderer {
    limit;
    ctx;
    rows = [];
    blocks = [];
    memo = new Map();
    constructor(input, limit, target) {
        this.limit = limit;
        const comparison = input.comparison;
        const newFailures = new Set(comparison && !('unavailable' in comparison) ? comparison.newFailures : []);
        // New against the base first, each group in run order.
        const all = failingTests(input.run);
        const failing = [
            ...all.filter((test) => newFailures.has(test.id)),
            ...all.filter((test) => !newFailures.has(test.id)),
        ];
        this.ctx = {
            input,
            failing,
            withDetails: failing.filter(hasFailureText),
            newFailures,
            failingComment: target === 'comment' && input.status === 'failed',
        };
    }
    get failedCount() {
        return this.ctx.failing.length;
    }
    get detailCount() {
        return this.ctx.withDetails.length;
    }
    fits(plan) {
        return sizeOf(this.render(plan).markdown, this.limit.unit) <= this.limit.max;
    }
    /** The largest n in [0, upper] with `fits(with(n))`, given that `with(0)` fits; the size estimate bounds the search. */
    largest(upper, itemSize, baseSize, planWith) {
        let bound = 0;
        let used = baseSize;
        const slack = 1024; // the notice and "and K more" lines shrink as more items are shown
        while (bound < upper && used + itemSize(bound) <= this.limit.max + slack)
            used += itemSize(bound++);
        let lo = 0;
        let hi = bound;
        while (lo < hi) {
            const mid = Math.ceil((lo + hi) / 2);
            if (this.fits(planWith(mid)))
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo;
    }
    /** False when the first `count` items alone are already over the limit, so that plan need not be rendered. */
    fitsEstimate(count, itemSize) {
        let used = 0;
        for (let i = 0; i < count; i++)
            if ((used += itemSize(i)) > this.limit.max)
                return false;
        return true;
    }
    size(plan) {
        return sizeOf(this.render(plan).markdown, this.limit.unit);
    }
    rowSize(i) {
        return sizeOf(this.row(i), this.limit.unit) + 1;
    }
    blockSize(i) {
        return sizeOf(this.block(i), this.limit.unit) + 2;
    }
    render(plan) {
        const dropped = this.dropped(plan);
        const { ctx } = this;
        const top = [headlineSection(ctx), shortenedNotice(ctx, this.limit.label, dropped)];
        const sections = plan.minimal
            ? top
            : plan.layout === 'check-run'
                ? [
                    ...top,
                    failedSection(ctx, this.rowsUpTo(plan.failedRows)),
                    totalsSection(ctx.input.metrics),
                    this.cached(`comparison:${plan.listCap}`, () => sections_overview_comparisonSection(ctx, plan.listCap)),
                    linksLine(ctx),
                ]
                : [...top, ...this.reportSections(plan), linksLine(ctx)];
        return { markdown: `${sections.filter(Boolean).join('\n\n')}\n`, dropped };
    }
    reportSections(plan) {
        const { ctx } = this;
        const listCap = plan.countsOnly ? 0 : plan.listCap;
        const comparison = this.cached(`comparison:${listCap}`, () => sections_overview_comparisonSection(ctx, Math.min(listCap, COMPARISON_LIST_CAP)));
        // A failing PR comment keeps the category counts but not their prose, and has no slowest list.
        const categories = this.cached(`categories:${plan.countsOnly}`, () => categoriesSection(ctx.input.metrics, !plan.countsOnly && !ctx.failingComment));
        const fileProblems = this.cached(`files:${listCap}`, () => fileProblemsSection(ctx, ctx.failingComment ? 0 : listCap));
        if (plan.countsOnly)
            return [totalsSection(ctx.input.metrics), comparison, categories, fileProblems];
        return [
            failedSection(ctx, this.rowsUpTo(plan.failedRows)),
            totalsSection(ctx.input.metrics),
            comparison,
            categories,
            detailsSection(this.blocksUpTo(plan.details)),
            this.cached(`flaky:${listCap}`, () => sections_tests_flakySection(ctx, listCap)),
            ctx.failingComment ? '' : this.cached(`slowest:${listCap}`, () => sections_tests_slowestSection(ctx, listCap)),
            ctx.failingComment ? '' : this.cached(`shards:${listCap}`, () => sections_shards_shardsSection(ctx, listCap)),
            fileProblems,
        ];
    }
    dropped(plan) {
        const { metrics, comparison } = this.ctx.input;
        const dropped = [];
        const left = (what, shown, total) => {
            if (shown < total)
                dropped.push(`${formatCount(total - shown)} of ${formatCount(total)} ${what}`);
        };
        if (plan.minimal)
            return ['everything but the verdict'];
        if (plan.layout === 'check-run') {
            left('failed tests from the list', plan.failedRows, Math.min(this.failedCount, TOP_FAILURES_IN_CHECK_RUN));
            return dropped;
        }
        left('failure messages and stack traces', plan.details, this.detailCount);
        left('failed tests from the list', plan.failedRows, this.failedCount);
        if (plan.countsOnly) {
            dropped.push('the flaky, slowest and comparison lists, report-file problems and recommendations (counts only)');
            return dropped;
        }
        left('flaky tests', plan.listCap, metrics.flakyTests.length);
        if (!this.ctx.failingComment) {
            left('slowest tests', plan.listCap, metrics.slowest.length);
            const problems = metrics.files.reduce((sum, file) => sum + file.errors.length, 0);
            left('report-file problems', plan.listCap, problems);
        }
        if (comparison && !('unavailable' in comparison) && plan.listCap < COMPARISON_LIST_CAP) {
            const lists = [comparison.newFailures, comparison.fixed, comparison.newTests, comparison.removedTests];
            if (lists.some((list) => list.length > plan.listCap))
                dropped.push(`comparison lists beyond ${plan.listCap} entries each`);
        }
        return dropped;
    }
    cached(key, make) {
        let value = this.memo.get(key);
        if (value === undefined)
            this.memo.set(key, (value = make()));
        return value;
    }
    row(i) {
        return (this.rows[i] ??= failedRow(this.ctx, this.ctx.failing[i]));
    }
    block(i) {
        return (this.blocks[i] ??= detailBlock(this.ctx, this.ctx.withDetails[i]));
    }
    rowsUpTo(n) {
        const rows = [];
        for (let i = 0; i < n; i++)
            rows.push(this.row(i));
        return rows;
    }
    blocksUpTo(n) {
        const blocks = [];
        for (let i = 0; i < n; i++)
            blocks.push(this.block(i));
        return blocks;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/render/markdown/report.ts



/** GitHub drops a job summary over 1 MiB entirely. */
const SUMMARY_LIMIT_BYTES = 1_048_576;
/** GitHub rejects a comment body, and a check run's summary, over 65,535 characters. */
const COMMENT_LIMIT_CHARS = 65_535;
function limitFor(options) {
    if (options.target === 'summary') {
        const max = Math.min(options.maxChars ?? SUMMARY_LIMIT_BYTES, SUMMARY_LIMIT_BYTES);
        return {
            max,
            unit: 'bytes',
            label: max === SUMMARY_LIMIT_BYTES ? '1 MiB for a job summary' : `${formatCount(max)} bytes for a job summary`,
        };
    }
    const max = Math.min(options.maxChars ?? COMMENT_LIMIT_CHARS, COMMENT_LIMIT_CHARS);
    return { max, unit: 'chars', label: `${formatCount(max)} characters for a comment` };
}
/** Whole lines of the minimal report that fit: the answer when even the verdict alone is too long. */
function linesThatFit(renderer, plan, limit) {
    const { markdown, dropped } = renderer.render(plan);
    let out = '';
    for (const line of markdown.split('\n')) {
        const next = `${out}${line}\n`;
        if (sizeOf(next, limit.unit) > limit.max)
            break;
        out = next;
    }
    return { markdown: out, dropped };
}
function fitReport(renderer, limit) {
    const all = renderer.failedCount;
    const base = {
        layout: 'report',
        details: 0,
        failedRows: all,
        listCap: Infinity,
        countsOnly: false,
        minimal: false,
    };
    // 1. Everything listed; as many failure details as fit.
    if (renderer.fitsEstimate(all, (i) => renderer.rowSize(i)) && renderer.fits(base)) {
        const details = renderer.largest(renderer.detailCount, (i) => renderer.blockSize(i), renderer.size(base), (n) => ({ ...base, details: n }));
        return renderer.render({ ...base, details });
    }
    // 2. No details; the failed list shortened, the other lists whole; 3. the other lists shortened too.
    for (const [listCap, minRows] of [
        [Infinity, Math.min(all, MIN_FAILED_ROWS)],
        [SHORT_LIST_CAP, Math.min(all, 1)],
    ]) {
        const plan = { ...base, failedRows: 0, listCap };
        if (!renderer.fits(plan))
            continue;
        const rows = renderer.largest(all, (i) => renderer.rowSize(i), renderer.size(plan), (n) => ({ ...plan, failedRows: n }));
        if (rows >= minRows)
            return renderer.render({ ...plan, failedRows: rows });
    }
    // 4. Counts only; 5. the verdict alone; 6. as many of its lines as fit.
    const countsOnly = { ...base, failedRows: 0, listCap: 0, countsOnly: true };
    if (renderer.fits(countsOnly))
        return renderer.render(countsOnly);
    const minimal = { ...countsOnly, minimal: true };
    if (renderer.fits(minimal))
        return renderer.render(minimal);
    return linesThatFit(renderer, minimal, limit);
}
/**
 * The aggregate report as Markdown for the job summary or the sticky PR comment, shortened in a
 * fixed order (failure details, the failed list, the other lists, then counts only) so that it
 * never exceeds GitHub's limit, which would lose it entirely.
 */
function renderMarkdownReport(input, options) {
    const limit = limitFor(options);
    return fitReport(new FittingRenderer(input, limit, options.target), limit);
}
/** The check run's summary: verdict, the first failures (new ones first), totals and the comparison, within 65,535 characters. */
function renderCheckRunSummary(input) {
    const limit = {
        max: COMMENT_LIMIT_CHARS,
        unit: 'chars',
        label: `${formatCount(COMMENT_LIMIT_CHARS)} characters for a check run`,
    };
    const renderer = new FittingRenderer(input, limit, 'check-run');
    const top = Math.min(renderer.failedCount, TOP_FAILURES_IN_CHECK_RUN);
    const plan = {
        layout: 'check-run',
        details: 0,
        failedRows: top,
        listCap: SHORT_LIST_CAP,
        countsOnly: false,
        minimal: false,
    };
    if (renderer.fits(plan))
        return renderer.render(plan).markdown;
    const none = { ...plan, failedRows: 0 };
    if (renderer.fits(none)) {
        const rows = renderer.largest(top, (i) => renderer.rowSize(i), renderer.size(none), (n) => ({ ...plan, failedRows: n }));
        return renderer.render({ ...plan, failedRows: rows }).markdown;
    }
    return linesThatFit(renderer, { ...none, minimal: true }, limit).markdown;
}

;// CONCATENATED MODULE: ./packages/core/src/render/markdown/compare.ts


function isPassing(status) {
    return status === 'passed' || status === 'flaky';
}
function byCodeUnits(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function statusById(tests) {
    return new Map(tests.map((test) => [test.id, test.status]));
}
function compareWithBase(current, base, baseLabel) {
    const baseStatus = statusById(base.tests);
    const currentStatus = statusById(current.tests);
    const newFailures = [];
    const fixed = [];
    const newTests = [];
    for (const [id, status] of currentStatus) {
        const before = baseStatus.get(id);
        if (before === undefined)
            newTests.push(id);
        if (isFailing(status) && (before === undefined || !isFailing(before)))
            newFailures.push(id);
        if (isPassing(status) && before !== undefined && isFailing(before))
            fixed.push(id);
    }
    const removedTests = [...baseStatus.keys()].filter((id) => !currentStatus.has(id));
    const now = computeMetrics(current, { slowest: 0, maxTestsPerCategory: 0 });
    const then = computeMetrics(base, { slowest: 0, maxTestsPerCategory: 0 });
    const passRateDelta = now.passRate === null || then.passRate === null ? null : Math.round((now.passRate - then.passRate) * 100) / 100;
    const durationDeltaMs = now.total === 0 || then.total === 0 ? null : now.durationMs.wall - then.durationMs.wall;
    return {
        baseLabel,
        newFailures: newFailures.sort(byCodeUnits),
        fixed: fixed.sort(byCodeUnits),
        newTests: newTests.sort(byCodeUnits),
        removedTests: removedTests.sort(byCodeUnits),
        passRateDelta,
        durationDeltaMs,
    };
}

;// CONCATENATED MODULE: ./packages/core/src/render/markdown/annotations.ts






const DEFAULT_MAX = 50;
// GitHub: title ≤ 255 characters, message and raw_details ≤ 64 KB each.
const MAX_TITLE_CHARS = 255;
const MAX_MESSAGE_BYTES = 4096;
const MAX_DETAILS_BYTES = 32_768;
function failingAttempts(test) {
    return test.attempts.filter((attempt) => isFailing(attempt.status)).length;
}
function annotationFor(test, roots) {
    const place = placeOf(test);
    const path = repoRelativePath(place.file, roots);
    const line = place.line !== undefined && Number.isInteger(place.line) && place.line > 0 ? place.line : 1;
    const failure = lastFailure(test);
    const headline = failure?.message?.trim() || failure?.type || text_firstLine(failure?.body);
    const title = truncate(`${test.suite} › ${test.name}`.replace(/\s+/g, ' '), MAX_TITLE_CHARS);
    let annotation;
    if (isFailing(test.status)) {
        annotation = {
            path,
            start_line: line,
            end_line: line,
            annotation_level: 'failure',
            message: truncateUtf8(headline || `Test ${test.status}.`, MAX_MESSAGE_BYTES),
            title,
        };
    }
    else {
        const attempts = `Flaky: failed ${failingAttempts(test)} of ${test.attempts.length} attempts, then passed.`;
        annotation = {
            path,
            start_line: line,
            end_line: line,
            annotation_level: 'warning',
            message: truncateUtf8(headline ? `${attempts}\n${headline}` : attempts, MAX_MESSAGE_BYTES),
            title,
        };
    }
    const details = failureText(test, MAX_DETAILS_BYTES);
    if (details && details !== annotation.message)
        annotation.raw_details = truncateUtf8(details, MAX_DETAILS_BYTES);
    return withVisibleControls(annotation);
}
function withVisibleControls(annotation) {
    return {
        ...annotation,
        message: showControls(annotation.message),
        ...(annotation.title !== undefined && { title: showControls(annotation.title) }),
        ...(annotation.raw_details !== undefined && { raw_details: showControls(annotation.raw_details) }),
    };
}
function compareAnnotations(a, b) {
    const order = (x) => (x.annotation_level === 'failure' ? 0 : 1);
    return (order(a) - order(b) ||
        (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) ||
        a.start_line - b.start_line ||
        ((a.title ?? '') < (b.title ?? '') ? -1 : (a.title ?? '') > (b.title ?? '') ? 1 : 0));
}
/**
 * Check-run annotations: a failure per failed or errored test, a warning per flaky test, for
 * tests whose file is known; failures first, then by path and line, capped at `max`.
 */
function failureAnnotations(run, options = {}) {
    const roots = [options.repoRoot, options.workspace];
    const max = Math.max(0, options.max ?? DEFAULT_MAX);
    return run.tests
        .filter((test) => Boolean(placeOf(test).file) && (isFailing(test.status) || test.status === 'flaky'))
        .map((test) => annotationFor(test, roots))
        .sort(compareAnnotations)
        .slice(0, max);
}

;// CONCATENATED MODULE: ./packages/core/src/render/markdown/index.ts





;// CONCATENATED MODULE: ./packages/core/src/planning/errors.ts

/** An input to the shard planner that cannot be planned; the message names the input. */
class ShardPlanInputError extends user_error/* UserError */.yo {
    input;
    name = 'ShardPlanInputError';
    constructor(input, problem) {
        super(`Shard planning input "${input}" ${problem}`);
        this.input = input;
    }
}
/** The plans need more matrix jobs than GitHub Actions starts from one matrix. */
class MatrixTooLargeError extends user_error/* UserError */.yo {
    jobs;
    limit;
    name = 'MatrixTooLargeError';
    constructor(jobs, limit) {
        super(`The shard plans need ${jobs} matrix jobs but a GitHub Actions matrix runs at most ${limit}. ` +
            `Lower "shards" (or "max-parallel" with shards: auto), or split the suites over several jobs.`);
        this.jobs = jobs;
        this.limit = limit;
    }
}
/** A shard job was started with a name that no plan contains. */
class ShardNotFoundError extends user_error/* UserError */.yo {
    shardName;
    name = 'ShardNotFoundError';
    constructor(shardName, known) {
        const listed = known.slice(0, 10).join(', ') + (known.length > 10 ? `, … (${known.length} in all)` : '');
        super(`No shard named "${shardName}" in the plan (shards: ${listed || 'none'}). ` +
            'Pass the matrix value produced by the same plan, and re-run the plan job if the plan changed.');
        this.shardName = shardName;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/planning/micros.ts
// The planner counts in whole microseconds: sums are then exact, so a plan never depends on the
// order floating-point additions happened in, and the same input gives byte-identical output.
function toMicros(ms) {
    return Math.round(ms * 1000);
}
function toMillis(micros) {
    return micros / 1000;
}
/** Median of whole microseconds, rounded; undefined for no values. Sorts `values` in place. */
function medianMicros(values) {
    if (values.length === 0)
        return undefined;
    values.sort((a, b) => a - b);
    const middle = values.length >> 1;
    if (values.length % 2 === 1)
        return values[middle];
    return Math.round((values[middle - 1] + values[middle]) / 2);
}

;// CONCATENATED MODULE: ./packages/core/src/planning/choose-shard-count.ts
// shards: 'auto'. Plans every count from 1 to the cap, keeps those within the runner-minutes budget,
// and takes the smallest count whose wall time is within AUTO_SHARDS_TOLERANCE (5 %) of the best:
// a shard more must buy at least that much time, or it only costs runner minutes.


const MICROS_PER_MINUTE = 60_000_000;
function round(value, digits) {
    const scale = 10 ** digits;
    return Math.round(value * scale) / scale;
}
function chooseShardCount(partitioner, overheadMicros, maxCount, runnerMinutesBudget) {
    const budgetMicros = runnerMinutesBudget === undefined ? Infinity : runnerMinutesBudget * MICROS_PER_MINUTE;
    const partitions = [];
    const tradeoffs = [];
    for (let count = 1; count <= maxCount; count++) {
        const partition = partitioner.partition(count, overheadMicros);
        const runnerMicros = partition.totalMicros + count * overheadMicros;
        const singleShard = partitions[0]?.makespanMicros ?? partition.makespanMicros;
        partitions.push(partition);
        tradeoffs.push({
            shards: count,
            makespanMs: toMillis(partition.makespanMicros),
            runnerMinutes: round(runnerMicros / MICROS_PER_MINUTE, 2),
            efficiency: partition.makespanMicros === 0 ? 1 : round(singleShard / (count * partition.makespanMicros), 4),
            withinBudget: runnerMicros <= budgetMicros,
        });
    }
    const feasible = tradeoffs.filter((row) => row.withinBudget);
    if (feasible.length === 0) {
        return {
            partition: partitions[0],
            tradeoffs,
            reason: `The runner-minutes budget (${runnerMinutesBudget} min) is below the ${tradeoffs[0].runnerMinutes} min ` +
                'that even one shard needs; planned 1 shard. Raise the budget or run fewer tests.',
        };
    }
    const best = Math.min(...feasible.map((row) => partitions[row.shards - 1].makespanMicros));
    const chosen = feasible.find((row) => partitions[row.shards - 1].makespanMicros <= best * (1 + AUTO_SHARDS_TOLERANCE));
    return { partition: partitions[chosen.shards - 1], tradeoffs };
}

;// CONCATENATED MODULE: ./packages/core/src/planning/test-key.ts
// Reads test keys of both spellings so a pytest node id finds the timing recorded under a core test id:
//   pytest node id  tests/test_x.py::TestA::test_b[p]
//   core test id    tests/test_x.py::tests.test_x.TestA::test_b[p]   (file::classname::name)

/**
 * Splits `file::a::b::name[params]`; "::" inside the parameters (pytest ids may hold any text
 * there) is not a separator. Returns undefined for a key without "::" (a bare file or name).
 */
function parseTestKey(key) {
    const separator = key.indexOf('::');
    if (separator <= 0)
        return undefined;
    const rest = key.slice(separator + 2);
    const bracket = rest.indexOf('[');
    const head = bracket < 0 ? rest : rest.slice(0, bracket);
    const params = bracket < 0 ? '' : rest.slice(bracket);
    const parts = head.split('::');
    const last = parts.pop() ?? '';
    if (last === '' && params === '')
        return undefined;
    return {
        file: normaliseTestFile(key.slice(0, separator)),
        classSegments: parts.flatMap((part) => part.split('.')).filter((segment) => segment !== ''),
        name: last + params,
    };
}
/** `tests/unit/test_x.py` → ['tests', 'unit', 'test_x']: the module path a JUnit classname starts with. */
function moduleSegments(file) {
    const segments = file.split('/').filter((segment) => segment !== '');
    const base = segments.pop() ?? '';
    const dot = base.lastIndexOf('.');
    segments.push(dot > 0 ? base.slice(0, dot) : base);
    return segments;
}
function endsWith(whole, tail) {
    if (tail.length > whole.length)
        return false;
    const offset = whole.length - tail.length;
    return tail.every((segment, index) => whole[offset + index] === segment);
}
/**
 * Same file and name, and one class path is the other with a module prefix: pytest writes
 * `TestA`, JUnit writes `tests.test_x.TestA` (or `test_x.TestA` with another rootdir).
 */
function isSameTest(a, b) {
    if (a.file !== b.file || a.name !== b.name)
        return false;
    const [shorter, longer] = a.classSegments.length <= b.classSegments.length
        ? [a.classSegments, b.classSegments]
        : [b.classSegments, a.classSegments];
    if (!endsWith(longer, shorter))
        return false;
    const prefix = longer.slice(0, longer.length - shorter.length);
    return endsWith(moduleSegments(a.file), prefix);
}
/** Parent directories, nearest first: `a/b/c.py` → ['a/b', 'a']; a top-level file has none. */
function ancestorDirectories(file) {
    const directories = [];
    let path = file;
    for (let slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/')) {
        path = path.slice(0, slash);
        directories.push(path);
    }
    return directories;
}

;// CONCATENATED MODULE: ./packages/core/src/planning/timing-index.ts
// Built once per plan from timings.json. Exact keys are indexed up front; the rest (a (file, name)
// index for pytest node ids timed under core test ids, and the per-file and per-directory samples
// the estimates fall back on) only when some unit misses, so a fully timed suite pays for none of it.



function pushTo(map, key, value) {
    const values = map.get(key);
    if (values)
        values.push(value);
    else
        map.set(key, [value]);
}
function medians(samples) {
    const result = new Map();
    for (const [key, values] of samples)
        result.set(key, medianMicros(values));
    return result;
}
const slotOf = (test) => `${test.file}\0${test.name}`;
function buildFallbacks(timings, granularity) {
    const byFileAndName = new Map();
    const testSumByFile = new Map();
    const fileSamples = new Map();
    const directorySamples = new Map();
    const all = [];
    const addSample = (file, micros) => {
        if (granularity === 'test')
            pushTo(fileSamples, file, micros);
        for (const directory of ancestorDirectories(file))
            pushTo(directorySamples, directory, micros);
        all.push(micros);
    };
    for (const [key, entry] of Object.entries(timings?.tests ?? {})) {
        const micros = toMicros(entry.durationMs);
        const test = parseTestKey(key);
        const file = entry.file === undefined ? test?.file : normaliseTestFile(entry.file);
        if (granularity === 'file') {
            if (file !== undefined)
                testSumByFile.set(file, (testSumByFile.get(file) ?? 0) + micros);
            continue;
        }
        if (test)
            pushTo(byFileAndName, slotOf(test), { key, test, micros });
        if (file !== undefined)
            addSample(file, micros);
    }
    if (granularity === 'file') {
        const files = new Map(testSumByFile);
        for (const [file, entry] of Object.entries(timings?.files ?? {}))
            files.set(normaliseTestFile(file), toMicros(entry.durationMs));
        for (const [file, micros] of files)
            addSample(file, micros);
    }
    for (const candidates of byFileAndName.values()) {
        candidates.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    }
    return {
        byFileAndName,
        testSumByFile,
        fileMedians: medians(fileSamples),
        directoryMedians: medians(directorySamples),
        overallMedian: medianMicros(all),
    };
}
/** Durations in microseconds looked up by unit; every answer is independent of the timings' key order. */
class TimingIndex {
    timings;
    granularity;
    exact = new Map();
    built;
    constructor(timings, granularity) {
        this.timings = timings;
        this.granularity = granularity;
        if (granularity === 'test') {
            for (const [key, entry] of Object.entries(timings?.tests ?? {}))
                this.exact.set(key, toMicros(entry.durationMs));
        }
        else {
            for (const [file, entry] of Object.entries(timings?.files ?? {})) {
                this.exact.set(normaliseTestFile(file), toMicros(entry.durationMs));
            }
        }
    }
    get fallbacks() {
        return (this.built ??= buildFallbacks(this.timings, this.granularity));
    }
    /** The unit's own timing: exact key, else (by test) the same test under the other spelling. */
    known(key) {
        const exact = this.exact.get(this.granularity === 'file' ? normaliseTestFile(key) : key);
        if (exact !== undefined || this.granularity === 'file')
            return exact;
        const test = parseTestKey(key);
        if (!test)
            return undefined;
        const candidates = this.fallbacks.byFileAndName.get(slotOf(test)) ?? [];
        return candidates.find((candidate) => isSameTest(test, candidate.test))?.micros;
    }
    /** By test: median of the file's timed tests. By file: the sum of its timed tests. */
    fromFile(file) {
        const { testSumByFile, fileMedians } = this.fallbacks;
        return this.granularity === 'file' ? testSumByFile.get(file) : fileMedians.get(file);
    }
    /** Median over the nearest parent directory that has timed entries. */
    fromDirectory(file) {
        for (const directory of ancestorDirectories(file)) {
            const median = this.fallbacks.directoryMedians.get(directory);
            if (median !== undefined)
                return median;
        }
        return undefined;
    }
    get overallMedian() {
        return this.fallbacks.overallMedian;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/planning/estimate-durations.ts
// Expected duration of every unit: its own timing when known, else the fallback chain
// file → directory → suite → default, recording which source each estimate came from.





/** The file a unit belongs to: given, or the part of a test id before "::", or the id itself by file. */
function unitFile(unit, granularity) {
    if (unit.file !== undefined)
        return normaliseTestFile(unit.file);
    if (granularity === 'file')
        return normaliseTestFile(unit.id);
    return parseTestKey(unit.id)?.file;
}
function fallbackEstimate(file, index, suiteMedian) {
    if (file !== undefined) {
        const fromFile = index.fromFile(file);
        if (fromFile !== undefined)
            return [fromFile, 'file'];
        const fromDirectory = index.fromDirectory(file);
        if (fromDirectory !== undefined)
            return [fromDirectory, 'directory'];
    }
    if (suiteMedian !== undefined)
        return [suiteMedian, 'suite'];
    return [toMicros(DEFAULT_UNIT_DURATION_MS), 'default'];
}
/** Keeps the order of `units`. */
function estimateDurations(units, granularity, timings) {
    const index = new TimingIndex(timings, granularity);
    // By file the unit's file is its key (a given `file` wins over the id, as for the fallbacks).
    const known = units.map((unit) => index.known(granularity === 'file' ? (unitFile(unit, granularity) ?? unit.id) : unit.id));
    const knownValues = known.filter((micros) => micros !== undefined);
    // "The suite" is the units being planned; with none of them known, everything timings.json holds.
    const suiteMedian = medianMicros(knownValues) ?? index.overallMedian;
    const counts = { known: 0, file: 0, directory: 0, suite: 0, default: 0 };
    const estimated = units.map((unit, position) => {
        const own = known[position];
        const [micros, source] = own === undefined ? fallbackEstimate(unitFile(unit, granularity), index, suiteMedian) : [own, 'known'];
        counts[source] += 1;
        return { id: unit.id, micros, source };
    });
    return { units: estimated, counts };
}

;// CONCATENATED MODULE: ./packages/core/src/planning/assign-lpt.ts
// Longest-processing-time-first: each unit, longest first, goes to the least-loaded shard.
// Ties are broken by unit id and by shard index, so the result never depends on input order.
/** Unit positions sorted by duration descending, then id ascending; `ids` are unique. */
function longestFirstOrder(micros, ids) {
    return micros
        .map((_, position) => position)
        .sort((a, b) => micros[b] - micros[a] || (ids[a] < ids[b] ? -1 : ids[a] > ids[b] ? 1 : 0));
}
function leastLoaded(shards) {
    let best = shards[0];
    for (const shard of shards)
        if (shard.load < best.load)
            best = shard;
    return best;
}
function assignLongestFirst(order, micros, shardCount) {
    const shards = Array.from({ length: shardCount }, () => ({ load: 0, members: [] }));
    for (const position of order) {
        const shard = leastLoaded(shards);
        shard.members.push(position);
        shard.load += micros[position];
    }
    return shards;
}

;// CONCATENATED MODULE: ./packages/core/src/planning/improve-assignment.ts
const MAX_IMPROVEMENT_STEPS = 2000;
/** Members sorted by duration ascending; `rank` is each unit's position in longest-first order. */
function ascending(shard, rank) {
    return [...shard.members].sort((a, b) => rank[b] - rank[a]);
}
/** Index of the first value ≥ target in ascending `values`. */
function lowerBound(values, target) {
    let low = 0;
    let high = values.length;
    while (low < high) {
        const middle = (low + high) >> 1;
        if (values[middle] < target)
            low = middle + 1;
        else
            high = middle;
    }
    return low;
}
/** Moving `delta` from a shard `gap` heavier helps when 0 < delta < gap; best near gap / 2. */
function scoreOf(delta, gap) {
    return delta > 0 && delta < gap ? Math.abs(2 * delta - gap) : undefined;
}
function bestStep(heavy, light, micros, gap) {
    const heavyValues = heavy.map((position) => micros[position]);
    const lightValues = light.map((position) => micros[position]);
    let best;
    const consider = (delta, give, take) => {
        const score = scoreOf(delta, gap);
        if (score !== undefined && (best === undefined || score < best.score))
            best = { score, give, take };
    };
    const half = gap / 2;
    const moveAt = lowerBound(heavyValues, half);
    for (const index of [moveAt - 1, moveAt]) {
        if (index >= 0 && index < heavy.length)
            consider(heavyValues[index], heavy[index]);
    }
    for (let index = 0; index < heavy.length && best?.score !== 0; index++) {
        const given = heavyValues[index];
        if (given === 0)
            continue;
        const swapAt = lowerBound(lightValues, given - half);
        for (const other of [swapAt - 1, swapAt]) {
            if (other >= 0 && other < light.length)
                consider(given - lightValues[other], heavy[index], light[other]);
        }
    }
    return best;
}
function apply(step, heavy, light, micros) {
    heavy.members.splice(heavy.members.indexOf(step.give), 1);
    light.members.push(step.give);
    heavy.load -= micros[step.give];
    light.load += micros[step.give];
    if (step.take === undefined)
        return;
    light.members.splice(light.members.indexOf(step.take), 1);
    heavy.members.push(step.take);
    light.load -= micros[step.take];
    heavy.load += micros[step.take];
}
function heaviest(shards) {
    let best = shards[0];
    for (const shard of shards)
        if (shard.load > best.load)
            best = shard;
    return best;
}
/** Improves `shards` in place; returns the number of steps taken. */
function improveAssignment(shards, micros, rank, maxSteps = MAX_IMPROVEMENT_STEPS) {
    let steps = 0;
    while (steps < maxSteps) {
        const heavy = heaviest(shards);
        const lighter = shards
            .map((shard, index) => ({ shard, index }))
            .filter(({ shard }) => shard !== heavy)
            .sort((a, b) => a.shard.load - b.shard.load || a.index - b.index);
        const heavySorted = ascending(heavy, rank);
        let improved = false;
        for (const { shard: light } of lighter) {
            const gap = heavy.load - light.load;
            if (gap <= 1)
                break;
            const step = bestStep(heavySorted, ascending(light, rank), micros, gap);
            if (step === undefined)
                continue;
            apply(step, heavy, light, micros);
            improved = true;
            break;
        }
        if (!improved)
            break;
        steps += 1;
    }
    return steps;
}

;// CONCATENATED MODULE: ./packages/core/src/planning/partition.ts
// Splits estimated units over N shards (LPT, then local improvement) and measures the result
// against the lower bound no N-shard plan can beat.


/** Holds the longest-first order of one set of units, so several shard counts can be tried cheaply. */
class Partitioner {
    micros;
    order;
    rank;
    totalMicros;
    longestMicros;
    constructor(micros, ids) {
        this.micros = micros;
        this.order = longestFirstOrder(micros, ids);
        this.rank = new Array(micros.length);
        this.order.forEach((position, rank) => (this.rank[position] = rank));
        this.totalMicros = micros.reduce((sum, value) => sum + value, 0);
        this.longestMicros = micros.length === 0 ? 0 : micros[this.order[0]];
    }
    partition(shardCount, overheadMicros) {
        const shards = assignLongestFirst(this.order, this.micros, shardCount);
        improveAssignment(shards, this.micros, this.rank);
        const heaviest = shards.reduce((max, shard) => Math.max(max, shard.load), 0);
        return {
            shards,
            totalMicros: this.totalMicros,
            makespanMicros: heaviest + overheadMicros,
            lowerBoundMicros: Math.max(Math.ceil(this.totalMicros / shardCount), this.longestMicros) + overheadMicros,
        };
    }
}

;// CONCATENATED MODULE: ./packages/core/src/planning/plan-hash.ts
// A fingerprint of a plan: shard jobs and reruns can check they read the plan the matrix was built from.

/** JSON with object keys sorted at every level, so equal values always give equal text. */
function canonicalJson(value) {
    if (Array.isArray(value))
        return `[${value.map(canonicalJson).join(',')}]`;
    if (value !== null && typeof value === 'object') {
        const entries = Object.entries(value)
            .filter(([, entry]) => entry !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        return `{${entries.map(([key, entry]) => `${JSON.stringify(key)}:${canonicalJson(entry)}`).join(',')}}`;
    }
    return JSON.stringify(value) ?? 'null';
}
function sha256Hex(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex');
}

;// CONCATENATED MODULE: ./packages/core/src/planning/validate-input.ts
// Checks the planner's input once, at the edge, with a message naming the bad input.


function isPositiveInteger(value) {
    return typeof value === 'number' && Number.isInteger(value) && value >= 1;
}
function validateUnits(input) {
    if (!Array.isArray(input.units))
        throw new ShardPlanInputError('units', 'must be an array of { id, file? }.');
    const seen = new Set();
    for (const unit of input.units) {
        if (typeof unit?.id !== 'string' || unit.id === '') {
            throw new ShardPlanInputError('units', 'has a unit without an id; every unit needs the id the runner accepts.');
        }
        if (unit.file !== undefined && typeof unit.file !== 'string') {
            throw new ShardPlanInputError('units', `has a non-string file for unit "${unit.id}".`);
        }
        if (seen.has(unit.id)) {
            throw new ShardPlanInputError('units', `lists "${unit.id}" twice; each test or file may be planned once.`);
        }
        seen.add(unit.id);
    }
}
/** Returns the shard-count cap that applies to 'auto'. */
function validatePlanInput(input) {
    if (typeof input.suite !== 'string' || input.suite.trim() === '') {
        throw new ShardPlanInputError('suite', 'must be a non-empty name; shards are named "<suite>-<k>".');
    }
    if (input.granularity !== 'test' && input.granularity !== 'file') {
        throw new ShardPlanInputError('granularity', `must be "test" or "file", got ${JSON.stringify(input.granularity)}.`);
    }
    if (input.shards !== 'auto' && !isPositiveInteger(input.shards)) {
        throw new ShardPlanInputError('shards', `must be a positive integer or "auto", got ${JSON.stringify(input.shards)}.`);
    }
    const maxParallel = input.maxParallel ?? DEFAULT_MAX_PARALLEL;
    if (!isPositiveInteger(maxParallel) || maxParallel > MAX_MATRIX_JOBS) {
        throw new ShardPlanInputError('maxParallel', `must be an integer from 1 to ${MAX_MATRIX_JOBS}, got ${maxParallel}.`);
    }
    const budget = input.runnerMinutesBudget;
    if (budget !== undefined && !(typeof budget === 'number' && Number.isFinite(budget) && budget > 0)) {
        throw new ShardPlanInputError('runnerMinutesBudget', `must be a positive number of minutes, got ${budget}.`);
    }
    const overhead = input.shardOverheadMs;
    if (overhead !== undefined && !(typeof overhead === 'number' && Number.isFinite(overhead) && overhead >= 0)) {
        throw new ShardPlanInputError('shardOverheadMs', `must be a non-negative number of milliseconds, got ${overhead}.`);
    }
    validateUnits(input);
    return { maxParallel };
}

;// CONCATENATED MODULE: ./packages/core/src/planning/plan-shards.ts
// The timing-balanced shard planner behind run-matrix: pure and deterministic, so the same units
// and timings give a byte-identical plan whatever order the units were listed in.







const byId = (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const round4 = (value) => Math.round(value * 10_000) / 10_000;
function chooseCount(input, partitioner, overhead, maxParallel) {
    const unitCount = input.units.length;
    if (input.shards === 'auto') {
        return chooseShardCount(partitioner, overhead, Math.min(maxParallel, unitCount), input.runnerMinutesBudget);
    }
    if (input.shards <= unitCount)
        return { partition: partitioner.partition(input.shards, overhead) };
    return {
        partition: partitioner.partition(unitCount, overhead),
        reason: `${input.shards} shards were asked for but there are only ${unitCount} units; planned ${unitCount} shards.`,
    };
}
function plannedShards(suite, partition, units, overhead) {
    return partition.shards.map((shard, position) => ({
        index: position + 1,
        name: `${suite}-${position + 1}`,
        units: shard.members.map((member) => units[member].id).sort(),
        predictedMs: toMillis(shard.load + overhead),
    }));
}
/** Hashes what shaped the plan (options, every unit's estimate) and the assignment itself. */
function planHash(input, overhead, estimates, shards) {
    return sha256Hex(canonicalJson({
        suite: input.suite,
        granularity: input.granularity,
        shards: input.shards,
        maxParallel: input.shards === 'auto' ? (input.maxParallel ?? null) : null,
        runnerMinutesBudget: input.runnerMinutesBudget ?? null,
        shardOverheadMicros: overhead,
        units: estimates.units.map((unit) => [unit.id, unit.micros, unit.source]),
        assignment: shards.map((shard) => shard.units),
    }));
}
/** Splits a suite's units over shards so the slowest shard finishes as early as the timings allow. */
function planShards(input) {
    const { maxParallel } = validatePlanInput(input);
    const learned = input.timings?.suites?.[input.suite];
    const overhead = toMicros(input.shardOverheadMs ?? learned?.shardStartMs ?? input.timings?.shardOverheadMs ?? 0);
    const units = [...input.units].sort(byId);
    const estimates = estimateDurations(units, input.granularity, input.timings);
    // A file's setup (learned per suite) is part of what running it costs, whatever its tests take.
    if (input.granularity === 'file' && learned && learned.perFileMs > 0) {
        for (const unit of estimates.units)
            unit.micros += toMicros(learned.perFileMs);
    }
    if (units.length === 0) {
        return {
            schemaVersion: SHARD_PLAN_SCHEMA_VERSION,
            suite: input.suite,
            granularity: input.granularity,
            shards: [],
            totalMs: 0,
            shardOverheadMs: toMillis(overhead),
            lowerBoundMs: 0,
            makespanMs: 0,
            ratio: 1,
            knownShare: 0,
            estimates: estimates.counts,
            planHash: planHash(input, overhead, estimates, []),
            ...(input.shards === 'auto' ? { tradeoffs: [] } : {}),
            reason: `Suite "${input.suite}" has no ${input.granularity === 'file' ? 'test files' : 'tests'} to plan; no shards.`,
        };
    }
    const micros = estimates.units.map((unit) => unit.micros);
    const partitioner = new Partitioner(micros, units.map((unit) => unit.id));
    const chosen = chooseCount(input, partitioner, overhead, maxParallel);
    const { partition } = chosen;
    const shards = plannedShards(input.suite, partition, units, overhead);
    return {
        schemaVersion: SHARD_PLAN_SCHEMA_VERSION,
        suite: input.suite,
        granularity: input.granularity,
        shards,
        totalMs: toMillis(partition.totalMicros),
        shardOverheadMs: toMillis(overhead),
        lowerBoundMs: toMillis(partition.lowerBoundMicros),
        makespanMs: toMillis(partition.makespanMicros),
        ratio: partition.lowerBoundMicros === 0 ? 1 : round4(partition.makespanMicros / partition.lowerBoundMicros),
        knownShare: round4(estimates.counts.known / units.length),
        estimates: estimates.counts,
        planHash: planHash(input, overhead, estimates, shards),
        ...(chosen.tradeoffs ? { tradeoffs: chosen.tradeoffs } : {}),
        ...(chosen.reason ? { reason: chosen.reason } : {}),
    };
}

;// CONCATENATED MODULE: ./packages/core/src/planning/matrix.ts
// Turns plans into the `strategy.matrix` of the shard job, and lets each shard job find its units.


/**
 * Only names go into the matrix (job outputs are capped at 1 MB; unit lists can be far larger):
 * each shard job reads its units back from the plan with findShard. Zero shards give an empty
 * `include`, which the workflow must skip rather than start.
 */
function matrixFromPlans(plans) {
    const include = plans.flatMap((plan) => plan.shards.map((shard) => ({ shard: shard.name, suite: plan.suite, index: shard.index })));
    if (include.length > MAX_MATRIX_JOBS)
        throw new MatrixTooLargeError(include.length, MAX_MATRIX_JOBS);
    const seen = new Set();
    for (const entry of include) {
        if (seen.has(entry.shard)) {
            throw new ShardPlanInputError('suite', `"${entry.suite}" is planned twice; give every suite a distinct name.`);
        }
        seen.add(entry.shard);
    }
    return { include };
}
/** The shard a matrix job was started for, with the plan it belongs to. */
function findShard(plans, shardName) {
    for (const plan of plans) {
        const shard = plan.shards.find((candidate) => candidate.name === shardName);
        if (shard)
            return { plan, shard };
    }
    throw new ShardNotFoundError(shardName, plans.flatMap((plan) => plan.shards.map((shard) => shard.name)));
}

;// CONCATENATED MODULE: ./packages/core/src/planning/prediction.ts
// Whether a suite's plan predicts anything: without a timing for any unit, its times are the default
// guess per unit and the plan splits by count, which is said as such rather than as a duration.

/** Said instead of a duration when the suite has no timings. */
const UNKNOWN_ESTIMATE = 'unknown (no timings yet)';
/** The suite has no timing for any of its units: its times are a guess and the plan splits by count. */
function estimateIsUnknown(suite) {
    const units = suite.shards.reduce((count, shard) => count + shard.units.length, 0);
    return units > 0 && suite.knownShare === 0 && suite.estimates.default === units;
}
/** `ms` in core's duration format, or UNKNOWN_ESTIMATE for a suite without timings. */
function describePrediction(suite, ms) {
    return estimateIsUnknown(suite) ? UNKNOWN_ESTIMATE : formatDuration(ms);
}

;// CONCATENATED MODULE: ./packages/core/src/planning/index.ts







;// CONCATENATED MODULE: ./packages/core/src/errors/index.ts


;// CONCATENATED MODULE: ./packages/core/src/ports/logger.ts
/** A logger that drops everything: for stages run where nobody reads the log. */
const nullLogger = {
    debug: () => undefined,
    info: () => undefined,
    warning: () => undefined,
    error: () => undefined,
    group: (_name, body) => body(),
};
/** Every message also goes to `write` (a shard's output.log), warnings and errors with their level. */
function teeLogger(logger, write) {
    return {
        debug: (message) => logger.debug(message),
        info: (message) => (logger.info(message), write(message)),
        warning: (message) => (logger.warning(message), write(`warning: ${message}`)),
        error: (message) => (logger.error(message), write(`error: ${message}`)),
        group: (name, body) => logger.group(name, body),
    };
}

;// CONCATENATED MODULE: ./packages/core/src/ports/code-host.ts
/**
 * The host's answer when it asks us to slow down (GitHub: 429, or 403 with `retry-after`,
 * `x-ratelimit-remaining: 0` or a message naming a rate limit). Never a permission problem.
 */
function isRateLimited(error) {
    const { status, message, response } = (error ?? {});
    if (status === 429)
        return true;
    if (status !== 403)
        return false;
    const headers = response?.headers ?? {};
    return (headers['retry-after'] !== undefined ||
        String(headers['x-ratelimit-remaining']) === '0' ||
        /\brate limit/i.test(message ?? ''));
}
/** The host's answer when a token may not write (a fork PR's read-only GITHUB_TOKEN), not a rate limit. */
function isForbidden(error) {
    return error?.status === 403 && !isRateLimited(error);
}

;// CONCATENATED MODULE: ./packages/core/src/ports/index.ts




;// CONCATENATED MODULE: ./packages/core/src/gate/evaluate-gate.ts

/** What fails the step: a pass rate below the minimum (failures), only errored tests (errors), or nothing. */
const FAIL_ON = ['failures', 'errors', 'nothing'];
/** What a run in which no test ran does: fail, warn, or pass quietly. */
const IF_NO_RESULTS = ['error', 'warn', 'ignore'];
/**
 * The report's status is the pass-rate gate: failed when the exact pass rate (not the two-decimal
 * figure) is below minPassRate. `fail-on` then decides
 * whether that fails the step (failures), only errored tests do (errors), or nothing does.
 */
function evaluateGate(metrics, minPassRate, failOn) {
    if (metrics.passRate === null) {
        return { status: 'no-tests', failStep: false, reason: 'No test ran, so there is no pass rate to gate on.' };
    }
    const below = isBelowMinPassRate(metrics, minPassRate);
    const status = below ? 'failed' : 'passed';
    const rate = describePassRate(metrics, metrics.passRate, minPassRate);
    let reason = below
        ? `Pass rate ${rate} is below the required ${minPassRate} % (${metrics.failed} failed, ${metrics.errored} errored).`
        : `Pass rate ${rate} meets the required ${minPassRate} %.`;
    let failStep = false;
    if (failOn === 'failures')
        failStep = below;
    if (failOn === 'errors') {
        failStep = metrics.errored > 0;
        if (failStep)
            reason += ` ${metrics.errored} test(s) errored and fail-on is "errors".`;
    }
    if (failOn === 'nothing' && below)
        reason += ' fail-on is "nothing", so the step does not fail.';
    return { status, failStep, reason };
}
/** The one reading of `if-no-results`: whether a run without tests fails, and the line to show either way. */
function noResultsVerdict(policy, message) {
    if (policy === 'error')
        return { failStep: true, failure: message };
    if (policy === 'warn')
        return { failStep: false, warning: message };
    return { failStep: false };
}

;// CONCATENATED MODULE: ./packages/core/src/gate/index.ts



// EXTERNAL MODULE: ./packages/core/src/duration-setting.ts
var duration_setting = __webpack_require__(4660);
;// CONCATENATED MODULE: ./packages/core/src/contracts/plan.ts



// Raising the version in the table without changing the type (or the reverse) fails to compile.
const _planVersion = CONTRACT_VERSIONS.plan.current;
const _shardPlanVersion = CONTRACT_VERSIONS.shardPlan.current;
const ESTIMATE_SOURCES = ['known', 'file', 'directory', 'suite', 'default'];
function readShard(r, value, path) {
    const shard = r.object(value, path);
    const index = r.count(shard.index, fieldPath(path, 'index'));
    if (index < 1)
        r.fail(fieldPath(path, 'index'), `must be 1 or more (found ${index})`);
    r.nonEmptyString(shard.name, fieldPath(path, 'name'));
    r.stringArray(shard.units, fieldPath(path, 'units'));
    r.amount(shard.predictedMs, fieldPath(path, 'predictedMs'));
    return shard;
}
function readTradeoff(r, value, path) {
    const row = r.object(value, path);
    r.count(row.shards, fieldPath(path, 'shards'));
    r.amount(row.makespanMs, fieldPath(path, 'makespanMs'));
    r.amount(row.runnerMinutes, fieldPath(path, 'runnerMinutes'));
    r.amount(row.efficiency, fieldPath(path, 'efficiency'));
    r.boolean(row.withinBudget, fieldPath(path, 'withinBudget'));
    return row;
}
function readSuitePlan(r, value, path) {
    const plan = r.object(value, path);
    checkSchemaVersion(plan.schemaVersion, r.source, CONTRACT_VERSIONS.shardPlan, fieldPath(path, 'schemaVersion'));
    r.nonEmptyString(plan.suite, fieldPath(path, 'suite'));
    r.oneOf(plan.granularity, fieldPath(path, 'granularity'), ['test', 'file']);
    r.list(plan.shards, fieldPath(path, 'shards'), (shard, shardPath) => readShard(r, shard, shardPath));
    for (const key of ['totalMs', 'shardOverheadMs', 'lowerBoundMs', 'makespanMs', 'ratio']) {
        r.amount(plan[key], fieldPath(path, key));
    }
    r.numberIn(plan.knownShare, fieldPath(path, 'knownShare'), 0, 1);
    const estimates = r.object(plan.estimates, fieldPath(path, 'estimates'));
    for (const source of ESTIMATE_SOURCES)
        r.count(estimates[source], fieldPath(fieldPath(path, 'estimates'), source));
    r.nonEmptyString(plan.planHash, fieldPath(path, 'planHash'));
    r.optional(plan, 'tradeoffs', path, (rows, rowsPath) => r.list(rows, rowsPath, (row, rowPath) => readTradeoff(r, row, rowPath)));
    r.optional(plan, 'reason', path, r.string);
    return plan;
}
/** A shard found by name must be the only one of that name, or a job could run another shard's units. */
function checkShardNamesUnique(r, suites) {
    const seen = new Map();
    suites.forEach((suite, s) => suite.shards.forEach((shard, i) => {
        const path = `suites[${s}].shards[${i}].name`;
        const first = seen.get(shard.name);
        if (first !== undefined)
            r.fail(path, `${JSON.stringify(shard.name)} is also ${first}; shard names must be unique`);
        seen.set(shard.name, path);
    }));
}
/** Validates a parsed testpipe-plan.json; throws a ContractError naming `source` and the field path. */
function parsePipelinePlan(value, source) {
    const r = new FieldReader(source);
    const plan = r.object(value, '');
    checkSchemaVersion(plan.schemaVersion, source, CONTRACT_VERSIONS.plan);
    r.string(plan.configFile, 'configFile');
    const suites = r.list(plan.suites, 'suites', (suite, path) => readSuitePlan(r, suite, path));
    checkShardNamesUnique(r, suites);
    r.nonEmptyString(plan.planHash, 'planHash');
    return plan;
}
function readPlanFile(file) {
    return readJsonContract(file, parsePipelinePlan);
}

;// CONCATENATED MODULE: ./packages/core/src/contracts/environment.ts
// env.json: written by provision, read by seed, run-matrix and teardown.



const _environmentVersion = CONTRACT_VERSIONS.environment.current;
function readOutput(r, value, path) {
    if (value === null || ['string', 'boolean', 'object'].includes(typeof value))
        return value;
    if (typeof value === 'number' && Number.isFinite(value))
        return value;
    return r.fail(path, 'must be a string, number, boolean, null, list or map');
}
/** Validates a parsed env.json; throws a ContractError naming `source` and the field path. */
function parseEnvironmentFile(value, source) {
    const r = new FieldReader(source);
    const env = r.object(value, '');
    checkSchemaVersion(env.schemaVersion, source, CONTRACT_VERSIONS.environment);
    r.nonEmptyString(env.pipelineId, 'pipelineId');
    r.nonEmptyString(env.stateKey, 'stateKey');
    r.isoTime(env.provisionedAt, 'provisionedAt');
    r.record(env.outputs, 'outputs', (output, path) => readOutput(r, output, path));
    r.optional(env, 'workingDirectory', '', r.string);
    r.optional(env, 'expiresAt', '', r.isoTime);
    return env;
}
function readEnvFile(file) {
    return readJsonContract(file, parseEnvironmentFile);
}

;// CONCATENATED MODULE: ./packages/core/src/contracts/audit.ts
// audit.json: what provision created and teardown kept or destroyed, when and by which run; read by people.



const AUDIT_ACTIONS = ['created', 'kept', 'destroyed', 'destroy-failed', 'expired'];
const _auditVersion = CONTRACT_VERSIONS.audit.current;
function readEntry(r, value, path) {
    const entry = r.object(value, path);
    r.isoTime(entry.at, fieldPath(path, 'at'));
    r.oneOf(entry.action, fieldPath(path, 'action'), AUDIT_ACTIONS);
    const byPath = fieldPath(path, 'by');
    const by = r.object(entry.by, byPath);
    for (const key of ['runId', 'runAttempt', 'actor', 'job'])
        r.optional(by, key, byPath, r.string);
    r.oneOf(by.tool, fieldPath(byPath, 'tool'), ['action', 'cli']);
    r.optional(entry, 'reason', path, r.string);
    r.optional(entry, 'resources', path, r.stringArray);
    r.optional(entry, 'pipelineId', path, r.string);
    r.optional(entry, 'stateKey', path, r.string);
    r.optional(entry, 'expiresAt', path, r.isoTime);
    return entry;
}
/** Validates a parsed audit.json; throws a ContractError naming `source` and the field path. */
function parseAuditLog(value, source) {
    const r = new FieldReader(source);
    const log = r.object(value, '');
    checkSchemaVersion(log.schemaVersion, source, CONTRACT_VERSIONS.audit);
    r.nonEmptyString(log.pipelineId, 'pipelineId');
    r.list(log.entries, 'entries', (entry, path) => readEntry(r, entry, path));
    return log;
}
function readAuditFile(file) {
    return readJsonContract(file, parseAuditLog);
}

;// CONCATENATED MODULE: ./packages/core/src/contracts/metrics.ts





const _metricsVersion = CONTRACT_VERSIONS.metrics.current;
const TEST_STATUSES = ['passed', 'failed', 'errored', 'skipped', 'flaky'];
const COUNTS = ['total', 'passed', 'failed', 'errored', 'skipped', 'flaky'];
/** Counts and pass rate of the run or of one suite or file, consistent with DESIGN "Counting tests". */
function readCounts(r, group, path) {
    const c = Object.fromEntries(COUNTS.map((key) => [key, r.count(group[key], fieldPath(path, key))]));
    const sum = c.passed + c.failed + c.errored + c.skipped + c.flaky;
    if (c.total !== sum) {
        r.fail(fieldPath(path, 'total'), `is ${c.total}, but passed + failed + errored + skipped + flaky = ${sum}`);
    }
    const ratePath = fieldPath(path, 'passRate');
    if (group.passRate !== null)
        r.numberIn(group.passRate, ratePath, 0, 100);
    // The gate compares passRate with its threshold: a value the counts do not give is refused, not trusted.
    const expected = passRate(c.passed + c.flaky, c.total - c.skipped);
    if (group.passRate !== expected) {
        r.fail(ratePath, `is ${JSON.stringify(group.passRate)}, but the counts give ${JSON.stringify(expected)}`);
    }
}
function readGroup(r, value, path) {
    const group = r.object(value, path);
    readCounts(r, group, path);
    r.amount(group.durationMs, fieldPath(path, 'durationMs'));
}
function readTestSummary(r, value, path) {
    const test = r.object(value, path);
    for (const key of ['id', 'name', 'suite'])
        r.string(test[key], fieldPath(path, key));
    r.optional(test, 'file', path, r.string);
    r.oneOf(test.status, fieldPath(path, 'status'), TEST_STATUSES);
    r.amount(test.durationMs, fieldPath(path, 'durationMs'));
    return test;
}
function readFlakyTest(r, value, path) {
    const test = readTestSummary(r, value, path);
    r.count(test.attempts, fieldPath(path, 'attempts'));
    r.count(test.failedAttempts, fieldPath(path, 'failedAttempts'));
    r.optional(test, 'category', path, (category, categoryPath) => r.oneOf(category, categoryPath, FAILURE_CATEGORIES));
}
function readCategories(r, value) {
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
function readIngestError(r, value, path) {
    const error = r.object(value, path);
    r.string(error.path, fieldPath(path, 'path'));
    r.string(error.message, fieldPath(path, 'message'));
    r.string(error.kind, fieldPath(path, 'kind'));
}
function readFileSummary(r, value, path) {
    const file = r.object(value, path);
    r.string(file.path, fieldPath(path, 'path'));
    r.string(file.format, fieldPath(path, 'format'));
    r.count(file.tests, fieldPath(path, 'tests'));
    r.count(file.bytes, fieldPath(path, 'bytes'));
    r.list(file.errors, fieldPath(path, 'errors'), (error, errorPath) => readIngestError(r, error, errorPath));
}
/** Validates a parsed metrics.json; throws a ContractError naming `source` and the field path. */
function parseMetrics(value, source) {
    const r = new FieldReader(source);
    const metrics = r.object(value, '');
    checkSchemaVersion(metrics.schemaVersion, source, CONTRACT_VERSIONS.metrics);
    readCounts(r, metrics, '');
    const durations = r.object(metrics.durationMs, 'durationMs');
    for (const key of ['wall', 'cpu', 'allAttempts'])
        r.amount(durations[key], fieldPath('durationMs', key));
    r.record(durations.perShard, 'durationMs.perShard', (sum, path) => r.amount(sum, path));
    r.record(metrics.perSuite, 'perSuite', (group, path) => readGroup(r, group, path));
    r.record(metrics.perFile, 'perFile', (group, path) => readGroup(r, group, path));
    r.list(metrics.slowest, 'slowest', (test, path) => readTestSummary(r, test, path));
    r.list(metrics.flakyTests, 'flakyTests', (test, path) => readFlakyTest(r, test, path));
    r.optional(metrics, 'shards', '', (shards, path) => r.list(shards, path, (shard, shardPath) => {
        const entry = r.object(shard, shardPath);
        r.nonEmptyString(entry.shard, fieldPath(shardPath, 'shard'));
        r.string(entry.suite, fieldPath(shardPath, 'suite'));
        r.optional(entry, 'predictedMs', shardPath, r.amount);
        r.amount(entry.actualMs, fieldPath(shardPath, 'actualMs'));
        r.count(entry.attempts, fieldPath(shardPath, 'attempts'));
        return entry;
    }));
    readCategories(r, metrics.categories);
    r.list(metrics.files, 'files', (file, path) => readFileSummary(r, file, path));
    r.list(metrics.duplicates, 'duplicates', (error, path) => readIngestError(r, error, path));
    return metrics;
}
function readMetricsFile(file) {
    return readJsonContract(file, parseMetrics);
}

;// CONCATENATED MODULE: ./packages/core/src/contracts/timings.ts
// timings.json: written by aggregate-report, read by the run-matrix plan. The schema is parseTimings';
// this adds the contract's version rule, so a file from a newer testpipe says which version to use.




const _timingsVersion = CONTRACT_VERSIONS.timings.current;
/**
 * parseTimings with the version rule of every contract. A file without schemaVersion goes to parseTimings
 * as it is: pytest-split's `.test_durations` has none.
 */
function parseTimingsContract(value, source) {
    if (isJsonObject(value) && value.schemaVersion !== undefined) {
        checkSchemaVersion(value.schemaVersion, source, CONTRACT_VERSIONS.timings);
    }
    return parseTimings(value, source);
}
function readTimingsFile(file) {
    return readJsonContract(file, parseTimingsContract);
}

;// CONCATENATED MODULE: ./packages/core/src/contracts/shard-record.ts
// shard.json: what one shard really took, written beside its results by the shard stage and read by the
// report (clock-time duration, predicted vs actual per shard) and, through timings.json, by the next plan.



const _shardRecordVersion = CONTRACT_VERSIONS.shardRecord.current;
/** Validates a parsed shard.json; throws a ContractError naming `source` and the field path. */
function parseShardRecord(value, source) {
    const r = new FieldReader(source);
    const record = r.object(value, '');
    checkSchemaVersion(record.schemaVersion, source, CONTRACT_VERSIONS.shardRecord);
    r.nonEmptyString(record.shard, 'shard');
    r.nonEmptyString(record.suite, 'suite');
    r.isoTime(record.startedAt, 'startedAt');
    r.isoTime(record.endedAt, 'endedAt');
    r.optional(record, 'predictedMs', '', r.amount);
    r.count(record.units, 'units');
    r.count(record.files, 'files');
    const first = r.object(record.firstAttempt, 'firstAttempt');
    r.amount(first.durationMs, fieldPath('firstAttempt', 'durationMs'));
    r.amount(first.testsMs, fieldPath('firstAttempt', 'testsMs'));
    r.count(record.attempts, 'attempts');
    return record;
}
function readShardRecord(file) {
    return readJsonContract(file, parseShardRecord);
}

;// CONCATENATED MODULE: ./packages/core/src/contracts/index.ts
// The data contracts (DESIGN "Data contracts"): for every file that passes between stages, its name,
// its type and a validating reader. Readers throw ContractError (a UserError, kind 'config').












;// CONCATENATED MODULE: ./packages/core/src/redact/redact-run.ts
function redactAttempt(attempt, secrets) {
    attempt.stdout = secrets.redactOptional(attempt.stdout);
    attempt.stderr = secrets.redactOptional(attempt.stderr);
    attempt.source = secrets.redactOptional(attempt.source);
    const failure = attempt.failure;
    if (failure) {
        failure.message = secrets.redactOptional(failure.message);
        failure.body = secrets.redactOptional(failure.body);
        failure.type = secrets.redactOptional(failure.type);
    }
}
function redactTest(test, secrets) {
    test.id = secrets.redact(test.id);
    test.name = secrets.redact(test.name);
    test.suite = secrets.redact(test.suite);
    test.classname = secrets.redactOptional(test.classname);
    test.file = secrets.redactOptional(test.file);
    test.instanceOf = secrets.redactOptional(test.instanceOf);
    if (test.properties) {
        for (const key of Object.keys(test.properties))
            test.properties[key] = secrets.redact(test.properties[key]);
    }
    for (const attempt of test.attempts)
        redactAttempt(attempt, secrets);
}
function redactNote(note, secrets) {
    note.message = secrets.redact(note.message);
    note.path = secrets.redact(note.path);
}
function redactFile(file, secrets) {
    file.path = secrets.redact(file.path);
    for (const note of file.errors)
        redactNote(note, secrets);
}
/**
 * Finds the values tests masked in their output (`::add-mask::`), then redacts every known secret
 * from every text of the run, in place: what is written or posted from the run afterwards holds none.
 * Returns the newly found masked values (to mask them in the log too).
 */
function redactRun(run, secrets) {
    const found = [];
    for (const test of run.tests) {
        for (const attempt of test.attempts) {
            if (attempt.stdout)
                found.push(...secrets.addMaskedIn(attempt.stdout));
            if (attempt.stderr)
                found.push(...secrets.addMaskedIn(attempt.stderr));
        }
    }
    if (secrets.size === 0)
        return found;
    for (const test of run.tests)
        redactTest(test, secrets);
    for (const file of run.files)
        redactFile(file, secrets);
    for (const note of run.duplicates)
        redactNote(note, secrets);
    return found;
}

;// CONCATENATED MODULE: ./packages/core/src/redact/redact-strings.ts
/**
 * Every string inside `value` (keys too) redacted, for a JSON document about to be written: redacting the
 * JSON text instead could miss a secret whose quotes or backslashes JSON escapes, or cut through a quote.
 */
function redactStrings(value, redact) {
    if (typeof value === 'string')
        return redact(value);
    if (Array.isArray(value))
        return value.map((item) => redactStrings(item, redact));
    if (value && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([key, item]) => [redact(key), redactStrings(item, redact)]));
    }
    return value;
}

;// CONCATENATED MODULE: ./packages/core/src/redact/index.ts




;// CONCATENATED MODULE: ./packages/core/src/locate/tracked-files.ts
/**
 * The repository's tracked files (`git ls-files`), indexed to resolve what a report names: a path
 * (absolute, relative to somewhere else, with `\`), a bare file name, or a Java/Kotlin class name.
 */
class TrackedFiles {
    paths;
    byBaseName = new Map();
    constructor(paths) {
        this.paths = new Set();
        for (const raw of paths) {
            const path = raw.replace(/\\/g, '/');
            if (path === '')
                continue;
            this.paths.add(path);
            const base = tracked_files_baseName(path);
            const list = this.byBaseName.get(base);
            if (list)
                list.push(path);
            else
                this.byBaseName.set(base, [path]);
        }
    }
    get size() {
        return this.paths.size;
    }
    /**
     * The tracked path `reference` names, or undefined: exact, else the tracked file with the same
     * name sharing the longest run of trailing directories (one file of that name: that one).
     */
    resolve(reference) {
        const path = reference
            .replace(/\\/g, '/')
            .replace(/^file:\/\//, '')
            .replace(/^(?:\.\/)+/, '');
        if (this.paths.has(path))
            return path;
        const candidates = this.byBaseName.get(tracked_files_baseName(path));
        if (!candidates)
            return undefined;
        if (candidates.length === 1)
            return candidates[0];
        let best;
        let bestShared = 0;
        let tie = false;
        for (const candidate of candidates) {
            const shared = sharedTrailingSegments(candidate, path);
            if (shared > bestShared)
                [best, bestShared, tie] = [candidate, shared, false];
            else if (shared === bestShared)
                tie = true;
        }
        // Two files equally close (two `index.test.ts` and a bare name): naming either would be a guess.
        return tie || bestShared < 2 ? undefined : best;
    }
    /** `com.acme.CheckoutServiceTest` (or `…Test$Inner`) → `…/com/acme/CheckoutServiceTest.java|kt|scala|groovy`. */
    resolveClass(className) {
        if (!/^[\w$]+(?:\.[\w$]+)+$/.test(className))
            return undefined;
        const outer = className.split('$')[0];
        const relative = outer.replace(/\./g, '/');
        for (const extension of ['java', 'kt', 'scala', 'groovy']) {
            const found = this.resolve(`${relative}.${extension}`);
            if (found && found.endsWith(`${relative}.${extension}`))
                return found;
        }
        return undefined;
    }
}
function tracked_files_baseName(path) {
    return path.slice(path.lastIndexOf('/') + 1);
}
function sharedTrailingSegments(a, b) {
    const left = a.split('/');
    const right = b.split('/');
    let shared = 0;
    while (shared < left.length &&
        shared < right.length &&
        left[left.length - 1 - shared] === right[right.length - 1 - shared]) {
        shared++;
    }
    return shared;
}

;// CONCATENATED MODULE: ./packages/core/src/locate/stack-frames.ts
/** The frames that locate a failure are at the top; a 64 KiB body is not read to its end. */
const MAX_SCANNED_CHARS = 16_384;
const EXTENSIONS = '[jt]sx?|[cm][jt]s|py|rb|go|java|kt|scala|groovy|cs|fs|vb|php|rs|swift|cc|cpp|cxx|c|h|hpp|ex|exs|dart|feature|vue|svelte';
/** Anchored at the extension, so the scan is linear: the file name is then read backwards. */
const SOURCE_LINE = new RegExp(String.raw `\.(?:${EXTENSIONS})(?::line (\d+)|:(\d+))`, 'g');
const PATH_CHAR = /[\w@.$~+\-/\\:]/;
const JAVA_FRAME = /\bat\s+([\w$.]+)\.[\w$<>]+\(([\w$]+\.(?:java|kt|scala|groovy)):(\d+)\)/g;
const PYTHON_FRAME = /\bFile "([^"\n]+)", line (\d+)/g;
/** Reads the path that ends just before `end` backwards (drops a `file://` scheme and a drive's `C:` stays). */
function pathEndingAt(text, end) {
    let start = end;
    while (start > 0 && end - start < 400 && PATH_CHAR.test(text[start - 1]))
        start--;
    let file = text.slice(start, end);
    const scheme = file.lastIndexOf('file://');
    if (scheme >= 0)
        file = file.slice(scheme + 'file://'.length);
    // "(at foo:12)" style prefixes: keep what follows the last ':' unless it is a drive letter.
    const colon = file.lastIndexOf(':');
    if (colon > 1)
        file = file.slice(colon + 1);
    return { file, start: end - file.length };
}
/** Every file:line a text names, in order of appearance (top of the stack first). */
function framesIn(whole) {
    if (!whole)
        return [];
    const text = whole.length > MAX_SCANNED_CHARS ? whole.slice(0, MAX_SCANNED_CHARS) : whole;
    const found = [];
    const taken = new Set();
    for (const m of text.matchAll(JAVA_FRAME)) {
        const fileAt = m.index + m[0].lastIndexOf(m[2]);
        taken.add(fileAt + m[2].lastIndexOf('.'));
        found.push({ file: m[2], line: Number(m[3]), className: m[1], at: m.index });
    }
    for (const m of text.matchAll(PYTHON_FRAME)) {
        taken.add(m.index + m[0].indexOf('"') + m[1].lastIndexOf('.') + 1);
        found.push({ file: m[1], line: Number(m[2]), at: m.index });
    }
    for (const m of text.matchAll(SOURCE_LINE)) {
        if (taken.has(m.index))
            continue;
        const extension = m[0].slice(0, m[0].indexOf(':'));
        const { file, start } = pathEndingAt(text, m.index);
        const line = Number(m[1] ?? m[2]);
        if (file === '' || !(line > 0))
            continue;
        found.push({ file: file + extension, line, at: start });
    }
    return found.sort((a, b) => a.at - b.at).map(({ at: _at, ...frame }) => frame);
}

;// CONCATENATED MODULE: ./packages/core/src/locate/locate-test.ts


/** Strips a root (workspace, repository checkout) from an absolute path. */
function withoutRoots(file, roots) {
    const path = file.replace(/\\/g, '/');
    for (const root of roots) {
        const prefix = `${root.replace(/\\/g, '/').replace(/\/+$/, '')}/`;
        if (path.startsWith(prefix))
            return path.slice(prefix.length);
    }
    return path;
}
function failureTexts(test) {
    const failing = test.attempts.findLast((attempt) => isFailing(attempt.status));
    const failure = failing?.failure;
    return [failure?.body, failure?.message, failing?.stderr, failing?.stdout].filter((text) => text !== undefined);
}
/**
 * A failing or flaky test's location, worked out in order from: its `file`/`line` attributes (a
 * line from a frame in that file when the report gives none), the first stack frame that names a
 * tracked file, then its suite or classname as a path or class. Undefined when nothing resolves.
 */
function locateTest(test, tracked, roots = []) {
    const resolve = (file) => tracked.resolve(withoutRoots(file, roots));
    const frames = failureTexts(test).flatMap(framesIn);
    const framePath = (frame) => {
        if (frame.className) {
            const byClass = tracked.resolveClass(frame.className);
            if (byClass?.endsWith(`/${frame.file}`) || byClass === frame.file)
                return byClass;
        }
        return resolve(frame.file);
    };
    if (test.file) {
        const path = resolve(test.file);
        if (path) {
            const line = test.line ?? frames.find((frame) => framePath(frame) === path)?.line;
            return line === undefined ? { path } : { path, line };
        }
    }
    // Frames in the test's own class first (a Java trace starts deep in the library under test).
    const ownClass = test.classname && tracked.resolveClass(test.classname);
    for (const frame of frames) {
        const path = framePath(frame);
        if (path && (!ownClass || path === ownClass))
            return { path, line: frame.line };
    }
    for (const frame of frames) {
        const path = framePath(frame);
        if (path && !path.includes('node_modules/'))
            return { path, line: frame.line };
    }
    for (const name of [test.suite, test.classname]) {
        if (!name)
            continue;
        const path = resolve(name) ?? tracked.resolveClass(name);
        if (path)
            return { path };
    }
    return undefined;
}
/** Sets `location` on every failing and flaky test of the run that can be located; returns how many. */
function locateFailures(run, tracked, roots = []) {
    let located = 0;
    for (const test of run.tests) {
        if (!isFailing(test.status) && test.status !== 'flaky')
            continue;
        const location = locateTest(test, tracked, roots);
        if (location) {
            test.location = location;
            located++;
        }
    }
    return located;
}

;// CONCATENATED MODULE: ./packages/core/src/locate/index.ts





;// CONCATENATED MODULE: ./packages/core/src/seed-model/deterministic.ts
// Deterministic test data: every value is a function of (seed, dataset version, table, row, column) only,
// so adding a column or a table never changes the values of the others, and two machines agree.

function columnKey(seed, version, table, column) {
    const digest = (0,external_node_crypto_.createHash)('sha256').update(`${seed}\u0000${version}\u0000${table}\u0000${column}`).digest();
    return { a: digest.readUInt32LE(0), b: digest.readUInt32LE(4) };
}
/** murmur3's 32-bit finaliser: good avalanche, no allocation. */
function deterministic_fmix32(h) {
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return h >>> 0;
}
/** A uniform number in [0, 1) for cell (row, draw) of the column: draw separates several values of one cell. */
function cellUnit(key, row, draw = 0) {
    const h1 = deterministic_fmix32((key.a ^ Math.imul(row + 1, 0x9e3779b1)) >>> 0);
    const h2 = deterministic_fmix32((key.b + h1 + Math.imul(draw + 1, 0x27d4eb2f)) >>> 0);
    return h2 / 4294967296;
}
/** A whole number in [0, n). */
function cellIndex(key, row, n, draw = 0) {
    return Math.floor(cellUnit(key, row, draw) * n);
}

;// CONCATENATED MODULE: ./packages/core/src/seed-model/word-lists.ts
// Small, invented word lists for names and addresses: enough variety for tests, no real people.
const FIRST_NAMES = [
    'Ada',
    'Bram',
    'Chloe',
    'Daan',
    'Elif',
    'Farid',
    'Greta',
    'Hugo',
    'Ines',
    'Jonas',
    'Kira',
    'Lars',
    'Mila',
    'Noah',
    'Olga',
    'Pim',
    'Quinn',
    'Rosa',
    'Sven',
    'Tara',
    'Umar',
    'Vera',
    'Wim',
    'Xena',
    'Yara',
    'Zeno',
];
const LAST_NAMES = [
    'Abbink',
    'Bakker',
    'Castell',
    'Dekker',
    'Evers',
    'Fontein',
    'Gerrits',
    'Hofman',
    'Ivens',
    'Jansma',
    'Kroon',
    'Lindqvist',
    'Mertens',
    'Nolte',
    'Oosting',
    'Peeters',
    'Quist',
    'Roos',
    'Smit',
    'Timmer',
    'Uhl',
    'Visser',
    'Wolters',
    'Xhaka',
    'Yilmaz',
    'Zwart',
];
const STREETS = [
    'Acacia Lane',
    'Birch Road',
    'Canal Street',
    'Dune Way',
    'Elm Avenue',
    'Fern Close',
    'Garden Row',
    'Harbour Quay',
    'Iris Court',
    'Juniper Walk',
    'Kestrel Drive',
    'Linden Square',
    'Maple Crescent',
];
const CITIES = [
    'Northbridge',
    'Eastwick',
    'Southvale',
    'Westmere',
    'Lakeview',
    'Riverton',
    'Hillcrest',
    'Oakford',
    'Bayside',
    'Fairhaven',
    'Stonebrook',
    'Ashwood',
];
const EMAIL_DOMAINS = ['example.test', 'mail.example', 'demo.invalid'];

;// CONCATENATED MODULE: ./packages/core/src/seed-model/generators.ts
// Column generators of datasets.yml, compiled to row → text functions (the form COPY and INSERT both take).


/** The generator names datasets.yml accepts, for messages. */
const GENERATOR_KINDS = [
    'sequence',
    'choice',
    'range',
    'money',
    'date',
    'timestamp',
    'constant',
    'boolean',
    'uuid',
    'name',
    'first-name',
    'last-name',
    'email',
    'address',
    'city',
    'phone',
];
const DAY_MS = 86_400_000;
const FIRST_LOWER = FIRST_NAMES.map((name) => name.toLowerCase());
const LAST_LOWER = LAST_NAMES.map((name) => name.toLowerCase());
function pick(list, index) {
    return list[index % list.length];
}
function hex(unit, digits) {
    return Math.floor(unit * 16 ** digits)
        .toString(16)
        .padStart(digits, '0');
}
function compileGenerator(spec, context) {
    const key = columnKey(context.seed, context.version, context.table, context.column);
    const firstName = (row) => pick(FIRST_NAMES, cellIndex(key, row, FIRST_NAMES.length, 1));
    const lastName = (row) => pick(LAST_NAMES, cellIndex(key, row, LAST_NAMES.length, 2));
    const firstLower = (row) => pick(FIRST_LOWER, cellIndex(key, row, FIRST_NAMES.length, 1));
    const lastLower = (row) => pick(LAST_LOWER, cellIndex(key, row, LAST_NAMES.length, 2));
    switch (spec.kind) {
        case 'sequence':
            return (row) => String(spec.start + row * spec.step);
        case 'choice':
            return (row) => spec.values[cellIndex(key, row, spec.values.length)];
        case 'range': {
            const factor = 10 ** spec.decimals;
            const span = Math.round((spec.max - spec.min) * factor) + 1;
            return (row) => ((Math.round(spec.min * factor) + cellIndex(key, row, span)) / factor).toFixed(spec.decimals);
        }
        case 'money': {
            const span = Math.round((spec.max - spec.min) * 100) + 1;
            return (row) => ((Math.round(spec.min * 100) + cellIndex(key, row, span)) / 100).toFixed(2);
        }
        case 'date': {
            const fromMs = context.referenceMs + spec.fromDays * DAY_MS;
            if (!spec.withTime) {
                // Few distinct days: format each once.
                const days = spec.toDays - spec.fromDays + 1;
                const formatted = new Map();
                return (row) => {
                    const day = cellIndex(key, row, days);
                    let text = formatted.get(day);
                    if (text === undefined)
                        formatted.set(day, (text = new Date(fromMs + day * DAY_MS).toISOString().slice(0, 10)));
                    return text;
                };
            }
            const spanSeconds = (spec.toDays - spec.fromDays) * 86_400;
            return (row) => new Date(fromMs + cellIndex(key, row, spanSeconds) * 1000).toISOString();
        }
        case 'constant':
            return () => spec.value;
        case 'boolean':
            return (row) => (cellUnit(key, row) < 0.5 ? 'true' : 'false');
        case 'uuid':
            return (row) => {
                const h = [0, 1, 2, 3].map((draw) => hex(cellUnit(key, row, draw), 8)).join('');
                return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
            };
        case 'first-name':
            return firstName;
        case 'last-name':
            return lastName;
        case 'name':
            return (row) => `${firstName(row)} ${lastName(row)}`;
        case 'email':
            // The row number keeps emails unique, as a users.email UNIQUE constraint needs.
            return (row) => `${firstLower(row)}.${lastLower(row)}${row + 1}@${pick(EMAIL_DOMAINS, cellIndex(key, row, 3, 3))}`;
        case 'city':
            return (row) => pick(CITIES, cellIndex(key, row, CITIES.length));
        case 'address':
            return (row) => `${1 + cellIndex(key, row, 240, 1)} ${pick(STREETS, cellIndex(key, row, STREETS.length, 2))}, ` +
                `${1000 + cellIndex(key, row, 9000, 3)} ${pick(CITIES, cellIndex(key, row, CITIES.length, 4))}`;
        case 'phone':
            return (row) => `+31 6 ${String(cellIndex(key, row, 100_000_000)).padStart(8, '0')}`;
    }
}
/** A value of the same kind as `original`, for masking with `fake`: deterministic in the original. */
function fakeLike(original, kindHint, key) {
    const k = columnKey(key.seed, 'mask', original, key.column);
    const first = pick(FIRST_NAMES, cellIndex(k, 0, FIRST_NAMES.length, 1));
    const last = pick(LAST_NAMES, cellIndex(k, 0, LAST_NAMES.length, 2));
    const hint = kindHint.toLowerCase();
    if (original.includes('@') || hint.includes('email'))
        return `${first}.${last}.${hex(cellUnit(k, 0, 5), 6)}@example.test`.toLowerCase();
    if (hint.includes('phone') || /^[+\d][\d\s()-]{5,}$/.test(original)) {
        return original.replace(/\d/g, (_, i) => String(cellIndex(k, i, 10, 7)));
    }
    if (hint.includes('address') || hint.includes('street')) {
        return `${1 + cellIndex(k, 0, 240, 3)} ${pick(STREETS, cellIndex(k, 0, STREETS.length, 4))}`;
    }
    if (hint.includes('city'))
        return pick(CITIES, cellIndex(k, 0, CITIES.length, 6));
    if (/^\d+$/.test(original))
        return original.replace(/\d/g, (_, i) => String(cellIndex(k, i, 10, 8)));
    return hint.includes('first') ? first : hint.includes('last') ? last : `${first} ${last}`;
}

;// CONCATENATED MODULE: ./packages/core/src/seed-model/index.ts



;// CONCATENATED MODULE: ./packages/core/src/render/comment-marker.ts
// The hidden lines that make a report comment sticky, shared by every code host (GitHub PR comments,
// GitLab merge-request notes): one implementation, so both find their own comments the same way.
/**
 * The hidden HTML comment that marks our comment among all comments of a PR: always the comment's
 * first line. No `--` (which could end the HTML comment early) and no line break survive from the name.
 */
function commentMarker(reportName) {
    return `<!-- testpipe-report: ${reportName.replace(/[\r\n\u2028\u2029]+/g, ' ').replace(/-(?=-)/g, '- ')} -->`;
}
/** Ours only when the marker is the whole first line: report data quoted further down never matches. */
function carriesMarker(body, marker) {
    const firstLine = (body ?? '').split('\n', 1)[0];
    return firstLine.replace(/\r$/, '') === marker;
}
/** The hidden second line that records what `comment: on-change` compares. */
function digestLine(digest) {
    return `<!-- testpipe-digest: ${digest} -->`;
}
/** A sticky comment's whole body: the marker line, the digest line when there is a digest, then the report. */
function stickyCommentBody(marker, body, digest) {
    return `${digest ? `${marker}\n${digestLine(digest)}` : marker}\n${body}`;
}
/** The comment already records this digest (`comment: on-change`): it is left as it is. */
function carriesDigest(body, digest) {
    return Boolean(digest) && (body ?? '').includes(digestLine(digest));
}

;// CONCATENATED MODULE: ./packages/core/src/index.ts


























/***/ })

};
