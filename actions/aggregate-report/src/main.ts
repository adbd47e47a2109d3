import { isUserError } from '@testpipe/core/input-support';
import { failStep } from '@testpipe/github/inputs';
import path from 'node:path';
import { readInputs } from './inputs.js';

// Only the inputs are read at start; the stage, the GitHub adapters and @actions/core load once they are valid.
export async function run(): Promise<void> {
  try {
    const { token, redactNames, ...inputs } = readInputs();
    const [core, github, { runReport, valuesToRedact }] = await Promise.all([
      import('@actions/core'),
      import('@testpipe/github'),
      import('@testpipe/stages'),
    ]);
    const context = github.readRunContext();
    const repository = `${context.owner}/${context.repo}`;
    const connection = { token, repository, apiUrl: context.apiUrl, log: github.actionsLogger };
    const client = github.lazyGitHubClient(connection);
    const workspace = context.workspace;
    const redact = valuesToRedact(redactNames, process.env);
    for (const value of redact.values) core.setSecret(value);
    for (const name of redact.unset) {
      github.actionsLogger.warning(
        `"redact" lists ${name}, but no environment variable or input of that name has a value.`,
      );
    }
    const result = await runReport(
      {
        ...inputs,
        context: {
          repository,
          runId: context.runId,
          headSha: context.headSha,
          pullRequest: context.pullRequest,
          triggeringRun: context.triggeringRun,
          workspace,
          serverUrl: context.serverUrl,
          runUrl: context.runUrl,
          branch: process.env.GITHUB_HEAD_REF || process.env.GITHUB_REF_NAME,
        },
        workDir: process.env.RUNNER_TEMP ?? path.resolve(workspace, inputs.outputDir),
        redact: [token, ...redact.values],
      },
      {
        logger: github.actionsLogger,
        artifacts: github.createArtifactStore({ token, repository, octokit: client.octokit }),
        host: github.createGitHubCodeHost(connection, client),
        maskInLog: (value) => core.setSecret(value),
      },
    );
    if (result.metrics) {
      const { metrics } = result;
      core.setOutput('total', metrics.total);
      core.setOutput('passed', metrics.passed);
      core.setOutput('failed', metrics.failed);
      core.setOutput('errored', metrics.errored);
      core.setOutput('skipped', metrics.skipped);
      core.setOutput('flaky', metrics.flaky);
      core.setOutput('pass-rate', metrics.passRate === null ? '' : metrics.passRate.toFixed(2));
      core.setOutput('duration-ms', metrics.durationMs.wall);
    }
    core.setOutput('status', result.status);
    if (result.files) core.setOutput('report-path', result.files.html);
    if (result.commentUrl) core.setOutput('comment-url', result.commentUrl);
    if (result.checkUrl) core.setOutput('check-url', result.checkUrl);
    if (result.summaryMarkdown) await core.summary.addRaw(result.summaryMarkdown, true).write({ overwrite: false });
    if (result.failure) failStep(result.failure);
  } catch (error) {
    if (isUserError(error)) failStep(error.message);
    else failStep(`aggregate-report failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
