export const id = 481;
export const ids = [481,800];
export const modules = {

/***/ 61481:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SLACK_METADATA_EVENT: () => (/* binding */ SLACK_METADATA_EVENT),
/* harmony export */   sendSlackApi: () => (/* binding */ sendSlackApi)
/* harmony export */ });
/* harmony import */ var _testpipe_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45512);
/* harmony import */ var _defaults_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38153);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(47168);
/* harmony import */ var _slack_blocks_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(27566);
/* harmony import */ var _slack_webhook_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(12800);
// Slack through the Web API with a bot token (@slack/web-api, loaded only when this channel is used):
// chat.postMessage, or chat.update of the same message when the workflow is re-run, and a thread reply
// listing the failures. The message is found again by its metadata (event `testpipe_run`, the run id and
// repository), read with conversations.history, or by an explicit ts (input slack-ts).





const SLACK_METADATA_EVENT = 'testpipe_run';
function isRetryable(error) {
    const { code, statusCode } = (error ?? {});
    if (code === 'slack_webapi_rate_limited_error' || code === 'slack_webapi_request_error')
        return true;
    return code === 'slack_webapi_http_error' && (statusCode ?? 0) >= 500;
}
function describe(error, where) {
    const e = (error ?? {});
    if (e.code === 'slack_webapi_platform_error' && e.data?.error) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .NotificationError */ .mo('slack-api', (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeSlackError */ ._P)(e.data.error, where), { cause: error });
    }
    if (e.code === 'slack_webapi_http_error') {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .NotificationError */ .mo('slack-api', `The Slack Web API answered HTTP ${e.statusCode} for ${where}.`, {
            cause: error,
        });
    }
    return error instanceof Error ? error : new Error(String(error));
}
/** A quiet logger for the client: our own log says what happened, redacted. */
const silentLogger = {
    debug: () => undefined,
    info: () => undefined,
    warn: () => undefined,
    error: () => undefined,
    setLevel: () => undefined,
    getLevel: () => 'error',
    setName: () => undefined,
};
async function sendSlackApi(settings, message, env, run) {
    const { WebClient } = await __webpack_require__.e(/* import() */ 105).then(__webpack_require__.t.bind(__webpack_require__, 85105, 23));
    const client = new WebClient(settings.token, {
        slackApiUrl: settings.apiUrl,
        retryConfig: { retries: 0 },
        rejectRateLimitedCalls: true,
        timeout: 30_000,
        logger: silentLogger,
    });
    const where = `Slack channel ${settings.channel}`;
    const call = async (method, args) => {
        try {
            return (await (0,_testpipe_core__WEBPACK_IMPORTED_MODULE_0__.retryWithBackoff)(() => client.apiCall(method, args), {
                ..._defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .NOTIFY_RETRY */ .Z6,
                clock: env.clock,
                random: env.random,
                signal: env.signal,
                isRetryable,
                retryAfter: (error) => error.retryAfter,
                onAttempt: ({ attempt, error, delayMs }) => env.logger.info(`slack-api: ${method} ${env.secrets.redact(error.message)} on attempt ${attempt}; retrying in ${Math.ceil(delayMs / 1000)} s.`),
            }));
        }
        catch (error) {
            throw describe(error, where);
        }
    };
    const payload = settings.template
        ? await (0,_slack_webhook_js__WEBPACK_IMPORTED_MODULE_4__.slackWebhookPayload)({ template: settings.template }, message)
        : { ...(0,_slack_blocks_js__WEBPACK_IMPORTED_MODULE_3__/* .renderSlackMessage */ .ub)(message) };
    const content = JSON.parse(env.secrets.redact(JSON.stringify(payload)));
    const metadata = {
        event_type: SLACK_METADATA_EVENT,
        event_payload: { run_id: String(run.runId ?? ''), repository: run.repository ?? '', verdict: message.verdict },
    };
    let ts = settings.updateTs ?? (await findRunMessage(call, settings.channel, run, env));
    let channelId = settings.channel;
    let updated = false;
    if (ts) {
        const answer = await call('chat.update', { channel: settings.channel, ts, ...content, metadata });
        channelId = answer.channel ?? channelId;
        updated = true;
    }
    else {
        const answer = await call('chat.postMessage', {
            channel: settings.channel,
            ...content,
            metadata,
            unfurl_links: false,
        });
        ts = answer.ts;
        channelId = answer.channel ?? channelId;
    }
    const thread = settings.threadFailures ? (0,_slack_blocks_js__WEBPACK_IMPORTED_MODULE_3__/* .renderSlackFailureThread */ .HE)(message) : undefined;
    if (thread && ts) {
        const reply = JSON.parse(env.secrets.redact(JSON.stringify(thread)));
        await call('chat.postMessage', { channel: channelId, thread_ts: ts, ...reply, unfurl_links: false });
    }
    return { ts, channelId, updated };
}
/**
 * On a re-run (attempt > 1), the message an earlier attempt of this run posted: the newest of the last 100
 * in the channel whose metadata names this run. Needs a channel id and the channels:history scope; without
 * them a new message is posted (and the log says why).
 */
