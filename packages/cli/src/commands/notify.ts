import type { NotifyInput, NotifyRunContext } from '@testpipe/stages';
import { NOTIFY_DEFAULTS } from '@testpipe/stages/defaults';
import type { Command } from '../commands.js';
import { unknownOptionError } from '../did-you-mean.js';
import { OptionCursor } from '../option-cursor.js';
import { UsageError } from '../usage-error.js';

const USAGE = `Usage: testpipe notify [options]

Tells people the verdict of a run: Slack (incoming webhook or Web API), Microsoft Teams (Workflows
webhook), email (SMTP) or any webhook. The same stage as the notify action.

Secrets are read from the environment only (never from arguments, which other users can see):
  TESTPIPE_SLACK_WEBHOOK   Slack incoming-webhook URL
  TESTPIPE_SLACK_TOKEN     Slack bot token (with --slack-channel)
  TESTPIPE_TEAMS_WEBHOOK   Teams Workflows webhook URL
  TESTPIPE_SMTP_URL        smtps://user:password@host:465 or smtp://user:password@host:587 (with --email-to)
  TESTPIPE_WEBHOOK_URL     any URL to POST metrics.json and the run context to
  TESTPIPE_WEBHOOK_SECRET  signs the webhook body (HMAC-SHA256)

Options:
  --metrics FILE             metrics.json written by \`testpipe report\` or aggregate-report
  --status STATUS            without metrics: success | failure | cancelled
  --on WHEN                  always | failure | change (default: always)
  --previous-metrics FILE    metrics.json of the previous run on this branch (on: change, new failures)
  --history-file FILE        history.jsonl: the previous verdict of the branch when there is no previous metrics
  --min-pass-rate N          the pass rate a run needs (default: 100)
  --top-n N                  failing and flaky tests listed (default: 10)
  --mention-on-failure M     Slack mention for a failed run: <@U123>, <!subteam^S123>, <!here>
  --fail-on-error            exit 1 when a channel could not be notified (default: a warning)
  --repository OWNER/NAME  --branch NAME  --commit SHA  --pr NUMBER  --pr-url URL
  --run-url URL  --report-url URL          the run context; defaults from GitLab CI, Jenkins or GitHub variables
  --slack-channel ID  --slack-ts TS  --no-slack-thread  --slack-api-url URL  --slack-template FILE
  --teams-template FILE
  --email-to LIST  --email-from ADDR  --email-subject-prefix TEXT  --email-report FILE
  --email-attachment-limit-kb N  --email-html-template FILE  --email-text-template FILE
  --webhook-signature-header NAME
  --directory DIR            a local file sink: writes each notification there (JSON and text)

Exit codes: 0 notified (or nothing to notify), 1 a channel failed with --fail-on-error, 2 unusable
arguments, 3 an environment problem.`;

const VALUE_OPTIONS = [
  'metrics',
  'status',
  'on',
  'previous-metrics',
  'history-file',
  'min-pass-rate',
  'top-n',
  'mention-on-failure',
  'repository',
  'branch',
  'commit',
  'pr',
  'pr-url',
  'run-url',
  'report-url',
  'slack-channel',
  'slack-ts',
  'slack-api-url',
  'slack-template',
  'teams-template',
  'email-to',
  'email-from',
  'email-subject-prefix',
  'email-report',
  'email-attachment-limit-kb',
  'email-html-template',
  'email-text-template',
  'webhook-signature-header',
  'directory',
] as const;
type ValueOption = (typeof VALUE_OPTIONS)[number];

export interface NotifyArgs {
  values: Partial<Record<ValueOption, string>>;
  failOnError: boolean;
  slackThread: boolean;
}

function parseArgs(args: string[]): NotifyArgs {
  const parsed: NotifyArgs = { values: {}, failOnError: false, slackThread: true };
  for (const cursor = new OptionCursor(args); cursor.next();) {
    const { flag } = cursor;
    if (flag === '--fail-on-error') parsed.failOnError = true;
    else if (flag === '--no-slack-thread') parsed.slackThread = false;
    else if ((VALUE_OPTIONS as readonly string[]).includes(flag.slice(2)) && flag.startsWith('--')) {
      parsed.values[flag.slice(2) as ValueOption] = cursor.value();
    } else if (cursor.isOption) throw unknownOptionError(flag, USAGE);
    else throw new UsageError(`unexpected argument "${cursor.arg}": notify takes options only.`);
  }
  return parsed;
}

function numberOption(name: string, value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < min || n > max)
    throw new UsageError(`--${name} must be a number from ${min} to ${max}, got "${value}".`);
  return n;
}

