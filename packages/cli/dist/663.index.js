export const id = 663;
export const ids = [663,574,505,407,112];
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

/***/ 8236:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ parseFailOn),
/* harmony export */   b: () => (/* binding */ parseMinPassRate)
/* harmony export */ });
/* harmony import */ var _testpipe_core_input_support__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4239);
/* harmony import */ var _usage_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9678);


/** The gate options `report` and `run` share, parsed with the same messages. */
function parseMinPassRate(raw) {
    const n = Number(raw);
    if (!Number.isFinite(n) || n < 0 || n > 100)
        throw new _usage_error_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .e(`--min-pass-rate must be 0..100, got "${raw}".`);
    return n;
}
function parseFailOn(raw) {
    if (!_testpipe_core_input_support__WEBPACK_IMPORTED_MODULE_0__/* .FAIL_ON */ .d$.includes(raw)) {
        throw new _usage_error_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .e(`--fail-on must be one of ${_testpipe_core_input_support__WEBPACK_IMPORTED_MODULE_0__/* .FAIL_ON */ .d$.join(', ')}, got "${raw}".`);
    }
    return raw;
}


/***/ }),

/***/ 4501:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ gitlabPublishing)
/* harmony export */ });
/* unused harmony export GITLAB_TOKEN_VARIABLES */
/* harmony import */ var _testpipe_stages__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3171);
/* harmony import */ var _testpipe_stages_defaults__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8407);


const GITLAB_TOKEN_VARIABLES = ['TESTPIPE_GITLAB_TOKEN', 'GITLAB_TOKEN'];
const DEFAULT_API_URL = 'https://gitlab.com/api/v4';
/**
 * The note's publishing settings in a GitLab merge-request pipeline (CI_MERGE_REQUEST_IID and
 * CI_PROJECT_ID set, a token in TESTPIPE_GITLAB_TOKEN or GITLAB_TOKEN), else undefined after saying
 * why once when it matters. Never throws: the report is written whatever happens to the note.
 */
function gitlabPublishing(env, options) {
    const { log } = options;
    if (options.comment === 'off')
        return undefined;
    const iidText = env.CI_MERGE_REQUEST_IID?.trim();
    const projectId = env.CI_PROJECT_ID?.trim();
    if (!iidText || !projectId) {
        if (options.comment !== undefined) {
            log.warning(`--comment ${options.comment}: this is not a GitLab merge-request pipeline (CI_MERGE_REQUEST_IID and CI_PROJECT_ID are not both set), so no note is posted.`);
        }
        return undefined;
    }
    if (!/^[1-9]\d*$/.test(iidText)) {
        log.warning(`CI_MERGE_REQUEST_IID is "${iidText}", not a merge request number: no note is posted.`);
        return undefined;
    }
    const tokenVariable = GITLAB_TOKEN_VARIABLES.find((name) => env[name]?.trim());
    if (!tokenVariable) {
        const jobToken = env.CI_JOB_TOKEN
            ? ' CI_JOB_TOKEN cannot be used instead: GitLab does not accept the job token for merge-request notes.'
            : '';
        log.warning(`No merge-request note: set TESTPIPE_GITLAB_TOKEN to a project access token with the api scope, as a masked CI/CD variable. The report is written anyway.${jobToken}`);
        return undefined;
    }
    const token = env[tokenVariable].trim();
    const host = (0,_testpipe_stages__WEBPACK_IMPORTED_MODULE_0__.createGitLabCodeHost)({
        apiUrl: env.CI_API_V4_URL?.trim() || DEFAULT_API_URL,
        projectId,
        token,
        tokenVariable,
        projectUrl: env.CI_PROJECT_URL?.trim() || undefined,
        log,
        clock: options.clock,
    });
    return {
        host,
        comment: options.comment ?? 'always',
        commentMode: options.commentMode ?? _testpipe_stages_defaults__WEBPACK_IMPORTED_MODULE_1__/* .REPORT_DEFAULTS */ .MQ['comment-mode'],
        pullRequest: { number: Number(iidText), baseRef: env.CI_MERGE_REQUEST_TARGET_BRANCH_NAME?.trim() ?? '' },
        runUrl: env.CI_JOB_URL?.trim() || undefined,
        redact: [token],
    };
}