async function findRunMessage(call, channel, run, env) {
    if (!run.runId || (run.runAttempt ?? 1) <= 1)
        return undefined;
    try {
        const history = await call('conversations.history', { channel, limit: 100, include_all_metadata: true });
        const found = history.messages?.find((m) => m.metadata?.event_type === SLACK_METADATA_EVENT &&
            m.metadata.event_payload?.run_id === String(run.runId) &&
            m.metadata.event_payload?.repository === (run.repository ?? ''));
        return found?.ts;
    }
    catch (error) {
        env.logger.info(`slack-api: could not look for this run's earlier message (${error.message}); posting a new one.`);
        return undefined;
    }
}


/***/ }),

/***/ 12800:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sendSlackWebhook: () => (/* binding */ sendSlackWebhook),
/* harmony export */   slackWebhookPayload: () => (/* binding */ slackWebhookPayload)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(47168);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(84551);
/* harmony import */ var _slack_blocks_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(27566);
/* harmony import */ var _templates_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(15176);
// Slack incoming webhook: one POST of the Block Kit message. Slack answers `ok`, or an error code as text.




const WHERE = 'the Slack incoming webhook (input slack-webhook)';
/** The payload: the built-in Block Kit message, or what the user's template renders. */
async function slackWebhookPayload(settings, message) {
    if (!settings.template)
        return { ...(0,_slack_blocks_js__WEBPACK_IMPORTED_MODULE_2__/* .renderSlackMessage */ .ub)(message) };
    const rendered = await (0,_templates_js__WEBPACK_IMPORTED_MODULE_3__/* .renderTemplateFile */ .d)(settings.template, 'slack-template', 'slack-json', message);
    const payload = (0,_templates_js__WEBPACK_IMPORTED_MODULE_3__/* .parseTemplateJson */ ._)(rendered, settings.template, 'slack-template');
    const problems = (0,_slack_blocks_js__WEBPACK_IMPORTED_MODULE_2__/* .slackLimitProblems */ .Op)(payload);
    if (problems.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .NotificationError */ .mo('slack-webhook', `The Slack template ${settings.template} is over Slack's limits: ${problems.join('; ')}.`);
    }
    return payload;
}
async function sendSlackWebhook(settings, message, env) {
    const payload = await slackWebhookPayload(settings, message);
    const body = env.secrets.redact(JSON.stringify(payload));
    const answer = await (0,_http_js__WEBPACK_IMPORTED_MODULE_1__/* .postWithRetry */ .x)(settings.url, body, { channel: 'slack-webhook', ...env });
    if (answer.status >= 200 && answer.status < 300)
        return {};
    const code = answer.body.trim().split(/\s/)[0] || `HTTP ${answer.status}`;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .NotificationError */ .mo('slack-webhook', (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeSlackError */ ._P)(code, WHERE), { status: answer.status });
}


/***/ })

};
