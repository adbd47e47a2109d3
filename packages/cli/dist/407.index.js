export const id = 407;
export const ids = [407];
export const modules = {

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