/***/ }),

/***/ 8112:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   finishLocalReport: () => (/* binding */ finishLocalReport),
/* harmony export */   gitlabPublishing: () => (/* reexport safe */ _gitlab_context_js__WEBPACK_IMPORTED_MODULE_6__.T),
/* harmony export */   localReportInput: () => (/* binding */ localReportInput),
/* harmony export */   runReport: () => (/* reexport safe */ _testpipe_stages__WEBPACK_IMPORTED_MODULE_1__.runReport),
/* harmony export */   terminalLogger: () => (/* reexport safe */ _terminal_logger_js__WEBPACK_IMPORTED_MODULE_5__.terminalLogger),
/* harmony export */   valuesToRedact: () => (/* reexport safe */ _testpipe_stages__WEBPACK_IMPORTED_MODULE_1__.valuesToRedact)
/* harmony export */ });
/* harmony import */ var _testpipe_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5423);
/* harmony import */ var _testpipe_stages__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3171);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _commands_metrics_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4574);
/* harmony import */ var _terminal_logger_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8505);
/* harmony import */ var _gitlab_context_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4501);
// The report stage on this machine, for `report` and `run`: loaded once their arguments are usable.








const ALLOW_OUTSIDE_FLAG = {
    refusedBecause: '--allow-outside-workspace was not given',
    toAllow: 'pass --allow-outside-workspace',
};
/**
 * The report stage's input on this machine: paths relative to the current directory, nothing to publish
 * but a GitLab merge-request note when `gitlab` is given.
 */
function localReportInput(options) {
    const workspace = process.cwd();
    const { gitlab } = options;
    return {
        results: options.results,
        reportName: options.reportName,
        minPassRate: options.minPassRate,
        failOn: options.failOn,
        ifNoResults: options.allowNoTests ? 'ignore' : 'error',
        outputDir: options.outputDir,
        // Nothing is uploaded here (no artifact store); with a host, the name makes the stage ask it for an
        // earlier report, so the note says why there is none (GitLab: none is looked up).
        reportArtifact: gitlab ? _testpipe_stages__WEBPACK_IMPORTED_MODULE_1__.REPORT_DEFAULTS['report-artifact'] : '',
        previousTimings: options.previousTimings,
        comment: gitlab?.comment ?? 'off',
        commentMode: gitlab?.commentMode ?? _testpipe_stages__WEBPACK_IMPORTED_MODULE_1__.REPORT_DEFAULTS['comment-mode'],
        checkRun: false,
        maxAnnotations: 0,
        pipelineId: 'local',
        context: {
            repository: '',
            headSha: '',
            workspace,
            ...(gitlab && { pullRequest: gitlab.pullRequest, runUrl: gitlab.runUrl }),
        },
        workDir: node_path__WEBPACK_IMPORTED_MODULE_3___default().join(options.outputDir, '.work'),
        redact: [...(options.redact ?? []), ...(gitlab?.redact ?? [])],
        // `run` reads its own results wherever --out is; `report` reads outside only with the flag.
        outsideWorkspace: options.outsideWorkspace ?? 'allow',
        outsideWorkspaceOption: ALLOW_OUTSIDE_FLAG,
    };
}
/** What `report` and `run` print and keep after the report stage: summary.md, the metrics, the verdict. */
async function finishLocalReport(result, outputDir, print = {
    out: process.stdout,
    err: process.stderr,
}) {
    if (result.summaryMarkdown)
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(outputDir, _testpipe_core__WEBPACK_IMPORTED_MODULE_0__.SUMMARY_FILE), result.summaryMarkdown);
    if (result.metrics && result.gate)
        print.out.write(`${(0,_commands_metrics_js__WEBPACK_IMPORTED_MODULE_4__.formatMetrics)(result.metrics)}\n\n${result.gate.reason}\n`);
    if (result.failure && result.failure !== result.gate?.reason)
        print.err.write(`${result.failure}\n`);
}


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


/***/ }),

