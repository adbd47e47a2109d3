export const id = 574;
export const ids = [574];
export const modules = {

/***/ 4574:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  formatMetrics: () => (/* binding */ formatMetrics),
  metricsCommand: () => (/* binding */ metricsCommand)
});

// EXTERNAL MODULE: ./packages/core/src/index.ts + 140 modules
var src = __webpack_require__(5423);
// EXTERNAL MODULE: ./packages/cli/src/did-you-mean.ts
var did_you_mean = __webpack_require__(9907);
;// CONCATENATED MODULE: ./packages/cli/src/format-table.ts
/** Formats rows as a plain-text table with right-aligned numeric columns. */
function formatTable(header, rows) {
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
    const numeric = header.map((_, i) => rows.length > 0 && rows.every((r) => /^-?[\d.,]+( ?%| ms| s)?$|^—$/.test(r[i] ?? '')));
    const line = (cells) => cells
        .map((cell, i) => (numeric[i] ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
        .join('  ')
        .trimEnd();
    return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

// EXTERNAL MODULE: ./packages/cli/src/option-cursor.ts
var option_cursor = __webpack_require__(5160);
// EXTERNAL MODULE: ./packages/cli/src/usage-error.ts
var usage_error = __webpack_require__(9678);
;// CONCATENATED MODULE: ./packages/cli/src/commands/metrics.ts





const USAGE = `Usage: testpipe metrics [--json] [--slowest N] <report paths, directories or globs...>

Reads every test report (JUnit XML in any dialect, CTRF JSON, NUnit 3, xUnit.net v2, TRX), merges shards
and retries, and prints the metrics: a table by default, metrics.json with --json.
Exits 0 even when tests failed (gating is the report's job); 2 for unusable arguments.`;
function parseArgs(args) {
    const parsed = { json: false, slowest: 10, paths: [] };
    for (const cursor = new option_cursor/* OptionCursor */.o(args); cursor.next();) {
        if (cursor.flag === '--json')
            parsed.json = true;
        else if (cursor.flag === '--slowest') {
            const value = cursor.value();
            const n = Number(value);
            if (!Number.isInteger(n) || n < 0)
                throw new usage_error/* UsageError */.e(`--slowest needs a whole number, got "${value}".`);
            parsed.slowest = n;
        }
        else if (cursor.isOption)
            throw (0,did_you_mean/* unknownOptionError */.M_)(cursor.flag, USAGE);
        else
            parsed.paths.push(cursor.arg);
    }
    if (parsed.paths.length === 0)
        throw new usage_error/* UsageError */.e('give at least one report path, directory or glob.');
    return parsed;
}
function rate(value) {
    return value === null ? '—' : `${value.toFixed(2)} %`;
}
/** The human-readable form of metrics.json. */
function formatMetrics(metrics) {
    const sections = [];
    sections.push(formatTable(['total', 'passed', 'failed', 'errored', 'skipped', 'flaky', 'pass rate', 'wall', 'cpu'], [
        [
            String(metrics.total),
            String(metrics.passed),
            String(metrics.failed),
            String(metrics.errored),
            String(metrics.skipped),
            String(metrics.flaky),
            rate(metrics.passRate),
            (0,src.formatDuration)(metrics.durationMs.wall),
            (0,src.formatDuration)(metrics.durationMs.cpu),
        ],
    ]));
    const suites = Object.entries(metrics.perSuite);
    if (suites.length > 0) {
        sections.push('Suites\n' +
            formatTable(['suite', 'total', 'failed', 'errored', 'skipped', 'flaky', 'pass rate', 'duration'], suites.map(([name, s]) => [
                name,
                String(s.total),
                String(s.failed),
                String(s.errored),
                String(s.skipped),
                String(s.flaky),
                rate(s.passRate),
                (0,src.formatDuration)(s.durationMs),
            ])));
    }
    const categories = Object.entries(metrics.categories).filter(([, c]) => c.count > 0 || c.flaky > 0);
    if (categories.length > 0) {
        sections.push('Failure categories\n' +
            formatTable(['category', 'failed', 'flaky', 'what to look at'], categories.map(([name, c]) => [name, String(c.count), String(c.flaky), c.recommendation])));
    }
    if (metrics.flakyTests.length > 0) {
        sections.push('Flaky tests\n' +
            formatTable(['test', 'attempts', 'failed attempts'], metrics.flakyTests.map((t) => [t.id, String(t.attempts), String(t.failedAttempts)])));
    }
    if (metrics.slowest.length > 0) {
        sections.push('Slowest tests\n' +
            formatTable(['test', 'status', 'duration'], metrics.slowest.map((t) => [t.id, t.status, (0,src.formatDuration)(t.durationMs)])));
    }
    if (metrics.shards?.length) {
        sections.push('Shards: predicted and actual\n' +
            formatTable(['shard', 'suite', 'predicted', 'actual', 'actual ÷ predicted', 'attempts'], metrics.shards.map((shard) => [
                shard.shard,
                shard.suite,
                shard.predictedMs === undefined ? '–' : (0,src.formatDuration)(shard.predictedMs),
                (0,src.formatDuration)(shard.actualMs),
                (0,src.formatPredictionRatio)(shard),
                String(shard.attempts),
            ])));
    }
    sections.push('Files\n' +
        formatTable(['file', 'format', 'tests', 'problems'], metrics.files.map((f) => [
            f.path,
            f.format,
            String(f.tests),
            f.errors.length === 0
                ? '—'
                : f.errors
                    .map((e) => `${e.kind}${e.line ? ` at ${e.line}:${e.column ?? 0}` : ''}: ${e.message}`)
                    .join('; '),
        ])));
    if (metrics.duplicates.length > 0) {
        sections.push('Duplicate test ids (not retries)\n' + metrics.duplicates.map((d) => `  ${d.message}`).join('\n'));
    }
    return sections.join('\n\n');
}
const metricsCommand = {
    name: 'metrics',
    usage: USAGE,
    async run(args) {
        const parsed = parseArgs(args);
        // Bounded memory: the merged run is never built (RunBuilder's retain: 'metrics').
        const metrics = await (0,src.ingestReportMetrics)(parsed.paths, { slowest: parsed.slowest });
        // metrics.json of a large run is tens of MB: written piece by piece, never as one string.
        if (parsed.json)
            await (0,src.writePrettyJson)(metrics, process.stdout);
        else
            process.stdout.write(`${formatMetrics(metrics)}\n`);
        return 0;
    },
};


/***/ }),

/***/ 5160:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ OptionCursor)
/* harmony export */ });
/* harmony import */ var _usage_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9678);

