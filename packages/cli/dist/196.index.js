export const id = 196;
export const ids = [196,678];
export const modules = {

/***/ 2440:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCommand: () => (/* binding */ runCommand)
});

// EXTERNAL MODULE: ./packages/core/src/index.ts + 127 modules
var src = __webpack_require__(9957);
// EXTERNAL MODULE: ./packages/stages/src/index.ts + 59 modules
var stages_src = __webpack_require__(8490);
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

;// CONCATENATED MODULE: ./packages/cli/src/run/progress.ts

function finishedLine(shard, outcome, durationMs) {
    const mark = outcome.status === 'passed' ? '✔' : '✖';
    const attempts = outcome.attempts > 1 ? `, ${outcome.attempts} attempts` : '';
    return (`${mark} ${shard} finished: ${outcome.status}, ${outcome.total} tests, ${outcome.failed} failed, ` +
        `${outcome.flaky} flaky, ${(0,src/* formatDuration */.a3)(durationMs)}${attempts}`);
}
function crashedLine(shard, error, durationMs) {
    return `✖ ${shard} finished: could not run (${error.message}), ${(0,src/* formatDuration */.a3)(durationMs)}`;
}
/** One line per event: "▶ shard started", "✔/✖ shard finished: status, tests, failed, flaky, duration". */
class PlainProgress {
    out;
    total;
    done = 0;
    constructor(out, total) {
        this.out = out;
        this.total = total;
    }
    started(shard, units) {
        this.out.write(`▶ ${shard} started (${units} unit${units === 1 ? '' : 's'})\n`);
    }
    finished(shard, outcome, durationMs) {
        this.done += 1;
        this.out.write(`${finishedLine(shard, outcome, durationMs)} [${this.done}/${this.total}]\n`);
    }
    crashed(shard, error, durationMs) {
        this.done += 1;
        this.out.write(`${crashedLine(shard, error, durationMs)} [${this.done}/${this.total}]\n`);
    }
    message(text) {
        this.out.write(`${text}\n`);
    }
    stop() { }
}
const SPINNER = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
/**
 * A block at the bottom of the terminal: one line per running shard with its elapsed time, then the
 * counts. Finished shards and messages are printed above it as permanent lines; it is redrawn every
 * `refreshMs` so the times move.
 */
