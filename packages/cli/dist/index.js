import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2637:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ handleClosedPipes),
/* harmony export */   b: () => (/* binding */ keepRunningWhenOutputCloses)
/* harmony export */ });
// A reader that went away (`testpipe metrics --json | head`) is not an error: stop writing, quietly. Most
// commands then exit at once; one that must clean up after itself (pipeline: teardown) keeps running.
let keepRunning = false;
/** From now on a closed stdout or stderr only silences it: the command finishes (and tears down). */
function keepRunningWhenOutputCloses() {
    keepRunning = true;
}
function handleClosedPipes() {
    for (const stream of [process.stdout, process.stderr]) {
        stream.on('error', (error) => {
            if (error.code !== 'EPIPE')
                throw error;
            if (!keepRunning)
                process.exit(process.exitCode ?? 0);
            stream.write = () => true;
        });
    }
}


/***/ }),

/***/ 9907:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   En: () => (/* binding */ closestWord),
/* harmony export */   M_: () => (/* binding */ unknownOptionError)
/* harmony export */ });
/* unused harmony export optionsOf */
/* harmony import */ var _usage_error_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9678);
// "Did you mean" for mistyped options: every command's parser rejects an unknown option through here.

/** Edit distance (insert, delete, substitute) between two words. */
function editDistance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        let diagonal = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const above = row[j];
            row[j] = Math.min(above + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
            diagonal = above;
        }
    }
    return row[b.length];
}
/** The known word closest to `word`, when it is close enough to be a typo of it. */
function closestWord(word, known) {
    let best;
    let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
    for (const candidate of known) {
        const distance = editDistance(word.toLowerCase(), candidate);
        if (distance < bestDistance)
            [best, bestDistance] = [candidate, distance];
    }
    return best;
}
/** Options every command takes (main handles them). */
const GLOBAL_OPTIONS = ['--help', '--debug'];
/** The long options a command's usage text lists ("--config FILE  ..."): what its parser accepts. */
function optionsOf(usage) {
    return [...new Set(usage.match(/--[a-z][a-z-]*/g) ?? [])];
}
/** The error for an option the command does not have, with the closest option of its usage when there is one. */
function unknownOptionError(flag, usage) {
    const guess = closestWord(flag, [...optionsOf(usage), ...GLOBAL_OPTIONS]);
    return new _usage_error_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`unknown option "${flag}"${guess ? `; did you mean ${guess}?` : '.'}`);
}


/***/ }),

/***/ 3067:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ exitCodeOfError),
/* harmony export */   d: () => (/* binding */ EXIT)
/* harmony export */ });
/* harmony import */ var _testpipe_core_input_support__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4239);

/** Every exit code of `testpipe`, in one place; each command's --help says which it uses. */
const EXIT = {
    ok: 0,
    /** Tests failed, the gate failed, or a step the user asked for did not succeed. */
    failed: 1,
    /** Unusable arguments or config. */
    usage: 2,
    /** The machine or a service is not as needed (a path that cannot be written, a program missing). */
    environment: 3,
    /** Not the user's to fix: a bug, or something unforeseen. */
    internal: 70,
    /** Ctrl-C (SIGINT) or SIGTERM. */
    interrupted: 130,
};
/** The exit code of a thrown error: a UserError by its kind, anything else is a bug. */
function exitCodeOfError(error) {
    if (!(0,_testpipe_core_input_support__WEBPACK_IMPORTED_MODULE_0__/* .isUserError */ .iU)(error))
        return EXIT.internal;
    return error.kind === 'environment' ? EXIT.environment : EXIT.usage;
}


/***/ }),

/***/ 9678:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ UsageError)
/* harmony export */ });
/* harmony import */ var _testpipe_core_input_support__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4239);

/** Unusable command-line arguments: the CLI prints the message with the command's usage and exits 2. */
class UsageError extends _testpipe_core_input_support__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
    name = 'UsageError';
    constructor(message) {
        super(message, { kind: 'usage' });
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

/***/ 2381:
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

/***/ 3060:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bi: () => (/* binding */ noResultsVerdict),
/* harmony export */   DR: () => (/* binding */ evaluateGate),
/* harmony export */   d$: () => (/* binding */ FAIL_ON),
/* harmony export */   "do": () => (/* binding */ IF_NO_RESULTS)
/* harmony export */ });
/* harmony import */ var _exact_pass_rate_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7345);

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
    const below = (0,_exact_pass_rate_js__WEBPACK_IMPORTED_MODULE_0__/* .isBelowMinPassRate */ .P)(metrics, minPassRate);
    const status = below ? 'failed' : 'passed';
    const rate = (0,_exact_pass_rate_js__WEBPACK_IMPORTED_MODULE_0__/* .describePassRate */ .r)(metrics, metrics.passRate, minPassRate);
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


