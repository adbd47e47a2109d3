export const id = 112;
export const ids = [112,505];
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


/***/ })

};