/***/ 5608:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ LiveBlock)
/* harmony export */ });
// A block of lines at the bottom of a terminal, redrawn in place so its times move; lines printed above it
// scroll up as permanent output. `testpipe run`'s shard progress and `testpipe pipeline`'s board draw with it.
const SPINNER = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
class LiveBlock {
    out;
    render;
    drawnLines = 0;
    frame = 0;
    timer;
    /** `render` gives the block's lines for this frame's spinner character, each cut to the terminal's width. */
    constructor(out, render, refreshMs) {
        this.out = out;
        this.render = render;
        this.timer = setInterval(() => this.redraw(), refreshMs);
        this.timer.unref();
    }
    /** Columns a line may use without wrapping (which would break the redraw). */
    get width() {
        return Math.max(20, (this.out.columns || 80) - 1);
    }
    /** A permanent line above the block. */
    above(text) {
        this.erase();
        this.out.write(`${text}\n`);
        this.redraw();
    }
    redraw() {
        this.erase();
        const lines = this.render(SPINNER[this.frame++ % SPINNER.length]);
        this.out.write(lines.map((line) => `${line}\n`).join(''));
        this.drawnLines = lines.length;
    }
    /** Erases the block for good; later output is plain. */
    stop() {
        clearInterval(this.timer);
        this.erase();
    }
    erase() {
        // Cursor up to the block's first line, to column 1, then clear to the end of the screen.
        if (this.drawnLines > 0)
            this.out.write(`\x1b[${this.drawnLines}A\r\x1b[J`);
        this.drawnLines = 0;
    }
}


/***/ }),

/***/ 2203:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ RUN_USAGE),
/* harmony export */   u: () => (/* binding */ parseRunArgs)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _did_you_mean_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9907);
/* harmony import */ var _gate_options_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8236);
/* harmony import */ var _option_cursor_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5160);
/* harmony import */ var _usage_error_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9678);





const RUN_USAGE = `Usage: testpipe run [options]

Runs the whole pipeline on this machine: reads testpipe.yml, plans every suite's shards (balanced with the
timings of an earlier run), runs the shards N at a time (each with its suite's timeout and retries), then
merges the results into one report and gates on it. Suites' working directories are relative to the
current directory, as they are to the repository root in the action.

Writes, into --out:
  results/<shard>/   junit.xml, ctrf.json, attempts/ and output.log (everything the shard printed)
  report/            metrics.json, ctrf-report.json, junit.xml, report.html, timings.json, summary.md

Options:
  --config FILE          the pipeline config (default: testpipe.yml)
  --parallel N           shards running at once (default: the number of CPUs)
  --out DIR              output directory (default: testpipe-out)
  --timings FILE         timings.json to plan with (default: <out>/report/timings.json of an earlier run)
  --suite NAME...        run only these suites (repeatable, or comma-separated)
  --min-pass-rate N      fail when the pass rate is below N percent (default: 100)
  --fail-on WHAT         failures | errors | nothing (default: failures)
  --allow-no-tests       exit 0 when no test ran
  --redact NAME          redact the value of environment variable NAME (a secret) from every file
                         written (each shard's output.log, junit.xml, ctrf.json, attempts/ and the
                         report), as values that tests mask with ::add-mask:: are; repeatable
  --no-progress          plain progress lines even on a terminal

Exit codes: 0 the gate passed, 1 the gate failed (or a shard could not run, or no tests),
2 unusable arguments or config, 3 an output path that cannot be written, 130 interrupted (Ctrl-C; the
finished shards are still reported).`;
/**
 * `testpipe run` arguments, validated. Throws UsageError naming the bad option. A command with more options
 * (pipeline) reads its own in `more` (true: taken) and names its usage for the did-you-mean.
 */