/** The run context from arguments, else the CI's own variables (GitLab CI, Jenkins, GitHub Actions). */
export function cliRunContext(values: NotifyArgs['values'], env: NodeJS.ProcessEnv): NotifyRunContext {
  const pr = values.pr ?? env.CI_MERGE_REQUEST_IID ?? env.CHANGE_ID;
  const prNumber = pr === undefined ? undefined : Number(pr);
  if (prNumber !== undefined && !Number.isInteger(prNumber))
    throw new UsageError(`--pr must be a number, got "${pr}".`);
  const githubRun =
    env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY
      ? `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
      : undefined;
  return {
    repository: values.repository ?? env.CI_PROJECT_PATH ?? env.GITHUB_REPOSITORY,
    serverUrl: env.CI_SERVER_URL ?? env.GITHUB_SERVER_URL,
    branch: values.branch ?? env.CI_COMMIT_REF_NAME ?? env.BRANCH_NAME ?? env.GIT_BRANCH ?? env.GITHUB_REF_NAME,
    commitSha: values.commit ?? env.CI_COMMIT_SHA ?? env.GIT_COMMIT ?? env.GITHUB_SHA,
    pullRequest:
      prNumber === undefined
        ? undefined
        : { number: prNumber, url: values['pr-url'] ?? env.CI_MERGE_REQUEST_PROJECT_URL ?? env.CHANGE_URL },
    runUrl: values['run-url'] ?? env.CI_PIPELINE_URL ?? env.BUILD_URL ?? githubRun,
    reportUrl: values['report-url'],
    workflow: env.CI_PIPELINE_NAME ?? env.JOB_NAME ?? env.GITHUB_WORKFLOW,
    actor: env.GITLAB_USER_LOGIN ?? env.GITHUB_ACTOR,
  };
}

/** The stage input: arguments for everything but secrets, which come from the environment. */
export function cliNotifyInput(parsed: NotifyArgs, env: NodeJS.ProcessEnv): NotifyInput {
  const defaults = {
    on: NOTIFY_DEFAULTS.on,
    minPassRate: NOTIFY_DEFAULTS['min-pass-rate'],
    topN: NOTIFY_DEFAULTS['top-n'],
    limitKb: NOTIFY_DEFAULTS['email-attachment-limit-kb'],
    prefix: NOTIFY_DEFAULTS['email-subject-prefix'],
    header: NOTIFY_DEFAULTS['webhook-signature-header'],
  };
  const v = parsed.values;
  const on = v.on ?? defaults.on;
  if (!['always', 'failure', 'change'].includes(on))
    throw new UsageError(`--on must be always, failure or change, got "${on}".`);
  const secret = (name: string): string | undefined => (env[name] ? env[name] : undefined);
  const slackToken = secret('TESTPIPE_SLACK_TOKEN');
  if (slackToken && !v['slack-channel'])
    throw new UsageError('TESTPIPE_SLACK_TOKEN needs --slack-channel (the channel id).');
  const smtpUrl = secret('TESTPIPE_SMTP_URL');
  const slackWebhook = secret('TESTPIPE_SLACK_WEBHOOK');
  const teams = secret('TESTPIPE_TEAMS_WEBHOOK');
  const webhook = secret('TESTPIPE_WEBHOOK_URL');
  return {
    metricsFile: v.metrics,
    status: v.status,
    previousMetricsFile: v['previous-metrics'],
    historyFile: v['history-file'],
    on: on as NotifyInput['on'],
    minPassRate: numberOption('min-pass-rate', v['min-pass-rate'], defaults.minPassRate, 0, 100),
    topN: numberOption('top-n', v['top-n'], defaults.topN, 1, 1000),
    mentionOnFailure: v['mention-on-failure'],
    failOnError: parsed.failOnError,
    context: cliRunContext(v, env),
    slackWebhook: slackWebhook ? { url: slackWebhook, template: v['slack-template'] } : undefined,
    slackApi: slackToken
      ? {
          token: slackToken,
          channel: v['slack-channel']!,
          updateTs: v['slack-ts'],
          threadFailures: parsed.slackThread,
          template: v['slack-template'],
          apiUrl: v['slack-api-url'],
        }
      : undefined,
    teams: teams ? { url: teams, template: v['teams-template'] } : undefined,
    email: smtpUrl
      ? {
          smtpUrl,
          to: (v['email-to'] ?? '')
            .split(',')
            .map((a) => a.trim())
            .filter(Boolean),
          from: v['email-from'],
          subjectPrefix: v['email-subject-prefix'] ?? defaults.prefix,
          reportHtml: v['email-report'],
          attachmentLimitBytes:
            numberOption('email-attachment-limit-kb', v['email-attachment-limit-kb'], defaults.limitKb, 0, 1e6) * 1024,
          htmlTemplate: v['email-html-template'],
          textTemplate: v['email-text-template'],
        }
      : undefined,
    file: v.directory ? { directory: v.directory } : undefined,
    webhook: webhook
      ? {
          url: webhook,
          secret: secret('TESTPIPE_WEBHOOK_SECRET'),
          signatureHeader: v['webhook-signature-header'] ?? defaults.header,
        }
      : undefined,
  };
}

export const notifyCommand: Command = {
  name: 'notify',
  usage: USAGE,
  async run(args, options) {
    const parsed = parseArgs(args);
    // The stage loads only once the arguments are usable.
    const [{ runNotify }, { systemClock }, { terminalLogger }] = await Promise.all([
      import('@testpipe/stages'),
      import('@testpipe/core'),
      import('../terminal-logger.js'),
    ]);
    const input = cliNotifyInput(parsed, process.env);
    const logger = terminalLogger({ info: process.stderr, debug: options.debug });
    const result = await runNotify(input, { logger, clock: systemClock });
    const sent = result.channels.filter((c) => c.ok).map((c) => c.channel);
    process.stdout.write(
      result.notified
        ? `Notified ${sent.join(', ')}: ${result.verdict}${result.channels.find((c) => c.ts) ? ` (Slack ts ${result.channels.find((c) => c.ts)!.ts})` : ''}\n`
        : `Not notified: ${result.skippedReason ?? 'every channel failed'}\n`,
    );
    return result.failStep ? 1 : 0;
  },
};
