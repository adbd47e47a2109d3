import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 17286:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(85468);

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 85468:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./packages/core/src/input-support.ts
var input_support = __nccwpck_require__(94239);
// EXTERNAL MODULE: ./packages/github/src/inputs.ts + 1 modules
var src_inputs = __nccwpck_require__(25541);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./actions/teardown/src/inputs.ts


/** Reads and validates teardown's inputs, naming the input in every error. */
function readTeardownInputs() {
    const mode = (0,src_inputs/* readEnumInput */.Uf)('mode', ['destroy', 'janitor'], 'destroy');
    const backend = (0,src_inputs/* readEnumInput */.Uf)('backend', ['local', 's3'], 'local');
    const pipelineId = (0,src_inputs/* readOptionalInput */.Xc)('pipeline-id');
    if (mode === 'destroy' && pipelineId === undefined) {
        throw new input_support/* ConfigurationError */.j1('Input "pipeline-id" is required with mode: destroy: pass the provision step\'s pipeline-id output (needs.<job>.outputs.pipeline-id), or use mode: janitor.');
    }
    if (mode === 'janitor' && backend !== 's3') {
        throw new input_support/* ConfigurationError */.j1('Input "mode": janitor lists the states in the S3 backend: set backend: s3 and its backend-config.');
    }
    const repository = process.env.GITHUB_REPOSITORY ?? '';
    return {
        mode,
        workingDirectory: (0,src_inputs/* readOptionalInput */.Xc)('working-directory') ?? '.',
        backend,
        backendConfig: (0,src_inputs/* readLinesInput */.Gq)('backend-config'),
        variables: (0,src_inputs/* readLinesInput */.Gq)('variables'),
        varFiles: (0,src_inputs/* readListInput */.fq)('var-files'),
        pipelineId,
        job: (0,src_inputs/* readOptionalInput */.Xc)('job') ?? process.env.GITHUB_JOB ?? 'job',
        prefix: (0,src_inputs/* readOptionalInput */.Xc)('prefix') ?? `testpipe/${repository}/`,
        dryRun: (0,src_inputs/* readBooleanInput */.z1)('dry-run', false),
        lockTimeoutMs: (0,src_inputs/* readDurationInput */.zG)('lock-timeout') ?? 60_000,
        timeoutMs: (0,src_inputs/* readDurationInput */.zG)('timeout') ?? 240_000,
        auditArtifact: (0,src_inputs/* readOptionalInput */.Xc)('audit-artifact') ?? 'testpipe-audit',
        token: (0,src_inputs/* readSecretInput */.NL)('token'),
    };
}

;// CONCATENATED MODULE: ./actions/teardown/src/main.ts