/** Walks a command's arguments: each `--flag` (or `--flag=value`), its value when asked, and operands. */
class OptionCursor {
    args;
    index = -1;
    inline;
    /** The argument as given. */
    arg = '';
    /** The argument without its `=value`. */
    flag = '';
    constructor(args) {
        this.args = args;
    }
    /** Moves to the next argument; false at the end. */
    next() {
        this.index += 1;
        const arg = this.args[this.index];
        if (arg === undefined)
            return false;
        const split = arg.startsWith('--') && arg.includes('=');
        this.arg = arg;
        this.flag = split ? arg.slice(0, arg.indexOf('=')) : arg;
        this.inline = split ? arg.slice(arg.indexOf('=') + 1) : undefined;
        return true;
    }
    /** The flag's value: after `=`, else the next argument; missing, empty or another flag is a UsageError. */
    value() {
        const value = this.inline ?? this.args[++this.index];
        if (value === undefined || value === '' || (this.inline === undefined && value.startsWith('--'))) {
            throw new _usage_error_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`${this.flag} needs a value.`);
        }
        return value;
    }
    /** Names after the flag: `--suite a --suite b`, `--suite a,b` and `--suite a b` all give a and b. */
    names() {
        const names = [this.value()];
        if (this.inline === undefined) {
            while (this.args[this.index + 1] !== undefined && !this.args[this.index + 1].startsWith('-')) {
                names.push(this.args[++this.index]);
            }
        }
        return names
            .flatMap((name) => name.split(','))
            .map((name) => name.trim())
            .filter((name) => name !== '');
    }
    /** An option (`-x`, `--x`), not an operand; `-` alone is an operand (standard input). */
    get isOption() {
        return this.flag.startsWith('-') && this.flag !== '-';
    }
}


/***/ })

};
