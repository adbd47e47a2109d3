import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isUserError } from '@testpipe/core/input-support';
import { failStep } from '@testpipe/github/inputs';
import type { NotifyInput, NotifyRunContext } from '@testpipe/stages';
import { readInputs, type NotifyActionInputs } from './inputs.js';

// Only the inputs are read at start; the stage, the GitHub adapters and @actions/core load once they are read.
function load() {
  return Promise.all([
    import('@actions/core'),
    import('@testpipe/github'),
    import('@testpipe/stages'),
    import('@testpipe/core'),
  ]);
}

interface EventPayload {
  pull_request?: { number: number; html_url?: string; title?: string; head?: { ref?: string } };
  workflow_run?: { head_branch?: string };
}

function readEvent(): EventPayload {
  try {
    return process.env.GITHUB_EVENT_PATH
      ? (JSON.parse(readFileSync(process.env.GITHUB_EVENT_PATH, 'utf8')) as EventPayload)
      : {};
  } catch {
    return {};
  }
}

/** Where the run happened, from the runner's environment and event. */
function runContext(github: Awaited<ReturnType<typeof load>>[1], reportUrl: string | undefined): NotifyRunContext {
  const run = github.readRunContext();
  const event = readEvent();
  const pr = event.pull_request;
  const branch =
    process.env.GITHUB_HEAD_REF || event.workflow_run?.head_branch || process.env.GITHUB_REF_NAME || undefined;
  const attempt = Number(process.env.GITHUB_RUN_ATTEMPT ?? 1);
  return {
    repository: process.env.GITHUB_REPOSITORY,
    serverUrl: run.serverUrl,
    branch,
    commitSha: run.headSha || undefined,
    pullRequest: pr ? { number: pr.number, url: pr.html_url, title: pr.title } : undefined,
    runId: run.runId || undefined,
    runAttempt: Number.isInteger(attempt) && attempt > 0 ? attempt : 1,
    runUrl: run.runId ? run.runUrl : undefined,
    reportUrl: reportUrl ?? (run.runId ? `${run.runUrl}#artifacts` : undefined),
    workflow: process.env.GITHUB_WORKFLOW,
    actor: process.env.GITHUB_ACTOR,
  };
}

type Loaded = Awaited<ReturnType<typeof load>>;

/**
 * For on: change with neither previous-metrics nor history-file: metrics.json of the newest report artifact
 * of this branch from another run (found the way aggregate-report finds its base). Undefined when there is
 * none or it cannot be read: the run then counts as the branch's first.
 */
async function previousMetricsFromArtifact(
  github: Loaded[1],
  inputs: NotifyActionInputs,
  context: NotifyRunContext,
): Promise<string | undefined> {
  if (!inputs.reportArtifact || !inputs.token || !context.branch || !context.repository) return undefined;
  try {
    const connection = { token: inputs.token, repository: context.repository, log: github.actionsLogger };
    const host = github.createGitHubCodeHost(connection);
    const found = await host.findBaseReport({
      branch: context.branch,
      artifactName: inputs.reportArtifact,
      excludeRunId: context.runId,
      downloadDir: path.join(process.env.RUNNER_TEMP ?? process.cwd(), 'testpipe-notify-previous'),
    });
    if ('unavailable' in found) {
      github.actionsLogger.info(`No previous ${inputs.reportArtifact} of ${context.branch}: ${found.unavailable}`);
      return undefined;
    }
    const { METRICS_FILE } = await import('@testpipe/core');
    const file = path.join(path.dirname(found.ctrfPath), METRICS_FILE);
    return existsSync(file) ? file : undefined;
  } catch (error) {
    github.actionsLogger.info(`Could not read the previous report of ${context.branch}: ${(error as Error).message}`);
    return undefined;
  }
}

function workspacePath(file: string | undefined): string | undefined {
  return file === undefined ? undefined : path.resolve(process.env.GITHUB_WORKSPACE ?? process.cwd(), file);
}

function stageInput(inputs: NotifyActionInputs, context: NotifyRunContext): NotifyInput {
  const s = inputs.secrets;
  return {
    metricsFile: workspacePath(inputs.metrics),
    status: inputs.status,
    previousMetricsFile: workspacePath(inputs.previousMetrics),
    historyFile: workspacePath(inputs.historyFile),
    on: inputs.on,
    minPassRate: inputs.minPassRate,
    topN: inputs.topN,
    mentionOnFailure: inputs.mentionOnFailure,
    failOnError: inputs.failOnError,
    context,
    slackWebhook: s.slackWebhook ? { url: s.slackWebhook, template: workspacePath(inputs.slackTemplate) } : undefined,
    slackApi: s.slackToken
      ? {
          token: s.slackToken,
          channel: inputs.slackChannel ?? '',
          updateTs: inputs.slackTs,
          threadFailures: inputs.slackThreadFailures,
          template: workspacePath(inputs.slackTemplate),
          apiUrl: inputs.slackApiUrl,
        }
      : undefined,
    teams: s.teamsWebhook ? { url: s.teamsWebhook, template: workspacePath(inputs.teamsTemplate) } : undefined,
    email: s.smtpUrl
      ? {
          smtpUrl: s.smtpUrl,
          to: inputs.emailTo,
          from: inputs.emailFrom,
          subjectPrefix: inputs.emailSubjectPrefix,
          reportHtml: workspacePath(inputs.emailReport),
          attachmentLimitBytes: inputs.emailAttachmentLimitKb * 1024,
          htmlTemplate: workspacePath(inputs.emailHtmlTemplate),
          textTemplate: workspacePath(inputs.emailTextTemplate),
        }
      : undefined,
    webhook: s.webhookUrl
      ? { url: s.webhookUrl, secret: s.webhookSecret || undefined, signatureHeader: inputs.webhookSignatureHeader }
      : undefined,
  };
}

export async function run(): Promise<void> {
  try {
    const inputs = readInputs();
    const [core, github, stages, { systemClock }] = await load();
    // Values derived from a secret (the SMTP password inside its URL) are masked before anything prints.
    if (inputs.secrets.smtpUrl)
      for (const value of stages.smtpUrlSecrets(inputs.secrets.smtpUrl)) core.setSecret(value);
    const context = runContext(github, inputs.reportUrl);
    const input = stageInput(inputs, context);
    if (inputs.on === 'change' && !input.previousMetricsFile && !input.historyFile) {
      input.previousMetricsFile = await previousMetricsFromArtifact(github, inputs, context);
    }
    const result = await stages.runNotify(input, { logger: github.actionsLogger, clock: systemClock });
    core.setOutput('notified', result.notified);
    core.setOutput('verdict', result.verdict);
    core.setOutput('previous-verdict', result.previousVerdict ?? '');
    const slack = result.channels.find((c) => c.channel === 'slack-api' && c.ok);
    core.setOutput('ts', slack?.ts ?? '');
    core.setOutput('channel-id', slack?.channelId ?? '');
    core.setOutput(
      'failed-channels',
      result.channels
        .filter((c) => !c.ok)
        .map((c) => c.channel)
        .join(','),
    );
    if (result.failStep) {
      const failed = result.channels.filter((c) => !c.ok);
      const why = inputs.failOnError ? 'and fail-on-error is true' : 'and an input of the channel is unusable';
      failStep(`Notification failed through ${failed.map((c) => c.channel).join(', ')} ${why}.`);
    }
  } catch (error) {
    if (isUserError(error)) failStep(error.message);
    else failStep(`notify failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
