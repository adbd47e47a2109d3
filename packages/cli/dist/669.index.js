export const id = 669;
export const ids = [669];
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

/***/ 669:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PIPELINE_LOG_FILE: () => (/* binding */ PIPELINE_LOG_FILE),
  pipelineCommand: () => (/* binding */ pipelineCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 140 modules
var src = __webpack_require__(5423);
// EXTERNAL MODULE: ./packages/stages/src/index.ts + 118 modules
var stages_src = __webpack_require__(3171);
// EXTERNAL MODULE: ./packages/cli/src/closed-pipe.ts
var closed_pipe = __webpack_require__(2637);
// EXTERNAL MODULE: ./packages/cli/src/local-report.ts
var local_report = __webpack_require__(8112);
// EXTERNAL MODULE: ./packages/cli/src/exit-codes.ts
var exit_codes = __webpack_require__(3067);
;// CONCATENATED MODULE: ./packages/cli/src/pipeline/interrupts.ts
// Ctrl-C during `testpipe pipeline`, as GitHub's cancel treats a job: the first stops the work (Terraform
// gets one interrupt, the shards stop, the report is still written) and the environment is torn down as
// the post step would; the second kills the tests' processes at once; the third stops the teardown too.


class PipelineInterrupts {
    say;
    /** Aborted by the first signal: provision, seed and the shards. */
    work = new AbortController();
    /** Aborted by the third: the teardown stops (Terraform gets one interrupt and keeps the state consistent). */
    teardown = new AbortController();
    count = 0;
    onSignal = (signal) => this.received(signal);
    constructor(say) {
        this.say = say;
        process.on('SIGINT', this.onSignal);
        process.on('SIGTERM', this.onSignal);
    }
    dispose() {
        process.removeListener('SIGINT', this.onSignal);
        process.removeListener('SIGTERM', this.onSignal);
    }
    received(signal) {
        this.count += 1;
        if (this.count === 1) {
            this.say(`${signal}: stopping; the report is still written and the environment torn down. Press Ctrl-C again to kill the tests at once.`);
            this.work.abort(new Error(`Interrupted by ${signal}.`));
        }
        else if (this.count === 2) {
            (0,stages_src.killAllProcessTreesNow)();
            this.say(`${signal} again: killed the tests' processes. Ctrl-C once more stops the teardown (the environment may be left).`);
        }
        else if (this.count === 3) {
            this.say(`${signal} again: stopping the teardown; run \`testpipe teardown\` for what is left.`);
            this.teardown.abort(new Error(`Interrupted by ${signal}.`));
        }
        else {
            process.exit(exit_codes/* EXIT */.d.interrupted);
        }
    }
}

// EXTERNAL MODULE: ./packages/cli/src/run/run-args.ts
var run_args = __webpack_require__(2203);
;// CONCATENATED MODULE: ./packages/cli/src/pipeline/pipeline-args.ts

const PIPELINE_USAGE = `Usage: testpipe pipeline [options]

Runs the whole pipeline from one testpipe.yml: provision the environment (its \`environment\` section) →
seed it (\`seed\`) → plan → run the shards N at a time → report → teardown (always; the environment is
kept on failure when preserve-on-failure says so) → notify (\`notify\`). A section that is missing is
skipped. The environment's outputs reach the seed and the tests as TESTPIPE_<NAME> variables (e.g.
TESTPIPE_DATABASE_URL); sensitive ones are redacted from every file written. Without terraform on PATH,
environment.without-terraform starts the same environment directly (and says so).

Writes, into --out:
  environment/       env.json, audit.json and the provision state teardown reads
  results/<shard>/   each shard's junit.xml, ctrf.json, output.log; results/seed/ the seed's smoke checks
  report/            metrics.json, ctrf-report.json, junit.xml, report.html, timings.json, summary.md
  pipeline.log       every line every stage logged, redacted

Options:
  --config FILE          the pipeline config (default: testpipe.yml)
  --out DIR              output directory (default: testpipe-out)
  --parallel N           shards running at once (default: the number of CPUs)
  --suite NAME...        run only these suites (repeatable, or comma-separated)
  --timings FILE         timings.json to plan with (default: <out>/report/timings.json of an earlier run)
  --min-pass-rate N      fail when the pass rate is below N percent (default: 100)
  --fail-on WHAT         failures | errors | nothing (default: failures)
  --allow-no-tests       pass when no test ran
  --redact NAME          also redact the value of environment variable NAME; repeatable
  --pipeline-id ID       names the environment's state and audit (default: local-<time>)
  --without-terraform    start the environment with environment.without-terraform even if terraform is on PATH
  --json                 newline-delimited JSON events on stdout, then one "result" object
  --no-progress          plain lines even on a terminal (the default when stdout is not one)
  --verbose              plain lines include every line the stages log (always in pipeline.log)

Channel secrets for notify come from the environment (see \`testpipe notify --help\`); in a GitLab
merge-request pipeline with TESTPIPE_GITLAB_TOKEN set, the report is posted as a sticky note.

Exit codes: 0 the gate passed; 1 tests failed or the gate failed; 2 unusable arguments or testpipe.yml;
3 the environment (Terraform, a service not ready, a database refusing the login, teardown failed);
130 interrupted (Ctrl-C: the shards stop, the report is written and the environment is torn down as the
provision action's post step would; Ctrl-C again kills the shards at once; a third time stops the teardown).`;
/** `testpipe pipeline` arguments: those of `testpipe run` and its own. Throws UsageError naming the bad option. */
function parsePipelineArgs(args) {
    const own = { json: false, withoutTerraform: false, verbose: false, pipelineId: undefined };
    const run = (0,run_args/* parseRunArgs */.u)(args, {
        usage: PIPELINE_USAGE,
        more: (cursor) => {
            if (cursor.flag === '--json')
                own.json = true;
            else if (cursor.flag === '--without-terraform')
                own.withoutTerraform = true;
            else if (cursor.flag === '--verbose')
                own.verbose = true;
            else if (cursor.flag === '--pipeline-id')
                own.pipelineId = cursor.value();
            else
                return false;
            return true;
        },
    });
    return { ...run, ...own };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./packages/cli/src/commands/provision.ts
var provision = __webpack_require__(3370);
// EXTERNAL MODULE: ./packages/cli/src/gitlab-context.ts
var gitlab_context = __webpack_require__(4501);
// EXTERNAL MODULE: ./packages/cli/src/run/run-tests.ts + 1 modules
var run_tests = __webpack_require__(9176);
// EXTERNAL MODULE: ./packages/cli/src/usage-error.ts
var usage_error = __webpack_require__(9678);
;// CONCATENATED MODULE: ./packages/cli/src/pipeline/environment-step.ts
// The pipeline's environment: provisioned with Terraform (as the provision action), or started directly by
// environment.without-terraform; torn down afterwards as the provision action's post step does.





/** Budget of teardown, as the provision action's post-timeout default. */
const TEARDOWN_BUDGET_MS = 4 * 60_000;
/** How long environment.without-terraform's start and stop programs may take. */
const DIRECT_PROGRAM_TIMEOUT_MS = 5 * 60_000;
class InterruptedError extends Error {
    name = 'InterruptedError';
}
/** Terraform when it is on PATH (or no alternative is configured), else the configured direct start. */
function environmentMode(config, forceDirect) {
    if (forceDirect && !config.withoutTerraform) {
        throw new usage_error/* UsageError */.e('--without-terraform needs environment.without-terraform (start, stop) in testpipe.yml.');
    }
    if (forceDirect)
        return 'without-terraform';
    const onPath = (0,stages_src.findOnPath)('terraform', process.env.PATH ?? '') !== undefined;
    return onPath || !config.withoutTerraform ? 'terraform' : 'without-terraform';
}
function directInput(step, signal) {
    return {
        config: step.config.withoutTerraform,
        rootDir: process.cwd(),
        environmentDir: external_node_path_default().join(step.outputDir, 'direct'),
        outputDir: step.outputDir,
        pipelineId: step.pipelineId,
        identity: step.identity,
        timeoutMs: DIRECT_PROGRAM_TIMEOUT_MS,
        signal,
    };
}
function describeOutputs(outputs, sensitive) {
    const names = Object.keys(outputs).map((name) => (sensitive.includes(name) ? `${name} (sensitive)` : name));
    return names.length > 0 ? `outputs ${names.join(', ')}` : 'no outputs';
}
/** Provisions or starts the environment; throws a UserError (environment) or InterruptedError. */
async function provisionEnvironment(step, mode, signal) {
    const ports = { logger: step.logger, clock: step.clock, secrets: step.secrets };
    if (mode === 'without-terraform') {
        const started = await (0,stages_src.startDirectEnvironment)(directInput(step, signal), ports);
        if (signal.aborted)
            throw new InterruptedError('Interrupted while the environment started.');
        const detail = `started without Terraform; ${describeOutputs(started.outputs, started.sensitiveOutputs)}`;
        return { ...started, detail };
    }
    const { config } = step;
    const result = await (0,stages_src.runProvision)({
        workingDirectory: config.workingDirectory,
        rootDir: process.cwd(),
        backend: config.backend,
        backendConfig: config.backendConfig,
        variables: Object.entries(config.vars).map(([name, value]) => `${name}=${value}`),
        varFiles: [],
        destroy: config.destroy,
        preserveOnFailure: config.preserveOnFailure,
        ttlMs: config.ttlMs,
        lockTimeoutMs: config.lockTimeoutMs,
        pipelineId: step.pipelineId,
        identity: step.identity,
        outputDir: step.outputDir,
        signal,
    }, { ...ports, state: (0,provision.fileStepState)(step.outputDir), mask: () => undefined });
    if (result.status === 'cancelled')
        throw new InterruptedError('Interrupted while Terraform applied.');
    if (result.status !== 'applied') {
        throw new src.UserError(`Terraform could not provision the environment (${result.failureReason}): ${result.message ?? 'see pipeline.log'}`, { kind: 'environment' });
    }
    const planned = result.plan ? `${result.plan.add} to add; ` : '';
    const detail = `Terraform applied (${planned}${describeOutputs(result.outputs, result.sensitiveOutputs)})`;
    return { outputs: result.outputs, sensitiveOutputs: result.sensitiveOutputs, envFile: result.envFile, detail };
}
/** Destroys or keeps the environment by its destroy policy and the pipeline's status; never throws. */
async function teardownEnvironment(step, mode, jobStatus, signal) {
    const ports = { logger: step.logger, clock: step.clock, secrets: step.secrets };
    try {
        if (mode === 'without-terraform') {
            const decision = (0,stages_src.decideTeardown)(step.config, jobStatus);
            const input = directInput(step, signal);
            if (!decision.destroy) {
                const how = `${input.config.stop.join(' ')} with TESTPIPE_ENVIRONMENT_DIR=${input.environmentDir}`;
                return { ok: true, detail: `kept (${decision.why}); stop it with ${how}` };
            }
            const stopped = await (0,stages_src.stopDirectEnvironment)(input, decision.why, ports);
            return { ok: stopped.stopped, detail: stopped.message };
        }
        const result = await (0,stages_src.runProvisionPost)({ jobStatus, budgetMs: TEARDOWN_BUDGET_MS, identity: step.identity, outputDir: step.outputDir, signal }, { ...ports, state: (0,provision.fileStepState)(step.outputDir), mask: () => undefined });
        const ok = result.action !== 'destroy-failed' && result.action !== 'timed-out';
        const summary = result.summary.split('\n').find((line) => line.trim() !== '' && !line.startsWith('#'));
        return { ok, detail: `${result.action}${summary ? `: ${summary.replace(/[*`]/g, '')}` : ''}` };
    }
    catch (error) {
        return { ok: false, detail: `teardown failed: ${error.message}` };
    }
}

// EXTERNAL MODULE: ./packages/cli/src/commands/notify.ts
var notify = __webpack_require__(2540);
;// CONCATENATED MODULE: ./packages/cli/src/pipeline/stage-steps.ts
// The seed and notify steps of `testpipe pipeline`: the same stages as `testpipe seed` and `testpipe notify`,
// fed from testpipe.yml and the environment's outputs instead of options.





function describeSeed(result) {
    const parts = [];
    if (result.health.length > 0)
        parts.push(`${result.health.length} target(s) ready`);
    if (result.migrations)
        parts.push(`${result.migrations.applied.length} migration(s) applied`);
    if (result.seeded) {
        const rows = result.seeded.tables.reduce((sum, table) => sum + table.rows, 0);
        const masked = result.seeded.tables.filter((table) => table.masked.length > 0).length;
        parts.push(`data set ${result.seeded.dataset}: ${rows} rows in ${result.seeded.tables.length} tables (${masked} masked)`);
    }
    if (result.checks.length > 0) {
        parts.push(`${result.checks.filter((check) => check.passed).length}/${result.checks.length} smoke checks passed`);
    }
    return parts.join(', ') || 'nothing to do';
}
/** Seeds the environment; throws SmokeCheckError (tests' verdict) or a UserError (environment). */
async function seedStep(input, ports) {
    const { config } = input;
    let databaseUrl = input.outputs.database_url ?? process.env.TESTPIPE_DATABASE_URL;
    let startedDatabaseUrl;
    if (!databaseUrl && (config.migrations || config.datasets)) {
        const embedded = await (0,stages_src.startEmbeddedEnvironment)(input.embeddedEnvFile);
        ports.secrets.add(embedded.password);
        databaseUrl = startedDatabaseUrl = embedded.url;
        ports.logger.info(`No database_url output: started an embedded PostgreSQL on 127.0.0.1:${embedded.record.port}.`);
    }
    const junitPath = external_node_path_default().join(input.outputDir, 'seed-checks.xml');
    const result = await (0,stages_src.runSeed)({
        databaseUrl,
        databaseUrlName: 'the environment output database_url',
        databaseCreatedByPipeline: input.databaseCreatedByPipeline || startedDatabaseUrl !== undefined,
        waitFor: config.waitFor.join('\n'),
        timeoutMs: config.timeoutMs,
        checkWritable: config.checkWritable,
        migrations: config.migrations,
        allowDrift: false,
        validateOnly: false,
        datasets: config.datasets,
        dataset: config.dataset,
        mask: true,
        force: false,
        loadMethod: 'copy',
        junitPath,
        rootDir: process.cwd(),
        envFile: input.envFile,
        // The environment's source_url output: the database `copy:` tables are read (and masked) from.
        sourceUrl: input.outputs.source_url ?? process.env.TESTPIPE_SOURCE_URL,
        pipelineId: input.pipelineId,
        signal: input.signal,
    }, ports);
    await (0,promises_.mkdir)(input.outputDir, { recursive: true });
    const record = { health: result.health, migrations: result.migrations, seeded: result.seeded, checks: result.checks };
    const redacted = (0,src.redactStrings)(record, (text) => ports.secrets.redact(text));
    await (0,promises_.writeFile)(external_node_path_default().join(input.outputDir, 'seed-record.json'), `${JSON.stringify(redacted, null, 2)}\n`);
    await (0,promises_.writeFile)(external_node_path_default().join(input.outputDir, src.SUMMARY_FILE), result.summaryMarkdown);
    if (result.error)
        throw result.error;
    return { detail: describeSeed(result), junitPath: result.junitPath, startedDatabaseUrl };
}
/** Notifies through the file sink and every channel whose secret is in the environment; never throws. */
async function notifyStep(input, ports) {
    const { config } = input;
    const values = {
        on: config.on,
        'min-pass-rate': String(config.minPassRate),
        'top-n': String(config.topN),
        'slack-channel': config.slackChannel,
        'email-to': config.emailTo.length > 0 ? config.emailTo.join(',') : undefined,
        'mention-on-failure': config.mentionOnFailure,
        directory: config.directory,
        metrics: input.metricsFile,
        'previous-metrics': input.previousMetricsFile,
        status: input.metricsFile ? undefined : input.status,
        'email-report': input.reportHtml,
    };
    try {
        const notifyInput = (0,notify.cliNotifyInput)({ values, failOnError: false, slackThread: true }, process.env);
        const result = await (0,stages_src.runNotify)({ ...notifyInput, extraSecrets: [...(notifyInput.extraSecrets ?? []), ...ports.secrets.list()] }, { logger: ports.logger, clock: ports.clock });
        if (!result.notified)
            return {
                ok: result.skippedReason !== undefined,
                detail: `not sent: ${result.skippedReason ?? 'every channel failed'}`,
            };
        const sent = result.channels.filter((channel) => channel.ok).map((channel) => channel.channel);
        const failed = result.channels.filter((channel) => !channel.ok).map((channel) => channel.channel);
        return {
            ok: failed.length === 0,
            detail: `${result.verdict} sent to ${sent.join(', ')}${failed.length > 0 ? `; ${failed.join(', ')} failed` : ''}`,
        };
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return { ok: false, detail: `not sent: ${ports.secrets.redact(reason)}` };
    }
}

;// CONCATENATED MODULE: ./packages/cli/src/pipeline/run-pipeline.ts
// `testpipe pipeline`: provision → seed → plan → shards → report → teardown (always) → notify, from one
// testpipe.yml, on this machine. Each step is the stage the actions run; this file only sequences them.











/** The variable an environment output reaches the seed and the tests as: database_url → TESTPIPE_DATABASE_URL. */
function outputVariable(name) {
    return `TESTPIPE_${name.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
}
/** The exit code of an error a step threw: an interrupt, a smoke check the data failed, else as the CLI's. */
function exitCodeOf(error) {
    if (error instanceof InterruptedError)
        return exit_codes/* EXIT */.d.interrupted;
    if (error instanceof stages_src.SmokeCheckError)
        return exit_codes/* EXIT */.d.failed;
    return (0,exit_codes/* exitCodeOfError */.L)(error);
}
function shardProgress(board) {
    const task = (shard) => `shard ${shard}`;
    return {
        started: (shard, units) => board.start(task(shard), `${units} unit${units === 1 ? '' : 's'}`, 'report'),
        finished: (shard, outcome) => {
            const attempts = outcome.attempts > 1 ? `, ${outcome.attempts} attempts` : '';
            board.finish(task(shard), outcome.status === 'passed' ? 'passed' : 'failed', `${outcome.total} tests, ${outcome.failed} failed, ${outcome.flaky} flaky${attempts}`);
        },
        crashed: (shard, error) => board.finish(task(shard), 'failed', `could not run: ${error.message}`),
        message: (text) => board.note(text),
        stop: () => undefined,
    };
}
class PipelineRun {
    args;
    config;
    board;
    interrupts;
    secrets;
    debug;
    outDir;
    pipelineId;
    exitCode = exit_codes/* EXIT */.d.ok;
    tests;
    reason;
    constructor(args, config, board, interrupts, 
    /** Every secret of the run (--redact values, sensitive outputs): the board redacts with the same. */
    secrets, debug) {
        this.args = args;
        this.config = config;
        this.board = board;
        this.interrupts = interrupts;
        this.secrets = secrets;
        this.debug = debug;
        this.outDir = external_node_path_default().resolve(args.out);
        this.pipelineId = args.pipelineId ?? `local-${new Date().toISOString().replace(/\D/g, '').slice(0, 14)}`;
    }
    logger(task) {
        return this.board.logger(task, this.debug);
    }
    /** Keeps the first failure: it decides the exit code and is what the pipeline says at the end. */
    recordFailure(exitCode, reason) {
        if (this.exitCode !== exit_codes/* EXIT */.d.ok)
            return;
        this.exitCode = exitCode;
        this.reason = reason;
    }
    /** A step that threw: its task fails (or is interrupted) and the error is recorded. */
    fail(task, error) {
        const message = this.secrets.redact(error instanceof Error ? error.message : String(error));
        this.board.finish(task, error instanceof InterruptedError ? 'interrupted' : 'failed', message);
        const exitCode = exitCodeOf(error);
        this.recordFailure(exitCode, `${task}: ${message}`);
        if (exitCode === exit_codes/* EXIT */.d.internal && this.debug && error instanceof Error)
            this.board.note(error.stack ?? '');
    }
    async run() {
        await (0,promises_.mkdir)(this.outDir, { recursive: true });
        const reportDir = external_node_path_default().join(this.outDir, 'report');
        const previousMetrics = external_node_path_default().join(this.outDir, 'previous-metrics.json');
        if ((0,external_node_fs_.existsSync)(external_node_path_default().join(reportDir, src.METRICS_FILE)))
            await (0,promises_.copyFile)(external_node_path_default().join(reportDir, src.METRICS_FILE), previousMetrics);
        else
            await (0,promises_.rm)(previousMetrics, { force: true });
        for (const stage of ['provision', 'seed', 'plan', 'report', 'teardown', 'notify'])
            this.board.plan(stage);
        const redact = (0,stages_src.valuesToRedact)(this.args.redactNames, process.env);
        for (const value of redact.values)
            this.secrets.add(value);
        for (const name of redact.unset)
            this.board.note(`--redact ${name}: the environment has no value for ${name}.`);
        process.env.TESTPIPE_PIPELINE_ID = this.pipelineId;
        const environment = this.environmentStep();
        let mode;
        const embeddedEnvFile = external_node_path_default().join(this.outDir, 'environment', 'embedded', 'env.json');
        try {
            const outputs = {};
            let envFile;
            if (environment) {
                mode = environmentMode(environment.config, this.args.withoutTerraform);
                if (mode === 'without-terraform' && !this.args.withoutTerraform) {
                    this.board.note(`terraform is not on PATH: starting the same environment directly (environment.without-terraform: ${environment.config.withoutTerraform.start.join(' ')}).`);
                }
                this.board.start('provision', mode === 'terraform' ? `terraform, ${environment.config.workingDirectory}` : 'without terraform');
                const provisioned = await provisionEnvironment(environment, mode, this.interrupts.work.signal);
                Object.assign(outputs, provisioned.outputs);
                envFile = provisioned.envFile;
                this.board.finish('provision', 'passed', provisioned.detail);
            }
            else
                this.board.finish('provision', 'skipped', 'no environment section in testpipe.yml');
            for (const [name, value] of Object.entries(outputs))
                process.env[outputVariable(name)] = value;
            if (this.config.seed && !this.interrupts.work.signal.aborted) {
                this.board.start('seed');
                const seeded = await seedStep({
                    config: this.config.seed,
                    outputs,
                    envFile,
                    outputDir: external_node_path_default().join(this.outDir, 'results', 'seed'),
                    embeddedEnvFile,
                    databaseCreatedByPipeline: environment !== undefined,
                    pipelineId: this.pipelineId,
                    signal: this.interrupts.work.signal,
                }, { logger: this.logger('seed'), clock: src.systemClock, secrets: this.secrets });
                if (seeded.startedDatabaseUrl)
                    process.env.TESTPIPE_DATABASE_URL = seeded.startedDatabaseUrl;
                this.board.finish('seed', 'passed', seeded.detail);
            }
            else if (!this.config.seed)
                this.board.finish('seed', 'skipped', 'no seed section in testpipe.yml');
            if (this.interrupts.work.signal.aborted)
                throw new InterruptedError('Interrupted before the tests ran.');
            await this.runTests(reportDir);
        }
        catch (error) {
            const running = this.board.list().find((task) => task.status === 'running');
            this.fail(running?.name ?? 'pipeline', error);
        }
        for (const task of this.board.list()) {
            if (task.status === 'pending' && !['teardown', 'notify'].includes(task.name)) {
                this.board.finish(task.name, 'skipped', 'not reached');
            }
        }
        await this.teardown(environment, mode, embeddedEnvFile);
        await this.notify(previousMetrics);
        const { exitCode, pipelineId, reason, tests, outDir } = this;
        return { exitCode, pipelineId, reason, tests, outDir };
    }
    environmentStep() {
        if (!this.config.environment)
            return undefined;
        return {
            config: this.config.environment,
            outputDir: external_node_path_default().join(this.outDir, 'environment'),
            pipelineId: this.pipelineId,
            identity: (0,provision.cliIdentity)(undefined, 'pipeline'),
            logger: this.logger('provision'),
            clock: src.systemClock,
            secrets: this.secrets,
        };
    }
    async runTests(reportDir) {
        const timingsFile = (0,run_tests/* previousTimingsFile */.H)(this.args.timings, reportDir);
        this.board.start('plan', timingsFile
            ? `with the timings of the run before (${external_node_path_default().relative(process.cwd(), timingsFile)})`
            : 'no timings yet: shards split by count; the next run plans with this run’s timings');
        const seedJunit = external_node_path_default().join(this.outDir, 'results', 'seed', 'seed-checks.xml');
        const result = await (0,run_tests/* planRunAndReport */.u)({
            configFile: this.args.config,
            suites: this.args.suites,
            outDir: this.outDir,
            timingsFile,
            parallel: this.args.parallel,
            signal: this.interrupts.work.signal,
            planLogger: this.logger('plan'),
            reportLogger: this.logger('report'),
            onPlanned: (_summary, jobs, parallel) => {
                for (const job of jobs)
                    this.board.plan(`shard ${job.name}`, 'report');
                const known = timingsFile ? 'planned with the last run’s timings' : 'no timings yet (split by count)';
                this.board.finish('plan', 'passed', `${jobs.length} shard(s), ${parallel} at a time; ${known}`);
            },
            onShardsDone: () => this.board.start('report'),
            progress: () => shardProgress(this.board),
            redact: this.secrets.list(),
            minPassRate: this.args.minPassRate,
            failOn: this.args.failOn,
            allowNoTests: this.args.allowNoTests,
            reportName: 'testpipe pipeline',
            // In a GitLab merge-request pipeline with a token: the sticky note, as `testpipe report` posts it.
            gitlab: (0,gitlab_context/* gitlabPublishing */.T)(process.env, { log: this.logger('report') }),
            extraResults: (0,external_node_fs_.existsSync)(seedJunit) ? [seedJunit] : [],
        });
        this.tests = result;
        const { report } = result;
        const verdict = report.gate?.reason ?? report.failure ?? report.status;
        const html = report.files ? ` — ${external_node_path_default().relative(process.cwd(), report.files.html)}` : '';
        const failed = report.failure !== undefined || result.crashed > 0;
        this.board.finish('report', failed ? 'failed' : 'passed', `${verdict.replace(/\.$/, '')}${html}`);
        if (this.interrupts.work.signal.aborted)
            throw new InterruptedError('Interrupted: the report has what the shards wrote.');
        if (failed)
            this.recordFailure(exit_codes/* EXIT */.d.failed, result.crashed > 0 ? `${result.crashed} shard(s) could not run` : verdict);
    }
    jobStatus() {
        if (this.interrupts.count > 0)
            return 'cancelled';
        return this.exitCode === exit_codes/* EXIT */.d.ok ? 'success' : 'failure';
    }
    async teardown(step, mode, embeddedEnvFile) {
        const embedded = await (0,stages_src.stopEmbeddedEnvironment)(embeddedEnvFile).catch((error) => `failed: ${error.message}`);
        if (!step || !mode) {
            this.board.finish('teardown', 'skipped', embedded ? `stopped the embedded PostgreSQL (${embedded})` : 'nothing was provisioned');
            return;
        }
        this.board.start('teardown', `job status ${this.jobStatus()}`);
        const result = await teardownEnvironment(step, mode, this.jobStatus(), this.interrupts.teardown.signal);
        this.board.finish('teardown', result.ok ? 'passed' : 'failed', result.detail);
        if (!result.ok)
            this.recordFailure(exit_codes/* EXIT */.d.environment, `teardown: ${result.detail}`);
    }
    async notify(previousMetrics) {
        const { tests } = this;
        if (!this.config.notify) {
            this.board.finish('notify', 'skipped', 'no notify section in testpipe.yml');
            return;
        }
        this.board.start('notify');
        // An interrupted run is told as cancelled, whatever the tests that ran said.
        const interrupted = this.interrupts.count > 0;
        const metricsFile = tests?.report.files && !interrupted ? external_node_path_default().join(tests.reportDir, src.METRICS_FILE) : undefined;
        const result = await notifyStep({
            config: this.config.notify,
            metricsFile: metricsFile && (0,external_node_fs_.existsSync)(metricsFile) ? metricsFile : undefined,
            previousMetricsFile: (0,external_node_fs_.existsSync)(previousMetrics) ? previousMetrics : undefined,
            status: this.jobStatus(),
            reportHtml: tests?.report.files?.html,
        }, { logger: this.logger('notify'), clock: src.systemClock, secrets: this.secrets });
        // A notification that fails is a warning: it never changes the verdict.
        this.board.finish('notify', result.ok ? 'passed' : 'failed', result.detail);
    }
}

;// CONCATENATED MODULE: ./packages/cli/src/pipeline/task-board.ts
// How `testpipe pipeline` shows its stages and shards: plain lines (CI logs, pipes), newline-delimited
// JSON events (--json), or a live board on a terminal (terminal-board.ts). Every line a stage logs is also
// kept, redacted, in <out>/pipeline.log.


class TaskBoard {
    out;
    now;
    redact;
    logFile;
    tasks = new Map();
    constructor(out, now, redact, logFile) {
        this.out = out;
        this.now = now;
        this.redact = redact;
        this.logFile = logFile;
    }
    /** The tasks in display order. */
    list() {
        return [...this.tasks.values()];
    }
    /** Declares a task before it starts (the stages), so a board can show what is still to come. */
    plan(name, before) {
        if (this.tasks.has(name))
            return;
        const task = { name, status: 'pending' };
        if (before === undefined || !this.tasks.has(before)) {
            this.tasks.set(name, task);
            return;
        }
        const entries = [...this.tasks];
        this.tasks.clear();
        for (const [key, value] of entries) {
            if (key === before)
                this.tasks.set(name, task);
            this.tasks.set(key, value);
        }
    }
    start(name, detail, before) {
        this.plan(name, before);
        Object.assign(this.tasks.get(name), { status: 'running', startedAt: this.now(), detail });
        this.keep(`▶ ${name}${detail ? `: ${detail}` : ''}`);
        this.changed(this.tasks.get(name));
    }
    finish(name, status, detail) {
        this.plan(name);
        const task = this.tasks.get(name);
        task.status = status;
        task.detail = detail === undefined ? undefined : this.redact(detail);
        task.durationMs = task.startedAt === undefined ? undefined : this.now() - task.startedAt;
        this.keep(taskLine(task));
        this.changed(task);
    }
    /** A line for the user, shown at once (a warning, what the pipeline chose). */
    note(text) {
        const line = this.redact(text);
        this.keep(line);
        this.show(line);
    }
    /** The Logger a stage writes through: every line to pipeline.log; warnings and errors also shown. */
    logger(task, debug) {
        const at = (level) => (message) => {
            if (level === 'debug' && !debug)
                return;
            const line = this.redact(message);
            this.keep(`[${task}] ${level === 'info' ? '' : `${level}: `}${line}`);
            this.log(task, level, line);
        };
        return {
            debug: at('debug'),
            info: at('info'),
            warning: at('warning'),
            error: at('error'),
            group: (name, body) => (at('info')(name), body()),
        };
    }
    keep(line) {
        (0,external_node_fs_.appendFileSync)(this.logFile, `${new Date(this.now()).toISOString()} ${line}\n`);
    }
}
const MARKS = {
    pending: '·',
    running: '▶',
    passed: '✔',
    failed: '✖',
    skipped: '-',
    interrupted: '■',
};
/** "✔ seed (3.2 s): 2 migrations applied, 42 rows loaded" */
function taskLine(task, mark = MARKS[task.status]) {
    const took = task.durationMs === undefined ? '' : ` (${(0,src.formatDuration)(task.durationMs)})`;
    return `${mark} ${task.name}${took}${task.detail ? `: ${task.detail}` : ''}`;
}
/** One line per event, for logs and pipes: a task's start and end; warnings, and with verbose every stage line. */
class PlainBoard extends TaskBoard {
    verbose;
    constructor(out, now, redact, logFile, 
    /** Every line the stages log is printed too. */
    verbose = false) {
        super(out, now, redact, logFile);
        this.verbose = verbose;
    }
    stop() { }
    changed(task) {
        if (task.status === 'running')
            this.out.write(`▶ ${task.name}${task.detail ? `: ${task.detail}` : ''}\n`);
        else
            this.out.write(`${taskLine(task)}\n`);
    }
    show(line) {
        this.out.write(`${line}\n`);
    }
    log(task, level, line) {
        if (level === 'debug' || (level === 'info' && !this.verbose))
            return;
        this.out.write(`  ${level === 'info' ? '' : `${level}: `}${line}\n`);
    }
}
/** --json: one JSON object per line on stdout (`task`, `log`, `note`; the command adds `result`). */
class JsonBoard extends TaskBoard {
    stop() { }
    emit(event) {
        this.out.write(`${JSON.stringify({ ...event, at: new Date(this.now()).toISOString() })}\n`);
    }
    changed(task) {
        const { name, status, detail, durationMs } = task;
        this.emit({ event: 'task', task: name, status, detail, durationMs });
    }
    show(line) {
        this.emit({ event: 'note', message: line });
    }
    log(task, level, line) {
        if (level !== 'debug')
            this.emit({ event: 'log', task, level, message: line });
    }
}

// EXTERNAL MODULE: ./packages/cli/src/run/live-block.ts
var live_block = __webpack_require__(5608);
;// CONCATENATED MODULE: ./packages/cli/src/pipeline/terminal-board.ts
// The live board of `testpipe pipeline` on a terminal: one line per stage and shard, a spinner and the
// elapsed time on running ones, redrawn in place; notes and warnings scroll above it. Colour unless NO_COLOR.



const COLOURS = {
    pending: '\x1b[2m',
    running: '\x1b[36m',
    passed: '\x1b[32m',
    failed: '\x1b[31m',
    skipped: '\x1b[2m',
    interrupted: '\x1b[33m',
};
const RESET = '\x1b[0m';
class TerminalBoard extends TaskBoard {
    colour;
    block;
    constructor(out, now, redact, logFile, colour, refreshMs = 200) {
        super(out, now, redact, logFile);
        this.colour = colour;
        this.block = new live_block/* LiveBlock */._(out, (spinner) => this.lines(spinner), refreshMs);
    }
    stop() {
        this.block.stop();
        // The final state stays on screen as plain lines.
        this.out.write(this.list()
            .map((task) => `${this.paint(task, taskLine(task))}\n`)
            .join(''));
    }
    changed() {
        this.block.redraw();
    }
    show(line) {
        this.block.above(line);
    }
    log(_task, level, line) {
        if (level === 'warning' || level === 'error')
            this.show(`${level}: ${line}`);
    }
    paint(task, text) {
        return this.colour ? `${COLOURS[task.status]}${text}${RESET}` : text;
    }
    lines(spinner) {
        return this.list().map((task) => {
            if (task.status !== 'running')
                return this.paint(task, taskLine(task).slice(0, this.block.width));
            const elapsed = (0,src.formatDuration)(this.now() - (task.startedAt ?? this.now()));
            const text = `${spinner} ${task.name} ${elapsed}${task.detail ? `: ${task.detail}` : ''}`;
            return this.paint(task, text.slice(0, this.block.width));
        });
    }
}

;// CONCATENATED MODULE: ./packages/cli/src/commands/pipeline.ts











const PIPELINE_LOG_FILE = 'pipeline.log';
const quiet = { write: () => true };
/** The live board on a terminal, JSON events with --json, plain lines otherwise. */
function createBoard(args, redact, logFile) {
    const now = () => Date.now();
    if (args.json)
        return new JsonBoard(process.stdout, now, redact, logFile);
    const terminal = args.progress && process.stdout.isTTY === true && process.env.TERM !== 'dumb';
    if (!terminal)
        return new PlainBoard(process.stdout, now, redact, logFile, args.verbose);
    const colour = process.env.NO_COLOR === undefined || process.env.NO_COLOR === '';
    return new TerminalBoard(process.stdout, now, redact, logFile, colour);
}
async function runPipelineCommand(args, debug) {
    const config = await (0,stages_src.loadPipelineConfig)(args.config);
    (0,closed_pipe/* keepRunningWhenOutputCloses */.b)();
    const outDir = external_node_path_default().resolve(args.out);
    await (0,promises_.mkdir)(outDir, { recursive: true });
    const logFile = external_node_path_default().join(outDir, PIPELINE_LOG_FILE);
    await (0,promises_.rm)(logFile, { force: true });
    const secrets = new src.Secrets();
    const board = createBoard(args, (text) => secrets.redact(text), logFile);
    const interrupts = new PipelineInterrupts((line) => board.note(line));
    let outcome;
    try {
        outcome = await new PipelineRun(args, config, board, interrupts, secrets, debug).run();
    }
    finally {
        interrupts.dispose();
        board.stop();
    }
    const report = outcome.tests?.report;
    const json = board instanceof JsonBoard;
    // summary.md, and the failure line on stderr; the board already said what the metrics table would.
    if (report)
        await (0,local_report.finishLocalReport)(report, outcome.tests.reportDir, { out: quiet, err: json ? quiet : process.stderr });
    if (board instanceof JsonBoard) {
        board.emit({
            event: 'result',
            exitCode: outcome.exitCode,
            pipelineId: outcome.pipelineId,
            reason: outcome.reason,
            status: report?.status,
            passRate: report?.metrics?.passRate,
            metrics: report?.files ? external_node_path_default().join(outcome.tests.reportDir, src.METRICS_FILE) : undefined,
            report: report?.files?.html,
            log: logFile,
            tasks: board.list().map(({ name, status, detail, durationMs }) => ({ name, status, detail, durationMs })),
        });
        return outcome.exitCode;
    }
    process.stdout.write('\n');
    const m = report?.metrics;
    if (m) {
        process.stdout.write(`${m.total} tests: ${m.passed} passed, ${m.failed} failed, ${m.errored} errored, ${m.skipped} skipped, ${m.flaky} flaky. ` +
            `${report.gate?.reason ?? ''}\n`);
    }
    if (outcome.reason && outcome.exitCode !== 0)
        process.stderr.write(`testpipe pipeline: ${outcome.reason}\n`);
    if (report?.files)
        process.stdout.write(`Report: ${report.files.html}\n`);
    process.stdout.write(`Log: ${logFile}\n`);
    return outcome.exitCode;
}
const pipelineCommand = {
    name: 'pipeline',
    usage: PIPELINE_USAGE,
    run: (args, options) => runPipelineCommand(parsePipelineArgs(args), options.debug),
};


/***/ }),

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


/***/ })

};
