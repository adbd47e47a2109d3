export const id = 540;
export const ids = [540,407];
export const modules = {

/***/ 2540:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cliNotifyInput: () => (/* binding */ cliNotifyInput),
/* harmony export */   cliRunContext: () => (/* binding */ cliRunContext),
/* harmony export */   notifyCommand: () => (/* binding */ notifyCommand)
/* harmony export */ });
/* harmony import */ var _testpipe_stages_defaults__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8407);
/* harmony import */ var _did_you_mean_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9907);
/* harmony import */ var _option_cursor_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5160);
/* harmony import */ var _usage_error_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9678);




const USAGE = `Usage: testpipe notify [options]

Tells people the verdict of a run: Slack (incoming webhook or Web API), Microsoft Teams (Workflows
webhook), email (SMTP) or any webhook. The same stage as the notify action.

Secrets are read from the environment only (never from arguments, which other users can see):
  TESTPIPE_SLACK_WEBHOOK   Slack incoming-webhook URL
  TESTPIPE_SLACK_TOKEN     Slack bot token (with --slack-channel)
  TESTPIPE_TEAMS_WEBHOOK   Teams Workflows webhook URL
  TESTPIPE_SMTP_URL        smtps://user:password@host:465 or smtp://user:password@host:587 (with --email-to)
  TESTPIPE_WEBHOOK_URL     any URL to POST metrics.json and the run context to
  TESTPIPE_WEBHOOK_SECRET  signs the webhook body (HMAC-SHA256)

Options:
  --metrics FILE             metrics.json written by \`testpipe report\` or aggregate-report
  --status STATUS            without metrics: success | failure | cancelled
  --on WHEN                  always | failure | change (default: always)
  --previous-metrics FILE    metrics.json of the previous run on this branch (on: change, new failures)
  --history-file FILE        history.jsonl: the previous verdict of the branch when there is no previous metrics
  --min-pass-rate N          the pass rate a run needs (default: 100)
  --top-n N                  failing and flaky tests listed (default: 10)
  --mention-on-failure M     Slack mention for a failed run: <@U123>, <!subteam^S123>, <!here>
  --fail-on-error            exit 1 when a channel could not be notified (default: a warning)
  --repository OWNER/NAME  --branch NAME  --commit SHA  --pr NUMBER  --pr-url URL
  --run-url URL  --report-url URL          the run context; defaults from GitLab CI, Jenkins or GitHub variables
  --slack-channel ID  --slack-ts TS  --no-slack-thread  --slack-api-url URL  --slack-template FILE
  --teams-template FILE
  --email-to LIST  --email-from ADDR  --email-subject-prefix TEXT  --email-report FILE
  --email-attachment-limit-kb N  --email-html-template FILE  --email-text-template FILE
  --webhook-signature-header NAME
  --directory DIR            a local file sink: writes each notification there (JSON and text)

Exit codes: 0 notified (or nothing to notify), 1 a channel failed with --fail-on-error, 2 unusable
arguments, 3 an environment problem.`;
const VALUE_OPTIONS = [
    'metrics',
    'status',
    'on',
    'previous-metrics',
    'history-file',
    'min-pass-rate',
    'top-n',
    'mention-on-failure',
    'repository',
    'branch',
    'commit',
    'pr',
    'pr-url',
    'run-url',
    'report-url',
    'slack-channel',
    'slack-ts',
    'slack-api-url',
    'slack-template',
    'teams-template',
    'email-to',
    'email-from',
    'email-subject-prefix',
    'email-report',
    'email-attachment-limit-kb',
    'email-html-template',
    'email-text-template',
    'webhook-signature-header',
    'directory',
];
function parseArgs(args) {
    const parsed = { values: {}, failOnError: false, slackThread: true };
    for (const cursor = new _option_cursor_js__WEBPACK_IMPORTED_MODULE_2__/* .OptionCursor */ .o(args); cursor.next();) {
        const { flag } = cursor;
        if (flag === '--fail-on-error')
            parsed.failOnError = true;
        else if (flag === '--no-slack-thread')
            parsed.slackThread = false;
        else if (VALUE_OPTIONS.includes(flag.slice(2)) && flag.startsWith('--')) {
            parsed.values[flag.slice(2)] = cursor.value();
        }
        else if (cursor.isOption)
            throw (0,_did_you_mean_js__WEBPACK_IMPORTED_MODULE_1__/* .unknownOptionError */ .M_)(flag, USAGE);
        else
            throw new _usage_error_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(`unexpected argument "${cursor.arg}": notify takes options only.`);
    }
    return parsed;
}
function numberOption(name, value, fallback, min, max) {
    if (value === undefined)
        return fallback;
    const n = Number(value);
    if (!Number.isFinite(n) || n < min || n > max)
        throw new _usage_error_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(`--${name} must be a number from ${min} to ${max}, got "${value}".`);
    return n;
}
/** The run context from arguments, else the CI's own variables (GitLab CI, Jenkins, GitHub Actions). */
function cliRunContext(values, env) {
    const pr = values.pr ?? env.CI_MERGE_REQUEST_IID ?? env.CHANGE_ID;
    const prNumber = pr === undefined ? undefined : Number(pr);
    if (prNumber !== undefined && !Number.isInteger(prNumber))
        throw new _usage_error_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(`--pr must be a number, got "${pr}".`);
    const githubRun = env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY
        ? `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
        : undefined;
    return {
        repository: values.repository ?? env.CI_PROJECT_PATH ?? env.GITHUB_REPOSITORY,
        serverUrl: env.CI_SERVER_URL ?? env.GITHUB_SERVER_URL,
        branch: values.branch ?? env.CI_COMMIT_REF_NAME ?? env.BRANCH_NAME ?? env.GIT_BRANCH ?? env.GITHUB_REF_NAME,
        commitSha: values.commit ?? env.CI_COMMIT_SHA ?? env.GIT_COMMIT ?? env.GITHUB_SHA,
        pullRequest: prNumber === undefined
            ? undefined
            : { number: prNumber, url: values['pr-url'] ?? env.CI_MERGE_REQUEST_PROJECT_URL ?? env.CHANGE_URL },
        runUrl: values['run-url'] ?? env.CI_PIPELINE_URL ?? env.BUILD_URL ?? githubRun,
        reportUrl: values['report-url'],
        workflow: env.CI_PIPELINE_NAME ?? env.JOB_NAME ?? env.GITHUB_WORKFLOW,
        actor: env.GITLAB_USER_LOGIN ?? env.GITHUB_ACTOR,
    };
}
/** The stage input: arguments for everything but secrets, which come from the environment. */
function cliNotifyInput(parsed, env) {
    const defaults = {
        on: _testpipe_stages_defaults__WEBPACK_IMPORTED_MODULE_0__/* .NOTIFY_DEFAULTS */ .nw.on,
        minPassRate: _testpipe_stages_defaults__WEBPACK_IMPORTED_MODULE_0__/* .NOTIFY_DEFAULTS */ .nw['min-pass-rate'],
        topN: _testpipe_stages_defaults__WEBPACK_IMPORTED_MODULE_0__/* .NOTIFY_DEFAULTS */ .nw['top-n'],
        limitKb: _testpipe_stages_defaults__WEBPACK_IMPORTED_MODULE_0__/* .NOTIFY_DEFAULTS */ .nw['email-attachment-limit-kb'],
        prefix: _testpipe_stages_defaults__WEBPACK_IMPORTED_MODULE_0__/* .NOTIFY_DEFAULTS */ .nw['email-subject-prefix'],
        header: _testpipe_stages_defaults__WEBPACK_IMPORTED_MODULE_0__/* .NOTIFY_DEFAULTS */ .nw['webhook-signature-header'],
    };
    const v = parsed.values;
    const on = v.on ?? defaults.on;
    if (!['always', 'failure', 'change'].includes(on))
        throw new _usage_error_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(`--on must be always, failure or change, got "${on}".`);
    const secret = (name) => (env[name] ? env[name] : undefined);
    const slackToken = secret('TESTPIPE_SLACK_TOKEN');
    if (slackToken && !v['slack-channel'])
        throw new _usage_error_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e('TESTPIPE_SLACK_TOKEN needs --slack-channel (the channel id).');
    const smtpUrl = secret('TESTPIPE_SMTP_URL');
    const slackWebhook = secret('TESTPIPE_SLACK_WEBHOOK');
    const teams = secret('TESTPIPE_TEAMS_WEBHOOK');
    const webhook = secret('TESTPIPE_WEBHOOK_URL');
    return {
        metricsFile: v.metrics,
        status: v.status,
        previousMetricsFile: v['previous-metrics'],
        historyFile: v['history-file'],
        on: on,
        minPassRate: numberOption('min-pass-rate', v['min-pass-rate'], defaults.minPassRate, 0, 100),
        topN: numberOption('top-n', v['top-n'], defaults.topN, 1, 1000),
        mentionOnFailure: v['mention-on-failure'],
        failOnError: parsed.failOnError,
        context: cliRunContext(v, env),
        slackWebhook: slackWebhook ? { url: slackWebhook, template: v['slack-template'] } : undefined,
        slackApi: slackToken
            ? {
                token: slackToken,
                channel: v['slack-channel'],
                updateTs: v['slack-ts'],
                threadFailures: parsed.slackThread,
                template: v['slack-template'],
                apiUrl: v['slack-api-url'],
            }
            : undefined,
        teams: teams ? { url: teams, template: v['teams-template'] } : undefined,
        email: smtpUrl
            ? {
                smtpUrl,
                to: (v['email-to'] ?? '')
                    .split(',')
                    .map((a) => a.trim())
                    .filter(Boolean),
                from: v['email-from'],
                subjectPrefix: v['email-subject-prefix'] ?? defaults.prefix,
                reportHtml: v['email-report'],
                attachmentLimitBytes: numberOption('email-attachment-limit-kb', v['email-attachment-limit-kb'], defaults.limitKb, 0, 1e6) * 1024,
                htmlTemplate: v['email-html-template'],
                textTemplate: v['email-text-template'],
            }
            : undefined,
        file: v.directory ? { directory: v.directory } : undefined,
        webhook: webhook
            ? {
                url: webhook,
                secret: secret('TESTPIPE_WEBHOOK_SECRET'),
                signatureHeader: v['webhook-signature-header'] ?? defaults.header,
            }
            : undefined,
    };
}
const notifyCommand = {
    name: 'notify',
    usage: USAGE,
    async run(args, options) {
        const parsed = parseArgs(args);
        // The stage loads only once the arguments are usable.
        const [{ runNotify }, { systemClock }, { terminalLogger }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(218), __webpack_require__.e(815), __webpack_require__.e(423), __webpack_require__.e(171)]).then(__webpack_require__.bind(__webpack_require__, 3171)),
            Promise.all(/* import() */[__webpack_require__.e(218), __webpack_require__.e(423)]).then(__webpack_require__.bind(__webpack_require__, 5423)),
            __webpack_require__.e(/* import() */ 505).then(__webpack_require__.bind(__webpack_require__, 8505)),
        ]);
        const input = cliNotifyInput(parsed, process.env);
        const logger = terminalLogger({ info: process.stderr, debug: options.debug });
        const result = await runNotify(input, { logger, clock: systemClock });
        const sent = result.channels.filter((c) => c.ok).map((c) => c.channel);
        process.stdout.write(result.notified
            ? `Notified ${sent.join(', ')}: ${result.verdict}${result.channels.find((c) => c.ts) ? ` (Slack ts ${result.channels.find((c) => c.ts).ts})` : ''}\n`
            : `Not notified: ${result.skippedReason ?? 'every channel failed'}\n`);
        return result.failStep ? 1 : 0;
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