class TerminalProgress {
    out;
    total;
    now;
    running = new Map();
    done = 0;
    failed = 0;
    drawnLines = 0;
    frame = 0;
    timer;
    constructor(out, total, now = Date.now, refreshMs = 500) {
        this.out = out;
        this.total = total;
        this.now = now;
        this.timer = setInterval(() => this.redraw(), refreshMs);
        this.timer.unref();
        this.redraw();
    }
    started(shard, units) {
        this.running.set(shard, { startedAt: this.now(), units });
        this.redraw();
    }
    finished(shard, outcome, durationMs) {
        this.running.delete(shard);
        this.done += 1;
        if (outcome.status !== 'passed')
            this.failed += 1;
        this.above(finishedLine(shard, outcome, durationMs));
    }
    crashed(shard, error, durationMs) {
        this.running.delete(shard);
        this.done += 1;
        this.failed += 1;
        this.above(crashedLine(shard, error, durationMs));
    }
    message(text) {
        this.above(text);
    }
    stop() {
        clearInterval(this.timer);
        this.erase();
    }
    above(text) {
        this.erase();
        this.out.write(`${text}\n`);
        this.redraw();
    }
    erase() {
        // Cursor up to the block's first line, to column 1, then clear to the end of the screen.
        if (this.drawnLines > 0)
            this.out.write(`\x1b[${this.drawnLines}A\r\x1b[J`);
        this.drawnLines = 0;
    }
    redraw() {
        this.erase();
        const width = Math.max(20, (this.out.columns ?? 80) - 1);
        const spinner = SPINNER[this.frame++ % SPINNER.length] ?? '*';
        const nameWidth = Math.max(0, ...[...this.running.keys()].map((name) => name.length));
        const lines = [...this.running].map(([name, shard]) => `  ${spinner} ${name.padEnd(nameWidth)}  ${(0,src/* formatDuration */.a3)(this.now() - shard.startedAt).padStart(9)}  ` +
            `${shard.units} unit${shard.units === 1 ? '' : 's'}`);
        const failed = this.failed > 0 ? `, ${this.failed} not passed` : '';
        lines.push(`  ${this.done}/${this.total} shards done, ${this.running.size} running${failed}`);
        this.out.write(lines.map((line) => `${line.slice(0, width)}\n`).join(''));
        this.drawnLines = lines.length;
    }
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: ./packages/cli/src/gate-options.ts
var gate_options = __webpack_require__(8236);
// EXTERNAL MODULE: ./packages/cli/src/usage-error.ts
var usage_error = __webpack_require__(9678);
;// CONCATENATED MODULE: ./packages/cli/src/run/run-args.ts



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
  --no-progress          plain progress lines even on a terminal

Exit codes: 0 the gate passed, 1 the gate failed (or a shard could not run, or no tests),
2 unusable arguments or config, 3 an output path that cannot be written, 130 interrupted (Ctrl-C; the
finished shards are still reported).`;
/** `testpipe run` arguments, validated. Throws UsageError naming the bad option. */
function parseRunArgs(args) {
    const parsed = {
        config: 'testpipe.yml',
        parallel: Math.max(1, external_node_os_default().availableParallelism()),
        out: 'testpipe-out',
        suites: [],
        minPassRate: 100,
        failOn: 'failures',
        allowNoTests: false,
        progress: true,
    };
    for (let i = 0; i < args.length; i += 1) {
        const arg = args[i];
        const [flag, inline] = arg.startsWith('--') && arg.includes('=')
            ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
            : [arg, undefined];
        const value = () => {
            const v = inline ?? args[++i];
            if (v === undefined || v === '' || (inline === undefined && v.startsWith('--')))
                throw new usage_error/* UsageError */.e(`${flag} needs a value.`);
            return v;
        };
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
        else if (flag === '--parallel') {
            const raw = value();
            const n = Number(raw);
            if (!Number.isInteger(n) || n < 1 || n > 256)
                throw new usage_error/* UsageError */.e(`--parallel must be a whole number from 1 to 256, got "${raw}".`);
            parsed.parallel = n;
        }
        else if (flag === '--suite') {
            // --suite a --suite b, --suite a,b and --suite a b all name suites.
            const names = [value()];
            if (inline === undefined)
                while (i + 1 < args.length && !args[i + 1].startsWith('-'))
                    names.push(args[++i]);
            for (const name of names.flatMap((n) => n.split(',')).map((n) => n.trim())) {
                if (name !== '' && !parsed.suites.includes(name))
                    parsed.suites.push(name);
            }
        }
        else if (flag === '--min-pass-rate')
            parsed.minPassRate = (0,gate_options/* parseMinPassRate */.b)(value());
        else if (flag === '--fail-on')
            parsed.failOn = (0,gate_options/* parseFailOn */.X)(value());
        else if (flag.startsWith('-'))
            throw new usage_error/* UsageError */.e(`unknown option "${flag}".`);
        else
            throw new usage_error/* UsageError */.e(`unexpected argument "${arg}"; name suites with --suite.`);
    }
    return parsed;
}

// EXTERNAL MODULE: ./packages/cli/src/terminal-logger.ts
var terminal_logger = __webpack_require__(8505);
;// CONCATENATED MODULE: ./packages/cli/src/commands/run.ts









const INTERRUPTED_EXIT_CODE = 130;
/** The timings file to plan with and merge into: --timings, else the last local run's report. */
function timingsFile(args, reportDir) {
    if (args.timings)
        return external_node_path_default().resolve(args.timings);
    const previous = external_node_path_default().join(reportDir, src/* TIMINGS_FILE */.hP);
    return (0,external_node_fs_.existsSync)(previous) ? previous : undefined;
}
/** Every shard of every suite, longest predicted first so the slowest do not start last. */
function shardJobs(plan) {
    const jobs = plan.suites.flatMap((suite) => suite.shards.map((shard) => ({ name: shard.name, units: shard.units.length, predictedMs: shard.predictedMs })));
    return jobs.sort((a, b) => b.predictedMs - a.predictedMs);
}
/** A shard's log for the terminal: its lines go to results/<shard>/output.log, its warnings above the progress. */
function shardLogger(name, progress) {
    const show = (message) => progress.message(`  ⚠ ${name}: ${message}`);
    return { ...src/* nullLogger */.Gi, warning: show, error: show };
}
/** Runs one shard into <out>/results/<shard>/; never throws. */
async function runJob(job, planned, out, signal, progress) {
    const startedAt = Date.now();
    progress.started(job.name, job.units);
    try {
        const result = await (0,stages_src/* runShard */.Ek)({ shard: job.name, rootDir: process.cwd(), planned, resultsDir: out, workDir: out, signal }, { logger: shardLogger(job.name, progress) });
        progress.finished(job.name, result.outcome, Date.now() - startedAt);
        return true;
    }
    catch (error) {
        progress.crashed(job.name, error instanceof Error ? error : new Error(String(error)), Date.now() - startedAt);
        return false;
    }
}
/**
 * Ctrl-C (or SIGTERM) stops the running shards (their results and the report are still written); a
 * second signal kills every process the shards started and exits at once, without a report.
 */
function cancelOnSignals(controller, progress) {
    const onSignal = (signal) => {
        if (controller.signal.aborted) {
            (0,stages_src/* killAllProcessTreesNow */.oi)();
            progress()?.stop();
            process.stderr.write(`\n${signal} again: killed the shards' processes; exiting without a report.\n`);
            process.exit(INTERRUPTED_EXIT_CODE);
        }
        const message = `${signal}: stopping the running shards (every process they started is killed); press Ctrl-C again to exit at once.`;
        const view = progress();
        if (view)
            view.message(message);
        else
            process.stderr.write(`${message}\n`);
        controller.abort(new Error(`Interrupted by ${signal}.`));
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    return () => {
        process.removeListener('SIGINT', onSignal);
        process.removeListener('SIGTERM', onSignal);
    };
}
async function runPipeline(args, debug) {
    const outDir = external_node_path_default().resolve(args.out);
    const reportDir = external_node_path_default().join(outDir, 'report');
    const previousTimings = timingsFile(args, reportDir);
    const logger = (0,terminal_logger/* terminalLogger */.j)({ info: process.stdout, debug });
    const planned = await (0,stages_src/* runPlan */.Fo)({
        configFile: args.config,
        rootDir: process.cwd(),
        suites: args.suites,
        timingsFile: previousTimings,
        workDir: outDir,
        timingsAdvice: `The next run plans with the timings this one writes to ${external_node_path_default().join(reportDir, src/* TIMINGS_FILE */.hP)} (or pass --timings).`,
    }, { logger });
    const jobs = shardJobs(planned.plan);
    const parallel = Math.min(args.parallel, Math.max(1, jobs.length));
    process.stdout.write(`\nPlan ${planned.plan.planHash.slice(0, 12)}: ${jobs.length} shard(s) of ${planned.config.suites.length} suite(s), ` +
        `${parallel} at a time\n${(0,stages_src/* planSummaryText */.BA)(planned.plan)}\n\n`);
    const controller = new AbortController();
    let progress;
    const stopListening = cancelOnSignals(controller, () => progress);
    let crashed = 0;
    let ran = 0;
    try {
        const terminal = args.progress && process.stdout.isTTY === true && process.env.TERM !== 'dumb';
        progress = terminal
            ? new TerminalProgress(process.stdout, jobs.length)
            : new PlainProgress(process.stdout, jobs.length);
        try {
            await runWithConcurrency(jobs, parallel, controller.signal, async (job) => {
                ran += 1;
                if (!(await runJob(job, planned, outDir, controller.signal, progress)))
                    crashed += 1;
            });
        }
        finally {
            progress.stop();
        }
    }
    finally {
        stopListening();
    }
    const interrupted = controller.signal.aborted;
    if (interrupted) {
        process.stderr.write(`Interrupted: ${ran} of ${jobs.length} shard(s) started; the report has what they wrote, ` +
            'shards that never started are missing from it.\n');
    }
    const junitFiles = jobs
        .map((job) => external_node_path_default().join(outDir, 'results', job.name, src/* SHARD_JUNIT_FILE */.XM))
        .filter((file) => (0,external_node_fs_.existsSync)(file));
    const report = await (0,stages_src/* runReport */.qi)((0,local_report.localReportInput)({
        results: junitFiles,
        outputDir: reportDir,
        reportName: 'testpipe run',
        minPassRate: args.minPassRate,
        failOn: args.failOn,
        allowNoTests: args.allowNoTests,
        previousTimings,
    }), 
    // stdout keeps the plan, the progress and the verdict; the report stage's own lines go to stderr.
    { logger: (0,terminal_logger/* terminalLogger */.j)({ info: process.stderr, debug }) });
    process.stdout.write('\n');
    await (0,local_report.finishLocalReport)(report, reportDir);
    if (crashed > 0) {
        process.stdout.write(`${crashed} shard(s) could not run, so their tests are missing from the report; see results/<shard>/output.log.\n`);
    }
    if (report.files)
        process.stdout.write(`Report: ${report.files.html}\n`);
    if (interrupted)
        return INTERRUPTED_EXIT_CODE;
    if (crashed > 0)
        return 1;
    return report.failure ? 1 : 0;
}
const runCommand = {
    name: 'run',
    usage: RUN_USAGE,
    run: (args, options) => runPipeline(parseRunArgs(args), options.debug),
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

/***/ 9678:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ UsageError)
/* harmony export */ });
/* harmony import */ var _testpipe_core_input_support__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4239);

/** Unusable command-line arguments: the CLI prints the message with the command's usage and exits 2. */
class UsageError extends _testpipe_core_input_support__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
    name = 'UsageError';
    constructor(message) {
        super(message, { kind: 'usage' });
    }
}


/***/ }),

/***/ 8407:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MQ: () => (/* binding */ REPORT_DEFAULTS),
/* harmony export */   oT: () => (/* binding */ CANCEL_KILL_GRACE_MS)
/* harmony export */ });
/* unused harmony exports PLAN_DEFAULTS, SHARD_DEFAULTS, MAX_ANNOTATIONS_LIMIT, COMMENT_WHEN, COMMENT_MODES */
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
const COMMENT_WHEN = (/* unused pure expression or super */ null && (['always', 'on-failure', 'on-change', 'off']));
const COMMENT_MODES = (/* unused pure expression or super */ null && (['update', 'recreate', 'hide-previous']));


/***/ })

};