function parseRunArgs(args, options = {}) {
    const parsed = {
        config: 'testpipe.yml',
        parallel: Math.max(1, node_os__WEBPACK_IMPORTED_MODULE_0___default().availableParallelism()),
        out: 'testpipe-out',
        suites: [],
        minPassRate: 100,
        failOn: 'failures',
        allowNoTests: false,
        progress: true,
        redactNames: [],
    };
    for (const cursor = new _option_cursor_js__WEBPACK_IMPORTED_MODULE_3__/* .OptionCursor */ .o(args); cursor.next();) {
        const { flag } = cursor;
        const value = () => cursor.value();
        if (options.more?.(cursor))
            continue;
        if (flag === '--config')
            parsed.config = value();
        else if (flag === '--out')
            parsed.out = value();
        else if (flag === '--timings')
            parsed.timings = value();
        else if (flag === '--allow-no-tests')
            parsed.allowNoTests = true;
        else if (flag === '--no-progress')
            parsed.progress = false;
        else if (flag === '--redact')
            parsed.redactNames.push(value());
        else if (flag === '--parallel') {
            const raw = value();
            const n = Number(raw);
            if (!Number.isInteger(n) || n < 1 || n > 256)
                throw new _usage_error_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .e(`--parallel must be a whole number from 1 to 256, got "${raw}".`);
            parsed.parallel = n;
        }
        else if (flag === '--suite') {
            for (const name of cursor.names())
                if (!parsed.suites.includes(name))
                    parsed.suites.push(name);
        }
        else if (flag === '--min-pass-rate')
            parsed.minPassRate = (0,_gate_options_js__WEBPACK_IMPORTED_MODULE_2__/* .parseMinPassRate */ .b)(value());
        else if (flag === '--fail-on')
            parsed.failOn = (0,_gate_options_js__WEBPACK_IMPORTED_MODULE_2__/* .parseFailOn */ .X)(value());
        else if (cursor.isOption)
            throw (0,_did_you_mean_js__WEBPACK_IMPORTED_MODULE_1__/* .unknownOptionError */ .M_)(flag, options.usage ?? RUN_USAGE);
        else
            throw new _usage_error_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .e(`unexpected argument "${cursor.arg}"; name suites with --suite.`);
    }
    return parsed;
}


/***/ }),

/***/ 9176:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  u: () => (/* binding */ planRunAndReport),
  H: () => (/* binding */ previousTimingsFile)
});

// EXTERNAL MODULE: ./packages/core/src/index.ts + 140 modules
var src = __webpack_require__(5423);
// EXTERNAL MODULE: ./packages/stages/src/index.ts + 118 modules
var stages_src = __webpack_require__(3171);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/cli/src/local-report.ts
var local_report = __webpack_require__(8112);
;// CONCATENATED MODULE: ./packages/cli/src/run/pool.ts
/**
 * Runs `work` on every item, at most `limit` at a time, in the order given; once `signal` is aborted
 * no further item starts (the running ones are expected to stop on the same signal).
 */
