// The notify stage: read metrics.json (through core's contract reader), decide with the `on` filter,
// build one message, and send it to every configured channel, each on its own: a channel that fails is
// a warning (or fails the step with fail-on-error) and never stops the others. Every secret given is
// redacted from all that is logged or sent.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  ConfigurationError,
  HTML_REPORT_FILE,
  readMetricsFile,
  RetriesExhaustedError,
  Secrets,
  type Logger,
  type Metrics,
} from '@testpipe/core';
import type { ChannelDelivery, ChannelEnv } from './channels/channel-env.js';
import type { ChannelName, NotifyVerdict } from './defaults.js';
import { describeExhausted } from './http.js';
import { buildNotifyMessage, verdictOfMetrics, verdictOfStatus, type NotifyMessage } from './message-model.js';
import { decideOn, previousVerdictFromHistory } from './on-filter.js';
import { SLACK_MENTION } from './slack-blocks.js';
import type { ChannelOutcome, NotifyInput, NotifyPorts, NotifyResult } from './types.js';

/** Every secret value of the input: webhook URLs, tokens, the SMTP URL and its password, the HMAC secret. */
export function notifySecretValues(input: NotifyInput): string[] {
  const values = [
    input.slackWebhook?.url,
    input.slackApi?.token,
    input.teams?.url,
    input.webhook?.url,
    input.webhook?.secret,
    ...(input.extraSecrets ?? []),
  ];
  if (input.email) {
    values.push(input.email.smtpUrl);
    try {
      const url = new URL(input.email.smtpUrl);
      values.push(url.password, decodeURIComponent(url.password));
    } catch {
      // an unreadable URL is reported by the email channel; it is still masked whole
    }
  }
  return values.filter((value): value is string => typeof value === 'string' && value !== '');
}

/** The Logger port with every message redacted first. */
export function redactingLogger(logger: Logger, secrets: Secrets): Logger {
  return {
    debug: (message) => logger.debug(secrets.redact(message)),
    info: (message) => logger.info(secrets.redact(message)),
    warning: (message) => logger.warning(secrets.redact(message)),
    error: (message) => logger.error(secrets.redact(message)),
    group: (name, body) => logger.group(secrets.redact(name), body),
  };
}

function validate(input: NotifyInput): void {
  if (input.mentionOnFailure && !SLACK_MENTION.test(input.mentionOnFailure)) {
    throw new ConfigurationError(
      `Input "mention-on-failure" must be one Slack mention: <@U123ABC> (a user), <!subteam^S123ABC> (a user group), <!here> or <!channel>; got "${input.mentionOnFailure}".`,
    );
  }
  if (!input.metricsFile && !input.status) {
    throw new ConfigurationError(
      'Give input "metrics" (metrics.json from aggregate-report) or "status" (e.g. ${{ job.status }}) so notify knows the verdict.',
    );
  }
  if (input.status && !input.metricsFile && verdictOfStatus(input.status) === undefined) {
    throw new ConfigurationError(
      `Input "status" must be success, failure or cancelled (a job status), or passed/failed; got "${input.status}".`,
    );
  }
  if (input.slackApi && !input.slackApi.channel) {
    throw new ConfigurationError(
      'Input "slack-channel" is required with "slack-token": the channel id (C…) to post to.',
    );
  }
  if (input.email && input.email.to.length === 0) {
    throw new ConfigurationError(
      'Input "email-to" is required with "smtp-url": one or more addresses, comma-separated.',
    );
  }
}

/**
 * The previous run on the same branch: its metrics.json when given (the previous report artifact), else the
 * newest other entry of the branch in history.jsonl, else the verdict given; none on a branch's first run.
 */
async function readPrevious(
  input: NotifyInput,
  logger: Logger,
): Promise<{ metrics?: Metrics; verdict?: NotifyVerdict }> {
  if (input.previousMetricsFile && existsSync(input.previousMetricsFile)) {
    const metrics = await readMetricsFile(input.previousMetricsFile);
    return { metrics, verdict: verdictOfMetrics(metrics, input.minPassRate) };
  }
  if (input.previousMetricsFile) logger.info(`No previous metrics at ${input.previousMetricsFile}.`);
  if (input.historyFile && existsSync(input.historyFile)) {
    const text = await readFile(input.historyFile, 'utf8');
    const runId = input.context.runId === undefined ? undefined : String(input.context.runId);
    const verdict = previousVerdictFromHistory(text, input.context.branch, runId, input.minPassRate);
    if (verdict) return { verdict };
    logger.info(`${input.historyFile} has no earlier run of branch ${input.context.branch ?? '(unknown)'}.`);
  }
  return { verdict: input.previousVerdict };
}

