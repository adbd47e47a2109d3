export const id = 975;
export const ids = [975,407];
export const modules = {

/***/ 3975:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   reportCommand: () => (/* binding */ reportCommand)
/* harmony export */ });
/* harmony import */ var _testpipe_stages_defaults__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8407);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _did_you_mean_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9907);
/* harmony import */ var _gate_options_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8236);
/* harmony import */ var _option_cursor_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5160);
/* harmony import */ var _usage_error_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9678);






const USAGE = `Usage: testpipe report [options] <report paths, directories or globs...>

Merges every report into one verdict and writes, into --out: metrics.json, ctrf-report.json, junit.xml,
report.html, timings.json and summary.md (the job-summary Markdown). Same files as the aggregate-report action.

Options:
  --out DIR              output directory (default: testpipe-report)
  --name NAME            report name (default: Test report)
  --min-pass-rate N      fail when the pass rate is below N percent (default: 100)
  --fail-on WHAT         failures | errors | nothing (default: failures)
  --previous-timings F   an earlier timings.json to merge with
  --allow-no-tests       exit 0 when no test ran
  --redact NAME          redact the value of environment variable NAME (a secret) from every file
                         written, as values that tests mask with ::add-mask:: are; repeatable
  --allow-outside-workspace
                         walk globs that leave the current directory ('/**/*.xml', '../x/*.xml');
                         without it they are refused. Files and directories named as they are
                         are always read. Every glob walk is bounded (entries visited, time).
  --comment WHEN         the GitLab merge-request note: always | on-failure | on-change | off
                         (default: always in a merge-request pipeline with a token, else off).
                         on-failure posts only when the tests fail (and keeps an earlier note
                         up to date); on-change edits the note only when the verdict or the
                         failing tests change
  --comment-mode MODE    update (edit the one note in place) | recreate (delete it, post anew
                         at the bottom) (default: update)

GitLab merge requests: in a merge-request pipeline (CI_MERGE_REQUEST_IID and CI_PROJECT_ID set),
the report is posted as one sticky note on the merge request, updated on every run, through
CI_API_V4_URL (default https://gitlab.com/api/v4). Set TESTPIPE_GITLAB_TOKEN (else GITLAB_TOKEN) to a
project access token with the api scope, as a masked CI/CD variable; CI_JOB_TOKEN cannot write notes.
A note that cannot be posted is a warning: the report files and the exit code are unaffected.

Exit codes: 0 the gate passed, 1 the gate failed (or no tests), 2 unusable arguments, 3 an output path
that cannot be written.`;
/** GitLab cannot collapse a note, so `hide-previous` (GitHub's) is not offered here. */
const GITLAB_COMMENT_MODES = ['update', 'recreate'];
function parseChoice(flag, raw, choices) {
    if (!choices.includes(raw)) {
        throw new _usage_error_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .e(`${flag} must be one of ${choices.join(', ')}, got "${raw}".`);
    }
    return raw;
}
function parseArgs(args) {
    const parsed = {
        out: _testpipe_stages_defaults__WEBPACK_IMPORTED_MODULE_0__/* .REPORT_DEFAULTS */ .MQ['output-dir'],
        name: _testpipe_stages_defaults__WEBPACK_IMPORTED_MODULE_0__/* .REPORT_DEFAULTS */ .MQ['report-name'],
        minPassRate: _testpipe_stages_defaults__WEBPACK_IMPORTED_MODULE_0__/* .REPORT_DEFAULTS */ .MQ['min-pass-rate'],
        failOn: _testpipe_stages_defaults__WEBPACK_IMPORTED_MODULE_0__/* .REPORT_DEFAULTS */ .MQ['fail-on'],
        allowNoTests: false,
        redactNames: [],
        allowOutsideWorkspace: false,
        paths: [],
    };
    for (const cursor = new _option_cursor_js__WEBPACK_IMPORTED_MODULE_4__/* .OptionCursor */ .o(args); cursor.next();) {
        const { flag } = cursor;
        const value = () => cursor.value();
        if (flag === '--out')
            parsed.out = value();
        else if (flag === '--name')
            parsed.name = value();
        else if (flag === '--previous-timings')
            parsed.previousTimings = value();
        else if (flag === '--allow-no-tests')
            parsed.allowNoTests = true;
        else if (flag === '--redact')
            parsed.redactNames.push(value());
        else if (flag === '--allow-outside-workspace')
            parsed.allowOutsideWorkspace = true;
        else if (flag === '--min-pass-rate')
            parsed.minPassRate = (0,_gate_options_js__WEBPACK_IMPORTED_MODULE_3__/* .parseMinPassRate */ .b)(value());
        else if (flag === '--fail-on')
            parsed.failOn = (0,_gate_options_js__WEBPACK_IMPORTED_MODULE_3__/* .parseFailOn */ .X)(value());
        else if (flag === '--comment')
            parsed.comment = parseChoice(flag, value(), _testpipe_stages_defaults__WEBPACK_IMPORTED_MODULE_0__/* .COMMENT_WHEN */ .dh);
        else if (flag === '--comment-mode')
            parsed.commentMode = parseChoice(flag, value(), GITLAB_COMMENT_MODES);
        else if (cursor.isOption)
            throw (0,_did_you_mean_js__WEBPACK_IMPORTED_MODULE_2__/* .unknownOptionError */ .M_)(flag, USAGE);
        else
            parsed.paths.push(cursor.arg);
    }
    if (parsed.paths.length === 0)
        throw new _usage_error_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .e('give at least one report path, directory or glob.');
    return parsed;
}
const reportCommand = {
    name: 'report',
    usage: USAGE,
    async run(args, options) {
        const parsed = parseArgs(args);
        const outputDir = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(parsed.out);
        // The stage loads only once the arguments are usable.
        const { runReport, localReportInput, finishLocalReport, terminalLogger, valuesToRedact, gitlabPublishing } = await Promise.all(/* import() */[__webpack_require__.e(218), __webpack_require__.e(815), __webpack_require__.e(423), __webpack_require__.e(171), __webpack_require__.e(112)]).then(__webpack_require__.bind(__webpack_require__, 8112));
        const logger = terminalLogger({ info: process.stderr, debug: options.debug });
        const redact = valuesToRedact(parsed.redactNames, process.env);
        for (const name of redact.unset)
            logger.warning(`--redact ${name}: the environment has no value for ${name}.`);
        const gitlab = gitlabPublishing(process.env, {
            comment: parsed.comment,
            commentMode: parsed.commentMode,
            log: logger,
        });
        const result = await runReport(localReportInput({
            results: parsed.paths,
            outputDir,
            reportName: parsed.name,
            minPassRate: parsed.minPassRate,
            failOn: parsed.failOn,
            allowNoTests: parsed.allowNoTests,
            previousTimings: parsed.previousTimings,
            redact: redact.values,
            outsideWorkspace: parsed.allowOutsideWorkspace ? 'allow' : 'refuse-globs',
            gitlab,
        }), { logger, host: gitlab?.host });
        await finishLocalReport(result, outputDir);
        if (result.files)
            process.stdout.write(`Report: ${result.files.html}\n`);
        return result.failure ? 1 : 0;
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