async function runWithConcurrency(items, limit, signal, work) {
    let next = 0;
    const worker = async () => {
        while (!signal.aborted && next < items.length) {
            const item = items[next++];
            await work(item);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
}

;// CONCATENATED MODULE: ./packages/cli/src/run/run-tests.ts
// Plan, run every shard N at a time, and report: the part `testpipe run` and `testpipe pipeline` share.






/** The timings file to plan with and merge into: the given one, else the last local run's report. */
function previousTimingsFile(explicit, reportDir) {
    if (explicit)
        return external_node_path_default().resolve(explicit);
    const previous = external_node_path_default().join(reportDir, src.TIMINGS_FILE);
    return (0,external_node_fs_.existsSync)(previous) ? previous : undefined;
}
/** Every shard of every suite, longest predicted first so the slowest do not start last. */
function shardJobs(plan) {
    const jobs = plan.suites.flatMap((suite) => suite.shards.map((shard) => ({ name: shard.name, units: shard.units.length, predictedMs: shard.predictedMs })));
    return jobs.sort((a, b) => b.predictedMs - a.predictedMs);
}
/** A shard's log for the terminal: its lines go to results/<shard>/output.log, its warnings to the display. */
function shardLogger(name, progress) {
    const show = (message) => progress.message(`  ⚠ ${name}: ${message}`);
    return { ...src.nullLogger, warning: show, error: show };
}
/** Runs one shard into <out>/results/<shard>/; never throws, resolves false when it could not run. */
async function runJob(job, planned, options, progress) {
    const startedAt = Date.now();
    progress.started(job.name, job.units);
    const out = external_node_path_default().resolve(options.outDir);
    try {
        const result = await (0,stages_src.runShard)({
            shard: job.name,
            rootDir: process.cwd(),
            planned,
            resultsDir: out,
            workDir: out,
            signal: options.signal,
            redact: options.redact,
        }, { logger: shardLogger(job.name, progress) });
        progress.finished(job.name, result.outcome, Date.now() - startedAt);
        return true;
    }
    catch (error) {
        progress.crashed(job.name, error instanceof Error ? error : new Error(String(error)), Date.now() - startedAt);
        return false;
    }
}
/**
 * Plans, runs the shards and writes the report into <out>/report; the report is written even when
 * interrupted. The caller prints the verdict (finishLocalReport).
 */
async function planRunAndReport(options) {
    const outDir = external_node_path_default().resolve(options.outDir);
    const reportDir = external_node_path_default().join(outDir, 'report');
    const planned = await (0,stages_src.runPlan)({
        configFile: options.configFile,
        rootDir: process.cwd(),
        suites: options.suites,
        timingsFile: options.timingsFile,
        workDir: outDir,
        timingsAdvice: `The next run plans with the timings this one writes to ${external_node_path_default().join(reportDir, src.TIMINGS_FILE)} (or pass --timings).`,
    }, { logger: options.planLogger });
    const jobs = shardJobs(planned.plan);
    const parallel = Math.min(options.parallel, Math.max(1, jobs.length));
    options.onPlanned?.(`Plan ${planned.plan.planHash.slice(0, 12)}: ${jobs.length} shard(s) of ${planned.config.suites.length} suite(s), ` +
        `${parallel} at a time\n${(0,stages_src.planSummaryText)(planned.plan)}`, jobs, parallel);
    let crashed = 0;
    let ran = 0;
    const progress = options.progress(jobs);
    try {
        await runWithConcurrency(jobs, parallel, options.signal, async (job) => {
            ran += 1;
            if (!(await runJob(job, planned, options, progress)))
                crashed += 1;
        });
    }
    finally {
        progress.stop();
    }
    options.onShardsDone?.();
    const junitFiles = jobs
        .map((job) => external_node_path_default().join(outDir, 'results', job.name, src.SHARD_JUNIT_FILE))
        .filter((file) => (0,external_node_fs_.existsSync)(file));
    const report = await (0,stages_src.runReport)((0,local_report.localReportInput)({
        results: [...junitFiles, ...(options.extraResults ?? [])],
        outputDir: reportDir,
        reportName: options.reportName,
        minPassRate: options.minPassRate,
        failOn: options.failOn,
        allowNoTests: options.allowNoTests,
        previousTimings: options.timingsFile,
        redact: options.redact,
        gitlab: options.gitlab,
    }), { logger: options.reportLogger, host: options.gitlab?.host });
    return { report, reportDir, jobs: jobs.length, ran, crashed };
}


/***/ }),

/***/ 8505:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   terminalLogger: () => (/* binding */ terminalLogger)
/* harmony export */ });
/** The Logger port bound to a terminal: warnings and errors to stderr with their level, groups as a heading. */
function terminalLogger(options) {
    const line = (stream, text) => void stream.write(`${text}\n`);
    return {
        debug: (message) => (options.debug ? line(process.stderr, `debug: ${message}`) : undefined),
        info: (message) => line(options.info, message),
        warning: (message) => line(process.stderr, `warning: ${message}`),
        error: (message) => line(process.stderr, `error: ${message}`),
        group: (name, body) => (line(options.info, name), body()),
    };
}


/***/ }),

