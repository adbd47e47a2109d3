export const id = 800;
export const ids = [800];
export const modules = {

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