/***/ }),

/***/ 7345:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ isBelowMinPassRate),
/* harmony export */   r: () => (/* binding */ describePassRate)
/* harmony export */ });
/* harmony import */ var _render_format_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9523);

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
        return (0,_render_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPercent */ .l9)(shown);
    const below = isBelowMinPassRate(counts, minPassRate);
    if (below === shown < minPassRate)
        return (0,_render_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPercent */ .l9)(shown);
    return `${exactPercent(passing, ran)} (${(0,_render_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(passing)} of ${(0,_render_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(ran)}; shown rounded as ${(0,_render_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPercent */ .l9)(shown)})`;
}


/***/ }),

/***/ 4239:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d$: () => (/* reexport safe */ _gate_evaluate_gate_js__WEBPACK_IMPORTED_MODULE_2__.d$),
/* harmony export */   iU: () => (/* reexport safe */ _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__.iU),
/* harmony export */   yo: () => (/* reexport safe */ _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__.yo)
/* harmony export */ });
/* harmony import */ var _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2381);
/* harmony import */ var _duration_setting_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4660);
/* harmony import */ var _gate_evaluate_gate_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3060);
// What reading an action's inputs needs from core, importable alone (@testpipe/core/input-support) so that
// an action's start path does not load the rest of core.





/***/ }),

/***/ 9523:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B4: () => (/* binding */ formatCount),
/* harmony export */   BK: () => (/* binding */ formatPointsDelta),
/* harmony export */   I6: () => (/* binding */ formatPredictionRatio),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   l9: () => (/* binding */ formatPercent),
/* harmony export */   qu: () => (/* binding */ formatDurationDelta)
/* harmony export */ });
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


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 2250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 3339:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 481:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 6193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 4584:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 8253:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util/types");

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
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
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
var __webpack_exports__ = {};

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* reexport */ main)
});

// EXTERNAL MODULE: ./packages/core/src/input-support.ts
var input_support = __nccwpck_require__(4239);
// EXTERNAL MODULE: ./packages/cli/src/closed-pipe.ts
var closed_pipe = __nccwpck_require__(2637);
;// CONCATENATED MODULE: ./packages/cli/src/commands.ts
/** The commands by name; each is loaded only when it runs, so `testpipe` starts without loading every stage. */
const commands = [
    {
        name: 'pipeline',
        summary: 'the whole pipeline from testpipe.yml: provision, seed, plan, shards, report, teardown, notify',
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(218), __nccwpck_require__.e(815), __nccwpck_require__.e(423), __nccwpck_require__.e(171), __nccwpck_require__.e(663), __nccwpck_require__.e(669)]).then(__nccwpck_require__.bind(__nccwpck_require__, 669))).pipelineCommand,
    },
    {
        name: 'run',
        summary: 'plan, run every shard in parallel, and report: the whole pipeline on this machine',
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(218), __nccwpck_require__.e(815), __nccwpck_require__.e(423), __nccwpck_require__.e(171), __nccwpck_require__.e(663), __nccwpck_require__.e(161)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1161))).runCommand,
    },
    {
        name: 'plan',
        summary: "dry run: print each shard's tests, predicted times and the matrix, without running a test",
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(218), __nccwpck_require__.e(423), __nccwpck_require__.e(246)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4246))).planCommand,
    },
    {
        name: 'metrics',
        summary: 'read test reports, merge shards and retries, print metrics (table or --json)',
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(218), __nccwpck_require__.e(423), __nccwpck_require__.e(574)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4574))).metricsCommand,
    },
    {
        name: 'report',
        summary: 'merge reports into one verdict and write metrics, CTRF, JUnit, HTML and timings (the aggregate-report stage)',
        load: async () => (await __nccwpck_require__.e(/* import() */ 975).then(__nccwpck_require__.bind(__nccwpck_require__, 3975))).reportCommand,
    },
    {
        name: 'seed',
        summary: 'wait for the environment, migrate, load a data set and check it (the seed stage)',
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(218), __nccwpck_require__.e(423), __nccwpck_require__.e(256)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6256))).seedCommand,
    },
    {
        name: 'notify',
        summary: 'tell Slack, Teams, email or a webhook the verdict (the notify stage)',
        load: async () => (await __nccwpck_require__.e(/* import() */ 540).then(__nccwpck_require__.bind(__nccwpck_require__, 2540))).notifyCommand,
    },
    {
        name: 'provision',
        summary: 'provision a Terraform environment for one pipeline run (teardown destroys it)',
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(218), __nccwpck_require__.e(815), __nccwpck_require__.e(423), __nccwpck_require__.e(171), __nccwpck_require__.e(542)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3370))).provisionCommand,
    },
    {
        name: 'teardown',
        summary: 'destroy or keep a provisioned environment (--job-status), by --pipeline-id, or expired ones (--janitor)',
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(218), __nccwpck_require__.e(815), __nccwpck_require__.e(423), __nccwpck_require__.e(171), __nccwpck_require__.e(387)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8093))).teardownCommand,
    },
];

