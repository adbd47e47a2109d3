export const id = 161;
export const ids = [161];
export const modules = {

/***/ 1161:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCommand: () => (/* binding */ runCommand)
});

// EXTERNAL MODULE: ./packages/stages/src/index.ts + 118 modules
var src = __webpack_require__(3171);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/cli/src/exit-codes.ts
var exit_codes = __webpack_require__(3067);
// EXTERNAL MODULE: ./packages/cli/src/local-report.ts
var local_report = __webpack_require__(8112);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 140 modules
var core_src = __webpack_require__(5423);
// EXTERNAL MODULE: ./packages/cli/src/run/live-block.ts
var live_block = __webpack_require__(5608);
;// CONCATENATED MODULE: ./packages/cli/src/run/progress.ts


function finishedLine(shard, outcome, durationMs) {
    const mark = outcome.status === 'passed' ? '✔' : '✖';
    const attempts = outcome.attempts > 1 ? `, ${outcome.attempts} attempts` : '';
    return (`${mark} ${shard} finished: ${outcome.status}, ${outcome.total} tests, ${outcome.failed} failed, ` +
        `${outcome.flaky} flaky, ${(0,core_src.formatDuration)(durationMs)}${attempts}`);
}
function crashedLine(shard, error, durationMs) {
    return `✖ ${shard} finished: could not run (${error.message}), ${(0,core_src.formatDuration)(durationMs)}`;
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
/**
 * A block at the bottom of the terminal: one line per running shard with its elapsed time, then the
 * counts. Finished shards and messages are printed above it as permanent lines; it is redrawn every
 * `refreshMs` so the times move.
 */
class TerminalProgress {
    total;
    now;
    running = new Map();
    done = 0;
    failed = 0;
    block;
    constructor(out, total, now = Date.now, refreshMs = 500) {
        this.total = total;
        this.now = now;
        this.block = new live_block/* LiveBlock */._(out, (spinner) => this.lines(spinner), refreshMs);
        this.block.redraw();
    }
    started(shard, units) {
        this.running.set(shard, { startedAt: this.now(), units });
        this.block.redraw();
    }
    finished(shard, outcome, durationMs) {
        this.running.delete(shard);
        this.done += 1;
        if (outcome.status !== 'passed')
            this.failed += 1;
        this.block.above(finishedLine(shard, outcome, durationMs));
    }
    crashed(shard, error, durationMs) {
        this.running.delete(shard);
        this.done += 1;
        this.failed += 1;
        this.block.above(crashedLine(shard, error, durationMs));
    }
    message(text) {
        this.block.above(text);
    }
    stop() {
        this.block.stop();
    }
    lines(spinner) {
        const nameWidth = Math.max(0, ...[...this.running.keys()].map((name) => name.length));
        const lines = [...this.running].map(([name, shard]) => `  ${spinner} ${name.padEnd(nameWidth)}  ${(0,core_src.formatDuration)(this.now() - shard.startedAt).padStart(9)}  ` +
            `${shard.units} unit${shard.units === 1 ? '' : 's'}`);
        const failed = this.failed > 0 ? `, ${this.failed} not passed` : '';
        lines.push(`  ${this.done}/${this.total} shards done, ${this.running.size} running${failed}`);
        return lines.map((line) => line.slice(0, this.block.width));
    }
}

// EXTERNAL MODULE: ./packages/cli/src/run/run-args.ts
var run_args = __webpack_require__(2203);
// EXTERNAL MODULE: ./packages/cli/src/run/run-tests.ts + 1 modules
var run_tests = __webpack_require__(9176);
// EXTERNAL MODULE: ./packages/cli/src/terminal-logger.ts
var terminal_logger = __webpack_require__(8505);
;// CONCATENATED MODULE: ./packages/cli/src/commands/run.ts








/**
 * Ctrl-C (or SIGTERM) stops the running shards (their results and the report are still written); a
 * second signal kills every process the shards started and exits at once, without a report.
 */
function cancelOnSignals(controller, progress) {
    const onSignal = (signal) => {
        if (controller.signal.aborted) {
            (0,src.killAllProcessTreesNow)();
            progress()?.stop();
            process.stderr.write(`\n${signal} again: killed the shards' processes; exiting without a report.\n`);
            process.exit(exit_codes/* EXIT */.d.interrupted);
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
    const reportDir = external_node_path_default().join(external_node_path_default().resolve(args.out), 'report');
    const logger = (0,terminal_logger.terminalLogger)({ info: process.stdout, debug });
    const redact = (0,src.valuesToRedact)(args.redactNames, process.env);
    for (const name of redact.unset)
        logger.warning(`--redact ${name}: the environment has no value for ${name}.`);
    const controller = new AbortController();
    let progress;
    const stopListening = cancelOnSignals(controller, () => progress);
    let result;
    try {
        result = await (0,run_tests/* planRunAndReport */.u)({
            configFile: args.config,
            suites: args.suites,
            outDir: args.out,
            timingsFile: (0,run_tests/* previousTimingsFile */.H)(args.timings, reportDir),
            parallel: args.parallel,
            signal: controller.signal,
            planLogger: logger,
            // stdout keeps the plan, the progress and the verdict; the report stage's own lines go to stderr.
            reportLogger: (0,terminal_logger.terminalLogger)({ info: process.stderr, debug }),
            onPlanned: (summary) => process.stdout.write(`\n${summary}\n\n`),
            progress: (jobs) => {
                const terminal = args.progress && process.stdout.isTTY === true && process.env.TERM !== 'dumb';
                progress = terminal
                    ? new TerminalProgress(process.stdout, jobs.length)
                    : new PlainProgress(process.stdout, jobs.length);
                return progress;
            },
            redact: redact.values,
            minPassRate: args.minPassRate,
            failOn: args.failOn,
            allowNoTests: args.allowNoTests,
            reportName: 'testpipe run',
        });
    }
    finally {
        stopListening();
    }
    const { report, crashed } = result;
    const interrupted = controller.signal.aborted;
    if (interrupted) {
        process.stderr.write(`Interrupted: ${result.ran} of ${result.jobs} shard(s) started; the report has what they wrote, ` +
            'shards that never started are missing from it.\n');
    }
    process.stdout.write('\n');
    await (0,local_report.finishLocalReport)(report, reportDir);
    if (crashed > 0) {
        process.stdout.write(`${crashed} shard(s) could not run, so their tests are missing from the report; see results/<shard>/output.log.\n`);
    }
    if (report.files)
        process.stdout.write(`Report: ${report.files.html}\n`);
    if (interrupted)
        return exit_codes/* EXIT */.d.interrupted;
    if (crashed > 0)
        return 1;
    return report.failure ? 1 : 0;
}
const runCommand = {
    name: 'run',
    usage: run_args/* RUN_USAGE */.W,
    run: (args, options) => runPipeline((0,run_args/* parseRunArgs */.u)(args), options.debug),
};


/***/ })

};