/***/ 8407:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A7: () => (/* binding */ BACKENDS),
/* harmony export */   Cy: () => (/* binding */ MAX_ANNOTATIONS_LIMIT),
/* harmony export */   ED: () => (/* binding */ DESTROY_POLICIES),
/* harmony export */   Eb: () => (/* binding */ GLOB_LIMITS),
/* harmony export */   GA: () => (/* binding */ NOTIFY_ON),
/* harmony export */   HI: () => (/* binding */ PROVISION_DEFAULTS),
/* harmony export */   MQ: () => (/* binding */ REPORT_DEFAULTS),
/* harmony export */   Mk: () => (/* binding */ SHARD_DEFAULTS),
/* harmony export */   dh: () => (/* binding */ COMMENT_WHEN),
/* harmony export */   nE: () => (/* binding */ JOB_STATUSES),
/* harmony export */   nw: () => (/* binding */ NOTIFY_DEFAULTS),
/* harmony export */   oT: () => (/* binding */ CANCEL_KILL_GRACE_MS),
/* harmony export */   p8: () => (/* binding */ COMMENT_MODES),
/* harmony export */   zJ: () => (/* binding */ PLAN_DEFAULTS)
/* harmony export */ });
/** The run-matrix action's defaults for planning, as in run-matrix/action.yml. */
const PLAN_DEFAULTS = {
    config: 'testpipe.yml',
    'plan-artifact': 'testpipe-plan',
};
/** The run-matrix action's defaults for running a shard, as in run-matrix/action.yml. */
const SHARD_DEFAULTS = {
    config: 'testpipe.yml',
    'plan-artifact': 'testpipe-plan',
    'results-dir': 'testpipe-results',
    'fail-on-test-failure': true,
    redact: '',
};
/**
 * On cancel, SIGTERM to SIGKILL for the shard's processes, whatever the suite's kill-grace-period: the
 * runner sends SIGINT, SIGTERM 7.5 s later and SIGKILL 2.5 s after that, and the shard must still kill
 * its tests and write its partial results inside that window.
 */
const CANCEL_KILL_GRACE_MS = 2000;
/** The aggregate-report action's defaults, as in aggregate-report/action.yml. */
const REPORT_DEFAULTS = {
    results: 'testpipe-results-*',
    'report-name': 'Test report',
    'min-pass-rate': 100,
    'fail-on': 'failures',
    'if-no-results': 'error',
    'output-dir': 'testpipe-report',
    'report-artifact': 'testpipe-report',
    comment: 'always',
    'comment-mode': 'update',
    'check-run': true,
    'max-annotations': 1000,
    history: false,
    'history-runs': 30,
    redact: '',
    'allow-outside-workspace': true,
};
/** Upper bound on annotations: 20 requests of 50. */
const MAX_ANNOTATIONS_LIMIT = 1000;
const COMMENT_WHEN = ['always', 'on-failure', 'on-change', 'off'];
const COMMENT_MODES = ['update', 'recreate', 'hide-previous'];
/**
 * Bounds of every glob walk testpipe makes for a user's glob (discover.glob, the results globs of the report):
 * at most this many files and directories visited, and this long. A workspace with a large node_modules
 * stays well inside them; `/**\/*` hits one in seconds and fails with a message naming the glob.
 */
const GLOB_LIMITS = {
    maxEntries: 300_000,
    timeoutMs: 60_000,
};
// notify: as in notify/action.yml (actions/notify/__tests__/notify-defaults.test.ts checks both say the same).
/** When to notify: every run, only failing runs, or only when the verdict differs from the branch's last run. */
const NOTIFY_ON = ['always', 'failure', 'change'];
/** The notify action's and `testpipe notify`'s defaults, by input name. */
const NOTIFY_DEFAULTS = {
    on: 'always',
    'min-pass-rate': 100,
    'top-n': 10,
    'fail-on-error': false,
    'email-attachment-limit-kb': 5120,
    'email-subject-prefix': '[testpipe]',
    'webhook-signature-header': 'X-Testpipe-Signature-256',
    'slack-thread-failures': true,
    'report-artifact': 'testpipe-report',
};
// provision and teardown: as in provision/action.yml (packages/stages/__tests__/provision-defaults.test.ts checks).
const DESTROY_POLICIES = ['always', 'on-success', 'never'];
const BACKENDS = ['local', 's3'];
const JOB_STATUSES = ['success', 'failure', 'cancelled'];
/** The provision action's defaults, as in provision/action.yml. */
const PROVISION_DEFAULTS = {
    'working-directory': '.',
    backend: 'local',
    destroy: 'always',
    'preserve-on-failure': false,
    ttl: '6h',
    'lock-timeout': '60s',
    'env-artifact': 'testpipe-env',
    'post-timeout': '4m',
};


/***/ })

};
