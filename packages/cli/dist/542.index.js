export const id = 542;
export const ids = [542,505,407];
export const modules = {

/***/ 3370:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PROVISION_STATE_FILE: () => (/* binding */ PROVISION_STATE_FILE),
/* harmony export */   cliIdentity: () => (/* binding */ cliIdentity),
/* harmony export */   durationOption: () => (/* binding */ durationOption),
/* harmony export */   fileStepState: () => (/* binding */ fileStepState),
/* harmony export */   interruptOnce: () => (/* binding */ interruptOnce),
/* harmony export */   one: () => (/* binding */ one),
/* harmony export */   oneOf: () => (/* binding */ oneOf),
/* harmony export */   parseOptions: () => (/* binding */ parseOptions),
/* harmony export */   provisionCommand: () => (/* binding */ provisionCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _testpipe_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5423);
/* harmony import */ var _testpipe_stages__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3171);
/* harmony import */ var _exit_codes_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3067);
/* harmony import */ var _did_you_mean_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9907);
/* harmony import */ var _option_cursor_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5160);
/* harmony import */ var _terminal_logger_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8505);
/* harmony import */ var _usage_error_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9678);









// The options `testpipe provision` and `testpipe teardown` share, and the file the provision state is
// kept in between them (the CLI's StateProvider: what the action's post step reads from the runner).
const PROVISION_STATE_FILE = 'provision-state.json';
/** Reads `--name value` / `--name=value` / repeated options into a map of lists; flags get 'true'. */
function parseOptions(args, flags, valued, usage) {
    const options = new Map();
    for (const cursor = new _option_cursor_js__WEBPACK_IMPORTED_MODULE_6__/* .OptionCursor */ .o(args); cursor.next();) {
        if (!cursor.isOption)
            throw new _usage_error_js__WEBPACK_IMPORTED_MODULE_7__/* .UsageError */ .e(`unexpected argument "${cursor.arg}".`);
        const name = cursor.flag.replace(/^--?/, '');
        if (flags.includes(name))
            options.set(name, ['true']);
        else if (valued.includes(name))
            options.set(name, [...(options.get(name) ?? []), cursor.value()]);
        else
            throw (0,_did_you_mean_js__WEBPACK_IMPORTED_MODULE_5__/* .unknownOptionError */ .M_)(cursor.flag, usage);
    }
    return options;
}
function one(options, name) {
    return options.get(name)?.at(-1);
}
function oneOf(options, name, allowed, fallback) {
    const value = one(options, name) ?? fallback;
    if (!allowed.includes(value)) {
        throw new _usage_error_js__WEBPACK_IMPORTED_MODULE_7__/* .UsageError */ .e(`--${name} must be one of ${allowed.join(', ')}; got "${value}".`);
    }
    return value;
}
/** The provision state as a JSON file in the output directory, so `testpipe teardown` can read it later. */
function fileStepState(directory) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(directory, PROVISION_STATE_FILE);
    const readAll = () => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file) ? JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8')) : {};
    return {
        save(name, value) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(directory, { recursive: true });
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(file, `${JSON.stringify({ ...readAll(), [name]: value }, null, 2)}\n`, { mode: 0o600 });
        },
        read(name) {
            return readAll()[name];
        },
    };
}
/** A Ctrl-C is passed on to Terraform once (as the runner's cancel); a second one only says to wait. */
function interruptOnce() {
    const controller = new AbortController();
    const onSignal = (name) => {
        if (controller.signal.aborted) {
            process.stderr.write(`\n${name} again: waiting for Terraform to stop cleanly (it releases the state lock).\n`);
            return;
        }
        process.stderr.write(`\n${name}: stopping Terraform (one interrupt); the state stays consistent.\n`);
        controller.abort(new Error(`Interrupted by ${name}.`));
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    return {
        signal: controller.signal,
        dispose: () => {
            process.removeListener('SIGINT', onSignal);
            process.removeListener('SIGTERM', onSignal);
        },
    };
}
const USAGE = `Usage: testpipe provision [options]

Provisions a Terraform environment for one pipeline run: init (retried), validate, plan, apply of that
plan; prints the outputs (sensitive ones hidden), writes env.json and audit.json to --out. Then run your
tests, and \`testpipe teardown --out <dir> --job-status success|failure\` to apply the destroy policy.
Ctrl-C stops Terraform with one interrupt, as GitHub's cancel does.

Options:
  --working-directory DIR   the Terraform configuration (default .)
  --backend local|s3        (default local); s3 adds the state key testpipe/<repo>/<pipeline>/<job>.tfstate
  --backend-config KEY=VAL  passed to terraform init; repeat it
  --var NAME=VALUE          passed as -var; repeat it
  --var-file FILE           passed as -var-file; repeat it
  --destroy always|on-success|never   what teardown does (default always)
  --preserve-on-failure     keep the environment when the job failed
  --ttl DURATION            how long a kept environment may live (default 6h)
  --lock-timeout DURATION   wait for the state lock (default 60s)
  --pipeline-id ID          default local-<time>
  --repository OWNER/NAME   names the state key (default: $GITHUB_REPOSITORY, $CI_PROJECT_PATH or local/<dir>)
  --job NAME                names the state key (default provision)
  --out DIR                 env.json, audit.json and the saved state (default .testpipe/provision)
  --terraform-version V     minimum Terraform version

Exit codes: 0 applied, 1 Terraform failed (see failure-reason), 130 interrupted, 2 bad options, 3 no terraform.`;
const VALUED = [
    'working-directory',
    'backend',
    'backend-config',
    'var',
    'var-file',
    'destroy',
    'ttl',
    'lock-timeout',
    'pipeline-id',
    'repository',
    'job',
    'out',
    'terraform-version',
];
/** A duration option (90s, 10m, 6h), or the fallback when it is not given. */
function durationOption(name, value, fallbackMs) {
    if (value === undefined)
        return fallbackMs;
    const ms = (0,_testpipe_core__WEBPACK_IMPORTED_MODULE_2__.parseDurationMs)(value);
    if (ms === undefined)
        throw new _usage_error_js__WEBPACK_IMPORTED_MODULE_7__/* .UsageError */ .e(`--${name} must be a duration such as 90s, 10m or 6h; got "${value}".`);
    return ms;
}
function cliIdentity(repository, job) {
    return {
        tool: 'cli',
        repository: repository ??
            process.env.GITHUB_REPOSITORY ??
            process.env.CI_PROJECT_PATH ??
            `local/${node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(process.cwd())}`,
        job: job ?? 'provision',
        runId: process.env.CI_PIPELINE_ID ?? process.env.BUILD_ID,
        actor: process.env.USER,
    };
}
const provisionCommand = {
    name: 'provision',
    usage: USAGE,
    async run(args, { debug }) {
        const options = parseOptions(args, ['preserve-on-failure'], VALUED, USAGE);
        const out = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(one(options, 'out') ?? node_path__WEBPACK_IMPORTED_MODULE_1___default().join('.testpipe', 'provision'));
        const logger = (0,_terminal_logger_js__WEBPACK_IMPORTED_MODULE_8__.terminalLogger)({ info: process.stdout, debug });
        const interrupt = interruptOnce();
        try {
            const result = await (0,_testpipe_stages__WEBPACK_IMPORTED_MODULE_3__.runProvision)({
                workingDirectory: one(options, 'working-directory') ?? '.',
                rootDir: process.cwd(),
                backend: oneOf(options, 'backend', _testpipe_stages__WEBPACK_IMPORTED_MODULE_3__.BACKENDS, _testpipe_stages__WEBPACK_IMPORTED_MODULE_3__.PROVISION_DEFAULTS.backend),
                backendConfig: options.get('backend-config') ?? [],
                variables: options.get('var') ?? [],
                varFiles: options.get('var-file') ?? [],
                destroy: oneOf(options, 'destroy', _testpipe_stages__WEBPACK_IMPORTED_MODULE_3__.DESTROY_POLICIES, _testpipe_stages__WEBPACK_IMPORTED_MODULE_3__.PROVISION_DEFAULTS.destroy),
                preserveOnFailure: options.has('preserve-on-failure'),
                ttlMs: durationOption('ttl', one(options, 'ttl') ?? _testpipe_stages__WEBPACK_IMPORTED_MODULE_3__.PROVISION_DEFAULTS.ttl, 0),
                lockTimeoutMs: durationOption('lock-timeout', one(options, 'lock-timeout') ?? _testpipe_stages__WEBPACK_IMPORTED_MODULE_3__.PROVISION_DEFAULTS['lock-timeout'], 0),
                pipelineId: one(options, 'pipeline-id') ?? `local-${Date.now()}`,
                identity: cliIdentity(one(options, 'repository'), one(options, 'job')),
                outputDir: out,
                terraformVersion: one(options, 'terraform-version'),
                signal: interrupt.signal,
            }, 
            // No runner log to mask in: sensitive values are never printed, and redacted in every file.
            { logger, clock: _testpipe_core__WEBPACK_IMPORTED_MODULE_2__.systemClock, state: fileStepState(out), secrets: new _testpipe_core__WEBPACK_IMPORTED_MODULE_2__.Secrets(), mask: () => undefined });
            process.stdout.write(`\n${result.summary}`);
            for (const [name, value] of Object.entries(result.outputs)) {
                const shown = result.sensitiveOutputs.includes(name) ? '(sensitive)' : value;
                process.stdout.write(`${name} = ${shown}\n`);
            }
            if (result.envFile)
                process.stdout.write(`env.json: ${result.envFile}\n`);
            if (result.status === 'applied')
                return 0;
            process.stderr.write(`testpipe provision: ${result.status} (${result.failureReason}). State kept in ${out} for \`testpipe teardown --out ${out}\`.\n`);
            return result.status === 'cancelled' ? _exit_codes_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .d.interrupted : _exit_codes_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .d.failed;
        }
        finally {
            interrupt.dispose();
        }
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
