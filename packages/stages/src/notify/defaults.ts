// The notify stage's choices and limits; its input defaults are in ../defaults.ts (NOTIFY_DEFAULTS, NOTIFY_ON).
export { NOTIFY_DEFAULTS, NOTIFY_ON, type NotifyOn } from '../defaults.js';

/** The verdict of a run as people read it. `cancelled` only comes from a status given without metrics. */
export const NOTIFY_VERDICTS = ['passed', 'failed', 'no-tests', 'cancelled'] as const;
export type NotifyVerdict = (typeof NOTIFY_VERDICTS)[number];

/** The channels a run can notify, in the order they are tried and reported. */
export const CHANNEL_NAMES = ['slack-webhook', 'slack-api', 'teams', 'email', 'webhook', 'file'] as const;
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
