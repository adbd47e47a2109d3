// The notify stage's defaults and choices, as in notify/action.yml (a test checks both say the same).

/** When to notify: every run, only failing runs, or only when the verdict differs from the branch's last run. */
export const NOTIFY_ON = ['always', 'failure', 'change'] as const;
export type NotifyOn = (typeof NOTIFY_ON)[number];

/** The verdict of a run as people read it. `cancelled` only comes from a status given without metrics. */
export const NOTIFY_VERDICTS = ['passed', 'failed', 'no-tests', 'cancelled'] as const;
export type NotifyVerdict = (typeof NOTIFY_VERDICTS)[number];

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

/** The channels a run can notify, in the order they are tried and reported. */
export const CHANNEL_NAMES = ['slack-webhook', 'slack-api', 'teams', 'email', 'webhook'] as const;
export type ChannelName = (typeof CHANNEL_NAMES)[number];

/** Retries of one notification after a 429, a 5xx or a network error (core backoff, Retry-After honoured). */
export const NOTIFY_RETRY = {
  retries: 4,
  baseDelayMs: 1000,
  maxDelayMs: 30_000,
  /** No wait that would end later than this after the first attempt is started. */
  deadlineMs: 5 * 60_000,
} as const;

/** Slack's documented limits for one message. */
export const SLACK_LIMITS = { blocks: 50, sectionText: 3000, headerText: 150, buttonText: 75, fallbackText: 4000 };
