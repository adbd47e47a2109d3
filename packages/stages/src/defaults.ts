// Each stage's defaults and choices, importable alone (@testpipe/stages/defaults): the actions read their
// inputs against them before any stage code is loaded. A test checks them against each action.yml.
import type { CommentMode } from '@testpipe/core/input-support';

/** The run-matrix action's defaults for planning, as in run-matrix/action.yml. */
export const PLAN_DEFAULTS = {
  config: 'testpipe.yml',
  'plan-artifact': 'testpipe-plan',
} as const;

/** The run-matrix action's defaults for running a shard, as in run-matrix/action.yml. */
export const SHARD_DEFAULTS = {
  config: 'testpipe.yml',
  'plan-artifact': 'testpipe-plan',
  'results-dir': 'testpipe-results',
  'fail-on-test-failure': true,
  redact: '',
} as const;

/**
 * On cancel, SIGTERM to SIGKILL for the shard's processes, whatever the suite's kill-grace-period: the
 * runner sends SIGINT, SIGTERM 7.5 s later and SIGKILL 2.5 s after that, and the shard must still kill
 * its tests and write its partial results inside that window.
 */
export const CANCEL_KILL_GRACE_MS = 2000;

/** The aggregate-report action's defaults, as in aggregate-report/action.yml. */
export const REPORT_DEFAULTS = {
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
} as const;

/** Upper bound on annotations: 20 requests of 50. */
export const MAX_ANNOTATIONS_LIMIT = 1000;

export const COMMENT_WHEN = ['always', 'on-failure', 'on-change', 'off'] as const;
export type CommentWhen = (typeof COMMENT_WHEN)[number];
export const COMMENT_MODES = ['update', 'recreate', 'hide-previous'] as const satisfies readonly CommentMode[];

/**
 * Bounds of every glob walk testpipe makes for a user's glob (discover.glob, the results globs of the report):
 * at most this many files and directories visited, and this long. A workspace with a large node_modules
 * stays well inside them; `/**\/*` hits one in seconds and fails with a message naming the glob.
 */
export const GLOB_LIMITS = {
  maxEntries: 300_000,
  timeoutMs: 60_000,
} as const;

// notify: as in notify/action.yml (actions/notify/__tests__/notify-defaults.test.ts checks both say the same).
/** When to notify: every run, only failing runs, or only when the verdict differs from the branch's last run. */
export const NOTIFY_ON = ['always', 'failure', 'change'] as const;
export type NotifyOn = (typeof NOTIFY_ON)[number];

/** The notify action's and `testpipe notify`'s defaults, by input name. */
export const NOTIFY_DEFAULTS = {
  on: 'always',
  'min-pass-rate': 100,
  'top-n': 10,
  'fail-on-error': false,
  'email-attachment-limit-kb': 5120,
  'email-subject-prefix': '[testpipe]',
  'webhook-signature-header': 'X-Testpipe-Signature-256',
  'slack-thread-failures': true,
  'report-artifact': 'testpipe-report',
} as const;

// provision and teardown: as in provision/action.yml (packages/stages/__tests__/provision-defaults.test.ts checks).
export const DESTROY_POLICIES = ['always', 'on-success', 'never'] as const;
export type DestroyPolicy = (typeof DESTROY_POLICIES)[number];

export const BACKENDS = ['local', 's3'] as const;
export type BackendType = (typeof BACKENDS)[number];

export const JOB_STATUSES = ['success', 'failure', 'cancelled'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

/** The provision action's defaults, as in provision/action.yml. */
export const PROVISION_DEFAULTS = {
  'working-directory': '.',
  backend: 'local',
  destroy: 'always',
  'preserve-on-failure': false,
  ttl: '6h',
  'lock-timeout': '60s',
  'env-artifact': 'testpipe-env',
  'post-timeout': '4m',
} as const;
