export const id = 684;
export const ids = [684,13];
export const modules = {

/***/ 10684:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   writeFileNotification: () => (/* binding */ writeFileNotification)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(47168);
/* harmony import */ var _email_render_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48429);
/* harmony import */ var _webhook_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(24013);
// A local file sink: each notification is written to a directory as the webhook's JSON envelope and the
// email's plain text, so a pipeline on a laptop (or the demo) can notify with no service at all.





async function writeFileNotification(settings, message, env) {
    const stamp = new Date(env.clock.now()).toISOString().replace(/[:.]/g, '-');
    const base = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(settings.directory, `${stamp}-${message.verdict}`);
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(settings.directory, { recursive: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(`${base}.json`, `${(0,_webhook_js__WEBPACK_IMPORTED_MODULE_4__.webhookBody)(message, env)}\n`);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(`${base}.txt`, env.secrets.redact((0,_email_render_js__WEBPACK_IMPORTED_MODULE_3__/* .renderEmailText */ .Gu)(message)));
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .NotificationError */ .mo('file', `Could not write the notification to ${settings.directory}: ${error.message}. Choose a writable directory.`);
    }
    return { detail: `${base}.json` };
}


/***/ }),

/***/ 24013:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sendWebhook: () => (/* binding */ sendWebhook),
/* harmony export */   signBody: () => (/* binding */ signBody),
/* harmony export */   webhookBody: () => (/* binding */ webhookBody)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(47168);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(84551);
// Generic webhook: metrics.json and the run context as JSON, optionally signed with HMAC-SHA256 so the
// receiver can check the sender (compare `sha256=<hex>` of the raw body with its own, in constant time).



/** The body posted: a versioned envelope around the message model and metrics.json as read. */
function webhookBody(message, env) {
    const body = {
        schemaVersion: 1,
        event: 'testpipe.notification',
        verdict: message.verdict,
        previousVerdict: message.previousVerdict ?? null,
        message,
        metrics: env.metrics ?? null,
    };
    return env.secrets.redact(JSON.stringify(body));
}
/** `sha256=<hex>`: the HMAC-SHA256 of the exact body bytes with the shared secret. */
function signBody(body, secret) {
    return `sha256=${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)('sha256', secret).update(body, 'utf8').digest('hex')}`;
}
async function sendWebhook(settings, message, env) {
    const body = webhookBody(message, env);
    const headers = {
        'user-agent': 'testpipe-notify',
        'x-testpipe-event': 'notification',
        // The same id on every retry of one delivery, so a receiver can drop a duplicate.
        'x-testpipe-delivery': (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)(),
    };
    if (settings.secret)
        headers[settings.signatureHeader.toLowerCase()] = signBody(body, settings.secret);
    const answer = await (0,_http_js__WEBPACK_IMPORTED_MODULE_2__/* .postWithRetry */ .x)(settings.url, body, { channel: 'webhook', headers, ...env });
    if (answer.status >= 200 && answer.status < 300)
        return {};
    const said = env.secrets.redact(answer.body.trim().slice(0, 200));
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .NotificationError */ .mo('webhook', `The webhook (input webhook-url) answered HTTP ${answer.status}${said ? `: ${said}` : ''}. A 4xx is not retried; check the URL and what the receiver expects.`, { status: answer.status });
}


/***/ })

};