function load() {
    return Promise.all([
        __nccwpck_require__.e(/* import() */ 659).then(__nccwpck_require__.bind(__nccwpck_require__, 91659)),
        Promise.all(/* import() */[__nccwpck_require__.e(474), __nccwpck_require__.e(512)]).then(__nccwpck_require__.bind(__nccwpck_require__, 45512)),
        Promise.all(/* import() */[__nccwpck_require__.e(474), __nccwpck_require__.e(659), __nccwpck_require__.e(512), __nccwpck_require__.e(878)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9878)),
        Promise.all(/* import() */[__nccwpck_require__.e(474), __nccwpck_require__.e(815), __nccwpck_require__.e(512), __nccwpck_require__.e(171)]).then(__nccwpck_require__.bind(__nccwpck_require__, 23171)),
    ]);
}
function workspace() {
    return process.env.GITHUB_WORKSPACE ?? process.cwd();
}
async function run() {
    // A cancel stops Terraform once (it releases its lock) and the table says what was left.
    const controller = new AbortController();
    const onSignal = () => controller.abort(new Error('The step was cancelled.'));
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    try {
        const inputs = readTeardownInputs();
        const [core, { Secrets, systemClock }, github, { runTeardown }] = await load();
        const outputDir = external_node_path_default().join(process.env.RUNNER_TEMP ?? external_node_path_default().join(workspace(), '.testpipe-tmp'), 'testpipe-teardown');
        const common = {
            workingDirectory: inputs.workingDirectory,
            rootDir: workspace(),
            backend: inputs.backend,
            backendConfig: inputs.backendConfig,
            variables: inputs.variables,
            varFiles: inputs.varFiles,
            lockTimeoutMs: inputs.lockTimeoutMs,
            identity: {
                tool: 'action',
                repository: process.env.GITHUB_REPOSITORY ?? 'local/repository',
                runId: process.env.GITHUB_RUN_ID,
                runAttempt: process.env.GITHUB_RUN_ATTEMPT,
                job: process.env.GITHUB_JOB,
                actor: process.env.GITHUB_ACTOR,
            },
            outputDir,
            budgetMs: inputs.timeoutMs,
            signal: controller.signal,
        };
        const result = await runTeardown(inputs.mode === 'destroy'
            ? { ...common, mode: 'destroy', pipelineId: inputs.pipelineId, job: inputs.job }
            : { ...common, mode: 'janitor', prefix: inputs.prefix, dryRun: inputs.dryRun }, { logger: github.actionsLogger, clock: systemClock, secrets: new Secrets() });
        core.info(result.summary);
        const count = (action) => result.rows.filter((row) => row.action === action).length;
        core.setOutput('destroyed', count('destroyed') + count('nothing-to-destroy'));
        core.setOutput('kept', count('kept'));
        core.setOutput('would-destroy', count('would-destroy'));
        core.setOutput('failed', result.failed);
        core.setOutput('audit-file', result.auditFile);
        await core.summary.addRaw(result.summary, true).write();
        await uploadAudit(core, github, inputs, result.auditFile);
        if (result.failed > 0)
            (0,src_inputs/* failStep */.vy)(`${result.failed} environment(s) could not be destroyed; see the table.`);
    }
    catch (error) {
        if ((0,input_support/* isUserError */.iU)(error))
            (0,src_inputs/* failStep */.vy)(error.message);
        else
            (0,src_inputs/* failStep */.vy)(`teardown failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    finally {
        process.removeListener('SIGINT', onSignal);
        process.removeListener('SIGTERM', onSignal);
    }
}
/** audit.json as an artifact; a failed upload is a warning (the table is in the summary). */
async function uploadAudit(core, github, inputs, auditFile) {
    try {
        const repository = process.env.GITHUB_REPOSITORY ?? '/';
        const connection = { token: inputs.token, repository, log: github.actionsLogger };
        const store = github.createArtifactStore({
            token: inputs.token,
            repository,
            octokit: github.lazyGitHubClient(connection).octokit,
        });
        await store.uploadDirectory(inputs.auditArtifact, external_node_path_default().dirname(auditFile));
    }
    catch (error) {
        core.warning(`Could not upload audit.json as "${inputs.auditArtifact}": ${error instanceof Error ? error.message : String(error)}`);
    }
}


/***/ }),

/***/ 4660:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ formatDurationSetting),
/* harmony export */   y: () => (/* binding */ parseDurationMs)
/* harmony export */ });
const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
const DURATION = /^(?:\d+(?:\.\d+)?(?:ms|s|m|h))+$/;
const PART = /(\d+(?:\.\d+)?)(ms|s|m|h)/g;
// The notation of duration settings (testpipe.yml timeouts, action inputs): "10m", "1h30m", "500ms" or seconds.
/**
 * "10m", "90s", "1h30m", "500ms" or a number of seconds → milliseconds; undefined when the
 * value is not a positive duration.
 */
function parseDurationMs(value) {
    if (typeof value === 'number')
        return Number.isFinite(value) && value > 0 ? Math.round(value * 1000) : undefined;
    if (typeof value !== 'string')
        return undefined;
    const text = value.trim().replace(/\s+/g, '');
    if (/^\d+(?:\.\d+)?$/.test(text))
        return parseDurationMs(Number(text));
    if (!DURATION.test(text))
        return undefined;
    let total = 0;
    for (const [, amount, unit] of text.matchAll(PART))
        total += Number(amount) * (UNIT_MS[unit ?? 's'] ?? 0);
    return total > 0 ? Math.round(total) : undefined;
}
/**
 * Milliseconds in the notation of settings (the inverse of parseDurationMs): 600000 → "10m", 90000 → "1m30s",
 * 3000 → "3s". Messages about a setting echo it this way; everything else uses formatDuration.
 */
function formatDurationSetting(ms) {
    if (ms < 1000)
        return `${ms}ms`;
    const parts = [];
    let rest = Math.round(ms / 1000);
    const hours = Math.floor(rest / 3600);
    rest -= hours * 3600;
    const minutes = Math.floor(rest / 60);
    rest -= minutes * 60;
    if (hours)
        parts.push(`${hours}h`);
    if (minutes)
        parts.push(`${minutes}m`);
    if (rest || parts.length === 0)
        parts.push(`${rest}s`);
    return parts.join('');
}


/***/ }),

/***/ 42381:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   iU: () => (/* binding */ isUserError),
/* harmony export */   j1: () => (/* binding */ ConfigurationError),
/* harmony export */   tN: () => (/* binding */ describeFileSystemError),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
class UserError extends Error {
    name = 'UserError';
    kind;
    constructor(message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.kind = options.kind ?? 'config';
    }
}
/** A mistake in the workflow's inputs or a config file; the message names the input and what to do. */
class ConfigurationError extends UserError {
    name = 'ConfigurationError';
    constructor(message, options = {}) {
        super(message, { ...options, kind: 'config' });
    }
}
function isUserError(error) {
    return error instanceof UserError;
}
/**
 * A file-system failure a user can act on (ENOTDIR, EACCES, ENOSPC...) as an environment UserError naming
 * what was being done and the path; anything else is returned as it was.
 */
function describeFileSystemError(error, doing) {
    const code = error?.code;
    const said = code === undefined ? undefined : FILE_SYSTEM_PROBLEMS[code];
    if (said === undefined)
        return error;
    const where = error.path ?? 'the path';
    return new UserError(`${doing} failed: ${where} ${said}. Choose another path, or fix this one, and run again.`, {
        kind: 'environment',
        cause: error,
    });
}
const FILE_SYSTEM_PROBLEMS = {
    ENOENT: 'does not exist',
    ENOTDIR: 'has a part that is a file, not a directory',
    EISDIR: 'is a directory',
    EACCES: 'is not accessible (permission denied)',
    EPERM: 'is not accessible (operation not permitted)',
    EROFS: 'is on a read-only file system',
    ENOSPC: 'could not be written: the disk is full',
    EEXIST: 'already exists',
};


/***/ }),

/***/ 94239:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   iU: () => (/* reexport safe */ _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__.iU),
/* harmony export */   j1: () => (/* reexport safe */ _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__.j1),
/* harmony export */   yi: () => (/* reexport safe */ _duration_setting_js__WEBPACK_IMPORTED_MODULE_1__.y)
/* harmony export */ });
/* harmony import */ var _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(42381);
/* harmony import */ var _duration_setting_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4660);
// What reading an action's inputs needs from core, importable alone (@testpipe/core/input-support) so that
// an action's start path does not load the rest of core.





/***/ }),

/***/ 25541:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  vy: () => (/* reexport */ failStep),
  z1: () => (/* binding */ readBooleanInput),
  zG: () => (/* binding */ readDurationInput),
  Uf: () => (/* binding */ readEnumInput),
  Z9: () => (/* binding */ readIntegerInput),
  Gq: () => (/* binding */ readLinesInput),
  fq: () => (/* binding */ readListInput),
  SO: () => (/* binding */ readNumberInput),
  Xc: () => (/* binding */ readOptionalInput),
  MH: () => (/* binding */ readRequiredInput),
  NL: () => (/* binding */ readSecretInput)
});

// EXTERNAL MODULE: ./packages/core/src/input-support.ts
var input_support = __nccwpck_require__(94239);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(48161);
;// CONCATENATED MODULE: ./packages/github/src/runner-io.ts
// The few runner commands an action needs before it knows its inputs are usable: read an input, mask a
// secret, fail the step. They are the runner's plain protocol (environment variables and `::command::`
// lines, as @actions/core writes them), kept free of imports so that an action reaches its first input
// error without loading @actions/core and its HTTP client; everything else loads after the inputs.

/** As @actions/core escapes a command's data: %, CR and LF. */
function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function issueCommand(command, data) {
    process.stdout.write(`::${command}::${escapeData(data)}${external_node_os_.EOL}`);
}
/** The input as the runner passes it (INPUT_<NAME>, spaces to _), trimmed; '' when not given. */
function getInput(name) {
    return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
/** Masks a value in the runner's log from now on. */
function maskSecret(value) {
    if (value)
        issueCommand('add-mask', value);
}
/** Fails the step with one error annotation; the process then ends with exit code 1. */
function failStep(message) {
    process.exitCode = 1;
    issueCommand('error', message);
}

;// CONCATENATED MODULE: ./packages/github/src/inputs.ts
// The one way actions read inputs: each reader names the input in its error, and an empty input means
// the fallback (the action.yml default, which the stage's defaults object mirrors and a test checks).


function raw(name) {
    return getInput(name);
}
/** The input's value, or undefined when it is empty. */
function readOptionalInput(name) {
    const value = raw(name);
    return value === '' ? undefined : value;
}
/** A value that must be given; `whenMissing` is the error, naming the input and where its value comes from. */
function readRequiredInput(name, whenMissing) {
    const value = readOptionalInput(name);
    if (value === undefined)
        throw new input_support/* ConfigurationError */.j1(whenMissing);
    return value;
}
/** A secret input: masked in the log before anything can print it. */
function readSecretInput(name) {
    const value = getInput(name);
    maskSecret(value);
    return value;
}
/** Reads a boolean input, naming the input and the accepted values when it is anything else. */
function readBooleanInput(name, fallback = false) {
    const value = raw(name).toLowerCase();
    if (value === '')
        return fallback;
    if (value === 'true')
        return true;
    if (value === 'false')
        return false;
    throw new input_support/* ConfigurationError */.j1(`Input "${name}" must be true or false, got "${getInput(name)}".`);
}
/** Reads an input that must be one of a fixed set of values. */
function readEnumInput(name, allowed, fallback) {
    const value = raw(name);
    if (value === '')
        return fallback;
    if (allowed.includes(value))
        return value;
    throw new input_support/* ConfigurationError */.j1(`Input "${name}" must be one of ${allowed.join(', ')}; got "${value}".`);
}
/** Reads a number input within [min, max]. */
function readNumberInput(name, fallback, min = -Infinity, max = Infinity) {
    const value = raw(name);
    if (value === '')
        return fallback;
    const parsed = Number(value);
    if (!Number.isFinite(parsed) || parsed < min || parsed > max) {
        throw new input_support/* ConfigurationError */.j1(`Input "${name}" must be a number between ${min} and ${max}; got "${value}".`);
    }
    return parsed;
}
/** Reads a whole-number input of at least `min`; undefined when empty. */
function readIntegerInput(name, min = 1) {
    const value = raw(name);
    if (value === '')
        return undefined;
    const parsed = Number(value);
    if (!Number.isInteger(parsed) || parsed < min) {
        const what = min === 1 ? 'a positive whole number' : `a whole number of at least ${min}`;
        throw new input_support/* ConfigurationError */.j1(`Input "${name}" must be ${what}, got "${value}".`);
    }
    return parsed;
}
/** Reads a duration ("10m", "90s", "1h30m", or seconds) in milliseconds; undefined when empty. */
function readDurationInput(name) {
    const value = raw(name);
    if (value === '')
        return undefined;
    const ms = (0,input_support/* parseDurationMs */.yi)(value);
    if (ms === undefined) {
        throw new input_support/* ConfigurationError */.j1(`Input "${name}" must be a duration such as 90s, 10m or 1h30m; got "${value}".`);
    }
    return ms;
}
/** Reads a multi-line or comma-separated list input, dropping blanks. */
function readListInput(name) {
    return getInput(name)
        .split(/[\n,]/)
        .map((item) => item.trim())
        .filter((item) => item !== '');
}
/** One item a line, as `key=value` settings are given; blank lines and `#` comments are skipped. */
function readLinesInput(name) {
    return getInput(name)
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('#'));
}



/***/ }),

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 35317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 49140:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("constants");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 72250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 91943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 73339:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 34589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 16698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 31421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 37540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 40610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 98995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 41792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 80481:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 46466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 46193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 41692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 73429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 75919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 53557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 98253:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util/types");

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(17286);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
