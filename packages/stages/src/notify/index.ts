export { runNotify, notifySecretValues, redactingLogger } from './run-notify.js';
export {
  NOTIFY_DEFAULTS,
  NOTIFY_ON,
  NOTIFY_VERDICTS,
  NOTIFY_RETRY,
  CHANNEL_NAMES,
  SLACK_LIMITS,
  type NotifyOn,
  type NotifyVerdict,
  type ChannelName,
} from './defaults.js';
export type * from './types.js';
export {
  buildNotifyMessage,
  failingTestIds,
  verdictOfMetrics,
  verdictOfStatus,
  type NotifyMessage,
  type FailingTest,
  type FlakyTest,
} from './message-model.js';
export { decideOn } from './on-filter.js';
export { renderSlackMessage, renderSlackFailureThread, slackLimitProblems, SLACK_MENTION } from './slack-blocks.js';
export { escapeSlackText, escapeTeamsMarkdown, teamsPlainText } from './escape.js';
export { NotificationError } from './errors.js';
export { parseSmtpUrl, smtpUrlSecrets } from './channels/email.js';
