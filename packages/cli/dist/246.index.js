export const id = 246;
export const ids = [246];
export const modules = {

/***/ 4246:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parsePlanArgs: () => (/* binding */ parsePlanArgs),
/* harmony export */   planCommand: () => (/* binding */ planCommand)
/* harmony export */ });
/* harmony import */ var _testpipe_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5423);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _did_you_mean_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9907);
/* harmony import */ var _option_cursor_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5160);
/* harmony import */ var _usage_error_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9678);
// `testpipe plan`: the run-matrix plan step as a dry run. It calls the same runPlan as the action's plan
// mode and `testpipe run`, so the shards, tests and matrix it prints are the ones they would use.








const USAGE = `Usage: testpipe plan [options]

A dry run of the plan: reads testpipe.yml, discovers every suite's tests and splits them into shards balanced
with the timings of an earlier run, then prints each shard's tests and predicted time, and the matrix the
run-matrix action would output. Runs no test and writes no file (discovery runs the runners' list commands).

Options:
  --config FILE          the pipeline config (default: testpipe.yml)
  --timings FILE         timings.json to plan with (default: testpipe-out/report/timings.json of an earlier
                         \`testpipe run\`, when there is one)
  --shards N|auto        shards per suite, overriding each suite's shards (1 to 256, or auto)
  --suite NAME...        plan only these suites (repeatable, or comma-separated)
  --json                 print {"plan", "matrix", "shardCount"} as JSON; progress lines go to stderr

Exit codes: 0 planned; 2 unusable arguments or config, or a runner's list command that cannot run or fails.`;
/** Where `testpipe run` keeps the timings it plans the next run with (its default --out). */
const RUN_TIMINGS_FILE = node_path__WEBPACK_IMPORTED_MODULE_4___default().join('testpipe-out', 'report', _testpipe_core__WEBPACK_IMPORTED_MODULE_0__.TIMINGS_FILE);
function parseShards(raw) {
    if (raw === 'auto')
        return 'auto';
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1 || n > 256)
        throw new _usage_error_js__WEBPACK_IMPORTED_MODULE_7__/* .UsageError */ .e(`--shards must be auto or a whole number from 1 to 256, got "${raw}".`);
    return n;
}
/** `testpipe plan` arguments, validated. Throws UsageError naming the bad option. */
function parsePlanArgs(args) {
    const parsed = { config: 'testpipe.yml', suites: [], json: false };
    for (const cursor = new _option_cursor_js__WEBPACK_IMPORTED_MODULE_6__/* .OptionCursor */ .o(args); cursor.next();) {
        const { flag } = cursor;
        const value = () => cursor.value();
        if (flag === '--config')
            parsed.config = value();
        else if (flag === '--timings')
            parsed.timings = value();
        else if (flag === '--shards')
            parsed.shards = parseShards(value());
        else if (flag === '--json')
            parsed.json = true;
        else if (flag === '--suite') {
            for (const name of cursor.names())
                if (!parsed.suites.includes(name))
                    parsed.suites.push(name);
        }
        else if (cursor.isOption)
            throw (0,_did_you_mean_js__WEBPACK_IMPORTED_MODULE_5__/* .unknownOptionError */ .M_)(flag, USAGE);
        else
            throw new _usage_error_js__WEBPACK_IMPORTED_MODULE_7__/* .UsageError */ .e(`unexpected argument "${cursor.arg}"; name suites with --suite.`);
    }
    return parsed;
}
function plural(count, one, many) {
    return `${count} ${count === 1 ? one : many}`;
}
/** One suite for a terminal: its shards, each with its predicted time and every test it runs. */
function suiteText(suite, whyEmpty) {
    if (suite.shards.length === 0)
        return [`${suite.suite}: nothing to run: ${whyEmpty ?? suite.reason ?? 'no tests'}`];
    const [one, many] = suite.granularity === 'test' ? ['test', 'tests'] : ['test file', 'test files'];
    const known = (0,_testpipe_core__WEBPACK_IMPORTED_MODULE_0__.estimateIsUnknown)(suite) ? '' : `, ${Math.round(suite.knownShare * 100)} % with known timings`;
    const lines = [
        `${suite.suite}: ${plural(suite.shards.length, 'shard', 'shards')}, predicted ${(0,_testpipe_core__WEBPACK_IMPORTED_MODULE_0__.describePrediction)(suite, suite.makespanMs)}${known}`,
    ];
    if (suite.reason)
        lines.push(`  (${suite.reason})`);
    for (const shard of suite.shards) {
        lines.push(`  ${shard.name}: ${plural(shard.units.length, one, many)}, predicted ${(0,_testpipe_core__WEBPACK_IMPORTED_MODULE_0__.describePrediction)(suite, shard.predictedMs)}`);
        for (const unit of shard.units)
            lines.push(`    ${unit}`);
    }
    return lines;
}
function planText(result, whyEmpty) {
    const { plan, matrix, reason } = result;
    const shards = plan.suites.reduce((count, suite) => count + suite.shards.length, 0);
    return [
        `Plan ${plan.planHash.slice(0, 12)} (dry run, nothing was run): ${plural(shards, 'shard', 'shards')} of ` +
            `${plural(plan.suites.length, 'suite', 'suites')}`,
        '',
        ...plan.suites.flatMap((suite) => suiteText(suite, whyEmpty(suite.suite))),
        '',
        `Matrix (the run-matrix action's matrix output)${reason ? `, nothing to run: ${reason}` : ''}:`,
        JSON.stringify(matrix),
    ].join('\n');
}
/** --timings, else the timings of the last `testpipe run` here, as `testpipe run` itself would plan. */
function timingsFile(args) {
    if (args.timings)
        return node_path__WEBPACK_IMPORTED_MODULE_4___default().resolve(args.timings);
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(RUN_TIMINGS_FILE) ? node_path__WEBPACK_IMPORTED_MODULE_4___default().resolve(RUN_TIMINGS_FILE) : undefined;
}
async function planDryRun(args, debug) {
    // The stage loads only once the arguments are usable.
    const [{ runPlan, emptyDiscoveryReason }, { terminalLogger }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(171), __webpack_require__.e(407)]).then(__webpack_require__.bind(__webpack_require__, 3171)),
        __webpack_require__.e(/* import() */ 505).then(__webpack_require__.bind(__webpack_require__, 8505)),
    ]);
    // runPlan keeps plan.json in its work directory; a dry run keeps nothing.
    const workDir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_4___default().join(node_os__WEBPACK_IMPORTED_MODULE_3___default().tmpdir(), 'testpipe-plan-'));
    try {
        const result = await runPlan({
            configFile: args.config,
            rootDir: process.cwd(),
            suites: args.suites,
            shards: args.shards,
            timingsFile: timingsFile(args),
            workDir,
            timingsAdvice: `Pass --timings with the timings.json of an earlier run (\`testpipe run\` writes ${RUN_TIMINGS_FILE}).`,
        }, { logger: terminalLogger({ info: args.json ? process.stderr : process.stdout, debug }) });
        // A suite that found nothing says where it looked, when its config says (a glob that matches no file).
        const whyEmpty = (name) => {
            const suite = result.config.suites.find((s) => s.name === name);
            return suite && emptyDiscoveryReason(suite, node_path__WEBPACK_IMPORTED_MODULE_4___default().resolve(suite.workingDirectory));
        };
        const output = args.json
            ? JSON.stringify({
                plan: result.plan,
                matrix: result.matrix,
                shardCount: result.shardCount,
                ...(result.reason && { reason: result.reason }),
            }, null, 2)
            : `\n${planText(result, whyEmpty)}`;
        process.stdout.write(`${output}\n`);
        return 0;
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(workDir, { recursive: true, force: true });
    }
}
const planCommand = {
    name: 'plan',
    usage: USAGE,
    run: (args, options) => planDryRun(parsePlanArgs(args), options.debug),
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
