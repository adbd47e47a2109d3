import type { Clock, Logger } from '@testpipe/core';
import type { NotifyOn, NotifyVerdict } from './defaults.js';

/** Where the run happened: everything a message links to. Every field is optional (the CLI may know little). */
export interface NotifyRunContext {
  /** owner/name */
  repository?: string;
  serverUrl?: string;
  branch?: string;
  commitSha?: string;
  pullRequest?: { number: number; url?: string; title?: string };
  runId?: number;
  runAttempt?: number;
  runUrl?: string;
  /** Where the HTML report artifact can be downloaded (the run's artifacts page or the artifact URL). */
  reportUrl?: string;
  workflow?: string;
  /** Who or what started the run, as shown (actor). */
  actor?: string;
}

export interface SlackWebhookSettings {
  url: string;
  template?: string;
}

export interface SlackApiSettings {
  token: string;
  /** Channel id (C…) or name (#ci). */
  channel: string;
  /** ts of a message to update instead of posting a new one (e.g. the ts output of an earlier step). */
  updateTs?: string;
  /** Post the failure list as a thread reply. */
  threadFailures: boolean;
  template?: string;
  /** Base URL of the Web API; tests point it at a loopback stand-in. */
  apiUrl?: string;
}

export interface TeamsSettings {
  url: string;
  template?: string;
}

export interface EmailSettings {
  /** smtp://user:pass@host:587 (STARTTLS when offered) or smtps://user:pass@host:465 (TLS). */
  smtpUrl: string;
  to: string[];
  from?: string;
  subjectPrefix: string;
  /** The HTML report to attach, when it exists and is under the limit. */
  reportHtml?: string;
  attachmentLimitBytes: number;
  htmlTemplate?: string;
  textTemplate?: string;
}

export interface WebhookSettings {
  url: string;
  /** With a secret, the body is signed: `<header>: sha256=<hex HMAC-SHA256 of the body>`. */
  secret?: string;
  signatureHeader: string;
}

/** A directory each notification is written to (JSON envelope + plain text): for local runs and the demo. */
export interface FileSinkSettings {
  directory: string;
}

export interface NotifyInput {
  /** metrics.json from aggregate-report; absent for a status-only notification. */
  metricsFile?: string;
  /** Status when there are no metrics (a job status: success, failure, cancelled, or passed/failed). */
  status?: string;
  /** metrics.json of the previous run on the same branch: for `on: change` and for "new failures". */
  previousMetricsFile?: string;
  /** history.jsonl (aggregate-report `history: true`): the newest other run on the same branch; used when no previous metrics file exists. */
  historyFile?: string;
  /** The previous verdict when known otherwise; a previous metrics file or history wins. */
  previousVerdict?: NotifyVerdict;
  on: NotifyOn;
  minPassRate: number;
  topN: number;
  /** A Slack mention (`<!subteam^S123>`, `<@U123>`, `<!here>`), added to the Slack message of a failing run. */
  mentionOnFailure?: string;
  failOnError: boolean;
  context: NotifyRunContext;
  slackWebhook?: SlackWebhookSettings;
  slackApi?: SlackApiSettings;
  teams?: TeamsSettings;
  email?: EmailSettings;
  webhook?: WebhookSettings;
  file?: FileSinkSettings;
  /** More values to redact from everything sent or printed (the inputs above are redacted already). */
  extraSecrets?: string[];
}

export interface NotifyPorts {
  logger: Logger;
  clock: Clock;
  /** For tests of the backoff: the jitter source. */
  random?: () => number;
  signal?: AbortSignal;
}

export interface ChannelOutcome {
  channel: string;
  ok: boolean;
  /** Why it failed, redacted. */
  error?: string;
  /** Slack Web API: the message's ts and channel id. */
  ts?: string;
  channelId?: string;
  /** Whether a Web API message was updated rather than posted. */
  updated?: boolean;
  /** The channel's input is unusable (a template, the SMTP URL): the step fails whatever fail-on-error says. */
  configurationError?: boolean;
}

export interface NotifyResult {
  notified: boolean;
  /** Why nothing was sent, when nothing was. */
  skippedReason?: string;
  verdict: NotifyVerdict;
  previousVerdict?: NotifyVerdict;
  channels: ChannelOutcome[];
  /** True when a channel failed and fail-on-error is set, or a channel's input is unusable: the step must fail. */
  failStep: boolean;
}
