import { NOTIFY_DEFAULTS, NOTIFY_ON } from '@testpipe/stages/defaults';
import {
  readBooleanInput,
  readEnumInput,
  readIntegerInput,
  readListInput,
  readNumberInput,
  readOptionalInput,
  readSecretInput,
} from '@testpipe/github/inputs';

/** The notify inputs, as given; the stage validates how they combine. Secrets are masked as they are read. */
export interface NotifyActionInputs {
  secrets: {
    slackWebhook: string;
    slackToken: string;
    teamsWebhook: string;
    smtpUrl: string;
    webhookUrl: string;
    webhookSecret: string;
  };
  metrics?: string;
  status?: string;
  previousMetrics?: string;
  historyFile?: string;
  on: 'always' | 'failure' | 'change';
  minPassRate: number;
  topN: number;
  mentionOnFailure?: string;
  failOnError: boolean;
  reportUrl?: string;
  slackTemplate?: string;
  slackChannel?: string;
  slackTs?: string;
  slackThreadFailures: boolean;
  slackApiUrl?: string;
  teamsTemplate?: string;
  emailTo: string[];
  emailFrom?: string;
  emailSubjectPrefix: string;
  emailReport?: string;
  emailAttachmentLimitKb: number;
  emailHtmlTemplate?: string;
  emailTextTemplate?: string;
  webhookSignatureHeader: string;
  /** For on: change without previous-metrics or history-file: the branch's last report artifact, read with this token. */
  token: string;
  reportArtifact?: string;
}

export function readInputs(): NotifyActionInputs {
  // Secrets first: each is masked before anything else can print.
  const secrets = {
    slackWebhook: readSecretInput('slack-webhook'),
    slackToken: readSecretInput('slack-token'),
    teamsWebhook: readSecretInput('teams-webhook'),
    smtpUrl: readSecretInput('smtp-url'),
    webhookUrl: readSecretInput('webhook-url'),
    webhookSecret: readSecretInput('webhook-secret'),
  };
  const token = readSecretInput('token');
  return {
    secrets,
    metrics: readOptionalInput('metrics'),
    status: readOptionalInput('status'),
    previousMetrics: readOptionalInput('previous-metrics'),
    historyFile: readOptionalInput('history-file'),
    on: readEnumInput('on', NOTIFY_ON, NOTIFY_DEFAULTS.on),
    minPassRate: readNumberInput('min-pass-rate', NOTIFY_DEFAULTS['min-pass-rate'], 0, 100),
    topN: readIntegerInput('top-n') ?? NOTIFY_DEFAULTS['top-n'],
    mentionOnFailure: readOptionalInput('mention-on-failure'),
    failOnError: readBooleanInput('fail-on-error', false),
    reportUrl: readOptionalInput('report-url'),
    slackTemplate: readOptionalInput('slack-template'),
    slackChannel: readOptionalInput('slack-channel'),
    slackTs: readOptionalInput('slack-ts'),
    slackThreadFailures: readBooleanInput('slack-thread-failures', NOTIFY_DEFAULTS['slack-thread-failures']),
    slackApiUrl: readOptionalInput('slack-api-url'),
    teamsTemplate: readOptionalInput('teams-template'),
    emailTo: readListInput('email-to'),
    emailFrom: readOptionalInput('email-from'),
    emailSubjectPrefix: readOptionalInput('email-subject-prefix') ?? NOTIFY_DEFAULTS['email-subject-prefix'],
    emailReport: readOptionalInput('email-report'),
    emailAttachmentLimitKb:
      readIntegerInput('email-attachment-limit-kb', 0) ?? NOTIFY_DEFAULTS['email-attachment-limit-kb'],
    emailHtmlTemplate: readOptionalInput('email-html-template'),
    emailTextTemplate: readOptionalInput('email-text-template'),
    webhookSignatureHeader:
      readOptionalInput('webhook-signature-header') ?? NOTIFY_DEFAULTS['webhook-signature-header'],
    token,
    reportArtifact: readOptionalInput('report-artifact'),
  };
}
