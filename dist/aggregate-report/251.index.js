export const id = 251;
export const ids = [251];
export const modules = {

/***/ 56251:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  sendTeams: () => (/* binding */ sendTeams),
  teamsPayload: () => (/* binding */ teamsPayload)
});

// EXTERNAL MODULE: ./packages/stages/src/notify/errors.ts
var errors = __webpack_require__(47168);
// EXTERNAL MODULE: ./packages/stages/src/notify/http.ts
var http = __webpack_require__(84551);
// EXTERNAL MODULE: ./packages/stages/src/notify/templates.ts
var templates = __webpack_require__(15176);
// EXTERNAL MODULE: ./packages/stages/src/notify/escape.ts
var notify_escape = __webpack_require__(36448);
;// CONCATENATED MODULE: ./packages/stages/src/notify/channels/teams-card.ts

const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';
const VERDICT_STYLE = {
    passed: { icon: '✅', color: 'Good' },
    failed: { icon: '❌', color: 'Attention' },
    'no-tests': { icon: '⚠️', color: 'Warning' },
    cancelled: { icon: '⛔', color: 'Warning' },
};
function run(text, style = {}) {
    return { type: 'TextRun', text: (0,notify_escape/* teamsPlainText */.qm)(text), ...style };
}
/** One line of plain runs: a bold label, then the value as text. */
function labelled(label, value) {
    return { type: 'RichTextBlock', inlines: [run(`${label}: `, { weight: 'Bolder' }), run(value)] };
}
function listBlock(heading, lines, notShown) {
    const blocks = [
        { type: 'TextBlock', text: heading, weight: 'Bolder', wrap: true, spacing: 'Medium' },
        ...lines.map(([name, note]) => ({
            type: 'RichTextBlock',
            inlines: [run('• '), run(name), run(` ${note}`, { isSubtle: true, italic: true })],
        })),
    ];
    if (notShown > 0)
        blocks.push({ type: 'TextBlock', text: `…and ${notShown} more`, isSubtle: true, wrap: true });
    return blocks;
}
/** The Adaptive Card 1.4 of a notification. */
function renderTeamsCard(message) {
    const style = VERDICT_STYLE[message.verdict];
    const body = [
        {
            type: 'TextBlock',
            text: `${style.icon} ${message.verdictWord}`,
            size: 'Large',
            weight: 'Bolder',
            color: style.color,
            wrap: true,
        },
        { type: 'RichTextBlock', inlines: [run(message.reason)] },
    ];
    if (message.where)
        body.splice(1, 0, { type: 'RichTextBlock', inlines: [run(message.where, { weight: 'Bolder' })] });
    if (message.branch)
        body.push(labelled('Branch', message.branch));
    if (message.commit)
        body.push(labelled('Commit', message.commit.short));
    if (message.pullRequest) {
        const title = message.pullRequest.title ? ` ${message.pullRequest.title}` : '';
        body.push(labelled('Pull request', `#${message.pullRequest.number}${title}`));
    }
    if (message.totals) {
        const t = message.totals;
        const facts = [
            ['Total', t.total],
            ['Passed', t.passed],
            ['Failed', t.failed + t.errored],
            ['Flaky', t.flaky],
            ['Skipped', t.skipped],
        ].map(([title, value]) => ({ title: String(title), value: String(value) }));
        facts.push({ title: 'Pass rate', value: message.passRate });
        if (message.duration)
            facts.push({ title: 'Duration', value: message.duration });
        body.push({ type: 'FactSet', facts, spacing: 'Medium' });
    }
    if (message.failures.length > 0 || message.failuresNotShown > 0) {
        const heading = message.comparedWithPrevious ? `Failures (${message.newFailureCount} new)` : 'Failures';
        const lines = message.failures.map((t) => [t.id, `(${t.isNew ? 'new, ' : ''}${t.category})`]);
        body.push(...listBlock(heading, lines, message.failuresNotShown));
    }
    if (message.flaky.length > 0) {
        const lines = message.flaky.map((t) => [t.id, `(failed ${t.failedAttempts} of ${t.attempts})`]);
        body.push(...listBlock('Flaky', lines, message.flakyNotShown));
    }
    const actions = [];
    if (message.runUrl)
        actions.push({ type: 'Action.OpenUrl', title: 'View run', url: message.runUrl });
    if (message.reportUrl)
        actions.push({ type: 'Action.OpenUrl', title: 'HTML report', url: message.reportUrl });
    const card = {
        type: 'AdaptiveCard',
        $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
        version: '1.4',
        body,
        msteams: { width: 'Full' },
    };
    if (actions.length > 0)
        card.actions = actions;
    return card;
}
/** The envelope a Teams Workflows webhook ("When a Teams webhook request is received") takes. */
function teamsEnvelope(card) {
    return {
        type: 'message',
        attachments: [{ contentType: ADAPTIVE_CARD_CONTENT_TYPE, contentUrl: null, content: card }],
    };
}

;// CONCATENATED MODULE: ./packages/stages/src/notify/channels/teams.ts
// Microsoft Teams through a Workflows (Power Automate) webhook: the card in a message envelope; the
// trigger answers 202 (or 200), and an error as JSON `{"error":{"code","message"}}`.




const WHERE = 'the Teams Workflows webhook (input teams-webhook)';
/** The body: the built-in card in its envelope, or what the user's template renders (a card or a full envelope). */
async function teamsPayload(settings, message) {
    if (!settings.template)
        return teamsEnvelope(renderTeamsCard(message));
    const rendered = await (0,templates/* renderTemplateFile */.d)(settings.template, 'teams-template', 'teams-json', message);
    const value = (0,templates/* parseTemplateJson */._)(rendered, settings.template, 'teams-template');
    return value.type === 'AdaptiveCard' ? teamsEnvelope(value) : value;
}
function describeTeamsError(status, body) {
    let detail = body.trim().slice(0, 300);
    try {
        const parsed = JSON.parse(body);
        if (parsed.error?.code)
            detail = `${parsed.error.code}: ${parsed.error.message ?? ''}`.trim();
    }
    catch {
        // a text body is shown as it is
    }
    const hint = status === 401 || status === 403
        ? ' The URL (with its sig parameter) is wrong or was regenerated: copy it again from the workflow.'
        : status === 404
            ? ' The workflow was deleted or turned off.'
            : '';
    return `${WHERE} answered HTTP ${status}${detail ? ` (${detail})` : ''}.${hint}`;
}
async function sendTeams(settings, message, env) {
    const payload = await teamsPayload(settings, message);
    const body = env.secrets.redact(JSON.stringify(payload));
    const answer = await (0,http/* postWithRetry */.x)(settings.url, body, { channel: 'teams', ...env });
    if (answer.status >= 200 && answer.status < 300)
        return {};
    throw new errors/* NotificationError */.mo('teams', env.secrets.redact(describeTeamsError(answer.status, answer.body)), {
        status: answer.status,
    });
}


/***/ })

};