function configuredChannels(input: NotifyInput): ChannelName[] {
  const present: Record<ChannelName, unknown> = {
    'slack-webhook': input.slackWebhook,
    'slack-api': input.slackApi,
    teams: input.teams,
    email: input.email,
    webhook: input.webhook,
    file: input.file,
  };
  return (Object.keys(present) as ChannelName[]).filter((name) => present[name] !== undefined);
}

/** Sends through one channel; each channel module is imported only here, when it is used. */
async function send(
  name: ChannelName,
  input: NotifyInput,
  message: NotifyMessage,
  env: ChannelEnv,
): Promise<ChannelDelivery> {
  switch (name) {
    case 'slack-webhook':
      return (await import('./channels/slack-webhook.js')).sendSlackWebhook(input.slackWebhook!, message, env);
    case 'slack-api':
      return (await import('./channels/slack-api.js')).sendSlackApi(input.slackApi!, message, env, input.context);
    case 'teams':
      return (await import('./channels/teams.js')).sendTeams(input.teams!, message, env);
    case 'email':
      return (await import('./channels/email.js')).sendEmail(input.email!, message, env);
    case 'webhook':
      return (await import('./channels/webhook.js')).sendWebhook(input.webhook!, message, env);
    case 'file':
      return (await import('./channels/file.js')).writeFileNotification(input.file!, message, env);
  }
}

function reasonOf(error: unknown): string {
  if (error instanceof RetriesExhaustedError) return describeExhausted(error);
  return error instanceof Error ? error.message : String(error);
}

/** Runs the notify stage. Throws a UserError for unusable input; a channel's failure is in its outcome. */
export async function runNotify(input: NotifyInput, ports: NotifyPorts): Promise<NotifyResult> {
  const secrets = new Secrets();
  for (const value of notifySecretValues(input)) secrets.add(value);
  const logger = redactingLogger(ports.logger, secrets);
  validate(input);

  const metrics = input.metricsFile ? await readMetricsFile(input.metricsFile) : undefined;
  const verdict = metrics ? verdictOfMetrics(metrics, input.minPassRate) : verdictOfStatus(input.status!)!;
  const previous = await readPrevious(input, logger);
  const decision = decideOn(input.on, verdict, previous.verdict);
  const base = { verdict, previousVerdict: previous.verdict };
  const channels = configuredChannels(input);
  if (!decision.notify) {
    logger.info(`Not notifying: ${decision.reason}.`);
    return { ...base, notified: false, skippedReason: decision.reason, channels: [], failStep: false };
  }
  if (channels.length === 0) {
    logger.warning(
      'No notification channel is configured: set slack-webhook, slack-token, teams-webhook, smtp-url or webhook-url.',
    );
    return { ...base, notified: false, skippedReason: 'no channel configured', channels: [], failStep: false };
  }
  const message = buildNotifyMessage({
    metrics,
    previousMetrics: previous.metrics,
    verdict,
    previousVerdict: previous.verdict,
    minPassRate: input.minPassRate,
    topN: input.topN,
    mentionOnFailure: input.mentionOnFailure,
    context: input.context,
    secrets,
  });
  if (input.email && input.metricsFile && input.email.reportHtml === undefined) {
    const beside = path.join(path.dirname(input.metricsFile), HTML_REPORT_FILE);
    if (existsSync(beside)) input = { ...input, email: { ...input.email, reportHtml: beside } };
  }
  const env: ChannelEnv = { secrets, logger, clock: ports.clock, random: ports.random, signal: ports.signal, metrics };
  logger.info(`Notifying ${channels.join(', ')}: ${message.verdictWord} (${decision.reason}).`);
  const outcomes = await Promise.all(
    channels.map(async (name): Promise<ChannelOutcome> => {
      try {
        const delivery = await send(name, input, message, env);
        logger.info(
          `${name}: sent${delivery.updated ? ' (updated the earlier message)' : ''}${delivery.detail ? `, ${delivery.detail}` : ''}.`,
        );
        return { channel: name, ok: true, ts: delivery.ts, channelId: delivery.channelId, updated: delivery.updated };
      } catch (error) {
        // A broken input of this channel (a template, the SMTP URL) fails the step whatever fail-on-error
        // says: it will not fix itself. The other channels are still sent.
        const config = error instanceof ConfigurationError;
        const reason = secrets.redact(reasonOf(error));
        const line = `Notification through ${name} failed: ${reason}`;
        if (input.failOnError || config) logger.error(line);
        else logger.warning(line);
        return { channel: name, ok: false, error: reason, configurationError: config || undefined };
      }
    }),
  );
  const failStep = outcomes.some((outcome) => !outcome.ok && (input.failOnError || outcome.configurationError));
  return { ...base, notified: outcomes.some((outcome) => outcome.ok), channels: outcomes, failStep };
}