// EXTERNAL MODULE: ./packages/cli/src/did-you-mean.ts
var did_you_mean = __nccwpck_require__(9907);
// EXTERNAL MODULE: ./packages/cli/src/exit-codes.ts
var exit_codes = __nccwpck_require__(3067);
;// CONCATENATED MODULE: ./packages/cli/src/version.ts
const CLI_VERSION = '1.0.0';

;// CONCATENATED MODULE: ./packages/cli/src/main.ts






function usage() {
    const lines = ['Usage: testpipe <command> [options]', '', 'Commands:'];
    const width = Math.max(...commands.map((c) => c.name.length));
    for (const c of commands)
        lines.push(`  ${c.name.padEnd(width)}  ${c.summary}`);
    lines.push('', 'Options:', '  -h, --help     show this help', '  -v, --version  print the version');
    lines.push('  --debug        print debug lines, and the stack of an unexpected error');
    lines.push('', 'Run `testpipe <command> --help` for the options of one command.');
    return lines.join('\n');
}
/** Runs the CLI with argv (without node and script); resolves to the process exit code. */
async function main(argv) {
    (0,closed_pipe/* handleClosedPipes */.O)();
    const debug = argv.includes('--debug');
    const [first, ...rest] = argv.filter((arg) => arg !== '--debug');
    if (first === undefined || first === '-h' || first === '--help' || first === 'help') {
        process.stdout.write(`${usage()}\n`);
        return first === undefined ? exit_codes/* EXIT */.d.usage : 0;
    }
    if (first === '-v' || first === '--version') {
        process.stdout.write(`${CLI_VERSION}\n`);
        return 0;
    }
    const listed = commands.find((c) => c.name === first);
    const commandNames = commands.map((c) => c.name);
    if (!listed) {
        const guess = (0,did_you_mean/* closestWord */.En)(first, commandNames);
        process.stderr.write(`testpipe: unknown command "${first}"${guess ? `; did you mean ${guess}?` : '.'}\n\n${usage()}\n`);
        return exit_codes/* EXIT */.d.usage;
    }
    const command = await listed.load();
    if (rest.includes('-h') || rest.includes('--help')) {
        process.stdout.write(`${command.usage}\n`);
        return 0;
    }
    try {
        return await command.run(rest, { debug });
    }
    catch (error) {
        return reportError(command.name, command.usage, error, debug);
    }
}
/** The one place errors become exit codes: a user error is one line saying what to do, anything else is a bug. */
function reportError(name, commandUsage, error, debug) {
    if ((0,input_support/* isUserError */.iU)(error)) {
        const help = error.kind === 'usage' ? `\n\n${commandUsage}` : '';
        process.stderr.write(`testpipe ${name}: ${error.message}${help}\n`);
        return (0,exit_codes/* exitCodeOfError */.L)(error);
    }
    const failure = error instanceof Error ? error : new Error(String(error));
    process.stderr.write(`testpipe ${name} failed unexpectedly: ${failure.message}\n`);
    process.stderr.write(debug ? `${failure.stack ?? ''}\n` : 'Run it again with --debug to see where.\n');
    return (0,exit_codes/* exitCodeOfError */.L)(error);
}

;// CONCATENATED MODULE: ./packages/cli/src/index.ts


var __webpack_exports__main = __webpack_exports__.i;
export { __webpack_exports__main as main };
